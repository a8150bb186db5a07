package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSeparators split a document title from the site name around it.
var titleSeparators = []string{" | ", "｜", " ｜ ", "│", " :: ", " » ", " « ", " · ", " • ", " - ", " – ", " — ", " : "}

var hasDigit = regexp.MustCompile(`\d`)

// pickTitle returns the article's title: og:title, the JSON-LD headline, an
// <h1> the <title> does not already contain (the title is the site's name),
// the <title>, any <h1>, then the feed's title; site names are stripped.
// strong is false when the title came from <title> or the feed alone, which
// on old sites is often the site's name or a section name.
func pickTitle(doc *goquery.Document, m pageMeta, hint, host string) (title string, strong bool) {
	strip := func(t string) string { return stripSiteName(t, m.siteName, host) }
	if t := strip(m.ogTitle); t != "" {
		return t, true
	}
	if t := strip(m.jsonTitle); t != "" {
		return t, true
	}
	h1 := firstHeading(doc)
	if h1 != "" && utf8.RuneCountInString(h1) >= 6 && !strings.Contains(strings.ToLower(m.htmlTitle), strings.ToLower(h1)) {
		return h1, true
	}
	if t := strip(m.htmlTitle); t != "" {
		return t, h1 != ""
	}
	if h1 != "" {
		return h1, true
	}
	return cleanSpace(hint), false
}

// headlineFromText finds the headline of a page whose title came from
// <title> or the feed alone and did not open the text: a part of that title
// (between its separators) standing as one of the first paragraphs, else
// the lead paragraph when it reads as a headline. The headline leaves the
// text; an issuer's name above it stays.
func headlineFromText(title, text string) (string, string) {
	paras := strings.Split(text, "\n\n")
	for _, seg := range titleSegments(title) {
		for i := 0; i < len(paras) && i < 4; i++ {
			if cleanSpace(paras[i]) == seg {
				return seg, joinWithout(paras, i)
			}
			if utf8.RuneCountInString(paras[i]) > 40 {
				break
			}
		}
	}
	if i := leadHeadline(paras); i >= 0 {
		return paras[i], joinWithout(paras, i)
	}
	return title, text
}

func joinWithout(paras []string, i int) string {
	rest := append(append([]string{}, paras[:i]...), paras[i+1:]...)
	return strings.TrimSpace(strings.Join(rest, "\n\n"))
}

// titleSegments splits a document title at its separators into the parts
// long enough to be a headline and not only a company's name, longest first.
func titleSegments(title string) []string {
	parts := titleSplit.Split(cleanSpace(title), -1)
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); utf8.RuneCountInString(p) >= 6 && !isOrgLine(p) {
			out = append(out, p)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && utf8.RuneCountInString(out[j]) > utf8.RuneCountInString(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

var titleSplit = regexp.MustCompile(`\s*[|｜│»«·•]\s*|\s+(?:::|[-–—:])\s+`)

// leadHeadline returns the index of the paragraph that opens the text as its
// headline: short, not a sentence, not a date; -1 when there is none. Pages
// without og:title or <h1> (table layouts, press-release hubs) put their
// title there. A line naming only an organisation or a signatory (the
// issuer of a press release) is passed over for a longer headline below it.
func leadHeadline(paras []string) int {
	for i := 0; i < len(paras) && i < 3; i++ {
		if isOrgLine(paras[i]) || signatory.MatchString(paras[i]) {
			continue
		}
		if isHeadlineLine(paras[i]) {
			return i
		}
		return -1
	}
	return -1
}

func isHeadlineLine(first string) bool {
	n := utf8.RuneCountInString(first)
	if n < 6 || n > 90 || strings.Contains(first, "\n") || isDateLine(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if strings.ContainsRune("。．.!！?？:：、,", last) {
		return false
	}
	return hasCJK(first) || len(strings.Fields(first)) >= 3
}

// orgLine matches a line that is only an organisation's name with its legal
// form: 「株式会社KADOKAWA」, 「サンプル電機株式会社」, "Example Holdings, Inc.".
var orgLine = regexp.MustCompile(`^(?:` +
	`(?:株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|医療法人|社会福祉法人|独立行政法人|国立研究開発法人|国立大学法人|地方独立行政法人)\s*[^\s。、，,]+(?:\s[^\s。、，,]+){0,2}|` +
	`[^\s。、，,]+(?:\s[^\s。、，,]+){0,2}\s*(?:株式会社|有限会社|合同会社|ホールディングス|（株）|\(株\))|` +
	`(?i:[\p{L}\p{N}&.'-]+(?:\s[\p{L}\p{N}&.'-]+){0,4},?\s(?:inc|corp|corporation|co\.,? ltd|ltd|limited|llc|plc|gmbh|ag|s\.a|k\.k|n\.v|holdings))\.?` +
	`)$`)

// isOrgLine reports whether a paragraph is only an organisation's name.
func isOrgLine(p string) bool {
	p = cleanSpace(p)
	return utf8.RuneCountInString(p) <= 50 && orgLine.MatchString(p)
}

// signatory matches a line that names who signs a release: a title and a name.
var signatory = regexp.MustCompile(`^(?:代表取締役|取締役|代表執行役|執行役員|社長|会長|理事長|学長|院長|病院長|市長|代表理事)\S*\s*\S{1,6}(?:\s\S{1,6})?$`)

func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// firstHeading returns the text of the first <h1> that is not page furniture,
// preferring one inside <article> or <main>.
func firstHeading(doc *goquery.Document) string {
	for _, sel := range []string{"article h1", "main h1", "h1"} {
		var out string
		doc.Find(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if inBoilerplate(s) || isLogo(s) {
				return true
			}
			out = cleanSpace(s.Text())
			return out == ""
		})
		if out != "" {
			return out
		}
	}
	return ""
}

func inBoilerplate(s *goquery.Selection) bool {
	for _, n := range s.Parents().Nodes {
		if isBoilerplate(n) {
			return true
		}
	}
	return false
}

// stripSiteName removes a site-name prefix or suffix from a title: one that
// names the site (og:site_name or the host) or a short trailing segment after
// a pipe-like separator.
func stripSiteName(title, site, host string) string {
	title = cleanSpace(title)
	if isSiteName(title, site, host) {
		return "" // a title that only names the site says nothing about the page
	}
	for range 2 {
		head, tail, sep := splitLast(title)
		if sep == "" {
			break
		}
		if isSiteName(tail, site, host) || (isPipe(sep) && looksLikeSiteName(tail, head)) ||
			(!isPipe(sep) && looksLikeBrand(tail, head)) {
			title = head
			continue
		}
		first, rest, sep2 := splitFirst(title)
		if sep2 != "" && isSiteName(first, site, host) {
			title = rest
			continue
		}
		break
	}
	return strings.TrimSpace(title)
}

func splitLast(t string) (head, tail, sep string) {
	best := -1
	for _, s := range titleSeparators {
		if i := strings.LastIndex(t, s); i > 0 && i > best {
			best, sep = i, s
		}
	}
	if best < 0 {
		return t, "", ""
	}
	return strings.TrimSpace(t[:best]), strings.TrimSpace(t[best+len(sep):]), sep
}

func splitFirst(t string) (head, tail, sep string) {
	best := len(t)
	for _, s := range titleSeparators {
		if i := strings.Index(t, s); i > 0 && i < best {
			best, sep = i, s
		}
	}
	if sep == "" {
		return t, "", ""
	}
	return strings.TrimSpace(t[:best]), strings.TrimSpace(t[best+len(sep):]), sep
}

func isPipe(sep string) bool {
	s := strings.TrimSpace(sep)
	return s == "|" || s == "｜" || s == "│" || s == "::" || s == "»" || s == "«" || s == "·" || s == "•"
}

// isSiteName reports whether s names the site: equal to og:site_name, or
// its letters spell the host's main label ("ZDNet" for www.zdnet.com).
func isSiteName(s, site, host string) bool {
	if s == "" {
		return false
	}
	if site != "" && strings.EqualFold(cleanSpace(s), cleanSpace(site)) {
		return true
	}
	key := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
	if key == "" || len(key) < 3 {
		return false
	}
	for _, label := range strings.Split(strings.ToLower(host), ".") {
		if label != "www" && len(label) >= 3 && (label == key || strings.HasPrefix(key, label)) {
			return true
		}
	}
	return false
}

func looksLikeSiteName(tail, head string) bool {
	n := utf8.RuneCountInString(tail)
	return n > 0 && n <= 40 && len(strings.Fields(tail)) <= 5 && utf8.RuneCountInString(head) > n
}

// looksLikeBrand accepts a dash-separated tail only when it is a short run of
// capitalised words without figures, as site names are.
func looksLikeBrand(tail, head string) bool {
	words := strings.Fields(tail)
	if len(words) == 0 || len(words) > 3 || hasDigit.MatchString(tail) || utf8.RuneCountInString(head) < 2*utf8.RuneCountInString(tail) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && r < 0x3000 {
			return false
		}
	}
	return true
}

var logoToken = regexp.MustCompile(`(?i)logo|site-?title|site-?name|brand|masthead`)

// isLogo reports whether a heading is the site's logo or name rather than
// the article's title, as many templates mark up their masthead with <h1>.
func isLogo(s *goquery.Selection) bool {
	for _, n := range append([]*html.Node{s.Nodes[0]}, s.Parent().Nodes...) {
		for _, a := range n.Attr {
			if (a.Key == "class" || a.Key == "id") && logoToken.MatchString(a.Val) {
				return true
			}
		}
	}
	return cleanSpace(s.Text()) == "" || (s.Find("img").Length() > 0 && len(cleanSpace(s.Text())) < 30 && s.Find("a[href='/']").Length() > 0)
}

// emphasisedHeadline returns the first emphasised line of the page that
// reads as a headline: an <h2>/<h3>, or a bold or large-font run that is a
// whole block's text. Old press-release templates set their headline so,
// without <h1>; it is the last resort when the title is only <title>.
func emphasisedHeadline(root *html.Node) string {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if isEmphasis(c) {
				t := cleanSpace(nodeText(c))
				if t != "" && isHeadlineLine(t) && !isOrgLine(t) && !signatory.MatchString(t) && !relatedHeading.MatchString(t) &&
					t == cleanSpace(nodeText(blockAncestor(c))) {
					found = t
					return
				}
			}
			walk(c)
		}
	}
	walk(root)
	return found
}

func isEmphasis(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.B, atom.Strong:
		return true
	case atom.Font:
		size, _ := attr(n, "size")
		return size >= "4" && size <= "7" || strings.HasPrefix(size, "+")
	}
	return false
}

func blockAncestor(n *html.Node) *html.Node {
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && blockAtoms[p.DataAtom] {
			return p
		}
	}
	return n
}
