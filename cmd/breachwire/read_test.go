package main

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/datadir"
	"github.com/breachwire/breachwire/index"
	"github.com/breachwire/breachwire/web"
)

// TestSearchThroughServeBadQuery: a query that does not parse, answered by
// the serve process holding the data dir, exits 2 with the parser's
// message, which names the error once, as a local search does.
func TestSearchThroughServeBadQuery(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	d, err := datadir.Acquire(dir, "serve", "")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Release()
	ix, err := index.Open(d.Path(datadir.IndexDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ts := httptest.NewServer(web.New(ix).Handler())
	defer ts.Close()
	d.SetAddr(strings.TrimPrefix(ts.URL, "http://"))

	var stdout, stderr strings.Builder
	e := &env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	code := run(context.Background(), e, []string{"search", "--data", dir, `"unterminated`})
	msg := stderr.String()
	if code != exitUsage {
		t.Fatalf("exit %d, want %d: %s", code, exitUsage, msg)
	}
	if n := strings.Count(msg, index.ErrBadQuery.Error()); n != 1 {
		t.Errorf("message names %q %d times: %s", index.ErrBadQuery, n, msg)
	}
	_, local := ix.Search(context.Background(), index.SearchRequest{Query: `"unterminated`})
	if want := "breachwire: " + local.Error() + "\n"; msg != want {
		t.Errorf("message through serve = %q, want the local one %q", msg, want)
	}
}
