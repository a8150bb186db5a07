package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/breachwire/breachwire/digest"
	"github.com/breachwire/breachwire/index"
	"github.com/breachwire/breachwire/schedule"
)

// Paging limits of the search API.
const (
	defaultAPILimit = 20
	maxAPILimit     = 1000
	maxOffset       = 100000
)

func (s *Server) apiRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/stories/{id}", s.apiStory)
	mux.HandleFunc("GET /api/stories", s.apiStories)
	mux.HandleFunc("GET /api/sources", s.apiSources)
	mux.HandleFunc("POST /api/sources/{name}/crawl", s.apiCrawl)
	mux.HandleFunc("POST /api/digest", s.apiDigest)
}

// apiFallback answers every /api/ request no route took: 405 when another
// method would have matched, else 404, both as JSON.
func (s *Server) apiFallback(mux *http.ServeMux) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if allow := allowedMethods(mux, r, "/api/"); len(allow) > 0 {
			for _, m := range allow {
				w.Header().Add("Allow", m)
			}
			writeJSONError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed")
			return
		}
		writeJSONError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	}
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := intParam(q.Get("limit"), defaultAPILimit, 1, maxAPILimit)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, "limit: "+err.Error())
		return
	}
	offset, err := intParam(q.Get("offset"), 0, 0, maxOffset)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, "offset: "+err.Error())
		return
	}
	sort := q.Get("sort")
	if sort != "" && sort != "relevance" && sort != "date" {
		writeJSONError(w, http.StatusBadRequest, `sort: want "relevance" or "date"`)
		return
	}
	res, err := s.search(r, index.SearchRequest{
		Query: q.Get("q"), Limit: limit, Offset: offset, Sort: sort, Facets: true,
	})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	normalizeResult(res)
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	st, err := s.ix.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	normalizeStory(st)
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	since, err := index.ParseSince(r.URL.Query().Get("since"), s.now())
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, err.Error())
		return
	}
	stories, err := s.ix.StoriesSince(r.Context(), since)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if stories == nil {
		stories = []index.Story{}
	}
	for i := range stories {
		normalizeStory(&stories[i])
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": stories})
}

// sourceJSON is SourceHealth on the wire, in the shape `sources --json`
// prints: a source that never succeeded (or was never tried) has a null
// last_success (last_attempt) rather than year 1.
type sourceJSON struct {
	Name        string     `json:"name"`
	URL         string     `json:"url,omitempty"`
	LastSuccess *time.Time `json:"last_success"`
	Failures    int        `json:"failures"`
	LastError   string     `json:"last_error"`
	Articles    int        `json:"articles"`
	LastAttempt *time.Time `json:"last_attempt"`
	LastNew     int        `json:"last_new"`
	Deferred    int        `json:"deferred"`
	Truncated   int        `json:"truncated"`
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	hs, err := s.sourceHealth(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := make([]sourceJSON, 0, len(hs))
	for _, h := range hs {
		j := sourceJSON{Name: h.Name, URL: h.URL, Failures: h.Failures, LastError: h.LastError, Articles: h.Articles, LastNew: h.LastNew, Deferred: h.Deferred, Truncated: h.Truncated}
		if !h.LastSuccess.IsZero() {
			t := h.LastSuccess.UTC()
			j.LastSuccess = &t
		}
		if !h.LastAttempt.IsZero() {
			t := h.LastAttempt.UTC()
			j.LastAttempt = &t
		}
		out = append(out, j)
	}
	writeJSON(w, http.StatusOK, map[string]any{"sources": out})
}

func (s *Server) apiCrawl(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if err := s.queueCrawl(name); err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "queued", "source": name})
}

// errNoTrigger is answered when the server was built without a crawl trigger.
var errNoTrigger = errors.New("web: crawling is not available in this server")

// queueCrawl asks the trigger for a crawl of one source now.
func (s *Server) queueCrawl(name string) error {
	if s.trigger == nil {
		return errNoTrigger
	}
	return s.trigger(name)
}

// apiError answers err as JSON with the status its kind calls for.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := errorStatus(err)
	if status == http.StatusInternalServerError {
		s.log.Error("api request failed", "path", r.URL.Path, "err", err)
	}
	writeJSONError(w, status, msg)
}

// errorStatus maps an error to an HTTP status and a message fit to show.
func errorStatus(err error) (int, string) {
	switch {
	case errors.Is(err, digest.ErrConfig):
		// Before ErrBadQuery: a watch query that does not parse is the
		// digest settings' fault, not the request's.
		return http.StatusUnprocessableEntity, err.Error()
	case errors.Is(err, digest.ErrDelivery):
		return http.StatusBadGateway, err.Error()
	case errors.Is(err, index.ErrBadQuery):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound, "no such story"
	case errors.Is(err, ErrUnknownSource), errors.Is(err, schedule.ErrUnknownSource):
		return http.StatusNotFound, "no such source"
	case errors.Is(err, errNoTrigger), errors.Is(err, errNoDigest):
		return http.StatusServiceUnavailable, err.Error()
	}
	return http.StatusInternalServerError, "internal error"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// intParam parses an optional integer query parameter of at least lo;
// values above hi are lowered to hi.
func intParam(s string, def, lo, hi int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a whole number", s)
	}
	if n < lo {
		return 0, fmt.Errorf("%d is below %d", n, lo)
	}
	return min(n, hi), nil
}

// normalizeResult makes every list in a search result a JSON array, never null.
func normalizeResult(res *index.SearchResult) {
	if res.Stories == nil {
		res.Stories = []index.Hit{}
	}
	for i := range res.Stories {
		normalizeStory(&res.Stories[i].Story)
	}
	f := &res.Facets
	for _, l := range []*[]index.FacetTerm{&f.Actors, &f.Victims, &f.Sources, &f.Languages, &f.Months} {
		if *l == nil {
			*l = []index.FacetTerm{}
		}
	}
}

// normalizeStory makes a story's lists JSON arrays, never null.
func normalizeStory(st *index.Story) {
	for _, l := range []*[]string{&st.Victims, &st.Actors, &st.Languages} {
		if *l == nil {
			*l = []string{}
		}
	}
	if st.Articles == nil {
		st.Articles = []index.StoryArticle{}
	}
	for i := range st.Articles {
		a := &st.Articles[i]
		if a.Victims == nil {
			a.Victims = []string{}
		}
		if a.Actors == nil {
			a.Actors = []string{}
		}
	}
}
