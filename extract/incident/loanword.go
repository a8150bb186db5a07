package incident

import (
	"regexp"
	"strings"
)

// A foreign name written in katakana keeps the consonants of its English
// spelling and changes the vowels: Verdalia is ヴェルダリア (verudaria),
// Kazane Hotels カザネホテルズ (kazanehoteruzu), Tsubame Call ツバメコール.
// So the two are compared by their consonants, after folding the sounds
// Japanese does not tell apart (l and r, v and b, s and z) and the
// spellings English writes one sound with (ck, ph, th, x).

// minLoanwordSkeleton is the fewest consonants a name must keep to be
// compared this way: fewer say too little.
const minLoanwordSkeleton = 4

// loanwordReadsAs reports whether the katakana name kana is a
// transcription of the Latin name latin, by their folded consonants.
func loanwordReadsAs(kana, latin string) bool {
	if !allKatakana(kana) {
		return false
	}
	ks := consonantSkeleton(romanise(strings.NewReplacer("・", "", "　", "", " ", "").Replace(kana)))
	if len(ks) < minLoanwordSkeleton {
		return false
	}
	// An r after a vowel is written ル (Verdalia, ヴェルダリア) or only
	// lengthens the vowel (pharmacy, ファーマシー).
	sounds := latinSounds(latin)
	return ks == consonantSkeleton(sounds) || ks == consonantSkeleton(postVocalicR.ReplaceAllString(sounds, "${1}${2}"))
}

// postVocalicR finds an r between a vowel and a consonant.
var postVocalicR = regexp.MustCompile(`([aeiou])r([^aeiouy]|$)`)

// allKatakana reports a name of katakana only (with ・, ー and spaces).
func allKatakana(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・' || r == ' ' || r == '　') {
			return false
		}
	}
	return true
}

// englishSpellings rewrites the letter groups English spells one sound
// with, before the consonants are read.
var englishSpellings = strings.NewReplacer(
	"tion", "shon", "sion", "shon", "ck", "k", "ph", "f", "th", "s", "gh", "", "kn", "n", "wr", "r",
	"qu", "kw", "x", "ks", "ce", "se", "ci", "si", "cy", "si", "ge", "je", "gi", "ji",
)

// latinSounds lowercases a Latin name to its letters and rewrites its
// English spellings.
func latinSounds(latin string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(latin) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return englishSpellings.Replace(b.String())
}

// consonantSkeleton keeps the consonants of romanised letters, folded
// (l→r, v→b, f→h, c/q→k, z/j→s, sh/ch/ts→s/t), doubled ones once, and
// drops the vowels and the glides y and w.
func consonantSkeleton(s string) string {
	s = strings.NewReplacer("sh", "s", "ch", "t", "ts", "t", "dz", "s").Replace(s)
	var b strings.Builder
	var last rune
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h':
			last = 0
			continue
		case 'l':
			r = 'r'
		case 'v':
			r = 'b'
		case 'f':
			r = 'h'
		case 'c', 'q':
			r = 'k'
		case 'z', 'j':
			r = 's'
		case 'm':
			r = 'n'
		}
		if r < 'a' || r > 'z' || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}
