package incident

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed ja_companies.tsv
var jaCompaniesTSV string

// jaCompanies maps well-known Japanese organisations' names to their
// English canonical names.
var jaCompanies = map[string]string{}

// englishCanon holds the English canonical names of jaCompanies, by key.
var englishCanon = map[string]string{}

func init() {
	sc := bufio.NewScanner(strings.NewReader(jaCompaniesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ja, en, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		jaCompanies[normalise(ja)] = en
		englishCanon[latinKey(en)] = en
	}
}

var legalSuffixes = wordSet(`inc inc. incorporated corp corp. corporation co co. company ltd ltd. limited
llc l.l.c. plc plc. gmbh ag sa s.a. se nv n.v. bv b.v. kk k.k. pty oy ab asa spa s.p.a. sarl
llp l.l.p. lp l.p. pllc p.l.l.c. pc p.c. lllp
oyj aps bhd sdn pte tbk srl s.r.l. sas s.a.s. kg kgaa sro s.r.o. zrt kft doo d.o.o. ehf
international`)

// groupSuffixes are words ending a group's own name ("Oak-Lea Veterinary
// Group"): a victim is named with them, but comparison keys drop them.
var groupSuffixes = wordSet(`holdings holding group`)

// danglingWords never end an organisation's name; a name that ends with
// one ran on into the next line ("REDWATER FOODS INC. By: /s/ …" in a
// filing's signature block).
var danglingWords = wordSet(`& and by of for the at on in to from with`)

// stripLegalEnglish drops a leading "The", a possessive and trailing legal
// forms: "Toyota Motor Corp." → "Toyota Motor".
func stripLegalEnglish(name string) string {
	return stripEnglishForms(name, false)
}

// stripEnglishForms is stripLegalEnglish that also drops group words
// ("Holdings", "Group") when groups is true.
func stripEnglishForms(name string, groups bool) string {
	name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "'"))
	words := strings.Fields(strings.ReplaceAll(name, ",", " "))
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	for len(words) > 1 {
		last := strings.ToLower(words[len(words)-1])
		if !legalSuffixes[last] && !(groups && groupSuffixes[last]) && !danglingWords[last] {
			break
		}
		if andCompany(words) || (last == "llp" || last == "l.l.p.") && containsAmpersand(words) {
			// "Brennan & Ostrow LLP": a professional partnership goes by
			// its partners' names and its form together.
			// "Penrose & Co", "Farrow and Company": a partnership's name,
			// not a legal form.
			words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], ".")
			break
		}
		words = words[:len(words)-1]
	}
	return strings.Join(clubSuffix(words), " ")
}

// containsAmpersand reports whether a name joins its words with "&".
func containsAmpersand(words []string) bool {
	for _, w := range words {
		if w == "&" {
			return true
		}
	}
	return false
}

// andCompany reports whether words end in "& Co" or "and Company", which
// belong to a name.
func andCompany(words []string) bool {
	n := len(words)
	if n < 3 {
		return false
	}
	last, before := strings.ToLower(words[n-1]), strings.ToLower(words[n-2])
	return (before == "&" || before == "and") && (last == "co" || last == "co." || last == "company")
}

// clubSuffix drops a sports club's descriptive ending, which coverage
// leaves out: "Ashcombe Athletic Football Club" and "Ashcombe Athletic FC"
// are Ashcombe Athletic.
func clubSuffix(words []string) []string {
	n := len(words)
	if n > 2 && strings.EqualFold(words[n-1], "club") && (strings.EqualFold(words[n-2], "football") || strings.EqualFold(words[n-2], "soccer")) {
		return words[:n-2]
	}
	if n > 1 && (words[n-1] == "FC" || words[n-1] == "F.C." || words[n-1] == "AFC") {
		return words[:n-1]
	}
	return words
}

var jaLegalForms = []string{"株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "(有)", "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "社会福祉法人", "社会医療法人", "医療法人社団", "医療法人", "学校法人", "国立大学法人", "公立大学法人", "国立研究開発法人", "地方独立行政法人", "独立行政法人", "地方公共団体",
	"税理士法人", "弁護士法人", "司法書士法人", "行政書士法人", "社会保険労務士法人", "監査法人", "弁理士法人", "特定非営利活動法人", "NPO法人", "宗教法人", "社団法人", "財団法人"}

var jaTrailing = []string{"ホールディングス", "グループ", "本社", "社"}

// stripLegalJapanese drops 株式会社, (株), ホールディングス and the like.
func stripLegalJapanese(name string) string {
	name = strings.TrimSpace(name)
	for changed := true; changed; {
		changed = false
		// 生活協同組合コープ〇〇: a consumer co-operative's legal form
		// stands before its name; after a name it is part of it.
		if rest, ok := strings.CutPrefix(name, "生活協同組合"); ok && utf8.RuneCountInString(rest) >= 2 {
			name, changed = strings.TrimSpace(rest), true
		}
		for _, f := range jaLegalForms {
			if strings.HasPrefix(name, f) && len(name) > len(f) {
				name, changed = strings.TrimSpace(name[len(f):]), true
			}
			if strings.HasSuffix(name, f) && len(name) > len(f) {
				name, changed = strings.TrimSpace(name[:len(name)-len(f)]), true
			}
		}
		for _, f := range jaTrailing {
			rest := strings.TrimSuffix(name, f)
			if rest == name || rest == "" {
				continue
			}
			// 社 ends a name only after katakana or Latin letters (ニコン社),
			// not in words such as 新聞社.
			if f == "社" && !endsWithKanaOrLatin(rest) {
				continue
			}
			if _, known := jaCompanies[name]; known {
				continue
			}
			// コーベイン・インダストリアル・ホールディングス: the dot
			// before the dropped word goes with it.
			rest = strings.TrimRight(rest, "・･ ")
			if rest == "" {
				continue
			}
			name, changed = rest, true
		}
	}
	if isLatinName(name) {
		// NIJIKAWA Electronics Vietnam Co., Ltd. read in a Japanese
		// text: a Latin name's legal form goes as in English.
		if t := stripLegalEnglish(name); t != "" {
			name = t
		}
	}
	return name
}

func endsWithKanaOrLatin(s string) bool {
	rs := []rune(s)
	r := rs[len(rs)-1]
	return unicode.In(r, unicode.Katakana, unicode.Latin) || r == 'ー'
}

// hasJapanese reports whether s has kana or kanji.
func hasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

// latinKey lowercases a Latin name and keeps only letters and digits:
// "AT&T Inc." → "att".
func latinKey(name string) string {
	name = stripEnglishForms(name, true)
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Reading returns a comparison key for an organisation's name that is the
// same for its Japanese and Latin spellings: the romanised katakana reading
// of a Japanese name, or the lowercased Latin name without punctuation and
// legal forms. Reading("トヨタ") == Reading("Toyota") == "toyota";
// well-known companies read as their English name (Reading("本田技研工業")
// == "honda").
func Reading(name string) string {
	name = normalise(name)
	if !hasJapanese(name) {
		return latinKey(name)
	}
	stripped := stripLegalJapanese(name)
	if en, ok := jaCompanies[stripped]; ok {
		return latinKey(en)
	}
	tk := japaneseTokenizer()
	if tk == nil {
		return stripped
	}
	var b strings.Builder
	for _, t := range tk.Tokenize(stripped) {
		if r, ok := t.Reading(); ok && r != "" && r != "*" {
			b.WriteString(romanise(r))
			continue
		}
		b.WriteString(romanise(t.Surface))
	}
	return latinKey(b.String())
}
