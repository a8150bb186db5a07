package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/index"
)

// bloatedArticles are pages with absurdly long fields, as a broken or
// hostile site might produce.
func bloatedArticles(n int) []extract.Article {
	var out []extract.Article
	for i := range n {
		var victims []string
		for j := range 40 {
			victims = append(victims, fmt.Sprintf("Victim %d-%d %s", i, j, strings.Repeat("x", 400)))
		}
		out = append(out, extract.Article{
			URL:       fmt.Sprintf("https://bloat.example.org/%d/%s", i, strings.Repeat("p", 3000)),
			Source:    "Bloat " + strings.Repeat("s", 2000),
			Lang:      "en",
			Title:     fmt.Sprintf("Bloated %d %s", i, strings.Repeat("title ", 500)),
			Published: day(2022, 1, 1+i%28),
			Text:      strings.Repeat(fmt.Sprintf("bloated incident number %d with breach words. ", i), 300),
			Victims:   victims,
			Records:   count(int64(i + 1)),
			Actors:    []string{strings.Repeat("A", 5000)},
		})
	}
	return out
}

func TestSearchPageStaysSmall(t *testing.T) {
	ix, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Add(context.Background(), bloatedArticles(30)); err != nil {
		t.Fatal(err)
	}
	ts := serve(t, New(ix))
	for _, path := range []string{"/?q=bloated", "/", "/?q=bloated&sort=date&offset=20"} {
		resp, body := get(t, ts, path)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", path, resp.StatusCode)
		}
		if len(body) > 200_000 {
			t.Errorf("%s is %d bytes, want under 200 KB", path, len(body))
		}
		t.Logf("%s: %d bytes", path, len(body))
		if !strings.Contains(body, "Bloated") {
			t.Errorf("%s shows no story", path)
		}
	}
}

// BenchmarkSearchPage renders one search page over 200 stories; it reports
// the size of the HTML.
func BenchmarkSearchPage(b *testing.B) {
	ix, err := index.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	arts := append(toyotaArticles(), fillerArticles(200)...)
	if _, err := ix.Add(context.Background(), arts); err != nil {
		b.Fatal(err)
	}
	h := New(ix).Handler()
	req := httptest.NewRequest(http.MethodGet, "/?q=incident", nil)
	var size int
	b.ResetTimer()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
		size = rec.Body.Len()
	}
	b.ReportMetric(float64(size), "html-bytes")
}
