package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// restoreLists puts back the lists trafilatura leaves out of the article.
// When no known content container matches, trafilatura reads only
// paragraphs, quotes, code and tables, so bullet points, indicator lists and
// source lists vanish from the middle of the text. A list comes back right
// after the paragraph that precedes it on the page, when that paragraph is
// in the text, the one after it (if any) follows it there too, and the list
// is prose or introduced as the article's own (a label ending in a colon,
// sources, outside links) rather than a link box trafilatura rightly dropped.
func restoreLists(root *html.Node, text string) string {
	if text == "" {
		return text
	}
	paras, index := paragraphIndex(text)
	inserts := map[int][]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			switch c.DataAtom {
			case atom.Ul, atom.Ol, atom.Dl:
				if i, items, ok := missingList(c, index); ok {
					inserts[i] = append(inserts[i], items...)
				}
				continue // a nested list is part of this one
			}
			walk(c)
		}
	}
	walk(root)
	if len(inserts) == 0 {
		return text
	}
	return withInserts(paras, inserts)
}

// missingList returns where list l belongs in the text (the index of the
// paragraph before it) and its items, when the text lacks it and it belongs.
func missingList(l *html.Node, index map[string]int) (at int, items []string, ok bool) {
	prev, next := prevElement(l), nextElement(l)
	if prev == nil {
		return 0, nil, false
	}
	prevText := cleanSpace(renderText(prev))
	at, found := index[prevText]
	if !found {
		return 0, nil, false
	}
	if next != nil && isHeading(next) {
		if _, there := index[cleanSpace(renderText(next))]; !there {
			// A section heading the text lacks too ("What we are doing"):
			// the paragraph after it must follow.
			next = nextElement(next)
		}
	}
	if next != nil && textLen(next) > 0 {
		if j, ok := index[cleanSpace(renderText(next))]; !ok || j != at+1 {
			return 0, nil, false
		}
	}
	rendered := renderText(l)
	if rendered == "" {
		return 0, nil, false
	}
	items = strings.Split(rendered, "\n\n")
	if _, there := index[cleanSpace(items[0])]; there {
		return 0, nil, false
	}
	text, link, _ := linkStats(l)
	if link*2 >= text && !strings.HasSuffix(prevText, ":") && !strings.HasSuffix(prevText, "：") &&
		!sourcesHeading.MatchString(labelDecor.ReplaceAllString(prevText, "")) && !allLinksOut(l) {
		return 0, nil, false
	}
	return at, items, true
}

// allLinksOut reports whether every link below n leads to another site:
// an article's sources rather than the site's own pages. The host is
// unknown here, so only absolute links count as leading out.
func allLinksOut(n *html.Node) bool {
	out, any := true, false
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			any = true
			href, _ := attr(c, "href")
			if linksHome(href, "") {
				out = false
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return any && out
}

func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// restoreIssuer puts back the issuer's name that a press release shows just
// above its text ("Example Holdings, Inc.", 「株式会社KADOKAWA」) when
// trafilatura left that short line out: it names the organisation the
// release speaks for, which incident extraction needs.
func restoreIssuer(root *html.Node, text string) string {
	if text == "" {
		return text
	}
	first, _, _ := strings.Cut(text, "\n\n")
	first = cleanSpace(first)
	firstLen := textLen(&html.Node{Type: html.TextNode, Data: first})
	var lines []string
	found := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if blockAtoms[c.DataAtom] && !hasBlockChild(c) {
				if n := textLen(c); n == 0 || (n > 50 && n != firstLen) {
					lines = append(lines, "") // neither an issuer's name nor the first paragraph
					continue
				}
				t := cleanSpace(renderText(c))
				if t == first {
					found = true
					return
				}
				if t != "" {
					lines = append(lines, t)
				}
				continue
			}
			walk(c)
		}
	}
	walk(root)
	if !found {
		return text
	}
	var issuer []string
	for i := max(0, len(lines)-4); i < len(lines); i++ {
		if isOrgLine(lines[i]) && !strings.Contains(text, lines[i]) {
			issuer = append(issuer, lines[i])
		}
	}
	if len(issuer) == 0 {
		return text
	}
	return strings.Join(issuer, "\n\n") + "\n\n" + text
}

// restorePre gives preformatted blocks (code, logs, HTTP requests) back the
// line breaks trafilatura collapses: a paragraph that is a <pre>'s text with
// its white space squeezed is replaced by the <pre> as the page shows it.
func restorePre(root *html.Node, text string) string {
	pres := outermost(root, atom.Pre, 0)
	if len(pres) == 0 {
		return text
	}
	paras := strings.Split(text, "\n\n")
	for _, pre := range pres {
		shown := renderText(pre)
		if !strings.Contains(shown, "\n") {
			continue
		}
		flat := cleanSpace(shown)
		for i, p := range paras {
			if !strings.Contains(p, "\n") && cleanSpace(p) == flat {
				paras[i] = shown
				break
			}
		}
	}
	return strings.Join(paras, "\n\n")
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// maxHeading is the longest text, in runes, read as a section heading.
const maxHeading = 120

// restoreHeadings puts back the section headings trafilatura leaves out
// when no known content container matches ("What Happened?", ■背景,
// "The long rebuild"): a heading comes back when the paragraph before it
// on the page and the one after it stand next to each other in the text,
// or when a prose list follows it and the paragraph before it ends the
// text so far. A heading over link lists ("Related articles") has no such
// neighbours and stays out.
func restoreHeadings(root *html.Node, text string) string {
	if text == "" {
		return text
	}
	paras, index := paragraphIndex(text)
	inserts := map[int][]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			switch c.DataAtom {
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if i, h, ok := missingHeading(c, index); ok {
					inserts[i] = append(inserts[i], h)
				}
				continue
			}
			walk(c)
		}
	}
	walk(root)
	if len(inserts) == 0 {
		return text
	}
	return withInserts(paras, inserts)
}

// missingHeading returns where heading h belongs in the text (the index of
// the paragraph before it) and its text, when the text lacks it and the
// paragraphs around it show it stood inside the article.
func missingHeading(h *html.Node, index map[string]int) (at int, heading string, ok bool) {
	heading = cleanSpace(renderText(h))
	if heading == "" || textLen(h) > maxHeading {
		return 0, "", false
	}
	if _, there := index[heading]; there {
		return 0, "", false
	}
	prev := precedingText(h)
	if prev == nil {
		return 0, "", false
	}
	at, found := index[cleanSpace(renderText(prev))]
	if !found {
		// The paragraph before may be a list's last item or a block's
		// last paragraph.
		last := lastTextBlock(prev)
		if last == nil {
			return 0, "", false
		}
		if at, found = index[cleanSpace(renderText(last))]; !found {
			return 0, "", false
		}
	}
	for next := nextElement(h); next != nil; next = nextElement(next) {
		if textLen(next) == 0 {
			continue
		}
		if j, ok := index[cleanSpace(renderText(next))]; ok {
			return at, heading, j == at+1
		}
		if first := firstTextBlock(next); first != nil {
			if j, ok := index[cleanSpace(renderText(first))]; ok {
				return at, heading, j == at+1
			}
		}
		switch next.DataAtom {
		case atom.Ul, atom.Ol, atom.Dl:
			// A list the text lacks: the heading belongs when the list
			// is prose and the text goes on with what follows it.
			text, link, _ := linkStats(next)
			if link*2 >= text {
				return 0, "", false
			}
			continue
		}
		return 0, "", false
	}
	return 0, "", false
}

// precedingText returns the nearest element with text before n on the
// page: its previous sibling, or, when n opens its block, the block's.
func precedingText(n *html.Node) *html.Node {
	for ; n != nil && n.DataAtom != atom.Body; n = n.Parent {
		for p := prevElement(n); p != nil; p = prevElement(p) {
			if !skipAtoms[p.DataAtom] && textLen(p) > 0 {
				return p
			}
		}
	}
	return nil
}

// firstTextBlock and lastTextBlock return the first and the last block
// without block children below n that holds text, or nil.
func firstTextBlock(n *html.Node) *html.Node { return textBlock(n, true) }

func lastTextBlock(n *html.Node) *html.Node { return textBlock(n, false) }

func textBlock(n *html.Node, first bool) *html.Node {
	if n.Type != html.ElementNode || skipAtoms[n.DataAtom] {
		return nil
	}
	if !hasBlockChild(n) {
		if textLen(n) > 0 {
			return n
		}
		return nil
	}
	c := n.LastChild
	if first {
		c = n.FirstChild
	}
	for c != nil {
		if b := textBlock(c, first); b != nil {
			return b
		}
		if first {
			c = c.NextSibling
		} else {
			c = c.PrevSibling
		}
	}
	return nil
}

// restoreBrLead puts back the opening stretch of a body written as text
// separated by <br><br> (Blogger and old CMS templates), which trafilatura
// drops when it reads the stretches after each <br> as paragraphs: when
// the text's first paragraph is a text node that follows <br>s, the text
// before those <br>s in the same element comes back in front of it.
func restoreBrLead(root *html.Node, text string) string {
	if text == "" {
		return text
	}
	paras := strings.Split(text, "\n\n")
	for i := 0; i < len(paras) && i < 3; i++ {
		// The headline may come first: look at the first paragraphs.
		first := cleanSpace(paras[i])
		var lead string
		var walk func(n *html.Node) bool
		walk = func(n *html.Node) bool {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode && cleanSpace(c.Data) == first {
					lead = brLead(c)
					return true
				}
				if c.Type == html.ElementNode && !skipAtoms[c.DataAtom] && walk(c) {
					return true
				}
			}
			return false
		}
		if !walk(root) || lead == "" {
			continue
		}
		if strings.Contains(cleanSpace(text), lead) {
			return text
		}
		out := append(append(append([]string{}, paras[:i]...), lead), paras[i:]...)
		return strings.Join(out, "\n\n")
	}
	return text
}

// brLead returns the text before the <br>s that precede text node t in
// its element, when only <br>s and inline elements stand between them and
// that text reads as prose; else "".
func brLead(t *html.Node) string {
	brs := 0
	c := t.PrevSibling
	for ; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			brs++
			continue
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		break
	}
	if brs == 0 || c == nil {
		return ""
	}
	var parts []string
	for ; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Br || blockAtoms[c.DataAtom] || skipAtoms[c.DataAtom]) {
			break
		}
		parts = append([]string{renderText(c)}, parts...)
	}
	lead := cleanSpace(strings.Join(parts, " "))
	if textLen(&html.Node{Type: html.TextNode, Data: lead}) < 40 {
		return ""
	}
	return lead
}

// restoreLooseText puts back a stretch of text that stands loose in a
// block right after a list or another block whose text is in the article
// ("…</ul>I will update this thread when…"): trafilatura reads the list and
// drops what follows it when that is no element of its own.
func restoreLooseText(root *html.Node, text string) string {
	if text == "" {
		return text
	}
	paras, index := paragraphIndex(text)
	flat := cleanSpace(text)
	inserts := map[int][]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if textLen(c) < 30 {
					continue
				}
				prev := blockBefore(c)
				if prev == nil {
					continue
				}
				// Only now the costly look through the whole text.
				loose := cleanSpace(c.Data)
				if strings.Contains(flat, loose) {
					continue
				}
				if last := lastTextBlock(prev); last != nil {
					if i, ok := index[cleanSpace(renderText(last))]; ok {
						inserts[i] = append(inserts[i], loose)
					}
				}
			case c.Type == html.ElementNode && !skipAtoms[c.DataAtom]:
				walk(c)
			}
		}
	}
	walk(root)
	if len(inserts) == 0 {
		return text
	}
	return withInserts(paras, inserts)
}

// blockBefore returns the block element that loose text node t follows,
// across <br>s and white space only, or nil when text or an inline element
// stands between (the walk stops there, so a body of <br>-separated lines
// costs one step per line).
func blockBefore(t *html.Node) *html.Node {
	for c := t.PrevSibling; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
		case c.Type == html.ElementNode && blockAtoms[c.DataAtom]:
			return c
		default:
			return nil
		}
	}
	return nil
}

// paragraphIndex splits text into its paragraphs and maps each paragraph's
// white-space-folded text to its first index, for the restore steps to
// find where something the page shows belongs in the text.
func paragraphIndex(text string) ([]string, map[string]int) {
	paras := strings.Split(text, "\n\n")
	index := make(map[string]int, len(paras))
	for i, p := range paras {
		if _, dup := index[cleanSpace(p)]; !dup {
			index[cleanSpace(p)] = i
		}
	}
	return paras, index
}

// withInserts joins paras back into a text with inserts[i] placed after
// paragraph i.
func withInserts(paras []string, inserts map[int][]string) string {
	var out []string
	for i, p := range paras {
		out = append(out, p)
		out = append(out, inserts[i]...)
	}
	return strings.Join(out, "\n\n")
}

// restoreStandfirst puts back a news page's standfirst (dek, lede,
// subheadline): the sentence or two right under the headline, in the
// article's header, that trafilatura reads as part of the header and drops.
// It often carries the facts (whose data, how many people); it comes back
// in front of the body, after the headline when the text opens with it.
// The <h1> must read as the page's title: a blog's <h1> is often its name,
// and the line under it the blog's motto.
func restoreStandfirst(root *html.Node, text, title string) string {
	if text == "" || title == "" {
		return text
	}
	flat := cleanSpace(text)
	h1s := outermost(root, atom.H1, 2)
	if len(h1s) != 1 {
		return text // no headline, or several: no telling which one is the article's
	}
	h := h1s[0]
	head := cleanSpace(renderText(h))
	if !sameHeadline(head, title) {
		return text
	}
	sf := standfirstAfter(h, false)
	if sf == "" && h.Parent != nil && elementChildren(h.Parent) <= 2 {
		// The headline alone in a wrapper: the standfirst follows that,
		// marked as one (a blog's standing intro may stand there too).
		sf = standfirstAfter(h.Parent, true)
	}
	if sf == "" || strings.Contains(flat, sf) {
		return text
	}
	paras := strings.Split(text, "\n\n")
	if cleanSpace(paras[0]) == head {
		return strings.Join(append([]string{paras[0], sf}, paras[1:]...), "\n\n")
	}
	return sf + "\n\n" + text
}

// maxStandfirstSteps is how many elements after the headline are looked
// at for its standfirst: a kicker, a byline, a date or a share bar may
// stand between.
const maxStandfirstSteps = 4

// standfirstAfter returns the standfirst among the element siblings that
// follow n, or "": the first one that reads as a sentence or two of prose
// and is no byline, date line, caption or link list. The search stops at
// an element that holds more than a standfirst would (the body).
func standfirstAfter(n *html.Node, marked bool) string {
	steps := 0
	for c := n.NextSibling; c != nil && steps < maxStandfirstSteps; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		steps++
		if skipAtoms[c.DataAtom] || isBoilerplate(c) {
			continue
		}
		if textLenOver(c, maxStandfirst) {
			return ""
		}
		hinted := standfirstHint(c)
		if c.DataAtom == atom.Div && elementChildren(c) == 1 {
			// <div class="teaser-text"><p>…</p></div>: the standfirst
			// in a wrapper of its own.
			if only := firstElement(c); only != nil && (only.DataAtom == atom.P || only.DataAtom == atom.Div) {
				c = only
				hinted = hinted || standfirstHint(c)
			}
		}
		if marked && !hinted {
			continue
		}
		if s := standfirstText(c); s != "" {
			return s
		}
	}
	return ""
}

// standfirstClassRe names a standfirst by its class, id or itemprop.
var standfirstClassRe = regexp.MustCompile(`(?i)standfirst|\bdek\b|\bdeck\b|lede|\blead\b|teaser|summary|excerpt|subtitle|sub-title|subhead|strap|description|abstract|リード`)

// standfirstHint reports an element marked as a standfirst.
func standfirstHint(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id" || a.Key == "itemprop") && standfirstClassRe.MatchString(a.Val) {
			return true
		}
	}
	return false
}

// maxStandfirst is the length, in visible runes, above which an element
// is more than a standfirst.
const maxStandfirst = 400

// standfirstText returns the text of element c when it reads as a
// standfirst: a paragraph-like element (p, h2, a div or span of inline
// content) of prose, mostly not links, not a byline or a date line.
func standfirstText(c *html.Node) string {
	switch c.DataAtom {
	case atom.P, atom.H2, atom.Div, atom.Span:
	default:
		return ""
	}
	for d := c.FirstChild; d != nil; d = d.NextSibling {
		if d.Type == html.ElementNode && (blockAtoms[d.DataAtom] && d.DataAtom != atom.Br || d.DataAtom == atom.Time || d.DataAtom == atom.Img) {
			return ""
		}
	}
	if v, _ := attr(c, "class"); notStandfirstClass.MatchString(v) {
		return ""
	}
	s := cleanSpace(renderText(c))
	text, link, _ := linkStats(c)
	if text == 0 || link*3 > text || isDateLine(s) || bylineStart.MatchString(s) || strings.HasSuffix(s, ":") {
		return ""
	}
	if isASCII(s) {
		if utf8.RuneCountInString(s) < 50 || len(strings.Fields(s)) < 8 {
			return ""
		}
	} else if utf8.RuneCountInString(s) < 25 || !strings.ContainsAny(s, "。、") {
		return ""
	}
	return s
}

// notStandfirstClass names the elements around a headline that are not its
// standfirst: bylines, dates, kickers, captions, tags, share bars.
var notStandfirstClass = regexp.MustCompile(`(?i)byline|author|date|time|meta|kicker|eyebrow|category|tag|caption|credit|share|social|breadcrumb`)

// bylineStart opens a byline or a credit line.
var bylineStart = regexp.MustCompile(`^(?i:by|written by|posted by|published|updated|photo|image|source)\b|^(?:文|写真|取材|執筆)[:：／/]`)

// elementChildren counts n's element children, at most three.
func elementChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil && k < 3; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k
}

// sameHeadline reports whether an <h1> reads as the page's title: the same
// words, or nearly (one holds the other, which is at least four fifths of
// its length: a title that adds a kicker, a heading cut short).
func sameHeadline(h, title string) bool {
	a, b := foldWidth(cleanSpace(h)), foldWidth(cleanSpace(title))
	if a == "" || b == "" {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.Contains(b, a) && len(a)*5 >= len(b)*4
}

// restoreProseDivs puts back the running text a site builder writes in
// bare <div>s (Weebly's div class="paragraph"), which trafilatura drops
// unless a <br> stands inside. Among the children of one element, a run
// of text blocks (headings, paragraphs, <div>s of inline content only)
// that begins with a block the text holds is the article's: the blocks of
// the run the text lacks come back in order after it, headings only when
// prose follows them; two prose blocks or more just before it come back in
// front of it. A <div> wrapping one block (a CMS's "ContentModule-Wrapper")
// stands for that block. A <div> after a whole container is the page's.
func restoreProseDivs(root *html.Node, text string) string {
	if text == "" {
		return text
	}
	paras, index := paragraphIndex(text)
	flat := cleanSpace(text)
	inserts := map[int][]string{} // after paragraph i
	leading := map[int][]string{} // before paragraph i
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		anchor := -1
		var pending []string // headings waiting for prose after them
		var before []string  // prose blocks before the first block the text holds
		prose := false       // before holds prose, not only headings
		for el := n.FirstChild; el != nil; el = el.NextSibling {
			if el.Type == html.TextNode && strings.TrimSpace(el.Data) == "" {
				continue
			}
			if el.Type != html.ElementNode || skipAtoms[el.DataAtom] {
				anchor, pending, before, prose = -1, nil, nil, false
				continue
			}
			c := onlyChild(el)
			heading := isHeading(c)
			leaf := heading || c.DataAtom == atom.P || c.DataAtom == atom.Div && inlineOnly(c)
			if !leaf {
				anchor, pending, before, prose = -1, nil, nil, false
				walk(el)
				continue
			}
			r := renderText(c)
			s := cleanSpace(r)
			i, ok := index[s]
			if !ok {
				// "Dear Patients,<br><br>Protecting…": the text holds the
				// block's last line.
				i, ok = index[lastLine(r)]
			}
			if ok {
				if anchor < 0 && prose && len(before) >= 2 {
					// <div class="ContentParagraph"> blocks the
					// extractor skipped, then one it kept: they
					// come before it (two at least: one block
					// before the text is as likely a promo).
					leading[i] = append(leading[i], before...)
				}
				anchor, pending, before, prose = i, nil, nil, false
				continue
			}
			if s == "" || strings.Contains(flat, s) {
				continue
			}
			proseDiv := c.DataAtom == atom.Div && textLenOver(c, minLeafProse) && endsSentence(s)
			if anchor < 0 {
				if heading || proseDiv {
					before = append(before, s)
					prose = prose || proseDiv
				}
				continue
			}
			if heading {
				pending = append(pending, s)
				continue
			}
			if !proseDiv {
				continue
			}
			inserts[anchor] = append(inserts[anchor], pending...)
			inserts[anchor] = append(inserts[anchor], s)
			pending = nil
		}
	}
	walk(root)
	if len(inserts) == 0 && len(leading) == 0 {
		return text
	}
	var out []string
	for i, p := range paras {
		out = append(out, leading[i]...)
		out = append(out, p)
		out = append(out, inserts[i]...)
	}
	return strings.Join(out, "\n\n")
}

// onlyChild goes down through <div>s that wrap one element and no text of
// their own (<div class="ContentModule-Wrapper"><div
// class="ContentParagraph">…), a few levels at most, to the block they
// wrap; n itself when it wraps more.
func onlyChild(n *html.Node) *html.Node {
	for depth := 0; depth < 4 && n.DataAtom == atom.Div; depth++ {
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			case c.Type == html.ElementNode && only == nil:
				only = c
			default:
				return n
			}
		}
		if only == nil || skipAtoms[only.DataAtom] || !wrappedBlock[only.DataAtom] {
			return n // (a <div> around one <span> is itself the paragraph)
		}
		n = only
	}
	return n
}

// wrappedBlock are the blocks onlyChild goes down to.
var wrappedBlock = map[atom.Atom]bool{atom.Div: true, atom.P: true, atom.Section: true, atom.Article: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true}

// minLeafProse is the length, in visible runes, from which a <div> of
// running text counts as a paragraph.
const minLeafProse = 60

// inlineOnly reports an element of text and inline elements only (<br>
// included): no block (hasBlockChild) and no picture or player.
func inlineOnly(n *html.Node) bool {
	return !hasBlockChild(n) && !hasDescendant(n, atom.Img) && !hasDescendant(n, atom.Iframe) && !hasDescendant(n, atom.Video)
}

// lastLine returns the last non-empty line of s, white space folded.
func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := cleanSpace(lines[i]); l != "" {
			return l
		}
	}
	return ""
}

// outermost returns the elements of kind a below root, in document order,
// not looking inside them nor inside scripts and the like; at most limit
// of them when limit > 0.
func outermost(root *html.Node, a atom.Atom, limit int) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && (limit <= 0 || len(out) < limit); c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if c.DataAtom == a {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	return out
}

// proseDivRun returns the text of the element whose children hold the most
// prose written in <div>s, each perhaps inside a wrapper <div> of its own
// (a CMS's ContentModule-Wrapper around a ContentParagraph), with the
// headings among them; "" when no element has two such blocks. The
// extractor scores paragraphs, not divs, and may keep only a page's
// standfirst over such a body.
func proseDivRun(root *html.Node) string {
	best, bestLen := []string(nil), 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		var blocks []string
		length, prose := 0, 0
		for el := n.FirstChild; el != nil; el = el.NextSibling {
			if el.Type != html.ElementNode || skipAtoms[el.DataAtom] {
				continue
			}
			c := onlyChild(el)
			if isHeading(c) {
				h := cleanSpace(renderText(c))
				if responsesHeadingRe.MatchString(h) {
					// "What readers say": the replies under the
					// article, not its body.
					return
				}
				blocks = append(blocks, h)
				continue
			}
			if c.DataAtom == atom.Div && inlineOnly(c) && textLenOver(c, minLeafProse) {
				if t := cleanSpace(renderText(c)); endsSentence(t) {
					blocks = append(blocks, t)
					length += utf8.RuneCountInString(t)
					prose++
				}
				continue
			}
			walk(el)
		}
		if prose >= 2 && length > bestLen {
			best, bestLen = blocks, length
		}
	}
	walk(root)
	// Headings after the last prose block belong to what follows it.
	for len(best) > 0 && !endsSentence(best[len(best)-1]) {
		best = best[:len(best)-1]
	}
	return strings.Join(best, "\n\n")
}

// responsesHeadingRe matches the heading over readers' replies.
var responsesHeadingRe = regexp.MustCompile(`(?i)^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|readers' comments|what readers (?:say|think)|discussion|join the discussion|leave a (?:comment|reply)|コメント(?:一覧)?|読者の声|みんなの声)\b`)

// textRegion returns the part of the page around the block that holds the
// first paragraph of text: that block's grandparent (a standfirst's header
// and the body beside it), or root when text is empty or not found.
func textRegion(root *html.Node, text string) *html.Node {
	first, _, _ := strings.Cut(text, "\n\n")
	first = cleanSpace(first)
	if first == "" {
		return root
	}
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Div) && inlineOnly(n) && cleanSpace(renderText(n)) == first {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if found == nil || found.Parent == nil || found.Parent.Parent == nil {
		return root
	}
	return found.Parent.Parent
}
