package incident

import (
	"strings"
	"sync"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// The IPA dictionary takes about half a second and a few hundred megabytes
// to load, so it is loaded once, on first use, and shared: a
// tokenizer.Tokenizer only reads its dictionary and takes a fresh lattice
// from a pool for every call, so it is safe for concurrent use.
var (
	kagomeOnce sync.Once
	kagome     *tokenizer.Tokenizer
	kagomeErr  error
)

// japaneseTokenizer returns the shared tokenizer, or nil when it could not
// be built (Japanese extraction then finds no names).
func japaneseTokenizer() *tokenizer.Tokenizer {
	kagomeOnce.Do(func() {
		kagome, kagomeErr = newJapaneseTokenizer()
	})
	return kagome
}

func newJapaneseTokenizer() (*tokenizer.Tokenizer, error) {
	return tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
}

var kanaRomaji = map[string]string{}

func init() {
	rows := []string{
		"ア a イ i ウ u エ e オ o カ ka キ ki ク ku ケ ke コ ko サ sa シ shi ス su セ se ソ so",
		"タ ta チ chi ツ tsu テ te ト to ナ na ニ ni ヌ nu ネ ne ノ no ハ ha ヒ hi フ fu ヘ he ホ ho",
		"マ ma ミ mi ム mu メ me モ mo ヤ ya ユ yu ヨ yo ラ ra リ ri ル ru レ re ロ ro ワ wa ヰ i ヱ e ヲ o ン n",
		"ガ ga ギ gi グ gu ゲ ge ゴ go ザ za ジ ji ズ zu ゼ ze ゾ zo ダ da ヂ ji ヅ zu デ de ド do",
		"バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi プ pu ペ pe ポ po ヴ vu",
		"キャ kya キュ kyu キョ kyo シャ sha シュ shu ショ sho チャ cha チュ chu チョ cho ニャ nya ニュ nyu ニョ nyo",
		"ヒャ hya ヒュ hyu ヒョ hyo ミャ mya ミュ myu ミョ myo リャ rya リュ ryu リョ ryo ギャ gya ギュ gyu ギョ gyo",
		"ジャ ja ジュ ju ジョ jo ビャ bya ビュ byu ビョ byo ピャ pya ピュ pyu ピョ pyo ティ ti ディ di トゥ tu ドゥ du",
		"ファ fa フィ fi フェ fe フォ fo ウィ wi ウェ we ウォ wo シェ she ジェ je チェ che ヴァ va ヴィ vi ヴェ ve ヴォ vo",
		"ァ a ィ i ゥ u ェ e ォ o ャ ya ュ yu ョ yo",
	}
	for _, row := range rows {
		f := strings.Fields(row)
		for i := 0; i+1 < len(f); i += 2 {
			kanaRomaji[f[i]] = f[i+1]
		}
	}
}

// jaLongVowels folds the long vowels of a romanised reading.
var jaLongVowels = strings.NewReplacer("ou", "o", "oo", "o", "uu", "u", "aa", "a", "ii", "i", "ee", "e")

// romanise writes katakana (or hiragana) in Latin letters, Hepburn-like,
// without long-vowel marks: トヨタ → toyota, トウキョウ → tokyo.
func romanise(kana string) string {
	rs := []rune(toKatakana(kana))
	var b strings.Builder
	double := false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == 'ッ' {
			double = true
			continue
		}
		if r == 'ー' {
			continue
		}
		var syl string
		if i+1 < len(rs) {
			if s, ok := kanaRomaji[string(rs[i:i+2])]; ok {
				syl, i = s, i+1
			}
		}
		if syl == "" {
			s, ok := kanaRomaji[string(r)]
			if !ok {
				s = string(r)
			}
			syl = s
		}
		if double && syl != "" && syl[0] >= 'a' && syl[0] <= 'z' && !strings.ContainsRune("aiueon", rune(syl[0])) {
			b.WriteByte(syl[0])
		}
		double = false
		b.WriteString(syl)
	}
	// Long vowels written out (トウ, ユウ) read as one vowel.
	return jaLongVowels.Replace(b.String())
}

func toKatakana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ぁ' && r <= 'ゖ' {
			return r + ('ァ' - 'ぁ')
		}
		return r
	}, s)
}
