package merge

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normalize folds compatibility forms (full-width letters, half-width kana,
// ㈱) with NFKC and lowercases.
func normalize(s string) string {
	return strings.ToLower(norm.NFKC.String(s))
}

// isCJK reports whether r is kana or a Han ideograph.
func isCJK(r rune) bool {
	switch {
	case r < 0x3040:
		return false
	case r <= 0x30ff, r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, r >= 0xff66 && r <= 0xff9f:
		return true
	}
	return unicode.In(r, unicode.Han)
}

// japaneseText reports whether text is mostly Japanese script, which decides
// between character and word shingles. The text decides rather than the
// language tag, which is sometimes missing or wrong.
func japaneseText(text string) bool {
	var cjk, letters int
	for _, r := range text {
		switch {
		case isCJK(r):
			cjk++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	// Japanese text needs far fewer characters than English for the same
	// content, so a third of the letters already means a Japanese text.
	return letters > 0 && cjk*3 >= letters
}

// mix64 is the SplitMix64 finaliser: a fast, well-spread 64-bit mix.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// words returns the FNV-1a hash of each word (run of letters and digits) of
// normalised text.
func words(text string) []uint64 {
	var out []uint64
	h, in := uint64(fnvOffset), false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			h = (h ^ uint64(r)) * fnvPrime
			in = true
			continue
		}
		if in {
			out = append(out, h)
			h, in = fnvOffset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

// chars returns the letters and digits of normalised text as units for
// character shingles.
func chars(text string) []uint64 {
	out := make([]uint64, 0, len(text)/3)
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, uint64(r))
		}
	}
	return out
}

// shingleSet returns the sorted, distinct hashes of the shingles of text:
// word shingles for English (and other space-separated text), character
// shingles for Japanese.
func shingleSet(text string) []uint64 {
	text = normalize(text)
	units, k := words(text), params.wordShingle
	if japaneseText(text) {
		units, k = chars(text), params.charShingle
	}
	if len(units) == 0 {
		return nil
	}
	if len(units) < k {
		k = len(units)
	}
	out := make([]uint64, 0, len(units)-k+1)
	for i := 0; i+k <= len(units); i++ {
		h := uint64(fnvOffset)
		for _, u := range units[i : i+k] {
			h = mix64(h ^ u)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// docText is the text that shingles are taken from: the main text, or the
// title when a page has no text.
func docText(d Doc) string {
	if strings.TrimSpace(d.Text) != "" {
		return d.Text
	}
	return d.Title
}
