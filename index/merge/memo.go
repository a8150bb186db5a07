package merge

import "sync"

// memoLimit bounds a memo: a long-running serve sees many names, so a full
// memo is emptied and starts again rather than growing without end.
const memoLimit = 50000

// memo remembers the results of a function of a name. Names repeat across
// articles, and reading a kanji name runs a morphological analyser. It is
// safe for concurrent use.
type memo[V any] struct {
	mu sync.Mutex
	m  map[string]V
	f  func(string) V
}

func newMemo[V any](f func(string) V) *memo[V] {
	return &memo[V]{m: map[string]V{}, f: f}
}

// get returns f(name), computing it only the first time.
func (c *memo[V]) get(name string) V {
	c.mu.Lock()
	v, ok := c.m[name]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = c.f(name)
	c.mu.Lock()
	if len(c.m) >= memoLimit {
		clear(c.m)
	}
	c.m[name] = v
	c.mu.Unlock()
	return v
}
