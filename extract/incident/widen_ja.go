package incident

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The dictionary splits names it does not know at kana it reads as words
// of their own: あかげら商事 comes out as あ|かげら|商事, もず野市民病院 as
// も|ず|野|市民|病院, 芦ノ浦工業 as 芦|ノ|浦|工業, and the name finder keeps
// only the tail (商事, 野市民病院, 浦工業). The text itself shows where the
// name begins: wherever it writes the tail, the same letters stand before
// it, and at least once those letters follow a break (a line's start, a
// punctuation mark, a bracket or a legal form).

// groupParents names each victim by its group when the text introduces it
// as a member of a group that carries its name (小雪物産グループの小雪物産
// ロジスティクス株式会社): a subsidiary under its parent's name goes under
// the parent, as testdata/corpus/README.md labels Toyota's. canonJapanese
// does this for a parent the text names on its own; the name finder does
// not read 小雪物産グループ as a name, so this phrase is read here.
func groupParents(vs []Victim, text string) []Victim {
	for i, v := range vs {
		runes := []rune(v.Name)
		for k := len(runes) - 1; k >= 2; k-- {
			parent := string(runes[:k])
			if strings.Contains(text, parent+"グループの"+v.Name) || strings.Contains(text, parent+"グループ傘下の"+v.Name) {
				vs[i].Name = parent
				break
			}
		}
	}
	return vs
}

// widenJapaneseVictims gives a victim the letters the site's name
// (publisher) writes before it when the site's name ends with it, or else
// the letters text always writes before it (see jaNameHead).
func widenJapaneseVictims(vs []Victim, text, publisher string) []Victim {
	for i, v := range vs {
		if v.Name == publisher && stripJaLegalForms(v.Mention) != strings.TrimSpace(v.Mention) {
			// 株式会社トリノメ, the page's own publisher with its legal
			// form: the whole name, whatever brand (「チケットトリノメ」)
			// the text quotes around it.
			continue
		}
		head, ok := strings.CutSuffix(publisher, v.Name)
		if !ok || head == "" || !jaFragment(v.Name) || okurigana(head) {
			head = jaNameHead(v.Name, text)
		}
		if head == "" {
			head = quotedBrandHead(v.Name, text)
		}
		if head != "" {
			vs[i].Name = head + v.Name
			if strings.HasSuffix(v.Mention, v.Name) {
				vs[i].Mention = head + v.Mention
			}
		}
	}
	return vs
}

// quotedBrandHead returns the letters to put before name when the text
// quotes a brand (「たびまる」) and writes the company named after it right
// where name stands (たびまるトラベル), name being what the dictionary left
// of it: a fragment, katakana only (トラベル, a common word there) or cut
// inside the kana (らトラベル); "" otherwise.
func quotedBrandHead(name, text string) string {
	first, _ := utf8.DecodeRuneInString(name)
	if !jaFragment(name) && !isKatakanaName(name) && !unicode.In(first, unicode.Hiragana) {
		return ""
	}
	for _, m := range jaQuotedRe.FindAllStringSubmatch(text, -1) {
		q := m[1]
		n := utf8.RuneCountInString(q)
		if n < 2 || strings.HasPrefix(name, q) {
			continue
		}
		// The brand's last letters may open name already (ほしぞら,
		// らトラベル): put before it only what is missing, the brand's
		// first k bytes, k at a letter's start or the brand's end.
		for k := range len(q) + 1 {
			if n <= maxJaHead && k > 0 && (k == len(q) || utf8.RuneStart(q[k])) && strings.HasPrefix(name, q[k:]) && strings.Contains(text, q[:k]+name) {
				return q[:k]
			}
		}
		// The company shares its brand's opening words and goes on
		// otherwise: 「こもれびの谷ストア」 run by こもれびの谷書房, of which
		// the dictionary left 谷書房 (the kana before it read as words).
		for k := len(q) - 1; k > 0; k-- {
			if !utf8.RuneStart(q[k]) || utf8.RuneCountInString(q[:k]) < 2 || utf8.RuneCountInString(q[:k]) > maxJaHead {
				continue
			}
			r1, _ := utf8.DecodeRuneInString(q[k:])
			r2, _ := utf8.DecodeRuneInString(name)
			if r1 == r2 && !strings.HasPrefix(name, q[k:]) && strings.Contains(text, q[:k]+name) {
				return q[:k]
			}
		}
	}
	return ""
}

// jaQuotedRe finds a term in Japanese quotation marks.
var jaQuotedRe = regexp.MustCompile(`[「『]([^「」『』、。\s]{2,12})[」』]`)

// maxJaHead is the most letters widenJapaneseVictims puts before a name.
const maxJaHead = 8

// jaNameHead returns the letters text writes before every occurrence of
// name, when at least one occurrence has them right after a break and the
// name occurs twice or more, or beside a legal form (芦ノ浦工業株式会社,
// 株式会社あかげら商事); "" when not.
func jaNameHead(name, text string) string {
	if !jaFragment(name) {
		return ""
	}
	var heads, delimited []string
	legal := false
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			break
		}
		at := i + j
		run, broken, afterLegal := jaRunBefore(text[:at])
		heads = append(heads, run)
		if broken && utf8.RuneCountInString(run) >= 2 {
			delimited = append(delimited, run)
			legal = legal || afterLegal || jaLegalFormAt(text[at+len(name):])
		}
		i = at + len(name)
	}
	if len(delimited) == 0 || len(heads) < 2 && !legal {
		return ""
	}
	head := delimited[0]
	for _, d := range delimited[1:] {
		if len(d) < len(head) {
			head = d
		}
	}
	for _, h := range heads {
		if !strings.HasSuffix(h, head) {
			return ""
		}
	}
	if okurigana(head) {
		// 被害を受けた: a verb, kanji and its kana ending, before the name.
		return ""
	}
	if last, _ := utf8.DecodeLastRuneInString(head); strings.ContainsRune("都道府県国", last) {
		// 長野県三河原町: a place before the name, not its first letters.
		return ""
	}
	if first, _ := utf8.DecodeRuneInString(head); strings.ContainsRune("同当本弊貴", first) {
		// 同病院, 当社: a reference, not a name's first letters.
		return ""
	}
	return head
}

// jaRunBefore returns the letters of a name that end before, at most
// maxJaHead, and whether a break stands before them (and whether that
// break is a legal form).
func jaRunBefore(before string) (run string, broken, legal bool) {
	end := len(before)
	start := end
	for n := 0; start > 0; n++ {
		for _, f := range jaLegalForms {
			if strings.HasSuffix(before[:start], f) {
				return before[start:end], true, true
			}
		}
		r, size := utf8.DecodeLastRuneInString(before[:start])
		if !jaNameRune(r) || jaParticleAfterNoun(before[:start]) {
			return before[start:end], true, false
		}
		if n == maxJaHead {
			return before[start:end], false, false
		}
		start -= size
	}
	return before[start:end], true, false
}

// jaNameRune reports a letter a Japanese name may hold.
func jaNameRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == '々' || r == '・' || r == 'ヶ'
}

// jaParticleAfterNoun reports whether s ends in a particle written after a
// noun in kanji or katakana (保険代理店の, 同社は), where a name cannot run on:
// ひばりが丘 keeps its が, written after kana.
func jaParticleAfterNoun(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune("のはがをにでとへやも", r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-size])
	return unicode.In(p, unicode.Han, unicode.Katakana) || p == 'ー'
}

// okurigana reports whether s writes kana after a kanji, as a verb's or an
// adjective's ending is written (受けた, 新しい).
func okurigana(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if unicode.Is(unicode.Hiragana, r) && unicode.Is(unicode.Han, prev) {
			return true
		}
		prev = r
	}
	return false
}

// jaLegalFormAt reports whether s opens with a legal form.
func jaLegalFormAt(s string) bool {
	for _, f := range jaLegalForms {
		if strings.HasPrefix(s, f) {
			return true
		}
	}
	return false
}

// jaFragment reports whether name may be the tail of a name the
// dictionary split: it opens in a kanji (商事, 浦工業). A name opening in
// kana or Latin letters was found whole, and what stands before it
// describes it (スーパー大手ハヌルマート, 生活協同組合コープみなづき).
func jaFragment(name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	return unicode.Is(unicode.Han, first)
}
