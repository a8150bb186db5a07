package incident

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// scanEnglish returns the number phrases of an English sentence, in order.
func scanEnglish(s string) []numPhrase {
	var out []numPhrase
	taken := func(a, b int) bool {
		for _, p := range out {
			if a < p.end && b > p.start {
				return true
			}
		}
		return false
	}
	for _, m := range enWordRe.FindAllStringSubmatchIndex(s, -1) {
		if taken(m[0], m[1]) {
			continue // the words after a figure already read with it
		}
		base, ok := parseWords(s[m[6]:m[7]])
		if !ok {
			continue
		}
		mult := multipliers[strings.ToLower(s[m[8]:m[9]])]
		v, ok := toCount(base * mult)
		if !ok {
			continue
		}
		if m[10] < 0 {
			// "three thousand two hundred pupils": the words after the
			// multiplier add a smaller part.
			if rest, end := wordsRest(s[m[1]:], mult); end > 0 {
				if w, ok := toCount(base*mult + rest); ok {
					v = w
					m = append([]int(nil), m...)
					m[1] += end
				}
			}
		}
		out = append(out, enPhrase(s, m, v, m[6], m[10] >= 0, true))
	}
	for _, m := range enDigitRe.FindAllStringSubmatchIndex(s, -1) {
		if taken(m[6], m[7]) || !numberBoundary(s, m[6], m[1]) || copyrightYear(s[:m[6]], s[m[6]:m[7]]) {
			continue
		}
		base, ok := parseDigits(s[m[6]:m[7]])
		if !ok {
			continue
		}
		mult, multiplied := 1.0, false
		for _, g := range []int{8, 10} {
			if m[g] >= 0 {
				mult, multiplied = multipliers[strings.ToLower(s[m[g]:m[g+1]])], true
			}
		}
		v, ok := toCount(base * mult)
		if !ok {
			continue
		}
		p := enPhrase(s, m, v, m[6], m[12] >= 0, multiplied)
		p.plainFour = !multiplied && len(s[m[6]:m[7]]) == 4 && !strings.ContainsAny(s[m[6]:m[7]], ",.")
		out = append(out, p)
	}
	sortPhrases(out)
	return out
}

// wordsRestRe finds number words after a spelled-out multiplier, with a
// smaller multiplier of their own: "two hundred", "and fifty", "four
// hundred thousand".
var wordsRestRe = regexp.MustCompile(`(?i)^[\s-]+(?:and\s+)?((?:(?:` + wordNumbers + `)[\s-]+(?:and\s+)?){0,3}(?:` + wordNumbers + `))\b(?:\s+(thousand)\b)?`)

// wordsRest returns the value the number words at the start of rest add
// to a spelled-out figure whose multiplier is mult, and how many bytes they
// take; 0, 0 when none follow or they are not smaller than mult ("a"
// alone is an article: "ten thousand a day").
func wordsRest(rest string, mult float64) (float64, int) {
	m := wordsRestRe.FindStringSubmatchIndex(rest)
	if m == nil {
		return 0, 0
	}
	words := rest[m[2]:m[3]]
	if strings.EqualFold(words, "a") || strings.HasPrefix(strings.ToLower(words), "a ") {
		return 0, 0
	}
	if m[1] < len(rest) && rest[m[1]] == '-' {
		return 0, 0 // "ten thousand one-time shoppers"
	}
	v, ok := parseWords(strings.ReplaceAll(strings.ToLower(words), " and ", " "))
	if !ok {
		return 0, 0
	}
	if m[4] >= 0 {
		v *= 1000
	}
	if v >= mult {
		return 0, 0
	}
	return v, m[1]
}

// numberBoundary reports whether the digits at s[a:] stand alone: not part
// of a word, a version number or an identifier such as CVE-2024-1234.
func numberBoundary(s string, a, end int) bool {
	if a > 0 {
		c := s[a-1]
		if isASCIILetter(c) || c == '-' || c == '.' || c == '/' || c == '_' || c == '#' {
			return false
		}
	}
	if end < len(s) {
		c := s[end]
		if isASCIILetter(c) || c == '_' || c == '/' || (c == '-' && end+1 < len(s) && isDigit(s[end+1])) {
			return false
		}
	}
	return true
}

// copyrightYear reports whether digits, after before, are the year of a
// copyright line ("© 2025 Harwick Clinic", "Copyright (c) 2024"), never a
// count however the words after them read. A list's "(c) 4,210 members"
// is no year.
func copyrightYear(before, digits string) bool {
	if len(digits) != 4 || !strings.HasPrefix(digits, "19") && !strings.HasPrefix(digits, "20") {
		return false
	}
	b := strings.ToLower(strings.TrimRight(before, " \u00a0"))
	for _, mark := range []string{"©", "(c)", "copyright"} {
		if strings.HasSuffix(b, mark) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }

// enPhrase builds a numPhrase from a match of enDigitRe or enWordRe, whose
// groups 1-2 are the qualifier and the currency.
func enPhrase(s string, m []int, v int64, numStart int, plus, multiplied bool) numPhrase {
	p := numPhrase{value: v, qualifier: Exact, start: m[0], end: m[1], numStart: numStart, multiplied: multiplied}
	if m[2] >= 0 {
		p.qualifier = enQualifier[strings.ToLower(s[m[2]:m[3]])]
	} else {
		p.start = numStart
		if m[4] >= 0 {
			p.start = m[4]
		}
	}
	if plus && p.qualifier == Exact {
		p.qualifier = AtLeast
	}
	p.money = m[4] >= 0 || followedByMoney(s[m[1]:])
	p.unit, p.unitEnd = englishUnit(s, m[1])
	return p
}

var moneyWords = map[string]bool{
	"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true, "yen": true,
	"usd": true, "eur": true, "gbp": true, "jpy": true, "bitcoin": true, "btc": true,
	"ransom": true, "fine": true, "worth": true, "rupees": true, "yuan": true, "won": true,
	"percent": true, "per": true, "%": true,
}

func followedByMoney(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "%") {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	return moneyWords[strings.ToLower(strings.Trim(w, ".,;:)"))]
}

// scanJapanese returns the number phrases of a Japanese sentence, in order.
func scanJapanese(s string) []numPhrase {
	var out []numPhrase
	for _, m := range jaNumberRe.FindAllStringSubmatchIndex(s, -1) {
		num := s[m[4]:m[5]]
		if m[4] > 0 && (isASCIILetter(s[m[4]-1]) || s[m[4]-1] == '-') {
			continue
		}
		f, ok := parseJaNumber(num)
		if !ok {
			continue
		}
		v, ok := toCount(f)
		if !ok {
			continue
		}
		p := numPhrase{value: v, qualifier: Exact, start: m[0], end: m[1], numStart: m[4], japanese: true}
		p.kanjiOnly = !strings.ContainsAny(num, "0123456789")
		p.multiplied = strings.ContainsAny(num, "万億兆")
		if m[2] >= 0 {
			p.qualifier = jaQualifier(s[m[2]:m[3]])
		}
		if m[8] >= 0 {
			if q := jaQualifier(s[m[8]:m[9]]); q != Exact && (p.qualifier == Exact || q == AtLeast && p.qualifier == About) {
				p.qualifier = q
			}
		}
		if m[6] >= 0 {
			counter := s[m[6]:m[7]]
			p.unit = jaUnits[counter]
			p.money = counter == "円" || counter == "万円" || counter == "億円" || counter == "ドル" || counter == "%"
			p.unitEnd = m[7]
		}
		out = append(out, p)
	}
	return out
}

var jaUnits = map[string]string{
	"人": "people", "名": "people", "人分": "people", "名分": "people",
	"件": "records", "件分": "records", "アカウント": "accounts", "ID": "accounts",
	"口座": "accounts", "ユーザー": "users", "ユーザ": "users", "会員": "members", "顧客": "customers",
}

func jaQualifier(q string) string {
	switch {
	case strings.HasPrefix(q, "最大") || q == "上限":
		return UpTo
	case strings.HasPrefix(q, "少なくとも") || q == "以上" || strings.HasPrefix(q, "超") || q == "余り" || q == "あまり" || q == "強":
		return AtLeast
	case strings.Contains(q, "約") || q == "およそ" || q == "概ね" || q == "おおよそ" || q == "推定" ||
		q == "程度" || q == "前後" || q == "ほど" || q == "近く" || q == "弱":
		return About
	}
	return Exact
}

var kanjiDigits = map[rune]int{'〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
var smallUnits = map[rune]float64{'十': 10, '百': 100, '千': 1000}
var bigUnits = map[rune]float64{'万': 1e4, '億': 1e8, '兆': 1e12}

// parseJaNumber reads a Japanese number such as "310万", "25万4241",
// "1億2500万", "2.5万", "三百十万" or "254,241". Big units must come in
// decreasing order.
func parseJaNumber(s string) (float64, bool) {
	var total float64
	last := 1e16
	group := ""
	for _, r := range s {
		u, big := bigUnits[r]
		if !big {
			group += string(r)
			continue
		}
		if group == "" || u >= last {
			return 0, false
		}
		g, ok := parseJaGroup(group)
		if !ok {
			return 0, false
		}
		total += g * u
		last, group = u, ""
	}
	if group != "" {
		g, ok := parseJaGroup(group)
		if !ok || g >= last {
			return 0, false
		}
		total += g
	}
	return total, true
}

// parseJaGroup reads the part of a Japanese number below 万: Arabic digits
// (with commas or a decimal point), kanji digits, or kanji with 十百千.
func parseJaGroup(g string) (float64, bool) {
	if g[0] >= '0' && g[0] <= '9' && !strings.ContainsAny(g, "〇一二三四五六七八九十百千") {
		return parseDigits(g)
	}
	var acc float64
	cur := -1.0
	for len(g) > 0 {
		r, size := utf8.DecodeRuneInString(g)
		switch {
		case r >= '0' && r <= '9':
			j := 0
			for j < len(g) && (isDigit(g[j]) || g[j] == '.' || g[j] == ',') {
				j++
			}
			v, ok := parseDigits(g[:j])
			if !ok {
				return 0, false
			}
			cur, size = v, j
		case smallUnits[r] > 0:
			if cur < 0 {
				cur = 1
			}
			acc += cur * smallUnits[r]
			cur = -1
		default:
			d, ok := kanjiDigits[r]
			if !ok {
				return 0, false
			}
			if cur < 0 {
				cur = 0
			}
			cur = cur*10 + float64(d)
		}
		g = g[size:]
	}
	if cur > 0 {
		acc += cur
	}
	return acc, true
}

func sortPhrases(ps []numPhrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].start < ps[j-1].start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
