package schedule

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dailyJob is a job run every day at a local time.
type dailyJob struct {
	name         string
	hour, minute int
	loc          *time.Location
	run          func(ctx context.Context) error
}

// parseClock reads "HH:MM" (24-hour).
func parseClock(at string) (hour, minute int, err error) {
	hs, ms, ok := strings.Cut(strings.TrimSpace(at), ":")
	if ok && len(hs) >= 1 && len(hs) <= 2 && len(ms) == 2 {
		h, err1 := strconv.Atoi(hs)
		m, err2 := strconv.Atoi(ms)
		if err1 == nil && err2 == nil && h >= 0 && h < 24 && m >= 0 && m < 60 {
			return h, m, nil
		}
	}
	return 0, 0, fmt.Errorf("%w: %q", ErrBadTime, at)
}

// next is the first time after now at which the job is due. A wall time
// that a DST change skips runs at the equivalent instant time.Date picks.
func (d dailyJob) next(now time.Time) time.Time {
	local := now.In(d.loc)
	t := time.Date(local.Year(), local.Month(), local.Day(), d.hour, d.minute, 0, 0, d.loc)
	for !t.After(now) {
		local = local.AddDate(0, 0, 1)
		t = time.Date(local.Year(), local.Month(), local.Day(), d.hour, d.minute, 0, 0, d.loc)
	}
	return t
}

// runDaily runs d every day until ctx is cancelled.
func (s *Scheduler) runDaily(ctx context.Context, d dailyJob) {
	for {
		now := s.now()
		next := d.next(now)
		select {
		case <-ctx.Done():
			return
		case <-s.after(next.Sub(now)):
		}
		s.log.Info("daily job starting", "job", d.name)
		if err := s.safeJob(ctx, d); err != nil {
			s.log.Error("daily job failed", "job", d.name, "err", err)
		}
	}
}

// safeJob runs one daily job, turning a panic into an error.
func (s *Scheduler) safeJob(ctx context.Context, d dailyJob) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("schedule: job %s panicked: %v", d.name, v)
		}
	}()
	return d.run(ctx)
}
