package crawl

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl/fetch"
	"github.com/breachwire/breachwire/extract"
)

const testUA = "breachwire/0.1 (+https://example.org/bot)"

func testCrawl() config.Crawl {
	return config.Crawl{UserAgent: testUA, Delay: 20 * time.Millisecond, Parallelism: 2,
		Timeout: 2 * time.Second, MaxBody: 1 << 20}
}

// memSink keeps what the crawler stored, like the index would.
type memSink struct {
	mu       sync.Mutex
	articles []extract.Article
	fail     int // fail this many calls first
}

func (m *memSink) store(_ context.Context, a []extract.Article) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail > 0 {
		m.fail--
		return errors.New("disk full")
	}
	m.articles = append(m.articles, a...)
	return nil
}

func (m *memSink) urls() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, a := range m.articles {
		out = append(out, a.URL)
	}
	slices.Sort(out)
	return out
}

func (m *memSink) byURL(u string) *extract.Article {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i := range m.articles {
		if m.articles[i].URL == u {
			return &m.articles[i]
		}
	}
	return nil
}

func openTestState(t testing.TB, dir string) *State {
	t.Helper()
	st, err := OpenState(filepath.Join(dir, "crawl.db"))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func newTestCrawler(st *State) *Crawler {
	return New(testCrawl(), extract.New(), st, WithFetchConfig(fetch.Config{Backoff: 5 * time.Millisecond, MaxRetryAfter: time.Second}))
}

func (w *fixtureWeb) sources() []config.Source {
	return []config.Source{
		{Name: "News RSS", Type: config.TypeFeed, URL: w.news.URL + "/rss.xml"},
		{Name: "News Atom", Type: config.TypeFeed, URL: w.news.URL + "/atom.xml"},
		{Name: "News JSON", Type: config.TypeFeed, URL: w.news.URL + "/feed.json"},
		{Name: "News flaky", Type: config.TypeFeed, URL: w.news.URL + "/flaky.xml"},
		{Name: "News malformed", Type: config.TypeFeed, URL: w.news.URL + "/malformed.xml"},
		{Name: "News private", Type: config.TypeFeed, URL: w.news.URL + "/private/feed.xml"},
		{Name: "JP RDF", Type: config.TypeFeed, URL: w.jp.URL + "/index.rdf", Lang: "ja"},
		{Name: "JP EUC", Type: config.TypeFeed, URL: w.jp.URL + "/eucjp.xml", Lang: "ja"},
		{Name: "JP ISO", Type: config.TypeFeed, URL: w.jp.URL + "/iso2022.xml", Lang: "ja"},
		{Name: "JP newsroom", Type: config.TypePage, URL: w.jp.URL + "/news/", Links: "a.news-link", Content: "div.release", Lang: "ja"},
		{Name: "Blog", Type: config.TypePage, URL: w.blog.URL + "/posts/", Links: "h2.entry-title"},
		{Name: "Dead host", Type: config.TypeFeed, URL: "http://127.0.0.1:1/feed.xml"},
	}
}

func TestCrawlTwiceLikeCron(t *testing.T) {
	w := newFixtureWeb(t)
	dir := t.TempDir()
	sink := &memSink{}
	ctx := context.Background()

	st := openTestState(t, dir)
	sum, err := newTestCrawler(st).Run(ctx, w.sources(), sink.store)
	if err != nil {
		t.Fatalf("first run: %v", err)
	}
	want := []string{
		w.blog.URL + "/posts/toyota-repost",
		w.jp.URL + "/cert/2019/0402.html",
		w.jp.URL + "/release/2019/0329.html",
		w.jp.URL + "/release/2019/0330.html",
		w.jp.URL + "/release/2019/0401.html",
		w.news.URL + "/2019/03/hospital-ransomware",
		w.news.URL + "/2019/03/retailer-card-skimming",
		w.news.URL + "/2019/03/toyota-breach",
		w.news.URL + "/2019/04/telecom-leak",
		w.news.URL + "/advisories/vpn-flaw",
	}
	slices.Sort(want)
	if got := sink.urls(); !slices.Equal(got, want) {
		t.Errorf("stored URLs:\n got %q\nwant %q", got, want)
	}
	if sum.NewArticles != len(want) || sum.SourcesOK != 9 || sum.SourcesFailed != 3 {
		t.Errorf("summary: %s", sum)
	}
	var failed []string
	for _, f := range sum.Failures {
		failed = append(failed, f.Source)
	}
	slices.Sort(failed)
	if want := []string{"Dead host", "News malformed", "News private"}; !slices.Equal(failed, want) {
		t.Errorf("failed sources %q, want %q", failed, want)
	}
	for _, f := range sum.Failures {
		if f.Source == "News private" && !errors.Is(f, ErrRobotsDisallowed) {
			t.Errorf("News private: %v, want robots.txt refusal", f.Err)
		}
		if f.Source == "News malformed" && !errors.Is(f, ErrBadFeed) {
			t.Errorf("News malformed: %v, want ErrBadFeed", f.Err)
		}
	}
	checkArticles(t, w, sink)

	// Second run, as cron would start it: a new process, the same data dir.
	st.Close()
	st = openTestState(t, dir)
	defer st.Close()
	w.news.reset()
	w.jp.reset()
	w.blog.reset()
	sum, err = newTestCrawler(st).Run(ctx, w.sources(), sink.store)
	if err != nil {
		t.Fatalf("second run: %v", err)
	}
	if sum.NewArticles != 0 || len(sink.urls()) != len(want) {
		t.Errorf("second run stored %d more articles: %s", sum.NewArticles, sum)
	}
	// Feeds and listings with validators were asked conditionally and were unchanged.
	for _, c := range []struct {
		s    *fakeSite
		path string
	}{{w.news, "/rss.xml"}, {w.news, "/atom.xml"}, {w.news, "/feed.json"}, {w.jp, "/index.rdf"},
		{w.jp, "/eucjp.xml"}, {w.jp, "/iso2022.xml"}, {w.jp, "/news/"}} {
		h, ok := c.s.lastHit(c.path)
		if !ok || h.Header.Get("If-None-Match") == "" || h.Header.Get("If-Modified-Since") != lastModified {
			t.Errorf("%s: second request not conditional: %v", c.path, h.Header)
		}
	}
	// Every feed and listing was unchanged, also the one listing the
	// article that failed with a 500: that article is retried from the
	// state, not by reading its feed again.
	if sum.NotModified != 8 {
		t.Errorf("%d sources not modified, want 8", sum.NotModified)
	}
	// No stored article was fetched again; only the article that failed
	// with a 500 was retried.
	for _, s := range []*fakeSite{w.news, w.jp, w.blog} {
		for _, h := range s.requests() {
			switch h.Path {
			case "/rss.xml", "/atom.xml", "/feed.json", "/index.rdf", "/eucjp.xml", "/iso2022.xml", "/news/",
				"/posts/", "/flaky.xml", "/malformed.xml", "/2019/03/server-error":
			default:
				t.Errorf("second run requested %s", h.Path)
			}
		}
	}
	if n := w.news.count("/2019/03/server-error"); n != 3 {
		t.Errorf("the 500 article was tried %d times in the second run, want 3 (1 + 2 retries)", n)
	}
	checkHealth(t, st, len(want))
}

// checkArticles looks at what the crawler made of the pages it stored.
func checkArticles(t *testing.T, w *fixtureWeb, sink *memSink) {
	t.Helper()
	for _, a := range sink.articles {
		if a.Source == "" || a.Fetched.IsZero() || strings.Contains(a.URL, "utm_") || strings.Contains(a.URL, "#") {
			t.Errorf("%s: source %q, fetched %v", a.URL, a.Source, a.Fetched)
		}
	}
	for _, c := range []struct{ url, title, text string }{
		{w.jp.URL + "/release/2019/0329.html", "不正アクセス", "最大約310万人"},                 // Shift_JIS, meta only
		{w.jp.URL + "/release/2019/0401.html", "ランサムウェア", "専門機関"},                    // EUC-JP, header only
		{w.jp.URL + "/cert/2019/0402.html", "脆弱性", "修正済み"},                           // ISO-2022-JP, header only
		{w.news.URL + "/2019/03/retailer-card-skimming", "card skimming", "120,000"}, // gzip
	} {
		a := sink.byURL(c.url)
		if a == nil {
			continue // reported by the URL list check
		}
		if !strings.Contains(a.Title, c.title) || !strings.Contains(a.Text, c.text) {
			t.Errorf("%s: title %q, text %.80q", c.url, a.Title, a.Text)
		}
	}
	if a := sink.byURL(w.jp.URL + "/release/2019/0329.html"); a != nil && a.Source != "JP RDF" && a.Source != "JP newsroom" {
		t.Errorf("0329 source %q", a.Source)
	}
}

func checkHealth(t *testing.T, st *State, stored int) {
	t.Helper()
	hs, err := st.Sources()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, h := range hs {
		total += h.Articles
		switch h.Name {
		case "News malformed", "Dead host", "News private":
			if h.Failures != 2 || h.LastError == "" || !h.LastSuccess.IsZero() {
				t.Errorf("%s: %+v, want 2 failures and an error", h.Name, h)
			}
		default:
			if h.Failures != 0 || h.LastError != "" || h.LastSuccess.IsZero() {
				t.Errorf("%s: %+v, want healthy", h.Name, h)
			}
		}
	}
	if len(hs) != 12 || total != stored {
		t.Errorf("%d sources with health, %d articles counted; want 12 and %d", len(hs), total, stored)
	}
}

func TestRobotsDisallowedURLsNeverRequested(t *testing.T) {
	w := newFixtureWeb(t)
	st := openTestState(t, t.TempDir())
	defer st.Close()
	if _, err := newTestCrawler(st).Run(context.Background(), w.sources(), (&memSink{}).store); err != nil {
		t.Fatal(err)
	}
	for _, h := range w.news.requests() {
		if strings.HasPrefix(h.Path, "/private/") {
			t.Errorf("%s requested, robots.txt disallows /private/", h.Path)
		}
	}
	for _, s := range []*fakeSite{w.news, w.jp, w.blog} {
		for _, h := range s.requests() {
			if h.Header.Get("User-Agent") != testUA {
				t.Errorf("%s sent User-Agent %q", h.Path, h.Header.Get("User-Agent"))
			}
		}
	}
}

// TestRobotsKeptBetweenCrawls: the next crawl, a new process, asks for
// robots.txt conditionally and keeps obeying the copy the server says is
// unchanged.
func TestRobotsKeptBetweenCrawls(t *testing.T) {
	w := newFixtureWeb(t)
	dir := t.TempDir()
	for run := 1; run <= 2; run++ {
		st := openTestState(t, dir)
		if _, err := newTestCrawler(st).Run(context.Background(), w.sources(), (&memSink{}).store); err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
	rs := w.news.robotsRequests()
	if len(rs) != 2 {
		t.Fatalf("robots.txt requested %d times over two crawls, want once each", len(rs))
	}
	if rs[0].Header.Get("If-None-Match") != "" {
		t.Errorf("first crawl asked for robots.txt conditionally: %q", rs[0].Header.Get("If-None-Match"))
	}
	if rs[1].Header.Get("If-None-Match") == "" {
		t.Errorf("second crawl downloaded robots.txt again instead of asking whether it changed")
	}
	for _, h := range w.news.requests() {
		if strings.HasPrefix(h.Path, "/private/") {
			t.Errorf("%s requested, robots.txt (kept, unchanged) disallows /private/", h.Path)
		}
	}
}

func TestPerHostDelay(t *testing.T) {
	w := newFixtureWeb(t)
	st := openTestState(t, t.TempDir())
	defer st.Close()
	if _, err := newTestCrawler(st).Run(context.Background(), w.sources(), (&memSink{}).store); err != nil {
		t.Fatal(err)
	}
	delay := testCrawl().Delay
	for _, s := range []*fakeSite{w.news, w.jp, w.blog} {
		s.mu.Lock()
		for i := 1; i < len(s.hits); i++ {
			if gap := s.hits[i].At.Sub(s.hits[i-1].At); gap < delay {
				t.Errorf("%s then %s only %v apart; delay is %v", s.hits[i-1].Path, s.hits[i].Path, gap, delay)
			}
		}
		s.mu.Unlock()
	}
}

func TestArticlesKnownOnlyAfterSinkAccepts(t *testing.T) {
	w := newFixtureWeb(t)
	dir := t.TempDir()
	sources := w.sources()[:1] // News RSS
	st := openTestState(t, dir)
	failing := &memSink{fail: 1}
	_, err := newTestCrawler(st).Run(context.Background(), sources, failing.store)
	if !errors.Is(err, ErrSink) {
		t.Fatalf("run with a failing sink: %v, want ErrSink", err)
	}
	st.Close()

	st = openTestState(t, dir)
	defer st.Close()
	good := &memSink{}
	sum, err := newTestCrawler(st).Run(context.Background(), sources, good.store)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{w.news.URL + "/2019/03/hospital-ransomware", w.news.URL + "/2019/03/retailer-card-skimming", w.news.URL + "/2019/03/toyota-breach"}
	if got := good.urls(); !slices.Equal(got, want) || sum.NewArticles != 3 {
		t.Errorf("after the failed sink the next run stored %q, want %q", got, want)
	}
	for _, u := range want {
		if k, _ := st.Known(u); !k {
			t.Errorf("%s not known after a stored run", u)
		}
	}
	// The feed's validators were not saved by the failed run: it was read in full.
	if h, _ := w.news.lastHit("/rss.xml"); h.Header.Get("If-None-Match") != "" {
		t.Errorf("feed asked conditionally although its articles were never stored")
	}
}

func TestStateLocked(t *testing.T) {
	defer func(d time.Duration) { lockTimeout = d }(lockTimeout)
	lockTimeout = 50 * time.Millisecond
	dir := t.TempDir()
	st := openTestState(t, dir)
	defer st.Close()
	if _, err := OpenState(filepath.Join(dir, "crawl.db")); !errors.Is(err, ErrStateLocked) {
		t.Fatalf("second open: %v, want ErrStateLocked", err)
	}
}
