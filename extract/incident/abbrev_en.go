package incident

import (
	"regexp"
	"strings"
	"unicode"
)

// enDefinedRe finds a name defining its short form in brackets: Toyota
// Motor Vietnam Co., Ltd. (TMV), Halverson Health Partners ("Halverson").
var enDefinedRe = regexp.MustCompile(`(N\d+) \( (?:" )?(?:the )?(N\d+) (?:" )?\)`)

// enUnitRe finds a separately branded unit named as the parent's own:
// "UnitedHealth ... its Change Healthcare subsidiary".
var enUnitRe = regexp.MustCompile(`(N\d+)\b[^.;]*?\bits (N\d+) (?:subsidiary|unit|division|business|arm|affiliate|platform)\b|(N\d+) , (?:which|that) owns (N\d+)\b|(N\d+) (?:[a-z]+ ){0,2}?(?:confirms|confirmed|announces|announced|reports|reported|says|said|discloses|disclosed) (?:that )?its (?:[a-z\-]+ ){0,2}?(?:subsidiary|unit|division|business|arm|affiliate)(?: ,)? (N\d+) (?:has|had|was|is)\b`)

// enSpeaksForRe finds an organisation confirming another's breach, as a
// parent does for its brand: "Live Nation confirms Ticketmaster breach".
var enSpeaksForRe = regexp.MustCompile(`(N\d+) (?:has |have |had )?(?:confirms|confirmed|discloses|disclosed|says|said|reports|reported|admits|admitted|acknowledges|acknowledged|investigates|investigating) (?:a |an |the )?(N\d+) (?:'s )?(?:[a-z\-]+ )?(?:breach|hack|attack|cyberattack|incident|leak|compromise|intrusion)\b`)

// definedCompanyRe finds a filing's or a release's definition of "the
// Company": Corvane Systems, Inc. (NASDAQ: CRVN) ("Corvane" or the
// "Company").
var definedCompanyRe = regexp.MustCompile(`([A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|and|for))*?)(?:,? (?:Inc|Corp|Corporation|LLC|Ltd|Limited|plc|Co|Holdings)\.?)? (?:\([^()]{0,40}\) )?\([^()]{0,60}?(?:the )?["“]Company["”]\)`)

// theCompanyRe finds the defined term in use.
var theCompanyRe = regexp.MustCompile(`\b[Tt]he Company\b`)

// definedCompany writes the name a text defines as "the Company" wherever
// the text uses the term, so that "the Company detected unauthorized
// activity" has its subject.
func definedCompany(text string) string {
	name := definedCompanyName(text)
	if name == "" {
		return text
	}
	return theCompanyRe.ReplaceAllStringFunc(text, func(string) string { return name })
}

// definedCompanyName returns the name a text defines as "the Company",
// or "".
func definedCompanyName(text string) string {
	m := definedCompanyRe.FindStringSubmatch(text[:min(len(text), 4000)])
	if m == nil || len(strings.Fields(m[1])) > 6 {
		return ""
	}
	return m[1]
}

// shortForms maps the lower-cased short forms an article uses (a bracketed
// definition, or an initialism of a name given earlier) to the full name.
func shortForms(es []enSentence) map[string]string {
	out := map[string]string{}
	var full, short []string
	for _, s := range es {
		for _, m := range enDefinedRe.FindAllStringSubmatch(s.shape, -1) {
			long, short := s.nameAt(m[1]), s.nameAt(m[2])
			if long != "" && short != "" && len(strings.Fields(short)) == 1 && !strings.EqualFold(long, short) {
				out[strings.ToLower(short)] = long
			}
		}
		for _, n := range s.names {
			w := stripLegalEnglish(n.text)
			if isInitialism(w) {
				short = append(short, w)
			}
			if len(strings.Fields(w)) > 1 {
				full = append(full, w)
			}
		}
	}
	// An initialism stands for a name the text gives in full, before or
	// after it: a headline's "DfS" for the body's Department for Schools.
	for _, w := range short {
		if _, ok := out[strings.ToLower(w)]; ok {
			continue
		}
		for _, f := range full {
			if initials(f) == w || w != strings.ToUpper(w) && wordInitials(f) == w {
				out[strings.ToLower(w)] = f
				break
			}
		}
	}
	return out
}

// wordInitials returns the first letter of every word of a name as
// written, joining words included: Department for Schools → DfS.
func wordInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(stripLegalEnglish(name)) {
		b.WriteString(w[:1])
	}
	return b.String()
}

// nameAt returns the text of the name a placeholder such as "N3" stands for.
func (s enSentence) nameAt(ref string) string {
	ks := nameIndexes(ref)
	if len(ks) != 1 || ks[0] >= len(s.names) {
		return ""
	}
	return s.names[ks[0]].text
}

// isInitialism reports a word of two to five letters, capitals but for
// lower-case joining words' letters: TMV, NHS, TfL, DfE.
func isInitialism(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	upper := 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case i == 0 || !unicode.IsLower(r):
			return false
		}
	}
	return upper >= 2 && upper >= len(w)-1
}

// initials returns the capital initials of a name's words, legal forms
// and joining words left out: Toyota Motor Vietnam → TMV.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(stripLegalEnglish(name)) {
		if joinWords[strings.ToLower(w)] || w == "&" {
			continue
		}
		r := rune(w[0])
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// brandedUnits returns, for each parent mention, the separately branded
// unit the text names as its own ("its Change Healthcare subsidiary").
func brandedUnits(es []enSentence) map[string]string {
	out := map[string]string{}
	for _, s := range es {
		for _, m := range enUnitRe.FindAllStringSubmatch(s.shape, -1) {
			parent, unit := s.nameAt(m[1]), s.nameAt(m[2])
			if m[3] != "" {
				parent, unit = s.nameAt(m[3]), s.nameAt(m[4])
			}
			if m[5] != "" {
				// "Kestrelmoor Holdings plc confirms that its subsidiary
				// Auberline Hotels Limited has identified…".
				parent, unit = s.nameAt(m[5]), s.nameAt(m[6])
			}
			addBrand(out, parent, unit)
		}
		for _, m := range enSpeaksForRe.FindAllStringSubmatch(s.shape, -1) {
			addBrand(out, s.nameAt(m[1]), s.nameAt(m[2]))
		}
	}
	return out
}

// addBrand records unit as a separately branded unit of parent, unless it
// carries the parent's name (then it goes under the parent).
func addBrand(out map[string]string, parent, unit string) {
	if parent == "" || unit == "" {
		return
	}
	if first := strings.Fields(parent)[0]; strings.HasPrefix(strings.ToLower(unit), strings.ToLower(first)) {
		return
	}
	out[parent] = unit
}

// enArmOfRe finds a unit described as a part of its parent: "Marrow
// Freight, the shipping arm of engineering group Marrow Holdings",
// "Kanetsugu Foods USA, Inc. is the American subsidiary of Kanetsugu Co.".
var enArmOfRe = regexp.MustCompile(`(N\d+) (?:, |(?:is|was|, which is) )(?:the|a|an|its) (?:[a-z\-]+ ){0,2}(?:arm|unit|division|subsidiary|affiliate|business) of (?:[a-z\-]+ ){0,4}?(N\d+)`)

// parentsByUnit maps the lower-cased units an article describes as parts
// of a parent whose name they carry to that parent: the coverage is about
// the parent's breach. A unit under a brand of its own is left to
// brandedUnits.
func parentsByUnit(es []enSentence) map[string]string {
	out := map[string]string{}
	for _, s := range es {
		for _, m := range enArmOfRe.FindAllStringSubmatch(s.shape, -1) {
			unit, parent := s.nameAt(m[1]), s.nameAt(m[2])
			if unit == "" || parent == "" || strings.EqualFold(unit, parent) {
				continue
			}
			if first := strings.Fields(parent)[0]; strings.EqualFold(strings.Fields(unit)[0], first) {
				out[strings.ToLower(stripLegalEnglish(unit))] = parent
			}
		}
	}
	return out
}

// municipalityRe finds a municipality written with its kind in lower
// case, as local news writes it ("the city of Oakvale"), and the word
// before it.
var municipalityRe = regexp.MustCompile(`(\b\w+ )?\b([Tt]he )(city|town|village|borough|township) of ((?:[A-Z][a-z]+|[A-Z]\.)(?: [A-Z][a-z]+)?)\b`)

// locativeWords place what follows them ("offices in the city of
// Oakvale"): there the municipality is a place, not an organisation.
var locativeWords = wordSet(`in near outside from across around within into throughout to of for beyond north south east west nearby neighbouring neighboring`)

// municipalNames writes "the city of Oakvale" as the body's name, "the City
// of Oakvale", where the text speaks of the municipality and not of a
// place (not after "in", "near", "from"…), so that the name reads as one
// organisation's, as its own notices write it.
func municipalNames(text string) string {
	if !strings.Contains(text, "ity of ") && !strings.Contains(text, "own of ") && !strings.Contains(text, "illage of ") && !strings.Contains(text, "orough of ") && !strings.Contains(text, "ownship of ") {
		return text
	}
	return municipalityRe.ReplaceAllStringFunc(text, func(m string) string {
		s := municipalityRe.FindStringSubmatch(m)
		if s[1] != "" && locativeWords[strings.ToLower(strings.TrimSpace(s[1]))] {
			return m
		}
		kind := strings.ToUpper(s[3][:1]) + s[3][1:]
		return s[1] + s[2] + kind + " of " + s[4]
	})
}
