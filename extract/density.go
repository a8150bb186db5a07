package extract

import (
	"regexp"

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
	return renderText(sectionRun(best)...)
}

// sectionRun returns best's run of sibling sections (see siblingSections);
// when best stands alone in a small wrapper that repeats ("update-row":
// a title and the body), the run of the wrappers.
func sectionRun(best *html.Node) []*html.Node {
	run := siblingSections(best)
	for n, up := best, 0; len(run) == 1 && up < 2; up++ {
		p := n.Parent
		if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body {
			break
		}
		text, _ := textAndLinks(p)
		own, _ := textAndLinks(n)
		if own*10 < text*7 {
			break // the wrapper holds more than best: it is no mere frame
		}
		if r := siblingSections(p); len(r) > 1 {
			return r
		}
		n = p
	}
	return run
}

// siblingSections returns best with the sibling blocks that continue it:
// an advisory or a notice split into <div class="section"> blocks, one per
// heading, or a page whose paragraphs are each a <div> of one class, holds
// its text in all of them, and the densest is only one. The run reaches
// from the first to the last sibling like best (the same element with the
// same class, or a block holding such); what stands between them joins it
// when it is a paragraph, a heading or a short line of text and not mostly
// links. A link box ends the run.
func siblingSections(best *html.Node) []*html.Node {
	if best.Parent == nil || best.DataAtom == atom.Body {
		return []*html.Node{best}
	}
	class, _ := attr(best, "class")
	same := func(n *html.Node) bool {
		c, _ := attr(n, "class")
		return n.Type == html.ElementNode && n.DataAtom == best.DataAtom && c == class && n.DataAtom != atom.P
	}
	holdsSame := func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if same(c) {
				return true
			}
		}
		return false
	}
	var sibs []*html.Node
	at := -1
	for n := best.Parent.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode || skipAtoms[n.DataAtom] {
			continue
		}
		if n == best {
			at = len(sibs)
		}
		sibs = append(sibs, n)
	}
	like := func(n *html.Node) bool { return same(n) || holdsSame(n) }
	between := func(n *html.Node) bool {
		text, link := textAndLinks(n)
		if text == 0 || link*2 > text {
			return false
		}
		return like(n) || isParagraph(n) || text <= maxHeading && !hasBlockChild(n)
	}
	first, last := at, at
	for i := at - 1; i >= 0 && between(sibs[i]); i-- {
		if like(sibs[i]) {
			first = i
		}
	}
	for i := at + 1; i < len(sibs); i++ {
		if like(sibs[i]) && creditLine(sibs[i]) && linkDense(sibs[i]) {
			// 引用元:<a>海運新報デジタル</a>: the re-post's credit line,
			// all link but its label, closes the story it carries.
			last = i
			break
		}
		if !between(sibs[i]) {
			break
		}
		if like(sibs[i]) {
			last = i
		}
	}
	if first == last {
		return []*html.Node{best}
	}
	return sibs[first : last+1]
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

// creditLineRe opens the line crediting the story a re-post carries:
// 引用元:, 出典:, "Source:", "Via:".
var creditLineRe = regexp.MustCompile(`(?i)^(?:引用元|出典|ソース|情報元|元記事|参照元|source|via|originally (?:published|reported|appeared) (?:by|on|in|at)|read the (?:original|full) (?:story|article|report)(?: at| on)?)\s*[:：]\s*\S`)

// maxCreditLine is the longest credit line, in runes, kept.
const maxCreditLine = 120

// creditLine reports a short block that credits the story a re-post
// carries ("Source: …"), however much of it is link.
func creditLine(n *html.Node) bool {
	return !textLenOver(n, maxCreditLine) && creditLineRe.MatchString(cleanSpace(nodeText(n)))
}

// linkDense reports a block whose text is mostly link text: a credit line
// that links the story it credits, not a chart's "Source: …" caption.
func linkDense(n *html.Node) bool {
	text, link := textAndLinks(n)
	return text > 0 && link*2 > text
}
