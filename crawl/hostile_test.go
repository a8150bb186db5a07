package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl/fetch"
	"github.com/breachwire/breachwire/extract"
)

// hostileSite serves feeds and listings meant to hang, flood or loop a crawler.
func hostileSite(t *testing.T) *fakeSite {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>bomb</title>`))
	zeros := bytes.Repeat([]byte(" "), 1<<20)
	for range 16 {
		zw.Write(zeros)
	}
	zw.Close()
	return newFakeSite(t, "", map[string]route{
		"/trickle.xml": {handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			for range 1000 {
				if _, err := w.Write([]byte(" ")); err != nil {
					return
				}
				w.(http.Flusher).Flush()
				select {
				case <-time.After(20 * time.Millisecond):
				case <-r.Context().Done():
					return
				}
			}
		}},
		"/bomb.xml": {handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}},
		"/loop-a": {redirect: "/loop-b"},
		"/loop-b": {redirect: "/loop-a"},
		"/huge.xml": {handler: func(w http.ResponseWriter, r *http.Request) {
			// 50 MB of items, all linking to one page.
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title>`)
			item := []byte("<item><title>Same story again</title><link>/same-story</link></item>\n")
			for sent := 0; sent < 50<<20; sent += len(item) {
				if _, err := w.Write(item); err != nil {
					return
				}
			}
			fmt.Fprint(w, "</channel></rss>")
		}},
		"/million.html": {handler: func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "<html><body><ul>")
			for i := range 1_000_000 {
				if _, err := fmt.Fprintf(w, `<li><a class="l" href="/m/%d">%d</a></li>`, i, i); err != nil {
					return
				}
			}
			fmt.Fprint(w, "</ul></body></html>")
		}},
		"/same-story": {file: "news/telecom.html", ctype: "text/html; charset=utf-8"},
	})
}

func TestHostileServersDoNotStopTheCrawl(t *testing.T) {
	bad := hostileSite(t)
	good := newFixtureWeb(t)
	sources := []config.Source{
		{Name: "trickle", Type: config.TypeFeed, URL: bad.URL + "/trickle.xml"},
		{Name: "bomb", Type: config.TypeFeed, URL: bad.URL + "/bomb.xml"},
		{Name: "loop", Type: config.TypeFeed, URL: bad.URL + "/loop-a"},
		{Name: "huge", Type: config.TypeFeed, URL: bad.URL + "/huge.xml"},
		{Name: "million", Type: config.TypePage, URL: bad.URL + "/million.html", Links: "a.l"},
		{Name: "good", Type: config.TypeFeed, URL: good.news.URL + "/feed.json"},
	}
	cfg := config.Crawl{UserAgent: testUA, Parallelism: 2, Timeout: 300 * time.Millisecond, MaxBody: 1 << 20}
	st := openTestState(t, t.TempDir())
	defer st.Close()
	c := New(cfg, extract.New(), st, WithFetchConfig(fetch.Config{Retries: -1}))
	sink := &memSink{}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sum, err := c.Run(ctx, sources, sink.store)
	if err != nil {
		t.Fatal(err)
	}
	failures := map[string]error{}
	for _, f := range sum.Failures {
		failures[f.Source] = f.Err
	}
	if err := failures["trickle"]; !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("trickle: %v, want a timeout", err)
	}
	if err := failures["bomb"]; !errors.Is(err, ErrBadFeed) {
		t.Errorf("bomb: %v, want a feed cut off before its first item", err)
	}
	if err := failures["loop"]; !errors.Is(err, fetch.ErrRedirectLoop) {
		t.Errorf("loop: %v, want ErrRedirectLoop", err)
	}
	for _, name := range []string{"huge", "million", "good"} {
		if err := failures[name]; err != nil {
			t.Errorf("%s failed: %v", name, err)
		}
	}
	// The huge feed and the million-link listing were cut off and reported;
	// the listing gave no more than MaxLinks links.
	if sum.Truncated < 3 {
		t.Errorf("%d truncated responses, want the bomb, the huge feed and the listing", sum.Truncated)
	}
	if n := bad.count("/same-story"); n != 1 {
		t.Errorf("the huge feed's one story was fetched %d times", n)
	}
	m := 0
	for _, h := range bad.requests() {
		if strings.HasPrefix(h.Path, "/m/") {
			m++
		}
	}
	if m != MaxLinks {
		t.Errorf("%d links of the million-link listing followed, want the cap %d", m, MaxLinks)
	}
	if got := sink.urls(); len(got) != 2 {
		t.Errorf("stored %q, want the huge feed's story and the good feed's", got)
	}
}
