package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// densityText finds the element whose own paragraphs hold the most text that
// is not link text, and renders it. It is the fallback for pages trafilatura
// cannot read: table layouts, <br>-separated text, bare nested <div>s.
func densityText(root *html.Node) string {
	best, bestScore := (*html.Node)(nil), 0
	var walk func(n *html.Node) (text, link int)
	walk = func(n *html.Node) (int, int) {
		if n.Type == html.TextNode {
			return textLen(n), 0
		}
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return 0, 0
		}
		if n.Type == html.ElementNode && skipAtoms[n.DataAtom] {
			return 0, 0
		}
		text, link := 0, 0
		direct := 0 // text in this element's own inline content and paragraphs
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t, l := walk(c)
			text += t
			link += l
			if c.Type == html.TextNode || !blockAtoms[c.DataAtom] || isParagraph(c) {
				direct += t - l
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			link = text
		}
		if n.Type == html.ElementNode && blockAtoms[n.DataAtom] && n.DataAtom != atom.Body {
			score := direct
			if text > 0 && link*2 > text {
				score = 0
			}
			if score > bestScore {
				best, bestScore = n, score
			}
		}
		return text, link
	}
	walk(root)
	if best == nil {
		return ""
	}
	return renderText(best)
}

// isParagraph reports whether a block child counts as the parent's own text.
func isParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Blockquote, atom.Pre, atom.H2, atom.H3, atom.H4, atom.Ul, atom.Ol:
		return true
	}
	return false
}
