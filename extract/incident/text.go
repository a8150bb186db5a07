package incident

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sentence is one sentence of an article, or its title.
type sentence struct {
	text  string
	title bool
	// idx is the sentence's position in the body; the title has -1.
	idx int
	// heading is the section heading the sentence stands under, when
	// known (record counts read it).
	heading string
	// past marks a sentence that opens on a month some time before the
	// article's publication ("In November the society said…"): it recalls
	// an earlier event.
	past bool
	// recalled marks a past sentence in an account of the victim's
	// earlier incidents ("the third incident at X this year. In March,
	// …"), which tells of them even where it names the victim.
	recalled bool
}

// normalise folds full-width digits and letters, half-width katakana and
// compatibility forms (㈱) to their ordinary forms, so that one set of
// patterns reads every spelling. It also unifies apostrophes.
func normalise(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = norm.NFKC.String(s)
	return strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "\u00a0", " ").Replace(s)
}

// isJapanese reports whether text is mostly Japanese: it has kana or kanji
// and they make up a fair share of its letters.
func isJapanese(text string) bool {
	var ja, latin int
	for _, r := range text {
		switch {
		case unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han):
			ja++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
		if ja+latin > 4000 {
			break
		}
	}
	// A Japanese character carries about as much as a short English word.
	return ja > 0 && ja*4 >= latin
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true,
	"vs": true, "u.s": true, "u.k": true, "e.g": true, "i.e": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "co": true, "corp": true, "inc": true,
	"ltd": true, "jr": true, "sr": true, "gov": true, "approx": true, "est": true,
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// timeZones are the zones news and notices write after a time.
var timeZones = wordSet(`et pt mt ct utc gmt est edt pst pdt cst cdt mst mdt akst akdt hst hdt ast adt nst ndt bst cet cest eet eest wet west jst kst aest aedt acst acdt awst nzst nzdt ist sgt hkt`)

// splitSentences splits text into sentences: at line breaks, at Japanese
// full stops and at English sentence ends (., ! or ? followed by a space and
// a capital letter, a digit or a quote), keeping abbreviations together.
func splitSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, s := range splitLine(line) {
			out = append(out, chopLong(s)...)
		}
	}
	return out
}

// maxSentence is the longest sentence read whole, in bytes (about 1,300
// Japanese characters). The cues and counts of a sentence are weighed
// against the whole of it, once for each name and figure it holds, so a
// run-on list of victims or a text without full stops would cost the
// square of its length; hardly a real sentence runs this long.
const maxSentence = 4000

// chopLong cuts a sentence longer than maxSentence into pieces, each at
// the last comma, semicolon or space before the limit.
func chopLong(s string) []string {
	var out []string
	for len(s) > maxSentence {
		cut := -1
		for _, sep := range []string{"; ", ", ", "、", "，", " "} {
			if i := strings.LastIndex(s[:maxSentence], sep); i > maxSentence/2 {
				cut = i + len(sep)
				break
			}
		}
		if cut < 0 {
			// No break in the second half: cut on a rune boundary.
			cut = maxSentence
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		out = append(out, strings.TrimSpace(s[:cut]))
		s = strings.TrimSpace(s[cut:])
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

func splitLine(line string) []string {
	var out []string
	start := 0
	emit := func(end int) {
		if s := strings.TrimSpace(line[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		next := i + size
		switch r {
		case '。', '！', '？':
			// Keep a closing bracket with its sentence.
			for next < len(line) {
				c, sz := utf8.DecodeRuneInString(line[next:])
				if c != '」' && c != '）' && c != ')' && c != '』' {
					break
				}
				next += sz
			}
			emit(next)
		case '.', '!', '?':
			if endsEnglishSentence(line, i, next) {
				emit(next)
			}
		}
		i = next
	}
	emit(len(line))
	return out
}

// endsEnglishSentence reports whether the punctuation at line[i:next] ends a
// sentence.
func endsEnglishSentence(line string, i, next int) bool {
	rest := line[next:]
	for len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'' || rest[0] == ')') {
		rest = rest[1:]
	}
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	c, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	if !unicode.IsUpper(c) && !unicode.IsDigit(c) && c != '"' && c != '\'' && c < 0x80 {
		return false
	}
	if line[i] != '.' {
		return true
	}
	// The word before the dot: an abbreviation or a single capital (an
	// initial) does not end the sentence.
	j := i
	for j > 0 && line[j-1] != ' ' && line[j-1] != '(' {
		j--
	}
	word := strings.ToLower(strings.Trim(line[j:i], "\"'("))
	if abbreviations[word] {
		return false
	}
	if (word == "a.m" || word == "p.m") && timeZones[strings.ToLower(firstWord(rest))] {
		// "5:40 p.m. MT": the zone belongs to the time.
		return false
	}
	return !(len(word) == 1 && unicode.IsLetter(rune(word[0])))
}

// sentences returns the title and the body's sentences, normalised.
func sentences(title, text string) []sentence {
	var out []sentence
	if t := strings.TrimSpace(wireTagRe.ReplaceAllString(title, "")); t != "" {
		out = append(out, sentence{text: strings.Join(strings.Fields(t), " "), title: true, idx: -1})
	}
	for i, s := range splitSentences(withoutAds(text)) {
		out = append(out, sentence{text: s, idx: i})
	}
	return out
}

// wireTagRe finds the tag a news wire writes before a headline, in
// capitals and joined to it by a hyphen: "BRIEF-", "UPDATE 2-",
// "EXCLUSIVE-".
var wireTagRe = regexp.MustCompile(`^\s*(?:BRIEF|UPDATE(?: \d{1,2})?|EXCLUSIVE|CORRECTED|REFILE|RPT|WRAPUP(?: \d{1,2})?|FOCUS|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|BREAKINGVIEWS|COLUMN|PRESS DIGEST|CORRECTED-UPDATE(?: \d{1,2})?)-\s*`)

// adLineRe finds a paragraph that a label marks as an advertisement:
// "ADVERTISEMENT — Is your backup immutable?", "Sponsored: …", 【PR】.
var adLineRe = regexp.MustCompile(`(?i)^\s*(?:[\[(【［（]\s*(?:ad|advertisement|sponsored|pr|広告|スポンサー)\s*[\])】］）]|(?:advertisement|advert|sponsored(?: content| message| post| by [^:—–|]{1,40})?|paid (?:content|post|partner content)|partner content|promoted|ad|広告|スポンサーリンク|スポンサー|PR)\s*[—–:|｜：])`)

// maxAdSentences is the most sentences of a paragraph dropped whole as an
// advertisement.
const maxAdSentences = 3

// withoutAds drops the paragraphs of text that are labelled as
// advertisements: a re-posting site's promotion names its own products
// beside another outlet's report.
func withoutAds(text string) string {
	lines := strings.Split(text, "\n")
	kept := lines[:0]
	for _, l := range lines {
		switch {
		case !adLineRe.MatchString(l):
			kept = append(kept, l)
		default:
			if ss := splitSentences(l); len(ss) > maxAdSentences {
				// A long paragraph opening with a sponsor's line goes
				// on with the story: only its first sentence is the ad.
				kept = append(kept, strings.Join(ss[1:], " "))
			}
		}
	}
	return strings.Join(kept, "\n")
}

// anyOccurrence reports whether f holds at some occurrence of sub in text,
// called with the occurrence's start and end offsets; limit > 0 stops
// after that many occurrences, so that a check reads a long text only
// around its first mentions.
func anyOccurrence(text, sub string, limit int, f func(start, end int) bool) bool {
	if sub == "" {
		return false
	}
	for from, n := 0, 0; limit <= 0 || n < limit; n++ {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			return false
		}
		i += from
		if f(i, i+len(sub)) {
			return true
		}
		from = i + len(sub)
	}
	return false
}
