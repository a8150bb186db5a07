package incident

import "strings"

// ParseCount reads a whole count phrase such as "up to 3.1 million",
// "533 million users", "half a billion", "最大約310万人" or "25万4241人" and
// returns its value and qualifier (Exact, About, UpTo or AtLeast). The
// phrase may end in a noun that counts records or people; anything else
// (money, percentages, other words, figures above MaxCount) gives ok false.
func ParseCount(s string) (value int64, qualifier string, ok bool) {
	s = strings.TrimSpace(normalise(s))
	if s == "" || len(s) > 200 {
		return 0, "", false
	}
	var ps []numPhrase
	if isJapanese(s) {
		ps = scanJapanese(s)
	} else {
		ps = scanEnglish(s)
	}
	if len(ps) != 1 || ps[0].money || ps[0].start != 0 {
		return 0, "", false
	}
	p := ps[0]
	rest := strings.TrimSpace(s[p.end:])
	if p.unitEnd > p.end {
		rest = strings.TrimSpace(s[p.unitEnd:])
	}
	if rest != "" {
		return 0, "", false
	}
	return p.value, p.qualifier, true
}
