package fakeweb

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"strings"
	"time"

	"github.com/breachwire/breachwire/internal/corpus"
)

// Hub boilerplate.
const (
	hubSkip    = "Skip to main content"
	hubNav     = "Contact sales"
	hubCTA     = "Need help responding to an incident? Our response team is available around the clock."
	hubContact = "Media contact: press@hub.example, +1 555 0100"
	hubShare   = "Share this release on LinkedIn"
	hubFooter  = "Copyright 2025 Advisory & Press Hub, Inc. Trademarks belong to their owners."
	hubCookie  = "This site uses cookies. By continuing to browse you agree to our use of cookies."
)

// jsonFeed is the JSON Feed 1.1 document.
type jsonFeed struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	Language    string         `json:"language"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonFeedItem struct {
	ID            string   `json:"id"`
	URL           string   `json:"url"`
	Title         string   `json:"title"`
	Summary       string   `json:"summary"`
	DatePublished string   `json:"date_published"`
	Tags          []string `json:"tags,omitempty"`
}

func buildHub(w *Web, s *site, arts []corpus.Article) {
	arts = newestFirst(arts)
	feed := jsonFeed{Version: "https://jsonfeed.org/version/1.1", Title: "Advisory & Press Hub", HomePageURL: s.base() + "/",
		FeedURL: s.base() + "/feed.json", Language: "en"}
	for i, a := range arts {
		section, label := "press", "Press release"
		if a.Kind == corpus.KindAdvisory {
			section, label = "advisories", "Security advisory"
		}
		path := fmt.Sprintf("/%s/%s", section, a.ID)
		url := s.base() + path
		linked := url
		if i == 1 {
			// The feed links a short URL that redirects permanently to the page.
			short := fmt.Sprintf("/r/%d", 7000+i)
			linked = s.base() + short
			s.add(short, &route{kind: KindRedirect, status: http.StatusMovedPermanently, location: url})
		}
		more := others(arts, i, 1, 2, 3)
		body := hubPage(a, label, i%2 == 0, more)
		s.add(path, &route{kind: KindArticle, ctype: "text/html; charset=utf-8", body: []byte(body)})
		bp := append([]string{hubSkip, hubNav, hubCTA, hubContact, hubShare, hubFooter, hubCookie}, titles(more)...)
		w.addPage(Page{Article: a, Site: s.name, URL: url, Linked: linked, Boilerplate: bp, TimeOfDay: true})
		feed.Items = append(feed.Items, jsonFeedItem{ID: "hub-" + a.ID, URL: linked, Title: a.Title, Summary: paragraphs(a.Text)[0],
			DatePublished: a.Published.UTC().Format(time.RFC3339), Tags: []string{label}})
	}
	data, err := json.MarshalIndent(feed, "", "  ")
	if err != nil {
		panic(err) // plain structs of strings always marshal
	}
	// Weak ETag only, no Last-Modified, as many CDNs answer.
	s.add("/feed.json", &route{kind: KindFeed, ctype: "application/feed+json", body: data, etag: "W/" + etagOf(data)})
	s.add("/robots.txt", &route{kind: KindRobots, ctype: "text/plain", body: []byte("User-agent: *\nAllow: /\n")})
}

// hubPage renders a release or advisory in an <article> layout; split puts
// the body into two nested sections around a call-to-action box.
func hubPage(a corpus.Article, label string, split bool, more []corpus.Article) string {
	e := html.EscapeString
	pub := a.Published.UTC()
	paras := paragraphs(a.Text)
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<title>%s</title>\n", e(a.Title))
	fmt.Fprintf(&b, "<meta name=\"description\" content=\"%s\">\n<meta name=\"date\" content=\"%s\">\n", e(clipRunes(paras[0], 150)), pub.Format("2006-01-02"))
	b.WriteString("<link rel=\"stylesheet\" href=\"/assets/hub.css\">\n</head>\n<body>\n")
	fmt.Fprintf(&b, "<a class=\"skip\" href=\"#main\">%s</a>\n<div class=\"cookie-notice\"><p>%s</p><button>OK</button></div>\n", hubSkip, hubCookie)
	fmt.Fprintf(&b, "<header class=\"global\"><a href=\"/\" class=\"brand\">Advisory &amp; Press Hub</a><nav aria-label=\"Main\"><a href=\"/products\">Products</a> <a href=\"/solutions\">Solutions</a> <a href=\"/advisories\">Advisories</a> <a href=\"/press\">Press</a> <a href=\"/contact\">%s</a></nav></header>\n", hubNav)
	b.WriteString("<main id=\"main\">\n<article class=\"release\">\n")
	fmt.Fprintf(&b, "<header><p class=\"kicker\">%s</p><h1>%s</h1><p class=\"dateline\">Published <time datetime=\"%s\">%s</time> by %s</p></header>\n",
		label, e(a.Title), pub.Format(time.RFC3339), pub.Format("January 2, 2006"), e(a.Source))
	b.WriteString("<div class=\"release-body\">\n")
	cut := len(paras)
	if split && len(paras) > 2 {
		cut = len(paras) / 2
	}
	writeSection := func(ps []string) {
		b.WriteString("<div class=\"section\"><div class=\"rich-text\"><div>\n")
		for _, p := range ps {
			fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
		}
		b.WriteString("</div></div></div>\n")
	}
	cta := fmt.Sprintf("<div class=\"cta-box\"><p>%s</p><a class=\"button\" href=\"/contact\">Talk to an expert</a></div>\n", hubCTA)
	writeSection(paras[:cut])
	if cut < len(paras) {
		b.WriteString(cta)
		writeSection(paras[cut:])
	}
	b.WriteString("</div>\n")
	if cut == len(paras) {
		b.WriteString(cta)
	}
	fmt.Fprintf(&b, "<footer class=\"release-footer\"><p class=\"media-contact\">%s</p><ul class=\"share-links\"><li><a href=\"#\">%s</a></li><li><a href=\"#\">Print</a></li></ul></footer>\n</article>\n", hubContact, hubShare)
	b.WriteString("<aside class=\"more\"><h2>More from the hub</h2><ul>\n")
	for _, m := range more {
		fmt.Fprintf(&b, "<li><a href=\"/press/%s\">%s</a></li>\n", m.ID, e(m.Title))
	}
	fmt.Fprintf(&b, "</ul></aside>\n</main>\n<footer class=\"global-footer\"><p>%s</p><p><a href=\"/privacy\">Privacy</a> | <a href=\"/legal\">Legal</a></p></footer>\n</body>\n</html>\n", hubFooter)
	return b.String()
}

// clipRunes shortens s to at most n runes.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
