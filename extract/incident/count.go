package incident

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Count qualifiers.
const (
	Exact   = "exact"
	About   = "about"
	UpTo    = "up_to"
	AtLeast = "at_least"
)

// MaxCount is the largest record count accepted. Larger figures (more than a
// trillion records) are not real breach sizes but typos, jokes or overflow
// bait, and are rejected rather than clamped.
const MaxCount int64 = 1_000_000_000_000

// numPhrase is one number phrase found in a sentence.
type numPhrase struct {
	value      int64
	qualifier  string
	start, end int // byte offsets of the whole phrase, qualifier included
	numStart   int // where the digits or number words begin
	money      bool
	kanjiOnly  bool
	plainFour  bool // four digits, no separator or multiplier: maybe a year
	unit       string
	unitEnd    int
	japanese   bool
	multiplied bool
}

var enQualifiers = []struct{ phrase, qual string }{
	{"up to", UpTo}, {"as many as", UpTo}, {"a maximum of", UpTo}, {"maximum of", UpTo},
	{"at most", UpTo}, {"no more than", UpTo},
	{"more than", AtLeast}, {"over", AtLeast}, {"at least", AtLeast}, {"in excess of", AtLeast},
	{"upwards of", AtLeast}, {"north of", AtLeast}, {"exceeding", AtLeast}, {"above", AtLeast},
	{"a minimum of", AtLeast}, {"no fewer than", AtLeast}, {"no less than", AtLeast},
	{"well over", AtLeast}, {"just over", AtLeast}, {"well above", AtLeast},
	{"about", About}, {"around", About}, {"roughly", About}, {"approximately", About},
	{"approx.", About}, {"nearly", About}, {"almost", About}, {"close to", About},
	{"some", About}, {"an estimated", About}, {"estimated", About}, {"circa", About},
	{"~", About}, {"just under", About}, {"an approximate", About}, {"approx", About},
}

var enQualifier = map[string]string{}

const wordNumbers = `a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred`

var (
	enQualRe   string
	enDigitRe  *regexp.Regexp
	enWordRe   *regexp.Regexp
	jaNumberRe *regexp.Regexp
)

func init() {
	alts := make([]string, 0, len(enQualifiers))
	for _, q := range enQualifiers {
		enQualifier[q.phrase] = q.qual
		alts = append(alts, regexp.QuoteMeta(q.phrase))
	}
	enQualRe = `(?:\b(` + strings.Join(alts, "|") + `)\s*)?`
	money := `((?:us|au|ca|hk|s)?\$|€|£|¥|usd ?|eur ?|gbp ?|jpy ?)?`
	enDigitRe = regexp.MustCompile(`(?i)` + enQualRe + money +
		`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
		`(?:\s*(million|billion|thousand|trillion|mln|lakh|crore)\b|(m|mn|bn|b|k|tn)\b)?(\+)?`)
	enWordRe = regexp.MustCompile(`(?i)` + enQualRe + money +
		`\b(half an?|a half|a quarter of an?|quarter of an?|(?:(?:` + wordNumbers + `)[\s-]+){0,3}(?:` + wordNumbers + `))` +
		`\s+(million|billion|thousand|trillion)\b(\+)?`)
	jaNumberRe = regexp.MustCompile(
		`(最大で?約?|最大で?|上限|合計で?約?|合計で?|総計約?|累計約?|計約?|延べ約?|のべ約?|少なくとも約?|約|およそ|概ね|おおよそ|推定)?\s*` +
			`([0-9〇一二三四五六七八九十百千][0-9,\.〇一二三四五六七八九十百千万億兆]*)\s*` +
			`(人分|名分|件分|人|名|件|アカウント|ID|口座|ユーザー|ユーザ|会員|顧客|万円|億円|円|ドル|年|月|日|%|社|台|カ所|か所|ヶ所|回|時間|分|秒)?` +
			`(以上|超え|超|余り|あまり|程度|前後|ほど|近く|弱|強)?`)
}

var multipliers = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
	"lakh": 1e5, "crore": 1e7,
}

var wordValues = map[string]float64{
	"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// toCount rounds v and checks it is a usable count.
func toCount(v float64) (int64, bool) {
	if math.IsNaN(v) || v < 0 || v > float64(MaxCount) {
		return 0, false
	}
	return int64(math.Round(v)), true
}

// parseDigits reads "3,100,000" or "3.1"; very long digit strings are
// rejected before they reach float parsing.
func parseDigits(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if len(s) == 0 || len(s) > 24 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// parseWords reads "two hundred", "twenty-five", "half a", "a quarter of a".
func parseWords(s string) (float64, bool) {
	s = strings.ToLower(s)
	switch {
	case strings.HasPrefix(s, "half") || s == "a half":
		return 0.5, true
	case strings.Contains(s, "quarter"):
		return 0.25, true
	}
	var total float64
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w == "hundred" {
			if total == 0 {
				total = 1
			}
			total *= 100
			continue
		}
		v, ok := wordValues[w]
		if !ok {
			return 0, false
		}
		total += v
	}
	return total, total > 0
}
