package merge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadSentences returns the lead of d's text, where a report says what
// happened to whom: at most params.leadSentences sentences within about
// params.leadChars characters, starting at the first sentence that names a
// victim (so a blog's own intro is skipped) if one does among the first
// params.leadSearch, else at the start.
func leadSentences(d Doc, vc victimContext) []string {
	var all []string
	rest := strings.TrimSpace(d.Text)
	for len(all) < params.leadSearch+params.leadSentences && rest != "" {
		end := sentenceEnd(rest)
		if s := strings.TrimSpace(rest[:end]); s != "" {
			all = append(all, s)
		}
		rest = strings.TrimSpace(rest[end:])
	}
	first := 0
	for i, s := range all {
		if i < params.leadSearch && vc.mentionedIn(s) {
			first = i
			break
		}
	}
	var out []string
	budget := params.leadChars
	for _, s := range all[first:] {
		if len(out) == params.leadSentences || budget <= 0 {
			break
		}
		if n := utf8.RuneCountInString(s); n > budget {
			s = truncateRunes(s, budget)
		}
		budget -= utf8.RuneCountInString(s)
		out = append(out, s)
	}
	return out
}

// mentionedIn reports whether sentence s names one of the victims.
func (vc victimContext) mentionedIn(s string) bool {
	s = normalize(s)
	for w := range vc.words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return len(vc.spans(s)) > 0
}

// sentenceEnd returns the byte offset just after the first sentence of s:
// after 。！？, a line break, or . ! ? followed by a space and a capital.
func sentenceEnd(s string) int {
	for i, r := range s {
		size := utf8.RuneLen(r)
		switch r {
		case '。', '！', '？', '\n':
			return i + size
		case '.', '!', '?':
			after := s[i+size:]
			if after == "" {
				return len(s)
			}
			next, n := utf8.DecodeRuneInString(after)
			if !unicode.IsSpace(next) {
				continue
			}
			cap, _ := utf8.DecodeRuneInString(strings.TrimLeft(after[n:], " \t"))
			if unicode.IsUpper(cap) || unicode.IsDigit(cap) || cap == '"' || cap == '“' {
				return i + size
			}
		}
	}
	return len(s)
}

// truncateRunes cuts s to at most n runes.
func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// stopwords are English function words left out of lead similarity.
var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "to": true,
	"in": true, "on": true, "for": true, "by": true, "with": true, "at": true, "from": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "it": true, "its": true, "that": true, "this": true, "as": true,
	"s": true, "said": true, "says": true, "after": true, "about": true, "than": true, "not": true,
	"but": true, "their": true, "they": true, "which": true, "who": true, "will": true, "may": true,
}

// leadTerms are the content words (English) or character bigrams (Japanese)
// of the title and lead.
func leadTerms(d Doc, lead []string) map[uint64]bool {
	text := normalize(d.Title + "\n" + strings.Join(lead, "\n"))
	terms := map[uint64]bool{}
	if japaneseText(text) {
		cs := chars(text)
		for i := 0; i+1 < len(cs); i++ {
			terms[mix64(cs[i]<<21|cs[i+1])] = true
		}
		return terms
	}
	for _, w := range tokens(text) {
		if !stopwords[w] {
			terms[mix64(hashString(w))] = true
		}
	}
	return terms
}

// hashString is FNV-1a of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// termJaccard is the Jaccard similarity of two term sets.
func termJaccard(a, b map[uint64]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
