package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads two kinds of page that have no article container at all:
// documents converted from print, whose every printed line is an absolutely
// positioned <div> (pdftohtml and its kin, common for investor-relations
// notices), and filings whose paragraphs stand as bare sibling <div>s
// straight under <body> among cover-page tables (EDGAR's inline XBRL).

// positionedLine is one absolutely placed line of a converted page.
type positionedLine struct {
	node      *html.Node
	top, left int
	text      string
	size      int // font size in px from its class, 0 when unknown
}

// posRe reads the top and left offsets of an absolutely positioned element.
var (
	posTopRe  = regexp.MustCompile(`(?i)\btop\s*:\s*(-?\d+)`)
	posLeftRe = regexp.MustCompile(`(?i)\bleft\s*:\s*(-?\d+)`)
	absRe     = regexp.MustCompile(`(?i)position\s*:\s*absolute`)
	// fontClassRe reads ".ft3{font-size:18px;…}" from a converter's styles.
	fontClassRe = regexp.MustCompile(`\.([\w-]+)\s*\{[^}]*?font-size\s*:\s*(\d+)px`)
)

// minPositionedLines is how many positioned lines a page needs before it
// is read as a converted print page.
const minPositionedLines = 8

// rebuildPositionedLines finds converted print pages — elements with many
// absolutely positioned children each holding one line of text — and
// replaces their lines with paragraphs, reading them top to bottom: a line
// joins the one above when it follows at the usual line spacing and the
// one above ran to the full measure; an indented line, a wider gap, or a
// short line above starts a new paragraph. The line set in the largest
// type, when it stands out, becomes an <h1>. Consecutive pages are moved
// into the first, so that the document reads as one. A lone page number
// at the foot of a page is dropped.
func rebuildPositionedLines(root *html.Node) {
	placed := inlineClassPositions(root)
	if countPositioned(root, minPositionedLines) < minPositionedLines {
		unplace(placed)
		return // the common case, decided without reading the styles
	}
	sizes := fontClassSizes(root)
	var pages []*html.Node
	var walk func(n *html.Node, min int)
	walk = func(n *html.Node, min int) {
		if n.Type == html.ElementNode && skipAtoms[n.DataAtom] {
			return
		}
		if lines := positionedLines(n, sizes, min); lines != nil {
			rebuildPage(n, lines)
			pages = append(pages, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, min)
		}
	}
	walk(root, minPositionedLines)
	if len(pages) > 0 {
		// Once the document is known to be converted print, a page of
		// a few lines (the last) is one too.
		walk(root, 2)
	}
	joinPages(pages)
	if len(pages) == 0 {
		unplace(placed)
	}
}

// unplace takes back the style attributes inlineClassPositions wrote, on a
// page that was not read as converted print after all.
func unplace(nodes []*html.Node) {
	for _, n := range nodes {
		for i, a := range n.Attr {
			if a.Key == "style" {
				n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
				break
			}
		}
	}
}

// classPosRe reads a converter's position classes: ".x1{left:72px}",
// ".y3{bottom:930px}" (pdf2htmlEX places its lines so).
var classPosRe = regexp.MustCompile(`\.([\w-]+)\s*\{\s*(left|bottom|top)\s*:\s*(-?\d+(?:\.\d+)?)px\s*;?\s*\}`)

// inlineClassPositions writes the positions a converter gives its lines
// by class (pdf2htmlEX: <div class="t x1 y3 …"> with ".t{position:
// absolute}", ".x1{left:72px}", ".y3{bottom:930px}") into each line's
// style attribute, as pdftohtml writes them, so that the lines can be read
// as positioned lines. Offsets from the bottom become offsets from a
// common top, which keeps their order. It returns the elements it placed.
func inlineClassPositions(root *html.Node) (placed []*html.Node) {
	left, top := map[string]int{}, map[string]int{}
	absolute := map[string]bool{}
	var styles func(n *html.Node)
	styles = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Style {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.TextNode || !strings.Contains(c.Data, "{left:") && !strings.Contains(c.Data, "{bottom:") && !strings.Contains(c.Data, "{top:") {
					// A converter writes one class per offset, bare:
					// ".x1{left:72px}"; other styles are not read.
					continue
				}
				for _, m := range classPosRe.FindAllStringSubmatch(c.Data, -1) {
					v, err := strconv.ParseFloat(m[3], 64)
					if err != nil {
						continue
					}
					switch m[2] {
					case "left":
						left[m[1]] = int(v)
					case "top":
						top[m[1]] = int(v)
					case "bottom":
						top[m[1]] = 100000 - int(v)
					}
				}
				for _, m := range absClassRe.FindAllStringSubmatch(c.Data, -1) {
					absolute[m[1]] = true
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			styles(c)
		}
	}
	styles(root)
	if len(left) == 0 || len(top) == 0 || len(absolute) == 0 {
		return nil
	}
	// A line whose class the styles do not place (a page's styles cut
	// short) follows the line before it in the document.
	lastTop, lastLeft, step := 0, 0, 18
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if class, ok := attr(c, "class"); ok {
				abs, l, t, okL, okT := false, lastLeft, lastTop+step, false, false
				for _, k := range strings.Fields(class) {
					if absolute[k] {
						abs = true
					}
					if v, ok := left[k]; ok {
						l, okL = v, true
					}
					if v, ok := top[k]; ok {
						t, okT = v, true
					}
				}
				if _, has := attr(c, "style"); abs && (okL || okT) && !has && c.FirstChild != nil && !hasBlockChild(c) {
					if okT && t > lastTop && t-lastTop < 60 {
						step = t - lastTop
					}
					lastTop, lastLeft = t, l
					c.Attr = append(c.Attr, html.Attribute{Key: "style", Val: "position:absolute;top:" + strconv.Itoa(t) + "px;left:" + strconv.Itoa(l) + "px"})
					placed = append(placed, c)
					continue
				}
			}
			walk(c)
		}
	}
	walk(root)
	return placed
}

// absClassRe reads a class a converter's styles place absolutely.
var absClassRe = regexp.MustCompile(`\.([\w-]+)\s*\{[^}]*?position\s*:\s*absolute`)

// countPositioned counts the absolutely positioned elements below n, up to
// limit.
func countPositioned(n *html.Node, limit int) int {
	k := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && k < limit; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if style, ok := attr(c, "style"); ok && (strings.Contains(style, "absolute") || strings.Contains(style, "ABSOLUTE")) && absRe.MatchString(style) {
				k++
			}
			walk(c)
		}
	}
	walk(n)
	return k
}

// fontClassSizes reads the font size of each class a page's styles define.
func fontClassSizes(root *html.Node) map[string]int {
	sizes := map[string]int{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Style {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					for _, m := range fontClassRe.FindAllStringSubmatch(c.Data, -1) {
						if v, err := strconv.Atoi(m[2]); err == nil {
							sizes[m[1]] = v
						}
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return sizes
}

// positionedLines returns n's children that are absolutely positioned and
// hold a short run of text without blocks inside, in reading order; nil
// unless there are at least min of them and they make up most of n's text.
func positionedLines(n *html.Node, sizes map[string]int, min int) []positionedLine {
	var lines []positionedLine
	other := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			if c.Type == html.TextNode {
				other += textLen(c)
			}
			continue
		}
		style, _ := attr(c, "style")
		top, okTop := styleInt(posTopRe, style)
		left, okLeft := styleInt(posLeftRe, style)
		text := cleanSpace(nodeText(c))
		if !absRe.MatchString(style) || !okTop || !okLeft || hasBlockChild(c) || utf8.RuneCountInString(text) > 200 {
			other += textLen(c)
			continue
		}
		if text == "" {
			continue
		}
		lines = append(lines, positionedLine{node: c, top: top, left: left, text: text, size: lineFontSize(c, sizes)})
	}
	total := other
	for _, l := range lines {
		total += utf8.RuneCountInString(l.text)
	}
	if len(lines) < min || other*3 > total {
		return nil
	}
	// Lines within a couple of pixels share a baseline: order them by
	// a rounded top (a transitive key), then left to right.
	sort.SliceStable(lines, func(i, j int) bool {
		if ti, tj := (lines[i].top+2)/5, (lines[j].top+2)/5; ti != tj {
			return ti < tj
		}
		return lines[i].left < lines[j].left
	})
	return lines
}

func styleInt(re *regexp.Regexp, style string) (int, bool) {
	m := re.FindStringSubmatch(style)
	if m == nil {
		return 0, false
	}
	v, err := strconv.Atoi(m[1])
	return v, err == nil
}

// lineFontSize returns the font size of the first classed element in a
// line that the page's styles give one.
func lineFontSize(n *html.Node, sizes map[string]int) int {
	if class, ok := attr(n, "class"); ok {
		// The largest size a line's classes give: pdf2htmlEX sets its line
		// class to 1px and the real size in another.
		best := 0
		for _, c := range strings.Fields(class) {
			if v, ok := sizes[c]; ok && v > best {
				best = v
			}
		}
		if best > 0 {
			return best
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if v := lineFontSize(c, sizes); v > 0 {
				return v
			}
		}
	}
	return 0
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// rebuildPage replaces the positioned lines of one page by paragraphs.
func rebuildPage(page *html.Node, lines []positionedLine) {
	// Lines on one baseline (a label and its value) make one line.
	var merged []positionedLine
	for _, l := range lines {
		if k := len(merged) - 1; k >= 0 && abs(merged[k].top-l.top) <= 2 {
			merged[k].text = joinLine(merged[k].text, l.text, true)
			continue
		}
		merged = append(merged, l)
	}
	kept := merged[:0]
	for _, l := range merged {
		if !printMarkRe.MatchString(l.text) {
			kept = append(kept, l)
		}
	}
	if len(kept) == 0 {
		return
	}
	merged = kept
	margin, edge, step, body := pageGeometry(merged)
	full := margin + (edge-margin)*85/100 // a line reaching this ran to the end of the measure
	var paras [][]positionedLine
	for i, l := range merged {
		if i == 0 {
			paras = append(paras, []positionedLine{l})
			continue
		}
		prev := merged[i-1]
		gap := l.top - prev.top
		cont := gap > 0 && gap <= step+step/3 && // the next line at the usual spacing
			abs(l.left-margin) <= 4 && // not indented
			prev.right(body) >= full &&
			l.fontOr(body) == prev.fontOr(body)
		if cont {
			k := len(paras) - 1
			paras[k] = append(paras[k], l)
			continue
		}
		paras = append(paras, []positionedLine{l})
	}
	// The lone number at the foot of a page is its page number ("Page 1
	// of 2" and a mailing's presort line, "**AUTO ALL FOR AADC 945", went
	// above, wherever they stood).
	if k := len(paras) - 1; k > 0 && len(paras[k]) == 1 && isPageNumber(paras[k][0].text) {
		paras = paras[:k]
	}

	headline := largestLine(merged, body)
	if headline != nil && len(merged) > 1 && headline.node == merged[0].node {
		// A letterhead's name in the largest type at the top of a
		// letter; a title set larger than the body below it is the
		// headline.
		if h := largestLine(merged[1:], body); h != nil && h.fontOr(body) > body {
			headline = h
		}
	}
	for _, l := range lines {
		page.RemoveChild(l.node)
	}
	for _, p := range paras {
		var text string
		for _, l := range p {
			text = joinLine(text, l.text, false)
		}
		tag, a := "p", atom.P
		if len(p) == 1 && headline != nil && p[0].node == headline.node {
			tag, a = "h1", atom.H1
		}
		el := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: a}
		el.AppendChild(&html.Node{Type: html.TextNode, Data: text})
		page.AppendChild(el)
	}
}

// fontOr returns the line's font size, or def when it has none.
func (l positionedLine) fontOr(def int) int {
	if l.size > 0 {
		return l.size
	}
	return def
}

// right estimates where a line ends: its offset plus its runes at the
// font size, full width for CJK and about half for other scripts.
func (l positionedLine) right(def int) int {
	w := 0
	for _, r := range l.text {
		if isCJK(r) {
			w += 20
		} else {
			w += 11
		}
	}
	return l.left + w*l.fontOr(def)/20
}

// pageGeometry returns a page's left margin (the offset most lines share),
// the right edge of its text (where the longest line from the margin ends), the usual line
// spacing and the usual font size.
func pageGeometry(lines []positionedLine) (margin, edge, step, body int) {
	mode := func(vals []int) int {
		freq := map[int]int{}
		best, bestN := 0, 0
		for _, v := range vals {
			freq[v]++
			if freq[v] > bestN || freq[v] == bestN && v < best {
				best, bestN = v, freq[v]
			}
		}
		return best
	}
	var lefts, sizes, gaps []int
	for i, l := range lines {
		lefts = append(lefts, l.left)
		if l.size > 0 {
			sizes = append(sizes, l.size)
		}
		if i > 0 && l.top > lines[i-1].top {
			gaps = append(gaps, l.top-lines[i-1].top)
		}
	}
	margin, body, step = mode(lefts), mode(sizes), mode(gaps)
	if body == 0 {
		body = 16
	}
	for _, l := range lines {
		if abs(l.left-margin) <= 4 {
			edge = max(edge, l.right(body))
		}
	}
	return margin, edge, step, body
}

// largestLine returns the line set in type clearly larger than the body's,
// when one line alone is; nil otherwise.
func largestLine(lines []positionedLine, body int) *positionedLine {
	var best *positionedLine
	n := 0
	for i := range lines {
		l := &lines[i]
		if l.size*10 < body*11 {
			continue
		}
		switch {
		case best == nil || l.size > best.size:
			best, n = l, 1
		case l.size == best.size:
			n++
		}
	}
	if n != 1 {
		return nil
	}
	return best
}

var pageNumberRe = regexp.MustCompile(`^[-－–—\s]*(?:[0-9０-９]{1,3}|[ivxIVX]{1,4})[-－–—\s]*$|^[0-9０-９]{1,3}\s*/\s*[0-9０-９]{1,3}$`)

func isPageNumber(s string) bool { return pageNumberRe.MatchString(s) }

// printMarkRe finds a printed page's marks: its page count and a bulk
// mailing's presort line.
var printMarkRe = regexp.MustCompile(`^\s*(?:(?i:page \d+ of \d+)|\d+\s*/\s*\d+\s*(?:ページ|頁)|[-–—]\s*\d+\s*[-–—]|.*\*\*\s*(?:AUTO|SCH|ECRLOT|MIXED)\b.*|.*\b(?:AADC|SCH 5-DIGIT|5-DIGIT \d{5}|3-DIGIT \d{3})\b.*)\s*$`)

// joinLine joins a line to the text before it: CJK text runs on without a
// space, other text with one, and a line ending in a hyphen without one
// (the hyphen kept). sameLine
// joins parts of one printed line, which keep a space between them.
func joinLine(before, line string, sameLine bool) string {
	if before == "" {
		return line
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(line)
	switch {
	case !sameLine && isCJK(last) && isCJK(first):
		return before + line
	case !sameLine && last == '-' && !strings.HasSuffix(before, " -"):
		// "third-" / "party vendor": the hyphen may be the word's own,
		// so it stays.
		return before + line
	}
	return before + " " + line
}

// joinPages moves the content of every converted page after the first
// into the first, when they are siblings (with anchors, comments or
// images between), so that extraction reads the document whole.
func joinPages(pages []*html.Node) {
	if len(pages) < 2 {
		return
	}
	first := pages[0]
	for _, p := range pages[1:] {
		if p.Parent != first.Parent {
			continue
		}
		for c := p.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && (c.DataAtom == atom.P || c.DataAtom == atom.H1) {
				p.RemoveChild(c)
				if c.DataAtom == atom.H1 {
					c.Data, c.DataAtom = "p", atom.P
				}
				first.AppendChild(c)
			}
			c = next
		}
	}
}

// flatRunText finds the longest run of sibling prose blocks — <div>s or
// <p>s holding only inline content — that stand apart from any article
// container, as a filing's paragraphs stand straight under <body>, and
// renders it; "" when no run holds at least minFlatProse paragraphs of
// prose. A table, a rule, a form or a block with blocks inside ends a run;
// a short line (a heading written as a bold <div>) stays in it.
func flatRunText(root *html.Node) string {
	var best []*html.Node
	bestLen := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		var run []*html.Node
		runLen, prose := 0, 0
		flush := func() {
			if prose >= minFlatProse && runLen > bestLen {
				best, bestLen = run, runLen
			}
			run, runLen, prose = nil, 0, 0
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				if c.Type == html.TextNode && textLen(c) > 0 {
					flush()
				}
				continue
			}
			if skipAtoms[c.DataAtom] {
				continue
			}
			text, link := textAndLinks(c)
			switch {
			case text == 0 && !blockAtoms[c.DataAtom]:
				continue // an empty inline element, an anchor, an image
			case text == 0 && c.DataAtom != atom.Hr && c.DataAtom != atom.Table:
				continue // an empty spacer block
			case (c.DataAtom == atom.Div || c.DataAtom == atom.P || c.DataAtom == atom.Center) && !hasBlockChild(c) && link*5 < text:
				run = append(run, c)
				runLen += text - link
				if isProse(cleanSpace(nodeText(c))) {
					prose++
				}
				continue
			}
			flush()
			walk(c)
		}
		flush()
	}
	walk(root)
	if best == nil {
		return ""
	}
	return renderText(best...)
}

// minFlatProse is how many prose paragraphs a flat run needs.
const minFlatProse = 3

// isProse reports whether a paragraph reads as running text: long enough
// and ending a sentence.
func isProse(p string) bool {
	return utf8.RuneCountInString(p) >= 60 && endsSentence(p)
}
