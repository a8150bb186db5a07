package schedule

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// crawlDone is the outcome of one crawl call.
type crawlDone struct {
	names []string
	err   error
}

// Run crawls and runs daily jobs until ctx is cancelled, then waits for
// running jobs to stop (they see the cancelled context) for the shutdown
// grace period. It returns nil after a clean stop, or an error wrapping
// ErrAbandoned when some job did not stop in time.
func (s *Scheduler) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return ErrRunning
	}
	defer s.running.Store(false)

	var jobs sync.WaitGroup
	for _, d := range s.daily {
		jobs.Go(func() { s.runDaily(ctx, d) })
	}
	s.mu.Lock()
	s.plan.start(s.now())
	s.mu.Unlock()

	done := make(chan crawlDone, 1)
	busy := false
	for {
		if !busy {
			busy = s.startDue(ctx, done)
		}
		var timer <-chan time.Time
		if !busy {
			s.mu.Lock()
			next, ok := s.plan.wake(s.now())
			s.mu.Unlock()
			if ok {
				timer = s.after(max(next.Sub(s.now()), 0))
			}
		}
		select {
		case <-ctx.Done():
			return s.shutdown(busy, done, &jobs)
		case r := <-done:
			busy = false
			s.finish(r)
		case <-s.wake:
		case <-timer:
		}
	}
}

// startDue starts one crawl of every due source, if any is due.
func (s *Scheduler) startDue(ctx context.Context, done chan<- crawlDone) bool {
	s.mu.Lock()
	names := s.plan.due(s.now())
	s.mu.Unlock()
	if len(names) == 0 {
		return false
	}
	s.log.Info("crawl starting", "sources", names)
	go func() {
		err := s.safeCrawl(ctx, names)
		done <- crawlDone{names: names, err: err}
	}()
	return true
}

// safeCrawl calls the crawl function, turning a panic into an error so one
// bad crawl does not take the server down.
func (s *Scheduler) safeCrawl(ctx context.Context, names []string) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("schedule: crawl panicked: %v", v)
		}
	}()
	return s.crawl(ctx, names)
}

// finish records a crawl's outcome in the plan.
func (s *Scheduler) finish(r crawlDone) {
	s.mu.Lock()
	s.plan.finished(s.now(), r.names, r.err)
	s.mu.Unlock()
	if r.err != nil {
		s.log.Warn("crawl finished with errors", "sources", r.names, "err", r.err)
		return
	}
	s.log.Info("crawl finished", "sources", r.names)
}

// shutdown waits for the running crawl and the daily jobs, at most the
// grace period.
func (s *Scheduler) shutdown(busy bool, done <-chan crawlDone, jobs *sync.WaitGroup) error {
	stopped := make(chan struct{})
	go func() {
		if busy {
			s.finish(<-done)
		}
		jobs.Wait()
		close(stopped)
	}()
	select {
	case <-stopped:
		return nil
	case <-time.After(s.grace):
		return fmt.Errorf("%w: still running after %s", ErrAbandoned, s.grace)
	}
}
