package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// A release on a press-release hub, or a letter on a newsroom that is not
// its writer's own, names its issuer outside the text: "News provided by
// Harwick Mutual", "Published June 2, 2025 by Dunmore Valley School
// District", 「発表元：株式会社ひなたフーズ」, a JSON-LD author that is an
// organisation. A notice that otherwise says only "we" or 当社 is that
// issuer's.

// pageIssuer returns the organisation the page names as its author or
// issuer outside the main text, or "" when it names none. It reads the
// whole tree, so it runs before mainText prunes it.
func pageIssuer(doc *goquery.Document, ld []map[string]any) string {
	// An inline-XBRL filing tags its registrant on the cover page.
	if name := issuerName(registrantCase(doc.Find(`[name="dei:EntityRegistrantName"]`).First().Text())); name != "" {
		return name
	}
	// So does a Japanese one (EDINET: 【会社名】株式会社…).
	if name := issuerName(cleanSpace(doc.Find(`[name$="CompanyNameCoverPage"]`).First().Text())); name != "" {
		return name
	}
	for _, obj := range ld {
		if !isArticleType(obj) {
			continue
		}
		if name := organisationAuthor(obj["author"]); name != "" {
			return name
		}
	}
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type != html.ElementNode || skipIssuerElement(c) {
				continue
			}
			found = elementIssuer(c)
			if found == "" {
				walk(c)
			}
		}
	}
	for _, n := range doc.Find("body").Nodes {
		walk(n)
	}
	return found
}

// pagePublication returns the publication a blog platform's page says its
// post belongs to — a company's tech blog hosted on the platform, named in
// a box whose class says so (pubName, publication-name) — or "". On such a
// page og:site_name names the platform, and the publication its owner.
func pagePublication(doc *goquery.Document) string {
	found := ""
	doc.Find("[class]").EachWithBreak(func(_ int, sel *goquery.Selection) bool {
		for _, tok := range strings.Fields(sel.AttrOr("class", "")) {
			for _, part := range classParts(tok) {
				if strings.EqualFold(part, "pubName") || strings.EqualFold(part, "publicationName") || strings.EqualFold(tok, "publication-name") {
					found = issuerName(sel.Text())
					return false
				}
			}
		}
		return true
	})
	return found
}

// registrantCase writes a name a filing's cover sets in capitals ("VARNHOLT
// INDUSTRIES, INC.") the way the text writes it ("Varnholt Industries,
// Inc."): legal forms and initialisms (LLC, AB) stay in capitals, joining
// words (of, and) go to lower case.
func registrantCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		core := strings.Trim(w, ".,&()")
		switch {
		case keptCapitals[core] || strings.ContainsAny(core, "0123456789"):
			continue
		case i > 0 && lowerJoins[strings.ToLower(core)]:
			words[i] = strings.ToLower(w)
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(r) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

// keptCapitals are the words a registrant's name keeps in capitals: legal
// forms and common initialisms.
var keptCapitals = map[string]bool{"LLC": true, "LP": true, "LLP": true, "PLC": true, "AB": true, "AG": true, "SA": true,
	"NV": true, "BV": true, "SE": true, "ASA": true, "USA": true, "US": true, "UK": true, "II": true, "III": true, "IV": true}

// lowerJoins are the small words a name writes in lower case inside it.
var lowerJoins = map[string]bool{"of": true, "and": true, "the": true, "for": true, "de": true}

// pageOwner returns the organisation a page's chrome names as the site's
// owner, or "": a JSON-LD Organization that describes no article, the
// logo's alternative text, or the copyright line ("© 2026 Kotoba Systems
// Inc."). A company's newsroom names itself so when its notice says only
// "we" or 弊社 and has no og:site_name. copyright is what copyrightOwner
// read, which the caller needs too.
func pageOwner(doc *goquery.Document, ld []map[string]any, copyright string) string {
	for _, obj := range ld {
		if organisationType(obj) {
			if name := issuerName(jsonString(obj, "name")); name != "" {
				return name
			}
		}
	}
	var found string
	doc.Find(`[class*="logo"], [id*="logo"], [class*="Logo"], [class*="brand"], body > header img[src*="logo"], #header img[src*="logo"], .site-header img[src*="logo"], .header img[src*="logo"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, sel := range []*goquery.Selection{s, s.Find("img, svg, [aria-label]")} {
			sel.EachWithBreak(func(_ int, e *goquery.Selection) bool {
				for _, attr := range []string{"alt", "aria-label", "title"} {
					if v, ok := e.Attr(attr); ok {
						if name := issuerName(logoWords.ReplaceAllString(v, " ")); name != "" {
							found = name
							return false
						}
					}
				}
				return true
			})
			if found != "" {
				return false
			}
		}
		return true
	})
	if found != "" {
		return found
	}
	return copyright
}

// copyrightOwner returns the holder a page's copyright line names, or "".
func copyrightOwner(doc *goquery.Document) string {
	var found string
	// Read only the text nodes that carry a mark.
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && (strings.Contains(c.Data, "©") || containsFold(c.Data, "copyright") || containsFold(c.Data, "(c)")):
				if m := copyrightRe.FindStringSubmatch(cleanSpace(ownText(n))); m != nil {
					found = issuerName(strings.TrimRight(m[1], " .,"))
				}
			case c.Type == html.ElementNode && !skipIssuerElement(c) && c.Data != "script" && c.Data != "style":
				walk(c)
			}
		}
	}
	for _, n := range doc.Find("body").Nodes {
		walk(n)
	}
	return found
}

// containsFold reports whether s holds sub, ignoring ASCII case.
func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), sub)
}

var (
	// logoWords are the words a logo's text adds to the name.
	logoWords = regexp.MustCompile(`(?i)\s*(?:ロゴ(?:マーク)?|\blogo\b|ホーム(?:ページ)?|トップページ|\bhome(?: ?page)?\b)\s*`)
	// copyrightRe finds a copyright line's holder: "© 2026 Kotoba Systems
	// Inc. All rights reserved.", "Copyright (C) 2025 北浜精工株式会社"; a
	// theme's "Powered by …" after the holder is no part of it.
	copyrightRe = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?([^\n|©]{2,60}?)\s*(?:\.?\s*all rights reserved|\.?\s*(?:powered by|built with|designed by|theme by|site by|proudly powered)\b|\n|$)`)
)

// organisationType reports a JSON-LD object that describes an
// organisation rather than an article.
func organisationType(obj map[string]any) bool {
	t, _ := obj["@type"].(string)
	switch t {
	case "Organization", "Corporation", "LocalBusiness", "GovernmentOrganization", "EducationalOrganization",
		"CollegeOrUniversity", "School", "Hospital", "MedicalOrganization", "NGO", "MedicalClinic", "BankOrCreditUnion":
		return true
	}
	return false
}

// elementIssuer returns the issuer one element's own text names, or "".
func elementIssuer(n *html.Node) string {
	text := cleanSpace(ownText(n))
	if text == "" && issuerClass(n) {
		// <div class="footer-company"><p>Name</p><p>address</p></div>
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if first := cleanSpace(nodeText(c)); first != "" && !hasDigit.MatchString(first) {
					return issuerName(first)
				}
				return ""
			}
		}
		return ""
	}
	if text == "" || utf8.RuneCountInString(text) > 120 {
		return ""
	}
	if m := issuerLabel.FindStringSubmatch(text); m != nil {
		return issuerName(m[1])
	}
	if (strings.Contains(text, "リリース") || containsFold(text, "releases")) && issuerSuffix.MatchString(text) {
		m := issuerSuffix.FindStringSubmatch(text)
		return issuerName(m[1] + m[2])
	}
	if issuerClass(n) && !hasDigit.MatchString(text) {
		return issuerName(text)
	}
	if containsFold(text, "by ") && bylineClass(n) {
		if m := bylineBy.FindStringSubmatch(text); m != nil && orgName(m[1]) {
			return issuerName(m[1])
		}
	}
	return ""
}

// organisationAuthor returns the name of a JSON-LD author that is an
// Organization (a person writes bylines, not notices).
func organisationAuthor(v any) string {
	switch t := v.(type) {
	case []any:
		if len(t) == 1 {
			return organisationAuthor(t[0])
		}
	case map[string]any:
		if typ, _ := t["@type"].(string); strings.EqualFold(typ, "Organization") || strings.EqualFold(typ, "Corporation") {
			return issuerName(jsonString(t, "name"))
		}
	}
	return ""
}

var (
	// issuerLabel finds a labelled issuer: "News provided by X", "Issued
	// by: X", "Company: X", 「発表元：X」, 「企業名　X」.
	issuerLabel = regexp.MustCompile(`(?i)^(?:news provided by|provided by|issued by|released by|distributed on behalf of|company(?: name)?\s*[:：]|organi[sz]ation\s*[:：]|issuer\s*[:：]|発表元|企業名|会社名|発表企業|リリース元|提供元)\s*[:：]?\s*(.+)$`)
	// issuerSuffix finds a hub's heading over a company's releases:
	// 「株式会社ひなたフーズのプレスリリース」, "Press releases from X".
	issuerSuffix = regexp.MustCompile(`(?i)^(?:(.+?)\s*の(?:プレスリリース|ニュースリリース|リリース)(?:一覧)?|(?:more )?(?:press|news) releases (?:from|by) (.+))$`)
	// bylineBy finds the writer in a byline: "Published June 2, 2025 by X".
	bylineBy = regexp.MustCompile(`(?i)\bby\s+(.+)$`)
	// bylineToken marks a byline's element.
	bylineToken = regexp.MustCompile(`(?i)byline|author|dateline|posted|meta|issuer|publisher|provider|company|organi[sz]ation`)
)

// issuerName trims what a label leaves around the name; "" when the
// rest is no name (too long, or a sentence).
func issuerName(s string) string {
	s = strings.Trim(cleanSpace(s), " 　|｜:：,、-–—")
	if s == "" || utf8.RuneCountInString(s) > 60 || len(strings.Fields(s)) > 8 || strings.ContainsAny(s, "。.!?") && !legalFormDot.MatchString(s) {
		return ""
	}
	return s
}

// legalFormDot finds the full stops a company's legal form has: "Inc.",
// "Co., Ltd.".
var legalFormDot = regexp.MustCompile(`(?i)\b(?:inc|corp|co|ltd|llc|plc|l\.l\.c|s\.a|n\.v|b\.v)\.$`)

// orgName reports whether a byline's name reads as an organisation's
// rather than a writer's: it ends in a word organisations' names end in
// or carries a legal form.
func orgName(s string) bool {
	s = strings.Trim(cleanSpace(s), " .,")
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	return bylineOrgWord[strings.ToLower(strings.Trim(f[len(f)-1], ".,"))] || orgLine.MatchString(s)
}

// bylineOrgWord ends organisations' names.
var bylineOrgWord = wordSet(`inc corp corporation co ltd llc llp plc gmbh group holdings company bank university college
school schools district hospital clinic health healthcare center centre institute foundation association council city
county town township village borough authority department agency services systems insurance partners trust union
society church library museum`)

// wordSet returns the set of the space-separated words.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// bylineClass reports an element marked as a byline or its ancestors'
// (up to two levels) marked so.
func bylineClass(n *html.Node) bool {
	for i := 0; n != nil && n.Type == html.ElementNode && i < 3; i, n = i+1, n.Parent {
		for _, a := range n.Attr {
			if (a.Key == "class" || a.Key == "id" || a.Key == "itemprop" || a.Key == "rel") && bylineToken.MatchString(a.Val) {
				return true
			}
		}
	}
	return false
}

// issuerClassToken marks an element that holds only its issuer's name.
var issuerClassToken = regexp.MustCompile(`(?i)^(?:company|company-?name|issuer|issuer-?name|organi[sz]ation|organi[sz]ation-?name|provider|provider-?name|release-?company|corp-?name)$`)

// classParts splits a class token at the separators CSS modules and BEM
// put in it: Footer_company__g6 → Footer, company, g6.
func classParts(tok string) []string {
	return strings.FieldsFunc(tok, func(r rune) bool { return r == '_' || r == '-' })
}

// issuerClass reports an element whose class or itemprop says it holds
// the issuer's name: class="company-name".
func issuerClass(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "itemprop" {
			for _, tok := range strings.Fields(a.Val) {
				if issuerClassToken.MatchString(tok) {
					return true
				}
				for _, part := range classParts(tok) {
					if strings.EqualFold(part, "company") || strings.EqualFold(part, "issuer") || strings.EqualFold(part, "agency") {
						return true
					}
				}
			}
		}
	}
	return false
}

// skipIssuerElement reports elements whose text is no issuer line:
// scripts, forms, navigation and list items of related links.
func skipIssuerElement(n *html.Node) bool {
	switch n.Data {
	case "script", "style", "noscript", "template", "select", "option", "textarea", "button", "nav", "a":
		return true
	}
	return false
}

// ownText returns the text of n's own text children and of inline
// elements under it, so "Published <time>June 2</time> by X" reads whole
// but a block's children are left to themselves.
func ownText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && inlineElement[c.Data]:
				walk(c)
			case c.Type == html.ElementNode && c.Data == "br":
				b.WriteString(" ")
			}
		}
	}
	walk(n)
	return b.String()
}

// inlineElement lists the elements read as part of their parent's line.
var inlineElement = wordSet(`a abbr b bdi cite code em font i mark q s small span strong sub sup time u`)
