package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/temoto/robotstxt"
)

// site is an httptest server that records every request it gets.
type site struct {
	*httptest.Server
	mu   sync.Mutex
	reqs []seen
}

type seen struct {
	Path   string
	Header http.Header
	Start  time.Time
	End    time.Time
}

func newSite(t *testing.T, robots string, h http.Handler) *site {
	t.Helper()
	s := &site{}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, robots)
	})
	mux.Handle("/", h)
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		i := len(s.reqs)
		s.reqs = append(s.reqs, seen{Path: r.URL.RequestURI(), Header: r.Header.Clone(), Start: time.Now()})
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
		s.mu.Lock()
		s.reqs[i].End = time.Now()
		s.mu.Unlock()
	}))
	t.Cleanup(s.Close)
	return s
}

// requests returns the recorded requests, robots.txt left out.
func (s *site) requests() []seen {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []seen
	for _, r := range s.reqs {
		if r.Path != "/robots.txt" {
			out = append(out, r)
		}
	}
	return out
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.reqs {
		if r.Path == path {
			n++
		}
	}
	return n
}

func testConfig() Config {
	return Config{UserAgent: "breachwire/0.1 (+https://example.org/bot)", Parallelism: 2,
		Timeout: 2 * time.Second, MaxBody: 1 << 20, Backoff: time.Millisecond, MaxRetryAfter: 2 * time.Second}
}

func fetch(t *testing.T, f *Fetcher, u string) (*Response, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return f.Fetch(ctx, Request{URL: u})
}

func TestRobotsDisallowedNeverRequested(t *testing.T) {
	robots := "User-agent: *\nDisallow: /all-bots-out\n\nUser-agent: breachwire\nDisallow: /private\n"
	s := newSite(t, robots, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/jump" {
			http.Redirect(w, r, "/private/page", http.StatusFound)
			return
		}
		io.WriteString(w, "ok")
	}))
	f := New(testConfig())
	for _, p := range []string{"/private/a", "/private?x=1", "/jump"} {
		if _, err := fetch(t, f, s.URL+p); !errors.Is(err, ErrRobotsDisallowed) {
			t.Errorf("%s: err = %v, want ErrRobotsDisallowed", p, err)
		}
	}
	// Our own group replaces the * group: /all-bots-out is allowed to us.
	if _, err := fetch(t, f, s.URL+"/all-bots-out"); err != nil {
		t.Errorf("/all-bots-out: %v", err)
	}
	for _, r := range s.requests() {
		if strings.HasPrefix(r.Path, "/private") {
			t.Errorf("disallowed %s was requested", r.Path)
		}
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
}

func TestRobotsServerErrorBlocksSite(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		t.Errorf("%s requested although robots.txt was unavailable", r.URL.Path)
	}))
	defer s.Close()
	_, err := fetch(t, New(testConfig()), s.URL+"/a")
	var se *StatusError
	if !errors.As(err, &se) || se.Code != http.StatusServiceUnavailable {
		t.Fatalf("err = %v, want a 503 StatusError for robots.txt", err)
	}
}

func TestConditionalGet(t *testing.T) {
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == "Mon, 01 Apr 2019 10:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		io.WriteString(w, "<rss/>")
	}))
	f := New(testConfig())
	res, err := fetch(t, f, s.URL+"/feed")
	if err != nil || res.NotModified || res.Header.Get("ETag") != `"v1"` {
		t.Fatalf("first fetch: %+v, %v", res, err)
	}
	for _, req := range []Request{{URL: s.URL + "/feed", ETag: `"v1"`}, {URL: s.URL + "/feed", LastModified: "Mon, 01 Apr 2019 10:00:00 GMT"}} {
		res, err = f.Fetch(context.Background(), req)
		if err != nil || !res.NotModified || len(res.Body) != 0 {
			t.Fatalf("conditional fetch %+v: %+v, %v", req, res, err)
		}
	}
}

func compressed(t *testing.T, enc string, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	var w io.WriteCloser
	switch enc {
	case "gzip":
		w = gzip.NewWriter(&b)
	case "zlib":
		w = zlib.NewWriter(&b)
	case "raw-deflate":
		w, _ = flate.NewWriter(&b, flate.BestCompression)
	}
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func TestContentEncodings(t *testing.T) {
	page := []byte(strings.Repeat("<p>Toyota breach 3.1 million</p>\n", 100))
	bodies := map[string][]byte{"/gzip": compressed(t, "gzip", page), "/zlib": compressed(t, "zlib", page), "/raw": compressed(t, "raw-deflate", page), "/plain": page}
	encs := map[string]string{"/gzip": "gzip", "/zlib": "deflate", "/raw": "deflate", "/plain": ""}
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if e := encs[r.URL.Path]; e != "" {
			w.Header().Set("Content-Encoding", e)
		}
		w.Write(bodies[r.URL.Path])
	}))
	f := New(testConfig())
	for p := range bodies {
		res, err := fetch(t, f, s.URL+p)
		if err != nil || !bytes.Equal(res.Body, page) || res.Truncated {
			t.Errorf("%s: err %v, body %d bytes (want %d), truncated %v", p, err, len(res.Body), len(page), res != nil && res.Truncated)
		}
	}
	if got := s.requests()[0].Header.Get("Accept-Encoding"); !strings.Contains(got, "gzip") || !strings.Contains(got, "deflate") {
		t.Errorf("Accept-Encoding = %q", got)
	}
}

func TestGzipBombIsCutAfterDecompression(t *testing.T) {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 32 { // 32 MB inflated, about 32 KB on the wire
		zw.Write(zeros)
	}
	zw.Close()
	bomb := b.Bytes()
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	}))
	cfg := testConfig()
	cfg.MaxBody = 1 << 20
	res, err := fetch(t, New(cfg), s.URL+"/bomb")
	if err != nil {
		t.Fatal(err)
	}
	if !res.Truncated || int64(len(res.Body)) != cfg.MaxBody {
		t.Fatalf("truncated %v, %d bytes; want truncated at %d", res.Truncated, len(res.Body), cfg.MaxBody)
	}
}

func TestHugeBodyIsCutOff(t *testing.T) {
	var sent atomic.Int64
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("<item><title>x</title></item>\n"), 1000)
		for sent.Load() < 50<<20 {
			n, err := w.Write(chunk)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	res, err := fetch(t, New(testConfig()), s.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if !res.Truncated || len(res.Body) != 1<<20 {
		t.Fatalf("truncated %v, %d bytes", res.Truncated, len(res.Body))
	}
}

func TestTricklerTimesOut(t *testing.T) {
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 1000; i++ {
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(20 * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
	}))
	cfg := testConfig()
	cfg.Timeout = 200 * time.Millisecond
	cfg.Retries = 1
	_, err := fetch(t, New(cfg), s.URL+"/slow")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
	if n := s.count("/slow"); n != 1 {
		t.Errorf("%d attempts, want 1 (a timed-out attempt waits for the next run)", n)
	}
}

func TestRetries(t *testing.T) {
	var calls atomic.Int32
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/flaky":
			if calls.Add(1) <= 2 {
				http.Error(w, "oops", http.StatusBadGateway)
				return
			}
			io.WriteString(w, "fine")
		case "/down":
			http.Error(w, "oops", http.StatusInternalServerError)
		default:
			http.NotFound(w, r)
		}
	}))
	f := New(testConfig())
	if res, err := fetch(t, f, s.URL+"/flaky"); err != nil || string(res.Body) != "fine" {
		t.Errorf("/flaky: %v", err)
	}
	var se *StatusError
	if _, err := fetch(t, f, s.URL+"/down"); !errors.As(err, &se) || se.Code != 500 || se.Permanent() {
		t.Errorf("/down: %v", err)
	}
	if _, err := fetch(t, f, s.URL+"/gone"); !errors.As(err, &se) || se.Code != 404 || !se.Permanent() {
		t.Errorf("/gone: %v", err)
	}
	if a, b, c := s.count("/flaky"), s.count("/down"), s.count("/gone"); a != 3 || b != 3 || c != 1 {
		t.Errorf("attempts flaky %d down %d gone %d; want 3, 3 (two retries) and 1 (no retry on 4xx)", a, b, c)
	}
}

func TestRetryAfter(t *testing.T) {
	var calls atomic.Int32
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/busy":
			if calls.Add(1) == 1 {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			io.WriteString(w, "ok")
		case "/go-away":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		default:
			io.WriteString(w, "ok")
		}
	}))
	f := New(testConfig())
	if _, err := fetch(t, f, s.URL+"/busy"); err != nil {
		t.Fatalf("/busy: %v", err)
	}
	reqs := s.requests()
	if len(reqs) != 2 || reqs[1].Start.Sub(reqs[0].End) < 900*time.Millisecond {
		t.Fatalf("want a second attempt at least Retry-After (1s) later, got %d requests", len(reqs))
	}
	if _, err := fetch(t, f, s.URL+"/go-away"); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("/go-away: %v, want ErrRateLimited", err)
	}
	// The host asked for an hour: nothing more is sent to it.
	if _, err := fetch(t, f, s.URL+"/other"); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("/other: %v, want ErrRateLimited", err)
	}
	if n := s.count("/go-away") + s.count("/other"); n != 1 {
		t.Errorf("%d requests after Retry-After: 3600, want 1", n)
	}
}

func TestRedirects(t *testing.T) {
	s := newSite(t, "", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/chain/%d", &n)
		switch {
		case r.URL.Path == "/old":
			http.Redirect(w, r, "/new#frag", http.StatusMovedPermanently)
		case r.URL.Path == "/loop-a":
			http.Redirect(w, r, "/loop-b", http.StatusFound)
		case r.URL.Path == "/loop-b":
			http.Redirect(w, r, "/loop-a", http.StatusFound)
		case n > 0:
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusTemporaryRedirect)
		default:
			io.WriteString(w, "landed")
		}
	}))
	f := New(testConfig())
	res, err := fetch(t, f, s.URL+"/old")
	if err != nil || res.URL != s.URL+"/new" {
		t.Fatalf("/old: %v, final URL %q", err, res.URL)
	}
	if _, err := fetch(t, f, s.URL+"/loop-a"); !errors.Is(err, ErrRedirectLoop) {
		t.Errorf("loop: %v", err)
	}
	if _, err := fetch(t, f, s.URL+"/chain/1"); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("chain: %v", err)
	}
	if n := s.count("/chain/12"); n != 0 {
		t.Errorf("followed past the limit")
	}
	// A redirect the caller declines is not followed.
	var asked []string
	_, err = f.Fetch(context.Background(), Request{URL: s.URL + "/old", SkipRedirect: func(next string) bool {
		asked = append(asked, next)
		return true
	}})
	if !errors.Is(err, ErrRedirectSkipped) || len(asked) != 1 || asked[0] != s.URL+"/new" {
		t.Errorf("declined redirect: %v, asked about %q", err, asked)
	}
	if n := s.count("/new"); n != 1 {
		t.Errorf("/new requested %d times, want once (only the first, followed, redirect)", n)
	}
}

func TestPerHostDelayAndParallelism(t *testing.T) {
	var inFlight, most atomic.Int32
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(5 * time.Millisecond)
		inFlight.Add(-1)
		io.WriteString(w, "ok")
	})
	sites := []*site{newSite(t, "", h), newSite(t, "", h), newSite(t, "", h)}
	cfg := testConfig()
	cfg.Delay = 30 * time.Millisecond
	cfg.Parallelism = 2
	f := New(cfg)
	var wg sync.WaitGroup
	for _, s := range sites {
		for i := range 4 {
			wg.Go(func() {
				if _, err := fetch(t, f, fmt.Sprintf("%s/p%d", s.URL, i)); err != nil {
					t.Error(err)
				}
			})
		}
	}
	wg.Wait()
	if m := most.Load(); m > 2 {
		t.Errorf("%d requests in flight at once, parallelism is 2", m)
	}
	for _, s := range sites {
		s.mu.Lock()
		for i := 1; i < len(s.reqs); i++ {
			if gap := s.reqs[i].Start.Sub(s.reqs[i-1].End); gap < cfg.Delay {
				t.Errorf("requests to one host %v apart, delay is %v", gap, cfg.Delay)
			}
		}
		s.mu.Unlock()
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2019, 3, 29, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want time.Duration
	}{{"", 0}, {"5", 5 * time.Second}, {"-3", 0}, {"soon", 0},
		{"Fri, 29 Mar 2019 09:01:00 GMT", time.Minute}, {"Fri, 29 Mar 2019 08:00:00 GMT", 0}} {
		if got := parseRetryAfter(c.in, now); got != c.want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestRobotsCrawlDelay(t *testing.T) {
	s := newSite(t, "User-agent: *\nCrawl-delay: 0.2\n", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}))
	f := New(testConfig()) // no delay of our own
	for i := range 3 {
		if _, err := fetch(t, f, fmt.Sprintf("%s/p%d", s.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	reqs := s.requests()
	for i := 1; i < len(reqs); i++ {
		if gap := reqs[i].Start.Sub(reqs[i-1].End); gap < 200*time.Millisecond {
			t.Errorf("requests %v apart, robots.txt asks for 200ms", gap)
		}
	}
}

// TestRobotsCrawlDelayAfterRobots: the Crawl-delay a robots.txt asks for
// holds from that robots.txt's own request on, not only from the first
// page's.
func TestRobotsCrawlDelayAfterRobots(t *testing.T) {
	s := newSite(t, "User-agent: *\nCrawl-delay: 0.2\n", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}))
	f := New(testConfig())
	if _, err := fetch(t, f, s.URL+"/p0"); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	reqs := append([]seen(nil), s.reqs...)
	s.mu.Unlock()
	if len(reqs) != 2 || reqs[0].Path != "/robots.txt" {
		t.Fatalf("requests %+v, want robots.txt then the page", reqs)
	}
	if gap := reqs[1].Start.Sub(reqs[0].End); gap < 200*time.Millisecond {
		t.Errorf("page requested %v after robots.txt, which asks for 200ms", gap)
	}
}

func TestRobotsGroupByProductToken(t *testing.T) {
	robots := "User-agent: *\nDisallow: /all\n\nUser-agent: breachwire\nDisallow: /bw\n\nUser-agent: bot\nDisallow: /\n"
	data, err := robotstxt.FromString(robots)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		ua       string
		allowAll bool // /all allowed, i.e. not the * group
		allowBW  bool
	}{
		{"breachwire/0.1 (+https://example.org/bot)", true, false},
		{"Mozilla/5.0 (compatible; breachwire/0.1; +https://example.org/bot)", true, false},
		{"otherbot/1.0", false, true},
	} {
		g := robotsGroup(data, c.ua)
		if g.Test("/all") != c.allowAll || g.Test("/bw") != c.allowBW {
			t.Errorf("%q: /all %v /bw %v, want %v %v", c.ua, g.Test("/all"), g.Test("/bw"), c.allowAll, c.allowBW)
		}
	}
}

// memRobots is a RobotsStore in memory.
type memRobots struct {
	mu   sync.Mutex
	kept map[string]RobotsCopy
}

func (m *memRobots) LoadRobots(origin string) (RobotsCopy, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.kept[origin]
	return c, ok
}

func (m *memRobots) SaveRobots(origin string, c RobotsCopy) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.kept[origin] = c
}

// TestKeptRobotsRevalidated: a kept robots.txt is asked for conditionally
// and obeyed on 304; a kept copy that cannot stand for the rules (no body
// status) is not trusted on a 304: the file is fetched again in full.
func TestKeptRobotsRevalidated(t *testing.T) {
	robots := "User-agent: *\nDisallow: /private\n"
	mux := http.NewServeMux()
	var conditional, full int
	var mu sync.Mutex
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			conditional++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full++
		io.WriteString(w, robots)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	store := &memRobots{kept: map[string]RobotsCopy{}}
	for run := 0; run < 2; run++ {
		f := New(testConfig(), WithRobotsStore(store))
		if _, err := fetch(t, f, srv.URL+"/private/x"); !errors.Is(err, ErrRobotsDisallowed) {
			t.Errorf("run %d: /private/x err = %v, want ErrRobotsDisallowed", run, err)
		}
	}
	if full != 1 || conditional != 1 {
		t.Errorf("robots.txt fetched in full %d times, conditionally %d, want once each", full, conditional)
	}

	store.kept[srv.URL] = RobotsCopy{ETag: `"v1"`} // a copy without its status or body
	f := New(testConfig(), WithRobotsStore(store))
	if _, err := fetch(t, f, srv.URL+"/private/x"); !errors.Is(err, ErrRobotsDisallowed) {
		t.Errorf("with a broken kept copy: /private/x err = %v, want ErrRobotsDisallowed", err)
	}
}
