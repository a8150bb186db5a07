package fakeweb

import (
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/breachwire/breachwire/internal/corpus"
)

// DefaultUserAgent is the user agent Config asks the crawler to send.
const DefaultUserAgent = "breachwire-e2e/1.0 (+https://example.org/e2e-bot)"

// Options tune a Web; the zero value serves the repository's corpus at full speed.
type Options struct {
	// CorpusDir holds the corpus article files; default testdata/corpus/articles of this repository.
	CorpusDir string
	// ArticleDelay is added before every article page answer, to make a crawl slow.
	ArticleDelay time.Duration
	// UserAgent is written into Config; default DefaultUserAgent.
	UserAgent string
}

// Page is one corpus article as the fake web serves it.
type Page struct {
	// Article is the labelled corpus article shown on the page.
	Article corpus.Article
	// Site is the name of the site, equal to its source name in Config.
	Site string
	// URL is the article's canonical URL, the one a crawler should report.
	URL string
	// Linked is the URL the feed or listing links to; it may carry utm_*
	// parameters, a fragment, a relative form or a redirect.
	Linked string
	// Boilerplate are strings on the page around the article text that
	// main-text extraction should leave out.
	Boilerplate []string
	// TimeOfDay says the page (or its feed) gives the publication time to the
	// minute, not only the day.
	TimeOfDay bool
}

// Web is a running set of fake sites; it is safe for concurrent use.
type Web struct {
	opts      Options
	sites     []*site
	pages     []Page
	forbidden []string
	missing   []string

	mu   sync.Mutex
	reqs []Request
}

// New starts the fake sites and stops them when the test ends.
func New(tb testing.TB, opts Options) *Web {
	tb.Helper()
	w, err := Start(opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(w.Close)
	return w
}

// Start starts the fake sites; the caller must Close the Web.
func Start(opts Options) (*Web, error) {
	if opts.CorpusDir == "" {
		opts.CorpusDir = defaultCorpusDir()
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	arts, err := corpus.Load(opts.CorpusDir)
	if err != nil {
		return nil, fmt.Errorf("fakeweb: %w", err)
	}
	w := &Web{opts: opts}
	groups := map[string][]corpus.Article{}
	for _, a := range arts {
		k := siteFor(a)
		groups[k] = append(groups[k], a)
	}
	for _, b := range builders {
		s := &site{name: b.name, kind: b.kind, web: w, routes: map[string]*route{}}
		s.srv = httptest.NewServer(s)
		w.sites = append(w.sites, s)
	}
	for i, b := range builders {
		b.build(w, w.sites[i], groups[b.key])
	}
	return w, nil
}

// defaultCorpusDir finds the corpus next to this source file.
func defaultCorpusDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("..", "..", "testdata", "corpus", "articles")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "corpus", "articles")
}

// Close stops every site.
func (w *Web) Close() {
	for _, s := range w.sites {
		s.srv.Close()
	}
}

// Pages lists every corpus article served, in site order.
func (w *Web) Pages() []Page { return slices.Clone(w.pages) }

// Forbidden lists URLs that feeds link to but robots.txt disallows; they must never be requested.
func (w *Web) Forbidden() []string { return slices.Clone(w.forbidden) }

// Missing lists URLs that feeds link to but that answer 404.
func (w *Web) Missing() []string { return slices.Clone(w.missing) }

// UserAgent is the user agent Config asks the crawler to send.
func (w *Web) UserAgent() string { return w.opts.UserAgent }

// Sites lists the site names with their base URLs, in Config order.
func (w *Web) Sites() map[string]string {
	m := map[string]string{}
	for _, s := range w.sites {
		m[s.name] = s.srv.URL
	}
	return m
}

// Config returns a sources.yaml that crawls every site politely but fast.
func (w *Web) Config() string {
	var b strings.Builder
	fmt.Fprintf(&b, "crawl:\n  user_agent: %q\n  delay: 20ms\n  parallelism: 4\n  timeout: 5s\n  max_body: 5MB\n", w.opts.UserAgent)
	b.WriteString("sources:\n")
	for i, s := range w.sites {
		bd := builders[i]
		fmt.Fprintf(&b, "  - name: %q\n    type: %s\n    url: %s%s\n", s.name, bd.typ, s.srv.URL, bd.entry)
		if bd.links != "" {
			fmt.Fprintf(&b, "    links: %q\n", bd.links)
		}
		if bd.lang != "" {
			fmt.Fprintf(&b, "    lang: %s\n", bd.lang)
		}
		b.WriteString("    interval: 1h\n")
	}
	return b.String()
}

// addPage registers a served corpus article, dropping boilerplate strings
// that happen to occur in the article's own text.
func (w *Web) addPage(p Page) {
	text := squash(p.Article.Title + " " + p.Article.Text)
	var keep []string
	for _, s := range p.Boilerplate {
		if t := squash(s); t != "" && !strings.Contains(text, t) && !slices.Contains(keep, s) {
			keep = append(keep, s)
		}
	}
	p.Boilerplate = keep
	w.pages = append(w.pages, p)
}

// squash drops all white space, so texts compare across line wrapping.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}
