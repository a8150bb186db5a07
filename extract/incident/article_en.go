package incident

import (
	"regexp"
	"strings"
)

// englishNameLists returns the names of every sentence for salience.
func englishNameLists(es []enSentence) []sentenceNames {
	out := make([]sentenceNames, 0, len(es))
	for _, s := range es {
		sn := sentenceNames{title: s.title, idx: s.idx, other: otherIncident(s.text, false), text: strings.ToLower(s.text)}
		for _, n := range s.names {
			sn.names = append(sn.names, n.text)
		}
		out = append(out, sn)
	}
	return out
}

// enIncidentWordRe finds words that make a headline or lead about an
// incident, beyond enBreachRe: card skimmers, thefts, records exposed.
var enIncidentWordRe = regexp.MustCompile(`skimm|magecart|heist|theft|stolen|records|intrusion|breach|hack|ransom`)

// englishBreachArticle reports whether the headline or the first
// sentences speak of a breach.
func englishBreachArticle(es []enSentence) bool {
	for _, s := range es {
		if !s.title && s.idx > 2 {
			break
		}
		if enBreachRe.MatchString(s.shape) || enIncidentWordRe.MatchString(s.shape) || s.title && enTitleHitRe.MatchString(s.shape) {
			return true
		}
	}
	return false
}

var (
	// enLaunchRe finds a headline or lead launching a product or
	// announcing business news.
	enLaunchRe = regexp.MustCompile(`(?i)\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)|debut(?:s|ed)?|rolls? out|general availability|now available|partners? with|acquires?|acquisition of|raises \$|funding round|series [a-e] )\b`)
	// enAdvisoryRe finds the headline of an advisory about a flaw.
	enAdvisoryRe = regexp.MustCompile(`(?i)\bCVE-\d{4}-\d+|\bvulnerabilit(?:y|ies)\b|\bsecurity (?:advisory|bulletin|update)\b|\b(?:pre-auth\w*|heap|buffer|stack) overflow\b|\bremote code execution\b|\bpatch(?:es|ed)?\b`)
)

// enFlawRe finds a headline about a flaw in words breach reports use too
// ("hackers exploited a flaw in X to breach Y"): it makes an advisory only
// when the headline speaks of no breach.
var enFlawRe = regexp.MustCompile(`(?i)\bflaws?\b|\bpath traversal\b|\bauthentication bypass\b|\b(?:zero|0)-day\b|\b(?:sql|command|code) injection\b|\bcross-site scripting\b|\bprivilege escalation\b`)

// enBreakInRe finds a break-in in a headline: "Attackers break into X
// through a Citrix flaw".
var enBreakInRe = regexp.MustCompile(`(?i)\b(?:break|breaks|broke|broken|get|gets|got|gain|gains|gained)\s+(?:into|in to|access)\b`)

// enFlawTitleRe finds a product flaw in a headline, which "security
// update" alone does not name.
var enFlawTitleRe = regexp.MustCompile(`(?i)\bCVE-\d{4}-\d+|\bvulnerabilit(?:y|ies)\b|\boverflow\b|\bremote code execution\b|\bpatch(?:es|ed)?\b|\bflaws?\b|\bbugs?\b`)

// incidentUpdateTitle reports a "Security update" headline over an
// incident of the issuer's own ("Security update: unauthorized access to
// support tooling"), not over a product's fix.
func incidentUpdateTitle(title string) bool {
	return titleBreachRe.MatchString(title) && !enFlawTitleRe.MatchString(title)
}

// englishProductArticle reports a product launch or an advisory about a
// flaw: there a company names itself, its product and attackers without
// being a victim.
//
// A report over a period ("X Q1 2024 Ransomware Report: …") counts too: it
// tells of many incidents, none its own.
func englishProductArticle(es []enSentence) bool {
	for _, s := range es {
		if s.title {
			return enLaunchRe.MatchString(s.text) || enAdvisoryRe.MatchString(s.text) && !incidentUpdateTitle(s.text) ||
				enFlawRe.MatchString(s.text) && !enBreachRe.MatchString(strings.ToLower(s.text)) && !enBreakInRe.MatchString(s.text) ||
				enPeriodReportTitleRe.MatchString(s.text)
		}
	}
	return false
}

// headingWords open headings, labels and the lines of forms and tables,
// capitalised as any first word is; they are common English words, never
// an organisation's name on their own: "Date breach discovered:",
// "Manner of breach: External system breach".
var headingWords = wordSet(`column opinion commentary editorial analysis explainer summary background overview
indicators acknowledgements acknowledgments workaround workarounds mitigation mitigations revision history
timeline update updates correction note notes references resources contact faq questions recommendations
takeaways lessons`,
	`date dates time times name names type types kind number numbers count total totals amount amounts status state
manner method means cause causes source sources location locations address addresses phone telephone fax email
website subject re reference ref category categories description details detail information info entity entities
organization organisation organizations organisations business businesses sector industry copy copies form forms
item items exhibit exhibits schedule section sections part parts table tables appendix annex figure page pages
attachment attachments enclosure signature signed sincerely regards dear attn attention to from cc bcc
external internal unknown other others various multiple several certain general specific additional further
purchases purchase orders order payments payment transactions customers clients residents individuals persons
people patients employees members consumers notice notices letter letters notification notifications report
reports filing filings statement statements release releases announcement question answer answers result results
finding findings conclusion conclusions action actions step steps measure measures response responses review
monitoring protection support assistance help services service product products system systems data
affected impacted exposed compromised acquired accessed breached discovered occurred sent submitted received
what why how when where who which please thank thanks important urgent additional`)

// sentenceCaseOnly reports a one-word name that the text capitalises only
// where every word is (at the start of a sentence or line) and that is a
// common word, or is written only once: "Indicators of compromise",
// "Column: ...", a headline's "Inside ...".
func sentenceCaseOnly(name string, es []enSentence) bool {
	if strings.Contains(name, " ") || isInitialism(name) {
		return false
	}
	lw := strings.ToLower(name)
	lower := headingWords[lw]
	wordRe := regexp.MustCompile(`\b` + regexp.QuoteMeta(lw) + `\b`)
	capRe := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
	seen := 0
	for _, s := range es {
		for _, n := range s.names {
			if n.text == name && !s.title && n.start > 0 && !startsAfterBreak(s.text, n.start) {
				return false
			}
		}
		seen += len(capRe.FindAllStringIndex(s.text, 2))
		for _, n := range s.names {
			if strings.HasSuffix(n.text, " "+name) {
				// "Elm & Oak Dental": the word ends another name, as a
				// descriptor does; it does not stand for a name there.
				seen--
			}
		}
		if !lower && wordRe.MatchString(s.text) {
			lower = true
		}
	}
	return lower || seen == 1
}

// startsAfterBreak reports whether position i of text follows a colon,
// a quote or a bracket, where words are capitalised.
func startsAfterBreak(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	return before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "(") || strings.HasSuffix(before, "-")
}

// enProgrammeAfterRe follows a product's name: "the SkyMiles programme",
// "its Bonus Club loyalty scheme".
var enProgrammeAfterRe = regexp.MustCompile(`(?i)^\s+(?:(?:loyalty|rewards?|frequent[- ]fl[yi]er|membership|points|customer|affiliate|partner) ){0,2}(?:programmes?|programs?|schemes?)\b`)

// programmeNames returns the names the text uses for a loyalty or
// membership programme: a service of the victim, never the victim itself.
func programmeNames(es []enSentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range es {
		for _, n := range s.names {
			if n.end <= len(s.text) && enProgrammeAfterRe.MatchString(s.text[n.end:]) {
				out[strings.ToLower(stripLegalEnglish(n.text))] = true
			}
		}
	}
	return out
}

// enPeriodReportTitleRe finds the headline of a report over a period:
// "Sentrix Q1 2024 Ransomware Report: …", "Annual Threat Index" (a year
// alone is no period: "2024 breach report" may be one incident's).
var enPeriodReportTitleRe = regexp.MustCompile(`(?i)\b(?:q[1-4]|h[12]|annual|quarterly|half-year|mid-year|year-end)\b[^:.]{0,40}?\b(?:report|survey|index|study|review|outlook)\b`)
