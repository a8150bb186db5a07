package web

import (
	"html"
	"net/http"
	"net/url"
	"strings"

	"github.com/gorilla/feeds"

	"github.com/breachwire/breachwire/index"
)

// feedSize is how many of the newest stories the Atom feed carries.
const feedSize = 50

// feed serves the Atom feed of the newest stories.
func (s *Server) feed(w http.ResponseWriter, r *http.Request) {
	res, err := s.search(r, index.SearchRequest{Sort: "date", Limit: feedSize})
	if err != nil {
		s.log.Error("feed: listing stories", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	stories := res.Stories
	base := s.base(r)
	f := &feeds.Feed{
		Title:       "breachwire: newest stories",
		Link:        &feeds.Link{Href: base + "/"},
		Description: "Breaches, victims, record counts and threat actors merged from security news and advisories.",
		Id:          base + "/feed.atom",
		Updated:     s.now().UTC(),
	}
	if len(stories) > 0 {
		f.Updated = stories[0].Updated
	}
	for _, h := range stories {
		f.Items = append(f.Items, feedItem(base, h.Story))
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	if err := f.WriteAtom(w); err != nil {
		s.log.Error("feed: writing", "err", err)
	}
}

// feedItem is one story as an Atom entry. The feed package marks summaries
// as type="html", so the plain-text summary is HTML-escaped first: feed
// readers must not render scraped names as markup.
func feedItem(base string, st index.Story) *feeds.Item {
	link := base + "/stories/" + url.PathEscape(st.ID)
	v := newStoryView(st)
	var sum []string
	if len(v.Victims) > 0 {
		sum = append(sum, "Victims: "+strings.Join(v.Victims, ", "))
	}
	if v.Records != "" {
		sum = append(sum, "Records: "+v.Records)
	}
	if len(v.Actors) > 0 {
		sum = append(sum, "Actors: "+strings.Join(v.Actors, ", "))
	}
	sum = append(sum, v.Coverage)
	return &feeds.Item{
		Title:       truncate(st.Title, maxTitle),
		Link:        &feeds.Link{Href: link},
		Id:          link,
		Created:     st.FirstSeen,
		Updated:     st.Updated,
		Description: html.EscapeString(strings.Join(sum, ". ")),
	}
}

// base is the absolute URL the server is reached at.
func (s *Server) base(r *http.Request) string {
	if s.baseURL != "" {
		return strings.TrimRight(s.baseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
