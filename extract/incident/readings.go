package incident

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
)

// A company's kanji name and its English spelling are one name when some
// reading of the kanji spells the English: 梅沢精工 is Umezawa Seiko, though
// the tokenizer's best path reads it さわ・わたり・きよし・こ (a surname, a
// given name). So every cut of the name into dictionary words is tried,
// each word in every reading the dictionary gives it, against the Latin
// letters; a non-initial word may start voiced (rendaku: 鷹花 takahana is
// also read takabana).

var (
	ipaOnce     sync.Once
	ipaDict     *dict.Dict
	readingSlot = -1
)

// readingDict returns the IPA dictionary and the position of the reading
// among an entry's features (its part-of-speech features first), or nil
// when it has none.
func readingDict() (*dict.Dict, int) {
	ipaOnce.Do(func() {
		d := ipa.Dict()
		if d == nil {
			return
		}
		if i, ok := d.ContentsMeta[dict.ReadingIndex]; ok {
			ipaDict, readingSlot = d, int(i)
		}
	})
	return ipaDict, readingSlot
}

// maxReadName is the longest name, in runes, whose readings are tried: a
// name is a few words, and the search grows with its length.
const maxReadName = 16

// ReadsAs reports whether some reading of the Japanese name spells latin,
// a name in Latin letters (case, spaces, punctuation and long vowels
// aside): ReadsAs("梅沢精工", "Umezawa Seiko") is true. Kana in the name
// read as written; a name all in katakana may also be a foreign name's
// transcription (see loanwordReadsAs). A Latin target under five letters
// is too short to tell.
func ReadsAs(name, latin string) bool {
	target := foldedLatin(latin)
	name = normalise(strings.TrimSpace(name))
	if len(target) < 5 || name == "" || utf8.RuneCountInString(name) > maxReadName || !hasJapanese(name) {
		return false
	}
	if loanwordReadsAs(name, latin) {
		return true
	}
	d, slot := readingDict()
	seen := map[[2]int]bool{}
	var spell func(i, j int) bool
	spell = func(i, j int) bool {
		if i == len(name) {
			return j == len(target)
		}
		if j >= len(target) {
			return false
		}
		key := [2]int{i, j}
		if seen[key] {
			return false
		}
		seen[key] = true
		for _, r := range wordReadings(d, slot, name[i:]) {
			if n, ok := spellsAt(r.roman, target, j, i > 0); ok && spell(i+r.size, j+n) {
				return true
			}
		}
		return false
	}
	return spell(0, 0)
}

// wordReading is one dictionary word at the start of a name: its length in
// bytes and its reading in Latin letters, long vowels folded.
type wordReading struct {
	size  int
	roman string
}

// wordReadings lists the readings of the words a name may start with: every
// dictionary entry that is a prefix of it, and its first character read as
// written when it is kana or Latin.
func wordReadings(d *dict.Dict, slot int, s string) []wordReading {
	var out []wordReading
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == 'ヶ' || r == 'ケ' || r == 'ヵ':
		// 霧ヶ原, 関ケ原: the small ke between kanji of a place's name
		// reads ga (ka in a few names).
		out = append(out, wordReading{size, "ga"}, wordReading{size, "ka"}, wordReading{size, "ke"})
	case isKanaRune(r):
		out = append(out, wordReading{size, romanise(string(r))})
	case r < utf8.RuneSelf:
		out = append(out, wordReading{size, foldedLatin(string(r))})
	case r == '・' || r == '　':
		out = append(out, wordReading{size, ""})
	}
	if d == nil {
		return out
	}
	seen := map[wordReading]bool{}
	d.Index.CommonPrefixSearchCallback(s, func(id, l int) {
		if id < 0 || id >= len(d.Contents) || id >= len(d.POSTable.POSs) {
			return
		}
		// The slot counts the part-of-speech features, stored apart.
		ci := slot - len(d.POSTable.POSs[id])
		if ci < 0 || ci >= len(d.Contents[id]) {
			return
		}
		reading := d.Contents[id][ci]
		if reading == "" || reading == "*" {
			return
		}
		w := wordReading{l, romanise(reading)}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	})
	return out
}

// isKanaRune reports hiragana, katakana and the long-vowel mark.
func isKanaRune(r rune) bool {
	return r >= 'ぁ' && r <= 'ゖ' || r >= 'ァ' && r <= 'ヺ' || r == 'ー'
}

// rendaku maps a voiceless first sound to its voiced forms.
var rendaku = map[byte]string{'k': "g", 's': "z", 't': "d", 'h': "bp", 'f': "bp", 'c': "j"}

// spellsAt reports whether the reading r spells target from j, and how many
// letters it takes; voiced says the reading may start voiced (a word after
// the first). A reading that folds to nothing (・) takes none.
func spellsAt(r, target string, j int, voiced bool) (int, bool) {
	if r == "" {
		return 0, true
	}
	if strings.HasPrefix(target[j:], r) {
		return len(r), true
	}
	if !voiced || j >= len(target) {
		return 0, false
	}
	for _, v := range rendaku[r[0]] {
		w := string(v) + r[1:]
		if r[0] == 'c' && strings.HasPrefix(r, "chi") {
			w = "ji" + r[3:]
		}
		if strings.HasPrefix(target[j:], w) {
			return len(w), true
		}
	}
	return 0, false
}
