package incident

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Japanese news writes a foreign organisation's name in katakana
// (ハルボーセン・エネルギ), while the victim is named by its own Latin
// spelling. When the page spells the name in Latin letters somewhere, in
// its address (…/halvorsen-energi) or in the text, latinSpelling finds it
// by sound; the name's generic loanwords (ヘルス, テレコム) translate
// without help, and a kanji word (航空) is taken only when the Latin
// spelling shows how the organisation writes it.

// jaLoanwords are the generic loanwords of organisations' names, with the
// English word they come from.
var jaLoanwords = map[string]string{}

func init() {
	for _, pair := range strings.Split(`ヘルス Health|ヘルスケア Healthcare|メディカル Medical|センター Center|リージョナル Regional|
ホスピタル Hospital|クリニック Clinic|デンタル Dental|ケア Care|ファーマシー Pharmacy|ファーマ Pharma|テレコム Telecom|
コミュニケーションズ Communications|ネットワークス Networks|ネットワーク Network|システムズ Systems|テクノロジーズ Technologies|
テクノロジー Technology|ソリューションズ Solutions|ソフトウェア Software|エナジー Energy|エネルギー Energy|パワー Power|
エアラインズ Airlines|エアウェイズ Airways|エア Air|ホテルズ Hotels|ホテル Hotel|リゾーツ Resorts|リゾート Resort|
グループ Group|ホールディングス Holdings|バンク Bank|ファイナンシャル Financial|ファイナンス Finance|キャピタル Capital|
インシュアランス Insurance|ロジスティクス Logistics|フーズ Foods|リテール Retail|モーターズ Motors|オートモーティブ Automotive|
インダストリーズ Industries|エレクトリック Electric|エレクトロニクス Electronics|ユニバーシティ University|カレッジ College|
スクール School|パートナーズ Partners|マネジメント Management|ゲームズ Games|スタジオ Studio|スタジオズ Studios|メディア Media|
トラスト Trust|クレジット Credit|ユニオン Union|ペイメンツ Payments|モバイル Mobile|ワイヤレス Wireless|ブロードバンド Broadband|
デジタル Digital|インターナショナル International|グローバル Global|ナショナル National|ユナイテッド United|パシフィック Pacific|
ノース North|サウス South|イースト East|ウエスト West|ウェスト West|シティ City|カウンティ County|ディストリクト District|
カウンシル Council|コミュニティ Community|ミューチュアル Mutual|アソシエイツ Associates|コーポレーション Corporation|
カンパニー Company|ストアーズ Stores|ブランズ Brands|トラベル Travel|シッピング Shipping|フレイト Freight|ウォーター Water|
ユーティリティーズ Utilities|ラボラトリーズ Laboratories|バイオ Bio|セキュリティ Security|ソフト Soft|ランド Land|
ブリッジ Bridge|リバー River|レイク Lake|バレー Valley|ヒルズ Hills|パーク Park|ベイ Bay`, "|") {
		ja, en, ok := strings.Cut(strings.TrimSpace(pair), " ")
		if ok {
			jaLoanwords[ja] = en
		}
	}
}

// jaNameKanji are the kanji words of foreign organisations' names in
// Japanese news, with the English words an organisation may write for them;
// which one it writes is known only from its Latin spelling.
var jaNameKanji = map[string][]string{
	"航空": {"airlines", "airways", "air", "aviation"}, "自動車": {"motors", "motor", "automotive", "auto"},
	"銀行": {"bank"}, "病院": {"hospital"}, "大学": {"university"}, "保険": {"insurance"},
	"電機": {"electric"}, "電気": {"electric"}, "工業": {"industries", "industrial"}, "製薬": {"pharmaceuticals", "pharma"},
	"証券": {"securities"}, "通信": {"telecom", "communications"}, "電力": {"power", "energy", "electric"},
	"物流": {"logistics"}, "商事": {"trading"}, "鉄道": {"railway", "railways", "rail"}, "海運": {"shipping"},
	"電子": {"electronics"}, "化学": {"chemical", "chemicals"}, "食品": {"foods", "food"}, "医療": {"health", "medical"},
}

// latinRunRe finds runs of Latin words in a Japanese text.
var latinRunRe = regexp.MustCompile(`[A-Za-z][A-Za-z0-9&'’./\-]*(?: [A-Za-z][A-Za-z0-9&'’./\-]*)*`)

// latinSources returns the word sequences a page spells in Latin letters:
// each label of its host and segment of its path, split at hyphens, and
// the runs of Latin words in its text. Words from the address are lower
// case; the text's keep their case.
func latinSources(pageURL, text string) []latinSource {
	var out []latinSource
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		for _, label := range strings.Split(u.Hostname(), ".") {
			out = append(out, latinSource{words: splitSlug(label)})
		}
		for _, seg := range strings.Split(u.Path, "/") {
			if seg = strings.TrimSuffix(strings.TrimSuffix(seg, ".html"), ".htm"); seg != "" {
				out = append(out, latinSource{words: splitSlug(seg)})
			}
		}
	}
	for _, run := range latinRunRe.FindAllString(text, -1) {
		if ws := strings.Fields(run); len(ws) > 0 {
			out = append(out, latinSource{words: ws, whole: true})
		}
	}
	return out
}

// splitSlug splits an address label or path segment into its words,
// leaving out numbers (dates, ids).
func splitSlug(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '+' }) {
		if strings.ContainsFunc(w, unicode.IsLetter) {
			out = append(out, w)
		}
	}
	return out
}

// namePart is a piece of a Japanese name: a katakana word or a kanji word.
type namePart struct {
	text string
	kana bool
}

// splitForeignName cuts a name into its katakana and kanji words at ・ and
// at changes of script; it returns nil when the name has other letters
// (hiragana, Latin) or no katakana, which are not foreign names.
func splitForeignName(name string) []namePart {
	var parts []namePart
	for _, chunk := range strings.FieldsFunc(name, func(r rune) bool { return r == '・' || r == ' ' || r == '=' || r == '＝' }) {
		var cur []rune
		curKana := false
		for _, r := range chunk {
			kana := unicode.In(r, unicode.Katakana) || r == 'ー'
			if !kana && !unicode.In(r, unicode.Han) {
				return nil
			}
			if len(cur) > 0 && kana != curKana {
				parts = append(parts, namePart{string(cur), curKana})
				cur = nil
			}
			cur, curKana = append(cur, r), kana
		}
		if len(cur) > 0 {
			parts = append(parts, namePart{string(cur), curKana})
		}
	}
	for _, p := range parts {
		if p.kana {
			return parts
		}
	}
	return nil
}

// latinSpelling returns the Latin spelling the page gives for a name
// written in katakana, or "". At least one katakana word must sound like
// a Latin word of the page; every other word must either follow it in the
// same Latin sequence or be a generic loanword. A spelling that only
// romanises the katakana (アマツカゼ, amatsukaze) is a Japanese name, which
// keeps its katakana.
func latinSpelling(name string, sources []latinSource) string {
	parts := splitForeignName(name)
	if parts == nil {
		return ""
	}
	best := ""
	for _, src := range sources {
		if en := alignName(parts, src); en != "" && len(en) > len(best) {
			best = en
		}
	}
	return best
}

// latinSource is a sequence of Latin words a page writes; a run of the
// text's words must be matched whole, legal forms aside, while an address
// segment may say more than the name (nordhavn-billing).
type latinSource struct {
	words []string
	whole bool
}

// alignName matches a name's parts, in order, against one Latin sequence.
func alignName(parts []namePart, src latinSource) string {
	w := src.words
	if src.whole {
		w = trimLegalWords(w)
	}
	for start := range w {
		if src.whole && start > 0 {
			break
		}
		out, n, ok := alignFrom(parts, w, start)
		if ok && (!src.whole || n == len(w)) {
			return out
		}
	}
	return ""
}

// nordicForms are legal forms written with a slash: Nordhavn Telecom A/S.
var nordicForms = wordSet(`a/s aps a/b`)

// trimLegalWords drops legal forms around a name: PT Sorano Motor, Acme Inc.
func trimLegalWords(w []string) []string {
	for len(w) > 1 && (legalSuffixes[strings.ToLower(w[len(w)-1])] || nordicForms[strings.ToLower(w[len(w)-1])]) {
		w = w[:len(w)-1]
	}
	for len(w) > 1 && (legalSuffixes[strings.ToLower(w[0])] || w[0] == "PT") {
		w = w[1:]
	}
	return w
}

// alignFrom aligns the parts with the sequence from word start on: a part
// takes the next word when it sounds or translates like it, and a generic
// loanword may also stand without a word. The first part must take a word
// by sound; it returns where the words taken end.
func alignFrom(parts []namePart, src []string, start int) (string, int, bool) {
	var words []string
	j := start
	sounded, english := false, false
	for k, p := range parts {
		if j < len(src) {
			if w, n := partMatch(p, src, j); n > 0 {
				words = append(words, w)
				j += n
				if p.kana && latinKey(w) == latinKey(romanise(p.text)) && translateLoanwords(p.text) == "" {
					sounded = true
				} else {
					sounded, english = true, true
				}
				continue
			}
		}
		if k == 0 || !p.kana {
			return "", 0, false
		}
		en := translateLoanwords(p.text)
		if en == "" {
			return "", 0, false
		}
		words = append(words, en)
		english = true
	}
	if !sounded || !english {
		return "", 0, false
	}
	return strings.Join(words, " "), j, true
}

// partMatch reports how many words from src[j] a part stands for, with
// their spelling: a katakana word sounding like one word or two run
// together, a loanword or a kanji word whose English is the word.
func partMatch(p namePart, src []string, j int) (string, int) {
	lw := strings.ToLower(src[j])
	if !p.kana {
		for _, en := range jaNameKanji[p.text] {
			if lw == en {
				return titleWord(src[j]), 1
			}
		}
		return "", 0
	}
	if en := translateLoanwords(p.text); en != "" && strings.EqualFold(en, src[j]) {
		return titleWord(src[j]), 1
	}
	if soundsLike(p.text, lw) {
		return titleWord(src[j]), 1
	}
	if j+1 < len(src) && soundsLike(p.text, lw+strings.ToLower(src[j+1])) {
		return titleWord(src[j]) + " " + titleWord(src[j+1]), 2
	}
	// A katakana word written as several Latin ones: メディカルセンター,
	// Medical Center.
	if w, n := loanwordRun(p.text, src, j); n > 0 {
		return w, n
	}
	return "", 0
}

// loanwordRun matches a katakana compound of generic loanwords against the
// Latin words from src[j] on.
func loanwordRun(kana string, src []string, j int) (string, int) {
	var words []string
	for rest := kana; rest != ""; {
		found := false
		for n := utf8.RuneCountInString(rest); n >= 2; n-- {
			head := string([]rune(rest)[:n])
			if en, ok := jaLoanwords[head]; ok && j+len(words) < len(src) && strings.EqualFold(en, src[j+len(words)]) {
				words = append(words, titleWord(src[j+len(words)]))
				rest, found = rest[len(head):], true
				break
			}
		}
		if !found {
			return "", 0
		}
	}
	return strings.Join(words, " "), len(words)
}

// translateLoanwords translates a katakana word made of generic loanwords
// (メディカルセンター → Medical Center), or returns "".
func translateLoanwords(kana string) string {
	if en, ok := jaLoanwords[kana]; ok {
		return en
	}
	rs := []rune(kana)
	for n := len(rs) - 2; n >= 2; n-- {
		if en, ok := jaLoanwords[string(rs[:n])]; ok {
			if rest := translateLoanwords(string(rs[n:])); rest != "" {
				return en + " " + rest
			}
		}
	}
	return ""
}

// titleWord capitalises a lower-case word from an address; a word from the
// text keeps the case it is written in.
func titleWord(w string) string {
	if w == strings.ToLower(w) {
		r, n := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(r)) + w[n:]
	}
	return w
}

// soundsLike reports whether a katakana word is how Japanese writes a
// Latin word: their consonant outlines agree, allowing for the sounds
// katakana drops or adds (an r after a vowel, a v read as u).
func soundsLike(kana, latin string) bool {
	a, b := soundKey(romanise(kana)), soundKey(englishSounds(latin))
	if len(a) < 2 || len(b) < 2 || a[0] != b[0] {
		return false
	}
	if len(a) < 3 || len(b) < 3 {
		// Short outlines (プレーリー, prairie: p r) must agree exactly.
		return string(a) == string(b)
	}
	// A longer outline may differ by one sound, a three-sound one by a
	// dropped r, b, h or g only.
	limit := 1.0
	if len(a) < 4 || len(b) < 4 {
		limit = 0.5
	}
	return soundDistance(a, b) <= limit
}

// englishSounds rewrites English spellings as the sounds katakana writes.
var englishSounds = strings.NewReplacer("ph", "f", "th", "s", "ck", "k", "qu", "kw", "q", "k", "x", "ks", "gh", "",
	"tch", "ch", "ch", "ch", "ce", "se", "ci", "si", "cy", "sy", "c", "k", "wh", "w").Replace

// soundKey keeps the consonants of a romanised word, one letter each: l is
// r, v is b, z is s, sh and ch are one sound, and doubled letters are one.
func soundKey(s string) []byte {
	s = strings.NewReplacer("sh", "S", "ch", "C", "ts", "s", "l", "r", "v", "b", "z", "s", "dz", "s").Replace(strings.ToLower(s))
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("aeiouyw'’.-&", c) >= 0 || c >= '0' && c <= '9' {
			continue
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
}

// soundDistance is an edit distance between consonant outlines in which
// dropping an r, b, h or g (a long vowel, a v read as u, a silent h or g)
// costs half.
func soundDistance(a, b []byte) float64 {
	weak := func(c byte) float64 {
		if strings.IndexByte("rbhg", c) >= 0 {
			return 0.5
		}
		return 1
	}
	prev := make([]float64, len(b)+1)
	cur := make([]float64, len(b)+1)
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + weak(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = prev[0] + weak(a[i-1])
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			switch {
			case a[i-1] == b[j-1]:
			case nearSounds(a[i-1], b[j-1]):
				sub += 0.5
			default:
				sub++
			}
			cur[j] = min(sub, prev[j]+weak(a[i-1]), cur[j-1]+weak(b[j-1]))
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// nearSounds reports consonants katakana writes for one another: ch read
// as k (tech, テック), g as j, sh as s, m as n before b or p.
func nearSounds(x, y byte) bool {
	for _, p := range []string{"Ck", "gj", "Ss", "mn"} {
		if x == p[0] && y == p[1] || x == p[1] && y == p[0] {
			return true
		}
	}
	return false
}

// latinVictims gives the victims of a Japanese article written in katakana
// the Latin spelling the page shows for them.
//
// site is the page's own name (og:site_name "Nordvik Japan"); it is read
// only for a foreign brand's Japanese arm (ノルドヴィク・ジャパン株式会社),
// whose page names the brand in Latin letters as its parent writes it. A
// Japanese firm's romanised site name is no name it goes by in Japanese.
func latinVictims(vs []Victim, pageURL, text, site string) []Victim {
	var sources []latinSource
	for i, v := range vs {
		if parts := strings.Split(stripLegalJapanese(v.Mention), "・"); isInitialism(v.Name) && len(parts) == len(v.Name) && isKatakanaName(stripLegalJapanese(v.Mention)) && !allLetterNames(parts) {
			// ミツハネ・モーター・ベトナム（MMV）: the initials in
			// brackets shorten the name; the name is the katakana one,
			// read below.
			vs[i].Name = stripLegalJapanese(v.Mention)
			v = vs[i]
		}
		if en := officialLatinName(v, text); en != "" {
			vs[i].Name = en
			continue
		}
		if first, _ := utf8.DecodeRuneInString(v.Name); !strings.ContainsFunc(v.Name, func(r rune) bool { return unicode.In(r, unicode.Katakana) }) || unicode.Is(unicode.Han, first) {
			// A name that opens in kanji (北星ウイングス) is a Japanese
			// organisation's, which keeps it; a katakana name with a
			// kanji kind after it (テッサロ航空) may be a foreign one's.
			if en := romanisedLatinName(v.Name, text); en != "" {
				vs[i].Name = en
			}
			continue
		}
		if sources == nil {
			sources = latinSources(pageURL, text)
		}
		name := v.Name
		for _, suf := range []string{"・ジャパン", "ジャパン", "日本法人", "・ジャパン・ホールディングス"} {
			// レンフィールド・ジャパン, the brand's Japanese arm: the
			// brand's own Latin name.
			if core, ok := strings.CutSuffix(name, suf); ok && utf8.RuneCountInString(core) >= 3 {
				name = core
				break
			}
		}
		srcs := sources
		if site != "" && japaneseArmRe.MatchString(v.Name+" "+v.Mention) {
			ws := trimLegalWords(strings.Fields(site))
			if len(ws) > 1 && strings.EqualFold(ws[len(ws)-1], "japan") {
				ws = ws[:len(ws)-1] // "Nordvik Japan": the brand
			}
			srcs = append(slices.Clone(sources), latinSource{words: ws, whole: true})
		}
		if en := latinSpelling(name, srcs); en != "" {
			if known, ok := englishCanon[latinKey(en)]; ok {
				en = known
			}
			vs[i].Name = en
		}
	}
	return vs
}

// allLetterNames reports katakana words that spell Latin letters out
// (エヌ・ティ・ティ for NTT): the initials are then the name itself.
func allLetterNames(parts []string) bool {
	for _, p := range parts {
		if !jaLetterNames[p] {
			return false
		}
	}
	return true
}

// jaLetterNames are the Latin letters as katakana spells them.
var jaLetterNames = wordSet(`エー エイ ビー シー ディー ディ イー エフ ジー ジ エイチ エッチ アイ ジェー ジェイ ケー ケイ エル エム エヌ オー ピー キュー アール エス ティー ティ ユー ブイ ヴイ ダブリュー エックス ワイ ゼット ゼッド`)

// japaneseArmRe finds the name of a foreign brand's Japanese company:
// ノルドヴィク・ジャパン, 〇〇日本法人.
var japaneseArmRe = regexp.MustCompile(`ジャパン|日本法人`)

// romanisedLatinName returns the Latin name a Japanese text writes for a
// victim named in kanji when some reading of the name (see ReadsAs) spells
// the first words of a run of Latin words in the text: 梅沢精工 is the
// "Umezawa Seiko" of "Umezawa Seiko America, Inc.". It returns ""
// otherwise.
func romanisedLatinName(name, text string) string {
	if !strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Han, r) }) || !hasJapanese(name) {
		return ""
	}
	for _, run := range latinRunRe.FindAllString(text, -1) {
		ws := trimLegalWords(strings.Fields(run))
		for i := range ws {
			prefix := strings.TrimRight(strings.Join(ws[:i+1], " "), ",.")
			if len(foldedLatin(prefix)) > 3*len(name) {
				break // longer than any reading of the name
			}
			if ReadsAs(name, prefix) {
				return prefix
			}
		}
	}
	return ""
}

// foldedLatin returns the lower-case Latin letters of s with long vowels
// folded (ou → o, uu → u), the form a reading and a spelling share.
func foldedLatin(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return jaLongVowels.Replace(b.String())
}

// officialLatinRe finds a Japanese name followed by the English name the
// organisation gives itself in brackets, with an English legal form:
// 三和精機株式会社(Sanwa Seiki Co., Ltd.).
var officialLatinRe = regexp.MustCompile(`([^\s()、。]{2,40}?)\s*\((?:(?:英文社名|英文名|英語表記|英文表記|英語社名|English name)\s*[:：]?\s*)?([A-Z][A-Za-z0-9&.' \-]{1,60}?),?\s+(?:Co\.,?\s?Ltd\.?|Inc\.?|Corporation|Corp\.?|K\.\s?K\.|Ltd\.?|Limited|Holdings,?\s+Inc\.?)\)`)

// officialLatinName returns the English name a Japanese victim gives
// itself in the text, written with its English legal form in brackets
// after its Japanese name, or "". A romanisation news writes without a
// legal form is not one.
func officialLatinName(v Victim, text string) string {
	if !hasJapanese(v.Name) {
		return ""
	}
	for _, m := range officialLatinRe.FindAllStringSubmatch(text, -1) {
		ja := stripLegalJapanese(m[1])
		if ja == "" || (!strings.HasSuffix(ja, v.Name) && !strings.HasSuffix(ja, stripLegalJapanese(v.Mention))) {
			continue
		}
		if en := stripLegalEnglish(strings.TrimSpace(m[2])); en != "" {
			return en
		}
	}
	return ""
}
