package crawl

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl/fetch"
	"github.com/breachwire/breachwire/extract"
)

// Accept headers for the two kinds of source page.
const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, " +
		"application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
	acceptHTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
)

// run is the shared state of one pass.
type run struct {
	c      *Crawler
	sink   Sink
	cancel context.CancelCauseFunc
	prog   *progress

	mu      sync.Mutex // guards claimed, aliases and sum; sinkMu serialises the Sink
	claimed map[string]bool
	// aliases holds, by a URL claimed by this pass, the links found to lead
	// to it (by redirect or canonical link); they are recorded as known at
	// the end of the pass if it was stored.
	aliases map[string][]string
	sum     Summary
	sinkMu  sync.Mutex

	// pending holds, by source, the failed links due another try; read
	// from the state once per pass.
	pendingOnce sync.Once
	pending     map[string][]link
}

// sourceResult is what one source did in a pass.
type sourceResult struct {
	source, url   string
	pages         int
	notModified   int
	stored        int
	skipped       int
	articleErrors int
	truncated     int
	// requested counts the article links a request was sent for, which
	// MaxLinks bounds.
	requested int
	// deferred counts the new links left for the next pass over MaxLinks.
	deferred int
	// incomplete says a host rate-limited an article, which was not
	// recorded as a failure.
	incomplete bool
	err        error
}

// claim marks a cleaned URL as taken by this pass; false if it already was,
// so two sources linking one article fetch it once.
func (r *run) claim(u string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.claimed[u] {
		return false
	}
	r.claimed[u] = true
	return true
}

// taken reports whether u is claimed by this pass, without claiming it.
func (r *run) taken(u string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.claimed[u]
}

// alias notes that links lead to target, an article claimed by this pass.
func (r *run) alias(target string, links ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.aliases[target] = appendUnique(r.aliases[target], links...)
}

// settleAliases records as known the links that led to an article this
// pass stored, so that no later pass fetches them again.
func (r *run) settleAliases() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var urls []string
	for target, links := range r.aliases {
		known, err := r.c.st.Known(target)
		if err != nil {
			return fmt.Errorf("crawl: state: %w", err)
		}
		if known {
			urls = append(urls, links...)
		}
	}
	r.aliases = map[string][]string{}
	if err := r.c.st.markKnown(urls, r.c.now()); err != nil {
		return fmt.Errorf("crawl: saving state: %w", err)
	}
	return nil
}

// finish records a source's outcome in the summary, its health and the
// progress display. A source cut short by the end of the pass did not fail
// (nor succeed), but what it fetched and stored still counts.
func (r *run) finish(ctx context.Context, src config.Source, res sourceResult) {
	stopped := res.err != nil && ctx.Err() != nil
	r.mu.Lock()
	r.sum.add(res, stopped)
	r.mu.Unlock()
	var err error
	if stopped {
		err = r.c.st.recordStopped(src, res.stored, r.c.now())
	} else {
		err = r.c.st.recordRun(src, res.err, res.stored, res.deferred, res.truncated, r.c.now())
	}
	if err != nil {
		r.cancel(fmt.Errorf("crawl: saving health of %q: %w", src.Name, err))
	}
	if !stopped {
		r.prog.source(src.Name, res)
	}
}

// source crawls one source: its feed or listing, then its new articles.
func (r *run) source(ctx context.Context, src config.Source) sourceResult {
	res := sourceResult{source: src.Name, url: src.URL}
	val, err := r.c.st.validators(src.URL)
	if err != nil {
		res.err = fmt.Errorf("crawl: reading state: %w", err)
		return res
	}
	accept := acceptFeed
	if src.Type == config.TypePage {
		accept = acceptHTML
	}
	page, err := r.c.fetcher.Fetch(ctx, fetch.Request{URL: src.URL, ETag: val.ETag, LastModified: val.LastModified, Accept: accept})
	if err != nil {
		res.err = err
		return res
	}
	if page.NotModified {
		res.notModified++
		if err := r.articles(ctx, src, r.retries(src, nil), &res); err != nil {
			res.err = err
		}
		return res
	}
	res.pages++
	r.prog.page()
	if page.Truncated {
		res.truncated++
		r.c.log.Warn("source page cut off at the body limit", "source", src.Name, "url", page.URL, "limit", r.c.cfg.MaxBody)
	}
	var links []link
	if src.Type == config.TypePage {
		links, err = listingLinks(page.Body, page.Header.Get("Content-Type"), page.URL, src.Links, 0)
	} else {
		links, err = parseFeed(page.Body, page.Header.Get("Content-Type"), page.URL, 0, page.Truncated)
	}
	if err != nil {
		res.err = fmt.Errorf("%s: %w", page.URL, err)
		return res
	}
	if err := r.articles(ctx, src, append(links, r.retries(src, links)...), &res); err != nil {
		res.err = err
		return res
	}
	if res.deferred > 0 {
		r.c.log.Warn("more new links than one pass takes; the rest wait for the next pass",
			"source", src.Name, "url", page.URL, "limit", MaxLinks, "deferred", res.deferred)
	}
	// Links left over (rate-limited or past MaxLinks) are not in the state:
	// without validators the next pass reads the page in full and finds
	// them again, where a 304 would hide them.
	v := validators{ETag: page.Header.Get("ETag"), LastModified: page.Header.Get("Last-Modified")}
	if res.incomplete || res.deferred > 0 {
		v = validators{}
	}
	if err := r.c.st.setValidators(src.URL, v); err != nil {
		res.err = fmt.Errorf("crawl: saving state: %w", err)
	}
	return res
}

// retries returns the links of src that failed on an earlier run in a way
// that may go away and are due another try, but for those in listed.
func (r *run) retries(src config.Source, listed []link) []link {
	r.pendingOnce.Do(func() {
		r.pending, _ = r.c.st.retries(r.c.now()) // unreadable state: no retries this pass
	})
	pending := r.pending[src.Name]
	if len(pending) == 0 {
		return nil
	}
	seen := make(map[string]bool, len(listed))
	for _, l := range listed {
		seen[extract.CleanURL(l.URL)] = true
	}
	var out []link
	for _, l := range pending {
		if !seen[l.URL] {
			out = append(out, l)
		}
	}
	return out
}

// articles fetches, extracts and stores the links not seen before, handing
// them to the Sink in batches; once MaxLinks were requested it counts the
// new links left in res.deferred.
func (r *run) articles(ctx context.Context, src config.Source, links []link, res *sourceResult) error {
	var b batch
	for i, l := range links {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if res.requested >= MaxLinks {
			n, err := r.fresh(links[i:])
			if err != nil {
				return stateErr(err)
			}
			res.deferred = n
			break
		}
		if err := r.article(ctx, src, l, res, &b); err != nil {
			return err
		}
		if len(b.articles) > 0 && b.started.IsZero() {
			b.started = time.Now()
		}
		if len(b.articles) >= batchSize || (len(b.articles) > 0 && time.Since(b.started) >= batchAge) {
			if err := r.flush(ctx, &b, res); err != nil {
				return err
			}
		}
	}
	return r.flush(ctx, &b, res)
}

// batch is the articles waiting for the Sink and every URL they are known by.
type batch struct {
	articles []extract.Article
	urls     []string
	// started is when the first article joined the batch.
	started time.Time
}

// flush hands the batch to the Sink and, only once it accepted them, records
// their URLs as known.
func (r *run) flush(ctx context.Context, b *batch, res *sourceResult) error {
	if len(b.articles) == 0 {
		return nil
	}
	r.sinkMu.Lock()
	err := r.sink(ctx, b.articles)
	r.sinkMu.Unlock()
	if err != nil {
		err = fmt.Errorf("%w: %w", ErrSink, err)
		r.cancel(err)
		return err
	}
	if err := r.c.st.markKnown(b.urls, r.c.now()); err != nil {
		err = fmt.Errorf("crawl: saving state: %w", err)
		r.cancel(err)
		return err
	}
	res.stored += len(b.articles)
	*b = batch{}
	return nil
}

// fresh counts the links a pass would fetch: not taken by this pass, not
// stored and not given up on.
func (r *run) fresh(links []link) (int, error) {
	urls := make([]string, 0, len(links))
	for _, l := range links {
		if u := extract.CleanURL(l.URL); !r.taken(u) {
			urls = append(urls, u)
		}
	}
	return r.c.st.fresh(urls, r.c.now())
}

// known reports whether any of urls is stored or claimed by this pass.
func (r *run) known(urls ...string) (bool, error) {
	for _, u := range urls {
		k, err := r.c.st.Known(u)
		if err != nil || k {
			return k, err
		}
	}
	return false, nil
}

// describeErr shortens an error for a log line.
func describeErr(err error) string {
	s := err.Error()
	return strings.TrimPrefix(s, "fetch: ")
}

// permanent reports whether an article error will not go away by retrying soon.
func permanent(err error) bool {
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Permanent()
	}
	return errors.Is(err, extract.ErrEmptyPage) || errors.Is(err, extract.ErrNotHTML) || errors.Is(err, extract.ErrNoText) ||
		errors.Is(err, fetch.ErrTooManyRedirects) || errors.Is(err, fetch.ErrRedirectLoop) || errors.Is(err, fetch.ErrBadURL)
}
