package actors

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// folded is a text brought to the form aliases are compared in: NFKC,
// lower case, whitespace runs collapsed, dash and apostrophe variants unified.
// Every byte of s remembers which bytes of the original text it came from, so
// matches can be reported at the original offsets.
type folded struct {
	s     []byte
	start []int32 // start[i] is the original offset where s[i]'s source begins
	end   []int32 // end[i] is the original offset where s[i]'s source ends
	upper []bool  // upper[i] is true when s[i] starts a rune that was upper or title case
}

func (f *folded) reset() {
	f.s = f.s[:0]
	f.start = f.start[:0]
	f.end = f.end[:0]
	f.upper = f.upper[:0]
}

// foldString returns the folded form of s, the form used as a key and for
// comparison.
func foldString(s string) string {
	var f folded
	f.fold(s)
	return string(f.s)
}

// fold replaces f's content with the folded form of text.
func (f *folded) fold(text string) {
	f.reset()
	for i := 0; i < len(text); {
		// NFKC leaves ASCII as it is, one byte per segment, unless the next
		// character is a combining mark; such runs skip the normaliser.
		j := i
		for j < len(text) && text[j] < utf8.RuneSelf && (j+1 == len(text) || text[j+1] < utf8.RuneSelf) {
			j++
		}
		for ; i < j; i++ {
			f.emitASCII(text[i], i)
		}
		for j < len(text) && !(text[j] < utf8.RuneSelf && (j+1 == len(text) || text[j+1] < utf8.RuneSelf)) {
			j++
		}
		if i < j {
			f.foldNFKC(text[i:j], i)
			i = j
		}
	}
}

// foldNFKC folds chunk, found at offset base of the text, through the
// normaliser.
func (f *folded) foldNFKC(chunk string, base int) {
	var it norm.Iter
	it.InitString(norm.NFKC, chunk)
	for !it.Done() {
		pos := it.Pos()
		seg := it.Next()
		segEnd := it.Pos()
		for len(seg) > 0 {
			r, n := utf8.DecodeRune(seg)
			seg = seg[n:]
			f.emit(r, base+pos, base+segEnd)
		}
	}
}

// emitASCII is emit for one ASCII byte at offset i.
func (f *folded) emitASCII(b byte, i int) {
	switch {
	case 'A' <= b && b <= 'Z':
		f.push(b+'a'-'A', i, true)
	case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f':
		f.emit(rune(b), i, i+1)
	default:
		f.push(b, i, false)
	}
}

func (f *folded) push(b byte, i int, up bool) {
	f.s = append(f.s, b)
	f.start = append(f.start, int32(i))
	f.end = append(f.end, int32(i+1))
	f.upper = append(f.upper, up)
}

// emit appends the folded form of one NFKC rune r whose source is
// text[start:end].
func (f *folded) emit(r rune, start, end int) {
	switch {
	case r == 0xAD || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		return // invisible: soft hyphen, zero-width characters, BOM
	case r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
		r = '\n'
	case unicode.IsSpace(r):
		r = ' '
	case r >= 0x2010 && r <= 0x2015 || r == 0x2212:
		r = '-'
	case r == 0x2018 || r == 0x2019 || r == 0x02BC:
		r = '\''
	}
	if r == ' ' || r == '\n' {
		if n := len(f.s); n > 0 && (f.s[n-1] == ' ' || f.s[n-1] == '\n') {
			// Collapse whitespace; a line break wins over a space so that
			// cues are not searched across paragraphs.
			if r == '\n' {
				f.s[n-1] = '\n'
			}
			f.end[n-1] = int32(end)
			return
		}
	}
	up := unicode.IsUpper(r) || unicode.IsTitle(r)
	if up {
		r = unicode.ToLower(r)
	}
	n0 := len(f.s)
	f.s = utf8.AppendRune(f.s, r)
	for i := n0; i < len(f.s); i++ {
		f.start = append(f.start, int32(start))
		f.end = append(f.end, int32(end))
		f.upper = append(f.upper, up && i == n0)
	}
}

// isWordRune reports whether r belongs to a Latin-style word: a letter or
// digit of a script that separates words with spaces.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !isCJK(r)
}

// isCJK reports whether r belongs to a script written without spaces
// between words, where aliases are matched as substrings.
func isCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r == 0x30FC
}

// isKatakana reports whether r is a katakana letter or the long-vowel mark.
func isKatakana(r rune) bool {
	return r == 0x30FC || r >= 0x30A0 && r <= 0x30FF && r != 0x30FB || unicode.Is(unicode.Katakana, r) && r != 0x30FB
}

// wordEnd returns the index just past the Latin word that starts at s[i].
func wordEnd(s []byte, i int) int {
	for i < len(s) {
		if b := s[i]; b < utf8.RuneSelf {
			if 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || 'A' <= b && b <= 'Z' {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRune(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return i
}
