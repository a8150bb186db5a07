package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
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

// leadHeadline returns the first paragraph of text when it reads as a
// headline: short, not a sentence, not a date. Pages without og:title or
// <h1> (table layouts, press-release hubs) put their title there.
func leadHeadline(text string) string {
	first, _, _ := strings.Cut(text, "\n\n")
	n := utf8.RuneCountInString(first)
	if n < 6 || n > 90 || strings.Contains(first, "\n") || isDateLine(first) {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if strings.ContainsRune("。．.!！?？:：、,", last) {
		return ""
	}
	if !hasCJK(first) && len(strings.Fields(first)) < 3 {
		return ""
	}
	return first
}

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
