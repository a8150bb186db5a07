package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"

	"github.com/breachwire/breachwire/index"
	"github.com/breachwire/breachwire/web"
)

// A server over an index, with source health and a crawl trigger wired in
// as serve does.
func ExampleNew() {
	dir, _ := os.MkdirTemp("", "breachwire")
	defer os.RemoveAll(dir)
	ix, err := index.Open(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ix.Close()
	health := func(ctx context.Context) ([]web.SourceHealth, error) {
		return []web.SourceHealth{{Name: "ZDNet Security"}}, nil
	}
	trigger := func(name string) error {
		if name != "ZDNet Security" {
			return web.ErrUnknownSource
		}
		return nil
	}
	srv := web.New(ix, web.WithSources(health), web.WithCrawlTrigger(trigger), web.WithMetrics(web.NewMetrics()))

	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest("POST", "/api/sources/ZDNet%20Security/crawl", nil))
	fmt.Println(rec.Code)
	// Output: 202
}
