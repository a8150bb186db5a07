package actors

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
)

// The ambiguity rule. An alias is ambiguous when its group marks it so
// (Group.Ambiguous) or when it is a single everyday English word
// (commonWords) or a word of three letters or fewer. Find reports an
// ambiguous alias only with a cue next to it, in the same sentence:
//   - one of the next two words is a cue word ("Play ransomware",
//     "Hive's operators", "Royal gang"), or
//   - looking back, a group noun comes before the alias with at most
//     connector words between ("the ransomware group Play", "a gang
//     known as Cuba"), or
//   - a Japanese cue is written right before or after it
//     (「Play」ランサムウェア, ランサムウェアグループ「Hive」), or the name is
//     set in 「」 in a Japanese sentence holding a cue
//     (「LockBit」や「Akira」などの攻撃グループ).
//
// Sentences end at . ! ? ; 。 and line breaks.

// cueWords mark a neighbouring word as the name of a threat actor.
var cueWords = setOf(`ransomware ransom extortion gang gangs group groups crew hackers hacker
hacking operators operator operation affiliates affiliate actor actors apt collective
syndicate cybercriminals cybercrime encryptor locker leak raas hacktivists hacktivist
threat`)

// cueWordsBefore are the cue words that name a group when they come
// before the name ("the ransomware gang Play"); "hackers Play" is a verb.
var cueWordsBefore = setOf(`ransomware gang group crew actor collective syndicate apt raas`)

// connectors may stand between a cue word and the alias that follows it.
var connectors = setOf(`the a an called named dubbed known as calling itself self styled new
notorious infamous prolific tracked by industry researchers also referred to designated labelled labeled
codenamed code-named nicknamed widely publicly`)

// jaCues are Japanese words that mark a neighbouring name as an actor.
var jaCues = []string{"ランサムウェア", "ランサム", "グループ", "ギャング", "ハッカー", "攻撃者", "攻撃グループ", "集団", "犯罪者", "ハクティビスト"}

// jaDeeds are Japanese words for what an actor does to a victim; after the
// name and at most one particle they mark it as an actor, as in
// Akiraが犯行声明を出した, Qilinのリークサイト, Playによる攻撃.
var jaDeeds = []string{"犯行声明", "リークサイト", "暴露サイト", "による", "によるもの", "が関与", "の関与", "を名乗る"}

// jaParticles may stand between a name and a deed.
var jaParticles = []string{"が", "は", "の", "も"}

// kataCompounds are katakana words that may follow or precede a katakana
// alias inside one katakana run, as in ラザルスグループ.
var kataCompounds = []string{"グループ", "ギャング", "ランサムウェア", "ハッカー", "チーム"}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// genericWords are words that say "a group" without naming one.
var genericWords = setOf(`group team crew gang unit operation`)

// numberedWord matches an everyday word followed by a small number, such as
// "Group 3" or "Team 74": the kind of alias loaded catalogues carry that
// reads as plain English.
var numberedWord = regexp.MustCompile(`^([a-z]+) ?([0-9]{1,2})$`)

// autoAmbiguous reports whether a name is ambiguous by itself, whatever the
// catalogue says: an everyday English word, a short word, or an everyday
// word with a small number.
func autoAmbiguous(name string) bool {
	f := foldString(name)
	if m := numberedWord.FindStringSubmatch(f); m != nil {
		return commonWords[m[1]] || genericWords[m[1]]
	}
	if wordEnd([]byte(f), 0) != len(f) {
		return false // not a single Latin word
	}
	for _, r := range f {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return utf8.RuneCountInString(f) <= 3 || commonWords[f]
}

// hasCue reports whether the match f.s[start:end] has a cue next to it.
func hasCue(f *folded, start, end int) bool {
	s := f.s
	after := wordsAfter(s, end, 2)
	for _, w := range after {
		if cueWords[w] {
			return true
		}
		if w != "s" { // "Hive's operators"
			break
		}
	}
	if end < len(s) && s[end] == ',' {
		// "Medusa, a ransomware group, has listed …": the name in
		// apposition with what it is.
		if ap := wordsAfter(s, end, 3); len(ap) >= 2 && (ap[0] == "a" || ap[0] == "an" || ap[0] == "the") && (cueWordsBefore[ap[1]] || len(ap) > 2 && cueWordsBefore[ap[2]] && (ap[1] == "ransomware" || ap[1] == "extortion" || ap[1] == "hacking" || ap[1] == "cybercrime" || ap[1] == "criminal")) {
			return true
		}
	}
	for _, w := range wordsBefore(s, start, 5) {
		if cueWordsBefore[w] {
			return true
		}
		if !connectors[w] {
			break
		}
	}
	return deedAround(f, start, end) || jaCueAround(s, start, end)
}

// claimVerbs, right after a name, make it a claimant when the words after
// speak of a leak site or a claim: "Akira put the company on its leak site".
var claimVerbs = setOf(`claimed claims listed lists posted posts added adds put puts published publishes`)

var claimObjects = setOf(`leak site blog responsibility credit attack breach hack victims victim data files sample samples`)

// possessedDeeds, after a name's "'s", make it a claimant: "Play's
// listing", "Hive's leak site".
var possessedDeeds = setOf(`listing listings leak ransom extortion negotiators negotiator affiliates affiliate encryptor claim claims`)

// attackVerbs, right after a capitalised name and before another, make it
// the attacker: "after Play hit Harwick & Feld".
var attackVerbs = setOf(`hit hits attacked breached struck targeted encrypted compromised extorted`)

// attributionBefore: "the work of X", "claimed by X", "attributed to X".
// The pairs are read nearest word first. A group naming itself ("the
// group that calls itself X", "attackers identified themselves as X")
// is one too.
var attributionBefore = [][2]string{{"of", "work"}, {"by", "claimed"}, {"to", "attributed"}, {"on", "blamed"}, {"of", "hallmarks"},
	{"itself", "calls"}, {"themselves", "call"}, {"itself", "calling"}, {"themselves", "calling"}, {"as", "themselves"}, {"as", "itself"}}

// deedAround reports an English name used as a claimant or attributed
// actor, which needs no group word beside it.
func deedAround(f *folded, start, end int) bool {
	s := f.s
	after := wordsAfter(s, end, 16)
	if len(after) > 1 && after[0] == "s" && possessedDeeds[strings.ToLower(after[1])] {
		// "Play's listing for the firm", "Play's leak site".
		return true
	}
	skipped := 0
	for len(after) > 0 && (after[0] == "has" || after[0] == "had" || after[0] == "have") {
		after = after[1:]
		skipped++
	}
	if len(after) > 1 && claimVerbs[strings.ToLower(after[0])] {
		// "Play had added Harwick & Feld, an Ohio law firm, to its leak
		// site": the object may be long.
		for _, w := range after[1:] {
			if claimObjects[strings.ToLower(w)] {
				return true
			}
		}
	}
	if len(after) > 1 && attackVerbs[after[0]] && f.upper[start] && f.upper[wordStarts(s, end, skipped+2)[skipped+1]] {
		// "after Play hit Harwick & Feld": a capitalised name striking a
		// named victim ("Cuba hit by floods" is passive).
		return true
	}
	before := wordsBefore(s, start, 2)
	if len(before) == 2 {
		for _, p := range attributionBefore {
			if strings.ToLower(before[0]) == p[0] && strings.ToLower(before[1]) == p[1] {
				return true
			}
		}
	}
	return false
}

// isStop reports whether b ends a sentence or paragraph.
func isStop(s []byte, i int) bool {
	switch s[i] {
	case '\n', '!', '?', ';':
		return true
	case '.':
		return i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n'
	}
	return bytes.HasPrefix(s[i:], []byte("。"))
}

// wordsAfter returns up to n Latin words after s[i:], stopping at a sentence end.
func wordsAfter(s []byte, i, n int) []string {
	var out []string
	for _, start := range wordStarts(s, i, n) {
		out = append(out, string(s[start:wordEnd(s, start)]))
	}
	return out
}

// wordStarts returns where up to n Latin words after s[i:] start,
// stopping at a sentence end.
func wordStarts(s []byte, i, n int) []int {
	var out []int
	for i < len(s) && len(out) < n {
		if isStop(s, i) {
			break
		}
		r, size := utf8.DecodeRune(s[i:])
		if isCJK(r) {
			break
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		out = append(out, i)
		i = wordEnd(s, i)
	}
	return out
}

// wordsBefore returns up to n Latin words before s[:i], nearest first,
// stopping at a sentence end.
func wordsBefore(s []byte, i, n int) []string {
	var out []string
	for i > 0 && len(out) < n {
		r, size := utf8.DecodeLastRune(s[:i])
		if isCJK(r) || isStop(s, i-size) {
			break
		}
		if !isWordRune(r) {
			i -= size
			continue
		}
		j := i
		for i > 0 {
			r, size := utf8.DecodeLastRune(s[:i])
			if !isWordRune(r) {
				break
			}
			i -= size
		}
		out = append(out, string(s[i:j]))
	}
	return out
}

// jaCueAround reports whether a Japanese cue word stands right before or
// after s[start:end], allowing quotes, brackets and spaces between, or
// whether the name is set in 「」 or 『』 in a Japanese sentence that holds a
// cue word, as in 「LockBit」や「Akira」など…攻撃グループ.
func jaCueAround(s []byte, start, end int) bool {
	const punct = " 「」『』()()\"'・"
	after := bytes.TrimLeft(s[end:], punct)
	before := bytes.TrimRight(s[:start], punct)
	glossed := false
	if open := glossStart(s[:start]); open >= 0 && (bytes.HasPrefix(s[end:], []byte(")」")) || bytes.HasPrefix(s[end:], []byte(")』"))) {
		// 「カイロス(Kairos)」: the name glosses a katakana spelling in
		// quotes; what stands around the quotes tells.
		before, glossed = bytes.TrimRight(s[:open], punct), true
	}
	for _, c := range jaCues {
		if bytes.HasPrefix(after, []byte(c)) || bytes.HasSuffix(before, []byte(c)) {
			return true
		}
	}
	if jaDeedAfter(after) {
		return true
	}
	quoted := glossed || bytes.HasSuffix(s[:start], []byte("「")) && bytes.HasPrefix(s[end:], []byte("」")) ||
		bytes.HasSuffix(s[:start], []byte("『")) && bytes.HasPrefix(s[end:], []byte("』"))
	if !quoted {
		return false
	}
	from, to := sentenceBounds(s, start, end)
	for _, c := range append(jaCues, jaDeeds[:3]...) {
		if bytes.Contains(s[from:to], []byte(c)) {
			return true
		}
	}
	return false
}

// glossStart returns where the opening quote stands when s ends with a
// quoted katakana spelling and an opening parenthesis (「カイロス(), or -1.
func glossStart(s []byte) int {
	if !bytes.HasSuffix(s, []byte("(")) {
		return -1
	}
	rest := s[:len(s)-1]
	for len(rest) > 0 {
		r, n := utf8.DecodeLastRune(rest)
		switch {
		case r == '「' || r == '『':
			if len(rest) == len(s)-1 {
				return -1 // nothing between the quote and the parenthesis
			}
			return len(rest) - n
		case isKatakana(r) || r == 'ー' || r == '・':
			rest = rest[:len(rest)-n]
		default:
			return -1
		}
	}
	return -1
}

// sentenceBounds returns the Japanese sentence around s[start:end]: from
// the last 。 or line break before it to the next one after it.
func sentenceBounds(s []byte, start, end int) (from, to int) {
	if i := bytes.LastIndex(s[:start], []byte("。")); i >= 0 {
		from = i + len("。")
	}
	from = max(from, bytes.LastIndexByte(s[:start], '\n')+1)
	to = len(s)
	if i := bytes.Index(s[end:], []byte("。")); i >= 0 {
		to = end + i
	}
	if i := bytes.IndexByte(s[end:to], '\n'); i >= 0 {
		to = end + i
	}
	return from, to
}

// kataBoundaryBefore reports whether a katakana alias may start at s[i]:
// the text before is not katakana, or is one of kataCompounds.
func kataBoundaryBefore(s []byte, i int) bool {
	r, _ := utf8.DecodeLastRune(s[:i])
	if !isKatakana(r) {
		return true
	}
	for _, c := range kataCompounds {
		if bytes.HasSuffix(s[:i], []byte(c)) {
			return true
		}
	}
	return false
}

// kataBoundaryAfter reports whether a katakana alias may end at s[end].
func kataBoundaryAfter(s []byte, end int) bool {
	r, _ := utf8.DecodeRune(s[end:])
	if !isKatakana(r) {
		return true
	}
	for _, c := range kataCompounds {
		if bytes.HasPrefix(s[end:], []byte(c)) {
			return true
		}
	}
	return false
}

// jaDeedAfter reports whether text right after a name says what an actor
// did, with at most one particle between.
func jaDeedAfter(after []byte) bool {
	rest := [][]byte{after}
	for _, p := range jaParticles {
		if r, ok := bytes.CutPrefix(after, []byte(p)); ok {
			rest = append(rest, r)
		}
	}
	for _, r := range rest {
		for _, d := range jaDeeds {
			if bytes.HasPrefix(r, []byte(d)) {
				return true
			}
		}
	}
	return false
}
