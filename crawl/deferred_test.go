package crawl

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl/fetch"
	"github.com/breachwire/breachwire/extract"
)

// lockedBuffer is a log destination safe for the crawler's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestLinksOverTheCapWaitForTheNextPass: a feed with more new items than
// MaxLinks gives MaxLinks of them to one pass and says how many wait; the
// feed's validators are not kept, so the next pass reads it in full (no 304
// hides the rest) and takes them; only then is it asked conditionally.
func TestLinksOverTheCapWaitForTheNextPass(t *testing.T) {
	const items, etag = MaxLinks + 100, `"v1"`
	var s *fakeSite
	s = newFakeSite(t, "", map[string]route{
		"/feed.xml": {handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for i := range items {
				fmt.Fprintf(w, "<item><title>Item %d</title><link>%s/a/%d</link></item>", i, s.URL, i)
			}
			fmt.Fprint(w, "</channel></rss>")
		}},
	})
	article := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>Article %s</title></head><body><article><p>Some text about the incident at %s, told in a full sentence.</p></article></body></html>", r.URL.Path, r.URL.Path)
	}
	for i := range items {
		s.routes[fmt.Sprintf("/a/%d", i)] = route{handler: article}
	}
	sources := []config.Source{{Name: "Big", Type: config.TypeFeed, URL: s.URL + "/feed.xml"}}
	cfg := testCrawl()
	cfg.Delay = 0
	st := openTestState(t, t.TempDir())
	defer st.Close()
	var logs lockedBuffer
	c := New(cfg, extract.New(), st, WithFetchConfig(fetch.Config{Retries: -1}), WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	sink := &memSink{}
	articles := func() int {
		n := 0
		for _, h := range s.requests() {
			if strings.HasPrefix(h.Path, "/a/") {
				n++
			}
		}
		return n
	}
	deferred := func() int {
		hs, err := st.Sources()
		if err != nil || len(hs) != 1 {
			t.Fatalf("health %+v, %v", hs, err)
		}
		return hs[0].Deferred
	}

	sum, err := c.Run(context.Background(), sources, sink.store)
	if err != nil {
		t.Fatal(err)
	}
	if sum.NewArticles != MaxLinks || sum.Deferred != 100 || articles() != MaxLinks {
		t.Errorf("first pass: %s; %d articles requested, want %d stored and 100 deferred", sum, articles(), MaxLinks)
	}
	if got := deferred(); got != 100 {
		t.Errorf("health after the first pass: %d deferred, want 100", got)
	}
	if !strings.Contains(logs.String(), "deferred=100") {
		t.Errorf("no log line says 100 links were deferred:\n%s", logs.String())
	}

	s.reset()
	sum, err = c.Run(context.Background(), sources, sink.store)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := s.lastHit("/feed.xml"); h.Header.Get("If-None-Match") != "" {
		t.Errorf("second pass asked the feed conditionally although 100 of its links were left")
	}
	if sum.NewArticles != 100 || sum.Deferred != 0 || articles() != 100 || len(sink.urls()) != items {
		t.Errorf("second pass: %s; %d articles requested, %d stored in all; want the 100 left", sum, articles(), len(sink.urls()))
	}
	if got := deferred(); got != 0 {
		t.Errorf("health after the second pass: %d deferred, want 0", got)
	}

	s.reset()
	sum, err = c.Run(context.Background(), sources, sink.store)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := s.lastHit("/feed.xml"); h.Header.Get("If-None-Match") != etag || sum.NotModified != 1 || articles() != 0 {
		t.Errorf("third pass: %s, feed asked with If-None-Match %q; want a 304 and nothing else", sum, h.Header.Get("If-None-Match"))
	}
}

// TestParseFeedDropsRepeatedLinks: an item repeated (a feed that lists one
// story many times) is one link, so it does not count against the cap.
func TestParseFeedDropsRepeatedLinks(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>t</title>`)
	for range 3 {
		b.WriteString("<item><title>Same</title><link>https://x.example/same?utm_source=rss</link></item>")
		b.WriteString("<item><title>Same</title><link>https://x.example/same#top</link></item>")
	}
	b.WriteString("</channel></rss>")
	links, err := parseFeed([]byte(b.String()), "", "https://x.example/", MaxLinks, false)
	if err != nil || len(links) != 1 {
		t.Errorf("%d links, %v; want one", len(links), err)
	}
}
