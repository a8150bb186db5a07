package merge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeName is one English name of a place, as words.
type placeName struct {
	words    []string
	code     string
	demonym  bool
	caseOnly bool
}

// placesByWord indexes the English place names by their first word
// (lowercase, or as written for case-only names).
var placesByWord = func() map[string][]placeName {
	m := map[string][]placeName{}
	add := func(name, code string, dem, caseOnly bool) {
		w := strings.Fields(name)
		m[w[0]] = append(m[w[0]], placeName{words: w, code: code, demonym: dem, caseOnly: caseOnly})
	}
	for _, p := range gazetteer {
		for _, n := range p.en {
			add(n, p.code, false, false)
		}
		for _, n := range p.dem {
			add(n, p.code, true, false)
		}
		for _, n := range p.caseOnly {
			add(n, p.code, false, true)
		}
	}
	return m
}()

// tokens splits English text into words as written; a dot between letters
// stays inside a word ("U.S"), apostrophes and hyphens split ("Japan", "s").
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if r == '.' && start >= 0 && i+1 < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			inWord = unicode.IsLetter(next)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// englishPlaces returns the place codes named in s. A demonym counts only
// when it qualifies a unit ("Australian subsidiary"); a place that only
// says where the victim comes from ("Japan's Toyota", "Tokyo-based") does
// not count, since every report of every incident of that victim says it.
func englishPlaces(s string, victimWords map[string]bool) []string {
	toks := tokens(s)
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t)
	}
	var codes []string
	for i := 0; i < len(toks); i++ {
		for _, cand := range append(placesByWord[lower[i]], placesByWord[toks[i]]...) {
			n := len(cand.words)
			if i+n > len(toks) || !matchWords(cand, toks[i:i+n], lower[i:i+n]) {
				continue
			}
			rest := lower[i+n:]
			if cand.demonym && !qualifiesUnit(rest) || !cand.demonym && homeOnly(rest, victimWords) {
				continue
			}
			codes = append(codes, cand.code)
			i += n - 1
			break
		}
	}
	return codes
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

// qualifiesUnit reports whether one of the next two words is a unit noun.
func qualifiesUnit(rest []string) bool {
	for j := 0; j < 2 && j < len(rest); j++ {
		if unitWords[rest[j]] {
			return true
		}
	}
	return false
}

// homeOnly reports whether a place name is used only as the victim's home:
// "Japan's Toyota", "Tokyo-based".
func homeOnly(rest []string, victimWords map[string]bool) bool {
	if len(rest) > 0 && rest[0] == "based" {
		return true
	}
	if len(rest) == 0 || rest[0] != "s" {
		return false
	}
	for j := 1; j < 4 && j < len(rest); j++ {
		if victimWords[rest[j]] {
			return true
		}
	}
	return false
}

// isKatakana reports whether r is katakana, the long-vowel mark included.
func isKatakana(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }

// japanesePlaces returns the place codes named in Japanese text s. A
// katakana name must not be part of a longer katakana word (タイ in
// リアルタイム, インド in インドネシア).
func japanesePlaces(s string) []string {
	var codes []string
	for _, p := range gazetteer {
		for _, name := range p.ja {
			if containsBounded(s, name) {
				codes = append(codes, p.code)
				break
			}
		}
	}
	return codes
}

// containsBounded reports whether s contains name not glued to more katakana
// when name is katakana.
func containsBounded(s, name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	kata := isKatakana(first)
	for off := 0; ; {
		i := strings.Index(s[off:], name)
		if i < 0 {
			return false
		}
		i += off
		if !kata {
			return true
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(name):])
		if !isKatakana(before) && !isKatakana(after) {
			return true
		}
		off = i + len(name)
	}
}

// placesOf returns the place codes named in s, sorted and distinct.
func placesOf(s string, victimWords map[string]bool) []string {
	codes := append(englishPlaces(s, victimWords), japanesePlaces(normalize(s))...)
	slices.Sort(codes)
	return slices.Compact(codes)
}

// primaryPlaces are the places that tell one incident of a victim from
// another: those of the title and units if any, else of the first sentence,
// else of the lead. Later sentences often recap the victim's other incidents.
func primaryPlaces(d Doc) []string {
	vw := victimWords(d)
	head := placesOf(d.Title+"\n"+strings.Join(d.Units, "\n"), vw)
	if len(head) > 0 {
		return head
	}
	sentences := leadSentences(d)
	for n := 1; n <= len(sentences); n++ {
		if ps := placesOf(strings.Join(sentences[:n], " "), vw); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// victimWords are the lowercase words of d's victim names.
func victimWords(d Doc) map[string]bool {
	m := map[string]bool{}
	for _, v := range d.Victims {
		for _, w := range tokens(v) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// placesCompatible reports whether two place codes can describe one place:
// equal, or one inside the other (jp and jp/tokyo).
func placesCompatible(x, y string) bool {
	return x == y || strings.HasPrefix(x, y+"/") || strings.HasPrefix(y, x+"/")
}

// placesAgree reports whether some place of a is compatible with one of b.
func placesAgree(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if placesCompatible(x, y) {
				return true
			}
		}
	}
	return false
}
