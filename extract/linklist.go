package extract

import (
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// relatedHeading matches the whole text of a heading that introduces links to
// other pages of the site: related, recommended, popular or latest articles.
var relatedHeading = regexp.MustCompile(`(?i)^(?:` +
	`related(?: (?:stories|articles|posts|news|coverage|content|reading|links|topics|items|videos))?|` +
	`(?:read|up) next|read more(?: (?:stories|news|articles))?|more (?:stories|news|articles|coverage|headlines|to read)|` +
	`more from .{1,40}|more (?:on|about) (?:this|the) (?:story|topic)|also (?:on|from) .{1,30}|more (?:news )?releases(?: (?:in|on) similar topics| from .{1,40})?|` +
	`recommended(?: (?:for you|stories|articles|reading|posts))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|` +
	`(?:most )?popular(?: (?:stories|articles|posts|now|news))?|most (?:read|viewed|shared|commented)|trending(?: now| stories)?|` +
	`latest(?: (?:news|stories|articles|posts|headlines))?|top stories|editor'?s? (?:picks|choice)|in case you missed it|don't miss|` +
	`(?:upcoming |on-demand |featured )?(?:webinars?|events|podcasts?|white ?papers)|この記事の(?:写真|画像)(?:一覧)?|(?:写真|画像)一覧|` +
	`関連(?:記事|ニュース|リンク|リリース|情報|トピックス?|コンテンツ|する記事|の記事)(?:一覧)?|` +
	`(?:あわせて|合わせて|併せて)読みたい(?:記事)?|こちらもおすすめ|おすすめ(?:の)?記事|(?:人気|注目|話題)(?:の)?(?:記事|ニュース)(?:ランキング)?|` +
	`(?:アクセス|記事|総合|週間|月間|デイリー)?ランキング|(?:最新|新着)(?:の)?(?:記事|ニュース|情報|トピックス)|その他の(?:記事|ニュース)|` +
	`この記事を読んだ人は.*|(?:前|次)の記事|過去の(?:お知らせ|記事|ニュース|投稿|更新)|(?:お知らせ|ニュース|記事|新着情報)一覧|バックナンバー|` +
	`past (?:news|notices|announcements|posts)|older (?:posts|news)|previous (?:news|posts|notices)|archives?` +
	`)$`)

// sourcesHeading matches a label that introduces the article's own sources or
// indicators; the list after it is article text however link-dense it is.
var sourcesHeading = regexp.MustCompile(`(?i)^(?:sources?|references?|further reading|read the (?:advisory|report)|links|resources|` +
	`indicators(?: of compromise)?|iocs?|参考(?:情報|資料|文献|リンク|URL)?|参照|出典|引用元|情報源)\b`)

// labelDecor is what headings wear around their words: bullets, brackets, colons.
var labelDecor = regexp.MustCompile(`^[\s■□▼▽▶▷●○◆◇★☆・:：»›>〉】【\[\]「」『』|｜-]+|[\s■□▼▽▶▷●○◆◇★☆・:：»›>〉】【\[\]「」『』|｜-]+$`)

// headingAtoms are the elements that can hold a section label on their own.
var headingAtoms = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// labelText returns the text of n when n is a short label: a heading, an
// element holding only inline content, or a wrapper around one such label.
// It returns "" for anything else.
func labelText(n *html.Node) string {
	if n.Type != html.ElementNode || textLenOver(n, 40) {
		return ""
	}
	if !headingAtoms[n.DataAtom] && hasBlockChild(n) {
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && only == nil:
				only = c
			case c.Type == html.ElementNode || (c.Type == html.TextNode && strings.TrimSpace(c.Data) != ""):
				return ""
			}
		}
		if only == nil {
			return ""
		}
		return labelText(only)
	}
	return labelDecor.ReplaceAllString(cleanSpace(nodeText(n)), "")
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockAtoms[c.DataAtom] || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// isRelatedHeading reports whether n is a label such as "Related stories" or
// 「関連記事」 that introduces a list of the site's other pages.
func isRelatedHeading(n *html.Node) bool {
	if !blockAtoms[n.DataAtom] && !boldLineLabel(n) {
		return false // inline labels count as the content of their block
	}
	t := labelText(n)
	return t != "" && relatedHeading.MatchString(t)
}

// boldLineLabel reports a bold label on a line of its own, as an old page
// heads a <br>-separated list of links: <b>過去のお知らせ</b><br>.
func boldLineLabel(n *html.Node) bool {
	if n.DataAtom != atom.B && n.DataAtom != atom.Strong {
		return false
	}
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		return c.Type == html.ElementNode && c.DataAtom == atom.Br
	}
	return false
}

// removeIntroducedList removes the related-links heading h from parent with
// the link-heavy siblings after it, and returns the sibling the walk goes on
// with. A heading followed by no links is left alone (ok is false): a blog
// may list related reading as plain text of its own.
func removeIntroducedList(parent, h *html.Node) (next *html.Node, ok bool) {
	var drop []*html.Node
	total := 0
	for next = h.NextSibling; next != nil; next = next.NextSibling {
		if next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
			continue
		}
		if next.Type == html.TextNode && utf8.RuneCountInString(strings.TrimSpace(next.Data)) <= 2 && strings.Trim(strings.TrimSpace(next.Data), "・•-*>›»■□◆●|｜/") == "" {
			// The bullet before a link on an old page's <br> list.
			drop = append(drop, next)
			continue
		}
		if next.Type == html.ElementNode && next.DataAtom == atom.Br {
			drop = append(drop, next)
			continue
		}
		if next.Type != html.ElementNode {
			break
		}
		text, link, links := linkStats(next)
		if links == 0 || (link*2 < text && (links < 2 || link*5 < text)) {
			break
		}
		drop = append(drop, next)
		total += links
	}
	if total == 0 {
		return nil, false
	}
	parent.RemoveChild(h)
	for _, d := range drop {
		parent.RemoveChild(d)
	}
	return next, true
}

// linkStats counts the visible runes below n, those inside links, and the links.
func linkStats(n *html.Node) (text, link, links int) {
	if n.Type == html.TextNode {
		return textLen(n), 0, 0
	}
	if n.Type == html.ElementNode && skipAtoms[n.DataAtom] {
		return 0, 0, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l, k := linkStats(c)
		text, link, links = text+t, link+l, links+k
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return text, text, links + 1
	}
	return text, link, links
}

// isArticleList reports whether n is a list of the site's other articles:
// two or more items that are each a headline-length link to the same site,
// with at most a date or a short label beside it, set apart from the
// article's prose (in a box of its own, or every item dated). A list the
// text introduces as its sources or indicators is never one.
func isArticleList(n *html.Node, host string) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl, atom.Div, atom.Section, atom.Td:
	default:
		return false
	}
	items, dated := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		if c.Type != html.ElementNode || (items == 0 && labelText(c) != "" && !hasLink(c)) {
			continue // white space, or a heading above the items
		}
		ok, hasDate := isArticleItem(c, host)
		if !ok {
			return false
		}
		items++
		if hasDate {
			dated++
		}
	}
	if items < 2 || introducedAsSources(n) {
		return false
	}
	return dated == items || !hasProseSibling(n)
}

// isArticleItem reports whether one list item is a link to another page of
// the site, headline-length, with no more than a short label or date beside
// it, and whether that label holds a date.
func isArticleItem(n *html.Node, host string) (ok, dated bool) {
	switch n.DataAtom {
	case atom.Li, atom.P, atom.Div, atom.Dt, atom.Dd, atom.Article:
	default:
		return false, false
	}
	if textLenOver(n, 300) {
		return false, false // more than a headline and a label
	}
	var linkText, rest strings.Builder
	internal := true
	var walk func(c *html.Node, inLink bool)
	walk = func(c *html.Node, inLink bool) {
		switch {
		case c.Type == html.TextNode:
			if inLink {
				linkText.WriteString(c.Data)
			} else {
				rest.WriteString(c.Data)
			}
			return
		case c.Type != html.ElementNode || skipAtoms[c.DataAtom]:
			return
		case c.DataAtom == atom.A:
			inLink = true
			if href, ok := attr(c, "href"); !ok || !linksHome(href, host) {
				internal = false
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k, inLink)
		}
	}
	walk(n, false)
	l := utf8.RuneCountInString(strings.Join(strings.Fields(linkText.String()), ""))
	r := strings.Join(strings.Fields(rest.String()), " ")
	rn := utf8.RuneCountInString(strings.ReplaceAll(r, " ", ""))
	if !internal || l < 8 || rn > 25 || rn > l {
		return false, false
	}
	_, dated = findDates(foldWidth(r), time.UTC)
	return true, dated
}

// linksHome reports whether a link stays on the page's site: relative, a
// fragment, or to the same host give or take "www.".
func linksHome(href, host string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	if u.Host == "" {
		return u.Scheme == "" || u.Scheme == "javascript"
	}
	return sameSite(host, u.Hostname())
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasLink(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasLink(c) {
			return true
		}
	}
	return false
}

// introducedAsSources reports whether the label just before n (or heading
// its box) names sources, references or indicators.
func introducedAsSources(n *html.Node) bool {
	for _, c := range []*html.Node{prevElement(n), firstElement(n)} {
		if c == nil {
			continue
		}
		t := labelText(c)
		if t == "" && c.DataAtom == atom.P && textLen(c) <= 60 {
			t = labelDecor.ReplaceAllString(cleanSpace(nodeText(c)), "")
		}
		if t != "" && sourcesHeading.MatchString(t) {
			return true
		}
	}
	return false
}

// hasProseSibling reports whether n (or the wrappers around it alone) sits
// among the article's paragraphs: a sibling paragraph holds a sentence's
// worth of text that is not link text.
func hasProseSibling(n *html.Node) bool {
	for n.Parent != nil && n.Parent.Type == html.ElementNode && firstElement(n.Parent) == n && nextElement(n) == nil {
		n = n.Parent // a wrapper around the list alone: look beside the wrapper
	}
	if n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n {
			continue
		}
		if c.Type == html.ElementNode && hasBlockChild(c) {
			continue // a container, such as the article body next to a box
		}
		text, link, _ := linkStats(c)
		if text-link >= 40 {
			return true
		}
	}
	return false
}

func prevElement(n *html.Node) *html.Node {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// nodeText is the raw text below n, scripts and the like left out.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && skipAtoms[c.DataAtom]:
		default:
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				walk(k)
			}
		}
	}
	walk(n)
	return b.String()
}
