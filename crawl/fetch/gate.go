package fetch

import (
	"context"
	"sync"
	"time"
)

// gate enforces the politeness limits: one request at a time per host, a
// delay between two requests to one host, and at most a fixed number of
// requests in flight overall. A request that would have to wait longer than
// maxWait for its host (because the host asked to be left alone with
// Retry-After) fails at once with ErrRateLimited.
type gate struct {
	delay   time.Duration
	maxWait time.Duration
	slots   chan struct{}

	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	lock  chan struct{} // a mutex that can be given up on when ctx ends
	next  time.Time     // no request to the host starts before this
	delay time.Duration // the host's robots.txt Crawl-delay; guarded by gate.mu
	last  time.Time     // when the last request to the host ended; guarded by gate.mu
}

func newGate(parallelism int, delay, maxWait time.Duration) *gate {
	return &gate{delay: delay, maxWait: maxWait, slots: make(chan struct{}, parallelism), hosts: map[string]*hostState{}}
}

func (g *gate) host(name string) *hostState {
	g.mu.Lock()
	defer g.mu.Unlock()
	h := g.hosts[name]
	if h == nil {
		h = &hostState{lock: make(chan struct{}, 1)}
		g.hosts[name] = h
	}
	return h
}

// acquire waits until a request to host may start. The caller must call the
// returned release when the request, body included, is over.
func (g *gate) acquire(ctx context.Context, name string) (release func(), err error) {
	h := g.host(name)
	select {
	case h.lock <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	unlockHost := func() { <-h.lock }
	next := h.next
	g.mu.Lock()
	if !h.last.IsZero() {
		// A Crawl-delay learnt since the last request ended (from the
		// robots.txt that request fetched) counts from its end too.
		if t := h.last.Add(h.delay); t.After(next) {
			next = t
		}
	}
	g.mu.Unlock()
	if wait := time.Until(next); wait > 0 {
		if wait > g.maxWait {
			unlockHost()
			return nil, ErrRateLimited
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			unlockHost()
			return nil, ctx.Err()
		}
	}
	// The global slot is taken only once the host's delay is over, so a
	// host that must wait does not keep another host from being fetched.
	select {
	case g.slots <- struct{}{}:
	case <-ctx.Done():
		unlockHost()
		return nil, ctx.Err()
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			<-g.slots
			g.mu.Lock()
			delay := max(g.delay, h.delay)
			now := time.Now()
			h.last = now
			g.mu.Unlock()
			if next := now.Add(delay); next.After(h.next) {
				h.next = next
			}
			unlockHost()
		})
	}, nil
}

// backOff keeps every request to host from starting before t (Retry-After).
// It is called while the caller holds the host.
func (g *gate) backOff(name string, t time.Time) {
	h := g.host(name)
	if t.After(h.next) {
		h.next = t
	}
}

// setCrawlDelay makes the pause between two requests to host at least d.
func (g *gate) setCrawlDelay(name string, d time.Duration) {
	h := g.host(name)
	g.mu.Lock()
	h.delay = d
	g.mu.Unlock()
}
