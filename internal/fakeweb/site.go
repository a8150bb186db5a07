package fakeweb

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Kinds of request, as in Request.Kind.
const (
	KindFeed      = "feed"      // a feed
	KindListing   = "listing"   // a listing page of a page source
	KindArticle   = "article"   // a corpus article page
	KindRobots    = "robots"    // robots.txt
	KindForbidden = "forbidden" // a page robots.txt disallows
	KindMissing   = "missing"   // a linked page that answers 404
	KindRedirect  = "redirect"  // a link that redirects to an article
	KindOther     = "other"     // anything else (404)
)

// Request is one request a site received.
type Request struct {
	Time            time.Time
	Site            string // site name
	Host            string // host:port the request was sent to
	Method          string
	Path            string // path with query
	Kind            string // one of the Kind constants
	Status          int    // status answered
	UserAgent       string
	IfNoneMatch     string
	IfModifiedSince string
	AcceptEncoding  string
}

// Requests returns a copy of every request received so far, in order.
func (w *Web) Requests() []Request {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.reqs)
}

// CountKind counts the requests of one kind received so far.
func (w *Web) CountKind(kind string) int {
	n := 0
	for _, r := range w.Requests() {
		if r.Kind == kind {
			n++
		}
	}
	return n
}

func (w *Web) record(r Request) {
	w.mu.Lock()
	w.reqs = append(w.reqs, r)
	w.mu.Unlock()
}

// route is one path of a site with its prepared answer.
type route struct {
	kind     string
	status   int
	ctype    string
	body     []byte
	location string    // redirect target
	etag     string    // conditional GET validators; empty/zero when not offered
	lastMod  time.Time // truncated to seconds
}

// site is one fake host.
type site struct {
	name   string
	kind   string
	web    *Web
	srv    *httptest.Server
	routes map[string]*route // by path, without query
	gzip   bool
}

func (s *site) base() string { return s.srv.URL }

func (s *site) add(path string, rt *route) {
	if rt.status == 0 {
		rt.status = http.StatusOK
	}
	s.routes[path] = rt
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rt, ok := s.routes[r.URL.Path]
	if !ok {
		rt = &route{kind: KindOther, status: http.StatusNotFound, ctype: "text/html; charset=utf-8",
			body: []byte("<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>404 Not Found</h1></body></html>")}
	}
	rec := Request{Time: time.Now(), Site: s.name, Host: r.Host, Method: r.Method, Path: r.URL.RequestURI(), Kind: rt.kind,
		UserAgent: r.UserAgent(), IfNoneMatch: r.Header.Get("If-None-Match"),
		IfModifiedSince: r.Header.Get("If-Modified-Since"), AcceptEncoding: r.Header.Get("Accept-Encoding")}
	// The request is logged as its status goes out, before the body: a
	// client that reads the answer and then the log finds it there.
	sw := &loggingWriter{ResponseWriter: w, log: func(status int) {
		rec.Status = status
		s.web.record(rec)
	}}
	status := s.answer(sw, r, rt)
	if !sw.logged {
		sw.logged = true
		rec.Status = status
		s.web.record(rec)
	}
}

// loggingWriter calls log with the status once, when the header goes out.
type loggingWriter struct {
	http.ResponseWriter
	log    func(status int)
	logged bool
}

func (lw *loggingWriter) WriteHeader(status int) {
	if !lw.logged {
		lw.logged = true
		lw.log(status)
	}
	lw.ResponseWriter.WriteHeader(status)
}

func (lw *loggingWriter) Write(b []byte) (int, error) {
	if !lw.logged {
		lw.WriteHeader(http.StatusOK)
	}
	return lw.ResponseWriter.Write(b)
}

// answer writes the route's response and returns the status sent.
func (s *site) answer(w http.ResponseWriter, r *http.Request, rt *route) int {
	if rt.kind == KindArticle && s.web.opts.ArticleDelay > 0 {
		select {
		case <-time.After(s.web.opts.ArticleDelay):
		case <-r.Context().Done():
			return 499
		}
	}
	h := w.Header()
	if rt.location != "" {
		h.Set("Location", rt.location)
		w.WriteHeader(rt.status)
		return rt.status
	}
	if rt.etag != "" {
		h.Set("ETag", rt.etag)
	}
	if !rt.lastMod.IsZero() {
		h.Set("Last-Modified", rt.lastMod.UTC().Format(http.TimeFormat))
	}
	if rt.status == http.StatusOK && notModified(r, rt) {
		w.WriteHeader(http.StatusNotModified)
		return http.StatusNotModified
	}
	h.Set("Content-Type", rt.ctype)
	body := rt.body
	if s.gzip && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(body)
		zw.Close()
		body = buf.Bytes()
		h.Set("Content-Encoding", "gzip")
		h.Set("Vary", "Accept-Encoding")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(rt.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
	return rt.status
}

// notModified applies RFC 9110's rules: If-None-Match wins over If-Modified-Since.
func notModified(r *http.Request, rt *route) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		if rt.etag == "" {
			return false
		}
		for _, tag := range strings.Split(inm, ",") {
			tag = strings.TrimSpace(tag)
			if tag == "*" || strings.TrimPrefix(tag, "W/") == strings.TrimPrefix(rt.etag, "W/") {
				return true
			}
		}
		return false
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || rt.lastMod.IsZero() {
		return false
	}
	t, err := http.ParseTime(ims)
	return err == nil && !rt.lastMod.After(t)
}
