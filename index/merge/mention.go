package merge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// skeleton is a rough sound key of a romanised or English name that a
// katakana rendering and the English spelling share when no dictionary
// knows the name (チケットマスター → tktmst ← Ticketmaster): soft c as s,
// chi/shi/tsu as ti/si/tu, an English r that is not before a vowel dropped
// (katakana writes it as a long vowel), a w after a vowel dropped likewise,
// l as r, v as b, j as g, z as s, then vowels
// dropped and doubled consonants folded. Too short a skeleton says
// nothing; see params.minSkeleton.
func skeleton(s string) string {
	s = fold(s)
	var b strings.Builder
	rs := []rune(s)
	vowel := func(i int) bool { return i < len(rs) && strings.ContainsRune("aeiouy", rs[i]) }
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 'c' && next == 'k':
			continue
		case r == 't' && next == 's':
			i++ // tsu → tu
		case r == 'c' && next == 'h', r == 's' && next == 'h':
			if r == 'c' {
				r = 't'
			}
			i++
		case r == 'p' && next == 'h':
			r = 'f'
			i++
		case r == 't' && next == 'h' && i > 0 && !vowel(i+2):
			r = 's' // Health → ヘルス; th before a vowel stays (Thomas → トーマス)
			i++
		case r == 'c' && strings.ContainsRune("eiy", next):
			r = 's'
		case r == 'c', r == 'q':
			r = 'k'
		case r == 'r' && !vowel(i+1):
			continue
		case r == 'w' && i > 0 && vowel(i-1) && !vowel(i+1):
			continue // Farrowby → ファロウビー, Shaw → ショー: a w after a vowel is one
		}
		switch r {
		case 'l':
			r = 'r'
		case 'v':
			r = 'b'
		case 'j':
			r = 'g'
		case 'z':
			r = 's' // Games → ゲームズ
		case 'x':
			b.WriteString("k")
			r = 's'
		}
		if strings.ContainsRune("aeiouy", r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		b.WriteRune(r)
	}
	out := []rune(b.String())
	folded := out[:0]
	for i, r := range out {
		if i > 0 && out[i-1] == r {
			continue
		}
		folded = append(folded, r)
	}
	return string(folded)
}

// runKey returns the sound key (skeleton) of a name or name run when it is
// at least min long and, without the legal forms and generic words at its
// ends, still has params.minCoreSkeleton sounds of its own; else "". A
// generic word alone ("Systems" in a Title Case headline) or a name whose
// own part is nearly silent in the skeleton (Isissese Systems and Systems
// are both stms) names no one organisation.
func runKey(run string, min int) string {
	rs := runSoundMemo.get(run)
	if !rs.own || len([]rune(rs.key)) < min {
		return ""
	}
	return rs.key
}

// runSound is what runKey needs of a run whatever the length asked: its
// skeleton, and whether its own part (without legal forms and generic
// words) keeps params.minCoreSkeleton sounds.
type runSound struct {
	key string
	own bool
}

// runSoundMemo memoises computeRunSound: the same capitalised runs recur in
// every article (titles, names, the start of sentences).
var runSoundMemo = newMemo(computeRunSound)

func computeRunSound(run string) runSound {
	words := nameWords(run)
	for len(words) > 0 && (legalWords[words[len(words)-1]] || genericTails[words[len(words)-1]]) {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && (legalWords[words[0]] || genericTails[words[0]]) {
		words = words[1:]
	}
	own := len(words) > 0 && len([]rune(skeleton(strings.Join(words, "")))) >= params.minCoreSkeleton
	return runSound{key: skeleton(run), own: own}
}

// nameWords splits a name or a name run into lowercase words: at spaces and
// punctuation, and where a capital follows a small letter (nameRuns joins
// "Tokautmo Systems" as TokautmoSystems).
func nameWords(s string) []string {
	var words []string
	var w []rune
	prevLower := false
	flush := func() {
		if len(w) > 0 {
			words = append(words, strings.ToLower(string(w)))
			w = w[:0]
		}
	}
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			flush()
		}
		w = append(w, r)
		prevLower = unicode.IsLower(r)
	}
	flush()
	return words
}

// genericTails are words that end many organisation names and that reports
// drop (Latitude Financial Services → Latitude Financial).
var genericTails = map[string]bool{
	"services": true, "service": true, "solutions": true, "systems": true, "technologies": true,
	"technology": true, "entertainment": true, "networks": true, "network": true, "resorts": true,
	"partners": true, "enterprises": true, "industries": true, "cloud": true, "software": true,
	"digital": true,
	// Kinds of organisation that Japanese writes in kanji after a katakana
	// name (Skyreach Airways → スカイリーチ航空, Kingsmoor Rovers FC).
	"airways": true, "airlines": true, "airline": true, "air": true, "fc": true,
}

// kanjiTail cuts what ends a katakana or Latin name written in Japanese:
// the kind of organisation in kanji (航空, 銀行, 病院, 大学) or a legal
// form, returning the name before it; nameForms also keys that.
func kanjiTail(name string) (string, bool) {
	rs := []rune(strings.TrimSpace(normalize(name)))
	i := len(rs)
	for i > 0 && isCJK(rs[i-1]) && !isKatakana(rs[i-1]) {
		i--
	}
	if i == len(rs) || i < 2 {
		return "", false
	}
	head := strings.TrimRight(string(rs[:i]), "・･ ")
	for _, r := range head {
		if isCJK(r) && !isKatakana(r) {
			return "", false
		}
	}
	return head, head != ""
}

// nameForms returns the sound keys a victim name may be written as: the
// skeleton of its reading and of its Latin words without legal forms and
// generic tails. Forms shorter than params.minSkeleton are left out.
func nameForms(name string) []string { return formMemo.get(name) }

// formMemo memoises nameForms.
var formMemo = newMemo(computeNameForms)

// computeNameForms is nameForms without the cache.
func computeNameForms(name string) []string {
	var out []string
	if runKey(name, 1) == "" {
		return nil // a generic word, or a name nearly silent without one
	}
	add := func(s string) {
		if k := skeleton(s); len([]rune(k)) >= params.minSkeleton {
			for _, o := range out {
				if o == k {
					return
				}
			}
			out = append(out, k)
		}
	}
	add(reading(name))
	if head, ok := kanjiTail(name); ok {
		add(reading(head))
	}
	words := strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, name)))
	for len(words) > 1 && (legalWords[words[len(words)-1]] || genericTails[words[len(words)-1]]) {
		words = words[:len(words)-1]
		add(strings.Join(words, ""))
	}
	return out
}

// transliterated reports whether a name in Latin letters and one in
// katakana are one name written in two scripts, though their sound keys
// differ: katakana spells sounds English leaves silent or writes otherwise
// (Delhurst → デルハースト: drhstfds / drhstfs; Techno →
// テクノ). Their whole-name keys must be within params.nearSkeleton edits
// (one from six consonants, two from nine).
func transliterated(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if isLatinName(x) == isLatinName(y) {
				continue
			}
			if crossMatch(crossForm(x), crossForm(y)) {
				return true
			}
			if latin, ja := x, y; isLatinName(latin) && crossReads(latin, ja) || isLatinName(ja) && crossReads(ja, latin) {
				return true
			}
			fx, fy := nameForms(x), nameForms(y)
			if len(fx) == 0 || len(fy) == 0 {
				continue
			}
			if nearSkeletons(fx[0], fy[0]) {
				return true
			}
		}
	}
	return false
}

// kindClasses file the kind words of both scripts under one class, so
// that crossForm ties a kanji name to an English one only when they are
// the same kind of body (大阪病院 is no Osaka University).
var kindClasses = map[string]string{
	"病院": "hospital", "クリニック": "hospital", "医療": "hospital", "hospital": "hospital", "clinic": "hospital", "medical": "hospital",
	"大学": "university", "学院": "university", "学園": "university", "university": "university", "college": "university", "academy": "university", "gakuin": "university", "gakuen": "university",
	"銀行": "bank", "信用金庫": "bank", "bank": "bank", "shinkin": "bank",
	"証券": "securities", "securities": "securities",
	"生命": "insurance", "保険": "insurance", "life": "insurance", "insurance": "insurance",
	"化学工業": "chemical", "化学": "chemical", "化成": "chemical", "kasei": "chemical", "chemical": "chemical", "chemicals": "chemical", "kagaku": "chemical",
	"自動車": "motor", "motor": "motor", "motors": "motor",
	"電機": "electric", "電力": "power", "電子": "electric", "electric": "electric", "electronics": "electric", "denki": "electric",
	"製薬": "pharma", "pharmaceutical": "pharma", "pharmaceuticals": "pharma",
	"航空": "airline", "airlines": "airline", "airways": "airline",
	"鉄道": "railway", "電鉄": "railway", "railway": "railway", "railways": "railway", "railroad": "railway",
}

// jaKindSuffixes end a Japanese organisation's name with the kind of
// body it is, longest first; crossForm takes them off (青葉台中央病院 →
// 青葉台) to compare the name with its English spelling.
var jaKindSuffixes = []string{"化学工業", "信用金庫", "ホールディングス", "グループ", "製作所", "百貨店", "自動車",
	"病院", "精機", "工業", "化学", "化成", "電機", "電子", "商事", "物流", "運輸", "銀行", "大学", "学院", "学園",
	"証券", "生命", "保険", "通信", "製薬", "食品", "建設", "電力", "鉄道", "電鉄", "航空", "印刷", "精密", "産業",
	"興業", "技研", "中央", "総合", "市民", "医療", "センター", "クリニック", "株式会社"}

// enKindWords end an organisation's English name with the kind of body
// it is; crossForm takes them off (Aobadai Central Hospital → Aobadai).
var enKindWords = map[string]bool{
	"hospital": true, "central": true, "general": true, "medical": true, "center": true, "centre": true,
	"clinic": true, "university": true, "college": true, "academy": true, "school": true, "bank": true,
	"shinkin": true, "securities": true, "insurance": true, "life": true, "precision": true, "seiki": true,
	"chemical": true, "chemicals": true, "industries": true, "industry": true, "kogyo": true, "electric": true,
	"electronics": true, "works": true, "manufacturing": true, "trading": true, "logistics": true,
	"transport": true, "motors": true, "motor": true, "pharmaceutical": true, "pharmaceuticals": true,
	"foods": true, "food": true, "construction": true, "printing": true, "railway": true, "railways": true, "railroad": true, "airlines": true,
	"airways": true, "holdings": true, "group": true, "corporation": true, "corp": true, "co": true,
	"inc": true, "ltd": true, "kagaku": true, "kasei": true, "denki": true, "shoji": true, "gakuin": true, "gakuen": true,
	"chuo": true, "sogo": true, // 中央, 総合 left untranslated
	"city": true, "shimin": true, "shiritsu": true, // 市民, 市立
}

// crossForm returns the sound key of a name without the words that say
// what kind of body it is, for comparing a name written in kanji with its
// English spelling (青葉台中央病院 and Aobadai Central Hospital, 白鷺化学工業
// and Shirasagi Chemical); "" when too little is left. It is used only
// across scripts, where two bodies of different kinds sharing a head word
// are rare, never between two names in one script.
func crossForm(name string) string { return crossMemo.get(name) }

// crossMemo memoises crossForm: merging compares each new report's victim
// with many candidates', and a kanji name's reading runs the dictionary.
var crossMemo = newMemo(computeCrossForm)

// computeCrossForm is crossForm without the cache. The key ends with the
// classes of the kind words taken off, so that names of different kinds
// of body never share one.
func computeCrossForm(name string) string {
	head, kinds, latin := crossParts(name)
	if head == "" {
		return ""
	}
	if !latin {
		head = reading(head)
	}
	// The romanised reading itself, not its sound key: a kanji name's
	// Hepburn reading is how its English name is spelt, and a short head
	// (Aobadai) has too few consonants for a key to tell names apart.
	k := crossLetters(head)
	if len(k) < minCrossForm || crossPlaceHeads[k] {
		return "" // too short, or a bare place (Osaka, Tokyo) heads many bodies
	}
	return k + "|" + strings.Join(kinds, ",")
}

// crossParts splits a name into its head and the classes of the kind
// words after it (Aobadai Central Hospital → Aobadai, [hospital];
// 青葉台中央病院 → 青葉台, [hospital]), sorted; latin says the name is in
// Latin letters. A Japanese name without a kind word has no head here ("").
func crossParts(name string) (head string, kinds []string, latin bool) {
	name = strings.TrimSpace(normalize(name))
	addKind := func(w string) {
		if c, ok := kindClasses[w]; ok && !slices.Contains(kinds, c) {
			kinds = append(kinds, c)
		}
	}
	if isLatinName(name) {
		words := strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return ' '
		}, name)))
		for i, w := range words {
			if i > 0 {
				if r, ok := translatedNameWords[w]; ok {
					// Kiryu Highland Railway is 霧生高原鉄道: the
					// word English gives for 高原 is read back.
					words[i] = r
				}
			}
		}
		for len(words) > 1 && enKindWords[words[len(words)-1]] {
			addKind(words[len(words)-1])
			words = words[:len(words)-1]
		}
		if slices.Contains(kinds, "railway") {
			// "Electric Railway" is 電鉄, one kind.
			kinds = slices.DeleteFunc(kinds, func(k string) bool { return k == "electric" })
		}
		slices.Sort(kinds)
		return strings.Join(words, ""), kinds, true
	}
	head = name
	for changed := true; changed; {
		changed = false
		for _, suf := range jaKindSuffixes {
			if rest, ok := strings.CutSuffix(head, suf); ok && utf8.RuneCountInString(rest) >= 2 {
				head, changed = rest, true
				addKind(suf)
			}
		}
	}
	if head == name {
		return "", nil, false // no kind to take off: the whole-name forms compare it
	}
	slices.Sort(kinds)
	return head, kinds, false
}

// crossLetters keeps the Latin letters of a romanised head, long vowels
// folded: リョクトウ is ryokutou in the dictionary's reading and Ryokuto on
// the company's letterhead.
func crossLetters(head string) string {
	k := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, fold(head))
	return longVowels.Replace(k)
}

// crossReads reports whether a Latin name and a Japanese one are one
// body's names because some reading of the Japanese name spells the Latin
// one (see incident.ReadsAs), whole (梅沢精工 and Umezawa Seiko) or head
// to head with kinds that agree (月城精機 and Tsukishiro Precision, 白鷺化学工業
// and Shirasagi Chemical). The tokenizer's one reading misses names whose
// kanji it reads as a person's (精 as きよし).
func crossReads(latin, ja string) bool {
	return crossReadMemo.get(latin + "\x00" + ja)
}

// crossReadMemo memoises crossReads by the pair.
var crossReadMemo = newMemo(func(pair string) bool {
	latin, ja, _ := strings.Cut(pair, "\x00")
	if readsAs(ja, latin) {
		return true
	}
	lh, lk, lok := crossParts(latin)
	jh, jk, _ := crossParts(ja)
	if !lok || lh == "" || jh == "" || len(lh) < minCrossForm || crossPlaceHeads[lh] {
		return false
	}
	if len(lk) > 0 && len(jk) > 0 && !slices.Equal(lk, jk) {
		return false
	}
	return readsAs(jh, lh)
})

// crossMatch reports whether two crossForm keys name one body: the same
// head, and kinds that agree where both names give one.
func crossMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	ha, ka, _ := strings.Cut(a, "|")
	hb, kb, _ := strings.Cut(b, "|")
	return ha == hb && (ka == "" || kb == "" || ka == kb)
}

// translatedNameWords are words English coverage uses for common words
// inside a Japanese name, each with the romaji of the Japanese word: 高原
// is Highland, 記念 Memorial.
var translatedNameWords = map[string]string{
	"highland": "kogen", "highlands": "kogen", "plateau": "kogen", "memorial": "kinen",
	"prefectural": "kenritsu", "municipal": "shiritsu", "national": "kokuritsu",
	"spa": "onsen", "port": "minato", "harbour": "minato", "harbor": "minato",
}

// crossPlaceHeads are places that head the names of many unrelated
// bodies; a name reduced to one says nothing across scripts.
var crossPlaceHeads = map[string]bool{
	"tokyo": true, "osaka": true, "kyoto": true, "nagoya": true, "yokohama": true, "kobe": true, "fukuoka": true,
	"sapporo": true, "sendai": true, "hiroshima": true, "chiba": true, "saitama": true, "nihon": true, "nippon": true,
	"japan": true, "kansai": true, "kanto": true, "kyushu": true, "tohoku": true, "hokkaido": true, "okinawa": true,
}

// longVowels folds the long vowels of a romanised reading.
var longVowels = strings.NewReplacer("ou", "o", "oo", "o", "uu", "u", "aa", "a", "ii", "i", "ee", "e")

// minCrossForm is the fewest letters a crossForm key has.
const minCrossForm = 5

// nearSkeletons reports whether two sound keys are within the edits their
// length allows (see params.nearSkeleton).
func nearSkeletons(x, y string) bool {
	rx, ry := []rune(x), []rune(y)
	n := min(len(rx), len(ry))
	allowed := 0
	for i, l := range params.nearSkeleton {
		if n >= l {
			allowed = i + 1
		}
	}
	return allowed > 0 && editDistance(rx, ry, allowed) <= allowed
}

// editDistance is the Levenshtein distance of a and b, or limit+1 once it
// is sure to exceed limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c = min(c, prev[j], cur[j-1]) + 1
			}
			cur[j] = c
			best = min(best, c)
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// deletionKeys are the keys by which two names within one edit of each
// other meet in the index: the whole-name sound key and each form of it
// with one consonant left out ("sd:" and the form), for keys of at least
// the first params.nearSkeleton length.
func deletionKeys(name string) []string {
	fs := nameForms(name)
	if len(fs) == 0 {
		return nil
	}
	r := []rune(fs[0])
	if len(r) < params.nearSkeleton[0] {
		return nil
	}
	keys := []string{"sd:" + fs[0]}
	for i := range r {
		keys = append(keys, "sd:"+string(r[:i])+string(r[i+1:]))
	}
	return keys
}

// namesAgree reports whether two victim names are likely one organisation
// spelt two ways: a shared sound key (Ticketmaster and チケットマスター,
// Latitude Financial Services and Latitude Financial).
func namesAgree(a, b []string) bool {
	for _, x := range a {
		fx := nameForms(x)
		for _, y := range b {
			for _, fy := range nameForms(y) {
				for _, f := range fx {
					if f == fy {
						return true
					}
				}
			}
		}
	}
	return false
}

// namedIn reports whether text s names one of the victims, in any script:
// the name as written, its key at the start of a katakana or Latin run (see
// victimContext.spans), or a run of katakana (with ・) or of capitalised
// Latin words whose sound key is one of the name's.
func namedIn(names []string, s string) bool {
	if len(names) == 0 || s == "" {
		return false
	}
	vc := newVictimContext(Doc{Victims: names})
	if len(vc.spans(normalize(s))) > 0 {
		return true
	}
	var forms []string
	for _, n := range names {
		forms = append(forms, nameForms(n)...)
	}
	if len(forms) == 0 {
		return false
	}
	for _, run := range nameRuns(s) {
		k := runKey(run, params.minSkeleton)
		if k == "" {
			continue
		}
		for _, f := range forms {
			if k == f {
				return true
			}
		}
	}
	return false
}

// nameRuns returns the stretches of s that may be a name: katakana runs
// (joined by ・ and long-vowel marks) read as romaji, and each run of one to
// four consecutive capitalised Latin words.
func nameRuns(s string) []string {
	var out []string
	var run strings.Builder
	for _, r := range s + "\n" {
		if isKatakana(r) || run.Len() > 0 && (r == '・' || r == '･') {
			run.WriteRune(r)
			continue
		}
		if run.Len() > 0 {
			out = append(out, kanaReading(run.String()))
			run.Reset()
		}
	}
	// Latin words glued to Japanese text (Brixa88から) are split from it,
	// and any Latin word in Japanese text may be a name (kintsuna).
	ja := japaneseText(s)
	toks := tokens(strings.Map(func(r rune) rune {
		if r >= 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return ' '
		}
		return r
	}, s))
	for i := range toks {
		for n := 1; n <= 4 && i+n <= len(toks); n++ {
			last := []rune(toks[i+n-1])
			if !unicode.IsUpper(last[0]) && !ja {
				break
			}
			out = append(out, strings.Join(toks[i:i+n], ""))
		}
	}
	return out
}
