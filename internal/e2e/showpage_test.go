package e2e

import (
	"os"
	"os/exec"
	"testing"

	"github.com/breachwire/breachwire/internal/fakeweb"
)

// TestShowPage prints what `breachwire extract --json` makes of one
// labelled article as the fake web serves it: $PAGEID names the article,
// $PAGEDIR its set (default: the tuning corpus). It is a development aid
// for seeing the text and facts a crawl stores, and skips without
// $PAGEID.
func TestShowPage(t *testing.T) {
	id := os.Getenv("PAGEID")
	if id == "" {
		t.Skip("set PAGEID=article-id (and PAGEDIR=dir) to print one page's extraction")
	}
	w := fakeweb.New(t, fakeweb.Options{CorpusDir: os.Getenv("PAGEDIR")})
	for _, p := range w.Pages() {
		if p.Article.ID != id {
			continue
		}
		out, err := exec.Command(bin, "extract", "--json", p.URL).CombinedOutput()
		if err != nil {
			t.Fatalf("extract %s: %v\n%s", p.URL, err, out)
		}
		t.Logf("site %s\n%s", p.Site, out)
		return
	}
	t.Fatalf("no page for article %s", id)
}
