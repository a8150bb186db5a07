package fakeweb

import (
	"bytes"
	"html"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/breachwire/breachwire/config"
	"golang.org/x/text/encoding"
)

// client does not follow redirects nor decompress, so tests see the raw answers.
var client = &http.Client{
	Transport:     &http.Transport{DisableCompression: true},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

func get(t *testing.T, u string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func decode(t *testing.T, b []byte, enc encoding.Encoding) string {
	t.Helper()
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return html.UnescapeString(string(out))
}

func TestConfigParses(t *testing.T) {
	w := New(t, Options{})
	cfg, err := config.Parse([]byte(w.Config()), "fakeweb.yaml")
	if err != nil {
		t.Fatalf("config does not parse: %v\n%s", err, w.Config())
	}
	if len(cfg.Sources) != len(builders) || cfg.Crawl.UserAgent != DefaultUserAgent {
		t.Errorf("got %d sources, user agent %q", len(cfg.Sources), cfg.Crawl.UserAgent)
	}
	if len(w.Pages()) != 99 {
		t.Errorf("serves %d corpus articles, want all 99", len(w.Pages()))
	}
}

func TestEveryPageShowsItsText(t *testing.T) {
	w := New(t, Options{})
	for _, p := range w.Pages() {
		resp, body := get(t, p.URL)
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", p.URL, resp.StatusCode)
			continue
		}
		page := html.UnescapeString(string(body))
		switch p.Site {
		case SiteNewsroom:
			page = decode(t, body, shiftJIS)
		case SiteJNews:
			page = decode(t, body, eucJP)
		}
		for _, para := range paragraphs(p.Article.Text) {
			if !strings.Contains(page, para) {
				t.Errorf("%s (%s): paragraph missing: %.40q", p.Article.ID, p.Site, para)
			}
		}
		if len(p.Boilerplate) < 5 {
			t.Errorf("%s: only %d boilerplate strings", p.Article.ID, len(p.Boilerplate))
		}
		for _, bp := range p.Boilerplate {
			if !strings.Contains(page, bp) {
				t.Errorf("%s: boilerplate %q is not on the page", p.Article.ID, bp)
			}
		}
	}
}

func TestJapaneseCharsetPlacement(t *testing.T) {
	w := New(t, Options{})
	for _, p := range w.Pages() {
		switch p.Site {
		case SiteNewsroom:
			resp, body := get(t, p.URL)
			if strings.Contains(resp.Header.Get("Content-Type"), "charset") || !bytes.Contains(body, []byte("charset=Shift_JIS")) {
				t.Errorf("%s: Shift_JIS must be declared in <meta> only (header %q)", p.URL, resp.Header.Get("Content-Type"))
			}
		case SiteJNews:
			resp, body := get(t, p.URL)
			if resp.Header.Get("Content-Type") != "text/html; charset=EUC-JP" || bytes.Contains(body, []byte("charset")) {
				t.Errorf("%s: EUC-JP must be declared in the header only (header %q)", p.URL, resp.Header.Get("Content-Type"))
			}
		}
	}
}

func TestConditionalFeeds(t *testing.T) {
	w := New(t, Options{})
	cfg, err := config.Parse([]byte(w.Config()), "fakeweb.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range cfg.Sources {
		resp, _ := get(t, src.URL)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d", src.Name, resp.StatusCode)
		}
		etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag == "" && lm == "" {
			t.Errorf("%s: neither ETag nor Last-Modified", src.Name)
		}
		if etag != "" {
			if r, _ := get(t, src.URL, "If-None-Match", etag); r.StatusCode != 304 {
				t.Errorf("%s: If-None-Match %s answered %d", src.Name, etag, r.StatusCode)
			}
			if r, _ := get(t, src.URL, "If-None-Match", `"stale"`, "If-Modified-Since", lm); r.StatusCode != 200 {
				t.Errorf("%s: a stale ETag must win over If-Modified-Since, got %d", src.Name, r.StatusCode)
			}
		}
		if lm != "" {
			if r, _ := get(t, src.URL, "If-Modified-Since", lm); r.StatusCode != 304 {
				t.Errorf("%s: If-Modified-Since %s answered %d", src.Name, lm, r.StatusCode)
			}
			if r, _ := get(t, src.URL, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"); r.StatusCode != 200 {
				t.Errorf("%s: an old If-Modified-Since answered %d", src.Name, r.StatusCode)
			}
		}
	}
}

func TestListingSelectorFindsEveryRelease(t *testing.T) {
	w := New(t, Options{})
	cfg, _ := config.Parse([]byte(w.Config()), "fakeweb.yaml")
	var listing config.Source
	for _, s := range cfg.Sources {
		if s.Type == config.TypePage {
			listing = s
		}
	}
	_, body := get(t, listing.URL)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(decode(t, body, shiftJIS)))
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse(listing.URL)
	found := map[string]bool{}
	doc.Find(listing.Links).Each(func(_ int, s *goquery.Selection) {
		ref, _ := url.Parse(s.AttrOr("href", ""))
		found[base.ResolveReference(ref).String()] = true
	})
	n := 0
	for _, p := range w.Pages() {
		if p.Site == SiteNewsroom {
			n++
			if !found[p.URL] {
				t.Errorf("listing selector %q misses %s", listing.Links, p.URL)
			}
		}
	}
	if n == 0 || len(found) != n {
		t.Errorf("selector found %d links for %d releases", len(found), n)
	}
}

func TestTrapsAndRecording(t *testing.T) {
	w := New(t, Options{})
	sites := w.Sites()
	if r, body := get(t, sites[SiteNews]+"/robots.txt"); r.StatusCode != 200 || !strings.Contains(string(body), "Disallow: /members/") {
		t.Errorf("robots.txt: %d %q", r.StatusCode, body)
	}
	for _, f := range w.Forbidden() {
		if !strings.Contains(f, "/members/") {
			t.Errorf("forbidden URL %s is not under the disallowed path", f)
		}
	}
	for _, m := range w.Missing() {
		if r, _ := get(t, m); r.StatusCode != 404 {
			t.Errorf("missing %s answered %d", m, r.StatusCode)
		}
	}
	redirects := 0
	for _, p := range w.Pages() {
		if p.Linked != p.URL && strings.Contains(p.Linked, "/r/") {
			redirects++
			r, _ := get(t, p.Linked)
			if r.StatusCode != 301 || r.Header.Get("Location") != p.URL {
				t.Errorf("%s: %d to %q, want 301 to %s", p.Linked, r.StatusCode, r.Header.Get("Location"), p.URL)
			}
		}
	}
	if redirects != 1 || len(w.Missing()) != 1 || len(w.Forbidden()) != 1 {
		t.Errorf("%d redirects, %d missing, %d forbidden; want one each", redirects, len(w.Missing()), len(w.Forbidden()))
	}
	var blogPage Page
	for _, p := range w.Pages() {
		if p.Site == SiteBlog {
			blogPage = p
		}
	}
	r, body := get(t, blogPage.URL, "Accept-Encoding", "gzip", "User-Agent", "probe/1")
	if r.Header.Get("Content-Encoding") != "gzip" || len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
		t.Errorf("blog page is not gzipped: %v", r.Header)
	}
	reqs := w.Requests()
	last := reqs[len(reqs)-1]
	if last.UserAgent != "probe/1" || last.Kind != KindArticle || last.Site != SiteBlog || last.Status != 200 {
		t.Errorf("last request recorded as %+v", last)
	}
}
