package merge

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// figureMultipliers are the English scale words after a number.
var figureMultipliers = map[string]int64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9,
}

// textFigures returns the numbers a text states, with their scale words
// read ("3.1 million", "14m", 「310万」, 「25万4241」, 「1万2千」), sorted and
// distinct. Years, money and percentages are not told apart: the numbers
// only show whether one article states the figure another reports.
func textFigures(s string) []int64 {
	_, spans := figureSpans(s)
	out := make([]int64, 0, len(spans))
	for _, f := range spans {
		out = append(out, f.v)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// figureSpan is one number a text states and where, in the normalised
// text figureSpans returns.
type figureSpan struct {
	v          int64
	start, end int
}

// figureSpans returns the text normalised and the numbers it states with
// their places, as textFigures reads them.
func figureSpans(s string) (string, []figureSpan) {
	s = normalize(s)
	var out []figureSpan
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) || i > 0 && isWordByte(s[i-1]) {
			i += size
			continue
		}
		v, n := readFigure(s[i:])
		if v > 0 {
			out = append(out, figureSpan{v, i, i + max(n, 1)})
		}
		i += max(n, 1)
	}
	return s, out
}

// moneyFigures returns the sums of money a text states in sentences that
// tell of a theft, or right after one, or anywhere under a title that
// does, in any currency, sorted and distinct: 約48億円,
// "4.8 billion yen", "$32 million". A sum stolen is as telling of one
// incident as a record figure, and reports months apart recall it alike.
func moneyFigures(title, text string) []int64 {
	all := theftRe.MatchString(title)
	if !all && !theftRe.MatchString(text) {
		return nil // most reports tell of no sum taken: one pass
	}
	var out []int64 // 暗号資産の不正流出に関するお知らせ: every sum is the theft's
	prevTheft := false
	for rest := text; rest != ""; {
		end := sentenceEnd(rest)
		if end <= 0 || end > len(rest) {
			end = len(rest)
		}
		sentence := normalize(rest[:end])
		theft := theftRe.MatchString(sentence)
		if all || theft || prevTheft {
			// (A sum on the line under "1．流出した暗号資産" is the
			// heading's.)
			out = append(out, sentenceMoney(sentence)...)
		}
		prevTheft = theft
		rest = rest[end:]
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// theftRe finds a sentence telling of a sum taken: 不正に流出, 窃取, 不正送金,
// "theft of … worth", "stolen", "drained" (not "the average breach now
// costs $9.8 million").
var theftRe = regexp.MustCompile(`(?i)流出|窃取|盗ま|盗ん|盗難|不正(?:に)?送金|不正出金|引き出さ|詐取|\b(?:theft|thefts|heist|stole|stolen|steal|stealing|drained|siphoned|looted|swindled|robbed)\b`)

// sentenceMoney returns the sums of money one sentence states.
func sentenceMoney(s string) []int64 {
	s, spans := figureSpans(s)
	var out []int64
	for _, f := range spans {
		if currencyBefore(s[:f.start]) || currencyAfter(s[f.end:]) {
			out = append(out, f.v)
		}
	}
	return out
}

// currencyBefore reports whether text ends with a currency sign ($, US$,
// €, £, ¥), perhaps with a space.
func currencyBefore(text string) bool {
	text = strings.TrimRight(text, " ")
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune("$€£¥￥", r)
}

// currencyAfterRe finds a currency word after a number: 円, ドル, yen, dollars.
var currencyAfterRe = regexp.MustCompile(`^\s?(?:円|ドル|ユーロ|ポンド|元|ウォン|(?i:yen|dollars?|euros?|pounds)\b)`)

// currencyAfter reports whether text starts with a currency word.
func currencyAfter(text string) bool { return currencyAfterRe.MatchString(text) }

// otherIncidentRe finds a sentence about another incident of the same
// organisation: "In a separate incident last year…", "is unrelated to a
// February incident in which…", 2024年12月にも…,
// 同社を巡っては. Its figures are not the article's to share.
var otherIncidentRe = regexp.MustCompile(`(?i)\b(?:a separate|another|an unrelated|a previous|a prior|an earlier) (?:\w+ )?(?:incident|breach|attack|hack|intrusion)\b|\b(?:(?:unrelated|not related|not connected) to|(?:separate|distinct) from) (?:an? |the )(?:\w+ ){0,2}?(?:incident|breach|attack|hack|intrusion)\b|\b(?:unrelated|not related|not connected) to (?:an? |the )?(?:january|february|march|april|may|june|july|august|september|october|november|december|earlier|previous|prior)\b|\blast year\b|(?:19|20)\d\d年(?:[0-9]{1,2}月)?にも|[をに](?:めぐって|巡って)は|別の(?:事案|攻撃|不正|事件)|昨年`)

// withoutOtherIncidents returns text without its sentences about another
// incident.
func withoutOtherIncidents(text string) string { return withoutSentences(text, otherIncidentRe) }

// withoutSentences returns text without its sentences that re matches.
func withoutSentences(text string, re *regexp.Regexp) string {
	if !re.MatchString(text) {
		return text
	}
	var b strings.Builder
	for rest := text; rest != ""; {
		end := sentenceEnd(rest)
		if end <= 0 || end > len(rest) {
			end = len(rest)
		}
		if s := rest[:end]; !re.MatchString(s) {
			b.WriteString(s)
			b.WriteByte(' ')
		}
		rest = rest[end:]
	}
	return b.String()
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isWordByte reports whether b, just before a digit, makes the digit part
// of a code (APT32, CVE-2024-3400, v2) or of a longer number.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' ||
		b == '_' || b == '-' || b == '.' || b == ','
}

// readFigure reads the number at the start of s with its scale and returns
// it and the bytes read; 0 when s starts with no usable number.
func readFigure(s string) (int64, int) {
	total, i := int64(0), 0
	for {
		num, n := readNumber(s[i:])
		if n == 0 {
			break
		}
		i += n
		scale := int64(1)
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "億"):
			scale, i = 1e8, i+len("億")
		case strings.HasPrefix(rest, "万"):
			scale, i = 1e4, i+len("万")
		case strings.HasPrefix(rest, "千"):
			scale, i = 1e3, i+len("千")
		default:
			if m, n := englishScale(rest); n > 0 {
				return total + int64(num*float64(m)+0.5), i + n
			}
			return total + int64(num+0.5), i
		}
		total += int64(num*float64(scale) + 0.5)
		if i >= len(s) || !isDigit(rune(s[i])) {
			return total, i
		}
	}
	return total, i
}

// readNumber reads digits with thousands separators and a decimal point.
func readNumber(s string) (float64, int) {
	end := 0
	for end < len(s) {
		c := s[end]
		if isDigit(rune(c)) || (c == ',' || c == '.') && end+1 < len(s) && isDigit(rune(s[end+1])) && end > 0 {
			end++
			continue
		}
		break
	}
	if end == 0 {
		return 0, 0
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s[:end], ",", ""), 64)
	if err != nil || v > 1e13 {
		return 0, end
	}
	return v, end
}

// englishScale reads an optional space and a scale word ("million", "m")
// that ends at a word boundary.
func englishScale(s string) (int64, int) {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	j := i
	for j < len(s) && unicode.IsLetter(rune(s[j])) && s[j] < utf8.RuneSelf {
		j++
	}
	if m, ok := figureMultipliers[strings.ToLower(s[i:j])]; ok && j > i {
		return m, j
	}
	return 0, 0
}

// statesFigure reports whether figs (a text's figures) hold a value within
// tolerance of v.
func statesFigure(figs []int64, v int64) bool {
	for _, f := range figs {
		if !recordsConflict(&f, &v) {
			return true
		}
	}
	return false
}
