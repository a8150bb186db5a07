package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms are the elements that start a new paragraph in rendered text.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Caption: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Center: true,
	atom.Figure: true, atom.Form: true, atom.Fieldset: true, atom.Body: true,
}

// skipAtoms are elements whose content is never article text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
	atom.Figcaption: true, atom.Rt: true, atom.Rp: true,
}

// renderText returns the visible text under the given nodes with a blank line
// between paragraphs: a block element or two consecutive <br> end a paragraph,
// a single <br> ends a line.
func renderText(nodes ...*html.Node) string {
	r := &renderer{}
	for _, n := range nodes {
		r.walk(n, false)
		r.block()
	}
	return normalizeText(r.b.String())
}

type renderer struct {
	b        strings.Builder
	pendingS bool // a collapsed space is owed before the next word
	pendingN bool // the space came from a line break in the source
}

func (r *renderer) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data, pre)
		return
	case html.ElementNode:
		a := nodeAtom(n)
		if skipAtoms[a] {
			return
		}
		switch a {
		case atom.Br:
			r.raw("\n")
			return
		case atom.Img:
			return
		case atom.Pre:
			pre = true
		case atom.Td, atom.Th:
			// cells of one row read as one line, separated by a tab
			if r.b.Len() > 0 && lastRune(r.b.String()) != '\n' {
				r.raw("\t")
			}
		}
	case html.DocumentNode:
	default:
		return
	}
	isBlock := n.Type == html.ElementNode && blockAtoms[nodeAtom(n)]
	if isBlock {
		r.block()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, pre)
	}
	if isBlock {
		r.block()
	}
}

// nodeAtom returns n's atom, looking it up when the node was built by code
// (trafilatura's output) that set only the tag name.
func nodeAtom(n *html.Node) atom.Atom {
	if n.DataAtom == 0 {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

func (r *renderer) block() { r.raw("\n\n") }

func (r *renderer) raw(s string) {
	r.pendingS, r.pendingN = false, false
	r.b.WriteString(s)
}

// text writes a text node, collapsing white space. A line break between two
// CJK characters disappears rather than becoming a space, so hard-wrapped
// Japanese source keeps its phrases (「最大約310\n万人」) intact.
func (r *renderer) text(s string, pre bool) {
	if pre {
		r.flushSpace(0)
		r.b.WriteString(s)
		return
	}
	for _, c := range s {
		if unicode.IsSpace(c) && c != '\u3000' {
			if r.b.Len() > 0 {
				r.pendingS = true
				if c == '\n' || c == '\r' {
					r.pendingN = true
				}
			}
			continue
		}
		r.flushSpace(c)
		r.b.WriteRune(c)
	}
}

func (r *renderer) flushSpace(next rune) {
	if !r.pendingS {
		return
	}
	prev := lastRune(r.b.String())
	drop := prev == '\n' || prev == '\t' || (r.pendingN && (isCJK(prev) || isCJK(next)))
	if !drop {
		r.b.WriteByte(' ')
	}
	r.pendingS, r.pendingN = false, false
}

func lastRune(s string) rune {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			for _, c := range s[i:] {
				return c
			}
		}
	}
	return '\n'
}

// isCJK reports whether c is a kana, a kanji or CJK/full-width punctuation.
func isCJK(c rune) bool {
	return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
		(c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
}

// normalizeText trims every line, drops empty lines inside paragraphs and
// leaves exactly one blank line between paragraphs.
func normalizeText(s string) string {
	var paras []string
	for _, block := range strings.Split(s, "\n\n") {
		var lines []string
		for _, line := range strings.Split(block, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				lines = append(lines, line)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}
