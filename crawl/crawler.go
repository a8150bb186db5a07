package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl/fetch"
	"github.com/breachwire/breachwire/extract"
)

// Limits of one pass.
const (
	// MaxLinks is the most article links one pass fetches from one feed or
	// listing page, so a page with a million links cannot flood a run. The
	// new links past it are counted (Summary.Deferred, Health.Deferred) and
	// the page's validators are not kept, so the next pass reads it in full
	// and takes the next ones: known links do not count against the cap.
	MaxLinks = 500
	// batchSize is how many articles are handed to the Sink at once.
	batchSize = 16
	// batchAge is the longest an extracted article waits for its batch to
	// fill: on a slow site (a second between requests) a kill should not
	// cost more than a few seconds of work.
	batchAge = 3 * time.Second
)

// Errors of a run, re-exported from fetch where they come from there.
var (
	// ErrRobotsDisallowed means robots.txt forbids the URL to our user agent.
	ErrRobotsDisallowed = fetch.ErrRobotsDisallowed
	// ErrSink is wrapped by Run's error when the Sink failed; the run stops.
	ErrSink = errors.New("crawl: storing articles failed")
)

// Sink stores a batch of extracted articles; when it returns nil they must
// be durable. The crawler calls it from one goroutine at a time.
type Sink func(ctx context.Context, articles []extract.Article) error

// Crawler runs passes over sources. It is safe for concurrent use: each Run
// has its own pass state and all share the politeness limits (per-host delay,
// parallelism, robots.txt cache). Within one Run the Sink is called from one
// goroutine at a time; concurrent Runs may call their Sinks concurrently.
type Crawler struct {
	cfg      config.Crawl
	x        *extract.Extractor
	st       *State
	fetcher  *fetch.Fetcher
	fetchCfg fetch.Config
	log      *slog.Logger
	progress io.Writer
	now      func() time.Time
	rt       http.RoundTripper
}

// Option changes a Crawler made by New.
type Option func(*Crawler)

// WithLogger makes the Crawler log each source's outcome, and failures, to l.
func WithLogger(l *slog.Logger) Option { return func(c *Crawler) { c.log = l } }

// WithProgress makes the Crawler draw a one-line progress display on w when
// w is a terminal (an *os.File on a character device); otherwise it does
// nothing and the logger reports progress.
func WithProgress(w io.Writer) Option { return func(c *Crawler) { c.progress = w } }

// WithTransport sends every request through rt (tests, proxies).
func WithTransport(rt http.RoundTripper) Option { return func(c *Crawler) { c.rt = rt } }

// WithFetchConfig overrides fetch limits the crawl settings do not carry
// (retries, back-off, Retry-After bound, redirects); its zero fields keep the
// defaults and the crawl settings keep precedence for the fields they have.
func WithFetchConfig(fc fetch.Config) Option { return func(c *Crawler) { c.fetchCfg = fc } }

// New returns a Crawler that fetches with the politeness settings of cfg,
// extracts with x and remembers what it did in st.
func New(cfg config.Crawl, x *extract.Extractor, st *State, opts ...Option) *Crawler {
	c := &Crawler{cfg: cfg, x: x, st: st, log: slog.New(slog.DiscardHandler), now: time.Now}
	for _, o := range opts {
		o(c)
	}
	fc := c.fetchCfg
	fc.UserAgent, fc.Delay, fc.Parallelism = cfg.UserAgent, cfg.Delay, cfg.Parallelism
	fc.Timeout, fc.MaxBody = cfg.Timeout, cfg.MaxBody
	var fopts []fetch.Option
	if c.rt != nil {
		fopts = append(fopts, fetch.WithTransport(c.rt))
	}
	fopts = append(fopts, fetch.WithLogger(c.log))
	if st != nil {
		fopts = append(fopts, fetch.WithRobotsStore(stateRobots{st: st, log: c.log}))
	}
	c.fetcher = fetch.New(fc, fopts...)
	return c
}

// Summary is what one pass did.
type Summary struct {
	SourcesOK     int `json:"sources_ok"`
	SourcesFailed int `json:"sources_failed"`
	// Pages counts the pages downloaded: feeds, listings and articles.
	Pages int `json:"pages"`
	// NotModified counts feeds and listings the server said were unchanged.
	NotModified int `json:"not_modified"`
	// NewArticles counts the articles handed to the Sink and accepted.
	NewArticles int `json:"new_articles"`
	// Skipped counts article links not stored: robots.txt disallowed, gone,
	// not an article, or a duplicate of a stored article.
	Skipped int `json:"skipped"`
	// ArticleErrors counts article fetches or extractions that failed.
	ArticleErrors int `json:"article_errors"`
	// Truncated counts responses cut off at the body limit.
	Truncated int `json:"truncated"`
	// Deferred counts new article links left for the next pass because
	// their feed or listing had more than MaxLinks of them.
	Deferred int `json:"deferred"`
	// Failures lists each failed source with its error.
	Failures []SourceError `json:"failures,omitempty"`
}

// String is the one-line summary of a pass.
func (s Summary) String() string {
	return fmt.Sprintf("sources ok %d, failed %d; pages fetched %d, unchanged %d; new articles %d, skipped %d, article errors %d, truncated %d, deferred %d",
		s.SourcesOK, s.SourcesFailed, s.Pages, s.NotModified, s.NewArticles, s.Skipped, s.ArticleErrors, s.Truncated, s.Deferred)
}

// add counts what a source did; stopped says the pass ended before the
// source did, which then counts as neither ok nor failed.
func (s *Summary) add(r sourceResult, stopped bool) {
	s.Pages += r.pages
	s.NotModified += r.notModified
	s.NewArticles += r.stored
	s.Skipped += r.skipped
	s.ArticleErrors += r.articleErrors
	s.Truncated += r.truncated
	s.Deferred += r.deferred
	switch {
	case stopped:
	case r.err != nil:
		s.SourcesFailed++
		s.Failures = append(s.Failures, SourceError{Source: r.source, URL: r.url, Err: r.err, Message: r.err.Error()})
	default:
		s.SourcesOK++
	}
}

// SourceError is the failure of one source in a pass.
type SourceError struct {
	Source string `json:"source"`
	URL    string `json:"url"`
	Err    error  `json:"-"`
	// Message is Err's text, for JSON.
	Message string `json:"error"`
}

func (e SourceError) Error() string { return fmt.Sprintf("source %q: %v", e.Source, e.Err) }

func (e SourceError) Unwrap() error { return e.Err }

// Run makes one pass over sources and hands the new articles to sink. One
// source failing does not stop the others; it is reported in the Summary and
// its health. Run returns an error only when the pass itself could not go on:
// ctx ended (context.Cause(ctx)), the Sink failed (ErrSink) or the state file
// failed. The Summary counts what was done until then, also what the sources
// cut short fetched and stored; those count as neither ok nor failed.
func (c *Crawler) Run(ctx context.Context, sources []config.Source, sink Sink) (Summary, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := &run{c: c, sink: sink, claimed: map[string]bool{}, aliases: map[string][]string{}, cancel: cancel,
		prog: newProgress(c.progress, c.log, len(sources))}
	groups := byHost(sources)
	work := make(chan []config.Source)
	var wg sync.WaitGroup
	for range min(max(c.cfg.Parallelism, 1), len(groups)) {
		wg.Go(func() {
			for g := range work {
				for _, src := range g {
					if ctx.Err() != nil {
						return
					}
					r.finish(ctx, src, r.source(ctx, src))
				}
			}
		})
	}
feed:
	for _, g := range groups {
		select {
		case work <- g:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()
	if err := r.settleAliases(); err != nil {
		cancel(err)
	}
	r.prog.done(r.sum)
	if err := context.Cause(ctx); err != nil {
		return r.sum, err
	}
	return r.sum, nil
}

// byHost groups sources by the host of their URL, keeping the file's order,
// so that one worker takes all the sources of a host one after the other.
func byHost(sources []config.Source) [][]config.Source {
	index := map[string]int{}
	var groups [][]config.Source
	for _, s := range sources {
		host := s.URL
		if u, err := url.Parse(s.URL); err == nil {
			host = u.Host
		}
		i, ok := index[host]
		if !ok {
			i = len(groups)
			index[host] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], s)
	}
	return groups
}
