package crawl_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl"
	"github.com/breachwire/breachwire/extract"
)

func ExampleCrawler_Run() {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"1"`)
		if r.Header.Get("If-None-Match") == `"1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>News</title>
<item><title>Breach at a retailer</title><link>%s/a/1?utm_source=rss</link></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a/1", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Breach at a retailer</title></head><body><article><h1>Breach at a retailer</h1>
<p>An online retailer said attackers copied the card details of customers from its checkout page over three weeks.</p>
<p>The company has informed the card brands and the customers whose orders were affected by the skimming code.</p>
</article></body></html>`)
	})

	dir, _ := os.MkdirTemp("", "crawl-example")
	defer os.RemoveAll(dir)
	st, err := crawl.OpenState(filepath.Join(dir, "crawl.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	cfg := config.Crawl{UserAgent: "breachwire-example", Delay: 10 * time.Millisecond, Parallelism: 2, Timeout: 5 * time.Second, MaxBody: 1 << 20}
	c := crawl.New(cfg, extract.New(), st)
	sources := []config.Source{{Name: "News", Type: config.TypeFeed, URL: srv.URL + "/feed.xml"}}
	store := func(_ context.Context, articles []extract.Article) error {
		for _, a := range articles {
			fmt.Printf("stored %q from %s\n", a.Title, a.Source)
		}
		return nil
	}
	for range 2 {
		sum, err := c.Run(context.Background(), sources, store)
		fmt.Printf("new %d, unchanged %d, err %v\n", sum.NewArticles, sum.NotModified, err)
	}
	// Output:
	// stored "Breach at a retailer" from News
	// new 1, unchanged 0, err <nil>
	// new 0, unchanged 1, err <nil>
}
