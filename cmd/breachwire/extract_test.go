package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

const breachPage = `<!doctype html><html lang="en"><head><title>Acme Widgets confirms breach</title></head>
<body><article><h1>Acme Widgets confirms breach</h1>
<p>Acme Widgets said on Monday that attackers copied the records of 52,000 customers from one of its servers.</p>
<p>The company has informed the regulator and is contacting the customers affected by the intrusion.</p>
</article></body></html>`

// runCmd runs the command line in a directory of its own and returns the
// exit status, stdout and stderr.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr strings.Builder
	dir := t.TempDir()
	args = append([]string{args[0], "--config", filepath.Join(dir, "sources.yaml"), "--data", filepath.Join(dir, "data")}, args[1:]...)
	code := run(context.Background(), &env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}, args)
	return code, stdout.String(), stderr.String()
}

// TestExtractURLSchemeAnyCase: URL schemes are case-insensitive, so
// HTTP://host/path is fetched, not read as a file of that name.
func TestExtractURLSchemeAnyCase(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/news/acme.html" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(breachPage))
	}))
	defer ts.Close()
	for _, scheme := range []string{"HTTP://", "Http://"} {
		u := scheme + strings.TrimPrefix(ts.URL, "http://") + "/news/acme.html"
		code, out, errOut := runCmd(t, "extract", "--json", u)
		if code != exitOK {
			t.Fatalf("extract %s: exit %d: %s", u, code, errOut)
		}
		var art struct{ URL, Title string }
		if err := json.Unmarshal([]byte(out), &art); err != nil {
			t.Fatalf("extract %s: %v in %s", u, err, out)
		}
		if !strings.HasPrefix(art.URL, "http://") || !strings.Contains(art.Title, "Acme Widgets") {
			t.Errorf("extract %s = url %q title %q", u, art.URL, art.Title)
		}
	}
}

// TestExtractBadContentSelector: --content takes the same selectors as a
// source's content key, and one that does not parse is a usage error rather
// than a selector that silently matches nothing.
func TestExtractBadContentSelector(t *testing.T) {
	file := filepath.Join(t.TempDir(), "page.html")
	code, _, errOut := runCmd(t, "extract", "--json", "--content", "div[", file)
	if code != exitUsage || !strings.Contains(errOut, `"div["`) {
		t.Errorf("extract --content 'div[' = exit %d, %q; want %d naming the selector", code, errOut, exitUsage)
	}
}
