package incident

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// jaName is an organisation name found in Japanese text.
type jaName struct {
	text  string
	legal bool // written with a legal form such as 株式会社
}

// jaSentence is a Japanese sentence whose organisation names are replaced by
// placeholders, as enSentence is for English.
type jaSentence struct {
	sentence
	names []jaName
	shape string
}

var jaLegalTokens = map[string]bool{"株式会社": true, "有限会社": true, "合同会社": true, "合資会社": true, "合名会社": true}

// corporate words continue an organisation's name: トヨタ東京販売, 日立製作所.
var jaCorporateWords = wordSet(`販売 自動車 工業 製作所 電機 電気 銀行 証券 保険 生命 損保 商事 物産 建設 製薬 化学 鉄道 航空
電力 通信 放送 新聞 出版 食品 製菓 百貨店 病院 大学 学園 協会 財団 機構 研究所 信用金庫 信金 組合 市 町 村 県 府 区 庁 省 工業所
産業 興業 運輸 物流 商会 商店 本舗 製造 技研 精機 重工 重工業 電子 ホールディングス グループ ジャパン システムズ テクノロジーズ
コーポレーション インターナショナル エンタープライズ ソリューションズ ネットワークス コミュニケーションズ エレクトロニクス
ファイナンス カンパニー 東京 大阪 名古屋 日本 西日本 東日本 ・ & 高校 高等学校 中学校 小学校 短期大学 医療センター センター 役場 役所 消防`)

// institution words make a place name an organisation: 〇〇市, 〇〇病院.
var jaInstitutions = wordSet(`市 町 村 県 府 区 大学 病院 銀行 信用金庫 役場 役所 学園 高校 高等学校 医療センター 庁`)

func isNoun(t tokenizer.Token) bool {
	pos := t.POS()
	return len(pos) > 1 && pos[0] == "名詞" && pos[1] != "数" && pos[1] != "代名詞" && pos[1] != "非自立" && pos[1] != "副詞可能"
}

func isOrgToken(t tokenizer.Token) bool {
	pos := t.POS()
	return len(pos) > 2 && pos[0] == "名詞" && pos[1] == "固有名詞" && pos[2] == "組織"
}

func isLatinWord(s string) bool {
	for _, r := range s {
		if !(unicode.In(r, unicode.Latin) || unicode.IsDigit(r) || r == '&' || r == '-' || r == '.') {
			return false
		}
	}
	return s != ""
}

// continuesName reports whether token t can extend an organisation name.
func continuesName(t tokenizer.Token) bool {
	if jaCorporateWords[t.Surface] || jaLegalTokens[t.Surface] {
		return true
	}
	pos := t.POS()
	return isNoun(t) && len(pos) > 2 && pos[1] == "固有名詞" && pos[2] != "人名"
}

// japaneseNames finds the organisation spans among one sentence's tokens
// and returns them with their token ranges.
func japaneseNames(toks []tokenizer.Token) (names []jaName, spans [][2]int) {
	for i := 0; i < len(toks); {
		start, end, legal := orgSpan(toks, i)
		if end <= start {
			i++
			continue
		}
		var b strings.Builder
		for _, t := range toks[start:end] {
			b.WriteString(t.Surface)
		}
		names = append(names, jaName{text: b.String(), legal: legal})
		spans = append(spans, [2]int{start, end})
		i = end
	}
	return names, spans
}

// orgSpan returns the organisation name starting at token i, if any.
func orgSpan(toks []tokenizer.Token, i int) (start, end int, legal bool) {
	t := toks[i]
	switch {
	case jaLegalTokens[t.Surface]:
		// 株式会社〇〇: the name follows.
		j := i + 1
		for j < len(toks) && j-i <= 4 && (isNoun(toks[j]) || toks[j].Surface == "・") && !jaLegalTokens[toks[j].Surface] {
			j++
		}
		if j == i+1 {
			return i, i, false
		}
		return i, j, true
	case isOrgToken(t) || isLatinWord(t.Surface) && isNoun(t) && len(t.Surface) > 1:
	case isNoun(t):
		// 〇〇商事株式会社 or 〇〇市: a noun run ending in a legal form or an
		// institution word.
		j := i
		for j < len(toks) && j-i < 5 && isNoun(toks[j]) && !jaLegalTokens[toks[j].Surface] {
			j++
		}
		if j < len(toks) && jaLegalTokens[toks[j].Surface] && j > i {
			return i, j + 1, true
		}
		pos := t.POS()
		if len(pos) > 2 && pos[1] == "固有名詞" && pos[2] == "地域" {
			k := i + 1
			for k < len(toks) && k-i < 4 && isNoun(toks[k]) && !jaInstitutions[toks[k].Surface] {
				k++
			}
			if k < len(toks) && jaInstitutions[toks[k].Surface] {
				return i, k + 1, false
			}
		}
		return i, i, false
	default:
		return i, i, false
	}
	j := i + 1
	for j < len(toks) && j-i < 6 && continuesName(toks[j]) {
		j++
		if jaLegalTokens[toks[j-1].Surface] {
			legal = true
			break
		}
	}
	return i, j, legal
}

// japaneseSentence shapes one sentence from its tokens.
func japaneseSentence(sn sentence, toks []tokenizer.Token) jaSentence {
	names, spans := japaneseNames(toks)
	var b strings.Builder
	k := 0
	for i := 0; i < len(toks); {
		if k < len(spans) && spans[k][0] == i {
			b.WriteString("N" + strconv.Itoa(k) + " ")
			i = spans[k][1]
			k++
			continue
		}
		b.WriteString(toks[i].Surface)
		i++
	}
	return jaSentence{sentence: sn, names: names, shape: b.String()}
}
