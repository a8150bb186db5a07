package index

import (
	"sync"

	"github.com/breachwire/breachwire/index/merge"
)

// articleCache keeps, for the articles Add read or wrote lately, the
// decoded record and its merge features, so that the candidates and story
// members one Add after another compares with are not decoded and prepared
// again. A record is reused only while its stored JSON is the same string
// (its story changes when stories merge); merge features depend only on
// the article, which never changes once stored.
type articleCache struct {
	mu   sync.Mutex
	recs map[string]cachedRecord    // by URL
	prep map[string]*merge.Prepared // by URL
}

type cachedRecord struct {
	js  string
	rec record
}

// maxCachedArticles bounds each map of the cache; when one is full, half
// of it is dropped. An entry holds an article's text and features, a few
// tens of kilobytes.
const maxCachedArticles = 2000

// lookup returns a copy of the cached record of url if it was stored as js.
func (c *articleCache) lookup(url, js string) (*record, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.recs[url]
	if !ok || e.js != js {
		return nil, false
	}
	r := e.rec
	return &r, true
}

// keep remembers r as stored in js.
func (c *articleCache) keep(r *record, js string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.recs == nil {
		c.recs = map[string]cachedRecord{}
	}
	if len(c.recs) >= maxCachedArticles {
		dropHalf(c.recs)
	}
	c.recs[r.Article.URL] = cachedRecord{js: js, rec: *r}
}

// prepared returns the cached merge features of the stored article at url.
func (c *articleCache) prepared(url string) (*merge.Prepared, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.prep[url]
	return p, ok
}

// keepPrepared remembers the merge features of stored articles, by URL.
func (c *articleCache) keepPrepared(ps map[string]*merge.Prepared) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.prep == nil {
		c.prep = map[string]*merge.Prepared{}
	}
	for url, p := range ps {
		if len(c.prep) >= maxCachedArticles {
			dropHalf(c.prep)
		}
		c.prep[url] = p
	}
}

// dropHalf deletes about half the entries of m, whichever the map yields.
func dropHalf[V any](m map[string]V) {
	n := len(m) / 2
	for k := range m {
		if n == 0 {
			return
		}
		delete(m, k)
		n--
	}
}
