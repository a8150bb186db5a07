package schedule

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"
)

// sourceState is what the plan knows of one source.
type sourceState struct {
	interval time.Duration
	next     time.Time // when the next regular crawl is due
	failures int       // consecutive failed crawls
	running  bool
	queued   bool // a manual crawl was asked for
}

// plan decides which sources to crawl when. It holds no goroutines and
// reads no clock, so its rules are tested with plain times. It is not safe
// for concurrent use; the Scheduler guards it.
type plan struct {
	order      []string
	src        map[string]*sourceState
	jitter     float64       // fraction of the interval added at random
	backoffCap time.Duration // longest wait after failures
	rand       func() float64
}

func newPlan(sources []Source, def time.Duration) *plan {
	p := &plan{src: map[string]*sourceState{}, jitter: 0.1, backoffCap: 12 * time.Hour, rand: rand.Float64}
	for _, s := range sources {
		iv := s.Interval
		if iv <= 0 {
			iv = def
		}
		if _, dup := p.src[s.Name]; !dup {
			p.order = append(p.order, s.Name)
		}
		p.src[s.Name] = &sourceState{interval: iv}
	}
	return p
}

// start makes every source due at now: serve crawls once when it starts.
func (p *plan) start(now time.Time) {
	for _, st := range p.src {
		st.next = now
	}
}

// trigger queues a manual crawl of name.
func (p *plan) trigger(name string) error {
	st, ok := p.src[name]
	if !ok {
		return ErrUnknownSource
	}
	st.queued = true
	return nil
}

// due returns the sources to crawl now, queued ones first, and marks them
// running; a running source is never handed out again until finished.
func (p *plan) due(now time.Time) []string {
	var queued, regular []string
	for _, name := range p.order {
		st := p.src[name]
		switch {
		case st.running:
			continue
		case st.queued:
			queued = append(queued, name)
		case !now.Before(st.next):
			regular = append(regular, name)
		default:
			continue
		}
		st.running, st.queued = true, false
	}
	return append(queued, regular...)
}

// finished records the outcome of crawling names: a success schedules the
// next crawl an interval (plus jitter) later, a failure backs off
// exponentially up to the cap. A crawl cut short by shutdown counts as
// neither.
func (p *plan) finished(now time.Time, names []string, err error) {
	failed := failedSources(err, names)
	cancelled := errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
	for _, name := range names {
		st := p.src[name]
		st.running = false
		switch {
		case failed[name]:
			st.failures++
			st.next = now.Add(p.spread(p.backoff(st)))
		case cancelled:
		default:
			st.failures = 0
			st.next = now.Add(p.spread(st.interval))
		}
	}
}

// backoff is the wait after st's latest failure: the interval doubled per
// consecutive failure, capped (but never below the interval itself).
func (p *plan) backoff(st *sourceState) time.Duration {
	limit := max(p.backoffCap, st.interval)
	d := st.interval
	for i := 0; i < st.failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// spread adds up to jitter×d at random, so sources with one interval drift
// apart instead of all hitting the network at once.
func (p *plan) spread(d time.Duration) time.Duration {
	return d + time.Duration(p.jitter*p.rand()*float64(d))
}

// wake is when the plan next has something to do; ok is false when every
// source is running.
func (p *plan) wake(now time.Time) (t time.Time, ok bool) {
	for _, st := range p.src {
		if st.running {
			continue
		}
		next := st.next
		if st.queued {
			next = now
		}
		if !ok || next.Before(t) {
			t, ok = next, true
		}
	}
	return t, ok
}

// failedSources says which of names failed: those a SourceError in err
// names, or all of them when err is a failure that names none. Shutdown
// cancellation is not a failure.
func failedSources(err error, names []string) map[string]bool {
	failed := map[string]bool{}
	if err == nil {
		return failed
	}
	var found bool
	walkErrors(err, func(e error) {
		if se, ok := e.(*SourceError); ok {
			failed[se.Source], found = true, true
		}
	})
	if !found && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		for _, n := range names {
			failed[n] = true
		}
	}
	return failed
}

// walkErrors calls f on err and every error it wraps, joined ones included.
func walkErrors(err error, f func(error)) {
	if err == nil {
		return
	}
	f(err)
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			walkErrors(e, f)
		}
	case interface{ Unwrap() error }:
		walkErrors(u.Unwrap(), f)
	}
}
