package merge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// englishPlaces returns the codes of the places in s that are attached to
// the victim: a unit named after a place ("Tokyo sales subsidiaries", "its
// Australian arm", "dealerships in Tokyo") or the victim's name followed by
// a place ("Toyota Vietnam", "Toyota Motor Vietnam", "Toyota's Tokyo").
// Places that only say where the victim comes from ("Japan's Toyota",
// "the Japanese carmaker") or who was affected ("users in the US") do not
// count: every report of every incident of that victim says them.
func englishPlaces(s string, vc victimContext) []string {
	toks := tokens(s)
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t)
	}
	var ms []placeMatch
	for i := 0; i < len(toks); i++ {
		for _, cand := range append(placesByWord[lower[i]], placesByWord[toks[i]]...) {
			n := len(cand.words)
			if i+n > len(toks) || !matchWords(cand, toks[i:i+n], lower[i:i+n]) {
				continue
			}
			ms = append(ms, placeMatch{cand.code, i, i + n, attached(lower, i, n, cand.demonym, vc.words)})
			i += n - 1
			break
		}
	}
	coordinate(ms, lower)
	var codes []string
	for _, m := range ms {
		if m.attached {
			codes = append(codes, m.code)
		}
	}
	return codes
}

// placeMatch is a place named at tokens [start, end) of a text.
type placeMatch struct {
	code       string
	start, end int
	attached   bool
}

// coordinate attaches a place coordinated with an attached one, as they
// share its unit: "its Australian and New Zealand business", "Australia &
// New Zealand arm".
func coordinate(ms []placeMatch, lower []string) {
	for k := len(ms) - 2; k >= 0; k-- {
		next := ms[k+1]
		gap := next.start - ms[k].end
		and := gap == 1 && (lower[ms[k].end] == "and" || lower[ms[k].end] == "or")
		if !ms[k].attached && next.attached && (gap == 0 || and) {
			ms[k].attached = true
		}
	}
}

// matchWords reports whether the tokens spell the place name.
func matchWords(p placeName, toks, lower []string) bool {
	for j, w := range p.words {
		if p.caseOnly && toks[j] != w || !p.caseOnly && lower[j] != w {
			return false
		}
	}
	return true
}

// attached reports whether the place at lower[i:i+n] names a unit of the
// victim (see englishPlaces).
func attached(lower []string, i, n int, demonym bool, victimWords map[string]bool) bool {
	for j := i + n; j < i+n+2 && j < len(lower); j++ {
		if unitWords[lower[j]] {
			return true
		}
	}
	if demonym {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if victimWords[lower[j]] {
			return true
		}
		if lower[j] != "s" && !legalWords[lower[j]] {
			break
		}
	}
	for j := i - 1; j >= 1 && j >= i-2; j-- {
		if (lower[j] == "in" || lower[j] == "at") && unitWords[lower[j-1]] {
			return true
		}
		if lower[j] != "the" {
			break
		}
	}
	return false
}

// japanesePlaces returns the codes of the places in Japanese text s (NFKC,
// lowercase) attached to the victim, as englishPlaces does: a place before
// a unit noun (ベトナム法人, 豪州の現地法人, 東京販売), right after the
// victim's name (トヨタのベトナム法人) or right before it (豪トヨタ).
func japanesePlaces(s string, vc victimContext) []string {
	spans := vc.spans(s)
	var codes []string
	for _, p := range gazetteer {
	names:
		for _, name := range p.ja {
			for _, at := range occurrences(s, name) {
				if jaAttached(s, at, at+len(name), spans) {
					codes = append(codes, p.code)
					break names
				}
			}
		}
	}
	return codes
}

// jaAttached reports whether the place at s[ps:pe] names a unit of the
// victim, whose mentions are spans.
func jaAttached(s string, ps, pe int, spans [][2]int) bool {
	after := strings.TrimPrefix(s[pe:], "の")
	for _, u := range jaUnitWords {
		if strings.HasPrefix(after, u) {
			return true
		}
	}
	// A place coordinated with an attached one shares its unit:
	// オーストラリアとニュージーランドの事業, 豪州・ベトナム法人.
	for _, conj := range jaPlaceConjunctions {
		if rest, ok := strings.CutPrefix(s[pe:], conj); ok && jaPlaceAttachedAt(s, len(s)-len(rest), spans) {
			return true
		}
	}
	for _, sp := range spans {
		if sp[0] == pe || sp[1] == ps {
			return true
		}
		if sp[1] < ps && (s[sp[1]:ps] == "の" || s[sp[1]:ps] == "・") {
			return true
		}
	}
	return false
}

// jaPlaceConjunctions join two places that share what follows them.
var jaPlaceConjunctions = []string{"と", "・", "、", "および", "及び", "や"}

// jaPlaceAttachedAt reports whether a place name starts at s[at:] and is
// attached to the victim.
func jaPlaceAttachedAt(s string, at int, spans [][2]int) bool {
	for _, p := range gazetteer {
		for _, name := range p.ja {
			if strings.HasPrefix(s[at:], name) && jaAttached(s, at, at+len(name), spans) {
				return true
			}
		}
	}
	return false
}

// occurrences returns the offsets of name in s; a katakana name must not be
// part of a longer katakana word (タイ in リアルタイム, インド in インドネシア).
func occurrences(s, name string) []int {
	first, _ := utf8.DecodeRuneInString(name)
	kata := isKatakana(first)
	var out []int
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], name)
		if i < 0 {
			break
		}
		i += off
		off = i + len(name)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(name):])
		if kata && (isKatakana(before) || isKatakana(after)) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// placesOf returns the place codes attached to the victim in s, sorted and
// distinct.
func placesOf(s string, vc victimContext) []string {
	codes := append(englishPlaces(s, vc), japanesePlaces(normalize(s), vc)...)
	slices.Sort(codes)
	return slices.Compact(codes)
}

// primaryPlaces are the places that tell one incident of a victim from
// another: those of the title if any, else of the lead. Later sentences
// often recap the victim's other incidents, which is also why Doc.Units
// (gathered from the whole text) are not read here.
func primaryPlaces(d Doc, vc victimContext, lead []string) []string {
	if head := placesOf(d.Title, vc); len(head) > 0 {
		return head
	}
	return placesOf(strings.Join(lead, "\n"), vc)
}

// victimContext is how a text may name the victims of a doc.
type victimContext struct {
	words map[string]bool // lowercase distinctive words of the names
	names []string        // the names, normalised
	keys  []string        // VictimKeys
}

func newVictimContext(d Doc) victimContext {
	vc := victimContext{words: map[string]bool{}, keys: nameKeys(d)}
	for _, v := range d.Victims {
		if n := normalize(strings.TrimSpace(v)); n != "" {
			vc.names = append(vc.names, n)
		}
		for _, w := range tokens(v) {
			if w = strings.ToLower(w); len(w) >= 3 && !legalWords[w] && !stopwords[w] {
				vc.words[w] = true
			}
		}
	}
	return vc
}

// spans returns where s (normalised) names a victim: the names as given,
// and runs of katakana or Latin letters whose reading starts with a victim
// key (トヨタ in トヨタ東京販売 for Toyota).
func (vc victimContext) spans(s string) [][2]int {
	var out [][2]int
	for _, n := range vc.names {
		out = append(out, nameSpans(s, n)...)
	}
	for _, run := range scriptRuns(s) {
		text := s[run[0]:run[1]]
		rr := runReading{squash(kanaReading(text)), text[0] >= utf8.RuneSelf} // kana only: the table is exact
		for _, k := range vc.keys {
			if rr.names(k) {
				out = append(out, run)
				break
			}
		}
	}
	return out
}

// nameSpans returns where s holds the name n, but not inside a longer Latin
// word (Toen in "toenail").
func nameSpans(s, n string) [][2]int {
	var out [][2]int
	for off := 0; off < len(s) && n != ""; {
		i := strings.Index(s[off:], n)
		if i < 0 {
			break
		}
		start, end := off+i, off+i+len(n)
		off = end
		if latinAt(s, start-1, n, 0) || latinAt(s, end, n, len(n)-1) {
			continue
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// containsName reports whether s holds the name n as nameSpans finds it.
func containsName(s, n string) bool { return len(nameSpans(s, n)) > 0 }

// latinAt reports whether s has a Latin letter or digit at byte i, where
// the name n has one at byte j too: the match then runs into a longer word.
func latinAt(s string, i int, n string, j int) bool {
	if i < 0 || i >= len(s) || j < 0 || j >= len(n) {
		return false
	}
	isLatin := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	return isLatin(s[i]) && isLatin(n[j])
}

// scriptRuns returns the byte ranges of runs of katakana and of runs of
// Latin letters and digits in s.
func scriptRuns(s string) [][2]int {
	var out [][2]int
	start, kind := -1, 0
	for i, r := range s {
		k := 0
		switch {
		case isKatakana(r):
			k = 1
		case r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			k = 2
		}
		if k != kind {
			if kind != 0 {
				out = append(out, [2]int{start, i})
			}
			start, kind = i, k
		}
	}
	if kind != 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}
