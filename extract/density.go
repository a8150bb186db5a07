package extract

import (
	"strings"

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
	return renderText(siblingSections(best)...)
}

// siblingSections returns best with the sibling blocks that continue it:
// an advisory or a notice split into <div class="section"> blocks, one per
// heading, holds its text in all of them, and the densest is only one. A
// sibling continues best when it is the same element with the same class,
// or a paragraph, heading or list between such blocks, and is not mostly
// links.
func siblingSections(best *html.Node) []*html.Node {
	if best.Parent == nil || best.DataAtom == atom.Body {
		return []*html.Node{best}
	}
	class, _ := attr(best, "class")
	same := func(n *html.Node) bool {
		c, _ := attr(n, "class")
		return n.Type == html.ElementNode && n.DataAtom == best.DataAtom && c == class && n.DataAtom != atom.P
	}
	continues := func(n *html.Node) bool {
		if n.Type != html.ElementNode || !same(n) && !isParagraph(n) {
			return false
		}
		text, link := textAndLinks(n)
		return text > 0 && link*2 <= text
	}
	first, last := best, best
	for n := best.PrevSibling; n != nil; n = n.PrevSibling {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" || n.Type == html.CommentNode {
			continue
		}
		if !continues(n) {
			break
		}
		first = n
	}
	for n := best.NextSibling; n != nil; n = n.NextSibling {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" || n.Type == html.CommentNode {
			continue
		}
		if !continues(n) {
			break
		}
		last = n
	}
	var out []*html.Node
	sections := 0
	for n := first; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode {
			out = append(out, n)
			if same(n) {
				sections++
			}
		}
		if n == last {
			break
		}
	}
	if sections < 2 {
		// Paragraphs beside a lone block are the page's other text
		// (a teaser, a caption), not more of it.
		return []*html.Node{best}
	}
	return out
}

// textAndLinks returns the length of n's text and of the part inside links.
func textAndLinks(n *html.Node) (text, link int) {
	switch {
	case n.Type == html.TextNode:
		return textLen(n), 0
	case n.Type != html.ElementNode || skipAtoms[n.DataAtom]:
		return 0, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l := textAndLinks(c)
		text += t
		link += l
	}
	if n.DataAtom == atom.A {
		link = text
	}
	return text, link
}

// isParagraph reports whether a block child counts as the parent's own text.
func isParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Blockquote, atom.Pre, atom.H2, atom.H3, atom.H4, atom.Ul, atom.Ol:
		return true
	}
	return false
}
