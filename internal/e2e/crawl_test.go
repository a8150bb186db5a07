package e2e

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/internal/fakeweb"
)

var newArticlesRE = regexp.MustCompile(`(\d+) new articles?`)

// summaryLine checks that a crawl printed exactly one line on stdout and
// returns it with its count of new articles.
func summaryLine(t *testing.T, r result) (string, int) {
	t.Helper()
	out := strings.TrimSpace(r.stdout)
	if out == "" || strings.Contains(out, "\n") {
		t.Errorf("crawl stdout should be a one-line summary, got %q", out)
	}
	m := newArticlesRE.FindStringSubmatch(out)
	if m == nil {
		t.Errorf("summary %q does not say how many new articles", out)
		return out, -1
	}
	n, _ := strconv.Atoi(m[1])
	return out, n
}

func TestCrawlTwice(t *testing.T) {
	c := sharedCrawl(t)
	w := c.web
	line, n := summaryLine(t, c.first)
	t.Logf("first crawl: %s", line)
	if n != len(w.Pages()) {
		t.Errorf("first crawl reports %d new articles, the web serves %d", n, len(w.Pages()))
	}

	checkContractKeys(t, c.raw)
	checkEveryArticleOnce(t, c.stories, w)
	checkPoliteness(t, w.Requests()[:c.firstReqs], w)
	if !askedRobots(w.Requests()[:c.firstReqs], w.Sites()[fakeweb.SiteNews]) {
		t.Errorf("the first crawl never asked %s for robots.txt", fakeweb.SiteNews)
	}

	// The requests of this crawl are those after the ones made so far (the
	// shared first crawl's, and under -count=N the earlier runs' too).
	before := len(w.Requests())
	second := run(t, c.args("crawl")...)
	if second.code != 0 {
		t.Fatalf("second crawl:\n%s", second)
	}
	line, n = summaryLine(t, second)
	t.Logf("second crawl: %s", line)
	if n != 0 {
		t.Errorf("second crawl found %d new articles, want 0", n)
	}
	again := w.Requests()[before:]
	checkPoliteness(t, again, w)
	entries := 0
	for _, r := range again {
		switch r.Kind {
		case fakeweb.KindFeed, fakeweb.KindListing:
			entries++
			if r.IfNoneMatch == "" && r.IfModifiedSince == "" {
				t.Errorf("second crawl asked %s%s without If-None-Match or If-Modified-Since", r.Host, r.Path)
			} else if r.Status != 304 {
				t.Errorf("second crawl: %s%s answered %d to a conditional request; the validators sent were stale (%q, %q)",
					r.Host, r.Path, r.Status, r.IfNoneMatch, r.IfModifiedSince)
			}
		case fakeweb.KindArticle, fakeweb.KindRedirect, fakeweb.KindMissing:
			t.Errorf("second crawl fetched %s%s again (%s)", r.Host, r.Path, r.Kind)
		}
	}
	if entries < len(w.Sites()) {
		t.Errorf("second crawl asked %d feeds and listings, want all %d", entries, len(w.Sites()))
	}
	stories, _, err := readStories(t, c.site)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := countArticles(stories), countArticles(c.stories); got != want {
		t.Errorf("after the second crawl the stories hold %d articles, before %d", got, want)
	}
}

// checkContractKeys checks that every story and article carries the keys CONTRACT.md names.
func checkContractKeys(t *testing.T, raw []map[string]any) {
	t.Helper()
	if len(raw) == 0 {
		t.Fatal("stories --json printed no stories")
	}
	for i, m := range raw {
		for _, k := range []string{"id", "title", "victims", "records", "actors", "first_seen", "updated", "languages", "articles"} {
			if _, ok := m[k]; !ok {
				t.Errorf("story %d has no %q key", i, k)
			}
		}
		for _, k := range []string{"victims", "actors", "languages", "articles"} {
			if _, ok := m[k].([]any); !ok {
				t.Errorf("story %d: %q is %T, want a list", i, k, m[k])
			}
		}
		arts, _ := m["articles"].([]any)
		for _, a := range arts {
			am, _ := a.(map[string]any)
			for _, k := range []string{"url", "source", "title", "lang", "published", "victims", "records", "actors"} {
				if _, ok := am[k]; !ok {
					t.Errorf("story %d: an article has no %q key", i, k)
				}
			}
		}
	}
	for i := 1; i < len(raw); i++ {
		a, _ := time.Parse(time.RFC3339, str(raw[i-1]["updated"]))
		b, _ := time.Parse(time.RFC3339, str(raw[i]["updated"]))
		f1, _ := time.Parse(time.RFC3339, str(raw[i-1]["first_seen"]))
		f2, _ := time.Parse(time.RFC3339, str(raw[i]["first_seen"]))
		if a.Before(b) && f1.Before(f2) {
			t.Errorf("stories are not newest first: story %d (updated %s) before story %d (updated %s)", i-1, a, i, b)
			break
		}
	}
}

func str(v any) string { s, _ := v.(string); return s }

func countArticles(stories []story) int {
	n := 0
	for _, s := range stories {
		n += len(s.Articles)
	}
	return n
}

// checkEveryArticleOnce checks that each served article appears in exactly
// one story, under its canonical URL, and nothing else does.
func checkEveryArticleOnce(t *testing.T, stories []story, w *fakeweb.Web) {
	t.Helper()
	seen := map[string]int{}
	for _, s := range stories {
		for _, a := range s.Articles {
			seen[a.URL]++
			u, err := url.Parse(a.URL)
			if err != nil || u.Fragment != "" || strings.Contains(u.RawQuery, "utm_") {
				t.Errorf("article URL %q is not canonical (no utm_*, no fragment)", a.URL)
			}
		}
	}
	for _, p := range w.Pages() {
		switch n := seen[p.URL]; n {
		case 1:
		case 0:
			t.Errorf("%s (%s, %s) is in no story", p.URL, p.Article.ID, p.Site)
		default:
			t.Errorf("%s (%s) is in %d story articles", p.URL, p.Article.ID, n)
		}
		delete(seen, p.URL)
	}
	for u := range seen {
		t.Errorf("stories hold %s, which is no served article (forbidden, missing or a wrong URL)", u)
	}
}

// checkPoliteness checks robots.txt, the user agent and the per-host delay.
func checkPoliteness(t *testing.T, reqs []fakeweb.Request, w *fakeweb.Web) {
	t.Helper()
	last := map[string]time.Time{}
	minGap := map[string]time.Duration{}
	for _, r := range reqs {
		if r.Kind == fakeweb.KindForbidden {
			t.Errorf("requested %s%s, which robots.txt disallows", r.Host, r.Path)
		}
		if r.UserAgent != w.UserAgent() {
			t.Errorf("request for %s%s sent user agent %q, want %q", r.Host, r.Path, r.UserAgent, w.UserAgent())
		}
		if prev, ok := last[r.Host]; ok {
			if g, seen := minGap[r.Host]; !seen || r.Time.Sub(prev) < g {
				minGap[r.Host] = r.Time.Sub(prev)
			}
		}
		last[r.Host] = r.Time
	}
	for host, g := range minGap {
		// The config asks for 20ms between requests to one host; allow for
		// scheduling jitter but catch requests sent back to back.
		if g < 5*time.Millisecond {
			t.Errorf("two requests to %s only %v apart; the config asks for a 20ms delay", host, g)
		}
	}
}

// askedRobots says whether robots.txt was requested from the site at base.
func askedRobots(reqs []fakeweb.Request, base string) bool {
	for _, r := range reqs {
		if r.Kind == fakeweb.KindRobots && strings.HasSuffix(base, r.Host) {
			return true
		}
	}
	return false
}

func TestSources(t *testing.T) {
	c := sharedCrawl(t)
	r := run(t, c.args("sources")...)
	if r.code != 0 {
		t.Fatalf("sources:\n%s", r)
	}
	for name := range c.web.Sites() {
		if !strings.Contains(r.stdout, name) {
			t.Errorf("sources does not list %q:\n%s", name, r.stdout)
		}
	}
}
