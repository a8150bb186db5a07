package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// buttonToken matches a class or id token that styles a link as a button.
var buttonToken = regexp.MustCompile(`^(?:.*[-_])?(?:btn|button|cta)(?:[-_].*)?$`)

// ctaPhrase matches the whole text of a link that asks the reader to act:
// get a report, subscribe, book a demo, talk to sales.
var ctaPhrase = regexp.MustCompile(`(?i)^(?:` +
	`(?:get|download|grab|claim|request|book|schedule|start|try|register|sign up|signup|subscribe|join|contact|talk to|speak (?:to|with)|chat with|learn more|find out more|discover|explore|watch|shop|buy|order|apply|see (?:how|pricing|plans)|read the (?:report|guide|whitepaper|white paper|ebook|e-book))\b.{0,40}|` +
	`(?:資料|ホワイトペーパー|カタログ|レポート|報告書)(?:を|の)?(?:無料)?(?:ダウンロード|請求|申し?込み?)(?:する|はこちら)?|` +
	`(?:無料)?(?:お問い?合わせ|お申し?込み|ご相談|相談する|体験版|トライアル|デモ)(?:は|する|を)?(?:こちら|フォーム|する|申し?込み?)?|` +
	`詳しくはこちら|詳細はこちら|今すぐ.{1,15}|(?:メルマガ|ニュースレター)(?:の)?(?:登録|購読).{0,10}` +
	`)[\s>›»→]*$`)

// subscribeAskRe finds a newsletter's ask to subscribe.
var subscribeAskRe = regexp.MustCompile(`(?i)\b(?:subscribe|sign up|newsletter|in your inbox)\b|メルマガ|ニュースレター|購読`)

// isCallToAction reports whether n is a call-to-action box: a short pitch
// with a button or a link that asks the reader to act (get the report,
// subscribe, talk to an expert), the link pointing to the site itself. Such
// boxes sit between the paragraphs of press releases and vendor blogs.
func isCallToAction(n *html.Node, host string) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Figure:
	default:
		return false
	}
	if textLenOver(n, 300) {
		return false
	}
	text := textLen(n)
	if text == 0 {
		return false
	}
	var button, asking *html.Node
	links := 0
	var find func(c *html.Node, inPara bool)
	find = func(c *html.Node, inPara bool) {
		if c.Type != html.ElementNode {
			return
		}
		switch {
		case c.DataAtom == atom.Button || (c.DataAtom == atom.Input && isSubmit(c)):
			button = c
		case c.DataAtom == atom.A:
			links++
			href, _ := attr(c, "href")
			if linksHome(href, host) && (hasButtonClass(c) || (!inPara && ctaPhrase.MatchString(cleanSpace(nodeText(c))))) {
				button = c
			}
			if linksHome(href, host) && ctaPhrase.MatchString(cleanSpace(nodeText(c))) {
				asking = c
			}
			return
		case c.DataAtom == atom.P || c.DataAtom == atom.Li:
			inPara = inPara || utf8.RuneCountInString(cleanSpace(nodeText(c))) > textLen(firstLink(c))+2
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			find(k, inPara)
		}
	}
	find(n, false)
	if button == nil && asking != nil && hasButtonClass(n) {
		// <div class="…-inline-cta"><p>Join 10,000+ founders… <a>Register
		// now</a></p></div>: a box the page itself classes as a call to
		// action, its link asking the reader to act inside the pitch.
		button = asking
	}
	if button == nil && links == 0 && hasButtonClass(n) && text <= 250 && subscribeAskRe.MatchString(cleanSpace(nodeText(n))) {
		// <section class="gh-cta"><h3>Subscribe to …</h3><p>Get … in
		// your inbox every Friday.</p></section>: a box the page classes
		// as a call to action, its form drawn by a script.
		return true
	}
	if button == nil || links > 2 {
		return false
	}
	pitch := text - textLen(button)
	return pitch <= 200 && countParagraphs(n) <= 3
}

func isSubmit(n *html.Node) bool {
	t, _ := attr(n, "type")
	t = strings.ToLower(t)
	return t == "submit" || t == "button"
}

func hasButtonClass(n *html.Node) bool {
	if r, _ := attr(n, "role"); strings.EqualFold(r, "button") {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			for _, tok := range strings.Fields(strings.ToLower(a.Val)) {
				if buttonToken.MatchString(tok) {
					return true
				}
			}
		}
	}
	return false
}

// firstLink returns the first <a> below n, or n itself when there is none.
func firstLink(n *html.Node) *html.Node {
	var found *html.Node
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for k := c.FirstChild; k != nil && found == nil; k = k.NextSibling {
			if k.Type == html.ElementNode && k.DataAtom == atom.A {
				found = k
				return
			}
			walk(k)
		}
	}
	walk(n)
	if found == nil {
		return &html.Node{Type: html.ElementNode}
	}
	return found
}

// countParagraphs counts the block elements below n that hold text of their own.
func countParagraphs(n *html.Node) int {
	count := 0
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			if blockAtoms[k.DataAtom] && !hasBlockChild(k) && textLen(k) > 0 {
				count++
				continue
			}
			walk(k)
		}
	}
	walk(n)
	return count
}
