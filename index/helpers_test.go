package index

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/breachwire/breachwire/extract"
)

// loadArticles reads the test articles, one JSON object per line.
func loadArticles(t testing.TB, path string) []extract.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []extract.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var a extract.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func openTemp(t testing.TB) (*Index, string) {
	t.Helper()
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, dir
}

// corpus is an index holding testdata/articles.jsonl.
func corpus(t testing.TB) *Index {
	t.Helper()
	ix, _ := openTemp(t)
	if _, err := ix.Add(context.Background(), loadArticles(t, "testdata/articles.jsonl")); err != nil {
		t.Fatal(err)
	}
	return ix
}

func mustSearch(t testing.TB, ix *Index, req SearchRequest) *SearchResult {
	t.Helper()
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("Search(%q): %v", req.Query, err)
	}
	return res
}

// storyURLs lists the article URLs of each hit.
func storyURLs(res *SearchResult) [][]string {
	var out [][]string
	for _, h := range res.Stories {
		var urls []string
		for _, a := range h.Articles {
			urls = append(urls, a.URL)
		}
		out = append(out, urls)
	}
	return out
}
