package fetch

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// Robots limits: RFC 9309 asks crawlers to parse at least 500 KiB, and
// robots.txt may redirect up to five times.
const (
	robotsMaxBody      = 512 << 10
	robotsMaxRedirects = 5
	robotsTTL          = time.Hour
	robotsErrTTL       = 5 * time.Minute
	// MaxCrawlDelay bounds the Crawl-delay of robots.txt that is honoured,
	// so that one site cannot stall a whole pass.
	MaxCrawlDelay = 10 * time.Second
)

// robotsCache holds one robots.txt per scheme and host, fetched once however
// many goroutines ask at the same moment.
type robotsCache struct {
	mu      sync.Mutex
	entries map[string]*robotsEntry
}

type robotsEntry struct {
	ready   chan struct{} // closed when data/err are set
	data    *robotstxt.RobotsData
	err     error
	expires time.Time
}

// RobotsStore keeps robots.txt files between runs, so that a later run
// asks for each one conditionally (If-None-Match, If-Modified-Since)
// instead of downloading it again. Its methods may be called from several
// goroutines at once.
type RobotsStore interface {
	// LoadRobots returns the copy kept for origin ("https://host").
	LoadRobots(origin string) (RobotsCopy, bool)
	// SaveRobots keeps c for origin; a failure to keep it is only logged
	// by the store, since the next run then downloads the file again.
	SaveRobots(origin string, c RobotsCopy)
}

// RobotsCopy is a robots.txt answer as kept between runs: its status, its
// body (at most 512 KiB) and the validators to ask for it again with.
type RobotsCopy struct {
	Status       int       `json:"status"`
	Body         []byte    `json:"body,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"`
}

// WithRobotsStore makes the Fetcher keep robots.txt files in s between
// runs and revalidate them conditionally.
func WithRobotsStore(s RobotsStore) Option { return func(f *Fetcher) { f.robotsStore = s } }

// allowed reports whether robots.txt of u's host lets agent fetch u. An
// error means robots.txt could not be fetched at all (the host is down).
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	key := u.Scheme + "://" + u.Host
	c := &f.robots
	c.mu.Lock()
	e := c.entries[key]
	if e != nil && !e.expires.IsZero() && time.Now().After(e.expires) {
		e = nil
	}
	if e == nil {
		e = &robotsEntry{ready: make(chan struct{})}
		c.entries[key] = e
		c.mu.Unlock()
		e.data, e.err = f.fetchRobots(ctx, key)
		ttl := robotsTTL
		if e.err != nil {
			ttl = robotsErrTTL
		}
		c.mu.Lock()
		e.expires = time.Now().Add(ttl)
		c.mu.Unlock()
		close(e.ready)
	} else {
		c.mu.Unlock()
		select {
		case <-e.ready:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if e.err != nil {
		return e.err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	group := robotsGroup(e.data, f.cfg.UserAgent)
	if !group.Test(path) {
		return ErrRobotsDisallowed
	}
	if d := min(group.CrawlDelay, MaxCrawlDelay); d > f.cfg.Delay {
		f.gate.setCrawlDelay(u.Host, d)
	}
	return nil
}

// fetchRobots downloads and parses robots.txt of origin. As RFC 9309 says, a
// 4xx answer means no rules and a 5xx answer means everything is disallowed
// (returned as an error naming robots.txt);
// an unreadable file is taken as no rules rather than blocking the site.
func (f *Fetcher) fetchRobots(ctx context.Context, origin string) (*robotstxt.RobotsData, error) {
	target, _ := url.Parse(origin + "/robots.txt")
	var kept RobotsCopy
	haveKept := false
	if f.robotsStore != nil {
		kept, haveKept = f.robotsStore.LoadRobots(origin)
		haveKept = haveKept && (kept.ETag != "" || kept.LastModified != "") && kept.Status >= 200 && kept.Status < 300
	}
	for hop := 0; ; hop++ {
		req := Request{Accept: "text/plain,*/*;q=0.5"}
		if hop == 0 && haveKept {
			req.ETag, req.LastModified = kept.ETag, kept.LastModified
		}
		res, err := f.attempts(ctx, target, req, robotsMaxBody)
		if err != nil {
			return nil, err
		}
		if hop == 0 && haveKept && res.Status == http.StatusNotModified {
			// Unchanged since the last run: its kept copy holds, if it
			// still reads; else ask again, unconditionally.
			if data, err := robotstxt.FromStatusAndBytes(kept.Status, kept.Body); err == nil && data != nil {
				return data, nil
			}
			haveKept = false
			hop = -1
			continue
		}
		if hop == 0 && f.robotsStore != nil && res.Status < 300 && (res.Header.Get("ETag") != "" || res.Header.Get("Last-Modified") != "") {
			f.robotsStore.SaveRobots(origin, RobotsCopy{Status: res.Status, Body: res.Body, ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified"), Fetched: time.Now().UTC()})
		}
		if isRedirect(res.Status) && hop < robotsMaxRedirects {
			next, err := target.Parse(res.Header.Get("Location"))
			if err == nil && (next.Scheme == "http" || next.Scheme == "https") {
				target = next
				continue
			}
		}
		status := res.Status
		if isRedirect(status) {
			status = http.StatusNotFound // too many redirects: no rules
		}
		if status >= 500 {
			// Unreachable robots.txt means a full disallow; say why.
			return nil, &StatusError{URL: target.String(), Code: status}
		}
		data, err := robotstxt.FromStatusAndBytes(status, res.Body)
		if err != nil || data == nil {
			data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		}
		return data, nil
	}
}

// robotsGroup finds the robots.txt group meant for userAgent: the group whose
// name starts the whole string, else one named by a product token inside it
// (RFC 9309 matches on the product token, so "Mozilla/5.0 (compatible;
// breachwire/0.1)" is breachwire), else the * group.
func robotsGroup(data *robotstxt.RobotsData, userAgent string) *robotstxt.Group {
	fallback := data.FindGroup("")
	if g := data.FindGroup(userAgent); g != fallback {
		return g
	}
	for _, tok := range strings.FieldsFunc(userAgent, func(r rune) bool { return strings.ContainsRune(" ;()+,", r) }) {
		name, _, _ := strings.Cut(tok, "/")
		switch strings.ToLower(name) {
		case "", "mozilla", "compatible", "http:", "https:":
			continue
		}
		if g := data.FindGroup(name); g != fallback {
			return g
		}
	}
	return fallback
}
