package extract

import (
	"strings"
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

// langSample bounds how much text language detection reads.
const langSample = 4000

// detectLang returns the language code of an article: the source's hint when
// given, "ja" when kana and kanji make up a good share of the letters, "zh"
// and "ko" for Han-only and Hangul text, and for other scripts the guess of
// whatlanggo when it is reliable, "en" for Latin text it cannot place. The
// page's lang attribute is the last resort for text without letters.
func detectLang(text, hint, htmlLang string) string {
	if hint != "" {
		return primaryTag(hint)
	}
	if len(text) > langSample*3 {
		text = text[:langSample*3]
	}
	var kana, han, hangul, latin, other int
	for _, r := range text {
		switch {
		case r >= 0x3040 && r <= 0x30FF, r >= 0xFF66 && r <= 0xFF9D:
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	letters := kana + han + hangul + latin + other
	switch {
	case letters == 0:
		return primaryTag(htmlLang)
	case kana > 0 && (kana+han)*10 >= letters*3:
		return "ja"
	case han*10 >= letters*3:
		return "zh"
	case hangul*10 >= letters*3:
		return "ko"
	}
	if latin > other && englishShare(text) >= 0.12 {
		return "en" // plainly English: spare the n-gram classifier
	}
	info := whatlanggo.Detect(text)
	code := info.Lang.Iso6391()
	if code != "" && code != "en" && latin > other && latin < 200 {
		code = "" // too little Latin text to tell English from its neighbours
	}
	if code != "" && (info.IsReliable() || other > latin) {
		return code
	}
	if latin > other {
		return "en"
	}
	return ""
}

// primaryTag returns the lower-case primary subtag of a language tag
// ("ja-JP" → "ja").
func primaryTag(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

var englishFunctionWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "in": true, "is": true, "that": true,
	"for": true, "was": true, "said": true, "it": true, "on": true, "with": true, "has": true,
	"have": true, "by": true, "its": true, "be": true, "are": true, "from": true, "at": true,
}

// englishShare is the share of the first words of text that are common
// English function words; English prose sits well above 0.2, other Latin
// languages below 0.05.
func englishShare(text string) float64 {
	words, hits := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if englishFunctionWords[strings.ToLower(w)] {
			hits++
		}
		if words == 300 {
			break
		}
	}
	if words < 8 {
		return 0
	}
	return float64(hits) / float64(words)
}
