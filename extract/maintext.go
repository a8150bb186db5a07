package extract

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// shortText is the length in runes under which trafilatura's answer is
// double-checked against the density heuristic.
const shortText = 300

// mainText returns the article's text. A source's content selector wins when
// it matches text; otherwise go-trafilatura reads the pruned page, and a
// link-density heuristic steps in when trafilatura fails or finds much less
// than the page plainly holds. The tree is pruned in place. sawTitle says
// the title stood as a heading at the top of the text (and was taken out).
func mainText(doc *goquery.Document, contentSel, title, host string) (text string, sawTitle bool) {
	if contentSel != "" {
		if t, saw := selectedText(doc, contentSel, title, host); t != "" {
			return t, saw
		}
	}
	root := doc.Nodes[0]
	pruneBoardReplies(root) // before lines are joined: a post's header is its own line
	joinCJKLines(root)
	keepSourceLines(root)
	fallback := fallbackMarkupText(root) // pruning drops the elements that hold it
	states := stateScripts(root)
	streams := liveStreams(root)
	pruneBoilerplate(root, host)
	text, sawTitle = finish(dropRepeats(respaceCodeItems(root, restoreTrafilatura(root, trafilaturaText(root), title)), title), title)
	if live := liveText(root, streams); proseLen(live) > proseLen(text) {
		// trafilatura reads one update of a live page as its article.
		text, sawTitle = finish(dropRepeats(live, title), title)
	}
	if n := utf8.RuneCountInString(text); n < shortText {
		dense, saw := finish(densityText(root), title)
		if utf8.RuneCountInString(dense) > n+n/2+20 || n == 0 {
			text, sawTitle = dense, saw
		}
	}
	if n := utf8.RuneCountInString(text); n < shortText {
		// A body written in <div>s whose standfirst, in a <p>, was
		// all the extractor kept.
		if run, saw := finish(proseDivRun(textRegion(root, text)), title); utf8.RuneCountInString(run) > n+n/2+100 {
			text, sawTitle = run, saw
		}
	}
	if text == "" {
		// Text written straight into <body> or a <font>, lines parted
		// by <br> and no block around them (an old hand-made page, a
		// converter's output): what the page plainly shows is the text.
		if t := normalizeText(renderText(root)); proseLen(t) >= minLooseProse {
			text, sawTitle = finish(dropRepeats(t, title), title)
		}
	}
	if text == "" {
		// A page its scripts or frames fill in may carry its text for
		// readers without them: in <noscript>, <noframes> or an
		// <iframe srcdoc>, which the parser keeps as raw markup.
		if t := normalizeText(fallback); proseLen(t) >= minLooseProse {
			text, sawTitle = finish(dropRepeats(t, title), title)
		}
	}
	if text == "" {
		// A page its scripts render from a JSON state (Next.js's
		// __NEXT_DATA__): the longest run of prose in that state is the
		// article.
		if t := normalizeText(stateText(states)); proseLen(t) >= minLooseProse {
			text, sawTitle = finish(t, title)
		}
	}
	// A page with no article container (a filing's bare paragraphs among
	// cover-page tables) leaves trafilatura with the tables.
	if flat := flatRunText(root); flat != "" {
		n := proseLen(text)
		if f, saw := finish(flat, title); proseLen(f) > n+n/2+100 && sharedParagraphs(f, text) < 0.5 {
			text, sawTitle = f, saw
		}
	}
	return text, sawTitle
}

// fallbackMarkupText renders the markup a page keeps for readers without
// scripts or frames: the raw contents of <noscript> and <noframes> and the
// srcdoc of an <iframe>, parsed as HTML.
func fallbackMarkupText(root *html.Node) string {
	var parts []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			var raw string
			switch n.DataAtom {
			case atom.Noscript, atom.Noframes:
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						raw += c.Data
					}
				}
			case atom.Iframe:
				for _, a := range n.Attr {
					if a.Key == "srcdoc" {
						raw = a.Val
					}
				}
			}
			if strings.TrimSpace(raw) != "" {
				parts = append(parts, renderFragment(raw))
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return strings.Join(parts, "\n\n")
}

// renderFragment renders markup kept as a string (a <noscript>'s raw
// contents, a srcdoc, a JSON state's HTML) as text; "" when it does not
// parse.
func renderFragment(raw string) string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(raw), body)
	if err != nil {
		return ""
	}
	return renderText(nodes...)
}

// maxStateScript is the largest JSON state script, in bytes, read for a
// page's text.
const maxStateScript = 4 << 20

// stateScripts returns the raw contents of a page's JSON data scripts
// (<script type="application/json">, as Next.js writes __NEXT_DATA__).
func stateScripts(root *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			for _, a := range n.Attr {
				if a.Key == "type" && strings.EqualFold(strings.TrimSpace(a.Val), "application/json") {
					if c := n.FirstChild; c != nil && c.Type == html.TextNode && len(c.Data) <= maxStateScript {
						out = append(out, c.Data)
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
	return out
}

// stateText returns the string value of the JSON states that holds the
// most running text, rendered as HTML when it is markup, or "".
func stateText(states []string) string {
	best, bestLen := "", 0
	var visit func(v any)
	visit = func(v any) {
		switch t := v.(type) {
		case map[string]any:
			for _, x := range t {
				visit(x)
			}
		case []any:
			for _, x := range t {
				visit(x)
			}
		case string:
			if len(t) < minLooseProse {
				return
			}
			text := t
			if strings.Contains(t, "<") {
				text = renderFragment(t)
			}
			// Ties go to the lesser string, so a page reads the same
			// on every run whatever order the map gives.
			if n := proseLen(normalizeText(text)); n > bestLen || n == bestLen && n > 0 && text < best {
				best, bestLen = text, n
			}
		}
	}
	for _, s := range states {
		var v any
		if json.Unmarshal([]byte(s), &v) == nil {
			visit(v)
		}
	}
	return best
}

// minLooseProse is the running text, in runes, a page with no article
// container must show before its visible text is taken whole.
const minLooseProse = 120

// proseLen counts the runes of text's lines that read as running text
// (see isProse), not table rows or labels.
func proseLen(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); isProse(l) {
			n += utf8.RuneCountInString(l)
		}
	}
	return n
}

// endsSentence reports whether a paragraph ends with a full stop or the
// like, as prose does and a byline or a label does not.
func endsSentence(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(strings.TrimSpace(p), ")）」”\"'"))
	return strings.ContainsRune(".!?。！？", r)
}

// sharedParagraphs returns the share of a's paragraphs that b holds.
func sharedParagraphs(a, b string) float64 {
	paras := strings.Split(a, "\n\n")
	in := 0
	for _, p := range paras {
		if strings.Contains(b, strings.TrimSpace(p)) {
			in++
		}
	}
	return float64(in) / float64(len(paras))
}

// selectedText renders the elements matching a CSS selector, furniture
// inside them removed; empty when the selector is invalid or matches nothing.
func selectedText(doc *goquery.Document, sel, title, host string) (text string, sawTitle bool) {
	defer func() {
		if recover() != nil { // an invalid selector must not take the crawl down
			text, sawTitle = "", false
		}
	}()
	nodes := doc.Find(sel).Nodes
	for _, n := range nodes {
		pruneBoilerplate(n, host)
	}
	return finish(renderText(nodes...), title)
}

// restoreTrafilatura puts back what trafilatura leaves out or flattens:
// section headings and lists in the body (headings twice: one after a
// list comes back once the list has), the opening of a <br>-separated
// body, the issuer's name above it, <pre> line breaks, the standfirst
// under the headline (title), running text in bare <div>s.
func restoreTrafilatura(root *html.Node, text, title string) string {
	return restorePre(root, restoreIssuer(root, restoreLooseText(root, restoreHeadings(root, restoreLists(root, restoreProseDivs(root, restoreHeadings(root, restoreStandfirst(root, restoreBrLead(root, text), title))))))))
}

// trafilaturaText runs go-trafilatura on the page and renders its result;
// empty when it fails.
func trafilaturaText(root *html.Node) (text string) {
	defer func() {
		if recover() != nil { // a library bug on odd markup costs this page only
			text = ""
		}
	}()
	marks := markCellBreaks(root)
	defer unmark(marks)
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments: true,
		Config:          trafilaturaConfig(),
		HtmlDateMode:    trafilatura.Disabled,
		Focus:           trafilatura.Balanced,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		return ""
	}
	return normalizeText(strings.ReplaceAll(renderText(res.ContentNode), breakMark, "\n"))
}

// minRepeat is the length, in runes, from which a paragraph met twice is a
// repeat and not, say, a second "Update:" label.
const minRepeat = 20

// minProse is the length, in runes, from which a paragraph met in a
// replay is kept as new prose; a shorter one only when it ends a sentence.
const minProse = 60

// dropRepeats removes the replay of a text that repeats itself — on some
// blog markup the extractor returns the post two or three times over: from
// where the replay starts on, only prose not met before stays.
func dropRepeats(text, title string) string {
	text = dropLineReplays(text)
	paras := strings.Split(text, "\n\n")
	seen := map[string]bool{}
	repeat := make([]bool, len(paras))
	found := false
	for i, p := range paras {
		k := cleanSpace(p)
		if utf8.RuneCountInString(k) < minRepeat {
			continue
		}
		if seen[k] {
			repeat[i], found = true, true
		}
		seen[k] = true
	}
	if !found {
		return text
	}
	reps := 0
	for _, r := range repeat {
		if r {
			reps++
		}
	}
	if reps < 2 {
		return text // one paragraph met twice is a quote or a restored lead, no replay
	}
	// The replay starts where the paragraphs line up with the text's
	// opening again (a repeat of paragraph e at r starts it at r-e), after
	// the headline and the date line a blog writes above each copy.
	start := 0
	for start < len(paras) && !repeat[start] {
		start++
	}
	first := cleanSpace(paras[start])
	for e := 0; e < start; e++ {
		if cleanSpace(paras[e]) == first {
			start -= e
			break
		}
	}
	for start > 0 && (isDateLine(paras[start-1]) || title != "" && cleanSpace(paras[start-1]) == cleanSpace(title) || labelLineRe.MatchString(paras[start-1])) {
		start--
	}
	long := 0
	for _, p := range paras[start:] {
		if utf8.RuneCountInString(cleanSpace(p)) >= minRepeat {
			long++
		}
	}
	if reps*2 < long {
		return text // mostly new text after the first repeat: no replay
	}
	var out []string
	for i, p := range paras {
		if i >= start && (repeat[i] || utf8.RuneCountInString(cleanSpace(p)) < minProse && !endsSentence(p)) {
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

// respaceCodeItems gives back the spaces trafilatura drops after inline
// code (<code>, <kbd>, <samp>, <tt>, <var>) in a list item, which join the
// words after it to the code ("…/user-backup-codecontaining path
// traversal…") and corrupt the paths and commands advisories give: a line
// of the text that is such an item without its spaces is written as the
// page renders the item, or goes when the text also gives the item whole.
func respaceCodeItems(root *html.Node, text string) string {
	items := map[string]string{} // the item's text without spaces → as rendered
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if c.DataAtom == atom.Li && hasInlineCode(c) {
				if r := cleanSpace(renderText(c)); r != "" {
					items[despace(r)] = r
				}
			}
			walk(c)
		}
	}
	walk(root)
	if len(items) == 0 {
		return text
	}
	lines := strings.Split(text, "\n")
	whole := map[string]bool{} // items the text also gives as rendered
	for _, l := range lines {
		if r, ok := items[despace(l)]; ok && cleanSpace(l) == r {
			whole[despace(l)] = true
		}
	}
	out := lines[:0]
	for _, l := range lines {
		k := despace(l)
		if r, ok := items[k]; ok && cleanSpace(l) != r {
			if whole[k] {
				continue // the glued copy of an item the text also gives whole
			}
			l = r
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// hasInlineCode reports whether n holds an inline code element.
func hasInlineCode(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Code, atom.Kbd, atom.Samp, atom.Tt, atom.Var:
				return true
			}
			if hasInlineCode(c) {
				return true
			}
		}
	}
	return false
}

// despace returns s without its white space.
func despace(s string) string { return strings.Join(strings.Fields(s), "") }

// minLineRepeat is the length, in runes, from which a paragraph that
// repeats a line of an earlier one counts towards a line replay.
const minLineRepeat = 8

// dropLineReplays removes the paragraphs that replay, one by one, the
// lines of an earlier paragraph: a message whose lines are parted by <br>
// inside a <span> comes out once whole, then line by line again. Two such
// paragraphs at least make a replay; one may be a quote.
func dropLineReplays(text string) string {
	paras := strings.Split(text, "\n\n")
	lines := map[string]bool{}
	var replay []int
	for i, p := range paras {
		k := cleanSpace(p)
		if !strings.Contains(strings.TrimSpace(p), "\n") && lines[k] && utf8.RuneCountInString(k) >= minLineRepeat {
			replay = append(replay, i)
			continue
		}
		if ls := strings.Split(strings.TrimSpace(p), "\n"); len(ls) > 1 {
			for _, l := range ls {
				lines[cleanSpace(l)] = true
			}
		}
	}
	if len(replay) < 2 {
		return text
	}
	out := paras[:0:0]
	for i, p := range paras {
		if len(replay) > 0 && replay[0] == i {
			replay = replay[1:]
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

// labelLineRe is a short labelled line a blog writes above each copy of
// a post with its headline and date: "カテゴリ：セキュリティ", "Tags: ransomware".
var labelLineRe = regexp.MustCompile(`(?i)^(?:カテゴリー?|タグ|ジャンル|category|categories|tags?|filed under)\s*[:：]\s*[^\n]{1,40}$`)

// breakMark stands after each <br> in a table cell while trafilatura reads
// the page: it flattens a cell to its text, and an old table-layout page's
// headline, dateline and paragraphs would run together ("…PortalFor
// Immediate ReleaseTOLEDO"). A private-use character survives the flattening
// and the trimming of white space; it becomes a line break again after.
const breakMark = "\ue000"

// markCellBreaks puts breakMark after every <br> inside a table cell, and
// writes a paragraph of text lines in a cell (<p>１ 施設の名称<br>北浦県立…</p>)
// as one text with breakMarks, since trafilatura keeps only a cell
// paragraph's first line. It returns what unmark needs to undo it.
func markCellBreaks(root *html.Node) []cellMark {
	var added []cellMark
	var walk func(n *html.Node, inCell bool)
	walk = func(n *html.Node, inCell bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if inCell && c.DataAtom != atom.Td && c.DataAtom != atom.Th && brLines(c) {
				var b strings.Builder
				var kids []*html.Node
				for k := c.FirstChild; k != nil; k = k.NextSibling {
					kids = append(kids, k)
					if k.Type == html.TextNode {
						b.WriteString(k.Data)
					} else {
						b.WriteString(breakMark)
					}
				}
				for _, k := range kids {
					c.RemoveChild(k)
				}
				m := &html.Node{Type: html.TextNode, Data: b.String()}
				c.AppendChild(m)
				added = append(added, cellMark{node: m, parent: c, kids: kids})
				continue
			}
			if c.DataAtom == atom.Br && inCell && c.Parent != nil {
				m := &html.Node{Type: html.TextNode, Data: breakMark}
				c.Parent.InsertBefore(m, c.NextSibling)
				added = append(added, cellMark{node: m})
				c = m
				continue
			}
			walk(c, inCell || c.DataAtom == atom.Td || c.DataAtom == atom.Th)
		}
	}
	walk(root, false)
	return added
}

// cellMark is one change markCellBreaks made: a node it added, and for a
// paragraph it rewrote as one text, the paragraph and its children.
type cellMark struct {
	node, parent *html.Node
	kids         []*html.Node
}

// brLines reports an element holding only text and <br>s, with at least
// one <br> between two texts: lines written apart in one paragraph.
func brLines(n *html.Node) bool {
	brs, texts := 0, 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k.Type == html.TextNode:
			if strings.TrimSpace(k.Data) != "" {
				texts++
			}
		case k.Type == html.ElementNode && k.DataAtom == atom.Br:
			brs++
		default:
			return false
		}
	}
	return brs > 0 && texts > 1
}

// unmark undoes markCellBreaks.
func unmark(marks []cellMark) {
	for _, m := range marks {
		if m.node.Parent != nil {
			m.node.Parent.RemoveChild(m.node)
		}
		for _, k := range m.kids {
			m.parent.AppendChild(k)
		}
	}
}

// finish drops boilerplate paragraphs, date lines, and the title with any
// short kicker above it when they open the text; sawTitle says it did.
func finish(text, title string) (_ string, sawTitle bool) {
	paras := strings.Split(dropBoilerplateParagraphs(text), "\n\n")
	if title != "" {
		for i := 0; i < len(paras) && i < 3; i++ {
			if cleanSpace(paras[i]) == cleanSpace(title) {
				// a kicker goes with the title, an issuer's name stays
				var keep []string
				for _, k := range paras[:i] {
					if isIssuerBlock(k) {
						keep = append(keep, k)
					}
				}
				paras = append(keep, paras[i+1:]...)
				sawTitle = true
				break
			}
			if utf8.RuneCountInString(paras[i]) > 40 {
				break
			}
		}
	}
	for i := 0; i+1 < len(paras) && i < 3; i++ {
		if p := strings.TrimSpace(paras[i]); p != "" && !strings.Contains(p, "\n") && isIssuerBlock(p) && strings.HasPrefix(strings.TrimSpace(paras[i+1]), p) {
			// "ミツハネ自動車株式会社" over "ミツハネ自動車株式会社は、…":
			// the issuer's line, which the release's first sentence
			// names again.
			paras = append(paras[:i:i], paras[i+1:]...)
			break
		}
	}
	for len(paras) > 1 && bylineRemnantRe.MatchString(strings.TrimSpace(paras[0])) {
		// "in" left of "Posted on <date> by <author> in <category>" once
		// the date, the author and the category link went: a byline's
		// joining word, no text.
		paras = paras[1:]
	}
	for len(paras) > 1 && metadataRowRe.MatchString(strings.TrimSpace(paras[0])) {
		// An advisory's fields above its text: "Advisory ID⇥X-2024-011",
		// "TLP⇥CLEAR".
		paras = paras[1:]
	}
	if n := len(paras); n > 1 && jaWriterCreditRe.MatchString(strings.TrimSpace(paras[n-1])) {
		// （編集部 佐伯）: the writer's credit after a Japanese report.
		paras = paras[:n-1]
	}
	kept := paras[:0]
	for _, p := range paras {
		if !isDateLine(p) {
			kept = append(kept, p)
		} else if org := dateLineIssuer(p); org != "" {
			// 「2021年6月18日　清嵐自動車株式会社」: the date goes, the
			// issuer a notice names only here stays.
			kept = append(kept, org)
		}
	}
	return strings.TrimSpace(strings.Join(kept, "\n\n")), sawTitle
}

// bylineRemnantRe matches a paragraph that holds only a byline's joining
// words: "in", "by", "·", "on | in".
var bylineRemnantRe = regexp.MustCompile(`(?i)^(?:(?:posted|filed|published|written)?\s*(?:in|by|on|under|at|from|and|·|•|\||-|–|—|/)\s*){1,3}$`)

// metadataRowRe matches one row of an advisory's or a notice's field table
// as the text gives it (label, tab, value): its identifiers, traffic-light
// marking, severity, status and revision.
var metadataRowRe = regexp.MustCompile(`(?i)^(?:advisory (?:id|number|no\.?)|alert (?:id|code)|document (?:id|number)|tracking (?:id|number)|reference|ref\.?|id|tlp|traffic light protocol|severity(?: level)?|status|version|revision|last revised|last updated|initial release|published|first published|release date|released|date|updated|category|advisory type|文書番号|管理番号|TLP|重要度|深刻度|更新履歴)\s*:?\t[^\t\n]{1,40}$|^(?:ページ番号|ページID|記事番号|記事ID|文書番号|管理番号)[\s:：]*[\w\-]{2,30}$`)

// jaWriterCreditRe matches a Japanese report's closing credit in brackets:
// （編集部 佐伯）, （佐伯 真）, （〇〇編集部）, ［記者：佐伯］.
var jaWriterCreditRe = regexp.MustCompile(`^[（(［\[〔](?:[^）)］\]〕\n]{0,24}(?:編集部|記者|取材|執筆|ライター|文[・:：])[^）)］\]〕\n]{0,16}|[一-龥]{1,4}[ 　・][一-龥]{1,3})[）)］\]〕]$`)

// isIssuerBlock reports whether a paragraph only names an issuer: each
// line an organisation's name or a signatory (株式会社サンプル / 代表取締役社長
// 山田 一郎).
func isIssuerBlock(p string) bool {
	org := false
	for _, l := range strings.Split(p, "\n") {
		switch l = strings.TrimSpace(l); {
		case isOrgLine(l):
			org = true
		case signatory.MatchString(l):
		default:
			return false
		}
	}
	return org
}

// isDateLine reports whether a paragraph is only a date with a few words
// around it ("Published 19 March 2019, 14:32", 「２０１９年４月５日　１５時３０分」).
func isDateLine(p string) bool {
	if utf8.RuneCountInString(p) > 60 {
		return false
	}
	f := foldWidth(p)
	if eventDate.MatchString(f) {
		return false // when an event takes place is part of the text
	}
	dates, ok := findDates(f, time.UTC)
	if !ok {
		return false
	}
	rest := f[:dates[0].start] + f[dates[0].end:]
	rest = strings.TrimSpace(timeOfDay.ReplaceAllString(rest, ""))
	if utf8.RuneCountInString(rest) <= 14 || bylineNameRe.MatchString(rest) {
		return true
	}
	// "Posted May 2, 2024 · Updated May 3, 2024": every date and the
	// words that mark them.
	spans := slices.Clone(dates)
	slices.SortFunc(spans, func(a, b textDate) int { return b.start - a.start })
	rest = f
	end := len(f)
	for _, d := range spans {
		if d.start >= 0 && d.end <= end && d.start <= d.end {
			rest = rest[:d.start] + " " + rest[d.end:]
			end = d.start
		}
	}
	rest = strings.TrimSpace(dateMarkWordsRe.ReplaceAllString(timeOfDay.ReplaceAllString(rest, ""), ""))
	return len(dates) > 1 && utf8.RuneCountInString(rest) <= 4
}

// dateMarkWordsRe finds the words a date line marks its dates with.
var dateMarkWordsRe = regexp.MustCompile(`(?i)\b(?:posted|updated|published|last|modified|revised|on|at|first|initial|release|released)\b|[·|•:：,]|更新|公開|掲載|日時`)

// bylineNameRe is what a byline gives beside its date: a writer's name
// after "By", or before a byline's dot or bar ("Priya Ramanathan ·"), not a
// timeline's step ("Breach Discovered –").
var bylineNameRe = regexp.MustCompile(`^(?:(?i:by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[·|•,–—-]?|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[·|•])$`)

// dateLineIssuer returns what a date line says besides its date when that
// is an organisation's name, as a release's heading line gives its issuer
// beside the date; "" otherwise.
func dateLineIssuer(p string) string {
	f := foldWidth(p)
	dates, ok := findDates(f, time.UTC)
	if !ok {
		return ""
	}
	rest := strings.Trim(cleanSpace(clockTime.ReplaceAllString(f[:dates[0].start]+" "+f[dates[0].end:], " ")), " ,|–—-･・/")
	if !isOrgLine(rest) && !(utf8.RuneCountInString(rest) <= 16 && jaLetterheadBodyRe.MatchString(rest)) {
		return ""
	}
	return rest
}

// eventDate matches a schedule rather than a dateline: a time range, or a
// label announcing when something takes place.
var eventDate = regexp.MustCompile(`(?i)\d{1,2}:\d{2}\s*[～〜~\-–—]\s*\d{1,2}:\d{2}|^\s*(?:日時|開催日時?|会期|期間|受付期間|締切|date and time|when|deadline)\s*[:：]`)

var (
	// clockTime matches a time of day; timeOfDay that or a separator.
	clockTime = regexp.MustCompile(`\d{1,2}\s*(?::\s*\d{2}|時\s*\d{1,2}\s*分|時)(?:\s*(?:am|pm|AM|PM|GMT|UTC|JST|ET|BST))?`)
	timeOfDay = regexp.MustCompile(clockTime.String() + `|[,|–—\-]`)
)

// trafilaturaConfig is trafilatura's default without its rescue pass: the
// rescue flattens the whole page into one paragraph whenever the extraction
// is under 250 characters, which Japanese press releases often are. The
// density fallback in mainText does that job and keeps paragraphs.
func trafilaturaConfig() *trafilatura.Config {
	c := trafilatura.DefaultConfig()
	c.MinExtractedSize = 0
	return c
}

// joinCJKLines removes line breaks (and the indentation after them) between
// CJK characters in text nodes, before anything collapses them to spaces:
// hard-wrapped Japanese source must read 「最大約310万人」, not 「310 万人」.
func joinCJKLines(n *html.Node) {
	if n.Type == html.ElementNode && (skipAtoms[n.DataAtom] || n.DataAtom == atom.Pre) {
		return // not text, or text whose line breaks are meant
	}
	if n.Type == html.TextNode && strings.ContainsAny(n.Data, "\r\n") && !isASCII(n.Data) {
		// A signature's break is marked first so that the joining
		// below leaves it.
		n.Data = jaSignatureBreak.ReplaceAllString(n.Data, "$1\x00$2")
		n.Data = jaHeadingBreak.ReplaceAllString(n.Data, "$1\x00")
		n.Data = markLetterheadBreaks(n.Data)
		n.Data = cjkBreak.ReplaceAllStringFunc(n.Data, func(m string) string {
			first, _ := utf8.DecodeRuneInString(m)
			last, _ := utf8.DecodeLastRuneInString(m)
			// A line that opens with a bullet or a circled number is an
			// item of its own (・本サービスの登録会員数…).
			if (isCJK(first) || isCJK(last)) && !strings.ContainsRune("。！？」）", first) && !strings.ContainsRune(jaItemMarks, last) {
				return string(first) + string(last)
			}
			return m
		})
		n.Data = strings.ReplaceAll(n.Data, "\x00", "\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		joinCJKLines(c)
	}
}

// jaItemMarks open the items of a Japanese list.
const jaItemMarks = "・●■◆◇□○◎※★☆▶►▼〇①②③④⑤⑥⑦⑧⑨⑩"

// keepSourceLines turns a line break in a paragraph's source into a line
// break the text keeps, where the source is plainly written in lines: a
// form's "Entity name: …" over "Entity type: …", a letter's address block,
// an "About" heading over its paragraph. The line before ends a sentence
// or is short, and the next opens with a capital, a digit or a bullet.
// Hard-wrapped prose (long lines cut anywhere) still reads as one
// paragraph.
func keepSourceLines(n *html.Node) {
	if n.Type == html.ElementNode && (skipAtoms[n.DataAtom] || n.DataAtom == atom.Pre) {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.TextNode && strings.Contains(c.Data, "\n") && n.Type == html.ElementNode && n.DataAtom != atom.Html && n.DataAtom != atom.Body {
			splitSourceLines(n, c)
		} else {
			keepSourceLines(c)
		}
		c = next
	}
}

// splitSourceLines replaces text node t under parent by its lines with a
// <br> between those keepLineBreak keeps apart.
func splitSourceLines(parent, t *html.Node) {
	// Cut t.Data at the kept breaks; a part spans its joined lines, so
	// the work stays linear however many lines the node holds.
	data := t.Data
	var parts []string
	start, prev := 0, 0 // current part, and the line before the break
	for {
		i := strings.IndexByte(data[prev:], '\n')
		if i < 0 {
			break
		}
		nl := prev + i
		if keepLineBreak(data[prev:nl], data[nl+1:nextLineEnd(data, nl+1)]) {
			parts = append(parts, data[start:nl])
			start = nl + 1
		}
		prev = nl + 1
	}
	parts = append(parts, data[start:])
	if len(parts) == 1 {
		return
	}
	for i, p := range parts {
		if i > 0 {
			parent.InsertBefore(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br}, t)
		}
		parent.InsertBefore(&html.Node{Type: html.TextNode, Data: p}, t)
	}
	parent.RemoveChild(t)
}

// keepLineBreak reports whether the source line break between before and
// after is one the page means.
func keepLineBreak(before, after string) bool {
	b, a := strings.TrimSpace(before), strings.TrimSpace(after)
	if b == "" || a == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	last, _ := utf8.DecodeLastRuneInString(b)
	if isCJK(r) || isCJK(last) {
		// Japanese lines the source ends with 。 or 」 (a hard wrap
		// inside a sentence was joined before).
		return strings.ContainsRune("。！？」）", last) || strings.ContainsRune(jaItemMarks, r) || jaPostRe.MatchString(a) || jaHeadingLineRe.MatchString(b) ||
			letterheadLine(b) || jaLabelledLineRe.MatchString(a)
	}
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("•·*–—-", r) {
		return false
	}
	if strings.ContainsRune(".!?:;)", last) {
		return true
	}
	// A short line ending in a name or a figure ("About Brambleton
	// Outfitters", "Level 9, 240 St Georges Terrace"), not in a word that
	// runs on ("hackers breached" over "Toyota's servers").
	words := strings.Fields(b)
	w, _ := utf8.DecodeRuneInString(words[len(words)-1])
	if utf8.RuneCountInString(b) <= 60 && (unicode.IsUpper(w) || unicode.IsDigit(w)) {
		return true
	}
	// A heading over its section ("Description of the eligible data
	// breach" over "On 22 July…"): a short capitalised line that does not
	// end on a word that must go on.
	first, _ := utf8.DecodeRuneInString(b)
	return utf8.RuneCountInString(b) <= 50 && unicode.IsUpper(first) && !runOnWords[strings.ToLower(words[len(words)-1])]
}

// runOnWords end no heading: a line ending in one runs on.
var runOnWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "by": true, "from": true, "at": true,
	"in": true, "on": true, "with": true, "for": true, "and": true, "or": true, "but": true, "that": true, "as": true, "its": true,
	"their": true, "his": true, "her": true, "is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"said": true, "says": true, "told": true, "into": true, "than": true, "which": true, "who": true, "not": true}

// nextLineEnd returns where the line starting at from ends in s.
func nextLineEnd(s string, from int) int {
	if i := strings.IndexByte(s[from:], '\n'); i >= 0 {
		return from + i
	}
	return len(s)
}

// jaSignatureBreak finds a line break before a signature's post (院長,
// 代表取締役社長): the organisation's name above it is a line of its own.
var jaSignatureBreak = regexp.MustCompile(`([^\s])[ \t]*\r?\n[ \t　]*(` + jaPosts + `)`)

// jaHeadingBreak finds the line break after a short heading line marked
// as one (■ 経緯, 【対象】, 1. 概要).
var jaHeadingBreak = regexp.MustCompile(`(?m)^([ \t　]*(?:[■□●◆◇▼▽【]|[0-9０-９]{1,2}[.．、）)])[^\n]{0,40}?)[ \t]*\r?\n`)

// markLetterheadBreaks marks (with \x00) the line breaks of a notice's
// letterhead that must stay: after a line that is a whole date, an
// organisation's name or a label line (報道発表資料, 各位), and before a
// labelled line (担当課：, 電話：, 所在地：). Hard-wrapped prose breaks
// anywhere; these lines are complete.
func markLetterheadBreaks(s string) string {
	lines := strings.Split(s, "\n")
	if len(lines) < 2 {
		return s
	}
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		cur := strings.TrimSpace(strings.TrimRight(l, "\r"))
		next := strings.TrimSpace(lines[i+1])
		if cur != "" && next != "" && (letterheadLine(cur) || jaLabelledLineRe.MatchString(next)) {
			b.WriteString("\x00")
			continue
		}
		b.WriteString("\n")
	}
	return b.String()
}

// letterheadLine reports a line a notice's letterhead writes whole: an
// organisation's name, or a title line such as 報道発表資料 or 各位 (a date
// line may open hard-wrapped prose, so it is joined to the next as before).
func letterheadLine(l string) bool {
	n := utf8.RuneCountInString(l)
	if n > 40 {
		return false
	}
	if isOrgLine(l) || jaLetterheadTitleRe.MatchString(l) {
		return true
	}
	// A body's name alone (北浜市教育委員会), not a hard-wrapped line of
	// prose that happens to end in 病院: short, and no particle or comma.
	return n <= 16 && jaLetterheadBodyRe.MatchString(l) && !strings.ContainsAny(l, "、。，．はがをにでへと")
}

var (
	// jaLetterheadTitleRe finds the title lines of a letterhead.
	jaLetterheadTitleRe = regexp.MustCompile(`^(?:報道発表資料|報道資料|記者発表資料|プレスリリース|ニュースリリース|報道関係者各位|[^\s、。]{0,12}各位|記)$`)
	// jaLetterheadBodyRe ends the name of a public body or an institution.
	jaLetterheadBodyRe = regexp.MustCompile(`(?:委員会|市役所|町役場|村役場|県庁|病院|大学|学園|協会|組合|金庫)$`)
	// jaLabelledLineRe finds a line opening with a label: 担当課：…,
	// 電話：…, 所在地：….
	jaLabelledLineRe = regexp.MustCompile(`^(?:担当課?|担当者|担当部署|電話|TEL|Tel|FAX|所在地|住所|本社|代表者?名?|問合せ先|問い合わせ先|お問い合わせ|会社名|発表者|設立|資本金|URL|E-?mail|メール|企業名|上場|従業員数|事業内容)(?:\s*[:：]|　|\t)`)
)

// jaHeadingLineRe finds a line that is a marked heading.
var jaHeadingLineRe = regexp.MustCompile(`^(?:[■□●◆◇▼▽【]|[0-9０-９]{1,2}[.．、）)])`)

// jaPostRe finds a line opening with a signature's post.
var jaPostRe = regexp.MustCompile(`^(?:` + jaPosts + `)`)

// jaPosts are the posts a Japanese notice is signed with.
const jaPosts = `代表取締役|取締役|代表理事|理事長|院長|病院長|学長|校長|園長|市長|町長|村長|区長|知事|社長|会長|所長|組合長|館長|センター長|局長|執行役員`

var cjkBreak = regexp.MustCompile(`[^\s][ \t]*\r?\n\s*[^\s]`)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
