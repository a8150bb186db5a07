package crawl

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// route says how a fake site answers one path.
type route struct {
	file     string // under testdata/web; UTF-8 with {{base}} for the site's URL
	ctype    string // Content-Type header
	encode   string // charset the file is converted to before it is sent
	gzip     bool
	cond     bool // send ETag and Last-Modified and answer 304 when they match
	status   int  // answer only this status
	redirect string
	handler  http.HandlerFunc
}

// hit is one request a fake site received.
type hit struct {
	Path   string
	Header http.Header
	At     time.Time
}

// fakeSite is one host of the fixture web; it records every request.
type fakeSite struct {
	*httptest.Server
	robots string
	routes map[string]route

	mu   sync.Mutex
	hits []hit
}

var encodings = map[string]encoding.Encoding{
	"shift_jis": japanese.ShiftJIS, "euc-jp": japanese.EUCJP, "iso-2022-jp": japanese.ISO2022JP,
}

// lastModified is the Last-Modified of every conditional route.
const lastModified = "Mon, 01 Apr 2019 10:00:00 GMT"

func newFakeSite(t testing.TB, robots string, routes map[string]route) *fakeSite {
	s := &fakeSite{robots: robots, routes: routes}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *fakeSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits = append(s.hits, hit{Path: r.URL.RequestURI(), Header: r.Header.Clone(), At: time.Now()})
	s.mu.Unlock()
	if r.URL.Path == "/robots.txt" {
		if s.robots == "" {
			http.NotFound(w, r)
			return
		}
		// Like a static file server: validators, and 304 to a
		// conditional request for the same file.
		etag := fmt.Sprintf(`"r%x"`, len(s.robots))
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, s.robots)
		return
	}
	rt, ok := s.routes[r.URL.Path]
	switch {
	case !ok:
		http.NotFound(w, r)
	case rt.handler != nil:
		rt.handler(w, r)
	case rt.redirect != "":
		http.Redirect(w, r, rt.redirect, http.StatusMovedPermanently)
	case rt.status != 0:
		http.Error(w, http.StatusText(rt.status), rt.status)
	default:
		s.serveFile(w, r, rt)
	}
}

func (s *fakeSite) serveFile(w http.ResponseWriter, r *http.Request, rt route) {
	data, err := os.ReadFile(filepath.Join("testdata", "web", rt.file))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	data = bytes.ReplaceAll(data, []byte("{{base}}"), []byte(s.URL))
	if e := encodings[rt.encode]; e != nil {
		if data, err = e.NewEncoder().Bytes(data); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	}
	if rt.ctype != "" {
		w.Header().Set("Content-Type", rt.ctype)
	}
	if rt.cond {
		etag := fmt.Sprintf(`"%x"`, sha1.Sum(data))
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastModified)
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastModified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if rt.gzip {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(data)
		zw.Close()
		data = b.Bytes()
		w.Header().Set("Content-Encoding", "gzip")
	}
	w.Write(data)
}

// robotsRequests returns the requests for robots.txt.
func (s *fakeSite) robotsRequests() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []hit
	for _, h := range s.hits {
		if h.Path == "/robots.txt" {
			out = append(out, h)
		}
	}
	return out
}

// requests returns the paths requested, robots.txt left out.
func (s *fakeSite) requests() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []hit
	for _, h := range s.hits {
		if h.Path != "/robots.txt" {
			out = append(out, h)
		}
	}
	return out
}

// count returns how often path (with its query, if any) was requested.
func (s *fakeSite) count(path string) int {
	n := 0
	for _, h := range s.requests() {
		if h.Path == path {
			n++
		}
	}
	return n
}

// lastHit returns the last request for path.
func (s *fakeSite) lastHit(path string) (hit, bool) {
	reqs := s.requests()
	for i := len(reqs) - 1; i >= 0; i-- {
		if reqs[i].Path == path {
			return reqs[i], true
		}
	}
	return hit{}, false
}

func (s *fakeSite) reset() {
	s.mu.Lock()
	s.hits = nil
	s.mu.Unlock()
}

// fixtureWeb is the small web of fake sites the crawl tests run over.
type fixtureWeb struct {
	news, jp, blog *fakeSite
}

func newFixtureWeb(t testing.TB) *fixtureWeb {
	const html = "text/html; charset=utf-8"
	news := newFakeSite(t, "User-agent: *\nDisallow: /private/\n", map[string]route{
		"/rss.xml":                        {file: "news/rss.xml", ctype: "application/rss+xml", cond: true},
		"/atom.xml":                       {file: "news/atom.xml", ctype: "application/atom+xml", cond: true},
		"/feed.json":                      {file: "news/feed.json", ctype: "application/feed+json", cond: true},
		"/flaky.xml":                      {file: "news/flaky.xml", ctype: "application/rss+xml", cond: true},
		"/malformed.xml":                  {file: "news/malformed.xml", ctype: "application/rss+xml"},
		"/2019/03/toyota-breach":          {file: "news/toyota.html", ctype: html},
		"/amp/toyota-breach":              {file: "news/toyota-amp.html", ctype: html},
		"/old/hospital-ransomware":        {redirect: "/2019/03/hospital-ransomware"},
		"/2019/03/hospital-ransomware":    {file: "news/hospital.html", ctype: html},
		"/private/draft-story":            {file: "news/toyota.html", ctype: html},
		"/2019/03/retracted":              {status: http.StatusNotFound},
		"/2019/03/server-error":           {status: http.StatusInternalServerError},
		"/2019/03/retailer-card-skimming": {file: "news/retailer.html", ctype: html, gzip: true},
		"/advisories/vpn-flaw":            {file: "news/vpn.html", ctype: html},
		"/2019/04/telecom-leak":           {file: "news/telecom.html", ctype: html},
	})
	jp := newFakeSite(t, "", map[string]route{
		// charset in the XML declaration only
		"/index.rdf": {file: "jp/index.rdf", ctype: "application/rdf+xml", encode: "shift_jis", cond: true},
		// charset in the HTTP header only
		"/eucjp.xml":   {file: "jp/eucjp.xml", ctype: "application/rss+xml; charset=EUC-JP", encode: "euc-jp", cond: true},
		"/iso2022.xml": {file: "jp/iso2022.xml", ctype: "text/xml", encode: "iso-2022-jp", cond: true},
		// meta charset only
		"/news/":                  {file: "jp/listing.html", ctype: "text/html", encode: "shift_jis", cond: true},
		"/release/2019/0329.html": {file: "jp/0329.html", ctype: "text/html", encode: "shift_jis"},
		"/release/2019/0330.html": {file: "jp/0330.html", ctype: "text/html", encode: "shift_jis"},
		// header charset only
		"/release/2019/0401.html": {file: "jp/0401.html", ctype: "text/html; charset=EUC-JP", encode: "euc-jp"},
		"/cert/2019/0402.html":    {file: "jp/0402.html", ctype: "text/html; charset=ISO-2022-JP", encode: "iso-2022-jp"},
	})
	blog := newFakeSite(t, "User-agent: breachwire\nAllow: /\n", map[string]route{
		"/posts/":              {file: "blog/posts.html", ctype: "text/html"},
		"/posts/toyota-repost": {file: "blog/repost.html", ctype: "text/html"},
	})
	return &fixtureWeb{news: news, jp: jp, blog: blog}
}
