package fakeweb

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/breachwire/breachwire/internal/corpus"
)

// Japanese news site boilerplate.
const (
	jnNav      = "メルマガ登録"
	jnSocial   = "はてなブックマークに追加"
	jnAd       = "［PR］中小企業向けUTM、月額2,980円から導入できます"
	jnKanren   = "関連記事"
	jnRanking  = "アクセスランキング"
	jnMailmag  = "メールマガジン「週刊セキュリティ速報」の購読はこちら"
	jnFooter   = "Copyright (C) セキュリティ速報 All rights reserved. 記事の無断転載を禁じます。"
	jnTopicBar = "トップ ＞ ニュース ＞ 国内"
)

func buildJNews(w *Web, s *site, arts []corpus.Article) {
	arts = newestFirst(arts)
	var seq, items strings.Builder
	for i, a := range arts {
		path := fmt.Sprintf("/article/%d.html", 40100+i*13)
		url := s.base() + path
		kanren := others(arts, i, 1, 3)
		ranking := others(arts, i, 2, 4, 6)
		page := jnewsPage(a, kanren, ranking)
		s.add(path, &route{kind: KindArticle, ctype: "text/html; charset=EUC-JP", body: encodeJa(page, eucJP)})
		bp := append([]string{jnNav, jnSocial, jnAd, jnRanking, jnMailmag, jnFooter, jnTopicBar}, titles(kanren)...)
		bp = append(bp, titles(ranking)...)
		w.addPage(Page{Article: a, Site: s.name, URL: url, Linked: url, Boilerplate: bp, TimeOfDay: true})
		fmt.Fprintf(&seq, "<rdf:li rdf:resource=\"%s\"/>\n", url)
		fmt.Fprintf(&items, "<item rdf:about=\"%s\">\n<title>%s</title>\n<link>%s</link>\n<description>%s</description>\n<dc:subject>ニュース</dc:subject>\n<dc:date>%s</dc:date>\n</item>\n",
			url, xmlEsc(a.Title), url, xmlEsc(clipRunes(paragraphs(a.Text)[0], 80)), a.Published.In(jst).Format(time.RFC3339))
	}
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xml:lang=\"ja\">\n")
	fmt.Fprintf(&b, "<channel rdf:about=\"%s/index.rdf\">\n<title>セキュリティ速報</title>\n<link>%s/</link>\n<description>国内外のセキュリティニュース</description>\n<dc:language>ja</dc:language>\n<dc:date>%s</dc:date>\n<items>\n<rdf:Seq>\n%s</rdf:Seq>\n</items>\n</channel>\n",
		s.base(), s.base(), lastModified(arts).In(jst).Format(time.RFC3339), seq.String())
	b.WriteString(items.String())
	b.WriteString("</rdf:RDF>\n")
	feed := encodeJa(b.String(), eucJP)
	// Last-Modified only, no ETag, as an old Apache serving a static file.
	s.add("/index.rdf", &route{kind: KindFeed, ctype: "application/rss+xml", body: feed, lastMod: lastModified(arts)})
	s.add("/robots.txt", &route{kind: KindRobots, ctype: "text/plain", body: []byte("User-agent: *\nDisallow:\n")})
}

// jnewsPage renders a Japanese news article; the charset is sent only in
// the Content-Type header, never in the page.
func jnewsPage(a corpus.Article, kanren, ranking []corpus.Article) string {
	e := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<title>%s - セキュリティ速報</title>\n<meta name=\"keywords\" content=\"セキュリティ,ニュース,不正アクセス\">\n<link rel=\"stylesheet\" href=\"/css/common.css\">\n</head>\n<body>\n", e(a.Title))
	fmt.Fprintf(&b, "<div id=\"header\"><div class=\"logo\"><a href=\"/\">セキュリティ速報</a></div>\n<ul id=\"gnav\"><li><a href=\"/\">トップ</a></li><li><a href=\"/news/\">ニュース</a></li><li><a href=\"/feature/\">特集</a></li><li><a href=\"/ranking/\">ランキング</a></li><li><a href=\"/mail/\">%s</a></li></ul></div>\n", jnNav)
	fmt.Fprintf(&b, "<div id=\"wrapper\">\n<div id=\"main\">\n<div class=\"topicpath\">%s</div>\n<div class=\"article\">\n<h1>%s</h1>\n<p class=\"date\">%s</p>\n", jnTopicBar, e(a.Title), a.Published.In(jst).Format("2006/01/02 15:04"))
	fmt.Fprintf(&b, "<div class=\"social\"><span>ツイート</span> <span>シェア</span> <span>%s</span></div>\n<div class=\"text\">\n", jnSocial)
	paras := paragraphs(a.Text)
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
		if i == 0 && len(paras) > 2 {
			fmt.Fprintf(&b, "<div class=\"ad-inarticle\"><a href=\"/pr/utm\">%s</a></div>\n", jnAd)
		}
	}
	fmt.Fprintf(&b, "</div>\n<div class=\"kanren\"><h3>%s</h3><ul>\n", jnKanren)
	for _, k := range kanren {
		fmt.Fprintf(&b, "<li><a href=\"/article/\">%s</a>（%s）</li>\n", e(k.Title), k.Published.In(jst).Format("2006/01/02"))
	}
	fmt.Fprintf(&b, "</ul></div>\n</div>\n</div>\n<div id=\"side\"><h3>%s</h3><ol>\n", jnRanking)
	for _, r := range ranking {
		fmt.Fprintf(&b, "<li><a href=\"/article/\">%s</a></li>\n", e(r.Title))
	}
	fmt.Fprintf(&b, "</ol><div class=\"mailmag\"><a href=\"/mail/\">%s</a></div></div>\n</div>\n<div id=\"footer\">%s</div>\n</body>\n</html>\n", jnMailmag, jnFooter)
	return b.String()
}
