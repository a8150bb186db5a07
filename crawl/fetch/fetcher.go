package fetch

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"time"
)

// Config holds the fetcher's limits. Zero fields take the defaults below.
type Config struct {
	// UserAgent is sent with every request and matched against robots.txt.
	UserAgent string
	// Delay is the pause between the end of one request to a host and the
	// start of the next.
	Delay time.Duration
	// Parallelism is the most requests, and so hosts, in flight at once.
	Parallelism int
	// Timeout bounds one attempt of one request, body included.
	Timeout time.Duration
	// MaxBody is the most bytes of body kept, after decompression.
	MaxBody int64
	// MaxRedirects is the longest redirect chain followed. Default 10.
	MaxRedirects int
	// Retries is how many times a timeout, 5xx or 429 is retried. Default 2;
	// negative means none.
	Retries int
	// Backoff is the wait before the first retry, doubled for each next one.
	// Default 1s.
	Backoff time.Duration
	// MaxRetryAfter is the longest Retry-After honoured by waiting; a host
	// asking for more is given up for that long. Default 30s.
	MaxRetryAfter time.Duration
}

// Defaults for the Config fields the crawl settings do not carry.
const (
	DefaultMaxRedirects  = 10
	DefaultRetries       = 2
	DefaultBackoff       = time.Second
	DefaultMaxRetryAfter = 30 * time.Second
)

func (c *Config) setDefaults() {
	if c.UserAgent == "" {
		c.UserAgent = "breachwire"
	}
	if c.Parallelism < 1 {
		c.Parallelism = 4
	}
	if c.Timeout <= 0 {
		c.Timeout = 20 * time.Second
	}
	if c.MaxBody <= 0 {
		c.MaxBody = 5 << 20
	}
	if c.MaxRedirects <= 0 {
		c.MaxRedirects = DefaultMaxRedirects
	}
	if c.Retries == 0 {
		c.Retries = DefaultRetries
	}
	if c.Backoff <= 0 {
		c.Backoff = DefaultBackoff
	}
	if c.MaxRetryAfter <= 0 {
		c.MaxRetryAfter = DefaultMaxRetryAfter
	}
}

// Request is one URL to fetch, with the validators of a copy we already have.
type Request struct {
	URL string
	// ETag and LastModified, when set, make the request conditional.
	ETag, LastModified string
	// Accept is sent as the Accept header; empty means any HTML-ish page.
	Accept string
	// SkipRedirect, when set, is asked about the URL each redirect points
	// to before it is followed; when it answers true Fetch stops there and
	// returns an error wrapping ErrRedirectSkipped. The crawler uses it not
	// to download again an article it already has under its final URL.
	SkipRedirect func(next string) bool
}

// Response is a successful (2xx) or not-modified (304) answer.
type Response struct {
	// URL is the final URL, after redirects, without fragment.
	URL    string
	Status int
	Header http.Header
	// Body is the decompressed body as sent, at most MaxBody bytes.
	Body []byte
	// Truncated says the body was longer than MaxBody and was cut off.
	Truncated bool
	// NotModified says the server answered 304 to a conditional request.
	NotModified bool
}

// Fetcher downloads pages within the limits of its Config.
type Fetcher struct {
	cfg    Config
	client *http.Client
	gate   *gate
	robots robotsCache
	log    *slog.Logger
	// robotsStore, when set, keeps robots.txt files between runs.
	robotsStore RobotsStore
}

// Option changes a Fetcher made by New.
type Option func(*Fetcher)

// WithTransport makes the Fetcher send its requests through rt.
func WithTransport(rt http.RoundTripper) Option {
	return func(f *Fetcher) { f.client.Transport = rt }
}

// WithLogger makes the Fetcher log retries and back-offs to l.
func WithLogger(l *slog.Logger) Option {
	return func(f *Fetcher) { f.log = l }
}

// New returns a Fetcher with the given limits.
func New(cfg Config, opts ...Option) *Fetcher {
	cfg.setDefaults()
	f := &Fetcher{
		cfg: cfg,
		client: &http.Client{
			Transport: newTransport(cfg.Timeout),
			// Redirects are followed by Fetch itself, so that every hop
			// passes robots.txt, the per-host delay and loop detection.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		gate:   newGate(cfg.Parallelism, cfg.Delay, cfg.MaxRetryAfter),
		robots: robotsCache{entries: map[string]*robotsEntry{}},
		log:    slog.New(slog.DiscardHandler),
	}
	for _, o := range opts {
		o(f)
	}
	return f
}

func newTransport(timeout time.Duration) *http.Transport {
	d := &net.Dialer{Timeout: min(timeout, 10*time.Second), KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   min(timeout, 10*time.Second),
		ResponseHeaderTimeout: timeout,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   2,
		// Decompression is done by readBody, after which MaxBody applies.
		DisableCompression: true,
		ForceAttemptHTTP2:  true,
	}
}

// Fetch downloads req.URL, following redirects. It returns a Response for a
// 2xx or 304 answer and an error otherwise: *StatusError for other HTTP
// statuses, ErrRobotsDisallowed, ErrTooManyRedirects, ErrRedirectLoop,
// ErrRedirectSkipped, ErrRateLimited, or the network error of the last
// attempt.
func (f *Fetcher) Fetch(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: %q", ErrBadURL, req.URL)
	}
	u.Fragment, u.RawFragment = "", ""
	seen := map[string]bool{u.String(): true}
	for hop := 0; ; hop++ {
		if err := f.allowed(ctx, u); err != nil {
			return nil, fmt.Errorf("%s: %w", u, err)
		}
		res, err := f.attempts(ctx, u, req, f.cfg.MaxBody)
		if err != nil {
			return nil, err
		}
		switch {
		case res.Status == http.StatusNotModified:
			res.NotModified = true
			return res, nil
		case res.Status >= 200 && res.Status < 300:
			return res, nil
		case !isRedirect(res.Status) || res.Header.Get("Location") == "":
			return nil, &StatusError{URL: u.String(), Code: res.Status}
		}
		next, err := u.Parse(res.Header.Get("Location"))
		if err != nil || (next.Scheme != "http" && next.Scheme != "https") {
			return nil, fmt.Errorf("%w: %s redirects to %q", ErrBadURL, u, res.Header.Get("Location"))
		}
		next.Fragment, next.RawFragment = "", ""
		if seen[next.String()] {
			return nil, fmt.Errorf("%w: %s redirects back to %s", ErrRedirectLoop, u, next)
		}
		if hop+1 > f.cfg.MaxRedirects {
			return nil, fmt.Errorf("%w: more than %d from %s", ErrTooManyRedirects, f.cfg.MaxRedirects, req.URL)
		}
		if req.SkipRedirect != nil && req.SkipRedirect(next.String()) {
			return nil, fmt.Errorf("%w: %s redirects to %s", ErrRedirectSkipped, u, next)
		}
		seen[next.String()] = true
		u = next
	}
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}
