package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/breachwire/breachwire/index"
)

// facetSize is how many values each facet lists.
const facetSize = 12

// searchView is the search page's data.
type searchView struct {
	Query, Sort string
	Latest      bool // no query: the newest stories are listed
	Error       string
	Total       uint64
	From, To    int
	Stories     []storyView
	Facets      []facetGroup
	Prev, Next  string
}

// facetGroup is one facet with a link per value that narrows the query.
type facetGroup struct {
	Label string
	Terms []facetLink
}

// facetLink is one facet value; Active when the query already holds it, in
// which case Href removes it again.
type facetLink struct {
	Term   string
	Count  int
	Href   string
	Active bool
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := searchView{Query: strings.TrimSpace(q.Get("q")), Sort: q.Get("sort")}
	if v.Sort != "date" {
		v.Sort = "relevance"
	}
	offset, err := intParam(q.Get("offset"), 0, 0, maxOffset)
	if err != nil {
		offset = 0
	}
	if v.Query == "" {
		// No query: the newest stories, with facets to start narrowing from.
		v.Latest = true
	}
	status := http.StatusOK
	err = s.results(r, &v, offset)
	if err != nil {
		if !errors.Is(err, index.ErrBadQuery) {
			s.pageError(w, r, err)
			return
		}
		status = http.StatusBadRequest
		v.Error = truncate(err.Error(), maxError)
	}
	title := "Search"
	if v.Query != "" {
		title = truncate(v.Query, 80) + " — search"
	}
	s.render(w, r, status, "search", page{Title: title, Nav: "search", Data: v})
}

// results fills v with one page of stories ranked for v.Query.
func (s *Server) results(r *http.Request, v *searchView, offset int) error {
	order := v.Sort
	if v.Latest && r.URL.Query().Get("sort") == "" {
		// The form still offers "best match" for the query typed next.
		order = "date"
	}
	res, err := s.search(r, index.SearchRequest{
		Query: v.Query, Limit: pageSize, Offset: offset, Sort: order, Facets: true, FacetSize: facetSize,
	})
	if err != nil {
		return err
	}
	v.Total = res.Total
	for _, h := range res.Stories {
		sv := newStoryView(h.Story)
		sv.Fragment = safeFragment(h.Fragment)
		if sv.Fragment == "" && len(h.Articles) > 0 {
			sv.Fragment = safeFragment(escapeText(h.Articles[0].Summary))
		}
		v.Stories = append(v.Stories, sv)
	}
	v.Facets = facetGroups(v.Query, v.Sort, res.Facets)
	v.page(offset, len(res.Stories))
	return nil
}

// page sets the range shown and the links to the previous and next pages.
func (v *searchView) page(offset, n int) {
	if n == 0 {
		return
	}
	v.From, v.To = offset+1, offset+n
	if offset > 0 {
		v.Prev = searchHref(v.Query, v.Sort, max(0, offset-pageSize))
	}
	if uint64(offset+n) < v.Total && offset+pageSize <= maxOffset {
		v.Next = searchHref(v.Query, v.Sort, offset+pageSize)
	}
}

// searchHref is the address of a search page.
func searchHref(q, sort string, offset int) string {
	vals := url.Values{}
	if q != "" {
		vals.Set("q", q)
	}
	if sort == "date" {
		vals.Set("sort", sort)
	}
	if offset > 0 {
		vals.Set("offset", strconv.Itoa(offset))
	}
	if len(vals) == 0 {
		return "/"
	}
	return "/?" + vals.Encode()
}

// facetGroups turns the result's facets into narrowing links.
func facetGroups(q, sort string, f index.Facets) []facetGroup {
	groups := []struct {
		key, label string
		terms      []index.FacetTerm
	}{
		{"actors", "Actor", f.Actors}, {"victims", "Victim", f.Victims}, {"sources", "Source", f.Sources},
		{"languages", "Language", f.Languages}, {"months", "Month", f.Months},
	}
	var out []facetGroup
	for _, g := range groups {
		fg := facetGroup{Label: g.label}
		for _, t := range g.terms {
			l := facetLink{Term: truncate(t.Term, maxName), Count: t.Count}
			if c := facetClause(g.key, t.Term); c != "" {
				nq, active := toggleClause(q, c)
				l.Href, l.Active = searchHref(nq, sort, 0), active
			}
			fg.Terms = append(fg.Terms, l)
		}
		if len(fg.Terms) > 0 {
			out = append(out, fg)
		}
	}
	return out
}

// escapeText makes plain text safe to pass where a fragment is expected.
func escapeText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
