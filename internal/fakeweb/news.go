package fakeweb

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/breachwire/breachwire/internal/corpus"
)

// English news site boilerplate, recorded per page so tests can check that
// extraction leaves it out.
const (
	newsCookie     = "We use cookies and similar technologies to personalise content and measure our audience."
	newsSubscribe  = "Subscribe to The Daily Breach Premium"
	newsAdTop      = "Advertisement: Zero-trust network access for teams of every size"
	newsAdSide     = "Advertisement: Patch faster with AutoPatch Cloud, now free for 30 days"
	newsShare      = "Share on LinkedIn"
	newsNewsletter = "Get the Breach Brief newsletter in your inbox every weekday morning."
	newsFooter     = "© 2025 Daily Breach Media Ltd. All rights reserved."
	newsAuthorBio  = "Dana Whitfield covers cybercrime and data protection for The Daily Breach."
)

// newsComments are reader comments; some name groups and figures of other
// incidents, which extraction must not pick up.
var newsComments = []string{
	"Sounds like LockBit again. They leaked 2 million records from my insurer last year and nobody noticed for months.",
	"Great reporting, thanks. Does anyone know if Marriott loyalty members were caught up in this too?",
	"This is why we moved everything off on-prem servers. 45,000 endpoints and not one incident since.",
	"I would not be surprised if Lazarus Group turned out to be behind it.",
	"When will companies learn to encrypt data at rest?",
}

func buildNews(w *Web, s *site, arts []corpus.Article) {
	arts = newestFirst(arts)
	type item struct {
		a      corpus.Article
		canon  string
		linked string
	}
	var items []item
	for i, a := range arts {
		path := fmt.Sprintf("/%s/%s/", a.Published.UTC().Format("2006/01/02"), a.ID)
		canon := s.base() + path
		linked := canon + "?utm_source=rss&utm_medium=feed&utm_campaign=security"
		if i == 3 {
			linked += "#comments"
		}
		rel := others(arts, i, 1, 2, 5)
		side := others(arts, i, 3, 7)
		com := []string{newsComments[i%len(newsComments)], newsComments[(i+2)%len(newsComments)]}
		body := newsPage(a, canon, i%3, rel, side, com)
		s.add(path, &route{kind: KindArticle, ctype: "text/html; charset=utf-8", body: []byte(body)})
		bp := []string{newsCookie, newsSubscribe, newsAdTop, newsAdSide, newsShare, newsNewsletter, newsFooter, newsAuthorBio}
		bp = append(append(append(bp, titles(rel)...), titles(side)...), com...)
		w.addPage(Page{Article: a, Site: s.name, URL: canon, Linked: linked, Boilerplate: bp, TimeOfDay: true})
		items = append(items, item{a, canon, linked})
	}
	// A members-only story that robots.txt forbids; the feed links it all the same.
	members := s.base() + "/members/insider-briefing-ransomware-negotiators/"
	w.forbidden = append(w.forbidden, members)
	s.add("/members/insider-briefing-ransomware-negotiators/", &route{kind: KindForbidden, ctype: "text/html; charset=utf-8",
		body: []byte("<!DOCTYPE html><html><head><title>Members only</title></head><body><article><h1>Insider briefing: how ransomware negotiators work</h1><p>This briefing is for members only.</p></article></body></html>")})
	s.add("/robots.txt", &route{kind: KindRobots, ctype: "text/plain; charset=utf-8",
		body: []byte("# The Daily Breach\nUser-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow: /members/\nDisallow: /search\nCrawl-delay: 0\n")})

	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>` + "\n")
	fmt.Fprintf(&b, "<title>The Daily Breach: Security</title>\n<link>%s/</link>\n<description>Breaches, ransomware and the people behind them.</description>\n<language>en-us</language>\n", s.base())
	fmt.Fprintf(&b, `<atom:link href="%s/feed/" rel="self" type="application/rss+xml"/>`+"\n", s.base())
	for i, it := range items {
		if i == 2 {
			fmt.Fprintf(&b, "<item><title>Insider briefing: how ransomware negotiators work</title><link>%s</link><guid isPermaLink=\"true\">%s</guid><pubDate>%s</pubDate><description>Members only.</description></item>\n",
				members, members, it.a.Published.Add(time.Minute).UTC().Format(time.RFC1123Z))
		}
		desc := paragraphs(it.a.Text)[0]
		fmt.Fprintf(&b, "<item>\n<title>%s</title>\n<link>%s</link>\n<guid isPermaLink=\"false\">dailybreach-%s</guid>\n<pubDate>%s</pubDate>\n<dc:creator>Dana Whitfield</dc:creator>\n<category>Security</category>\n<description>%s</description>\n</item>\n",
			xmlEsc(it.a.Title), xmlEsc(it.linked), it.a.ID, it.a.Published.UTC().Format(time.RFC1123Z), xmlEsc(desc))
	}
	b.WriteString("</channel></rss>\n")
	feed := []byte(b.String())
	s.add("/feed/", &route{kind: KindFeed, ctype: "application/rss+xml; charset=utf-8", body: feed, etag: etagOf(feed), lastMod: lastModified(arts)})
	s.add("/", &route{kind: KindOther, ctype: "text/html; charset=utf-8", body: []byte("<!DOCTYPE html><html><head><title>The Daily Breach</title></head><body><h1>The Daily Breach</h1></body></html>")})
}

// xmlEsc escapes text for XML content and attributes.
func xmlEsc(s string) string { return html.EscapeString(s) }

// newsPage renders an English news article in one of three layouts.
func newsPage(a corpus.Article, canon string, variant int, rel, side []corpus.Article, comments []string) string {
	e := html.EscapeString
	pub := a.Published.UTC()
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<title>%s | The Daily Breach</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n", e(a.Title))
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"The Daily Breach\">\n<meta property=\"og:type\" content=\"article\">\n", e(a.Title))
	if variant != 2 {
		fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">\n<meta property=\"og:url\" content=\"%s\">\n", canon, canon)
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n", pub.Format(time.RFC3339))
	}
	if variant != 1 {
		ld, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.Title,
			"datePublished": pub.Format(time.RFC3339), "dateModified": pub.Add(2 * time.Hour).Format(time.RFC3339),
			"author":    map[string]string{"@type": "Person", "name": "Dana Whitfield"},
			"publisher": map[string]string{"@type": "Organization", "name": "The Daily Breach"}})
		fmt.Fprintf(&b, "<script type=\"application/ld+json\">%s</script>\n", ld)
	}
	b.WriteString("<link rel=\"stylesheet\" href=\"/static/site.css\">\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n</head>\n<body class=\"article-page\">\n")
	fmt.Fprintf(&b, "<div id=\"cookie-banner\" class=\"cookie-consent\" role=\"dialog\"><p>%s <a href=\"/privacy/\">Read our privacy policy</a>.</p><button>Accept all</button> <button>Manage preferences</button></div>\n", e(newsCookie))
	fmt.Fprintf(&b, "<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Daily Breach</a>\n<nav class=\"main-nav\"><ul><li><a href=\"/news/\">News</a></li><li><a href=\"/ransomware/\">Ransomware</a></li><li><a href=\"/policy/\">Policy</a></li><li><a href=\"/podcast/\">Podcast</a></li><li><a href=\"/events/\">Events</a></li><li><a class=\"cta\" href=\"/subscribe/\">%s</a></li></ul></nav></header>\n", newsSubscribe)
	fmt.Fprintf(&b, "<div class=\"ad ad-leaderboard\"><span class=\"ad-label\">%s</span></div>\n<main id=\"main\">\n", e(newsAdTop))
	b.WriteString("<article class=\"post\">\n<div class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/news/\">News</a> › <a href=\"/security/\">Security</a></div>\n")
	fmt.Fprintf(&b, "<h1 class=\"headline\">%s</h1>\n", e(a.Title))
	fmt.Fprintf(&b, "<div class=\"byline\">By <a rel=\"author\" href=\"/author/dana-whitfield/\">Dana Whitfield</a> · <time datetime=\"%s\">%s</time> · 4 min read</div>\n", pub.Format(time.RFC3339), pub.Format("January 2, 2006 3:04 PM MST"))
	fmt.Fprintf(&b, "<ul class=\"share\"><li><a href=\"#\">%s</a></li><li><a href=\"#\">Share on X</a></li><li><a href=\"#\">Email this story</a></li></ul>\n", newsShare)
	paras := paragraphs(a.Text)
	switch variant {
	case 0:
		b.WriteString("<div class=\"article-body\">\n")
	case 1:
		b.WriteString("<section class=\"story-content\">\n<div class=\"story-text\">\n")
	default:
		b.WriteString("<div itemprop=\"articleBody\" class=\"entry\">\n")
	}
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
		if i == 1 && len(rel) > 0 {
			switch variant {
			case 0:
				fmt.Fprintf(&b, "<aside class=\"inline-related\"><h4>Read more</h4><a href=\"#\">%s</a></aside>\n", e(rel[0].Title))
			case 1:
				fmt.Fprintf(&b, "</div>\n<div class=\"ad-slot\"><p>%s</p></div>\n<div class=\"story-text\">\n", e(newsAdSide))
			}
		}
	}
	switch variant {
	case 1:
		b.WriteString("</div>\n</section>\n")
	default:
		b.WriteString("</div>\n")
	}
	fmt.Fprintf(&b, "<div class=\"author-box\"><img src=\"/img/dw.jpg\" alt=\"\"><p>%s</p></div>\n", e(newsAuthorBio))
	b.WriteString("<div class=\"tags\">Topics: <a href=\"/tag/data-breach/\">Data breach</a> <a href=\"/tag/ransomware/\">Ransomware</a> <a href=\"/tag/privacy/\">Privacy</a></div>\n</article>\n")
	b.WriteString("<section class=\"related\"><h2>Related stories</h2><ul>\n")
	for _, r := range rel {
		fmt.Fprintf(&b, "<li><a href=\"/%s/%s/\">%s</a> <span class=\"date\">%s</span></li>\n", r.Published.UTC().Format("2006/01/02"), r.ID, e(r.Title), r.Published.UTC().Format("Jan 2, 2006"))
	}
	b.WriteString("</ul></section>\n")
	fmt.Fprintf(&b, "<section class=\"newsletter\"><h3>Get the Breach Brief</h3><p>%s Free, no spam, unsubscribe at any time.</p><form action=\"/subscribe\"><input type=\"email\" name=\"email\" placeholder=\"you@example.com\"><button>Sign up</button></form></section>\n", e(newsNewsletter))
	fmt.Fprintf(&b, "<section id=\"comments\"><h3>%d comments</h3>\n", len(comments))
	for i, c := range comments {
		fmt.Fprintf(&b, "<div class=\"comment\"><span class=\"comment-author\">reader%d</span> <span class=\"comment-date\">2 days ago</span><p>%s</p><a href=\"#\">Reply</a></div>\n", 40+i, e(c))
	}
	b.WriteString("</section>\n</main>\n<aside class=\"sidebar\"><h3>Most read</h3><ol>\n")
	for _, r := range side {
		fmt.Fprintf(&b, "<li><a href=\"/%s/%s/\">%s</a></li>\n", r.Published.UTC().Format("2006/01/02"), r.ID, e(r.Title))
	}
	fmt.Fprintf(&b, "</ol><div class=\"ad ad-mpu\"><p>%s</p></div></aside>\n", e(newsAdSide))
	fmt.Fprintf(&b, "<footer class=\"site-footer\"><p>%s</p><ul><li><a href=\"/privacy/\">Privacy policy</a></li><li><a href=\"/terms/\">Terms of use</a></li><li><a href=\"/contact/\">Contact us</a></li></ul></footer>\n</body>\n</html>\n", e(newsFooter))
	return b.String()
}
