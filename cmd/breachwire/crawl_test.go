package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/breachwire/breachwire/crawl"
)

// bigFeedSite serves /feed.xml listing n articles, /a/0 … /a/{n-1}; each
// article request is passed to onArticle first, when it is set.
func bigFeedSite(t *testing.T, n int, onArticle func(path string)) *httptest.Server {
	var ts *httptest.Server
	ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for i := range n {
				fmt.Fprintf(w, "<item><title>Acme Widgets breach %d</title><link>%s/a/%d</link></item>", i, ts.URL, i)
			}
			fmt.Fprint(w, "</channel></rss>")
		case strings.HasPrefix(r.URL.Path, "/a/"):
			if onArticle != nil {
				onArticle(r.URL.Path)
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, "<html><head><title>Notice %[1]s</title></head><body><article><p>Notice %[1]s of the weekly newsletter: the opening hours of office %[1]s change next month.</p></article></body></html>", r.URL.Path)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(ts.Close)
	return ts
}

// crawlDir writes a sources.yaml with one feed source into a new directory
// and returns the common flags for it.
func crawlDir(t *testing.T, feedURL string) []string {
	dir := t.TempDir()
	cfg := fmt.Sprintf("crawl:\n  delay: 0s\n  timeout: 5s\nsources:\n  - name: Big\n    type: feed\n    url: %s\n", feedURL)
	if err := os.WriteFile(filepath.Join(dir, "sources.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{"--config", filepath.Join(dir, "sources.yaml"), "--data", filepath.Join(dir, "data")}
}

func runIn(ctx context.Context, command string, flags []string, args ...string) (int, string, string) {
	var stdout, stderr strings.Builder
	e := &env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	code := run(ctx, e, append(append([]string{command}, flags...), args...))
	return code, stdout.String(), stderr.String()
}

// TestCrawlReportsDeferredLinks: the links of a feed past the most one pass
// takes are named in the summary line and in the source's health, and the
// next crawl takes them.
func TestCrawlReportsDeferredLinks(t *testing.T) {
	ts := bigFeedSite(t, crawl.MaxLinks+3, nil)
	flags := crawlDir(t, ts.URL+"/feed.xml")
	code, out, errOut := runIn(context.Background(), "crawl", flags, "--quiet")
	if code != exitOK || !strings.Contains(out, "; 3 links deferred to the next crawl") {
		t.Fatalf("first crawl: exit %d, summary %q, stderr %q; want the 3 links deferred", code, out, errOut)
	}
	code, out, _ = runIn(context.Background(), "sources", flags, "--json")
	if code != exitOK || !strings.Contains(out, `"deferred":3`) {
		t.Errorf("sources --json = %d %s; want deferred 3", code, out)
	}
	_, out, _ = runIn(context.Background(), "sources", flags)
	if lines := strings.Split(out, "\n"); len(lines) < 2 || !strings.Contains(lines[0], "DEFERRED") || !slices.Contains(strings.Fields(lines[1]), "3") {
		t.Errorf("sources table does not show the 3 links deferred:\n%s", out)
	}
	code, out, errOut = runIn(context.Background(), "crawl", flags, "--quiet")
	if code != exitOK || strings.Contains(out, "deferred") || !strings.Contains(out, "; 4 pages fetched") || !strings.Contains(out, "; 3 new articles") {
		t.Errorf("second crawl: exit %d, summary %q, stderr %q; want the 3 links left fetched", code, out, errOut)
	}
}

// TestCrawlInterruptedBySignal: a crawl stopped by SIGTERM or SIGINT ends
// its summary line with what it did until then and says it was interrupted,
// exits 143 or 130 (not 1, which means a bad config or data dir), counts
// what it stored in the source's health, and the next crawl takes the rest.
func TestCrawlInterruptedBySignal(t *testing.T) {
	const items, stopAt = 30, 20 // the first batch of 16 is stored by then
	for _, c := range []struct {
		sig  syscall.Signal
		name string
		code int
	}{{syscall.SIGTERM, "SIGTERM", 143}, {syscall.SIGINT, "SIGINT", 130}} {
		t.Run(c.name, func(t *testing.T) {
			ctx, stop := notifySignals(context.Background())
			defer stop()
			var n atomic.Int32
			ts := bigFeedSite(t, items, func(string) {
				if n.Add(1) != stopAt {
					return
				}
				syscall.Kill(os.Getpid(), c.sig)
				select { // answer only once the crawl has taken the signal
				case <-ctx.Done():
				case <-time.After(10 * time.Second):
				}
			})
			flags := crawlDir(t, ts.URL+"/feed.xml")
			code, out, errOut := runIn(ctx, "crawl", flags, "--quiet")
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr %q", code, c.code, errOut)
			}
			// The feed and the 19 articles before the one cut short (which
			// may still count as fetched when its answer wins the race
			// with the cancellation, as on a loaded machine); the first
			// 16 stored, the next not yet when the signal came.
			if !strings.Contains(out, "; 20 pages fetched") && !strings.Contains(out, "; 21 pages fetched") {
				t.Errorf("summary %q lacks 20 (or 21) pages fetched", out)
			}
			for _, want := range []string{"; 16 new articles", "interrupted by " + c.name} {
				if !strings.Contains(out, want) {
					t.Errorf("summary %q lacks %q", out, want)
				}
			}
			if !strings.Contains(errOut, "interrupted by "+c.name) {
				t.Errorf("stderr %q does not say the crawl was interrupted", errOut)
			}
			stop()
			code, out, _ = runIn(context.Background(), "sources", flags, "--json")
			if code != exitOK || !strings.Contains(out, `"articles":16`) || !strings.Contains(out, `"failures":0`) {
				t.Errorf("sources after the interrupted crawl: %s; want 16 articles and no failure", out)
			}
			code, out, errOut = runIn(context.Background(), "crawl", flags, "--quiet")
			if code != exitOK || !strings.Contains(out, "; 14 new articles") {
				t.Errorf("next crawl: exit %d, %q, %q; want the 14 articles not stored", code, out, errOut)
			}
		})
	}
}

// TestCrawlReportsTruncatedPages: responses cut off at max_body are named
// in the summary line and in the source's health, not only in the log.
func TestCrawlReportsTruncatedPages(t *testing.T) {
	filler := strings.Repeat("<p>The office of the weekly newsletter keeps its opening hours this month as before.</p>", 60)
	var ts *httptest.Server
	ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Long notice</title><link>%s/a/1</link></item></channel></rss>`, ts.URL)
		case "/a/1":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<html><head><title>Long notice</title></head><body><article>"+filler+"</article></body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer ts.Close()
	dir := t.TempDir()
	cfg := fmt.Sprintf("crawl:\n  delay: 0s\n  timeout: 5s\n  max_body: 2KB\nsources:\n  - name: Long\n    type: feed\n    url: %s/feed.xml\n", ts.URL)
	if err := os.WriteFile(filepath.Join(dir, "sources.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	flags := []string{"--config", filepath.Join(dir, "sources.yaml"), "--data", filepath.Join(dir, "data")}
	code, out, errOut := runIn(context.Background(), "crawl", flags, "--quiet")
	if code != exitOK || !strings.Contains(out, "; 1 responses cut off at max_body") {
		t.Fatalf("crawl: exit %d, summary %q, stderr %q; want the cut-off page counted", code, out, errOut)
	}
	if code, out, _ = runIn(context.Background(), "sources", flags, "--json"); code != exitOK || !strings.Contains(out, `"truncated":1`) {
		t.Errorf("sources --json = %d %s; want truncated 1", code, out)
	}
}
