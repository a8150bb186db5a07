package extract

import (
	"regexp"
	"strings"
)

// An SEC filing served as a bare page (an 8-K from EDGAR) opens with its
// cover: the commission's letterhead, the form's name, the registrant's
// state and file numbers, check boxes and its exchange listing. What it
// reports stands under "Item 1.05 Material Cybersecurity Incidents" and the
// like; exhibits and signatures close it. filingReport keeps the report.

// filingReport is what a bare filing's text reduces to.
type filingReport struct {
	form       string // "8-K"
	registrant string // "QUILLMETRIC, INC."
	item       string // "Item 1.05 Material Cybersecurity Incidents"
	exhibit    bool   // item is the headline of a furnished release
	text       string // the items reported, without cover and signatures
}

// filingForms are the forms a bare filing's cover names; registrantCaption
// is the caption its cover sets under or after the registrant's name.
const (
	filingForms       = `(8-K|6-K|10-Q|10-K)`
	registrantCaption = `(?:Exact name of (?:the )?registrant|Translation of registrant)`
)

var (
	// filingCoverRe finds the cover's letterhead and form, each a line of
	// its own, near the top (not a report's "told the Securities and
	// Exchange Commission in a Form 8-K").
	filingCoverRe = regexp.MustCompile(`(?im)\A[\s\S]{0,300}?^[ \t]*(?:UNITED STATES[ \t]+)?SECURITIES AND EXCHANGE COMMISSION[ \t]*$[\s\S]{0,400}?^[ \t]*FORM[ \t]+` + filingForms + `(?:/A)?[ \t]*$`)
	// filingItemRe finds a paragraph opening an item of the form.
	filingItemRe = regexp.MustCompile(`^Item\s+(\d{1,2}(?:\.\d{2})?[A-Z]?)\.?\s+(\S.*)$`)
	// filingCoverParaRe finds a cover set as one paragraph.
	filingCoverParaRe = regexp.MustCompile(`(?i)^[^\n]{0,40}SECURITIES AND EXCHANGE COMMISSION\b[^\n]{0,200}?\bFORM\s+` + filingForms + `\b[^\n]*\bregistrant\b`)
	// filingEndRe finds the paragraphs that close the report: the
	// exhibits item and the signatures.
	filingEndRe = regexp.MustCompile(`(?i)^(?:Item\s+9\.01\b|SIGNATURES?$|Exhibit Index$)`)
	// explanatoryNoteRe finds an amendment's note on what it amends.
	explanatoryNoteRe = regexp.MustCompile(`(?i)^EXPLANATORY NOTE\b`)
	// coverWordsRe finds what a one-line cover writes before the
	// registrant's name: the letterhead, the form, separators.
	coverWordsRe = regexp.MustCompile(`(?i)SECURITIES AND EXCHANGE COMMISSION|FORM\s+` + filingForms + `(?:/A)?|CURRENT REPORT|[—–·|]`)
	// registrantCaptionRe finds the caption after the name on its line;
	// registrantLabelRe a line that is the caption.
	registrantCaptionRe = regexp.MustCompile(`(?i)\s*\(\s*` + registrantCaption)
	registrantLabelRe   = regexp.MustCompile(`(?i)^\(?` + registrantCaption)
	// filingLetterheadRe matches a title that is the cover's letterhead
	// (a file name is idTitleRe's).
	filingLetterheadRe = regexp.MustCompile(`(?i)^(?:UNITED STATES\s*)?SECURITIES AND EXCHANGE COMMISSION$|^UNITED STATES$|^CURRENT REPORT$`)
)

// readFiling returns the report a bare SEC filing's text carries, and false
// when the text does not open with a filing's cover or names no item
// before its exhibits and signatures.
func readFiling(text string) (filingReport, bool) {
	paras := strings.Split(text, "\n\n")
	var r filingReport
	from := 0
	if m := filingCoverRe.FindStringSubmatch(text); m != nil {
		r.form = strings.ToUpper(m[1])
	} else {
		// A site showing the filing under its own table of the
		// filing's details sets the whole cover as one paragraph.
		for i, p := range paras[:min(len(paras), 20)] {
			if m := filingCoverParaRe.FindStringSubmatch(p); m != nil {
				r.form, from = strings.ToUpper(m[1]), i+1
				r.registrant = registrantName(p, p)
				break
			}
		}
		if from == 0 {
			return filingReport{}, false
		}
	}
	start, end := -1, len(paras)
	for i := from; i < len(paras); i++ {
		p := strings.TrimSpace(paras[i])
		if start < 0 && r.registrant == "" {
			r.registrant = registrantName(paras[max(from, i-1)], p)
		}
		if filingEndRe.MatchString(p) {
			if start >= 0 {
				end = i
				break
			}
			continue
		}
		if start < 0 && explanatoryNoteRe.MatchString(p) {
			// An amendment says first what it amends, before its
			// items.
			start = i
			continue
		}
		if r.item == "" {
			if im := filingItemRe.FindStringSubmatch(p); im != nil {
				if start < 0 {
					start = i
				}
				r.item = strings.TrimRight(cleanSpace(p), ".")
			}
		}
	}
	if start < 0 {
		return readExhibit(r, paras)
	}
	r.text = strings.TrimSpace(strings.Join(paras[start:end], "\n\n"))
	if len(strings.Fields(r.text)) < 20 {
		return filingReport{}, false // an item's heading and little else
	}
	return r, true
}

// readExhibit returns the report of a filing that furnishes its news as an
// exhibit after the signatures (a 6-K's "Exhibit 99.1", the translation
// of a release): the exhibit from its headline on, the headline as its
// item.
func readExhibit(r filingReport, paras []string) (filingReport, bool) {
	for i, p := range paras {
		if !exhibitRe.MatchString(strings.TrimSpace(p)) {
			continue
		}
		rest := paras[i+1:]
		for j, q := range rest {
			q = strings.TrimSpace(q)
			if exhibitHeadline(q) {
				r.item, r.exhibit = cleanSpace(q), true
				rest = rest[j:]
				break
			}
		}
		r.text = strings.TrimSpace(strings.Join(rest, "\n\n"))
		if len(strings.Fields(r.text)) < 20 {
			return filingReport{}, false
		}
		return r, true
	}
	return filingReport{}, false
}

// exhibitRe finds the line opening a furnished exhibit.
var exhibitRe = regexp.MustCompile(`(?i)^Exhibit\s+99(?:\.\d+)?$`)

// exhibitHeadline reports whether an exhibit's paragraph reads as its
// headline rather than as its issuer table ("Company name:\tHoshimori
// Electric", "(Code: 6941 …)") or as prose.
func exhibitHeadline(p string) bool {
	n := len(p)
	return n >= 20 && n <= 200 && !strings.ContainsAny(p, "\t:") &&
		!strings.HasPrefix(p, "(") && !strings.HasSuffix(p, ".")
}

// registrantName returns the registrant's name a cover gives above its
// caption "(Exact name of registrant …)" in paragraph p, or in the last
// line of the paragraph before it; "" when p has no such caption.
func registrantName(before, p string) string {
	lines := strings.Split(p, "\n")
	for i, l := range lines {
		if loc := registrantCaptionRe.FindStringIndex(l); loc != nil && loc[0] > 0 {
			// "TIDEWELL BANCORP, INC. (Exact name of registrant as
			// specified in its charter)" on one line, perhaps after the
			// letterhead ("… — FORM 8-K — CURRENT REPORT TIDEWELL …").
			name := l[:loc[0]]
			if i := coverWordsRe.FindAllStringIndex(name, -1); i != nil {
				name = name[i[len(i)-1][1]:]
			}
			return cleanSpace(name)
		}
		if !registrantLabelRe.MatchString(strings.TrimSpace(l)) {
			continue
		}
		if i > 0 {
			return cleanSpace(lines[i-1])
		}
		if before != p {
			b := strings.Split(strings.TrimSpace(before), "\n")
			return cleanSpace(b[len(b)-1])
		}
		return ""
	}
	return ""
}

// title returns a headline for a filing whose page has none: "QUILLMETRIC,
// INC. Form 8-K: Item 1.05 Material Cybersecurity Incidents", or a
// furnished release's headline.
func (r filingReport) title() string {
	if r.exhibit {
		return r.item // the furnished release's own headline
	}
	t := "Form " + r.form
	if r.registrant != "" && len(r.registrant) <= 120 {
		t = r.registrant + " " + t
	}
	if r.item != "" && len(r.item) <= 200 {
		t += ": " + r.item
	}
	return t
}
