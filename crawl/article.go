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
	page, err := r.c.fetcher.Fetch(ctx, fetch.Request{URL: u, Accept: acceptHTML})
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
// one at another URL that is already stored or taken by this pass. When the
// other is stored, u (and the URLs between) are recorded as known too, so
// they are not fetched again: the content they lead to is safely stored.
func (r *run) duplicate(u, other string, via ...string) (bool, error) {
	if other == u {
		return false, nil
	}
	known, err := r.c.st.Known(other)
	if err != nil {
		return false, err
	}
	if known {
		return true, r.c.st.markKnown(appendUnique([]string{u}, via...), r.c.now())
	}
	return !r.claim(other), nil
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
