package schedule

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"
)

var t0 = time.Date(2019, 3, 29, 9, 0, 0, 0, time.UTC)

// testPlan is a plan without randomness unless a test sets it.
func testPlan(sources ...Source) *plan {
	p := newPlan(sources, DefaultInterval)
	p.rand = func() float64 { return 0 }
	p.start(t0)
	return p
}

func TestPlanCrawlsEverySourceAtStartThenOnInterval(t *testing.T) {
	p := testPlan(Source{Name: "a", Interval: time.Hour}, Source{Name: "b", Interval: 10 * time.Minute}, Source{Name: "c"})
	if got := p.due(t0); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Fatalf("due at start = %v, want all three", got)
	}
	p.finished(t0, []string{"a", "b", "c"}, nil)
	if got := p.due(t0.Add(9 * time.Minute)); len(got) != 0 {
		t.Fatalf("due after 9m = %v, want none", got)
	}
	if got := p.due(t0.Add(10 * time.Minute)); !slices.Equal(got, []string{"b"}) {
		t.Fatalf("due after 10m = %v, want [b]", got)
	}
	p.finished(t0.Add(10*time.Minute), []string{"b"}, nil)
	if got := p.due(t0.Add(20 * time.Minute)); !slices.Equal(got, []string{"b"}) {
		t.Fatalf("due after 20m = %v, want [b]", got)
	}
	// c has no interval: the default hour applies.
	if got := p.due(t0.Add(time.Hour)); !slices.Equal(got, []string{"a", "c"}) {
		t.Fatalf("due after 1h = %v, want [a c] (b still running)", got)
	}
}

func TestPlanNeverHandsOutARunningSource(t *testing.T) {
	p := testPlan(Source{Name: "a", Interval: time.Minute})
	if got := p.due(t0); len(got) != 1 {
		t.Fatalf("due = %v", got)
	}
	// Long past its interval and triggered by hand, but still running.
	if err := p.trigger("a"); err != nil {
		t.Fatal(err)
	}
	if got := p.due(t0.Add(time.Hour)); len(got) != 0 {
		t.Fatalf("running source handed out again: %v", got)
	}
	if _, ok := p.wake(t0); ok {
		t.Fatal("wake reports work while the only source runs")
	}
	p.finished(t0.Add(time.Hour), []string{"a"}, nil)
	// The trigger that came in while it ran is kept and served next.
	if got := p.due(t0.Add(time.Hour)); !slices.Equal(got, []string{"a"}) {
		t.Fatalf("queued trigger lost: due = %v", got)
	}
}

func TestPlanTriggerRunsSoonAndFirst(t *testing.T) {
	p := testPlan(Source{Name: "a", Interval: time.Hour}, Source{Name: "b", Interval: time.Hour})
	p.finished(t0, p.due(t0), nil)
	if err := p.trigger("nope"); !errors.Is(err, ErrUnknownSource) {
		t.Fatalf("trigger(unknown) = %v, want ErrUnknownSource", err)
	}
	if err := p.trigger("b"); err != nil {
		t.Fatal(err)
	}
	now := t0.Add(time.Minute)
	if w, ok := p.wake(now); !ok || !w.Equal(now) {
		t.Fatalf("wake = %v %v, want now", w, ok)
	}
	if got := p.due(now); !slices.Equal(got, []string{"b"}) {
		t.Fatalf("due = %v, want [b]", got)
	}
}

func TestPlanBacksOffExponentiallyWithCap(t *testing.T) {
	p := testPlan(Source{Name: "a", Interval: time.Hour})
	p.backoffCap = 6 * time.Hour
	now := t0
	var waits []time.Duration
	for range 5 {
		names := p.due(now)
		if len(names) != 1 {
			t.Fatalf("at %v due = %v", now, names)
		}
		p.finished(now, names, errors.New("connection refused"))
		w, _ := p.wake(now)
		waits = append(waits, w.Sub(now))
		now = w
	}
	want := []time.Duration{2 * time.Hour, 4 * time.Hour, 6 * time.Hour, 6 * time.Hour, 6 * time.Hour}
	if !slices.Equal(waits, want) {
		t.Fatalf("waits after failures = %v, want %v", waits, want)
	}
	p.finished(now, p.due(now), nil)
	if w, _ := p.wake(now); w.Sub(now) != time.Hour {
		t.Fatalf("wait after success = %v, want the interval again", w.Sub(now))
	}
}

func TestPlanBlamesOnlyTheSourcesNamed(t *testing.T) {
	p := testPlan(Source{Name: "a", Interval: time.Hour}, Source{Name: "b", Interval: time.Hour})
	names := p.due(t0)
	err := fmt.Errorf("crawl: 1 of 2 sources failed: %w",
		errors.Join(&SourceError{Source: "b", Err: errors.New("HTTP 503")}))
	p.finished(t0, names, err)
	if p.src["a"].failures != 0 || p.src["b"].failures != 1 {
		t.Fatalf("failures a=%d b=%d, want 0 and 1", p.src["a"].failures, p.src["b"].failures)
	}
}

func TestPlanShutdownIsNotAFailure(t *testing.T) {
	p := testPlan(Source{Name: "a", Interval: time.Hour})
	p.finished(t0, p.due(t0), fmt.Errorf("fetch: %w", context.Canceled))
	if p.src["a"].failures != 0 || p.src["a"].running {
		t.Fatalf("after a cancelled crawl: %+v", *p.src["a"])
	}
}

func TestPlanJitterStaysWithinItsShare(t *testing.T) {
	p := newPlan([]Source{{Name: "a", Interval: time.Hour}}, DefaultInterval)
	p.start(t0)
	for range 200 {
		now := t0
		p.finished(now, p.due(now), nil)
		w, _ := p.wake(now)
		if d := w.Sub(now); d < time.Hour || d > 66*time.Minute {
			t.Fatalf("jittered wait %v outside [1h, 1h6m]", d)
		}
		p.src["a"].next = t0
	}
}

func TestDailyNext(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	job := dailyJob{hour: 7, minute: 0, loc: tokyo}
	cases := []struct {
		name string
		now  time.Time
		want time.Time
	}{
		{"before today's time", time.Date(2019, 3, 29, 6, 59, 0, 0, tokyo), time.Date(2019, 3, 29, 7, 0, 0, 0, tokyo)},
		{"exactly at it", time.Date(2019, 3, 29, 7, 0, 0, 0, tokyo), time.Date(2019, 3, 30, 7, 0, 0, 0, tokyo)},
		{"after it", time.Date(2019, 3, 29, 12, 0, 0, 0, tokyo), time.Date(2019, 3, 30, 7, 0, 0, 0, tokyo)},
		{"end of month", time.Date(2019, 3, 31, 23, 0, 0, 0, tokyo), time.Date(2019, 4, 1, 7, 0, 0, 0, tokyo)},
		{"now in another zone", time.Date(2019, 3, 28, 21, 30, 0, 0, time.UTC), time.Date(2019, 3, 29, 7, 0, 0, 0, tokyo)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := job.next(c.now); !got.Equal(c.want) {
				t.Fatalf("next(%v) = %v, want %v", c.now, got, c.want)
			}
		})
	}
}

func TestParseClock(t *testing.T) {
	for _, ok := range []string{"07:00", "7:05", "23:59", "00:00"} {
		if _, _, err := parseClock(ok); err != nil {
			t.Errorf("parseClock(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", "7", "24:00", "07:60", "07:5", "seven", "07:00:00", "-1:00"} {
		if _, _, err := parseClock(bad); !errors.Is(err, ErrBadTime) {
			t.Errorf("parseClock(%q) = %v, want ErrBadTime", bad, err)
		}
	}
}
