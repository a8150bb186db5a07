package incident

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// enToken is one word or punctuation mark of an English sentence.
type enToken struct {
	text       string
	start, end int
}

// enName is a run of capitalised words that may name an organisation.
type enName struct {
	text       string
	start, end int
}

// enSentence is an English sentence with its names replaced by placeholders:
// "Toyota said hackers breached its servers" reads "N0 said hackers breached
// its servers"; cue patterns match this shape.
type enSentence struct {
	sentence
	names []enName
	shape string
}

var enTokenRe = regexp.MustCompile(`[\p{Latin}0-9$](?:[\p{Latin}0-9&\-\.,]*[\p{Latin}0-9])?\.?|['’]s\b|\S`)

// legal abbreviations keep their dot; other words lose a trailing dot.
var dottedWords = map[string]bool{"inc.": true, "corp.": true, "co.": true, "ltd.": true, "u.s.": true, "s.a.": true, "n.v.": true, "b.v.": true, "plc.": true, "k.k.": true,
	"l.l.p.": true, "l.p.": true, "p.c.": true, "p.l.l.c.": true, "l.l.c.": true,
	// Saints and mounts begin the names of hospitals, schools and towns.
	"st.": true, "ste.": true, "mt.": true}

// institutionWords end the names that hold a possessive inside them: St.
// Aldric's Community Hospital, Children's Hospital, Women's College.
var institutionWords = wordSet(`hospital hospitals school schools college university academy church cathedral
clinic clinics health healthcare medical center centre home homes hospice foundation infirmary institute
seminary library museum trust society club charity`)

// possessiveInside reports whether the possessive token j joins the name
// before it to an institution named after it: within the next four name
// words stands an institution word. It returns the index after the last
// institution word, or 0. In a title-cased headline every word is
// capitalised, so there any capitalised word may stand between
// ("St. Odran's Regional Medical Center").
func possessiveInside(toks []enToken, j int, titleCase bool) int {
	if t := toks[j].text; t != "'s" && t != "’s" || j == 0 || enPlaces[strings.ToLower(toks[j-1].text)] {
		return 0 // Ohio's Halverson Health Partners is Ohio's
	}
	return institutionAhead(toks, j, titleCase)
}

// memberBodyWords end the names of bodies named after their members with
// a plural possessive: Care Workers' Union, Teachers' Federation,
// Farmers' Cooperative, Firefighters' Pension Fund.
var memberBodyWords = wordSet(`union unions association federation fund league guild alliance cooperative co-operative co-op
council society club trust institute benevolent benefit pension retirement relief insurance credit system
college hospital home homes school`)

// pluralPossessiveInside reports whether the apostrophe at token j, right
// after the plural that ends the name begun at token i (Workers'), joins
// that name to the body named after it: within the next four name words
// stands a member body's word. It returns the index after the last such
// word, or 0.
func pluralPossessiveInside(toks []enToken, i, j int, titleCase bool) int {
	if j <= i || j+1 >= len(toks) || toks[j].text != "'" && toks[j].text != "’" || toks[j].start != toks[j-1].end {
		return 0
	}
	prev := toks[j-1].text
	if len(prev) < 4 || prev[len(prev)-1] != 's' {
		return 0
	}
	end := 0
	for k := j + 1; k < len(toks) && k-j <= 4 && nameWord(toks, k, titleCase); k++ {
		if memberBodyWords[strings.ToLower(toks[k].text)] {
			end = k + 1
		}
	}
	return end
}

// institutionAhead returns the index after the last institution word
// within the four name words after token j, or 0.
func institutionAhead(toks []enToken, j int, titleCase bool) int {
	end := 0
	for k := j + 1; k < len(toks) && k-j <= 4 && (nameWord(toks, k, titleCase) || titleCase && capitalised(toks[k].text)); k++ {
		if institutionWords[strings.ToLower(toks[k].text)] {
			end = k + 1
		}
	}
	return end
}

func tokenizeEnglish(s string) []enToken {
	var out []enToken
	for _, m := range enTokenRe.FindAllStringIndex(s, -1) {
		t := s[m[0]:m[1]]
		if strings.HasSuffix(t, ".") && len(t) > 1 && !dottedWords[strings.ToLower(t)] {
			out = append(out, enToken{t[:len(t)-1], m[0], m[1] - 1}, enToken{".", m[1] - 1, m[1]})
			continue
		}
		out = append(out, enToken{t, m[0], m[1]})
	}
	return out
}

// capitalised reports whether a word looks like part of a name: an initial
// capital (Toyota, AT&T), an inner capital (eBay) or digits with letters
// (23andMe, 7-Eleven).
func capitalised(w string) bool {
	if w == "" {
		return false
	}
	r, size := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsUpper(r):
		return true
	case unicode.IsLower(r):
		for _, c := range w[size:] {
			if unicode.IsUpper(c) {
				return true
			}
		}
	case unicode.IsDigit(r):
		hasLetter := false
		for _, c := range w {
			if unicode.IsLetter(c) {
				hasLetter = true
			}
		}
		return hasLetter && !isNumberWithSuffix(w)
	}
	return false
}

// isNumberWithSuffix reports "3.1M", "2bn", "10k", "1990s", "4th".
func isNumberWithSuffix(w string) bool {
	i := strings.IndexFunc(w, unicode.IsLetter)
	if _, err := strconv.ParseFloat(strings.ReplaceAll(w[:i], ",", ""), 64); err != nil {
		return false
	}
	switch strings.ToLower(w[i:]) {
	case "m", "mn", "bn", "b", "k", "s", "th", "st", "nd", "rd", "tn", "gb", "tb", "mb", "pm", "am":
		return true
	}
	return false
}

// titleCased reports whether most words of s are capitalised, as in
// headlines; there every common word is capitalised too.
func titleCased(toks []enToken) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !isASCIILetter(t.text[0]) || len(t.text) < 4 {
			continue
		}
		words++
		if capitalised(t.text) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// headlineLine reports a body line that reads as a headline: short,
// without a sentence's closing stop, its small words in lower case, as in
// a newsroom's or a wire's list of releases ("4:30 PM ET — Acme Notifies
// Clients of Data Incident"). A letterhead's or a signature's line ("Ann
// Lowe, Chief Executive, Riverside Relief"; "MARSH LLP — 4 Elm Street,
// Denver, Colorado") is none.
func headlineLine(text string, toks []enToken) bool {
	t := strings.TrimSpace(text)
	if len(toks) > 24 || t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;,\"”") || strings.ToUpper(t) == t {
		return false
	}
	segments := strings.Split(t, ",")
	if len(segments) > 2 {
		return false
	}
	for _, seg := range segments {
		if enJobTitleRe.MatchString(strings.TrimSpace(seg)) {
			return false
		}
	}
	words, small := 0, false
	for _, tk := range toks {
		if isASCIILetter(tk.text[0]) && len(tk.text) >= 4 {
			words++
		}
		small = small || headlineSmallWords[tk.text]
	}
	return words >= 5 && small
}

// headlineSmallWords are the words a title-cased headline leaves in lower
// case.
var headlineSmallWords = wordSet(`of on to for in at after with by from over into amid as`)

// nameWord reports whether token i can be part of a name.
func nameWord(toks []enToken, i int, titleCase bool) bool {
	w := toks[i].text
	if !capitalised(w) {
		return false
	}
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if neverNames[lw] {
		return false
	}
	if currencyCodes[w] && i+1 < len(toks) && toks[i+1].text != "" && toks[i+1].text[0] >= '0' && toks[i+1].text[0] <= '9' {
		// "fined Hallvik Hem AB SEK 19 million": an amount's currency
		// after the name.
		return false
	}
	if (titleCase || i == 0 || startsClause(toks, i)) && commonWords[lw] {
		return false
	}
	if i == 0 && len(lw) >= 6 && strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed") && i+1 < len(toks) && !capitalised(toks[i+1].text) && toks[i+1].text != "," {
		// "Phished scheduling request exposed…": a headline opening
		// on a verb's participle, capitalised because it opens.
		return false
	}
	if (i == 0 || startsClause(toks, i)) && openingWords[lw] && (i+1 >= len(toks) || !capitalised(toks[i+1].text)) {
		// "Service update and notice to patrons": an ordinary word
		// capitalised because it opens the line.
		return false
	}
	return true
}

// openingWords are ordinary words that a headline or a sentence may open
// with, capitalised; followed by a lower-case word they name nothing.
// (Inside a title-cased name they may: "Acme Financial Services".)
var openingWords = wordSet(`service services update updates system systems network networks statement message
information notification important urgent community customer customers patron patrons member members
student students parent parents employee employees staff policyholders residents clients shareholders investors
users subscribers donors guests passengers tenants citizens families teachers workers retirees veterans
cardholders account accounts holders
under within despite during following throughout across behind beyond among amongst between per without upon
unlike including regarding concerning toward towards through until unless whether although though whereas
nevertheless moreover furthermore separately additionally`)

// currencyCodes are ISO currency codes that an amount may open with.
var currencyCodes = wordSet(`USD EUR GBP SEK NOK DKK ISK CHF JPY AUD CAD NZD INR CNY RMB HKD SGD KRW BRL ZAR PLN CZK HUF MXN TRY
AED SAR ILS THB MYR IDR PHP VND TWD RON BGN`)

// startsClause reports whether token i follows a sentence-internal break
// such as a colon or an opening quote, where ordinary words are capitalised.
func startsClause(toks []enToken, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].text {
	case ":", "\"", "(", "-", "—", "–", "|":
		return true
	}
	return false
}

// joinWords may stand inside a name between two capitalised words.
var joinWords = map[string]bool{"of": true, "&": true, "de": true, "and": false, "for": true, "du": true, "la": true}

// englishNames finds the names of a tokenised sentence.
func englishNames(s string, toks []enToken, titleCase bool, brands map[string]bool) ([]enName, []int) {
	var names []enName
	owner := make([]int, len(toks)) // token index → name index, -1 for none
	for i := range owner {
		owner[i] = -1
	}
	for i := 0; i < len(toks); {
		if brands[toks[i].text] {
			owner[i] = len(names)
			names = append(names, enName{text: toks[i].text, start: toks[i].start, end: toks[i].end})
			i++
			continue
		}
		if !nameWord(toks, i, titleCase) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if strings.ContainsRune(s[toks[j-1].end:toks[j].start], '\t') {
				// "Type⇥Value": a table's cells, each a field of its own.
				break
			}
			if shoutedName(toks[i:j]) && legalWord(toks[j-1].text) && strings.ContainsFunc(toks[j].text, unicode.IsLower) {
				// "GRANMOOR INSTRUMENTS, INC. Date: March 4": a name
				// written in capitals ends with its legal form (not
				// "ASSA ABLOY Opening Solutions", capitals and all).
				break
			}
			if !titleCase && postBeforePerson(toks, j, titleCase) {
				// "Juniper & Vale Chief Executive Nadia Ferreira": the
				// organisation ends where its officer's post begins.
				break
			}
			if nameWord(toks, j, titleCase) || continuation[strings.ToLower(toks[j].text)] && !commonWords[strings.ToLower(toks[j].text)] {
				j++
				continue
			}
			if joinWords[toks[j].text] && j+1 < len(toks) && nameWord(toks, j+1, titleCase) && j+1-i < 6 {
				j += 2
				continue
			}
			if titleCase && j > i && strings.HasSuffix(toks[j-1].text, "'s") && len(toks[j-1].text) > 2 {
				// A possessive joined into its name ("Odran's", see
				// joinPossessives) in a title-cased headline.
				if e := institutionAhead(toks, j-1, titleCase); e > j {
					j = e
					continue
				}
			}
			if e := pluralPossessiveInside(toks, i, j, titleCase); e > 0 {
				j = e
				continue
			}
			if e := possessiveInside(toks, j, titleCase); e > 0 {
				if titleCase {
					j = e
				} else {
					j++
				}
				continue
			}
			// Kurogane Seiki (Thailand) Co., Ltd.: a subsidiary's
			// country in brackets before its legal form.
			if toks[j].text == "(" && j+3 < len(toks) && toks[j+2].text == ")" && capitalised(toks[j+1].text) && legalWord(toks[j+3].text) {
				j += 3
				continue
			}
			// Acme Co., Ltd. and Globex, Inc. keep their legal forms.
			if toks[j].text == "," && j+1 < len(toks) && legalSuffixes[strings.ToLower(toks[j+1].text)] && capitalised(toks[j+1].text) {
				j += 2
				continue
			}
			break
		}
		for j-i > 1 && continuation[strings.ToLower(toks[i].text)] && neverAlone[strings.ToLower(toks[i].text)] && !joinWords[toks[i+1].text] {
			i++
		}
		if i > 0 && addressWords[strings.ToLower(toks[i-1].text)] {
			// "Letter to KRUSD Families and Staff", "Dear Brindle
			// Members": the people addressed, after their body's name.
			for j-i > 1 && (audienceWords[strings.ToLower(toks[j-1].text)] || strings.EqualFold(toks[j-1].text, "and") || toks[j-1].text == "&") {
				j--
			}
		}
		if n := trimName(s, toks[i:j]); n.text != "" {
			k := len(names)
			names = append(names, n)
			for t := i; t < j; t++ {
				if toks[t].start >= n.start && toks[t].end <= n.end {
					owner[t] = k
				}
			}
		}
		i = j
	}
	return names, owner
}

// addressWords come before the people a letter is addressed to.
var addressWords = wordSet(`to dear for attention`)

// audienceWords are the people an organisation writes to.
var audienceWords = wordSet(`families family staff parents students customers members patients employees community
residents clients users subscribers donors guests shareholders investors policyholders colleagues patrons
cardholders alumni supporters volunteers`)

// postWords open an officer's post written in capitals before the
// officer's name.
var postWords = wordSet(`chief president chairman chairwoman chairperson spokesperson spokesman spokeswoman founder co-founder ceo`)

// shoutedName reports a run of two words or more written in capitals, one
// of them a word of five letters or more (GRANMOOR INSTRUMENTS), not a
// run of acronyms (JBS USA).
func shoutedName(run []enToken) bool {
	words, long := 0, false
	for _, t := range run {
		if strings.ContainsFunc(t.text, unicode.IsLower) {
			return false
		}
		n := 0
		for _, r := range t.text {
			if unicode.IsUpper(r) {
				n++
			}
		}
		if n > 0 {
			words++
		}
		long = long || n >= 5
	}
	return words >= 2 && long
}

// postBeforePerson reports a post written in capitals at token j with a
// person's name of two or three capitalised words after it: "Chief
// Executive Nadia Ferreira", "President Ana Lu".
func postBeforePerson(toks []enToken, j int, titleCase bool) bool {
	if !postWords[strings.ToLower(toks[j].text)] || !capitalised(toks[j].text) {
		return false
	}
	k := j + 1
	for k < len(toks) && k-j <= 4 && capitalised(toks[k].text) && (jobNouns[strings.ToLower(toks[k].text)] || postQualifiers[strings.ToLower(toks[k].text)]) {
		k++
	}
	n := 0
	for k+n < len(toks) && n < 4 && nameWord(toks, k+n, titleCase) {
		n++
	}
	return n >= 2 && n <= 3
}

// postQualifiers stand between a post's first word and its noun: "Chief
// Financial Officer", "Chief Executive".
var postQualifiers = wordSet(`executive financial operating information technology security privacy marketing medical nursing legal compliance risk digital data revenue people commercial product customer operations officer`)

// legalWord reports a legal form's word, with or without its dot.
func legalWord(w string) bool {
	l := strings.ToLower(w)
	return legalSuffixes[l] || legalSuffixes[strings.TrimSuffix(l, ".")]
}

// filingHeadings are the headings of SEC filings, which a cover page may
// run into the registrant's name on one line.
var filingHeadings = map[string]bool{"current report": true, "annual report": true, "quarterly report": true, "transition report": true}

// trimName drops leading sentence words ("Yesterday Toyota") and rejects
// runs that are not organisation names (a lone nationality, a month).
func trimName(s string, toks []enToken) enName {
	for len(toks) > 0 && (leadingWords[strings.ToLower(toks[0].text)] || joinWords[toks[0].text] || placeAdjective(toks[0].text)) {
		toks = toks[1:]
	}
	if len(toks) > 2 && filingHeadings[strings.ToLower(toks[0].text+" "+toks[1].text)] {
		// "CURRENT REPORT TIDEWELL BANCORP, INC.": a filing's heading
		// run on into the registrant's name.
		toks = toks[2:]
	}
	for len(toks) > 0 && joinWords[toks[len(toks)-1].text] {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return enName{}
	}
	if len(toks) == 1 && (nationalities[strings.ToLower(toks[0].text)] || neverAlone[strings.ToLower(toks[0].text)]) {
		return enName{}
	}
	punct := 0
	for _, t := range toks {
		if t.text == "(" || t.text == ")" || t.text == "," {
			punct++ // brackets and a comma before a legal form are no words
		}
	}
	if len(toks)-punct > 7 {
		return enName{}
	}
	// "a London council": a place and common words name no one body.
	placeOnly := true
	for _, t := range toks {
		if lt := strings.ToLower(t.text); capitalised(t.text) && !nationalities[lt] {
			placeOnly = false
		}
	}
	if placeOnly {
		return enName{}
	}
	start, end := toks[0].start, toks[len(toks)-1].end
	return enName{text: s[start:end], start: start, end: end}
}

// nameFitter returns the part of a name run the rest of the article
// writes as a name, or "" to keep the run; first says the run opens its
// sentence (or stands in a title-cased headline), where capitals say
// nothing.
type nameFitter func(name string, first, titleCase bool) string

// dropName is what a nameFitter returns for a run that names no one.
const dropName = "\x00"

// tokenSentence is a sentence tokenised with its name runs found, before
// the runs are fitted to the rest of the article and the shape is built.
type tokenSentence struct {
	sn        sentence
	toks      []enToken
	names     []enName
	owner     []int
	titleCase bool
}

// tokenizeSentence tokenises a sentence and finds its name runs, keeping
// the article's recurring "Y's Nexus" names whole and reading its
// lower-case brands as names.
func tokenizeSentence(sn sentence, joins, brands map[string]bool) tokenSentence {
	toks := joinPossessives(sn.text, tokenizeEnglish(sn.text), joins)
	titleCase := (sn.title || headlineLine(sn.text, toks)) && titleCased(toks)
	names, owner := englishNames(sn.text, toks, titleCase, brands)
	return tokenSentence{sn: sn, toks: toks, names: names, owner: owner, titleCase: titleCase}
}

// shaped cuts each name run by fit (when not nil) — "Brambleton
// Outfitters Provides" in a title-cased headline is Brambleton Outfitters
// when the body writes that name — and builds the sentence's shape.
func (ts tokenSentence) shaped(fit nameFitter) enSentence {
	toks, names, owner := ts.toks, ts.names, ts.owner
	if fit != nil {
		fitNames(ts.sn.text, toks, names, owner, ts.titleCase, fit)
	}
	var b strings.Builder
	last := -1
	for i, t := range toks {
		if owner[i] >= 0 {
			if owner[i] != last {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString("N" + strconv.Itoa(owner[i]))
			}
			last = owner[i]
			continue
		}
		last = -1
		if t.text == "'" && i > 0 && owner[i-1] >= 0 && strings.HasSuffix(toks[i-1].text, "s") {
			b.WriteString(" 's")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(t.text))
	}
	return enSentence{sentence: ts.sn, names: names, shape: b.String()}
}

// englishShapes tokenises an article's sentences (their form labels
// lowered and Japanese spellings noted in native) and fits each name run
// to the names the body writes (see bodyNameFitter).
func englishShapes(ss []sentence, joins, brands map[string]bool, native map[string]string) []enSentence {
	ts := make([]tokenSentence, len(ss))
	body := map[string]int{}
	var text strings.Builder
	capsNames := capitalisedWords(ss)
	for i, s := range ss {
		s.text = lowerShouting(s.text, capsNames)
		s.text = lowerFormLabels(s.text)
		s.text = nativeSpellings(s.text, native)
		ts[i] = tokenizeSentence(s, joins, brands)
		text.WriteString(s.text)
		text.WriteByte('\n')
		if s.title || ts[i].titleCase {
			// A headline, or a title-cased line read as one, is fitted
			// to the names the rest of the text writes.
			continue
		}
		seen := map[string]bool{}
		for _, n := range ts[i].names {
			if !seen[n.text] {
				seen[n.text] = true
				body[n.text]++
			}
		}
	}
	fit := bodyNameFitter(body, lowerCaseWords(text.String()))
	es := make([]enSentence, len(ss))
	for i := range ts {
		es[i] = ts[i].shaped(fit)
		es[i].shape = withoutPlaceAfterName(es[i].shape)
	}
	return es
}

// placeAfterNameRe finds a place written between a name and its verb: "N0
// in ohio has confirmed", "N0 of london said".
var placeAfterNameRe = regexp.MustCompile(`(N\d+ )(?:, )?(?:in|of|from|based in) ((?:[a-z.\-']+ ){1,3}?)(?:, )?(has|have|had|said|says|is|was|were|confirmed|confirms|announced|announces|disclosed|discloses|reported|reports|admitted|admits|began|told|notified|is notifying|has begun)\b`)

// countryRegionAfterNameRe finds a country's region written between a
// name and its verb: "N0 in japan 's N1 said".
var countryRegionAfterNameRe = regexp.MustCompile(`(N\d+ )(?:, )?(?:in|of|from|based in) ([a-z]+) 's N\d+ (?:, )?(has|have|had|said|says|is|was|were|confirmed|confirms|announced|announces|disclosed|discloses|reported|reports|admitted|admits|began|told|notified|is notifying|has begun)\b`)

// withoutPlaceAfterName drops such a place from a sentence's shape, so
// that the name meets its verb as the cues read it; a place is a word of
// enPlaces or nationalities (a state, a country, a city they know).
func withoutPlaceAfterName(shape string) string {
	if !strings.Contains(shape, " in ") && !strings.Contains(shape, " of ") && !strings.Contains(shape, " from ") {
		return shape
	}
	shape = countryRegionAfterNameRe.ReplaceAllStringFunc(shape, func(m string) string {
		// "N0 in japan 's N1 said": a region of a country the text
		// names, between the name and its verb.
		sub := countryRegionAfterNameRe.FindStringSubmatch(m)
		if !enPlaces[sub[2]] && !nationalities[sub[2]] {
			return m
		}
		return sub[1] + sub[3]
	})
	return placeAfterNameRe.ReplaceAllStringFunc(shape, func(m string) string {
		sub := placeAfterNameRe.FindStringSubmatch(m)
		for _, w := range strings.Fields(sub[2]) {
			w = strings.Trim(w, ".,'")
			if !enPlaces[w] && !nationalities[w] && !placeAbbrevs[w] {
				return m
			}
		}
		return sub[1] + sub[3]
	})
}

// lowerOpeningRe finds a word written wholly in lower case opening a
// sentence, as some brands are written.
var lowerOpeningRe = regexp.MustCompile(`(?:^|[a-z0-9)]{2}[.!?]["”’]?\s+)([a-z][a-z0-9]{3,})\b`)

// lowercaseBrands returns the brands an article writes in lower case
// ("zentrio confirmed…"): English capitalises the first word of every
// sentence, so a lower-case word opening one is a name styled that way.
// The word must recur, stand in the headline and never be capitalised in
// the body; a sentence after an abbreviation ("U.S. officials") is not
// taken for one.
func lowercaseBrands(ss []sentence) map[string]bool {
	var out map[string]bool
	title := ""
	for _, s := range ss {
		if s.title {
			title += " " + s.text
		}
	}
	for _, s := range ss {
		if s.title {
			continue
		}
		for _, m := range lowerOpeningRe.FindAllStringSubmatch(s.text, -1) {
			w := m[1]
			if commonWords[w] || out[w] || !regexp.MustCompile(`\b`+w+`\b`).MatchString(title) {
				continue
			}
			seen, capped := 0, false
			wordRe := regexp.MustCompile(`(?i)\b` + w + `\b`)
			for _, o := range ss {
				for _, f := range wordRe.FindAllString(o.text, -1) {
					if f == w {
						seen++
					} else if !o.title {
						capped = true
					}
				}
			}
			if seen >= 2 && !capped {
				if out == nil {
					out = map[string]bool{}
				}
				out[w] = true
			}
		}
	}
	return out
}

// placeAdjective reports a word such as Texas-based or London-headquartered
// that says where an organisation is, before its name.
func placeAdjective(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "-based") || strings.HasSuffix(lw, "-headquartered") || strings.HasSuffix(lw, "-owned") || strings.HasSuffix(lw, "-listed")
}

// enPossNameRe finds "Y's Nexus": a possessive that may be part of a name.
var enPossNameRe = regexp.MustCompile(`\b([A-Z][A-Za-z0-9&\-]{0,20})['’]s ([A-Z][A-Za-z0-9&\-]+)`)

// recurringPossessives returns the "Y's Nexus" shapes an article writes at
// least twice: a name with an apostrophe inside, not a possessive in
// passing ("Acme's servers" recurs in lower case only).
func recurringPossessives(ss []sentence) map[string]bool {
	count := map[string]int{}
	for _, s := range ss {
		for _, m := range enPossNameRe.FindAllStringSubmatch(s.text, -1) {
			count[m[1]+"'s "+m[2]]++
		}
	}
	out := map[string]bool{}
	for k, n := range count {
		if n >= 2 {
			out[k] = true
		}
	}
	return out
}

// joinPossessives joins "Y" and "'s" into one token where the text's
// recurring "Y's Nexus" follows.
func joinPossessives(s string, toks []enToken, joins map[string]bool) []enToken {
	if len(joins) == 0 {
		return toks
	}
	out := make([]enToken, 0, len(toks))
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if k+2 < len(toks) && toks[k+1].text == "'s" && t.end == toks[k+1].start && joins[t.text+"'s "+toks[k+2].text] {
			out = append(out, enToken{s[t.start:toks[k+1].end], t.start, toks[k+1].end})
			k++
			continue
		}
		out = append(out, t)
	}
	return out
}

// fitNames cuts each name run to the part fit chooses, giving the words
// cut off back to the sentence.
func fitNames(text string, toks []enToken, names []enName, owner []int, titleCase bool, fit nameFitter) {
	for k := range names {
		lo, hi := -1, -1
		for t := range toks {
			if owner[t] == k {
				if lo < 0 {
					lo = t
				}
				hi = t + 1
			}
		}
		if lo < 0 {
			continue
		}
		first := titleCase || startsClause(toks, lo) || lo > 0 && leadingWords[strings.ToLower(toks[lo-1].text)] && startsClause(toks, lo-1)
		want := fit(names[k].text, first, titleCase)
		if want == "" || want == names[k].text {
			continue
		}
		if want == dropName {
			for t := lo; t < hi; t++ {
				owner[t] = -1
			}
			names[k] = enName{}
			continue
		}
		a, b := -1, -1
		for i := lo; i < hi && a < 0; i++ {
			for j := hi; j > i; j-- {
				if text[toks[i].start:toks[j-1].end] == want {
					a, b = i, j
					break
				}
			}
		}
		if a < 0 {
			continue
		}
		for t := lo; t < hi; t++ {
			if t < a || t >= b {
				owner[t] = -1
			}
		}
		names[k] = enName{text: want, start: toks[a].start, end: toks[b-1].end}
	}
}

// bodyNameFitter returns a nameFitter over the names the body's
// sentences write, counted by sentence, and the words the article writes
// in lower case.
//
// In a title-cased headline a run may take in the verb after a name:
// "Brambleton Outfitters Provides Notice" is cut to the longest opening
// the body writes as a name or as a name's first words, unless the word
// cut off is one that ends organisations' names (Services, Group) or
// documents' (Alert, Notice).
//
// A run opening a sentence may take in a common word capitalised there:
// "Guests of Valtessa Hotels" is cut to the closing part the body writes
// as a name when the article writes every word cut off in lower case
// elsewhere and writes the whole run nowhere else.
func bodyNameFitter(body map[string]int, lower map[string]bool) nameFitter {
	known := func(part string) bool {
		if body[part] > 0 {
			return true
		}
		for n := range body {
			if strings.HasPrefix(n, part+" ") {
				return true
			}
		}
		return false
	}
	return func(name string, first, titleCase bool) string {
		words := strings.Fields(name)
		if titleCase && len(body) > 0 && body[name] == 0 && !anyWordNamed(words, body) {
			// "Confirms Theft of Support Profiles": a title-cased
			// headline's words that the body never writes in a name
			// are no name.
			return dropName
		}
		if titleCase && body[name] == 0 && allWordsLower(words, lower) {
			// "Leak-Site Postings Hit Record…" over "data leak site
			// postings": a title-cased headline's run whose every word
			// the body writes in lower case is no name.
			return dropName
		}
		if first && len(words) == 1 && body[name] == 0 && onlyInsideNames(name, body) {
			// "Dairy co-op hit by ransomware" over "Westvale Dairy
			// Co-op": a capitalised opening word the body writes only
			// inside a longer name is a common noun.
			return dropName
		}
		if first && !titleCase && len(words) == 1 && body[name] <= 1 && lower[strings.ToLower(name)] {
			// "FERNBROOK — Property records … residents can pay
			// property taxes": a word capitalised only where it opens
			// a sentence or clause, written in lower case elsewhere, is
			// an ordinary word.
			return dropName
		}
		if !first || len(words) < 2 || body[name] > 1 {
			return ""
		}
		if body[name] == 0 && !known(name) {
			// A run the body writes as the start of a longer name
			// ("St. Odran's" of "St. Odran's Regional Medical Center")
			// is cut no further.
			for k := len(words) - 1; k >= 1; k-- {
				tail := strings.ToLower(strings.Trim(words[k], ".,"))
				if orgWords[tail] || headNouns[tail] || legalSuffixes[tail] || groupSuffixes[tail] || enDocumentWords[tail] {
					// "Northwind Pension Services", "HC3 Sector Alert":
					// the run is a name, or a document's title.
					break
				}
				if part := strings.Join(words[:k], " "); !joinWords[words[k-1]] && known(part) {
					return part
				}
			}
		}
		if len(words) > 2 && words[1] == "of" && institutionHeads[strings.ToLower(words[0])] {
			// "The University of Pennock", "City of Wexbury": an
			// institution named after its place, the kind and all.
			return ""
		}
		for k := 1; k < len(words); k++ {
			// (A kind of business the body writes otherwise is cut
			// too: "Garden Centre Chain Pennycress & Hale" over "garden
			// centre retailer Pennycress & Hale".)
			if w := words[k-1]; !joinWords[w] && !lower[strings.ToLower(w)] && !(k == 1 && body[name] == 0 && tradeNounRe.MatchString(w)) && !(k > 1 && titleCase && body[name] == 0 && enKindNouns[strings.ToLower(w)]) && !(body[name] == 0 && enCasedKinds[w]) {
				break
			}
			if joinWords[words[k]] {
				continue
			}
			// The closing part may be written whole only here, its
			// first word alone elsewhere ("Valtessa, which operates").
			if part := strings.Join(words[k:], " "); known(part) || len(words)-k > 1 && body[words[k]] > 0 {
				return part
			}
		}
		return ""
	}
}

// enCasedKinds are kinds of business written with capitals in any
// headline: "Payroll SaaS Quillmetric", "MSP Northgate", "HR software firm …".
var enCasedKinds = wordSet(`SaaS IT HR FinTech EdTech HealthTech InsurTech PropTech AdTech MedTech MSP MSSP CRM ERP ISP EHR HRIS RMM POS CDN MDM`)

// allWordsLower reports whether the text writes every word of a run, and
// every part of a hyphenated one, in lower case.
func allWordsLower(words []string, lower map[string]bool) bool {
	for _, w := range words {
		for _, part := range strings.Split(strings.ToLower(strings.Trim(w, ".,'")), "-") {
			if part != "" && !lower[part] {
				return false
			}
		}
	}
	return len(words) > 0
}

// tradeNounRe finds a noun of trade a headline puts before a name:
// "Trucker Kettleby", "Insurer Halden", "Chipmaker Orvex".
var tradeNounRe = regexp.MustCompile(`^(?:[A-Z][a-z]+(?:er|or|maker|ist|ian)|Insurer|Retailer|Grocer|Lender|Airline|Carrier|Bank|Brewer|Miner|Hospital|Telco|Automaker|Carmaker|Drugmaker|Chipmaker|Startup|Start-up|Fintech)$`)

// lowerCaseWords returns the words a text writes in lower case.
func lowerCaseWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w != "" && unicode.IsLower([]rune(w)[0]) {
			out[w] = true
		}
	}
	return out
}

// anyWordNamed reports whether the body writes one of words, legal forms
// and joining words aside, inside some name.
func anyWordNamed(words []string, body map[string]int) bool {
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if joinWords[w] || legalSuffixes[lw] || commonWords[lw] {
			continue
		}
		for n := range body {
			for _, bw := range strings.Fields(n) {
				if strings.EqualFold(strings.Trim(bw, ".,"), strings.Trim(w, ".,")) {
					return true
				}
			}
		}
	}
	return false
}

// onlyInsideNames reports whether the body writes word inside some name
// but never as a name's first word.
func onlyInsideNames(word string, body map[string]int) bool {
	inside := false
	for n := range body {
		f := strings.Fields(n)
		if f[0] == word {
			return false
		}
		for _, w := range f[1:] {
			if w == word {
				inside = true
			}
		}
	}
	return inside
}

// shoutingMin is the fewest words of a sentence in capitals read as
// shouting rather than as a run of acronyms.
const shoutingMin = 4

// capitalisedWords returns the words, lower-cased, that the article
// writes with a capital outside sentences in capitals: the names it uses.
func capitalisedWords(ss []sentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range ss {
		if shouting(s.text) {
			continue
		}
		for _, w := range strings.Fields(s.text) {
			w = strings.Trim(w, `.,;:!?"'()[]`)
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				out[strings.ToLower(w)] = true
			}
		}
	}
	return out
}

// shouting reports a sentence written in capitals, as wire briefs write
// their bullets ("* SAYS INFORMATION ON 12,480 PEOPLE MAY HAVE LEAKED").
func shouting(text string) bool {
	letters, upper, words, small := 0, 0, 0, 0
	for _, w := range strings.Fields(text) {
		if shoutedSmallWords[strings.ToLower(w)] {
			small++
		}
		hasLetter := false
		for _, r := range w {
			if unicode.IsLetter(r) && r < 0x3000 {
				letters++
				hasLetter = true
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if hasLetter {
			words++
		}
	}
	// A letterhead in capitals ("FAIRHAVEN ORTHOPAEDIC PARTNERS, LLC")
	// is a name; a shouted sentence has its small words.
	return words >= shoutingMin && upper*10 >= letters*9 && small >= 2
}

// shoutedSmallWords are words a sentence has and a name rarely does.
var shoutedSmallWords = wordSet(`the of to in on for from and may have has had was were is are says said with by at after into that it its`)

// lowerShouting lower-cases a sentence written in capitals, but for the
// words the article writes as names elsewhere, so that its capitals are
// not read as one long name.
func lowerShouting(text string, names map[string]bool) string {
	if !shouting(text) {
		return text
	}
	words := strings.Fields(text)
	for i, w := range words {
		if !names[strings.ToLower(strings.Trim(w, `.,;:!?"'()[]`))] {
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}
