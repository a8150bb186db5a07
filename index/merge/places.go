package merge

import (
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

// isKatakana reports whether r is katakana, the long-vowel mark included.
func isKatakana(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }

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
