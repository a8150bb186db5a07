package fakeweb

import (
	"fmt"
	"html"
	"net/http"
	"strings"
	"time"

	"github.com/breachwire/breachwire/internal/corpus"
)

// Blog boilerplate.
const (
	blogTagline = "Bite-sized security news for busy defenders"
	blogIntro   = "New here? SecBytes rounds up the day's breach news in five minutes or less."
	blogAd      = "Sponsored: Try ShieldMax XDR free for 30 days and cut alert noise in half."
	blogShare   = "Click to share on Twitter (Opens in new window)"
	blogWidget  = "Advertise with SecBytes: reach 40,000 security professionals every week."
	blogFooter  = "Proudly powered by WordPress | Theme: Twenty Nineteen by Automattic."
	blogReply   = "Leave a Reply"
)

var blogComments = []string{
	"Thanks for the summary! I heard BlackCat was involved in something similar back in 2022, up to 5 million users.",
	"Good roundup as always.",
	"Typo in the second paragraph, but otherwise great post.",
}

func buildBlog(w *Web, s *site, arts []corpus.Article) {
	s.gzip = true
	arts = newestFirst(arts)
	var entries strings.Builder
	for i, a := range arts {
		path := fmt.Sprintf("/%s/%s/", a.Published.UTC().Format("2006/01"), a.ID)
		url := s.base() + path
		rel := others(arts, i, 1, 4)
		var prev corpus.Article // none on a blog of one post
		if p := others(arts, i, 1); len(p) > 0 {
			prev = p[0]
		}
		com := []string{blogComments[i%len(blogComments)]}
		body := blogPage(a, url, 1000+i*7, rel, prev, com)
		s.add(path, &route{kind: KindArticle, ctype: "text/html; charset=UTF-8", body: []byte(body)})
		bp := []string{blogTagline, blogIntro, blogAd, blogShare, blogWidget, blogFooter, blogReply}
		bp = append(append(bp, titles(rel)...), com...)
		if prev.ID != "" {
			bp = append(bp, prev.Title)
		}
		w.addPage(Page{Article: a, Site: s.name, URL: url, Linked: url, Boilerplate: bp, TimeOfDay: true})
		writeAtomEntry(&entries, a, url, paragraphs(a.Text)[0])
		if i == 1 {
			gone := s.base() + "/2024/01/ransomware-payments-hit-record/"
			w.missing = append(w.missing, gone)
			s.add("/2024/01/ransomware-payments-hit-record/", &route{kind: KindMissing, status: http.StatusNotFound, ctype: "text/html; charset=UTF-8",
				body: []byte("<!DOCTYPE html><html><head><title>Page not found – SecBytes</title></head><body><h1>Oops! That page can’t be found.</h1></body></html>")})
			gc := a
			gc.Title, gc.ID = "Ransomware payments hit a record (post removed)", "ransomware-payments-hit-record"
			writeAtomEntry(&entries, gc, gone, "This post has been removed.")
		}
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">` + "\n")
	fmt.Fprintf(&b, "<title type=\"text\">SecBytes</title>\n<subtitle type=\"text\">%s</subtitle>\n<updated>%s</updated>\n", blogTagline, lastModified(arts).Format(time.RFC3339))
	fmt.Fprintf(&b, "<link rel=\"alternate\" type=\"text/html\" href=\"%s/\"/>\n<id>%s/feed/atom/</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"%s/feed/atom/\"/>\n<generator uri=\"https://wordpress.org/\" version=\"6.4\">WordPress</generator>\n", s.base(), s.base(), s.base())
	b.WriteString(entries.String())
	b.WriteString("</feed>\n")
	feed := []byte(b.String())
	s.add("/feed/atom/", &route{kind: KindFeed, ctype: "application/atom+xml; charset=UTF-8", body: feed, etag: etagOf(feed), lastMod: lastModified(arts)})
	s.add("/robots.txt", &route{kind: KindRobots, ctype: "text/plain; charset=utf-8",
		body: []byte("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: " + s.base() + "/wp-sitemap.xml\n")})
}

func writeAtomEntry(b *strings.Builder, a corpus.Article, url, summary string) {
	pub := a.Published.UTC().Format(time.RFC3339)
	fmt.Fprintf(b, "<entry>\n<author><name>admin</name></author>\n<title type=\"html\">%s</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"%s\"/>\n<id>%s</id>\n<updated>%s</updated>\n<published>%s</published>\n<category term=\"Breaches\"/>\n<summary type=\"html\">%s</summary>\n</entry>\n",
		xmlEsc(a.Title), xmlEsc(url), xmlEsc(url+"?p="+a.ID), pub, pub, xmlEsc(html.EscapeString(summary)))
}

// blogPage renders a WordPress-like single post; an ad block sits inside
// entry-content between paragraphs, as ad-inserter plugins place them.
func blogPage(a corpus.Article, url string, postID int, rel []corpus.Article, prev corpus.Article, comments []string) string {
	e := html.EscapeString
	pub := a.Published.UTC()
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s &#8211; SecBytes</title>\n", e(a.Title))
	fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\" />\n<meta property=\"og:type\" content=\"article\" />\n<meta property=\"og:title\" content=\"%s\" />\n<meta property=\"article:published_time\" content=\"%s\" />\n", url, e(a.Title), pub.Format("2006-01-02T15:04:05+00:00"))
	b.WriteString("<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4' media='all' />\n<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n</head>\n")
	fmt.Fprintf(&b, "<body class=\"post-template-default single single-post postid-%d single-format-standard\">\n<div id=\"page\" class=\"site\">\n<a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>\n", postID)
	fmt.Fprintf(&b, "<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\" rel=\"home\">SecBytes</a></p><p class=\"site-description\">%s</p>\n", blogTagline)
	b.WriteString("<nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/about/\">About</a></li><li><a href=\"/write-for-us/\">Write for us</a></li><li><a href=\"/advertise/\">Advertise</a></li></ul></nav></header>\n")
	b.WriteString("<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n")
	fmt.Fprintf(&b, "<article id=\"post-%d\" class=\"post-%d post type-post status-publish format-standard hentry category-breaches\">\n", postID, postID)
	fmt.Fprintf(&b, "<header class=\"entry-header\"><h1 class=\"entry-title\">%s</h1><div class=\"entry-meta\"><span class=\"posted-on\">Posted on <a href=\"%s\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"%s\">%s</time></a></span><span class=\"byline\"> by <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/admin/\">admin</a></span></span></div></header>\n",
		e(a.Title), url, pub.Format("2006-01-02T15:04:05+00:00"), pub.Format("January 2, 2006"))
	fmt.Fprintf(&b, "<div class=\"blog-intro\"><p><em>%s</em></p></div>\n<div class=\"entry-content\">\n", blogIntro)
	paras := paragraphs(a.Text)
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
		if i == len(paras)/2-1 || (len(paras) < 3 && i == 0) {
			fmt.Fprintf(&b, "<div class=\"code-block code-block-2\" style=\"margin: 8px auto; text-align: center; display: block; clear: both;\"><a href=\"/go/shieldmax\" rel=\"sponsored nofollow\"><img src=\"/ads/shieldmax-728x90.png\" alt=\"ShieldMax\" width=\"728\" height=\"90\"></a><p class=\"ad-caption\">%s</p></div>\n", blogAd)
		}
	}
	fmt.Fprintf(&b, "<div class=\"sharedaddy sd-sharing-enabled\"><div class=\"robots-nocontent sd-block sd-social\"><h3 class=\"sd-title\">Share this:</h3><ul><li><a class=\"share-twitter\" href=\"#\"><span>%s</span></a></li><li><a class=\"share-facebook\" href=\"#\"><span>Click to share on Facebook (Opens in new window)</span></a></li></ul></div></div>\n", blogShare)
	b.WriteString("<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3>\n")
	for _, r := range rel {
		fmt.Fprintf(&b, "<div class=\"jp-relatedposts-post\"><h4 class=\"jp-relatedposts-post-title\"><a href=\"/%s/%s/\">%s</a></h4><p class=\"jp-relatedposts-post-date\">%s</p></div>\n", r.Published.UTC().Format("2006/01"), r.ID, e(r.Title), r.Published.UTC().Format("January 2, 2006"))
	}
	b.WriteString("</div>\n</div><!-- .entry-content -->\n<footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/category/breaches/\" rel=\"category tag\">Breaches</a></span></footer>\n</article>\n")
	if prev.ID != "" {
		fmt.Fprintf(&b, "<nav class=\"navigation post-navigation\" aria-label=\"Posts\"><div class=\"nav-links\"><div class=\"nav-previous\"><a href=\"/%s/%s/\" rel=\"prev\"><span class=\"meta-nav\">Previous post</span> %s</a></div></div></nav>\n", prev.Published.UTC().Format("2006/01"), prev.ID, e(prev.Title))
	}
	fmt.Fprintf(&b, "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">%d thought on &ldquo;%s&rdquo;</h2><ol class=\"comment-list\">\n", len(comments), e(a.Title))
	for _, c := range comments {
		fmt.Fprintf(&b, "<li class=\"comment even thread-even depth-1\"><article class=\"comment-body\"><footer class=\"comment-meta\"><b class=\"fn\">packetpusher</b> <span class=\"says\">says:</span></footer><div class=\"comment-content\"><p>%s</p></div></article></li>\n", e(c))
	}
	fmt.Fprintf(&b, "</ol><div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">%s</h3><form action=\"/wp-comments-post.php\" method=\"post\"><textarea name=\"comment\"></textarea><input type=\"submit\" value=\"Post Comment\"></form></div></div>\n", blogReply)
	b.WriteString("</main></div>\n<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">Recent Posts</h2><ul>\n")
	for _, r := range rel {
		fmt.Fprintf(&b, "<li><a href=\"/%s/%s/\">%s</a></li>\n", r.Published.UTC().Format("2006/01"), r.ID, e(r.Title))
	}
	fmt.Fprintf(&b, "</ul></section><section class=\"widget widget_text\"><div class=\"textwidget\"><p>%s</p></div></section></aside>\n</div>\n", blogWidget)
	fmt.Fprintf(&b, "<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">%s</div></footer>\n</div>\n</body>\n</html>\n", blogFooter)
	return b.String()
}
