package index

import (
	"slices"
	"sync"
)

// storyCache keeps stories decoded from their stored JSON, so that a story
// shown again (the front page, a popular query) is not decoded again. An
// entry is used only while the stored JSON is the same string, so it can
// never answer with an old version of a story.
type storyCache struct {
	mu      sync.Mutex
	entries map[string]cachedStory // by JSON-bearing document id
}

type cachedStory struct {
	js string
	st *Story
}

// maxCachedStories bounds the cache; when full, half of it is dropped.
const maxCachedStories = 2000

// decode returns the story of doc id from its JSON js, from the cache when
// it holds this very JSON. The caller owns the returned story.
func (c *storyCache) decode(id string, v interface{}) (*Story, error) {
	js, _ := v.(string)
	c.mu.Lock()
	e, ok := c.entries[id]
	c.mu.Unlock()
	if ok && e.js == js {
		return e.st.clone(), nil
	}
	st, err := decodeStory(v)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.entries == nil {
		c.entries = map[string]cachedStory{}
	}
	if len(c.entries) >= maxCachedStories {
		n := 0
		for k := range c.entries {
			if n++; n > maxCachedStories/2 {
				break
			}
			delete(c.entries, k)
		}
	}
	c.entries[id] = cachedStory{js: js, st: st.clone()}
	c.mu.Unlock()
	return st, nil
}

// clone copies the story and its lists, so that a caller changing them
// does not change the cached story.
func (st *Story) clone() *Story {
	out := *st
	out.Victims = slices.Clone(st.Victims)
	out.Actors = slices.Clone(st.Actors)
	out.Languages = slices.Clone(st.Languages)
	out.Evidence = slices.Clone(st.Evidence)
	out.Aliases = slices.Clone(st.Aliases)
	out.Articles = slices.Clone(st.Articles)
	for i := range out.Articles {
		a := &out.Articles[i]
		a.Victims = slices.Clone(a.Victims)
		a.Actors = slices.Clone(a.Actors)
	}
	return &out
}
