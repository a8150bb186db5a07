package web

import (
	"context"
	"errors"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/breachwire/breachwire/digest"
	"github.com/breachwire/breachwire/index"
)

// ErrUnknownSource is what a crawl trigger returns (wrapped) for a source
// name it does not know; the server answers 404. schedule.ErrUnknownSource is
// recognised as well.
var ErrUnknownSource = errors.New("web: unknown source")

// SourceHealth is one source's health as the sources page and /api/sources
// show it.
type SourceHealth struct {
	Name string `json:"name"`
	// URL is the source's feed or listing page; optional.
	URL string `json:"url,omitempty"`
	// LastSuccess is the end of the last successful crawl; zero when there was none.
	LastSuccess time.Time `json:"last_success"`
	// Failures counts the consecutive failed crawls.
	Failures  int    `json:"failures"`
	LastError string `json:"last_error"`
	// Articles is how many articles the source has yielded.
	Articles int `json:"articles"`
	// LastAttempt is the end of the last crawl that tried the source;
	// zero when there was none.
	LastAttempt time.Time `json:"last_attempt"`
	// LastNew is how many articles the last successful crawl stored.
	LastNew int `json:"last_new"`
	// Deferred is how many new article links the last successful crawl
	// left for the next one (over its cap of fetches per source).
	Deferred int `json:"deferred"`
	// Truncated is how many of the last successful crawl's responses were
	// cut off at the body limit.
	Truncated int `json:"truncated"`
}

// Server serves the web UI and JSON API over one index. It is safe for
// concurrent use.
type Server struct {
	ix      *index.Index
	sources func(ctx context.Context) ([]SourceHealth, error)
	trigger func(name string) error
	digest  func(ctx context.Context, req digest.Request) (*digest.Result, error)
	// digestToken is the bearer token POST /api/digest must carry.
	digestToken string
	log         *slog.Logger
	metrics     *Metrics
	baseURL     string
	pages       map[string]*template.Template
	now         func() time.Time
}

// Option configures a Server.
type Option func(*Server)

// WithSources sets the function that reports source health for the sources
// page and /api/sources; without it no sources are listed.
func WithSources(f func(ctx context.Context) ([]SourceHealth, error)) Option {
	return func(s *Server) { s.sources = f }
}

// WithCrawlTrigger sets the function that queues a crawl of one source now
// (schedule.Scheduler.Trigger fits); it returns an error wrapping
// ErrUnknownSource or schedule.ErrUnknownSource for a name it does not know.
func WithCrawlTrigger(f func(name string) error) Option {
	return func(s *Server) { s.trigger = f }
}

// WithDigest sets the function that runs the digest for POST /api/digest
// (build, send and record, or only build for a dry run; digest.Run over the
// server's index and digest log fits). Requests must carry token as
// "Authorization: Bearer TOKEN", since a send mails the recipients and marks
// stories sent; an empty token lets every request through. Without this
// option the route answers 503.
func WithDigest(run func(ctx context.Context, req digest.Request) (*digest.Result, error), token string) Option {
	return func(s *Server) { s.digest, s.digestToken = run, token }
}

// WithLogger sets the logger for requests and errors; the default discards.
func WithLogger(l *slog.Logger) Option {
	return func(s *Server) {
		if l != nil {
			s.log = l
		}
	}
}

// WithMetrics sets the metrics that /metrics exposes and that search
// latency is recorded in; the default is a fresh NewMetrics().
func WithMetrics(m *Metrics) Option {
	return func(s *Server) {
		if m != nil {
			s.metrics = m
		}
	}
}

// WithBaseURL sets the absolute URL the server is reached at, used for links
// in the Atom feed; without it links are built from the request's Host.
func WithBaseURL(u string) Option {
	return func(s *Server) { s.baseURL = u }
}

// New returns a Server over ix.
func New(ix *index.Index, opts ...Option) *Server {
	s := &Server{
		ix:    ix,
		log:   slog.New(slog.NewTextHandler(io.Discard, nil)),
		pages: parsePages(),
		now:   time.Now,
	}
	for _, o := range opts {
		o(s)
	}
	if s.metrics == nil {
		s.metrics = NewMetrics()
	}
	return s
}

// Handler returns the HTTP handler with every route of the UI and the API.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.apiRoutes(mux)
	s.pageRoutes(mux)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok")
	})
	mux.Handle("GET /metrics", s.metrics.Handler())
	mux.HandleFunc("GET /feed.atom", s.feed)
	mux.HandleFunc("/api/", s.apiFallback(mux))
	mux.HandleFunc("/", s.pageFallback(mux))

	csrf := http.NewCrossOriginProtection()
	return s.recoverPanics(securityHeaders(s.logRequests(csrf.Handler(mux))))
}

// allowedMethods returns the methods some route of mux accepts for r's path,
// so that a fallback can tell 405 from 404.
func allowedMethods(mux *http.ServeMux, r *http.Request, fallback string) []string {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := mux.Handler(probe); pattern != "" && pattern != fallback {
			allow = append(allow, m)
		}
	}
	return allow
}
