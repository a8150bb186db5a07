package crawl

import (
	"context"
	"errors"
	"fmt"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl/fetch"
	"github.com/breachwire/breachwire/extract"
)

// article deals with one link: skips it when it is known, claimed by this
// pass or given up on; else fetches and extracts it and adds it to b. Only
// errors that must stop the source (state, ctx) are returned; the article's
// own failure is counted in res and remembered in the state.
func (r *run) article(ctx context.Context, src config.Source, l link, res *sourceResult, b *batch) error {
	now := r.c.now()
	u := extract.CleanURL(l.URL)
	if !r.claim(u) {
		return nil
	}
	if known, err := r.c.st.Known(u); err != nil || known {
		return stateErr(err)
	}
	f, err := r.c.st.failure(u)
	if err != nil {
		return stateErr(err)
	}
	if !f.worthTrying(now) {
		res.skipped++
		return nil
	}
	var target string // where a redirect not followed led
	page, err := r.c.fetcher.Fetch(ctx, fetch.Request{URL: u, Accept: acceptHTML, SkipRedirect: func(next string) bool {
		target = extract.CleanURL(next)
		return target != u && r.have(target)
	}})
	if !errors.Is(err, fetch.ErrRobotsDisallowed) {
		res.requested++
	}
	if errors.Is(err, fetch.ErrRedirectSkipped) {
		res.skipped++
		return stateErr(r.leadsTo(target, u))
	}
	if err != nil {
		return r.articleFailed(ctx, src, u, l, err, res)
	}
	res.pages++
	r.prog.page()
	if page.Truncated {
		res.truncated++
		r.c.log.Warn("article cut off at the body limit", "source", src.Name, "url", page.URL, "limit", r.c.cfg.MaxBody)
	}
	final := extract.CleanURL(page.URL)
	if dup, err := r.duplicate(u, final); dup || err != nil {
		res.skipped++
		return stateErr(err)
	}
	a, err := r.c.x.Extract(extract.Page{
		URL: page.URL, Body: page.Body, ContentType: page.Header.Get("Content-Type"),
		Hints: extract.Hints{Lang: src.Lang, Content: src.Content, Title: l.Title, Published: l.Published},
	})
	if err != nil {
		return r.articleFailed(ctx, src, u, l, err, res)
	}
	canon := final
	if a.URL != "" {
		canon = extract.CleanURL(a.URL)
	}
	if canon != final {
		if dup, err := r.duplicate(u, canon, final); dup || err != nil {
			res.skipped++
			return stateErr(err)
		}
	}
	a.URL, a.Source, a.Fetched = canon, src.Name, now
	b.articles = append(b.articles, *a)
	b.urls = appendUnique(b.urls, u, final, canon)
	return nil
}

// duplicate reports whether the article first asked for as u turned out to be
// one at another URL that is already stored or taken by this pass. Either
// way u (and the URLs between) are recorded as known too, at once or when
// this pass stores the other, so they are not fetched again.
func (r *run) duplicate(u, other string, via ...string) (bool, error) {
	if other == u {
		return false, nil
	}
	known, err := r.c.st.Known(other)
	if err != nil {
		return false, err
	}
	if known || !r.claim(other) {
		return true, r.leadsTo(other, appendUnique([]string{u}, via...)...)
	}
	return false, nil
}

// have reports whether the article at u is stored or taken by this pass.
func (r *run) have(u string) bool {
	known, err := r.c.st.Known(u)
	return known || err != nil || r.taken(u)
}

// leadsTo records links, which lead to the article at target, as known: now
// if it is stored, else at the end of the pass if the pass stores it.
func (r *run) leadsTo(target string, links ...string) error {
	known, err := r.c.st.Known(target)
	if err != nil {
		return err
	}
	if known {
		return r.c.st.markKnown(links, r.c.now())
	}
	r.alias(target, links...)
	return nil
}

// articleFailed counts and remembers a failed article. A failure that may go
// away (timeout, 5xx) is tried again on later runs from the state, whether
// or not the feed changed; a rate-limited article is not counted as an
// attempt and waits for the feed to list it again.
func (r *run) articleFailed(ctx context.Context, src config.Source, u string, l link, err error, res *sourceResult) error {
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(err, fetch.ErrRobotsDisallowed):
		res.skipped++
		r.c.log.Debug("article disallowed by robots.txt", "source", src.Name, "url", u)
		return nil
	case errors.Is(err, fetch.ErrRateLimited):
		res.articleErrors++
		res.incomplete = true
		r.c.log.Warn("article not fetched", "source", src.Name, "url", u, "error", describeErr(err))
		return nil
	}
	res.articleErrors++
	perm := permanent(err)
	r.c.log.Warn("article failed", "source", src.Name, "url", u, "error", describeErr(err), "permanent", perm)
	return stateErr(r.c.st.recordFailure(u, src.Name, l, perm, err, r.c.now()))
}

func stateErr(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("crawl: state: %w", err)
}

func appendUnique(list []string, add ...string) []string {
	for _, s := range add {
		dup := false
		for _, have := range list {
			dup = dup || have == s
		}
		if !dup && s != "" {
			list = append(list, s)
		}
	}
	return list
}
