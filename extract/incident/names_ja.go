package incident

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// jaName is an organisation name found in Japanese text.
type jaName struct {
	text  string
	legal bool // written with a legal form such as 株式会社
	// sure marks a spelling the text itself sets off as a name: quoted,
	// with a legal form, or followed by its head office in brackets.
	sure bool
}

// jaSpan is where a name stands among a sentence's tokens; the shape
// resumes at skip, after a bracketed head office such as (大阪市).
type jaSpan struct{ start, end, skip int }

// jaSentence is a Japanese sentence whose organisation names are replaced by
// placeholders, as enSentence is for English.
type jaSentence struct {
	sentence
	names []jaName
	shape string
	// cueShape is the shape cues read: without a short form's definition
	// (N0 (以下「N1 」という)) or a term's gloss in brackets.
	cueShape string
	toks     []tokenizer.Token
	spans    []jaSpan
}

var jaLegalTokens = map[string]bool{"株式会社": true, "有限会社": true, "合同会社": true, "合資会社": true, "合名会社": true}

// jaMakerWords are the kinds of business that make a katakana word before
// them a company's name (カナメ電装); wider words (センター, グループ) do
// not.
var jaMakerWords = wordSet(`電装 電機 電気 電工 電子 電産 工業 製作所 精工 精機 精密 商事 物産 建設 製薬 薬品 化学 化成 食品 製菓 産業 興業 運輸 物流 商会 商店 本舗 技研 重工 紡績 金属 酒造 醸造 光学 機工 鉄工 印刷`)

// isKatakanaWord reports a word written in katakana only.
func isKatakanaWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'ァ' && r <= 'ヺ' || r == 'ー') {
			return false
		}
	}
	return true
}

// corporate words continue an organisation's name: トヨタ東京販売, 日立製作所.
var jaCorporateWords = wordSet(`化成 化工 製紙 紡績 金属 鉱業 海運 倉庫 酒造 醸造 製鋼 電工 精工 電装 電材 電線 電産 化研 精密 光学 機工 機械 工機 工作所 紙業 製粉 製油 繊維 織物 染工 陶器 窯業 鋼業 鉄工 鉄工所 造船 船舶 汽船 倉庫運輸 薬品 印刷 店 信用組合 労働金庫 共済 生協 農協 漁協 信組 労金 生保 公社 公団 事業団 会議所 商工会議所 販売 自動車 工業 製作所 電機 電気 銀行 証券 保険 生命 損保 商事 物産 建設 製薬 化学 鉄道 航空
電力 通信 放送 新聞 出版 食品 製菓 百貨店 病院 大学 学園 協会 財団 機構 研究所 学会 協議会 連合会 信用金庫 信金 組合 市 町 村 県 府 区 庁 省 工業所
産業 興業 運輸 物流 商会 商店 本舗 製造 技研 精機 重工 重工業 電子 ホールディングス グループ ジャパン システムズ テクノロジーズ
コーポレーション インターナショナル エンタープライズ ソリューションズ ネットワークス コミュニケーションズ エレクトロニクス
ファイナンス カンパニー 東京 大阪 名古屋 日本 西日本 東日本 ・ & 高校 高等学校 中学校 小学校 短期大学 医療センター センター 役場 役所 消防 観光 交通 バス タクシー 製作 工房 電設 設備 薬局 書店 出版社 新聞社 放送局 銀行 商工会 農園 牧場 水産 畜産 林業 建工 住建 住宅 不動産 ガス 石油 エネルギー 製菓 菓子 酒店 旅館 ホテル 通販 書房 通商 貿易 交易`)

// institution words make a place name an organisation: 〇〇市, 〇〇病院.
var jaInstitutions = wordSet(`市 町 村 県 府 区 大学 病院 銀行 信用金庫 役場 役所 学園 高校 高等学校 医療センター 庁
企業団 信用組合 協同組合 労働金庫 組合 学会 協議会 連合会`)

// nationalBody reports a society or association named for its country:
// 日本応用海洋生物学会, 日本〇〇協会, whose country word is part of the name.
func nationalBody(run []tokenizer.Token) bool {
	var b strings.Builder
	for _, t := range run {
		b.WriteString(t.Surface)
	}
	return nationalBodyRe.MatchString(b.String())
}

// nationalBodyRe finds the name of a national society or association.
var nationalBodyRe = regexp.MustCompile(`^(?:日本|全日本|全国)[^、。]{1,20}(?:学会|協会|協議会|連合会|連盟|財団|機構)$`)

func isNoun(t tokenizer.Token) bool {
	pos := t.POS()
	return len(pos) > 1 && pos[0] == "名詞" && pos[1] != "数" && pos[1] != "代名詞" && pos[1] != "非自立" && pos[1] != "副詞可能"
}

func isLatinWord(s string) bool {
	for _, r := range s {
		if !(unicode.In(r, unicode.Latin) || unicode.IsDigit(r) || r == '&' || r == '-' || r == '.' || r == '\'' || r == '’') {
			return false
		}
	}
	return strings.Trim(s, "'’") != ""
}

// japaneseNames finds the organisation spans among one sentence's tokens.
func japaneseNames(toks []tokenizer.Token) (names []jaName, spans []jaSpan) {
	add := func(n jaName, sp jaSpan) {
		if strayKanaBefore(toks, sp.start) || brokenKanaWord(toks, sp.start) {
			// の|さ|ざなみ化粧品: a kana the dictionary read as a
			// sentence-final particle opens the name; こもれ|び雑貨: a
			// kana word the dictionary cut as a verb.
			sp.start--
		}
		var b strings.Builder
		for _, t := range toks[sp.start:sp.end] {
			b.WriteString(t.Surface)
		}
		n.text = b.String()
		names = append(names, n)
		spans = append(spans, sp)
	}
	for i := 0; i < len(toks); {
		if e := coopName(toks, i); e > i {
			add(jaName{sure: true}, jaSpan{i, e, e})
			i = e
			continue
		}
		if f := coopFormEnd(toks, i); f > i && f < len(toks) {
			// 生活協同組合コープみなもと: the co-operative by the name it
			// goes by.
			if e := coopName(toks, f); e > f {
				add(jaName{sure: true, legal: true}, jaSpan{f, e, e})
				i = e
				continue
			}
		}
		if q, nameEnd := quotedName(toks, i); q > i+1 {
			add(jaName{sure: true}, jaSpan{i + 1, nameEnd, q})
			i = q
			continue
		}
		if q := legalQuote(toks, i); q > i+1 {
			// 医療法人社団「翠嶺会」: the quote after a legal form is the
			// body's name, whatever its words read as.
			add(jaName{sure: true, legal: true}, jaSpan{i + 1, q, q})
			i = q
			continue
		}
		if end, skip := glossedName(toks, i); end > i {
			add(jaName{sure: true}, jaSpan{i, end, skip})
			i = skip
			continue
		}
		start, end, legal := orgSpan(toks, i)
		if end <= i || start == end {
			if e := describedName(toks, i); e > i {
				add(jaName{}, jaSpan{i, e, e})
				i = e
				continue
			}
		}
		if end <= i {
			i++
			continue
		}
		if start < end {
			skip := end
			if p := placeParen(toks, end); p > end {
				skip = p
			}
			add(jaName{legal: legal, sure: legal || skip > end}, jaSpan{start, end, skip})
		}
		i = end
	}
	return names, spans
}

// glossedName reads a name (nouns, not hiragana) followed by its reading
// in hiragana brackets and then a particle or a mark, as the press
// introduces a name whose reading is not obvious: 印刷会社、燕紙工(つばく
// ろしこう)は. The name opens after a boundary (the start, a symbol, a
// particle); a glossed word followed by its verb (改竄(かいざん)し) or a
// person's title (〇〇(…)容疑者) is no name. It returns where the name
// ends and where its gloss ends, or i, i.
func glossedName(toks []tokenizer.Token, i int) (end, skip int) {
	if i > 0 {
		if pos := toks[i-1].POS(); len(pos) == 0 || pos[0] != "記号" && pos[0] != "助詞" {
			return i, i
		}
	}
	j := i
	for j < len(toks) && j-i < 4 && isNoun(toks[j]) && !isBracket(toks[j].Surface) && !isHiragana(toks[j].Surface) && hasWordRune(toks[j].Surface) && !strings.ContainsFunc(toks[j].Surface, unicode.IsDigit) {
		j++
	}
	if j == i || j >= len(toks) || !isBracket(toks[j].Surface) || toks[j].Surface != "(" && toks[j].Surface != "（" {
		return i, i
	}
	k, runes := j+1, 0
	for k < len(toks) && isHiragana(toks[k].Surface) {
		runes += utf8.RuneCountInString(toks[k].Surface)
		k++
	}
	if runes < 2 || runes > 24 || k >= len(toks) || toks[k].Surface != ")" && toks[k].Surface != "）" {
		return i, i
	}
	name := 0
	for _, t := range toks[i:j] {
		name += utf8.RuneCountInString(t.Surface)
	}
	if runes < name {
		// A reading is no shorter than what it reads.
		return i, i
	}
	if k+1 < len(toks) && !kanaNameStop(toks[k+1]) || jaPersonAfter[toks[min(k+1, len(toks)-1)].Surface] {
		// 改竄(かいざん)し: a word glossed for the reader, then its verb;
		// 鷲尾瑞(わしおみずき)容疑者: a person.
		return i, i
	}
	return j, k + 1
}

// jaPersonAfter follow a person's name: 容疑者, 被告, 氏.
var jaPersonAfter = wordSet(`容疑者 被告 被告人 氏 さん 様 社長 会長 教授 准教授 記者 議員 市長 町長 知事 弁護士 院長 理事長`)

// coopFormEnd returns the end of a co-operative's legal form opening at
// token i, which the dictionary may cut into words (生活/協同/組合), or i.
func coopFormEnd(toks []tokenizer.Token, i int) int {
	var b strings.Builder
	for k := i; k < len(toks) && k < i+3; k++ {
		b.WriteString(toks[k].Surface)
		if coopForms[b.String()] {
			return k + 1
		}
	}
	return i
}

// coopPrefixes open the names co-operatives go by, the rest often written
// in hiragana (JAしおかぜ, コープみなもと), which the dictionary reads as
// words and particles.
var coopPrefixes = wordSet(`JA ＪＡ JF ＪＦ コープ 生協 COOP CO・OP`)

// coopForms are the legal forms written before a co-operative's name.
var coopForms = wordSet(`生活協同組合 農業協同組合 漁業協同組合 協同組合`)

// coopName reads a co-operative's name opening at token i: its prefix and
// the hiragana after it, less a closing particle (コープ|みな|も|と|は →
// コープみなもと). It returns where the name ends, or i.
func coopName(toks []tokenizer.Token, i int) int {
	if !coopPrefixes[toks[i].Surface] {
		return i
	}
	j := i + 1
	for j < len(toks) && j-i <= 6 && (isHiragana(toks[j].Surface) || coopPlaceWord(toks[j])) {
		j++
	}
	if j > i+2 || j == i+2 && utf8.RuneCountInString(toks[i+1].Surface) >= 2 {
		if pos := toks[j-1].POS(); len(pos) > 0 && pos[0] == "助詞" && utf8.RuneCountInString(toks[j-1].Surface) == 1 && (j == len(toks) || !isHiragana(toks[j].Surface)) {
			j--
		}
	}
	runes := 0
	for _, t := range toks[i+1 : j] {
		runes += utf8.RuneCountInString(t.Surface)
	}
	if runes < 2 {
		return i
	}
	return j
}

// coopPlaceWord reports a word a co-operative's name may carry after its
// kana or between them: a place's name or a point of the compass
// (JAあかね南, JA北つくば).
func coopPlaceWord(t tokenizer.Token) bool {
	if coopCompass[t.Surface] {
		return true
	}
	pos := t.POS()
	return len(pos) > 2 && pos[0] == "名詞" && pos[1] == "固有名詞" && pos[2] == "地域" && !isHiragana(t.Surface)
}

// coopCompass are the points of the compass and their like that end or
// open a co-operative's regional name.
var coopCompass = wordSet(`東 西 南 北 中央 中 東部 西部 南部 北部`)

// describedName reads a name written after the kind of organisation it
// is (印刷大手の|北辰|プリント, 部品メーカーの|三|葉|工業), where the words
// of the name may be common nouns or a numeral and its counter: a run of
// two to six nouns closed by a particle or a bracket. It returns where
// the name ends, or i.
func describedName(toks []tokenizer.Token, i int) int {
	if e := placedFacility(toks, i); e > i {
		return e
	}
	if i < 2 || !(toks[i-1].Surface == "の" && jaDescriptors[toks[i-2].Surface] || businessClauseBefore(toks, i)) || jaDescriptors[toks[i].Surface] {
		return i
	}
	j := i
	for j < len(toks) && j-i < 6 {
		pos := toks[j].POS()
		if len(pos) < 2 || pos[0] != "名詞" || pos[1] == "代名詞" || pos[1] == "副詞可能" || pos[1] == "非自立" || !hasWordRune(toks[j].Surface) || legalAt(toks, j) > 0 {
			break
		}
		j++
	}
	if j-i < 2 || j >= len(toks) || !kanaNameStop(toks[j]) || toks[j].Surface == "の" {
		return i
	}
	last := toks[j-1].Surface
	if jaGeneric[last] && !jaCorporateWords[last] || jaDescriptors[last] {
		return i
	}
	corporate := jaCorporateWords[last] || jaInstitutions[last] || jaKanaNameHeads[last]
	for _, t := range toks[i:j] {
		if jaIncidentNouns[t.Surface] || jaGeneric[t.Surface] && !jaCorporateWords[t.Surface] {
			return i
		}
		// A numeral opens a name (三|葉|工業) only before a corporate word,
		// never as a figure (3|割).
		if pos := t.POS(); len(pos) > 1 && pos[1] == "数" && (!corporate || strings.ContainsFunc(t.Surface, unicode.IsDigit)) {
			return i
		}
	}
	return j
}

// businessClauseBefore reports a clause saying what business the noun at i
// does, which makes it an organisation: 港湾運送事業を手がける|梓|浦|港|運,
// 通販サイトを運営する|….
func businessClauseBefore(toks []tokenizer.Token, i int) bool {
	if i < 3 {
		return false
	}
	v, obj := toks[i-1].Surface, i-2
	if v == "する" {
		v, obj = toks[i-2].Surface+v, i-3
	}
	return jaBusinessVerbs[v] && toks[obj].Surface == "を"
}

// jaBusinessVerbs say what business an organisation does.
var jaBusinessVerbs = wordSet(`手がける 手掛ける 営む 運営する 展開する 経営する 製造する 販売する`)

// placedFacility reads a facility's name after the city it stands in
// (札幌市の|北斗星|美術館は, 函館市の|白鳥|座|美術館は): up to three words and a facility's
// word (美術館, 病院), closed by a particle or a bracket. It returns where
// the name ends, or i.
func placedFacility(toks []tokenizer.Token, i int) int {
	if i < 2 || toks[i-1].Surface != "の" {
		return i
	}
	if pos := toks[i-2].POS(); len(pos) < 3 || pos[1] != "接尾" || pos[2] != "地域" {
		return i
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if !jaFacilityEnds[toks[j].Surface] {
			continue
		}
		for k, t := range toks[i:j] {
			pos := t.POS()
			word := len(pos) > 2 && pos[0] == "名詞" && (pos[1] == "一般" || pos[1] == "固有名詞" || k > 0 && pos[1] == "接尾" && pos[2] == "一般")
			if !word || jaIncidentNouns[t.Surface] || jaGeneric[t.Surface] || jaDescriptors[t.Surface] {
				return i
			}
		}
		if j+1 < len(toks) && kanaNameStop(toks[j+1]) && toks[j+1].Surface != "の" {
			return j + 1
		}
		return i
	}
	return i
}

// quotedName reads a short quoted name 「ゆめポイント」 opening at token i and
// returns the index of the closing bracket and where the name ends: a
// trailing service word goes (「たちばな園オンラインショップ」 names
// たちばな園). It returns i, i when there is none.
func quotedName(toks []tokenizer.Token, i int) (closing, nameEnd int) {
	if toks[i].Surface != "「" {
		return i, i
	}
	odd := false // a particle, an auxiliary or a verb inside the quote
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if toks[j].Surface == "」" {
			end := j
			for end > i+2 && jaServiceWords[toks[end-1].Surface] {
				end--
			}
			if odd {
				// 「な|な|ほし|建設」: kana the dictionary read as
				// particles, and a company's word closing the quote —
				// the quote is the company's name; so is one a kind of
				// business introduces (医療機器商社の「くす|の|き|医療|器」).
				if end == j && j > i+2 && jaCorporateWords[toks[j-1].Surface] && quotedKana(toks[i+1:j-1]) {
					return j, end
				}
				if end == j && j > i+2 && isNoun(toks[j-1]) && descriptorBefore(toks, i) && (toks[i-1].Surface != "の" || j+1 < len(toks) && isBracket(toks[j+1].Surface) || jaCorporateWords[toks[j-1].Surface] || jaKanaNameHeads[toks[j-1].Surface]) {
					// (After 〇〇メーカーの a quote is as often a
					// product's name: the company's has its place in
					// brackets after it, 「…」(大阪市), or ends as a
					// company's does.)
					return j, end
				}
				return i, i
			}
			if !plausibleName(toks[i+1:end]) && !(end == j && isLatinRun(toks[i+1:j])) && !(end == j && namedQuote(toks, i) && descriptorBefore(toks, i)) {
				return i, i
			}
			return j, end
		}
		pos := toks[j].POS()
		if len(pos) == 0 {
			return i, i
		}
		hiragana := isHiragana(toks[j].Surface)
		if (pos[0] == "助詞" || pos[0] == "助動詞" || pos[0] == "動詞" || pos[0] == "形容詞" && hiragana) && !namedQuote(toks, i) {
			if !hiragana {
				return i, i
			}
			odd = true
		}
	}
	return i, i
}

// quotedKana reports tokens, before a company's word, that are all kana,
// one word's worth (at most 6 runes): the name the dictionary cut up.
func quotedKana(toks []tokenizer.Token) bool {
	n := 0
	for _, t := range toks {
		if !isHiragana(t.Surface) && !isKatakanaWord(t.Surface) {
			return false
		}
		n += utf8.RuneCountInString(t.Surface)
	}
	return n >= 2 && n <= 6
}

// legalQuote returns the index of the closing bracket of a short quote
// opening at token i right after a legal form (医療法人社団「翠嶺会」), or i.
func legalQuote(toks []tokenizer.Token, i int) int {
	if toks[i].Surface != "「" || !afterLegalForm(toks, i) {
		return i
	}
	runes := 0
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if toks[j].Surface == "」" {
			if j == i+1 || runes > 20 {
				return i
			}
			return j
		}
		runes += utf8.RuneCountInString(toks[j].Surface)
		if strings.ContainsAny(toks[j].Surface, "。、") {
			return i
		}
	}
	return i
}

// afterLegalForm reports whether the tokens before token i spell a legal
// form, which the dictionary may cut into words (医療/法人/社団).
func afterLegalForm(toks []tokenizer.Token, i int) bool {
	before := ""
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		before = toks[k].Surface + before
		if slices.Contains(jaLegalForms, before) {
			return true
		}
	}
	return false
}

// descriptorBefore reports whether the token before a quote names a kind
// of business (部品メーカー「はやせ精工」, 倉庫会社「…」, 商社の「…」),
// which introduces the quote as that business's name whatever its words
// read as.
func descriptorBefore(toks []tokenizer.Token, i int) bool {
	if i > 1 && toks[i-1].Surface == "の" {
		// 医療機器商社の「…」: the kind, then の.
		i--
	}
	return i > 0 && jaDescriptorRe.MatchString(toks[i-1].Surface)
}

// namedQuote reports a quote the text introduces as a name, a category
// noun followed by a short quote ending in a noun: サービス「はなまるポイント」.
// Inside such a quote kana may read as particles or verbs.
func namedQuote(toks []tokenizer.Token, i int) bool {
	if i == 0 || !isNoun(toks[i-1]) {
		return false
	}
	runes := 0
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		if toks[j].Surface == "」" {
			return j > i+1 && isNoun(toks[j-1]) && runes <= 16
		}
		if strings.ContainsAny(toks[j].Surface, "、。「") {
			return false
		}
		runes += utf8.RuneCountInString(toks[j].Surface)
	}
	return false
}

// jaServiceWords end the name of a shop, site or app run by the
// organisation whose name they follow.
var jaServiceWords = wordSet(`オンラインショップ ショップ オンライン ストア 通販 サイト 公式 アプリ ウェブサイト ECサイト 予約 予約サイト`)

// isLatinRun reports tokens written in Latin letters, spaces between them
// included: TAKUMI Robotics.
func isLatinRun(run []tokenizer.Token) bool {
	for _, t := range run {
		if t.Surface != " " && !isLatinWord(t.Surface) {
			return false
		}
	}
	return len(run) > 0
}

// placeParen returns the index after a bracketed place that follows a name,
// as news writes a company's head office: さくら旅行サービス(大阪市). It
// returns i when there is none.
func placeParen(toks []tokenizer.Token, i int) int {
	if i >= len(toks) || toks[i].Surface != "(" {
		return i
	}
	places := 0
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		t := toks[j]
		switch {
		case t.Surface == ")":
			if places > 0 {
				return j + 1
			}
			return i
		case t.Surface == "、" && places > 0:
			// (埼玉県川口市、199床): details may follow the place.
			if k := closingParen(toks, j, i+16); k > j {
				return k + 1
			}
			return i
		case isPlace(t) || placeSuffix(t):
			places++
		case t.Surface == "・" && places > 0 && j+2 < len(toks) && toks[j+2].Surface == ")" && isNoun(toks[j+1]) && utf8.RuneCountInString(toks[j+1].Surface) <= 3:
			// (東京・中央), (大阪・北): a newspaper's head office, the
			// city and its ward cut short.
			return j + 3
		case jaPlaceWords[t.Surface]:
		case j+1 < len(toks) && isNoun(t) && placeSuffix(toks[j+1]):
			// さいたま|市: a name the dictionary does not know as a place,
			// made one by its suffix.
		default:
			// (企業長・岡部市長), (管理者・北原市長): the bracket may say
			// who heads the body.
			if k := closingParen(toks, j, i+12); k > j && titledParen(toks[i+1:k]) {
				return k + 1
			}
			return i
		}
	}
	return i
}

// strayKanaBefore reports a one-kana particle right before a name that
// opens in hiragana, where no particle can stand (after another particle,
// a bracket or the start): the kana is the name's first sound, さ of
// さざなみ read as さ|ざなみ.
func strayKanaBefore(toks []tokenizer.Token, start int) bool {
	if start < 1 || start >= len(toks) || !isHiragana(toks[start].Surface) {
		return false
	}
	t := toks[start-1]
	pos := t.POS()
	if utf8.RuneCountInString(t.Surface) != 1 || !isHiragana(t.Surface) || len(pos) < 2 || pos[0] != "助詞" || pos[1] != "終助詞" {
		return false
	}
	if start-2 < 0 {
		return true
	}
	prev := toks[start-2].POS()
	return len(prev) > 0 && (prev[0] == "助詞" || prev[0] == "記号")
}

// brokenKanaWord reports a name opening with one hiragana whose word the
// dictionary cut off before it as a verb or a noun (を営む|こもれ|び|雑貨):
// the kana before it, after a boundary, is the start of the name.
func brokenKanaWord(toks []tokenizer.Token, start int) bool {
	if start < 2 || start >= len(toks) || !isHiragana(toks[start].Surface) || utf8.RuneCountInString(toks[start].Surface) != 1 {
		return false
	}
	t := toks[start-1]
	if n := utf8.RuneCountInString(t.Surface); !isHiragana(t.Surface) || n < 2 || n > 4 {
		return false
	}
	if pos := t.POS(); len(pos) == 0 || pos[0] != "動詞" && pos[0] != "名詞" && pos[0] != "形容詞" {
		return false
	}
	prev := toks[start-2].POS()
	return len(prev) > 0 && (prev[0] == "助詞" || prev[0] == "記号" || prev[0] == "動詞")
}

// placeSuffix reports a suffix that makes the word before it a place:
// 市, 区, 町, 村, 県.
func placeSuffix(t tokenizer.Token) bool {
	pos := t.POS()
	return len(pos) > 2 && pos[1] == "接尾" && pos[2] == "地域"
}

// headTitle reports a head's title: 社長, 理事長, 企業長, 市長.
func headTitle(s string) bool {
	return jaTitles[s] || strings.HasSuffix(s, "長") && utf8.RuneCountInString(s) <= 3 || strings.HasPrefix(s, "長・")
}

// titledParen reports bracketed tokens that hold a head's title, as a
// name's bracket does when it says who leads the body.
func titledParen(toks []tokenizer.Token) bool {
	for _, t := range toks {
		if headTitle(t.Surface) {
			return true
		}
	}
	return false
}

// closingParen returns the index of the ")" after j, before limit and
// with no sentence break or nested bracket on the way, or j.
func closingParen(toks []tokenizer.Token, j, limit int) int {
	for k := j + 1; k < len(toks) && k <= limit; k++ {
		switch toks[k].Surface {
		case ")":
			return k
		case "(", "。", "「", "」":
			return j
		}
	}
	return j
}

// isBracket reports a bracket, which the dictionary may read as a noun.
func isBracket(s string) bool {
	return s == "(" || s == ")" || s == "（" || s == "）"
}

// jaPlaceWords may stand in a bracketed head office: (本社:東京都港区).
var jaPlaceWords = wordSet(`本社 本店 本部 所在地 : 、 ・ 都 道 府 県 市 区 町 村`)

// legalAt returns the number of tokens a legal form such as 株式会社 or
// 学校法人 takes at token i, or 0.
func legalAt(toks []tokenizer.Token, i int) int {
	if i >= len(toks) {
		return 0
	}
	if jaLegalTokens[toks[i].Surface] {
		return 1
	}
	if i+1 < len(toks) && jaLegalTokens[toks[i].Surface+toks[i+1].Surface] {
		// The dictionary cuts some forms in two: 有限|会社, 合同|会社.
		return 2
	}
	if i+1 < len(toks) && toks[i+1].Surface == "法人" && jaCorpPrefix[toks[i].Surface] {
		return 2
	}
	// The dictionary may split the prefix too: 社会|福祉|法人,
	// 特定|非|営利|活動|法人.
	for n := 2; n <= 4; n++ {
		if i+n < len(toks) && toks[i+n].Surface == "法人" {
			var b strings.Builder
			for _, t := range toks[i : i+n] {
				b.WriteString(t.Surface)
			}
			if jaCorpPrefix[b.String()] {
				return n + 1
			}
		}
	}
	return 0
}

var jaCorpPrefix = wordSet(`学校 医療 社会福祉 社会医療 一般社団 一般財団 公益社団 公益財団 社団 財団 国立大学 公立大学 国立研究開発 地方独立行政 独立行政 宗教 特定非営利活動 NPO
税理士 弁護士 司法書士 行政書士 社会保険労務士 監査 弁理士`)

// nameToken reports whether a token can be part of a noun run naming an
// organisation.
func nameToken(t tokenizer.Token) bool {
	pos := t.POS()
	if len(pos) < 2 {
		return false
	}
	switch {
	case t.Surface == "・" || t.Surface == "&" || t.Surface == "-":
		return true
	case !hasWordRune(t.Surface):
		return false
	case pos[0] != "名詞":
		return false
	case pos[1] == "接尾":
		return len(pos) > 2 && pos[2] != "助数詞"
	case pos[1] == "非自立":
		// A katakana fragment the dictionary cut off a name (ホ|シノ不動産).
		return isKatakanaOrLatin(t.Surface) && !isLatinWord(t.Surface)
	}
	return pos[1] != "数" && pos[1] != "代名詞" && pos[1] != "副詞可能"
}

// counterInsideName reports a counter the dictionary cut out of a name,
// between a word that is no figure and a word of the name: 雪|割|酒造 (a
// figure's counter follows a number: 3割).
func counterInsideName(toks []tokenizer.Token, j int) bool {
	if j == 0 || j+1 >= len(toks) {
		return false
	}
	pos, prev := toks[j].POS(), toks[j-1].POS()
	return len(pos) > 2 && pos[1] == "接尾" && pos[2] == "助数詞" &&
		len(prev) > 1 && prev[0] == "名詞" && prev[1] != "数" && !strings.ContainsAny(toks[j-1].Surface, jaKanjiNumerals+"0123456789０１２３４５６７８９") &&
		nameToken(toks[j+1]) && !breaksName(toks[j+1])
}

// kanaInsideName reports a one-kana auxiliary the dictionary cut out of a
// name written after its legal form, with a noun on either side: 株式会社
// こと|り|堂.
func kanaInsideName(toks []tokenizer.Token, j int) bool {
	if j == 0 || j+1 >= len(toks) || utf8.RuneCountInString(toks[j].Surface) != 1 {
		return false
	}
	pos := toks[j].POS()
	prev, next := toks[j-1].POS(), toks[j+1].POS()
	// A particle written in katakana (ヒノ|デ|化成) is no particle: the
	// dictionary cut a katakana name.
	aux := len(pos) > 0 && (pos[0] == "助動詞" || pos[0] == "助詞" && isKatakanaWord(toks[j].Surface))
	return aux && len(prev) > 0 && prev[0] == "名詞" && len(next) > 0 && next[0] == "名詞" && !breaksName(toks[j+1])
}

// prefectureSuffix reports the 都/道/府/県 that makes a place a prefecture.
func prefectureSuffix(t tokenizer.Token) bool {
	return placeSuffix(t) && strings.Contains("都道府県", t.Surface) && utf8.RuneCountInString(t.Surface) == 1
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// numeralPrefix reports a one-kanji numeral written straight before the
// proper noun at i, with no counter between them, as place names open
// (三|河原町, 八|王子): part of the name, not a count.
func numeralPrefix(toks []tokenizer.Token, i int) bool {
	if i == 0 || !strings.Contains("一二三四五六七八九十", toks[i-1].Surface) || utf8.RuneCountInString(toks[i-1].Surface) != 1 {
		return false
	}
	if pos := toks[i-1].POS(); len(pos) < 2 || pos[1] != "数" {
		return false
	}
	if i >= 2 {
		// After a prefecture (長野県三河原町) the numeral still opens a name.
		if p := toks[i-2].POS(); nameToken(toks[i-2]) && !(len(p) > 2 && p[1] == "接尾" && p[2] == "地域") || len(p) > 1 && p[1] == "数" {
			return false
		}
	}
	pos := toks[i].POS()
	return len(pos) > 1 && pos[1] == "固有名詞"
}

// jaKanjiNumerals are the numerals that open names (三ツ森, 一二三).
const jaKanjiNumerals = "一二三四五六七八九十百千"

// numeralOpening returns where a run of one-kanji numerals ending just
// before i starts, when it stands at a boundary (the start of a sentence,
// punctuation, a particle); i otherwise.
func numeralOpening(toks []tokenizer.Token, i int) int {
	k := i
	for k > 0 && i-k < 3 {
		t := toks[k-1]
		pos := t.POS()
		if utf8.RuneCountInString(t.Surface) != 1 || !strings.Contains(jaKanjiNumerals, t.Surface) || len(pos) < 2 || pos[1] != "数" {
			break
		}
		k--
	}
	if k == i || k > 0 && (nameToken(toks[k-1]) || isNoun(toks[k-1])) {
		return i
	}
	return k
}

// orgSpan returns the name span starting at token i and where scanning
// resumes: a legal form with the name it precedes or follows, or a noun run
// without its leading descriptors (米ホテル大手マリオット → マリオット).
func orgSpan(toks []tokenizer.Token, i int) (start, end int, legal bool) {
	if n := legalAt(toks, i); n > 0 {
		// 株式会社〇〇: the name follows, whatever its parts of speech.
		j := i + n
		if e := kanaWholeName(toks, j); e > j {
			// 株式会社|も|り|の|ね|は: a name all in hiragana, which
			// the dictionary read as particles.
			return i, e, true
		}
		j = kanaOpening(toks, j)
		for j < len(toks) && j-i < n+6 && (!breaksName(toks[j]) || latinSpace(toks, j) || kanaInsideName(toks, j)) && legalAt(toks, j) == 0 && !isBracket(toks[j].Surface) && !contactAt(toks, j) {
			j++
		}
		if j == i+n {
			// A legal form alone (税理士法人に…) names no one.
			return i + n, i + n, false
		}
		return i, j, true
	}
	if end := kanaNameEnd(toks, i); end > i {
		if n := legalAt(toks, end); n > 0 {
			return i, end + n, true
		}
		return i, end, false
	}
	if i+1 < len(toks) && isKatakanaWord(toks[i].Surface) && utf8.RuneCountInString(toks[i].Surface) >= 2 && jaMakerWords[toks[i+1].Surface] {
		// カナメ|電装, ヒバリ|食品: a katakana word before a kind of
		// business is a company's name, whatever the word means.
		end := i + 2
		if n := legalAt(toks, end); n > 0 {
			return i, end + n, true
		}
		// ヤツハシ|電機|システムズ|株式会社: a unit's words between the
		// kind of business and the legal form that closes the name.
		k := end
		for k < len(toks) && k < end+3 && (isKatakanaWord(toks[k].Surface) || jaCorporateWords[toks[k].Surface]) && legalAt(toks, k) == 0 {
			k++
		}
		if n := legalAt(toks, k); k > end && n > 0 {
			return i, k + n, true
		}
		return i, end, false
	}
	if !nameToken(toks[i]) {
		return i, i, false
	}
	j := i
	for j < len(toks) && (j-i < 8 || j-i < 14 && katakanaJoin(toks, j)) && (nameToken(toks[j]) || latinSpace(toks, j) || j > i && latinDigits(toks, j) || j > i && numeralPrefix(toks, j+1) || j > i && placeGa(toks, j) || j > i && counterInsideName(toks, j) || j > i && kanaLink(toks, j)) && legalAt(toks, j) == 0 && !jaTitles[toks[j].Surface] && !jaAddressees[toks[j].Surface] {
		j++
	}
	for j > i && toks[j-1].Surface == " " {
		j--
	}
	if j < len(toks) && jaAddressees[toks[j].Surface] {
		// お取引先各位, 総務部御中: whom a letter is addressed to; a
		// legal form right after (各位株式会社…, the lines run together)
		// opens the sender's name.
		return j + 1, j + 1, false
	}
	end = j
	if j < len(toks) {
		if n := legalAt(toks, j); n > 0 {
			end, legal = j+n, true
		}
	}
	start = i
	for k := i; k < j-1 && !publicFacility(toks[i:j]); k++ {
		if jaDescriptors[toks[k].Surface] || k > i && jaDescriptors[toks[k-1].Surface+toks[k].Surface] {
			start = k + 1
		}
	}
	if start+2 < j && isPlace(toks[start]) && prefectureSuffix(toks[start+1]) && strings.ContainsAny(lastRune(toks[j-1].Surface), "市町村区") {
		// 山形県|五十嵐町: the municipality, not its prefecture.
		start += 2
	}
	if start == i && numeralPrefix(toks, i) {
		// 三|河原町: a place name the dictionary opens with a numeral.
		start = i - 1
	} else if start == i && namePrefix(toks, i) {
		// 小|鴨瀬|市, 新|鴨川|病院: a kanji the dictionary reads as a
		// prefix opens the proper noun it is written onto.
		start = i - 1
	} else if start == i && j > i && jaCorporateWords[toks[j-1].Surface] {
		// 三|ツ|森|化成, 一|二|三|商事: kanji numerals open a company's
		// name; a figure (3割, 二社) has no corporate word after it.
		start = numeralOpening(toks, i)
	}
	if start < j-1 && isCountry(toks[start]) && !jaInstitutions[toks[start+1].Surface] && placeParen(toks, j) == j && !nationalBody(toks[start:j]) && !kanjiNameAfterCountry(toks, start) {
		start++
	}
	start = latinTail(toks, start, j)
	if !legal && measureUnit(toks, start, j) {
		return end, end, false
	}
	if !legal && !plausibleName(toks[start:j]) && !(placeParen(toks, j) > j && plausibleBeforePlace(toks[start:j])) {
		return end, end, false
	}
	if !legal && placeParen(toks, j) == j && loanwordOnly(toks[start:j]) && !publicFacility(toks[start:j]) {
		return end, end, false
	}
	return start, end, legal
}

// jaAddressees end the words that address a letter: 各位, 御中.
var jaAddressees = wordSet(`各位 御中`)

// placeGa reports the が (or ヶ) inside a place's name that a body is
// named after, which the dictionary reads as a particle: 瑞穂|が|丘|大学,
// 桜|ヶ|丘|中学校. The word after it is one kanji of the land (丘, 原, 浜,
// 崎) that the name goes on from.
func placeGa(toks []tokenizer.Token, j int) bool {
	if j == 0 || j+2 >= len(toks) || (toks[j].Surface != "が" && toks[j].Surface != "ヶ" && toks[j].Surface != "ケ") {
		return false
	}
	if !placeMorphemes[toks[j+1].Surface] || !hasHanRune(toks[j-1].Surface) {
		return false
	}
	pos := toks[j+2].POS()
	return len(pos) > 0 && pos[0] == "名詞" && !breaksName(toks[j+2])
}

// placeMorphemes are the one-kanji words of the land that end a place's
// name after が: 瑞穂が丘, 桜ヶ原, 霧ヶ峰.
var placeMorphemes = wordSet(`丘 岡 原 浜 崎 谷 関 峰 島 池 沢 森 台 山 坂 江 窪 淵 根 野 瀬 浦 洞 辻 袋 尾 岳`)

// hasHanRune reports a string holding a kanji.
func hasHanRune(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// measureUnit reports one short Latin word right after a figure, a unit
// (1.2|TB, 500|GB, 30|MB), never a name.
func measureUnit(toks []tokenizer.Token, start, end int) bool {
	if end != start+1 || start == 0 || !isLatinWord(toks[start].Surface) || utf8.RuneCountInString(toks[start].Surface) > 3 {
		return false
	}
	pos := toks[start-1].POS()
	return len(pos) > 1 && pos[1] == "数"
}

// kanaLink reports a one-character kana link between two kanji words of a
// name, as place and school names are written (鷺|ノ|杜|大学, 霞|ヶ|浦): the
// dictionary reads it as a symbol, not as part of the noun run.
func kanaLink(toks []tokenizer.Token, j int) bool {
	if j == 0 || j+1 >= len(toks) || !strings.Contains("ノヶケッヵ", toks[j].Surface) || utf8.RuneCountInString(toks[j].Surface) != 1 {
		return false
	}
	prev, next := toks[j-1], toks[j+1]
	last, _ := utf8.DecodeLastRuneInString(prev.Surface)
	first, _ := utf8.DecodeRuneInString(next.Surface)
	return isNoun(prev) && isNoun(next) && unicode.Is(unicode.Han, last) && unicode.Is(unicode.Han, first)
}

// jaNonNamePrefixes are one-kanji prefixes that point at or qualify a noun
// (同社, 各校, 旧市, 全職員) rather than open a proper name.
var jaNonNamePrefixes = wordSet(`同 各 当 本 弊 貴 御 全 両 前 元 現 旧 約 計 第 非 未 不 無 超 再 副 総 諸 某 故 他 高 低 最 準 次 毎 翌 昨 今 来 短 長 多 少 半 被 要 対 反 亜 米 英 仏 独 中 韓 露 豪 加 印 伊 蘭 台`)

// namePrefix reports a one-kanji prefix right before the proper noun at i
// (小|鴨瀬, 新|鴨川, 小|ヶ|谷) at the start of a phrase: the name's first
// character, which the dictionary split off.
func namePrefix(toks []tokenizer.Token, i int) bool {
	if i == 0 || utf8.RuneCountInString(toks[i-1].Surface) != 1 || jaNonNamePrefixes[toks[i-1].Surface] {
		return false
	}
	if pos := toks[i-1].POS(); len(pos) < 2 || pos[0] != "接頭詞" || pos[1] != "名詞接続" {
		return false
	}
	if i >= 2 && (isNoun(toks[i-2]) || nameToken(toks[i-2])) {
		return false
	}
	k := i
	if kanaLink(toks, k) || toks[k].Surface == "ヶ" && k+1 < len(toks) {
		k++
	}
	pos := toks[k].POS()
	return len(pos) > 1 && pos[1] == "固有名詞"
}

// katakanaJoin reports a katakana word or a ・ inside a foreign name
// spelt in katakana, which may run past a noun run's usual length after
// the words describing it: 医療IT企業ノースブリッジ・ヘルス・システムズ.
func katakanaJoin(toks []tokenizer.Token, j int) bool {
	if toks[j].Surface == "・" {
		return j+1 < len(toks) && isKatakanaWord(toks[j+1].Surface)
	}
	return isKatakanaWord(toks[j].Surface) && j > 0 && toks[j-1].Surface == "・"
}

// latinDigits reports digits the dictionary cut from the Latin word
// before them: Zorvex|77 is one name, Zorvex77.
func latinDigits(toks []tokenizer.Token, j int) bool {
	if j == 0 || !isLatinWord(toks[j-1].Surface) || !strings.ContainsFunc(toks[j-1].Surface, unicode.IsLetter) {
		return false
	}
	for _, r := range toks[j].Surface {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return toks[j].Surface != ""
}

// kanaNameEnd reads a name opening in hiragana that the dictionary splits
// into other words, verbs and particles included (はやぶさ電機 read as
// はや|ぶさ|電機, やま|ぶ|き|信用金庫): at a boundary, two to six hiragana
// followed by a short noun run that ends in a corporate or institution
// word, and then a particle or a bracket. It returns where the name ends,
// or i.
func kanaNameEnd(toks []tokenizer.Token, i int) int {
	afterVerb := false
	if i > 0 {
		pos := toks[i-1].POS()
		afterVerb = attributiveVerb(toks[i-1])
		if !afterVerb && (len(pos) == 0 || pos[0] != "助詞" && pos[0] != "記号") {
			return i
		}
	}
	if pos := toks[i].POS(); !afterVerb && (len(pos) == 0 || kanaNameOpenerBlocked[pos[0]] || jaKanaNonNames[toks[i].Surface] || pos[0] == "動詞" && len(pos) > 1 && pos[1] == "非自立") {
		// している|株式会社…: an auxiliary verb (いる, ある) opens no
		// name.
		return i
	}
	c, runes := i, 0
	for c < len(toks) && c-i < 4 && isHiragana(toks[c].Surface) {
		runes += utf8.RuneCountInString(toks[c].Surface)
		c++
	}
	if runes < 2 || runes > 6 || c >= len(toks) || !nameToken(toks[c]) {
		return i
	}
	if afterVerb && !kanaRunAfterVerb(toks[i:c]) {
		return i
	}
	j, end := c, i
	for j < len(toks) && j-c < 4 && nameToken(toks[j]) && !isHiragana(toks[j].Surface) {
		if j > c && legalAt(toks, j) > 0 {
			// やまぶきビジネスサービス株式会社: the legal form closes the name.
			end = j
			break
		}
		j++
		if kanaNameHead(toks, c, j) {
			end = j
		}
	}
	if end == i || end < len(toks) && !kanaNameStop(toks[end]) && legalAt(toks, end) == 0 {
		return i
	}
	return end
}

// attributiveVerb reports a verb in its plain form, which opens a clause
// describing the noun after it: 販売を手がける|はなもり工房.
func attributiveVerb(t tokenizer.Token) bool {
	f := t.Features()
	return len(f) > 5 && f[0] == "動詞" && f[5] == "基本形"
}

// kanaRunAfterVerb reports whether hiragana after a describing verb can
// open a name: a verb is not followed by a particle, so a leading は or a
// word the dictionary misread belongs to the name (こと|の|は|茶舗), but a
// run ending in a case particle (ための) or a nominaliser with its particle
// (こと|は) does not.
func kanaRunAfterVerb(run []tokenizer.Token) bool {
	first, last := run[0], run[len(run)-1]
	if jaCaseParticles[first.Surface] || jaCaseParticles[last.Surface] && !(last.Surface == "や" && len(run) > 2) {
		// (A shop's name may end in や, 屋 in kana, however the
		// dictionary cut what comes before: こと|り|や|商会.)
		return false
	}
	if len(run) == 2 {
		if pos := first.POS(); len(pos) > 1 && pos[1] == "非自立" {
			return false
		}
	}
	return true
}

// jaCaseParticles are the particles that tie a noun to its verb, never
// part of a name opening in hiragana.
var jaCaseParticles = wordSet(`の に を が で と も へ や から より まで`)

// kanaOpening returns where the hiragana opening a name at j ends when a
// noun follows it (株式会社み|ず|なぎ銀行), whatever the dictionary read
// the kana as, or j.
func kanaOpening(toks []tokenizer.Token, j int) int {
	c, runes := j, 0
	for c < len(toks) && c-j < 4 && isHiragana(toks[c].Surface) {
		runes += utf8.RuneCountInString(toks[c].Surface)
		c++
	}
	if runes < 2 || runes > 6 || c >= len(toks) || !nameToken(toks[c]) {
		return j
	}
	return c
}

// kanaWholeName returns where a name written wholly in hiragana ends when
// it opens at token j, right after a legal form: two to eight runes of
// hiragana tokens, then a subject's or an object's particle that is
// followed by no more hiragana and no word a name ends with (もりのね|は|3月,
// not ことの|は|茶舗 or ねむり|の|森), or a mark. It returns j when there is
// none.
func kanaWholeName(toks []tokenizer.Token, j int) int {
	runes := 0
	for c := j; c < len(toks) && c-j < 6; c++ {
		t := toks[c].Surface
		if c > j && runes >= 2 && (jaNameEndParticles[t] && (c+1 == len(toks) || !isHiragana(toks[c+1].Surface) && !jaKanaNameHeads[toks[c+1].Surface] && !jaCorporateWords[toks[c+1].Surface]) || t == "、" || t == "(" || t == "（" || t == " ") {
			return c
		}
		if !isHiragana(t) || c == j && jaLongParticles[t] {
			// (株式会社|から|の委託: a particle, no name.)
			return j
		}
		if runes += utf8.RuneCountInString(t); runes > 8 {
			return j
		}
	}
	return j
}

// jaNameEndParticles may follow a name wholly in hiragana as its subject
// or object; の and と are as often inside one (ねむりの森, ことのは).
var jaNameEndParticles = wordSet(`は が も では を に`)

// jaLongParticles are particles of two kana or more, which open no name.
var jaLongParticles = wordSet(`から より まで への との では には とは ので のみ など について による において として`)

// kanaNameOpenerBlocked are parts of speech that cannot open a name:
// conjunctions and demonstratives (しかし, この). Adverbs may (はや|ぶさ電機),
// save the everyday ones of jaKanaNonNames.
var kanaNameOpenerBlocked = map[string]bool{"助詞": true, "助動詞": true, "接続詞": true, "連体詞": true, "感動詞": true, "記号": true}

// jaKanaNonNames are hiragana words that open noun phrases, not names.
var jaKanaNonNames = wordSet(`これ それ あれ どの この その あの こうした そうした いずれ ほか など すべて あらゆる ため もの こと ところ よう いわゆる
また さらに すでに まだ ほぼ まず なお ただ とくに とりわけ もっと もう よく ともに いまだ かつて すぐ やはり ついに いずれも`)

// jaKanaNameHeads end a name that opens in hiragana, besides corporate and
// institution words: ことり堂, みさと川水道企業団, あおい会計.
var jaKanaNameHeads = wordSet(`茶舗 舗 堂 屋 園 舎 館 亭 会 団 企業団 会計 事務所 薬局 ドラッグ クリニック 医院 歯科 書店 工房 農園 牧場 酒造 醸造 旅館 ホテル 学院 塾 幼稚園 保育園
ダイニング フーズ ストア マート トラベル ファーム ラボ スタジオ キッチン ベーカリー カフェ`)

// kanaNameHead reports whether the noun run toks[c:j] after the hiragana
// ends as an organisation does.
func kanaNameHead(toks []tokenizer.Token, c, j int) bool {
	last := toks[j-1].Surface
	if jaGeneric[last] && !jaCorporateWords[last] {
		return false
	}
	return jaCorporateWords[last] || jaInstitutions[last] || jaKanaNameHeads[last]
}

// kanaNameStop reports a token that may follow a name: a particle or a
// bracket, comma or space.
func kanaNameStop(t tokenizer.Token) bool {
	pos := t.POS()
	return len(pos) > 0 && (pos[0] == "助詞" || pos[0] == "記号") || t.Surface == " " || isBracket(t.Surface)
}

func isHiragana(s string) bool {
	for _, r := range s {
		if !unicode.In(r, unicode.Hiragana) {
			return false
		}
	}
	return s != ""
}

// latinSpace reports a space between two Latin words of one name.
func latinSpace(toks []tokenizer.Token, j int) bool {
	return toks[j].Surface == " " && j > 0 && j+1 < len(toks) && isLatinWord(toks[j-1].Surface) && isLatinWord(toks[j+1].Surface)
}

// latinTail moves the start of a noun run to a Latin-script name written
// after common kanji nouns that describe it: 暗号資産取引所Bybit → Bybit.
func latinTail(toks []tokenizer.Token, start, end int) int {
	for k := start + 1; k < end; k++ {
		if !isLatinWord(toks[k].Surface) || isLatinWord(toks[k-1].Surface) || toks[k-1].Surface == " " {
			continue
		}
		for m := start; m < k; m++ {
			if pos := toks[m].POS(); len(pos) > 1 && pos[1] == "固有名詞" || isKatakanaOrLatin(toks[m].Surface) {
				return start
			}
		}
		return k
	}
	return start
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// jaTitles end a name in a signature: 株式会社〇〇 代表取締役社長.
var jaTitles = wordSet(`代表取締役 取締役 社長 学長 理事長 院長 会長 代表 代表者 CEO 執行役員 病院長 市長 町長 村長 知事`)

func breaksName(t tokenizer.Token) bool {
	if jaTitles[t.Surface] {
		return true
	}
	pos := t.POS()
	if len(pos) == 0 {
		return true
	}
	return pos[0] == "助詞" || pos[0] == "助動詞" || pos[0] == "動詞" || pos[0] == "記号" && t.Surface != "・" && t.Surface != "&"
}

// jaContactWords open the contact line a letterhead writes after the
// issuer's name: 株式会社〇〇 お問い合わせ：….
var jaContactWords = wordSet(`問い合わせ 問合せ 問合わせ 問い合せ 連絡先 電話 窓口 担当 広報 TEL Tel tel FAX`)

// contactAt reports a contact word at token j, or a polite prefix before
// one (お|問い合わせ).
func contactAt(toks []tokenizer.Token, j int) bool {
	if jaContactWords[toks[j].Surface] {
		return true
	}
	return (toks[j].Surface == "お" || toks[j].Surface == "ご") && j+1 < len(toks) && jaContactWords[toks[j+1].Surface]
}

// isCountry reports a country written before a foreign company's name:
// 米マイクロソフト, 豪オプタス.
func isCountry(t tokenizer.Token) bool {
	pos := t.POS()
	return len(pos) > 3 && pos[2] == "地域" && pos[3] == "国"
}

// kanjiNameAfterCountry reports 日, read as Japan's abbreviation, opening
// a kanji name instead: 日|隈|交通 is a firm of 日隈, not a Japanese 隈交通.
// News writes 日 before no Japanese firm (米|医療機器… is an American one),
// and a foreign firm after it is written in katakana or Latin letters, or
// is a name the dictionary knows.
func kanjiNameAfterCountry(toks []tokenizer.Token, start int) bool {
	if toks[start].Surface != "日" || start+1 >= len(toks) {
		return false
	}
	next := toks[start+1]
	r, _ := utf8.DecodeRuneInString(next.Surface)
	pos := next.POS()
	return unicode.Is(unicode.Han, r) && !(len(pos) > 2 && pos[1] == "固有名詞" && pos[2] == "組織")
}

func isPlace(t tokenizer.Token) bool {
	pos := t.POS()
	return len(pos) > 2 && pos[1] == "固有名詞" && pos[2] == "地域"
}

// jaDescriptors describe an organisation before its name: 大手, 傘下の.
var jaDescriptors = wordSet(`大手 最大手 準大手 中堅 老舗 傘下 子会社 孫会社 親会社 会社 企業 業者 事業者 交換業者 取引所 交換所 メーカー 運営会社 運営元 系 社 団体 法人 サイト アプリ 被告 原告 控訴人 被控訴人 上告人 被上告人 申立人 相手方 債務者 債権者`)

// jaGeneric are nouns that end descriptions, not names: 顧客情報, 予約システム.
var jaGeneric = wordSet(`情報 データ インフラ 重要インフラ 基盤 拠点 機関 システム サーバー サーバ ネットワーク サービス サイト アカウント 端末 パソコン 機器 環境 事案 被害 攻撃
可能性 件 者 皆様 様 結果 調査 対応 一部 全部 内容 原因 事業 製品 部門 部署 社員 従業員 顧客 会員 お客様 利用者 関係者 教職員
学生 データベース メール アドレス パスワード ファイル 設定 管理 番号 住所 氏名 日 月 年 時点 現在 今回 当該 第三者 外部 内部
社内 不正 アクセス 子会社 販売会社 販売店 会社 法人 組織 国内外 我が国 国内 海外 セミナー 上 研究会社 企業 団体 各社 複数 ログイン 通販 ショップ 感染 流出 漏えい 漏洩 侵入 暗号化 ランサムウェア ウイルス マルウェア 集団 グループ
ハッカー 犯行 声明 身代金 要求 影響 発表 公表 お知らせ お詫び 報告 問い合わせ 窓口 記者 会見 取材 警察 捜査 当局 政府 専門家
研究者 委員会 インシデント 対策 セキュリティ 脆弱性 送金 資産 暗号 取引 業務 停止 復旧 障害 画面 決済 カード クレジットカード
ページ ホームページ ビットコイン イーサリアム イーサ ステーブルコイン テザー リップル ソラナ 暗号資産 仮想通貨 ウェブページ Webページ WEBページ マイページ 会員ページ 特設ページ ウェブサイト アプリ 状況 詳細 概要 経緯 対象 全員 各位 本件 同社 当社 弊社 自社 他社 本学 当院 前 後 中 間 以降
本市 当市 本町 当町 本村 当村 本県 当県 本区 当区 当協会 本協会 当会 本会 当校 本校 当行 弊行 同市 同町 同村 同県 同院 同大学 同協会
連結子会社 非連結子会社 完全子会社 グループ会社 グループ企業 関連会社 関係会社 系列会社 子会社各社 海外子会社 国内子会社 持分法適用会社 当社グループ 同社グループ 当グループ ウォレット ホットウォレット コールドウォレット ストレージ メールボックス フォーム 入力フォーム 問い合わせフォーム
JA ＪＡ JF ＪＦ URL ID PC OS SNS VPN PDF SaaS PaaS IaaS API EC DX AI IoT CRM ERP POS ATM QR チェーン ベンダー プロバイダー プロバイダ ブランド
セキュリティベンダー セキュリティメーカー セキュリティ企業 セキュリティ会社 セキュリティチーム セキュリティリサーチャー セキュリティ研究者 セキュリティエンジニア セキュリティアナリスト セキュリティ専門家 クラウドベンダー システムベンダー ソフトウェアベンダー ITベンダー
フォルダ フォルダー ディレクトリ ドライブ 共有フォルダ 共有ドライブ ストレージ領域 バケット
フィッシング スミッシング ビッシング リスト型攻撃 ブルートフォース ボット スパム 標的型攻撃 サプライチェーン攻撃 ゼロデイ
日本支社 日本法人 日本支店 本社 支社 支店 営業所 事業所 工場 本部 施設 事務所 デイサービス デイサービスセンター 介護施設 店舗 各店舗 全店舗
フォワーダー メーカー サプライヤー ディーラー リテーラー キャリア オペレーター ディストリビューター ベンチャー スタートアップ
ECサイト ネットショップ オンラインショップ オンラインストア クリニック ホテル スーパー ドラッグストア
民間病院 公立病院 中核病院 医療機関 データウェアハウス データレイク クラウドサービス クラウドストレージ 委託先 委託業者 委託会社 業務委託先`)

// serviceCompound reports one katakana word made of a word and a service
// noun, such as ポイントアプリ: a kind of service, not its name.
func serviceCompound(w string) bool {
	if !isKatakanaOrLatin(w) || isLatinWord(w) || strings.Contains(w, "・") {
		// Words set off by ・ spell a foreign name: ヘルス・システム.
		return false
	}
	for _, suf := range []string{"アプリ", "サービス", "サイト", "システム", "サーバー", "データ", "アカウント", "ショップ", "ストア"} {
		if rest, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(rest) >= 2 {
			return true
		}
	}
	return false
}

// jaRegionSuffixes make a place a region of a country.
var jaRegionSuffixes = wordSet(`州 省 郡 地方 地域`)

// jaPublicPrefixes open the names of kinds of public institutions when no
// place precedes them.
var jaPublicPrefixes = wordSet(`市立 県立 町立 村立 区立 国立 私立 都立 府立 道立 公立`)

// jaIncidentNouns name what happened, never who it happened to:
// サイバー攻撃キャンペーン is not an organisation.
var jaIncidentNouns = wordSet(`攻撃 不正 被害 感染 流出 漏えい 漏洩 侵入 改ざん 脆弱性 ランサムウェア マルウェア ウイルス 犯行 事案 事件`)

// plausibleName reports whether a noun run can be an organisation's name.
func plausibleName(run []tokenizer.Token) bool {
	if len(run) == 0 {
		return false
	}
	last := run[len(run)-1].Surface
	if last == "社" && len(run) > 1 && isKatakanaOrLatin(run[len(run)-2].Surface) {
		// クレストライン社: news writes 社 after a foreign company's name.
		return plausibleName(run[:len(run)-1]) || len(run) == 2 && utf8.RuneCountInString(run[0].Surface) >= 3
	}
	if len(run) == 2 && isPlace(run[0]) && jaRegionSuffixes[last] {
		// ミシガン州, 広東省: a region, not a body that can be breached.
		return false
	}
	if len(run) == 2 && jaPublicPrefixes[run[0].Surface] {
		// 市立病院, 県立高校: a kind of institution, not one.
		return false
	}
	if publicFacility(run) {
		return true
	}
	if jaGeneric[last] || jaDescriptors[last] || jaGeneric[run[0].Surface] && len(run) > 1 && !jaCorporateWords[last] {
		return false
	}
	if len(run) > 1 && jaCategoryLoanwords[run[0].Surface] && commonNounRun(run[1:]) {
		// サイバー保険, デジタル人材: a category, not a body.
		return false
	}
	if last == "保険" && len(run) > 1 && commonNounRun(run[:len(run)-1]) {
		// サイバー保険, 火災保険: a kind of insurance, not an insurer.
		return false
	}
	if jaMeasureEnds[last] || len(run) > 1 && jaMeasureEnds[lastRune(last)] {
		// サイバー保険加入率, 被害額: a measure, not a body.
		return false
	}
	if len(run) == 1 && (len([]rune(last)) < 2 || serviceCompound(last)) {
		return false
	}
	allPlace, named := true, false
	if len(run) > 1 && isPlace(run[len(run)-1]) && strings.ContainsAny(lastRune(last), "市町村") {
		// 三|河原町: a municipality the dictionary reads as a place after
		// the numeral opening its name.
		named = true
	}
	for k, t := range run {
		if jaIncidentNouns[t.Surface] {
			return false
		}
		if !isPlace(t) {
			allPlace = false
		}
		pos := t.POS()
		switch {
		case len(pos) > 2 && pos[1] == "固有名詞" && pos[2] != "地域":
			named = true
		case isKatakanaOrLatin(t.Surface) && !jaGeneric[t.Surface]:
			named = true
		case k > 0 && (jaCorporateWords[t.Surface] || jaInstitutions[t.Surface]) && !jaGeneric[t.Surface]:
			named = true
		case k > 0 && len(pos) > 1 && pos[1] == "接尾" && jaShopSuffixes[t.Surface] && utf8.RuneCountInString(run[k-1].Surface) >= 2:
			// 藤波|園, 松風|堂: a shop's or a maker's name, a word with
			// 園, 堂 or 屋 after it.
			named = true
		case k > 0 && k == len(run)-1 && isPlace(t) && utf8.RuneCountInString(t.Surface) >= 2 && jaShopSuffixes[lastRune(t.Surface)]:
			// 丸|福堂: the dictionary knows the shop's last letters as a
			// place; a place's name does not end in 堂 or 屋 after a word.
			named = true
		}
	}
	if !named && len(run) > 1 {
		// 東雲|女子大|学: the dictionary cuts the institution's word (大学)
		// across tokens; the run still ends in it after a word of its own.
		var b strings.Builder
		for _, t := range run {
			b.WriteString(t.Surface)
		}
		lastTok := run[len(run)-1].Surface
		if joined := b.String(); jaInstitutionEnd(joined) && !jaInstitutions[joined] && !jaInstitutions[lastTok] && !jaPublicPrefixes[run[0].Surface] {
			// (Only where the dictionary cut the institution's own
			// word: 県立|高等|学校 is a kind, not a name.)
			named = utf8.RuneCountInString(run[0].Surface) >= 2
		} else if w := splitCorporateEnd(joined, lastTok); w != "" && !jaCorporateWords[joined] && !jaGeneric[joined] && !jaPublicPrefixes[run[0].Surface] {
			// 南浜|商工|会議|所: a corporate word of several tokens after
			// a word of the name's own.
			named = utf8.RuneCountInString(strings.TrimSuffix(joined, w)) >= 2
		}
	}
	return named && !allPlace
}

// splitCorporateEnd returns the longest corporate word of three or more
// runes that ends joined when the dictionary cut it (its last token,
// lastTok, is shorter), or "".
func splitCorporateEnd(joined, lastTok string) string {
	for _, w := range longCorporateWords {
		if len(w) > len(lastTok) && strings.HasSuffix(joined, w) && joined != w {
			return w
		}
	}
	return ""
}

// longCorporateWords are the corporate words of three or more runes,
// longest first (ties in byte order, so the choice is stable).
var longCorporateWords = func() []string {
	var out []string
	for w := range jaCorporateWords {
		if utf8.RuneCountInString(w) >= 3 {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a, b)) })
	return out
}()

// commonNounRun reports tokens that are all words the dictionary knows
// as common nouns.
func commonNounRun(run []tokenizer.Token) bool {
	for _, t := range run {
		pos := t.POS()
		if t.Class != tokenizer.KNOWN || len(pos) < 2 || pos[0] != "名詞" || pos[1] != "一般" && pos[1] != "サ変接続" {
			return false
		}
	}
	return len(run) > 0
}

// jaCategoryLoanwords open the names of categories, not of bodies.
var jaCategoryLoanwords = wordSet(`サイバー セキュリティ ネット オンライン デジタル クラウド モバイル スマート データ ランサム ランサムウェア Web WEB web ウェブ EC SNS IT AI IoT メール`)

// jaMeasureEnds end a measure's name: a rate, an amount, a count.
var jaMeasureEnds = wordSet(`率 額 数 件数 割合 比率 人数 総数 金額 件`)

// jaShopSuffixes end the names of shops, makers and tea houses.
var jaShopSuffixes = wordSet(`園 堂 屋 舗 庵 亭 軒`)

// jaFacilityEnds close the name of a public body's facility.
var jaFacilityEnds = wordSet(`センター 病院 研究所 研究センター 機構 大学 学校 図書館 博物館 美術館`)

// publicFacility reports a prefecture's or a city's facility named after
// it, whose words between are common nouns: 岡山県|精神|科|医療|センター,
// 北浜市|総合|病院.
func publicFacility(run []tokenizer.Token) bool {
	if len(run) < 4 || !isPlace(run[0]) || !jaFacilityEnds[run[len(run)-1].Surface] {
		return false
	}
	if suf := run[1]; !prefectureSuffix(suf) && !(len(suf.POS()) > 2 && suf.POS()[1] == "接尾" && strings.ContainsAny(suf.Surface, "市町村")) {
		return false
	}
	for _, t := range run[2:] {
		if jaIncidentNouns[t.Surface] || jaDescriptors[t.Surface] {
			return false
		}
	}
	return true
}

// plausibleBeforePlace reports whether a noun run followed by a bracketed
// head office can be a name even though it ends in a common noun:
// さくら旅行サービス(大阪市).
func plausibleBeforePlace(run []tokenizer.Token) bool {
	if len(run) == 0 || isPlace(run[0]) && len(run) == 1 {
		return false
	}
	if jaGeneric[run[0].Surface] && !coinedKatakana(run) {
		return false
	}
	n := 0
	for _, t := range run {
		n += len([]rune(t.Surface))
	}
	return n >= 3
}

// coinedKatakana reports a name coined from katakana loanwords, the first
// of them a common noun and the last not (データ|フロント, ネット|ワン):
// before a bracketed head office it is a company's name.
func coinedKatakana(run []tokenizer.Token) bool {
	if len(run) < 2 || jaGeneric[run[len(run)-1].Surface] {
		return false
	}
	for _, t := range run {
		if !isKatakanaWord(t.Surface) {
			return false
		}
	}
	return true
}

// isKatakanaOrLatin reports a word written in katakana or Latin letters,
// as foreign and coined company names are.
func isKatakanaOrLatin(s string) bool {
	for _, r := range s {
		if !(unicode.In(r, unicode.Katakana, unicode.Latin) || r == 'ー' || r == '・' || unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}

// japaneseSentence finds one sentence's names; shape builds its shape
// once the names are final.
func japaneseSentence(sn sentence, toks []tokenizer.Token) jaSentence {
	names, spans := japaneseNames(toks)
	return jaSentence{sentence: sn, names: names, toks: toks, spans: spans}
}

// joinKanjiVerbs joins to the noun before it a single kanji the
// dictionary read as a verb between two kanji nouns (北|鳴|市, 北|鳴|運輸
// for the invented place 北鳴): a verb takes its kana ending, so a lone
// kanji between nouns is part of a name the dictionary does not know.
func joinKanjiVerbs(toks []tokenizer.Token) []tokenizer.Token {
	var out []tokenizer.Token
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if len(out) > 0 && i+1 < len(toks) && loneKanjiVerb(t) && t.Surface != "誤" && hanNoun(out[len(out)-1], true) && hanNoun(toks[i+1], false) && !sahenNoun(toks[i+1]) {
			prev := &out[len(out)-1]
			prev.Surface += t.Surface
			prev.End = t.End
			continue
		}
		out = append(out, t)
	}
	return out
}

// sahenNoun reports a noun that takes する (送信, 設定): a verb's stem
// before it is a prefix of that act (誤|送信), no part of a name.
func sahenNoun(t tokenizer.Token) bool {
	pos := t.POS()
	return len(pos) > 1 && pos[1] == "サ変接続"
}

// loneKanjiVerb reports a token the dictionary read as a verb that is a
// single kanji.
func loneKanjiVerb(t tokenizer.Token) bool {
	pos := t.POS()
	r, n := utf8.DecodeRuneInString(t.Surface)
	return len(pos) > 0 && pos[0] == "動詞" && n == len(t.Surface) && unicode.Is(unicode.Han, r)
}

// hanNoun reports a noun written in kanji (all of it, or, for the noun
// after, its first letter).
func hanNoun(t tokenizer.Token, all bool) bool {
	pos := t.POS()
	if len(pos) == 0 || pos[0] != "名詞" || t.Surface == "" {
		return false
	}
	if all {
		return !strings.ContainsFunc(t.Surface, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
	}
	r, _ := utf8.DecodeRuneInString(t.Surface)
	return unicode.Is(unicode.Han, r)
}

// wholeLineName widens the one name of a line that is only a name, when
// the dictionary left its first words out (ひばりが|原 before 中央病院 in a
// notice's letterhead): the words before it are nouns or kana, no
// particle, verb or symbol, and the name ends as an institution's.
func (js *jaSentence) wholeLineName() {
	if js.title || len(js.spans) != 1 || len(js.names) != 1 {
		return
	}
	sp := js.spans[0]
	if sp.start == 0 || sp.start > 4 || max(sp.end, sp.skip) != len(js.toks) || !jaInstitutionEnd(js.names[0].text) {
		return
	}
	var b strings.Builder
	for _, t := range js.toks[:sp.start] {
		pos := t.POS()
		if len(pos) == 0 || pos[0] == "助詞" && t.Surface != "が" && t.Surface != "ノ" || pos[0] == "動詞" || pos[0] == "助動詞" || pos[0] == "記号" || t.Surface == " " || t.Surface == "　" {
			return
		}
		b.WriteString(t.Surface)
	}
	if utf8.RuneCountInString(b.String()) > 8 {
		return
	}
	js.names[0].text = b.String() + js.names[0].text
	js.spans[0].start = 0
}

// buildShape writes the sentence with its names as placeholders.
func (js *jaSentence) buildShape() {
	var b strings.Builder
	k := 0
	for i := 0; i < len(js.toks); {
		if k < len(js.spans) && js.spans[k].start == i {
			b.WriteString("N" + strconv.Itoa(k) + " ")
			i = max(js.spans[k].skip, js.spans[k].end)
			k++
			continue
		}
		b.WriteString(js.toks[i].Surface)
		i++
	}
	js.shape = b.String()
	js.cueShape = jaGlossRe.ReplaceAllString(jaDefinitionRe.ReplaceAllString(js.shape, ""), "$1")
}

// loanwordOnly reports a noun run whose only sign of a name is one
// katakana common noun (コンテナ搬出入, レポート): a coined name is a proper
// noun, an unknown word or a compound of several katakana words.
func loanwordOnly(run []tokenizer.Token) bool {
	kata, common := 0, 0
	for _, t := range run {
		if isHiragana(t.Surface) {
			return false
		}
		pos := t.POS()
		if len(pos) > 2 && pos[1] == "固有名詞" && pos[2] != "地域" {
			return false
		}
		if isKatakanaOrLatin(t.Surface) {
			kata++
			if commonLoanword(t) {
				common++
			}
		}
	}
	return kata == 1 && common == 1
}

// commonLoanword reports a katakana word the dictionary knows as a common
// noun (レポート, コンテナ): names of firms are proper nouns or unknown
// words.
func commonLoanword(t tokenizer.Token) bool {
	if t.Class != tokenizer.KNOWN || isLatinWord(t.Surface) {
		return false
	}
	pos := t.POS()
	return len(pos) > 1 && pos[0] == "名詞" && (pos[1] == "一般" || pos[1] == "サ変接続")
}

// joinLatinShapes joins the pieces kagome splits out of a Latin name: a
// dotted brand written like a domain (Fenmark . io → Fenmark.io) and a
// possessive inside a name (Y ' s → Y's).
func joinLatinShapes(toks []tokenizer.Token) []tokenizer.Token {
	out := make([]tokenizer.Token, 0, len(toks))
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if k+2 < len(toks) && latinLetters(t.Surface) && toks[k+1].End == toks[k+2].Start && t.End == toks[k+1].Start {
			mid, next := toks[k+1].Surface, toks[k+2].Surface
			dotted := mid == "." && len(next) >= 2 && len(next) <= 6 && strings.ToLower(next) == next && latinLetters(next) &&
				(k+3 >= len(toks) || !isLatinWord(toks[k+3].Surface) || toks[k+3].Surface == ".")
			possessive := (mid == "'" || mid == "’") && next == "s" && (k+3 >= len(toks) || toks[k+3].Surface == " ")
			if dotted || possessive {
				t.Surface += mid + next
				t.End = toks[k+2].End
				out = append(out, t)
				k += 2
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// joinKatakanaMisreads joins a katakana word the dictionary cut at kana it
// read as a particle or an auxiliary (ヒノ|デ|精機: デ as で): particles are
// written in hiragana, so katakana read as one is part of the word around
// it. The joined token keeps the features of its first noun.
func joinKatakanaMisreads(toks []tokenizer.Token) []tokenizer.Token {
	misread := false
	for k := range toks {
		if !isKatakanaName(toks[k].Surface) {
			continue
		}
		if pos := toks[k].POS(); len(pos) > 0 && (pos[0] == "助詞" || pos[0] == "助動詞") {
			misread = true
			break
		}
	}
	if !misread {
		return toks
	}
	out := make([]tokenizer.Token, 0, len(toks))
	for k := 0; k < len(toks); k++ {
		end := k
		misread := false
		for end+1 < len(toks) && toks[end].End == toks[end+1].Start && isKatakanaName(toks[end].Surface) && isKatakanaName(toks[end+1].Surface) && toks[end].Surface != "・" && toks[end+1].Surface != "・" {
			end++
		}
		for j := k; j <= end; j++ {
			if pos := toks[j].POS(); len(pos) > 0 && (pos[0] == "助詞" || pos[0] == "助動詞") {
				misread = true
			}
		}
		if !misread || end == k {
			out = append(out, toks[k])
			continue
		}
		base := -1
		for j := k; j <= end; j++ {
			if pos := toks[j].POS(); len(pos) > 0 && pos[0] == "名詞" {
				base = j
				break
			}
		}
		if base < 0 {
			out = append(out, toks[k:end+1]...)
			k = end
			continue
		}
		t := toks[base]
		var b strings.Builder
		for j := k; j <= end; j++ {
			b.WriteString(toks[j].Surface)
		}
		t.Surface, t.Start, t.End, t.Position = b.String(), toks[k].Start, toks[end].End, toks[k].Position
		out = append(out, t)
		k = end
	}
	return out
}

// latinLetters reports a word of Latin letters and digits with a letter.
func latinLetters(s string) bool {
	return isLatinWord(s) && strings.ContainsFunc(s, unicode.IsLetter) && !strings.ContainsAny(s, ".-&")
}

// jaSchoolPrefixRe finds, right before a school's name, what the
// dictionary cuts off it: the body that runs it (北条台市立) and an
// ordinal (第三): 北条台市立第三中学校, read as 三中学校, and the place
// name between them (汐見市立汐見第二中学校).
var jaSchoolPrefixRe = regexp.MustCompile(`(?:[一-龥ぁ-んァ-ヶ]{1,8}?[都道府県市町村区]立[一-龥]{0,4}?)?第?[一二三四五六七八九十〇0-9０-９]*$`)

// widenSchoolNames gives a school's name the body and the ordinal the
// text writes before it.
func (js *jaSentence) widenSchoolNames() {
	for k := range js.names {
		n := js.names[k].text
		if !strings.HasSuffix(n, "学校") && !strings.HasSuffix(n, "高校") {
			continue
		}
		i := strings.Index(js.text, n)
		if i <= 0 {
			continue
		}
		if p := jaSchoolPrefixRe.FindString(js.text[:i]); p != "" && utf8.RuneCountInString(p) >= 2 {
			js.names[k].text = p + n
		}
	}
}
