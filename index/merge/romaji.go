package merge

import "strings"

// kanaRomaji maps katakana to Hepburn-style romaji. Hiragana are shifted to
// katakana before lookup.
var kanaRomaji = map[rune]string{
	'ア': "a", 'イ': "i", 'ウ': "u", 'エ': "e", 'オ': "o",
	'カ': "ka", 'キ': "ki", 'ク': "ku", 'ケ': "ke", 'コ': "ko",
	'ガ': "ga", 'ギ': "gi", 'グ': "gu", 'ゲ': "ge", 'ゴ': "go",
	'サ': "sa", 'シ': "shi", 'ス': "su", 'セ': "se", 'ソ': "so",
	'ザ': "za", 'ジ': "ji", 'ズ': "zu", 'ゼ': "ze", 'ゾ': "zo",
	'タ': "ta", 'チ': "chi", 'ツ': "tsu", 'テ': "te", 'ト': "to",
	'ダ': "da", 'ヂ': "ji", 'ヅ': "zu", 'デ': "de", 'ド': "do",
	'ナ': "na", 'ニ': "ni", 'ヌ': "nu", 'ネ': "ne", 'ノ': "no",
	'ハ': "ha", 'ヒ': "hi", 'フ': "fu", 'ヘ': "he", 'ホ': "ho",
	'バ': "ba", 'ビ': "bi", 'ブ': "bu", 'ベ': "be", 'ボ': "bo",
	'パ': "pa", 'ピ': "pi", 'プ': "pu", 'ペ': "pe", 'ポ': "po",
	'マ': "ma", 'ミ': "mi", 'ム': "mu", 'メ': "me", 'モ': "mo",
	'ヤ': "ya", 'ユ': "yu", 'ヨ': "yo",
	'ラ': "ra", 'リ': "ri", 'ル': "ru", 'レ': "re", 'ロ': "ro",
	'ワ': "wa", 'ヰ': "i", 'ヱ': "e", 'ヲ': "o", 'ン': "n", 'ヴ': "vu",
}

// smallKana are the small kana that modify the sound before them.
var smallKana = map[rune]string{
	'ャ': "ya", 'ュ': "yu", 'ョ': "yo",
	'ァ': "a", 'ィ': "i", 'ゥ': "u", 'ェ': "e", 'ォ': "o", 'ヮ': "wa",
}

// kanaReading romanises the kana in s (トヨタ → toyota, ソニー → soni) and
// keeps every other character. It reads the katakana runs of a text when
// looking for a victim's name, where a dictionary lookup per run would cost
// too much.
func kanaReading(s string) string {
	var b strings.Builder
	double := false
	for _, r := range s {
		if r >= 'ぁ' && r <= 'ゖ' {
			r += 'ァ' - 'ぁ'
		}
		if r == 'ッ' {
			double = true
			continue
		}
		if r == 'ー' {
			continue
		}
		if small, ok := smallKana[r]; ok {
			joinSmall(&b, small)
			continue
		}
		roma, ok := kanaRomaji[r]
		if !ok {
			double = false
			b.WriteRune(r)
			continue
		}
		if double {
			if roma[0] == 'c' {
				b.WriteByte('t')
			} else {
				b.WriteByte(roma[0])
			}
			double = false
		}
		b.WriteString(roma)
	}
	return b.String()
}

// joinSmall merges a small kana into the romaji written so far: キャ → kya,
// シャ → sha, ファ → fa, ウィ → wi.
func joinSmall(b *strings.Builder, small string) {
	cur := b.String()
	switch {
	case cur == "" || !strings.ContainsAny(cur[len(cur)-1:], "aiueo"):
		b.WriteString(small)
		return
	case small[0] == 'y' && strings.HasSuffix(cur, "i"):
		stem := cur[:len(cur)-1]
		if strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "j") {
			small = small[1:]
		}
		cur = stem
	case strings.HasSuffix(cur, "u") && (len(cur) == 1 || strings.ContainsAny(cur[len(cur)-2:len(cur)-1], "aiueon")):
		cur = cur[:len(cur)-1] + "w"
	default:
		cur = cur[:len(cur)-1]
	}
	b.Reset()
	b.WriteString(cur)
	b.WriteString(small)
}
