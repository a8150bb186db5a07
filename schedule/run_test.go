package schedule

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// wait is the longest a test waits for something the scheduler should do
// within milliseconds; it only bounds a broken run, it is no timing assertion.
const wait = 10 * time.Second

// start runs s in the background and returns a stop function that cancels
// it and returns Run's error.
func start(t *testing.T, s *Scheduler) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Run(ctx) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-errc:
			case <-time.After(wait):
				t.Fatal("Run did not return after cancel")
			}
		})
		return err
	}
	t.Cleanup(func() { stop() })
	return stop
}

func receive[T any](t *testing.T, c <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-c:
		return v
	case <-time.After(wait):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

func TestRunCrawlsRepeatedlyOneAtATime(t *testing.T) {
	var inflight, overlaps atomic.Int32
	calls := make(chan []string, 100)
	crawl := func(ctx context.Context, names []string) error {
		if inflight.Add(1) > 1 {
			overlaps.Add(1)
		}
		defer inflight.Add(-1)
		time.Sleep(2 * time.Millisecond)
		calls <- names
		return nil
	}
	s, err := New(crawl, []Source{{Name: "a", Interval: 5 * time.Millisecond}, {Name: "b", Interval: 7 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	seen := map[string]int{}
	for seen["a"] < 3 || seen["b"] < 3 {
		for _, n := range receive(t, calls, "crawls") {
			seen[n]++
		}
	}
	if err := stop(); err != nil {
		t.Fatalf("Run = %v, want nil after cancel", err)
	}
	if n := overlaps.Load(); n > 0 {
		t.Fatalf("%d crawls overlapped", n)
	}
}

func TestTriggerRunsACrawlSoon(t *testing.T) {
	calls := make(chan []string, 10)
	crawl := func(ctx context.Context, names []string) error { calls <- names; return nil }
	s, err := New(crawl, []Source{{Name: "ZDNet Security", Interval: time.Hour}, {Name: "other", Interval: time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Trigger("nope"); !errors.Is(err, ErrUnknownSource) {
		t.Fatalf("Trigger(unknown) = %v, want ErrUnknownSource", err)
	}
	start(t, s)
	if got := receive(t, calls, "the crawl at start"); len(got) != 2 {
		t.Fatalf("first crawl = %v, want both sources", got)
	}
	if err := s.Trigger("ZDNet Security"); err != nil {
		t.Fatal(err)
	}
	if got := receive(t, calls, "the triggered crawl"); len(got) != 1 || got[0] != "ZDNet Security" {
		t.Fatalf("triggered crawl = %v", got)
	}
}

func TestRunWaitsForTheRunningCrawl(t *testing.T) {
	started := make(chan struct{})
	var finished atomic.Bool
	crawl := func(ctx context.Context, names []string) error {
		close(started)
		<-ctx.Done()
		time.Sleep(20 * time.Millisecond) // a crawler flushing its state
		finished.Store(true)
		return ctx.Err()
	}
	s, err := New(crawl, []Source{{Name: "a"}})
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	receive(t, started, "the crawl to start")
	if err := stop(); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if !finished.Load() {
		t.Fatal("Run returned before the running crawl finished")
	}
}

func TestRunAbandonsAStuckCrawl(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	crawl := func(ctx context.Context, names []string) error {
		close(started)
		<-release // ignores ctx
		return nil
	}
	s, err := New(crawl, []Source{{Name: "a"}}, WithShutdownGrace(20*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	stop := start(t, s)
	receive(t, started, "the crawl to start")
	if err := stop(); !errors.Is(err, ErrAbandoned) {
		t.Fatalf("Run = %v, want ErrAbandoned", err)
	}
}

func TestRunSurvivesAPanickingCrawl(t *testing.T) {
	var n atomic.Int32
	again := make(chan struct{}, 10)
	crawl := func(ctx context.Context, names []string) error {
		if n.Add(1) == 1 {
			panic("crawler bug")
		}
		again <- struct{}{}
		return nil
	}
	// A failure backs off from the interval, so keep it tiny.
	s, err := New(crawl, []Source{{Name: "a", Interval: time.Millisecond}}, WithBackoffCap(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	start(t, s)
	receive(t, again, "a crawl after the panic")
}

func TestDailyJobRunsAtItsTime(t *testing.T) {
	ran := make(chan time.Time, 5)
	job := func(ctx context.Context) error { ran <- time.Now(); return nil }
	s, err := New(func(context.Context, []string) error { return nil }, nil,
		WithDaily("digest", "07:00", time.UTC, job))
	if err != nil {
		t.Fatal(err)
	}
	// The scheduler's clock reads 06:59:59.95 when the test starts.
	base := time.Date(2019, 3, 29, 6, 59, 59, 950_000_000, time.UTC)
	began := time.Now()
	s.now = func() time.Time { return base.Add(time.Since(began)) }
	start(t, s)
	at := receive(t, ran, "the daily job")
	if at.Sub(began) < 40*time.Millisecond {
		t.Fatalf("daily job ran %v after start, before its time", at.Sub(began))
	}
	select {
	case <-ran:
		t.Fatal("daily job ran twice on one day")
	case <-time.After(50 * time.Millisecond):
	}
}

func TestNewRejectsABadDailyTime(t *testing.T) {
	_, err := New(nil, nil, WithDaily("digest", "7am", nil, func(context.Context) error { return nil }))
	if !errors.Is(err, ErrBadTime) {
		t.Fatalf("New = %v, want ErrBadTime", err)
	}
}

func TestRunTwiceIsRefused(t *testing.T) {
	s, err := New(func(ctx context.Context, _ []string) error { <-ctx.Done(); return nil }, []Source{{Name: "a"}})
	if err != nil {
		t.Fatal(err)
	}
	start(t, s)
	for deadline := time.Now().Add(wait); !s.running.Load(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("Run never started")
		}
	}
	if err := s.Run(context.Background()); !errors.Is(err, ErrRunning) {
		t.Fatalf("second Run = %v, want ErrRunning", err)
	}
}
