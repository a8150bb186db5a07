package web

import (
	"bytes"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/breachwire/breachwire/index"
)

// pageSize is how many stories one search page shows; it keeps the page
// small (well under 200 KB) whatever the index holds.
const pageSize = 20

func (s *Server) pageRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", s.searchPage)
	mux.HandleFunc("GET /search", s.searchPage)
	mux.HandleFunc("GET /stories/{id}", s.storyPage)
	mux.HandleFunc("GET /sources", s.sourcesPage)
	mux.HandleFunc("POST /sources/{name}/crawl", s.crawlForm)
	mux.Handle("GET /static/", staticHandler())
}

// pageFallback answers every other request with an HTML 404 or 405.
func (s *Server) pageFallback(mux *http.ServeMux) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if allow := allowedMethods(mux, r, "/"); len(allow) > 0 {
			for _, m := range allow {
				w.Header().Add("Allow", m)
			}
			s.errorPage(w, r, http.StatusMethodNotAllowed, "This page does not accept "+r.Method+" requests.")
			return
		}
		s.errorPage(w, r, http.StatusNotFound, "There is no page at this address.")
	}
}

// page is what every template gets: the page title, the navigation entry
// to highlight, and the page's own data.
type page struct {
	Title string
	Nav   string
	Data  any
}

// render executes a page template into a buffer first, so a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "base", p); err != nil {
		s.log.Error("rendering page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errorPage shows msg on an HTML page with status.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", page{Title: http.StatusText(status), Data: struct {
		Status  int
		Text    string
		Message string
	}{status, http.StatusText(status), msg}})
}

// pageError shows err on an HTML page with the status its kind calls for.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := errorStatus(err)
	if status == http.StatusInternalServerError {
		s.log.Error("page request failed", "path", r.URL.Path, "err", err)
		msg = "Something went wrong on our side; the error has been logged."
	}
	s.errorPage(w, r, status, msg)
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	st, err := s.ix.Story(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if st.ID != id {
		// An old id of a merged story: send the browser to the story it became.
		http.Redirect(w, r, "/stories/"+url.PathEscape(st.ID), http.StatusMovedPermanently)
		return
	}
	v := newStoryDetail(*st)
	s.render(w, r, http.StatusOK, "story", page{Title: v.Title, Data: v})
}

// sourceRow is one source on the sources page.
type sourceRow struct {
	Name, CrawlPath     string
	URL                 template.URL
	LastSuccess, Ago    string
	Failures, Articles  int
	LastError           string
	Failing, NeverFound bool
}

func (s *Server) sourcesPage(w http.ResponseWriter, r *http.Request) {
	hs, err := s.sourceHealth(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	now := s.now()
	rows := make([]sourceRow, 0, len(hs))
	for _, h := range hs {
		row := sourceRow{
			Name:      truncate(h.Name, maxName),
			CrawlPath: "/sources/" + url.PathEscape(h.Name) + "/crawl",
			Failures:  h.Failures,
			Articles:  h.Articles,
			LastError: truncate(h.LastError, maxError),
			Failing:   h.Failures > 0,
		}
		if u, ok := safeURL(h.URL); ok {
			row.URL = u
		}
		if !h.LastSuccess.IsZero() {
			row.LastSuccess = h.LastSuccess.UTC().Format("2006-01-02 15:04 MST")
			row.Ago = ago(now.Sub(h.LastSuccess))
		}
		rows = append(rows, row)
	}
	data := struct {
		Sources  []sourceRow
		Queued   string
		CanCrawl bool
	}{rows, truncate(r.URL.Query().Get("queued"), maxName), s.trigger != nil}
	s.render(w, r, http.StatusOK, "sources", page{Title: "Sources", Nav: "sources", Data: data})
}

// crawlForm queues a crawl from the sources page's button and sends the
// browser back there.
func (s *Server) crawlForm(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if err := s.queueCrawl(name); err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/sources?queued="+url.QueryEscape(name), http.StatusSeeOther)
}

// sourceHealth lists source health, or nothing without a sources function.
func (s *Server) sourceHealth(r *http.Request) ([]SourceHealth, error) {
	if s.sources == nil {
		return nil, nil
	}
	return s.sources(r.Context())
}

// search runs one index search and records its latency.
func (s *Server) search(r *http.Request, req index.SearchRequest) (*index.SearchResult, error) {
	start := time.Now()
	res, err := s.ix.Search(r.Context(), req)
	s.metrics.SearchDone(time.Since(start))
	if err == nil && res == nil {
		err = errors.New("web: index returned no result")
	}
	return res, err
}

// ago says roughly how long d is, for "last success 3h ago".
func ago(d time.Duration) string {
	switch {
	case d < 0:
		return "just now"
	case d < time.Minute:
		return strconv.Itoa(int(d.Seconds())) + "s ago"
	case d < time.Hour:
		return strconv.Itoa(int(d.Minutes())) + " min ago"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d.Hours())) + "h ago"
	}
	return strconv.Itoa(int(d.Hours()/24)) + " days ago"
}
