package blackbox

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	userAgent  = "blackbox-qa/1.0 (+http://qa.example/crawler)"
	crawlDelay = 300 * time.Millisecond
	timeout    = 2 * time.Second
)

// Source names as a user would write them; one is Japanese.
const (
	srcNews    = "The Breach Ledger"
	srcBlog    = "Kettle & Firewall"
	srcDefunct = "Kettle & Firewall (old RSS)"
	srcVendor  = "Corvane Networks newsroom"
	srcJP      = "ヤマセ電機 ニュースリリース"
	srcCERT    = "EXCERT advisories"
)

func writeConfig(t *testing.T, dir string, fw *fakeWeb) string {
	t.Helper()
	cfg := fmt.Sprintf(`# sources for the black-box acceptance test
crawl:
  user_agent: %q
  delay: 300ms
  parallelism: 3
  timeout: 2s
  max_body: 2MB
sources:
  - name: %s
    type: feed
    url: %s/feeds/latest.rss
    interval: 30m
  - name: %s
    type: feed
    url: %s/feed/atom/
  - name: %s
    type: feed
    url: %s/old-rss.xml
  - name: %s
    type: page
    url: %s/newsroom/
    links: "div.pr-list a.pr-link"
  - name: %s
    type: feed
    url: %s/ja/news/index.rdf
  - name: %s
    type: page
    url: %s/advisories/
    links: "table#advisories td.title a"
    content: "div.advisory-body"
`, userAgent, srcNews, fw.news.base, srcBlog, fw.blog.base, srcDefunct, fw.blog.base,
		srcVendor, fw.vendor.base, srcJP, fw.jp.base, srcCERT, fw.cert.base)
	path := filepath.Join(dir, "sources.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestAcceptance drives the binary as cron, scripts and an analyst would.
func TestAcceptance(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	tmp := t.TempDir()
	bin := buildBinary(t, tmp)
	fw := startFakeWeb(t)
	c := cli{bin: bin, dir: tmp}
	cfg := writeConfig(t, tmp, fw)
	data := filepath.Join(tmp, "data")
	common := []string{"--config", cfg, "--data", data}

	t.Run("bad config crawls nothing", func(t *testing.T) { testBadConfig(t, c, tmp, fw) })

	fw.rec.setRun(1)
	run1 := c.run(t, append([]string{"crawl"}, common...)...)
	t.Logf("first crawl:\n%s", run1)
	fw.publishSecondRun()
	fw.rec.setRun(2)
	run2 := c.run(t, append([]string{"crawl"}, common...)...)
	t.Logf("second crawl:\n%s", run2)
	fw.rec.setRun(3)

	t.Run("crawl exit and summary", func(t *testing.T) { testCrawlSummary(t, run1, run2) })
	t.Run("politeness", func(t *testing.T) { testPoliteness(t, fw) })
	t.Run("second run is incremental", func(t *testing.T) { testIncremental(t, fw) })

	st := c.run(t, append([]string{"stories", "--json"}, common...)...)
	var stories []story
	t.Run("stories json shape", func(t *testing.T) { stories = testStoriesShape(t, st) })
	t.Run("stories canonical urls", func(t *testing.T) { testCanonical(t, fw, stories) })
	t.Run("stories merge", func(t *testing.T) { testMerge(t, fw, stories) })

	t.Run("since and data dir", func(t *testing.T) { testSince(t, c, common, cfg, data, tmp, fw, stories) })
	t.Run("search", func(t *testing.T) { testSearch(t, c, common, fw, stories) })
	t.Run("sources", func(t *testing.T) { testSources(t, c, common) })
	t.Run("extract", func(t *testing.T) { testExtract(t, c, common, fw, tmp) })
	t.Run("digest dry run", func(t *testing.T) { testDigest(t, c, common) })
	t.Run("crawl while data dir is held", func(t *testing.T) { testLock(t, c, tmp, data, common) })
}

func testBadConfig(t *testing.T, c cli, tmp string, fw *fakeWeb) {
	cases := []struct {
		name, yaml, source string
		line               int
	}{
		{"unknown key", fmt.Sprintf("sources:\n  - name: Good one\n    type: feed\n    url: %s/feeds/latest.rss\n  - name: Typo source\n    type: feed\n    url: %s/feed/atom/\n    intervall: 1h\n", fw.news.base, fw.blog.base), "Typo source", 8},
		{"page without links", fmt.Sprintf("sources:\n  - name: Listing without selector\n    type: page\n    url: %s/newsroom/\n", fw.vendor.base), "Listing without selector", 2},
		{"duplicate name", fmt.Sprintf("sources:\n  - name: Twice\n    type: feed\n    url: %s/feeds/latest.rss\n  - name: Twice\n    type: feed\n    url: %s/feed/atom/\n", fw.news.base, fw.blog.base), "Twice", 5},
		{"missing url", "sources:\n  - name: Nowhere\n    type: feed\n", "Nowhere", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(tmp, "bad.yaml")
			if err := os.WriteFile(path, []byte(tc.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			before := len(fw.rec.all())
			r := c.run(t, "crawl", "--config", path, "--data", filepath.Join(tmp, "bad-data"))
			if r.code != 1 {
				t.Errorf("want exit 1 for a bad config\n%s", r)
			}
			out := r.stdout + r.stderr
			if !strings.Contains(out, tc.source) {
				t.Errorf("the error does not name the source %q\n%s", tc.source, r)
			}
			if !re(`(?i)line\s*:?\s*` + fmt.Sprint(tc.line) + `\b|:` + fmt.Sprint(tc.line) + `(:|\b)`).MatchString(out) {
				t.Errorf("the error does not name line %d\n%s", tc.line, r)
			}
			if n := len(fw.rec.all()) - before; n != 0 {
				t.Errorf("a bad config must crawl nothing, but the fake web got %d requests", n)
			}
		})
	}
}

func testCrawlSummary(t *testing.T, run1, run2 result) {
	for i, r := range []result{run1, run2} {
		if r.code != 0 {
			t.Errorf("crawl %d: want exit 0 (a failed source is reported, not fatal)\n%s", i+1, r)
		}
		sum := lastLine(r.stdout)
		if sum == "" {
			sum = lastLine(r.stderr)
		}
		t.Logf("crawl %d summary: %s", i+1, sum)
		low := strings.ToLower(sum)
		for _, word := range []string{"source", "fail", "fetched", "article", "stor"} {
			if !strings.Contains(low, word) {
				t.Errorf("crawl %d: the summary line %q does not mention %q (contract: sources ok/failed, pages fetched, new articles, new/updated stories)", i+1, sum, word)
			}
		}
		// Exactly one of six sources fails (its feed answers 404).
		if !re(`(?i)(\b1\s+failed|failed\D{0,3}1\b)`).MatchString(sum) {
			t.Errorf("crawl %d: the summary %q does not report 1 failed source", i+1, sum)
		}
		if !re(`(?i)(\b5\s+(sources?\s+)?ok|ok\D{0,3}5\b)`).MatchString(sum) {
			t.Errorf("crawl %d: the summary %q does not report 5 sources ok", i+1, sum)
		}
	}
	// The second run finds exactly one new article (the new item on the news feed).
	if !re(`(?i)(\b1\s+new\s+article|new\s+articles?\D{0,3}1\b)`).MatchString(lastLine(run2.stdout)) {
		t.Errorf("crawl 2: the summary does not report 1 new article: %q", lastLine(run2.stdout))
	}
	if run1.took > 40*time.Second {
		t.Errorf("crawl 1 took %v: the 2s timeout on the slow page is not respected", run1.took)
	}
}

func testPoliteness(t *testing.T, fw *fakeWeb) {
	hits := fw.rec.all()
	byHost := map[string][]hit{}
	for _, h := range hits {
		if h.runHits != 1 && h.runHits != 2 {
			continue
		}
		if h.ua != userAgent {
			t.Errorf("%s %s came with User-Agent %q, want the configured %q", h.host, h.uri, h.ua, userAgent)
		}
		if strings.HasPrefix(h.uri, "/premium/") {
			t.Errorf("robots.txt disallows /premium/ but %s was fetched (run %d)", h.uri, h.runHits)
		}
		byHost[fmt.Sprint(h.runHits)+" "+h.host] = append(byHost[fmt.Sprint(h.runHits)+" "+h.host], h)
	}
	robots := 0
	for _, h := range hits {
		if h.host == "news" && h.uri == "/robots.txt" && h.runHits == 1 {
			robots++
		}
	}
	if robots == 0 {
		t.Errorf("the news host's robots.txt was never asked for in run 1")
	}
	slack := 40 * time.Millisecond
	for key, hs := range byHost {
		sort.Slice(hs, func(i, j int) bool { return hs[i].at.Before(hs[j].at) })
		var gaps []string
		for i := 1; i < len(hs); i++ {
			gap := hs[i].at.Sub(hs[i-1].at)
			gaps = append(gaps, gap.Round(time.Millisecond).String())
			if gap < crawlDelay-slack {
				t.Errorf("run/host %s: %s then %s only %v apart; the configured delay is %v", key, hs[i-1].uri, hs[i].uri, gap, crawlDelay)
			}
		}
		t.Logf("run/host %s: %d requests, gaps %v", key, len(hs), gaps)
	}
	fw.slowPage.mu.Lock()
	stayed := append([]time.Duration(nil), fw.slowPage.stayed...)
	fw.slowPage.mu.Unlock()
	t.Logf("the slow page was asked %d times; the crawler waited %v", len(stayed), stayed)
	for _, d := range stayed {
		if d > timeout+1500*time.Millisecond {
			t.Errorf("the crawler waited %v for the slow page; the configured timeout is %v", d, timeout)
		}
	}
}

func testIncremental(t *testing.T, fw *fakeWeb) {
	run1, run2 := fw.rec.inRun(1), fw.rec.inRun(2)
	fetched1 := map[string]int{} // host+path → 200s in run 1
	for _, h := range run1 {
		if h.status == 200 {
			fetched1[h.host+" "+pathOf(h.uri)]++
		}
	}
	feedLike := map[string]bool{"/robots.txt": true}
	for host, p := range fw.feedPaths {
		feedLike[host+" "+p] = true
	}
	for host, p := range fw.listPaths {
		feedLike[host+" "+p] = true
	}
	// Known article URLs are not fetched again, neither in run 1 (twice) nor in run 2.
	for k, n := range fetched1 {
		if !feedLike[k] && n > 1 {
			t.Errorf("run 1 fetched %s %d times", k, n)
		}
	}
	for _, h := range run2 {
		k := h.host + " " + pathOf(h.uri)
		if feedLike[k] || h.uri == "/robots.txt" {
			continue
		}
		if fetched1[k] > 0 {
			t.Errorf("run 2 fetched the known article %s again (status %d)", k, h.status)
		}
		if h.host == "news" && h.uri == fw.redirFr {
			t.Errorf("run 2 followed the feed's redirecting link %s again although its target is known", h.uri)
		}
	}
	// Every article was read in run 1.
	for _, role := range fw.fetchOnce {
		u := fw.urls[role]
		found := false
		for _, h := range run1 {
			if h.status == 200 && strings.HasSuffix(fw.canon[role], pathOf(h.uri)) && pathOf(h.uri) != "/" {
				found = true
			}
		}
		if !found {
			t.Errorf("run 1 never fetched %s (%s)", role, u)
		}
	}
	// Feeds are asked conditionally in run 2; unchanged ones answer 304.
	for host, p := range fw.feedPaths {
		asked := false
		for _, h := range run2 {
			if h.host != host || h.uri != p {
				continue
			}
			asked = true
			// FINDING: the news feed, which sent both ETag and Last-Modified in run 1, is asked
			// with neither in run 2. It happens when one of the feed's articles timed out in the
			// previous run (the feed is then re-read in full on every run while that page stays
			// slow); a feed whose articles all loaded, or whose failed article answered 404, is
			// asked conditionally. The contract: "unchanged feeds are asked with conditional GET".
			if h.inm == "" && h.ims == "" {
				t.Errorf("run 2 asked the %s feed %s without If-None-Match or If-Modified-Since", host, p)
			}
			if host != "news" && h.status != 304 {
				t.Errorf("run 2: the unchanged %s feed answered %d, want 304 (If-None-Match %q, If-Modified-Since %q)", host, h.status, h.inm, h.ims)
			}
		}
		if !asked {
			t.Errorf("run 2 never asked the %s feed %s", host, p)
		}
	}
	// The README says listing pages are asked conditionally too.
	for host, p := range fw.listPaths {
		for _, h := range run2 {
			if h.host == host && h.uri == p && h.inm == "" && h.ims == "" {
				t.Errorf("run 2 asked the %s listing page %s without a conditional header (README: feeds and listing pages use conditional GET)", host, p)
			}
		}
	}
	// The one new item is fetched in run 2.
	n := 0
	for _, h := range run2 {
		if h.host == "news" && strings.HasSuffix(fw.urls["news-skim"], h.uri) && h.status == 200 {
			n++
		}
	}
	if n != 1 {
		t.Errorf("run 2 fetched the new article %d times, want 1", n)
	}
	var log []string
	for _, h := range run2 {
		log = append(log, fmt.Sprintf("%s %s %d inm=%q ims=%q", h.host, h.uri, h.status, h.inm, h.ims))
	}
	t.Logf("run 2 requests:\n  %s", strings.Join(log, "\n  "))
}

func testStoriesShape(t *testing.T, r result) []story {
	if r.code != 0 {
		t.Fatalf("stories --json: want exit 0\n%s", r)
	}
	lines := jsonLines(t, "stories --json", r.stdout)
	sc := &shapeChecker{t: t, what: "stories --json"}
	for _, m := range lines {
		checkStoryShape(sc, m)
	}
	stories := decodeStories(t, r.stdout)
	t.Logf("stories --json returned %d stories:\n%s", len(stories), dump(stories))
	if len(stories) < 6 {
		t.Errorf("want at least 6 stories from 12 readable articles, got %d", len(stories))
	}
	ids := map[string]bool{}
	for _, s := range stories {
		if ids[s.ID] {
			t.Errorf("story id %s appears twice", s.ID)
		}
		ids[s.ID] = true
		if s.Updated.Before(s.FirstSeen) {
			t.Errorf("story %s: updated %v before first_seen %v", s.ID, s.Updated, s.FirstSeen)
		}
		langs := map[string]bool{}
		for _, a := range s.Articles {
			langs[a.Lang] = true
			if a.Lang != "en" && a.Lang != "ja" {
				t.Errorf("article %s: lang %q, want en or ja", a.URL, a.Lang)
			}
		}
		for l := range langs {
			if !contains(s.Languages, l) {
				t.Errorf("story %s: languages %q lack its article language %q", s.ID, s.Languages, l)
			}
		}
	}
	// Newest first: a later line is never newer than an earlier one.
	for i := 1; i < len(stories); i++ {
		a, b := stories[i-1], stories[i]
		if b.Updated.After(a.Updated) && b.FirstSeen.After(a.FirstSeen) {
			t.Errorf("stories are not newest first: %q (updated %v) before %q (updated %v)", a.Title, a.Updated, b.Title, b.Updated)
		}
	}
	return stories
}

// pathOf drops the query of a request URI.
func pathOf(uri string) string { return strings.SplitN(uri, "?", 2)[0] }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func testCanonical(t *testing.T, fw *fakeWeb, stories []story) {
	if len(stories) == 0 {
		t.Skip("no stories")
	}
	sources := map[string]bool{srcNews: true, srcBlog: true, srcVendor: true, srcJP: true, srcCERT: true}
	seen := map[string]bool{}
	for _, s := range stories {
		for _, a := range s.Articles {
			seen[a.URL] = true
			if strings.Contains(a.URL, "utm_") || strings.Contains(a.URL, "#") {
				t.Errorf("article URL %q keeps tracking parameters or a fragment", a.URL)
			}
			if strings.Contains(a.URL, fw.redirFr) {
				t.Errorf("article URL %q is the redirecting link, not the URL after redirects", a.URL)
			}
			for _, bad := range []string{"/premium/", fw.missingPath, fw.slowPath} {
				if strings.Contains(a.URL, bad) {
					t.Errorf("article %q should not be stored (robots-disallowed, 404 or timed out)", a.URL)
				}
			}
			if !sources[a.Source] {
				t.Errorf("article %s: source %q is not one of the configured names", a.URL, a.Source)
			}
		}
	}
	for role, want := range fw.canon {
		if !seen[want] {
			t.Errorf("no article with the canonical URL %s (%s)", want, role)
		}
	}
}

func testMerge(t *testing.T, fw *fakeWeb, stories []story) {
	if len(stories) == 0 {
		t.Skip("no stories")
	}
	failed := false
	errorf := func(format string, args ...any) {
		t.Helper()
		failed = true
		t.Errorf(format, args...)
	}
	defer func() {
		if failed {
			t.Logf("what stories --json returned:\n%s", dump(stories))
		}
	}()
	main, ok := storyWith(stories, fw.canon["news-yamase"])
	if !ok {
		errorf("no story holds the news report %s", fw.canon["news-yamase"])
		return
	}
	for _, role := range []string{"blog-repost", "jp-notice"} {
		if _, ok := storyWith([]story{main}, fw.canon[role]); !ok {
			other, _ := storyWith(stories, fw.canon[role])
			errorf("the %s (%s) is not in the story of the report it covers.\nreport's story: %s\nits story: %s", role, fw.canon[role], main, other)
		}
	}
	if !hasName(main.Victims, "Yamase Electric") {
		errorf("the breach story's victims are %q, want Yamase Electric", main.Victims)
	}
	if main.Records == nil || *main.Records != 2400000 {
		errorf("the breach story's records are %v, want 2400000\n%s", main.Records, main)
	}
	// Only the article's own text names BlackTech; APT10 is a reader's guess in the comments.
	if !contains(main.Actors, "BlackTech") || contains(main.Actors, "APT10") {
		errorf("the breach story's actors are %q, want [BlackTech] (APT10 is only in a reader comment)", main.Actors)
	}
	if !contains(main.Languages, "en") || !contains(main.Languages, "ja") {
		errorf("the breach story's languages are %q, want en and ja", main.Languages)
	}
	for _, a := range main.Articles {
		if a.URL == fw.canon["jp-notice"] {
			if a.Lang != "ja" {
				errorf("the Japanese notice has lang %q", a.Lang)
			}
			if !strings.Contains(a.Title, "お詫び") {
				errorf("the Japanese notice's title %q is not the decoded Shift_JIS title", a.Title)
			}
			if a.Published == nil || a.Published.In(jst).Format("2006-01-02") != "2026-12-01" {
				errorf("the Japanese notice's published is %v, want 2026-12-01 (JST)", a.Published)
			}
			if a.Records == nil || *a.Records != 2400000 {
				errorf("the Japanese notice's own records are %v, want 2400000 (約240万件)", a.Records)
			}
			if a.Source != srcJP {
				errorf("the Japanese notice's source is %q, want %q", a.Source, srcJP)
			}
		}
		if a.URL == fw.canon["news-yamase"] {
			if a.Published == nil || a.Published.UTC().Format("2006-01-02") != "2026-12-02" {
				errorf("the news report's published is %v, want 2026-12-02", a.Published)
			}
			if !contains(a.Actors, "BlackTech") {
				errorf("the news report's own actors are %q, want BlackTech", a.Actors)
			}
		}
	}
	older, ok := storyWith(stories, fw.canon["news-ransom"])
	if !ok {
		errorf("no story holds the May ransomware report")
	} else {
		if older.ID == main.ID {
			errorf("the May ransomware attack and the December data breach of one company are one story; want two")
		}
		if !hasName(older.Victims, "Yamase Electric") {
			errorf("the ransomware story's victims are %q, want Yamase Electric", older.Victims)
		}
		if older.Records != nil {
			errorf("the ransomware story gives no figure of people affected, but records is %d", *older.Records)
		}
	}
	notice, ok := storyWith(stories, fw.canon["vendor-notice"])
	if !ok {
		errorf("no story holds the vendor's breach notice")
	} else {
		if notice.ID == main.ID {
			errorf("the vendor's breach notice joined the Yamase story")
		}
		if !hasName(notice.Victims, "Corvane Networks") {
			errorf("the vendor notice's victims are %q, want Corvane Networks", notice.Victims)
		}
		if notice.Records == nil || *notice.Records != 61000 {
			errorf("the vendor notice's records are %v, want 61000", notice.Records)
		}
		if len(notice.Actors) != 0 {
			errorf("the vendor notice names no actor, but actors are %q", notice.Actors)
		}
	}
	school, ok := storyWith(stories, fw.canon["news-school"])
	if ok && (school.Records == nil || *school.Records != 58000) {
		errorf("the school district story's records are %v, want 58000", school.Records)
	}
	skim, ok := storyWith(stories, fw.canon["news-skim"])
	if !ok {
		errorf("the article published between the two crawls is in no story")
	} else if skim.Records == nil || *skim.Records != 12400 {
		errorf("the card-skimming story's records are %v, want 12400", skim.Records)
	}
	// Pages that report no incident name no victim and join no incident's story.
	for _, role := range []string{"blog-homelab", "jp-product", "vendor-launch", "vendor-partner", "cert-41"} {
		s, ok := storyWith(stories, fw.canon[role])
		if ok && (s.ID == main.ID || s.ID == notice.ID) {
			errorf("%s joined an incident's story", role)
		}
		if ok && (len(s.Victims) != 0 || s.Records != nil) {
			errorf("%s reports no incident, but its story has victims %q records %v", role, s.Victims, s.Records)
		}
	}
	// FINDING: a CERT advisory about attacks on a vendor's product names no breached
	// organisation; breachwire lists the product ("Corvane EdgeGuard") as the victim.
	if s, ok := storyWith(stories, fw.canon["cert-42"]); ok {
		for _, v := range s.Victims {
			if strings.Contains(v, "EdgeGuard") {
				errorf("the advisory about exploitation of a product flaw lists the product as a victim: %q", s.Victims)
			}
		}
	}
}

var jst = time.FixedZone("JST", 9*3600)

func testSince(t *testing.T, c cli, common []string, cfg, data, tmp string, fw *fakeWeb, all []story) {
	// A date selects stories by the dates of their coverage.
	r := c.run(t, append([]string{"stories", "--json", "--since", "2026-11-28"}, common...)...)
	if r.code != 0 {
		t.Errorf("stories --since DATE: want exit 0\n%s", r)
	}
	got := decodeStories(t, r.stdout)
	cut := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	for _, s := range got {
		if s.Updated.Before(cut) {
			t.Errorf("stories --since 2026-11-28 returned a story last covered on %v:\n%s", s.Updated, s)
		}
	}
	for role, want := range map[string]bool{"news-yamase": true, "news-skim": true, "news-school": true, "news-ransom": false, "vendor-notice": false} {
		if _, ok := storyWith(got, fw.canon[role]); ok != want {
			t.Errorf("stories --since 2026-11-28: story of %s present=%v, want %v\n%s", role, ok, want, dump(got))
		}
	}
	// A duration selects what was taken in lately: everything, minutes after the crawl.
	r = c.run(t, append([]string{"stories", "--json", "--since", "24h"}, common...)...)
	if got := decodeStories(t, r.stdout); r.code != 0 || len(got) != len(all) {
		t.Errorf("stories --since 24h right after the crawl: want all %d stories, got %d\n%s", len(all), len(got), r)
	}
	r = c.run(t, append([]string{"stories", "--json", "--since", "yesterday-ish"}, common...)...)
	if r.code == 0 {
		t.Errorf("stories --since with neither a date nor a duration should be refused\n%s", r)
	}

	// --data defaults to $BREACHWIRE_DATA.
	envCLI := c
	envCLI.env = []string{"BREACHWIRE_DATA=" + data}
	r = envCLI.run(t, "stories", "--json", "--config", cfg)
	if got := decodeStories(t, r.stdout); r.code != 0 || len(got) != len(all) {
		t.Errorf("stories with $BREACHWIRE_DATA and no --data: want the same %d stories, got %d\n%s", len(all), len(got), r)
	}

	// An unusable data dir (a regular file) is exit 1.
	file := filepath.Join(tmp, "not-a-dir")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = c.run(t, "crawl", "--config", cfg, "--data", file)
	if r.code != 1 {
		t.Errorf("crawl with a regular file as data dir: want exit 1\n%s", r)
	}

	// digest --since DATE leaves out older incidents.
	r = c.run(t, append([]string{"digest", "--dry-run", "--since", "2026-11-28"}, common...)...)
	msg, err := mail.ReadMessage(strings.NewReader(r.stdout))
	if r.code != 0 || err != nil {
		t.Errorf("digest --dry-run --since DATE: want exit 0 and a message (%v)\n%s", err, r)
		return
	}
	text, _ := mimeText(textproto.MIMEHeader(msg.Header), msg.Body)
	if !strings.Contains(text, "Oakhurst") || strings.Contains(text, "Penang") || strings.Contains(text, "halts production") {
		t.Errorf("digest --since 2026-11-28: want the December stories and not May's ransomware:\n%s", clip(text, 3000))
	}
}

func testSearch(t *testing.T, c cli, common []string, fw *fakeWeb, stories []story) {
	main, _ := storyWith(stories, fw.canon["news-yamase"])

	r := c.run(t, append(append([]string{"search"}, common...), "--json", "Yamase")...)
	if r.code != 0 {
		t.Errorf("search --json: want exit 0\n%s", r)
	}
	hits := searchStories(t, r)
	sc := &shapeChecker{t: t, what: "search --json"}
	for _, m := range jsonLines(t, "search --json", r.stdout) {
		if _, ok := m["stories"]; ok {
			continue
		}
		checkStoryShape(sc, m)
	}
	if len(hits) < 2 {
		t.Errorf("search --json Yamase: want both Yamase stories, got %d\n%s", len(hits), r)
	}
	if main.ID != "" && !hasID(hits, main.ID) {
		t.Errorf("search --json Yamase does not find the breach story %s\n%s", main.ID, r)
	}

	r = c.run(t, append(append([]string{"search"}, common...), "--json", "--limit", "1", "不正アクセス")...)
	hits = searchStories(t, r)
	if r.code != 0 || len(hits) != 1 || (main.ID != "" && hits[0].ID != main.ID) {
		t.Errorf("search --json --limit 1 不正アクセス: want exactly the breach story (the only one with Japanese coverage)\n%s", r)
	}

	r = c.run(t, append(append([]string{"search"}, common...), "Corvane")...)
	if r.code != 0 {
		t.Errorf("search (table): want exit 0\n%s", r)
	}
	if strings.HasPrefix(strings.TrimSpace(r.stdout), "{") || !strings.Contains(r.stdout, "Corvane") || strings.Count(strings.TrimSpace(r.stdout), "\n") < 1 {
		t.Errorf("search without --json: want a readable table naming Corvane, got\n%s", r)
	}
	t.Logf("search table:\n%s", r.stdout)

	r = c.run(t, append(append([]string{"search"}, common...), "--json", "zyxwvutqq")...)
	if r.code != 0 || len(searchStories(t, r)) != 0 {
		t.Errorf("search with no hits: want exit 0 and no stories\n%s", r)
	}

	for _, bad := range []string{`title:"unclosed`, `+`, `records:>`} {
		r = c.run(t, append(append([]string{"search"}, common...), bad)...)
		if r.code != 2 {
			t.Errorf("search %q: want exit 2 for a query that does not parse\n%s", bad, r)
		} else if strings.TrimSpace(r.stderr+r.stdout) == "" {
			t.Errorf("search %q: exit 2 without the parser's message", bad)
		}
	}
}

// searchStories reads search --json output: JSON Lines of stories, or one
// object holding "stories".
func searchStories(t *testing.T, r result) []story {
	t.Helper()
	out := strings.TrimSpace(r.stdout)
	if out == "" {
		return nil
	}
	var wrapped struct {
		Stories []story `json:"stories"`
	}
	if !strings.Contains(out, "\n") && strings.Contains(out, `"stories"`) {
		if err := json.Unmarshal([]byte(out), &wrapped); err == nil {
			return wrapped.Stories
		}
	}
	return decodeStories(t, out)
}

func hasID(stories []story, id string) bool {
	for _, s := range stories {
		if s.ID == id {
			return true
		}
	}
	return false
}

func testSources(t *testing.T, c cli, common []string) {
	r := c.run(t, append([]string{"sources"}, common...)...)
	if r.code != 0 {
		t.Errorf("sources: want exit 0\n%s", r)
	}
	for _, name := range []string{srcNews, srcBlog, srcDefunct, srcVendor, srcJP, srcCERT} {
		if !strings.Contains(r.stdout, name) {
			t.Errorf("sources does not list %q\n%s", name, r)
		}
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.Contains(line, srcDefunct) && !re(`404|not found|Not Found`).MatchString(line) {
			t.Errorf("sources: the failing source's line does not show its last error (404): %q", line)
		}
	}
	t.Logf("sources:\n%s", r.stdout)

	// README: sources --json, in the shape of GET /api/sources.
	r = c.run(t, append([]string{"sources", "--json"}, common...)...)
	if r.code != 0 {
		t.Errorf("sources --json: want exit 0\n%s", r)
		return
	}
	var list []map[string]any
	var wrapped struct {
		Sources []map[string]any `json:"sources"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &wrapped); err == nil && wrapped.Sources != nil {
		list = wrapped.Sources
	} else {
		for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Errorf("sources --json: not JSON: %v\n%s", err, r)
				return
			}
			list = append(list, m)
		}
	}
	byName := map[string]map[string]any{}
	for _, m := range list {
		for _, k := range []string{"name", "last_success", "failures", "last_error", "articles"} {
			if _, ok := m[k]; !ok {
				t.Errorf("sources --json: an entry lacks %q: %v", k, m)
			}
		}
		name, _ := m["name"].(string)
		byName[name] = m
	}
	if d := byName[srcDefunct]; d == nil || d["failures"] != float64(2) || d["last_error"] == "" || (d["last_success"] != nil && d["last_success"] != "") {
		t.Errorf("sources --json: the source that failed twice: %v; want failures 2, a last_error and no last_success", d)
	}
	if n := byName[srcNews]; n == nil || n["failures"] != float64(0) || n["articles"] == float64(0) || n["last_success"] == nil {
		t.Errorf("sources --json: the healthy news source: %v; want failures 0, articles > 0, a last_success", n)
	}
}

func testExtract(t *testing.T, c cli, common []string, fw *fakeWeb, tmp string) {
	type extracted struct {
		URL       string   `json:"url"`
		Title     string   `json:"title"`
		Lang      string   `json:"lang"`
		Published *string  `json:"published"`
		Text      string   `json:"text"`
		Victims   []string `json:"victims"`
		Records   *int64   `json:"records"`
		Actors    []string `json:"actors"`
	}
	shape := func(what string, r result) extracted {
		t.Helper()
		var e extracted
		if r.code != 0 {
			t.Errorf("%s: want exit 0\n%s", what, r)
			return e
		}
		var lines []map[string]json.RawMessage
		dec := json.NewDecoder(strings.NewReader(r.stdout))
		for {
			var m map[string]json.RawMessage
			if err := dec.Decode(&m); err == io.EOF {
				break
			} else if err != nil {
				t.Errorf("%s: stdout is not JSON: %v\n%s", what, err, r)
				return e
			}
			lines = append(lines, m)
		}
		if len(lines) != 1 {
			t.Errorf("%s: want one JSON object, got %d\n%s", what, len(lines), r)
			return e
		}
		sc := &shapeChecker{t: t, what: what}
		sc.str(lines[0], "url", true)
		sc.str(lines[0], "title", true)
		sc.str(lines[0], "lang", true)
		sc.time(lines[0], "published", true)
		sc.str(lines[0], "text", true)
		sc.strList(lines[0], "victims")
		sc.count(lines[0], "records")
		sc.strList(lines[0], "actors")
		_ = json.Unmarshal([]byte(r.stdout), &e)
		return e
	}

	r := c.run(t, append(append([]string{"extract"}, common...), "--json", fw.urls["news-yamase"])...)
	e := shape("extract --json URL", r)
	if e.Lang != "en" || !strings.Contains(e.Title, "Yamase Electric") {
		t.Errorf("extract URL: lang %q title %q", e.Lang, e.Title)
	}
	if !strings.Contains(e.Text, "warranty registrations") || !strings.Contains(e.Text, "Personal Information Protection Commission") {
		t.Errorf("extract URL: the main text lacks the article's paragraphs:\n%s", e.Text)
	}
	for _, junk := range []string{"Sounds like APT10", "Copy link", "daily briefing", "Accept all", "Related stories", "Join the discussion"} {
		if strings.Contains(e.Text, junk) {
			t.Errorf("extract URL: the main text keeps page furniture %q:\n%s", junk, e.Text)
		}
	}
	if !hasName(e.Victims, "Yamase Electric") || e.Records == nil || *e.Records != 2400000 || !contains(e.Actors, "BlackTech") || contains(e.Actors, "APT10") {
		t.Errorf("extract URL: victims %q records %v actors %q; want Yamase Electric, 2400000, BlackTech", e.Victims, e.Records, e.Actors)
	}
	t.Logf("extract URL gave url %q published %v", e.URL, deref(e.Published))

	file := filepath.Join(tmp, "20261201_01.html")
	if err := os.WriteFile(file, fw.jaNoticeSJIS, 0o644); err != nil {
		t.Fatal(err)
	}
	r = c.run(t, append(append([]string{"extract"}, common...), "--json", file)...)
	e = shape("extract --json FILE", r)
	if e.Lang != "ja" || !strings.Contains(e.Title, "お詫びとお知らせ") {
		t.Errorf("extract FILE (Shift_JIS): lang %q title %q", e.Lang, e.Title)
	}
	if !strings.Contains(e.Text, "約240万件") || strings.Contains(e.Text, "個人情報保護方針") {
		t.Errorf("extract FILE: text is not the decoded release body without the footer:\n%s", e.Text)
	}
	if e.Records == nil || *e.Records != 2400000 {
		t.Errorf("extract FILE: records %v, want 2400000", e.Records)
	}
	if !hasName(e.Victims, "ヤマセ電機") && !hasName(e.Victims, "Yamase Electric") {
		t.Errorf("extract FILE: victims %q, want the company that issued the notice", e.Victims)
	}
	if p, err := time.Parse(time.RFC3339, deref(e.Published)); err != nil || p.In(jst).Format("2006-01-02") != "2026-12-01" {
		t.Errorf("extract FILE: published %v, want 2026-12-01 (JST)", deref(e.Published))
	}

	r = c.run(t, append(append([]string{"extract"}, common...), "--json", filepath.Join(tmp, "no-such-page.html"))...)
	if r.code != 1 {
		t.Errorf("extract of a missing file: want exit 1\n%s", r)
	}
	r = c.run(t, append(append([]string{"extract"}, common...), "--json", fw.news.base+fw.missingPath)...)
	if r.code != 1 {
		t.Errorf("extract of a URL answering 404: want exit 1\n%s", r)
	}
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func testDigest(t *testing.T, c cli, common []string) {
	var texts []string
	for i := 0; i < 2; i++ {
		r := c.run(t, append([]string{"digest", "--dry-run"}, common...)...)
		if r.code != 0 {
			t.Errorf("digest --dry-run (no digest: section): want exit 0\n%s", r)
			return
		}
		msg, err := mail.ReadMessage(strings.NewReader(r.stdout))
		if err != nil {
			t.Errorf("digest --dry-run: stdout is not a mail message: %v\n%s", err, clip(r.stdout, 2000))
			return
		}
		for _, h := range []string{"MIME-Version", "Content-Type", "Subject", "Date", "From", "To"} {
			if msg.Header.Get(h) == "" && i == 0 {
				t.Errorf("digest --dry-run: header %s missing or empty; headers %v", h, msg.Header)
			}
		}
		text, err := mimeText(textproto.MIMEHeader(msg.Header), msg.Body)
		if err != nil {
			t.Errorf("digest --dry-run: the MIME body does not decode: %v", err)
		}
		texts = append(texts, text)
	}
	if !strings.Contains(texts[0], "Yamase") {
		t.Errorf("digest --dry-run: the breach story is not in the digest:\n%s", clip(texts[0], 3000))
	}
	if !strings.Contains(texts[1], "Yamase") {
		t.Errorf("digest --dry-run recorded what it printed: a second dry run lacks the breach story")
	}
}

// mimeText returns the decoded text of every text part of a MIME entity.
func mimeText(h textproto.MIMEHeader, body io.Reader) (string, error) {
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		return "", err
	}
	switch strings.ToLower(h.Get("Content-Transfer-Encoding")) {
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body)
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	}
	if strings.HasPrefix(mt, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		var all strings.Builder
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return all.String(), nil
			}
			if err != nil {
				return all.String(), err
			}
			s, err := mimeText(p.Header, p)
			if err != nil {
				return all.String(), err
			}
			all.WriteString(s)
		}
	}
	b, err := io.ReadAll(body)
	return string(b), err
}

// testLock holds the data dir with a crawl stuck on a slow feed and starts another crawl.
func testLock(t *testing.T, c cli, tmp, data string, common []string) {
	h := newHang()
	holdSite := newSite(t, "hold", "127.0.0.16")
	holdSite.mux.Handle("GET /feed.xml", h)
	holdSite.mux.Handle("GET /robots.txt", page("text/plain", []byte("User-agent: *\nAllow: /\n")))
	rec := &recorder{}
	holdSite.start(t, rec)
	release := sync.OnceFunc(func() { close(h.release) })
	defer release()
	holdCfg := filepath.Join(tmp, "hold.yaml")
	yaml := fmt.Sprintf("crawl:\n  timeout: 20s\n  delay: 10ms\nsources:\n  - name: Held feed\n    type: feed\n    url: %s/feed.xml\n", holdSite.base)
	if err := os.WriteFile(holdCfg, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd, hout, herr := c.command(t.Context(), "crawl", "--config", holdCfg, "--data", data)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case <-h.entered:
	case err := <-waited:
		t.Fatalf("the holding crawl ended before it fetched its feed: %v\n%s\n%s", err, hout, herr)
	case <-time.After(20 * time.Second):
		t.Fatalf("the holding crawl never fetched its feed")
	}
	r := c.run(t, append([]string{"crawl"}, common...)...)
	if r.code != 75 {
		t.Errorf("crawl while another crawl holds the data dir: want exit 75\n%s", r)
	}
	msg := strings.TrimSpace(r.stderr + r.stdout)
	if strings.Count(msg, "\n") != 0 {
		t.Errorf("the exit-75 message should be one line, got\n%s", msg)
	}
	pid := fmt.Sprint(cmd.Process.Pid)
	if !strings.Contains(msg, pid) && !strings.Contains(strings.ToLower(msg), "crawl") {
		t.Errorf("the exit-75 message does not name the holder (pid %s): %q", pid, msg)
	}
	if r.took > 5*time.Second {
		t.Errorf("the refused crawl took %v; it should exit at once", r.took)
	}
	t.Logf("refused crawl said: %q", msg)
	release()
	select {
	case err := <-waited:
		if err != nil {
			t.Errorf("the holding crawl failed: %v\n%s\n%s", err, hout, herr)
		}
	case <-time.After(25 * time.Second):
		t.Errorf("the holding crawl did not finish")
		_ = cmd.Process.Kill()
	}
}
