package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/index"
	"github.com/breachwire/breachwire/schedule"
)

// Hostile strings planted in scraped fields; none may ever become markup.
const (
	hostileTitle = `<script>alert(1)</script> Acme Widgets confirms breach`
	hostileURL   = `javascript:alert(1)`
	hostileText  = `"><img src=x onerror=alert(2)>`
)

func day(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 9, 0, 0, 0, time.UTC)
	return &t
}

func count(n int64) *int64 { return &n }

// toyotaArticles are the running example: one incident in English and
// Japanese coverage.
func toyotaArticles() []extract.Article {
	return []extract.Article{
		{
			URL: "https://news.example.com/toyota-second-breach", Source: "Example Security News", Lang: "en",
			Title:     "Toyota announces second data breach in five weeks",
			Published: day(2019, 3, 29),
			Text: "Toyota said on Friday that servers of its Tokyo sales subsidiaries were accessed without authorisation. " +
				"The servers held data on up to 3.1 million customers. Researchers linked the intrusion to APT32, " +
				"the Vietnamese group also known as OceanLotus.",
			Victims: []string{"Toyota"}, Records: count(3100000), Actors: []string{"APT32"},
		},
		{
			URL: "https://blog.example.net/2019/03/toyota-breach-3-1-million", Source: "Repost Blog", Lang: "en",
			Title:     "Toyota breach: 3.1 million customers affected",
			Published: day(2019, 3, 30),
			Text: "Toyota servers of its Tokyo sales subsidiaries were accessed without authorisation, exposing data on up to " +
				"3.1 million customers. APT32, also called OceanLotus, is suspected.",
			Victims: []string{"Toyota"}, Records: count(3100000), Actors: []string{"APT32"},
		},
		{
			URL: "https://newsroom.example.jp/jp/2019/0329.html", Source: "トヨタ ニュースルーム", Lang: "ja",
			Title:     "販売店における個人情報流出の可能性について",
			Published: day(2019, 3, 29),
			Text: "トヨタ自動車の販売子会社のサーバーが不正アクセスを受けました。" +
				"最大約310万人のお客様の情報が流出した可能性があります。",
			Victims: []string{"Toyota"}, Records: count(3100000),
		},
	}
}

// hostileArticle is a page whose every field tries to inject markup.
func hostileArticle() extract.Article {
	return extract.Article{
		URL: hostileURL, Source: `Evil <b>Source</b>`, Lang: "en",
		Title:     hostileTitle,
		Published: day(2021, 6, 2),
		Text: "Acme Widgets said attackers copied 52,000 customer records. " + hostileText +
			" The intruders left a note in the ransom demand.",
		Victims: []string{`Acme Widgets<img src=x onerror=alert(3)>`}, Records: count(52000),
	}
}

// fillerName is a made-up company name, different in its first word for
// every i below 64.
func fillerName(i int) string {
	first := []string{"Kar", "Lum", "Vex", "Tor", "Quin", "Bel", "Nor", "Sab"}
	second := []string{"ova", "ex", "ium", "ant", "eko", "ith", "ard", "ulo"}
	sector := []string{"Logistics", "Foods", "Clinics", "Savings Bank", "Airways", "Games"}
	return first[i%8] + second[i/8%8] + " " + sector[i%6]
}

// fillerArticles are n unrelated incidents, one distinct victim each, eleven
// days apart; each mentions the word "filler".
func fillerArticles(n int) []extract.Article {
	words := []string{"ransomware", "phishing", "misconfigured", "bucket", "credential", "stuffing",
		"insider", "supplier", "portal", "database", "exposed", "payroll", "clinic", "university", "retailer"}
	start := time.Date(2020, 1, 1, 9, 0, 0, 0, time.UTC)
	var out []extract.Article
	for i := range n {
		victim := fillerName(i)
		w := func(k int) string { return words[(i*k+k)%len(words)] }
		text := fmt.Sprintf("%s disclosed a %s incident affecting its %s systems after a %s %s. "+
			"This filler report number %d mentions %s and %s only once. ",
			victim, w(1), w(7), w(5), w(3), i, w(11), w(13))
		pub := start.AddDate(0, 0, 11*i)
		out = append(out, extract.Article{
			URL:       fmt.Sprintf("https://filler.example.org/%d", i),
			Source:    []string{"Filler Wire", "Other Wire"}[i%2],
			Lang:      "en",
			Title:     fmt.Sprintf("%s reports %s incident (%d)", victim, w(1), i),
			Published: &pub,
			Text:      text,
			Victims:   []string{victim},
			Records:   count(int64(1000 * (i + 1))),
		})
	}
	return out
}

// testIndex is a real index on disk holding the Toyota story, the hostile
// story and n filler stories.
func testIndex(t testing.TB, fillers int) *index.Index {
	t.Helper()
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	arts := append(toyotaArticles(), hostileArticle())
	arts = append(arts, fillerArticles(fillers)...)
	if _, err := ix.Add(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	return ix
}

// testSources is a source-health function as the crawl state would give.
func testSources(ctx context.Context) ([]SourceHealth, error) {
	return []SourceHealth{
		{Name: "Example Security News", URL: "https://news.example.com/feed.xml", LastSuccess: time.Date(2019, 3, 29, 10, 0, 0, 0, time.UTC), Articles: 12},
		{Name: "Broken Feed", URL: "javascript:alert(4)", Failures: 3, LastError: `HTTP 503 <script>alert("e")</script>`},
		{Name: "a/b source", LastSuccess: time.Date(2019, 3, 29, 10, 0, 0, 0, time.UTC), Articles: 1},
	}, nil
}

// testServer serves a real index with a real (not running) scheduler
// behind the crawl trigger.
func testServer(t testing.TB, fillers int) (*httptest.Server, *Metrics) {
	t.Helper()
	ix := testIndex(t, fillers)
	sched, err := schedule.New(func(context.Context, []string) error { return nil },
		[]schedule.Source{{Name: "Example Security News"}, {Name: "Broken Feed"}, {Name: "a/b source"}})
	if err != nil {
		t.Fatal(err)
	}
	m := NewMetrics()
	srv := New(ix, WithSources(testSources), WithCrawlTrigger(sched.Trigger), WithMetrics(m))
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts, m
}

// noRedirect is a client that shows redirects instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// get fetches a path and returns the response and its body.
func get(t *testing.T, ts *httptest.Server, path string) (*http.Response, string) {
	t.Helper()
	return do(t, ts, http.MethodGet, path, nil)
}

func do(t *testing.T, ts *httptest.Server, method, path string, header http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// getJSON fetches a path, checks its status and decodes the JSON body.
func getJSON(t *testing.T, ts *httptest.Server, path string, status int, v any) {
	t.Helper()
	resp, body := get(t, ts, path)
	if resp.StatusCode != status {
		t.Fatalf("GET %s = %d, want %d: %s", path, resp.StatusCode, status, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s Content-Type = %q", path, ct)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v in %s", path, err, body)
	}
}

func q(s string) string { return url.QueryEscape(s) }

// serve runs srv on a test server.
func serve(t testing.TB, srv *Server) *httptest.Server {
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}
