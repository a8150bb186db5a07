package fakeweb

import (
	"fmt"
	"html"
	"strings"

	"github.com/breachwire/breachwire/internal/corpus"
)

// Japanese newsroom boilerplate.
const (
	roomMenu    = "ニュースリリース一覧"
	roomIR      = "株主・投資家の皆様へ"
	roomRecruit = "採用情報はこちら"
	roomContact = "■報道関係者からのお問い合わせ先　配信センター広報窓口　TEL：03-0000-1234"
	roomTop     = "このページの先頭へ"
	roomFooter  = "Copyright (C) ニュースリリース配信センター All Rights Reserved."
	roomPDF     = "印刷用PDF（245KB）"
)

// jaDate formats a time as a Japanese date in JST, e.g. 2019年3月29日.
func jaDate(a corpus.Article) string {
	t := a.Published.In(jst)
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

func buildNewsroom(w *Web, s *site, arts []corpus.Article) {
	arts = newestFirst(arts)
	seen := map[string]int{}
	var list strings.Builder
	for i, a := range arts {
		t := a.Published.In(jst)
		key := t.Format("2006/0102")
		seen[key]++
		rel := fmt.Sprintf("release/%s_%02d.html", key, seen[key])
		path := "/news/" + rel
		url := s.base() + path
		// Vary the link forms: relative, dot-relative and root-relative.
		href := rel
		switch i % 3 {
		case 1:
			href = "./" + rel
		case 2:
			href = path
		}
		related := others(arts, i, 1, 2)
		page := newsroomPage(a, related)
		s.add(path, &route{kind: KindArticle, ctype: "text/html", body: encodeJa(page, shiftJIS)})
		// The contact box stays on the page but is not scored: releases often
		// carry their own contact lines, so keeping it is no clear mistake.
		bp := append([]string{roomMenu, roomIR, roomRecruit, roomTop, roomFooter, roomPDF}, titles(related)...)
		w.addPage(Page{Article: a, Site: s.name, URL: url, Linked: href, Boilerplate: bp})
		fmt.Fprintf(&list, "<li><span class=\"date\">%s</span> <span class=\"cat\">お知らせ</span> <a class=\"title\" href=\"%s\">%s</a></li>\n", jaDate(a), href, html.EscapeString(a.Title))
	}
	var b strings.Builder
	b.WriteString("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\n<title>ニュースリリース一覧｜ニュースリリース配信センター</title>\n</head>\n<body bgcolor=\"#ffffff\">\n")
	b.WriteString("<table width=\"760\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\"><tr><td><a href=\"/\"><img src=\"/img/logo.gif\" alt=\"ニュースリリース配信センター\"></a></td></tr>\n<tr><td>\n")
	fmt.Fprintf(&b, "<ul class=\"global-nav\"><li><a href=\"/\">ホーム</a></li><li><a href=\"/news/\">%s</a></li><li><a href=\"/ir/\">%s</a></li></ul>\n", roomMenu, roomIR)
	b.WriteString("<h2>ニュースリリース</h2>\n<ul class=\"news-list\">\n")
	b.WriteString(list.String())
	fmt.Fprintf(&b, "</ul>\n<ul class=\"pager\"><li><a href=\"?page=2\">次へ</a></li></ul>\n<div class=\"pickup\"><a href=\"/recruit/\">%s</a></div>\n</td></tr>\n<tr><td class=\"footer\">%s</td></tr></table>\n</body>\n</html>\n", roomRecruit, roomFooter)
	listing := encodeJa(b.String(), shiftJIS)
	s.add("/news/", &route{kind: KindListing, ctype: "text/html", body: listing, etag: etagOf(listing), lastMod: lastModified(arts)})
	// No robots.txt on this old server: it answers 404, which allows everything.
}

// newsroomPage renders a release in an old table layout with <br><br>
// between paragraphs; the charset is declared only in a <meta> tag.
func newsroomPage(a corpus.Article, related []corpus.Article) string {
	e := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\n<title>%s｜ニュースリリース｜%s</title>\n</head>\n", e(a.Title), e(a.Source))
	b.WriteString("<body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">\n<a name=\"top\"></a>\n<table width=\"760\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\">\n")
	fmt.Fprintf(&b, "<tr><td colspan=\"2\" class=\"header\"><img src=\"/img/logo.gif\" alt=\"ニュースリリース配信センター\"><br><font size=\"2\"><a href=\"/\">ホーム</a> ｜ <a href=\"/about/\">会社概要</a> ｜ <a href=\"/news/\">%s</a> ｜ <a href=\"/ir/\">%s</a></font></td></tr>\n", roomMenu, roomIR)
	fmt.Fprintf(&b, "<tr>\n<td width=\"160\" valign=\"top\" bgcolor=\"#eeeeee\" class=\"side\"><font size=\"2\"><b>メニュー</b><br><a href=\"/news/\">%s</a><br><a href=\"/recruit/\">%s</a><br><br><b>関連リリース</b><br>\n", roomMenu, roomRecruit)
	for _, r := range related {
		fmt.Fprintf(&b, "<a href=\"/news/\">%s</a><br>\n", e(r.Title))
	}
	b.WriteString("</font></td>\n<td width=\"600\" valign=\"top\" class=\"main\">\n<table width=\"100%\" border=\"0\" cellpadding=\"8\">\n")
	fmt.Fprintf(&b, "<tr><td class=\"date\" align=\"right\"><font size=\"2\">%s</font></td></tr>\n", jaDate(a))
	fmt.Fprintf(&b, "<tr><td><font size=\"4\"><b>%s</b></font><hr size=\"1\"></td></tr>\n", e(a.Title))
	paras := paragraphs(a.Text)
	esc := make([]string, len(paras))
	for i, p := range paras {
		esc[i] = e(p)
	}
	fmt.Fprintf(&b, "<tr><td class=\"body\"><font size=\"3\">\n%s\n</font></td></tr>\n", strings.Join(esc, "<br>\n<br>\n"))
	fmt.Fprintf(&b, "<tr><td><a href=\"/pdf/release.pdf\">%s</a></td></tr>\n", roomPDF)
	fmt.Fprintf(&b, "<tr><td class=\"contact\" bgcolor=\"#f5f5f5\"><font size=\"2\">%s</font></td></tr>\n", roomContact)
	fmt.Fprintf(&b, "</table>\n<div align=\"right\"><a href=\"#top\">%s</a></div>\n</td>\n</tr>\n", roomTop)
	fmt.Fprintf(&b, "<tr><td colspan=\"2\" align=\"center\" class=\"footer\"><font size=\"1\">%s</font></td></tr>\n</table>\n</body>\n</html>\n", roomFooter)
	return b.String()
}
