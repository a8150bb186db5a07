package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerplateAtoms are elements that hold page furniture, never article text.
var boilerplateAtoms = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
	atom.Figcaption: true, atom.Button: true, atom.Dialog: true, atom.Menu: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true,
	atom.Svg: true, atom.Select: true, atom.Label: true, atom.Input: true,
}

// boilerplateToken matches one class or id token naming page furniture:
// navigation, sharing, cookie and newsletter boxes, adverts, related and
// popular lists, comments and captions.
var boilerplateToken = regexp.MustCompile(`^(?:.*[-_])?(?:` +
	`share|sharing|sharebar|social|sns|socials|cookie|cookies|consent|gdpr|` +
	`newsletter|subscribe|subscription|signup|optin|related|recommend|recommended|` +
	`recommendations|popular|trending|mostread|most-read|ranking|comment|comments|reactions|` +
	`disqus|respond|replies|reply|advert|advertisement|ad|ads|adslot|adunit|adsbygoogle|adsense|dfp|sponsor|sponsored|affiliate|` +
	`promo|promotion|breadcrumb|breadcrumbs|bread|pankuzu|pagination|pager|sidebar|` +
	`navbar|nav|navigation|menu|gnav|footer|toolbar|outbrain|taboola|caption|` +
	`modal|popup|skip|pagetop|topicpath|author-box|authorbox|aboutauthor|about-author|authorbio|author-bio|webinars|membersonly|members-only|member-box|premium-box|cta|photo-box|arti-photo|article-photos|forum[-_]teaser|more-stories|readmore|` +
	`read-more|tagcloud|tag-list|taglist|sitemap|news-list|newslist|product-box|productbox|kg-product-card|rinker|kaereba|pochipp|cmp2|cmpbox|cmpwrapper|onetrust|didomi|usercentrics|cookiebot|truste` +
	`)(?:[-_].*)?$`)

// sideToken matches the short class names of an old page's side column
// and foot row (side, side-info, l-side, foot, foot-nav), whole, so that a
// heading's slug ("the-side-loading-chain") is no such name.
var sideToken = regexp.MustCompile(`^(?:[a-z]{1,4}[-_])?(?:side|foot)(?:[-_](?:info|menu|nav|navi|bar|area|box|col|column|wrap|block|links?|contents?))?$`)

// weakToken matches a class or id token that names page furniture on
// most sites but every block on some: a sidebar's "widget" is an
// Elementor or HubSpot page's paragraph, a consent manager's "cmp" opens
// every Adobe Experience Manager component (cmp-text, cmp-title).
var weakToken = regexp.MustCompile(`^(?:.*[-_])?(?:widget|widgets|cmp)(?:[-_].*)?$`)

// builderPrefix opens the class tokens of a site builder's blocks, whose
// "widget" or "cmp" is no sidebar or consent box.
var builderPrefix = regexp.MustCompile(`^(?:elementor|hs|cmp|et|et_pb|fl|vc|wpb|sqs|jet|uagb|kadence|brxe|oxy|ct|fusion|avia|tatsu|themify|siteorigin|so|gb)[-_]`)

// contentSegment names a block of text inside a weak token: a builder's
// "widget-type-rich_text", "text-editor", "post-content".
var contentSegment = regexp.MustCompile(`(?:^|[-_])(?:text|rich|richtext|editor|heading|title|content|body|article|post|paragraph|html)(?:[-_]|$)`)

// paidContentToken names the body of an article for subscribers
// ("subscription-content", "premium_article"), not a subscribe box.
var paidContentToken = regexp.MustCompile(`^(?:.*[-_])?(?:subscription|subscriber|subscribers|premium|member|members|paid|paywalled|locked)[-_](?:content|body|text|article|story)(?:[-_].*)?$`)

// askingBoxToken matches a class or id token that ends on a box asking
// something of the reader: an opinion (c-product-survey, page-feedback,
// box_enquete) or a follow (follow-us); one that goes on (survey-results,
// follow-up) may be an article's.
var askingBoxToken = regexp.MustCompile(`^(?:.*[-_])?(?:survey|feedback|enquete|questionnaire|follow(?:[-_]?us)?)$`)

// furnitureToken reports a class or id token that names page furniture.
func furnitureToken(tok string) bool {
	if taxonomyToken.MatchString(tok) {
		return false
	}
	if boilerplateToken.MatchString(tok) {
		return !paidContentToken.MatchString(tok)
	}
	if askingBoxToken.MatchString(tok) {
		return true
	}
	if sideToken.MatchString(tok) {
		return true
	}
	if !strings.Contains(tok, "widget") && !strings.Contains(tok, "cmp") {
		return false
	}
	return weakToken.MatchString(tok) && !builderPrefix.MatchString(tok) && !contentSegment.MatchString(tok)
}

// taxonomyToken matches WordPress-style classes that describe the post rather
// than a box on the page ("tag-breach", "category-news", "post-123").
var taxonomyToken = regexp.MustCompile(`^(?:tag|category|post|type|status|format|has|wp-block|is|single|page|hentry|layout|template)[-_]`)

var boilerplateRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
}

// linkListAtoms are containers that, when they hold mostly link text, are
// menus, tag lists or link farms rather than prose.
var linkListAtoms = map[atom.Atom]bool{
	atom.Div: true, atom.Td: true, atom.Table: true, atom.Ul: true, atom.Ol: true,
	atom.Section: true, atom.P: true, atom.Dl: true, atom.Span: true, atom.Tr: true,
}

// pruneBoilerplate removes page furniture below root: elements that are
// furniture by tag, role, visibility or class, call-to-action boxes, lists
// of other articles and the headings that introduce them, and containers of
// three or more links whose text is mostly link text. An element is kept,
// whatever it looks like, when it holds more than half of root's text: that
// is the article itself wearing an unlucky class name. Comments are removed
// too. host is the page's host name, telling the site's own links from others.
func pruneBoilerplate(root *html.Node, host string) {
	pruneLayoutSidebars(root)
	pruneSmallPrint(root)
	total := textLen(root)
	small := func(text int) bool { return total == 0 || text*2 < total }
	var walk func(n *html.Node) (text, link, links int)
	walk = func(n *html.Node) (text, link, links int) {
		if n.Type == html.TextNode {
			return textLen(n), 0, 0
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.CommentNode:
				n.RemoveChild(c)
			case c.Type != html.ElementNode:
				t, _, _ := walk(c)
				text += t
			case (isBoilerplate(c) || isCallToAction(c, host)) && small(textLen(c)):
				n.RemoveChild(c)
			case isRelatedHeading(c) && removedList(n, c, &next):
			default:
				t, l, k := walk(c)
				if small(t) && (linkListAtoms[c.DataAtom] && k >= 3 && l*10 >= t*7 || isArticleList(c, host)) {
					n.RemoveChild(c)
					break
				}
				text, link, links = text+t, link+l, links+k
			}
			c = next
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			link, links = text, links+1
		}
		if n.Type == html.ElementNode && skipAtoms[n.DataAtom] {
			return 0, 0, 0
		}
		return text, link, links
	}
	walk(root)
}

// pruneLayoutSidebars removes the side columns of a table layout: in a
// row of two or three cells, one holding the page's text (at least
// minLayoutText runes and five times any other cell's) and the others
// holding navigation (three links or more), the others go. An old
// hand-made site's menu of <a>…<br> lines, its visitor counter and its
// opening hours sit in such a column, where no list markup marks them.
func pruneLayoutSidebars(root *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if c.DataAtom == atom.Tr {
				pruneSidebarCells(c)
			}
			walk(c)
		}
	}
	walk(root)
}

// minLayoutText is the text, in runes, of a table layout's main cell.
const minLayoutText = 300

func pruneSidebarCells(tr *html.Node) {
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			cells = append(cells, c)
		}
	}
	if len(cells) < 2 || len(cells) > 3 {
		return
	}
	main, mainText := -1, 0
	texts := make([]int, len(cells))
	for i, c := range cells {
		texts[i] = textLen(c)
		if texts[i] > mainText {
			main, mainText = i, texts[i]
		}
	}
	if mainText < minLayoutText {
		return
	}
	for i, c := range cells {
		if i == main {
			continue
		}
		if _, _, links := linkStats(c); texts[i]*5 > mainText || links < 3 && !narrowCell(c, cells[main]) {
			return
		}
	}
	for i, c := range cells {
		if i != main {
			tr.RemoveChild(c)
		}
	}
}

// pruneSmallPrint removes what follows the last rule (<hr>) among the
// blocks of an old hand-made page when all of it is set in small type
// (<font size="2">, <small>) and is short beside the text above the rule:
// a society's coming events, its office's address, a note on who pays for
// the site.
func pruneSmallPrint(root *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		var hr *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Hr {
				hr = c
			}
		}
		if hr != nil && hr.PrevSibling != nil {
			before, after, ok := 0, 0, true
			for c := n.FirstChild; c != hr; c = c.NextSibling {
				before += textLen(c)
			}
			for c := hr.NextSibling; c != nil && ok; c = c.NextSibling {
				if t := textLen(c); t > 0 {
					after += t
					ok = c.Type == html.ElementNode && smallType(c)
				}
			}
			if ok && after > 0 && after*4 < before && before >= minLayoutText {
				for c := hr.NextSibling; c != nil; {
					next := c.NextSibling
					n.RemoveChild(c)
					c = next
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !skipAtoms[c.DataAtom] {
				walk(c)
			}
		}
	}
	walk(root)
}

// smallType reports a block whose text is all set in small type: a
// <small>, or a <font> of size 1 or 2 (or -1, -2), alone or inside a
// paragraph.
func smallType(n *html.Node) bool {
	if n.DataAtom == atom.Small {
		return true
	}
	if n.DataAtom == atom.Font {
		size, _ := attr(n, "size")
		return size == "1" || size == "2" || size == "-1" || size == "-2"
	}
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if only != nil || c.Type != html.ElementNode {
			return false
		}
		only = c
	}
	return only != nil && smallType(only)
}

// pageFormText is the text, in runes, from which a <form> holding
// paragraphs wraps a page rather than a search box or a sign-up form.
const pageFormText = 400

// narrowCell reports a side cell set much narrower than the main one by
// its width attributes (width="160" beside width="600"): a column of
// notices, events and a visitor counter, even without links.
func narrowCell(c, main *html.Node) bool {
	w, mw := cellWidth(c), cellWidth(main)
	return w > 0 && mw > 0 && w*3 <= mw
}

// cellWidth reads a cell's width attribute in pixels, or 0.
func cellWidth(n *html.Node) int {
	for _, a := range n.Attr {
		if a.Key == "width" {
			if v, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(a.Val), "px")); err == nil {
				return v
			}
		}
	}
	return 0
}

// removedList removes the related-links heading h and the list it
// introduces from parent, pointing *next at the sibling after them; false
// when h introduces no links.
func removedList(parent, h *html.Node, next **html.Node) bool {
	n, ok := removeIntroducedList(parent, h)
	if ok {
		*next = n
	}
	return ok
}

// isBoilerplate reports whether one element is furniture by its tag, role,
// visibility or class and id tokens.
func isBoilerplate(n *html.Node) bool {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		// <body id="pagetop">, the target of a "back to top" link, is
		// the whole page.
		return false
	}
	if n.DataAtom == atom.Form && (hasDescendant(n, atom.P) || (hasDescendant(n, atom.Table) || hasDescendant(n, atom.Br)) && !hasDescendant(n, atom.Textarea)) && textLenOver(n, pageFormText) {
		// An ASP.NET, JSF or Domino page wraps the whole page in one
		// <form>: the article stands inside it, in paragraphs or in
		// table cells broken by <br> (a comment form has a text box).
		return false
	}
	if boilerplateAtoms[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Header && !hasDescendant(n, atom.H1) {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "role":
			if boilerplateRoles[strings.ToLower(a.Val)] {
				return true
			}
		case "class", "id":
			toks := strings.Fields(strings.ToLower(a.Val))
			for _, f := range strings.Fields(a.Val) {
				if c := camelWords(f); c != "" {
					// lsCommentsSection is ls-comments-section.
					toks = append(toks, c)
				}
			}
			if slices.ContainsFunc(toks, bodyToken.MatchString) && !(slices.Contains(toks, "markdown-body") && earlierWithClass(n, "markdown-body")) {
				// <div class="markdown-body comment-body">: an issue's
				// or an advisory's own text, whatever else it is called
				// (the replies under it, markdown-body too, are comments).
				continue
			}
			for _, tok := range toks {
				if furnitureToken(tok) {
					return true
				}
				if (strings.Contains(tok, "header") || strings.Contains(tok, "masthead") || strings.HasPrefix(tok, "site")) && siteHeaderToken.MatchString(tok) && n.DataAtom != atom.H1 && !hasDescendant(n, atom.H1) && !hasDescendant(n, atom.H2) && !withinArticle(n) {
					// <div id="header"> with the logo and the menu, as
					// <header> is.
					return true
				}
			}
		}
	}
	return false
}

// camelWords returns a camelCase class name as lower-case words joined by
// hyphens (lsCommentsSection → ls-comments-section), or "" when it has no
// inner capital.
func camelWords(tok string) string {
	inner := false
	for i := 1; i < len(tok); i++ {
		if c, p := tok[i], tok[i-1]; 'A' <= c && c <= 'Z' && ('a' <= p && p <= 'z' || '0' <= p && p <= '9') {
			inner = true
			break
		}
	}
	if !inner {
		return "" // most class names: no builder, no allocation
	}
	var b strings.Builder
	rs := []rune(tok)
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
			b.WriteByte('-')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// earlierWithClass reports whether an element before n in the document
// (not an ancestor) has class token cls.
func earlierWithClass(n *html.Node, cls string) bool {
	for a := n; a != nil; a = a.Parent {
		for p := a.PrevSibling; p != nil; p = p.PrevSibling {
			if hasClassToken(p, cls) {
				return true
			}
		}
	}
	return false
}

// hasClassToken reports whether n or an element under it has class token cls.
func hasClassToken(n *html.Node, cls string) bool {
	if n.Type == html.ElementNode {
		for _, a := range n.Attr {
			if a.Key == "class" && slices.Contains(strings.Fields(strings.ToLower(a.Val)), cls) {
				return true
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasClassToken(c, cls) {
			return true
		}
	}
	return false
}

// bodyToken names the body of a document for certain: rendered Markdown
// ("markdown-body"), a post's or an entry's content.
var bodyToken = regexp.MustCompile(`^(?:markdown-body|entry-content|post-content|article-body|article-content|story-body)$`)

// siteHeaderToken names the page's banner: header, site-header,
// masthead, l-header.
var siteHeaderToken = regexp.MustCompile(`^(?:(?:site|global|common|main|top|l|g)?[-_]?(?:header|masthead)(?:[-_](?:wrap|wrapper|inner|area|container|top|bar))?|site[-_]?(?:title|name|logo|branding))$`)

// withinArticle reports a node inside an <article> or <main>.
func withinArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasDescendant(c, a)) {
			return true
		}
	}
	return false
}

// textLen counts the visible non-space runes below n.
func textLen(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		c := 0
		for _, r := range n.Data {
			if r > ' ' {
				c++
			}
		}
		return c
	case html.ElementNode:
		if skipAtoms[n.DataAtom] {
			return 0
		}
	}
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += textLen(c)
	}
	return sum
}

// textLenOver reports whether n holds more than limit visible runes,
// stopping as soon as it knows.
func textLenOver(n *html.Node, limit int) bool {
	count := 0
	var walk func(c *html.Node) bool
	walk = func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			count += textLen(c)
			return count > limit
		case html.ElementNode:
			if skipAtoms[c.DataAtom] {
				return false
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if walk(k) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// boilerplateLine matches a short paragraph that is a call to action or a
// notice rather than article text.
var boilerplateLine = regexp.MustCompile(`(?i)^(?:` +
	`share (?:this|on)\b|share:|follow us\b|tweet\b|email this\b|print this\b|` +
	`advertisement$|sponsored(?: content)?$|` +
	// a newsletter's sponsor box, a release site's offer of its images
	`this (?:issue|newsletter|edition|episode|email|week's (?:issue|edition|newsletter)) is (?:sponsored|brought to you|supported) by\b|` +
	`このプレスリリース(?:内)?で使(?:われ|用され)ている画像|` +
	`(?:sign up|subscribe)\b.*\b(?:newsletter|updates|inbox)|` +
	`related(?: stories| articles| posts| coverage| reading| content)?:|read more:|see also:|more:|more from\b|send us news$|news provided by\b[^.!?]{0,60}$|` +
	`(?:also read|further reading|recommended(?: reading| stories| for you)?:|you may also like|more on this story|more coverage)|` +
	`(?:we|this (?:web)?site) uses? cookies|by (?:continuing|using) (?:to use )?this (?:web)?site|` +
	`accept (?:all )?cookies|cookie (?:policy|settings|preferences)|` +
	`(?:image|photo|picture)(?: credit)?:|` +
	`leave a (?:comment|reply)|(?:\d+ )?comments?$|` +
	`copyright\s*(?:\(c\)|©|\d{4}|$)|©|all rights reserved|` +
	`ページの先頭へ|このページの先頭へ|ページトップへ|シェアする|ツイート|印刷する|` +
	// a link back to the list of releases or to the top of the page
	`[^。]{0,30}一覧(?:へ|に|ページへ)(?:戻る)?(?:\s*[｜|/]\s*[^。]{0,20})?$|[<«‹←▲△＜]+\s*(?:back|return) to\b[^.!?]{0,40}$|(?:back|return) to (?:the )?(?:top|list|index|home|homepage|news|newsroom|press|releases|articles|overview|main page|all \w+)\b[^.!?]{0,30}$|` +
	// a follow or re-blog button, a page's number, a release's label
	`[^。]{0,30}(?:アカウント|SNS|LINE|Facebook|X|Twitter)[^。]{0,10}をフォロー[^。]{0,20}$|この記事をリブログ|リブログする$|読者になる$|` +
	`ページ(?:ID|番号)\s*[:：]|(?:news ?release|press ?release|for immediate release|ニュースリリース|プレスリリース)$|(?:table of )?contents$|目次$|` +
	`[【■\[［]?\s*関連(?:記事|ニュース|リンク|情報)|メールマガジン(?:の)?(?:登録|購読|配信(?:登録|停止|を希望)|バックナンバー)|メルマガ(?:登録|購読)|` +
	// a newsletter's footer, a subscribe box, a PDF reader notice
	`you (?:are receiving|received) this\b|unsubscribe\b|manage (?:your )?(?:subscriptions?|preferences)|having trouble (?:reading|viewing|seeing) this\b|printed from\s+\S+|links in this (?:article|story|post):?$|the post .{1,200} appeared first on .{1,80}$|view (?:this|it) in (?:your|a) (?:web )?browser\b|[^.!?]{0,80}·\s*unsubscribe$|` +
	`get (?:new |the latest )?[^.!?]{0,40} by (?:e-?mail|rss)\b|` +
	// a newsletter's preferences line, a forum's presence box, a sign-up
	// prompt under a thread, a view counter
	// a paywall's count of what is left, a page's contact heading, a
	// newsletter's or a release site's pitch
	`残り\s*[0-9,]+\s*文字|このページに関する(?:お)?問い?合わせ(?:先)?$|[^。]{0,30}(?:の)?最新(?:記事|ニュース)を毎日お届け|このプレスリリースには、?(?:報道関係者|報道機関)向けの情報があります|` +
	`この(?:記事|コンテンツ)は(?:有料)?会員(?:限定|専用)|(?:この(?:ページの)?情報は)?(?:お)?役に立ちましたか|(?:あなたは)?\s*[0-9,]*\s*人目の(?:訪問者|参拝者|お客様)|you are visitor (?:number|no\.?)\b|` +
	`want to change how you receive these\b|(?:you can )?update your (?:e-?mail )?preferences\b|who is online$|users browsing this (?:forum|topic|thread)\b|` +
	`sign (?:up|in) (?:for free )?to (?:join|comment|reply)\b|get (?:the day's|today's|our) (?:top |biggest )?(?:stories|headlines|news)\b[^.!?]{0,40}\b(?:inbox|e-?mail)\b|[\d,.]+k? views?$|` +
	`[^。]{0,30}(?:Adobe )?(?:Acrobat )?Reader[^。]{0,10}(?:が必要|をダウンロード|をお使い)|PDF(?:ファイル)?を(?:ご覧|閲覧)[^。]{0,10}(?:には|場合)|あわせて読みたい|この記事を(?:シェア|共有)|広告$|PR$|【PR】|` +
	// a dateline's label left alone once its date was taken out
	`(?:published|updated|posted|last (?:updated|modified)|first published|公開日?|更新日?|掲載日|投稿日|発表日|配信日)[:：]?$|` +
	// a link to the printable or downloadable file of the page, with its size
	`(?:印刷用|印刷版|プリント用|PDF版|PDFファイル|ダウンロード)[^。]{0,30}$|` +
	`[^。.!?]{0,60}[(（]\s*(?:PDF|Word|Excel|ZIP)?\s*[:：,、/]?\s*\d[\d.,]*\s*[KMG]i?B\s*[)）]$` +
	`)`)

// footerLineRe matches a whole line of a newsletter's or a page's footer,
// which dropBoilerplateParagraphs removes from inside a paragraph of lines;
// unlike boilerplateLine it must match the line to its end, so that a
// sentence merely opening on such words (メールマガジン配信システムへの不正
// アクセスにより…) stays.
var footerLineRe = regexp.MustCompile(`(?i)^(?:unsubscribe|manage (?:your )?(?:subscriptions?|preferences)|having trouble (?:reading|viewing|seeing) this \w+\??(?: view (?:it|this) in (?:your|a) (?:web )?browser)?(?: · manage (?:your )?subscriptions?)?|view (?:this|it) in (?:your|a) (?:web )?browser|you (?:are receiving|received) this (?:bulletin|e-?mail|newsletter|message|alert)[^.]{0,120}\.(?: [^.]{0,120}\.)?|printed from\s+\S+(?: on \S+)?|links in this (?:article|story|post):?|the post .{1,200} appeared first on .{1,80}|.{0,80}·\s*unsubscribe|(?:copyright\s*(?:\(c\)|©)?|©)\s*(?:\d{4}|\(c\)).{0,80}|.{0,80}all rights reserved\.?)$`)

// footerBlock reports a short paragraph of a few lines that ends in a
// copyright line: a page's footer with its address above the notice.
func footerBlock(p string) bool {
	lines := strings.Split(p, "\n")
	if len(lines) < 2 || len(lines) > 4 {
		return false
	}
	last := strings.ToLower(lines[len(lines)-1])
	return strings.Contains(last, "copyright") || strings.Contains(last, "©") || strings.Contains(last, "all rights reserved")
}

// dropBoilerplateParagraphs removes short paragraphs that match
// boilerplateLine; long paragraphs are always kept.
func dropBoilerplateParagraphs(text string) string {
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		if utf8.RuneCountInString(p) < 160 && (boilerplateLine.MatchString(p) || footerBlock(p)) {
			continue
		}
		if strings.Contains(p, "\n") {
			// A paragraph of lines (a newsletter's footer under its
			// last item) loses its boilerplate lines one by one.
			lines := strings.Split(p, "\n")
			keep := lines[:0]
			for _, l := range lines {
				if utf8.RuneCountInString(l) < 160 && footerLineRe.MatchString(strings.TrimSpace(l)) {
					continue
				}
				keep = append(keep, l)
			}
			if len(keep) == 0 {
				continue
			}
			p = strings.Join(keep, "\n")
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}
