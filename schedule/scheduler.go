package schedule

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// Errors of the scheduler.
var (
	// ErrUnknownSource is returned by Trigger for a name no source has.
	ErrUnknownSource = errors.New("schedule: unknown source")
	// ErrBadTime is wrapped by New for a daily time that is not "HH:MM".
	ErrBadTime = errors.New(`schedule: daily time is not "HH:MM"`)
	// ErrAbandoned is wrapped by Run when jobs did not stop within the
	// shutdown grace period after the context was cancelled.
	ErrAbandoned = errors.New("schedule: jobs abandoned at shutdown")
	// ErrRunning is returned by Run when the scheduler is already running.
	ErrRunning = errors.New("schedule: already running")
)

// DefaultInterval is how often a source without an interval is crawled.
const DefaultInterval = time.Hour

// CrawlFunc crawls the named sources once. To report that only some of them
// failed, it returns *SourceError values (joined with errors.Join, or
// wrapped); any other error counts as a failure of every source it was given.
type CrawlFunc func(ctx context.Context, sources []string) error

// Source is one source to crawl and how often.
type Source struct {
	Name string
	// Interval is the time between two crawls; zero means DefaultInterval.
	Interval time.Duration
}

// SourceError reports that crawling one source failed.
type SourceError struct {
	Source string
	Err    error
}

// Error says which source failed and why.
func (e *SourceError) Error() string { return "source " + e.Source + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *SourceError) Unwrap() error { return e.Err }

// Scheduler crawls sources on their intervals, one crawl at a time, and
// runs daily jobs. Trigger is safe to call from any goroutine, before or
// while Run runs.
type Scheduler struct {
	crawl   CrawlFunc
	log     *slog.Logger
	grace   time.Duration
	now     func() time.Time
	after   func(time.Duration) <-chan time.Time
	daily   []dailyJob
	running atomic.Bool
	err     error // from an option, returned by New

	mu   sync.Mutex
	plan *plan
	wake chan struct{}
}

// Option configures a Scheduler.
type Option func(*Scheduler)

// WithLogger sets the logger for crawl and job outcomes; the default discards.
func WithLogger(l *slog.Logger) Option {
	return func(s *Scheduler) {
		if l != nil {
			s.log = l
		}
	}
}

// WithJitter sets the random share of an interval added to each wait
// (default 0.1, that is up to 10% later).
func WithJitter(frac float64) Option {
	return func(s *Scheduler) { s.plan.jitter = min(max(frac, 0), 1) }
}

// WithBackoffCap sets the longest wait before retrying a failing source
// (default 12h; never shorter than the source's interval).
func WithBackoffCap(d time.Duration) Option {
	return func(s *Scheduler) { s.plan.backoffCap = d }
}

// WithShutdownGrace sets how long Run waits for running jobs after its
// context is cancelled before abandoning them (default 30s).
func WithShutdownGrace(d time.Duration) Option {
	return func(s *Scheduler) { s.grace = d }
}

// WithDaily adds a job run every day at the local time at ("HH:MM") in loc
// (nil means time.Local); the digest is such a job.
func WithDaily(name, at string, loc *time.Location, job func(ctx context.Context) error) Option {
	return func(s *Scheduler) {
		h, m, err := parseClock(at)
		if err != nil {
			s.err = errors.Join(s.err, fmt.Errorf("daily job %s: %w", name, err))
			return
		}
		if loc == nil {
			loc = time.Local
		}
		s.daily = append(s.daily, dailyJob{name: name, hour: h, minute: m, loc: loc, run: job})
	}
}

// New returns a Scheduler that crawls sources with crawl.
func New(crawl CrawlFunc, sources []Source, opts ...Option) (*Scheduler, error) {
	s := &Scheduler{
		crawl: crawl,
		log:   slog.New(slog.NewTextHandler(io.Discard, nil)),
		grace: 30 * time.Second,
		now:   time.Now,
		after: time.After,
		plan:  newPlan(sources, DefaultInterval),
		wake:  make(chan struct{}, 1),
	}
	for _, o := range opts {
		o(s)
	}
	if s.err != nil {
		return nil, s.err
	}
	return s, nil
}

// Trigger queues a crawl of the named source to run as soon as no crawl is
// running; it returns an error wrapping ErrUnknownSource for an unknown name.
func (s *Scheduler) Trigger(name string) error {
	s.mu.Lock()
	err := s.plan.trigger(name)
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("%w: %q", err, name)
	}
	select {
	case s.wake <- struct{}{}:
	default:
	}
	return nil
}
