package extract

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// metaCharsetWindow is how far into the page a <meta> charset is looked for.
// The HTML prescan stops at 1024 bytes, but old Japanese pages often put
// long comments or scripts before their <meta>.
const metaCharsetWindow = 16 << 10

var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// charsetAliases maps labels seen in the wild that the WHATWG index lacks.
var charsetAliases = map[string]string{
	"cp932": "shift_jis", "ms932": "shift_jis", "sjis": "shift_jis", "x-sjis": "shift_jis",
	"shift-jis": "shift_jis", "windows-932": "shift_jis", "x-ms-cp932": "shift_jis",
	"euc_jp": "euc-jp", "eucjp": "euc-jp", "x-euc": "euc-jp", "ujis": "euc-jp",
	"iso2022jp": "iso-2022-jp", "jis": "iso-2022-jp", "utf8": "utf-8",
}

// decodeHTML returns body as UTF-8 text. The encoding is taken from, in
// order: a byte-order mark, the charset of the HTTP Content-Type, a <meta>
// charset declaration, and detection among UTF-8 and the Japanese encodings.
// A declaration the bytes plainly contradict (a UTF-8 label on bytes that are
// not UTF-8) is ignored in favour of detection.
func decodeHTML(body []byte, contentType string) string {
	if enc, n := bomEncoding(body); enc != nil {
		return decodeWith(enc, body[n:])
	}
	if enc := headerEncoding(contentType); enc != nil && plausible(enc, body) {
		return decodeWith(enc, body)
	}
	if enc := metaEncoding(body); enc != nil && plausible(enc, body) {
		return decodeWith(enc, body)
	}
	return decodeWith(detectEncoding(body), body)
}

func bomEncoding(b []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

func headerEncoding(contentType string) encoding.Encoding {
	if contentType == "" {
		return nil
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil
	}
	return lookupEncoding(params["charset"])
}

func metaEncoding(body []byte) encoding.Encoding {
	head := body
	if len(head) > metaCharsetWindow {
		head = head[:metaCharsetWindow]
	}
	for _, m := range metaCharsetRe.FindAllSubmatch(head, 4) {
		if enc := lookupEncoding(string(m[1])); enc != nil {
			return enc
		}
	}
	return nil
}

// lookupEncoding returns the encoding for a charset label, nil when unknown.
// UTF-16 labels in a document that is being read as bytes are treated as
// UTF-8, as HTML requires.
func lookupEncoding(label string) encoding.Encoding {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	if label == "" {
		return nil
	}
	if a, ok := charsetAliases[label]; ok {
		label = a
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil
	}
	if name, _ := htmlindex.Name(enc); strings.HasPrefix(name, "utf-16") {
		return unicode.UTF8
	}
	return enc
}

// plausible reports whether body can be in enc: it rejects a UTF-8 label on
// invalid UTF-8 and a single-byte Western label on bytes that decode cleanly
// as a Japanese multi-byte encoding and not as UTF-8.
func plausible(enc encoding.Encoding, body []byte) bool {
	if enc == unicode.UTF8 || enc == encoding.Nop {
		return utf8.Valid(body) || !looksJapanese(body)
	}
	return true
}

func decodeWith(enc encoding.Encoding, b []byte) string {
	if enc == nil || enc == unicode.UTF8 || enc == encoding.Nop {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// detectEncoding guesses the encoding of an undeclared page: ISO-2022-JP by
// its escape sequences, UTF-8 when valid, else whichever of Shift_JIS and
// EUC-JP decodes into the most plausible Japanese, else windows-1252.
func detectEncoding(b []byte) encoding.Encoding {
	if bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) {
		return japanese.ISO2022JP
	}
	if utf8.Valid(b) {
		return unicode.UTF8
	}
	if enc := bestJapanese(b); enc != nil {
		return enc
	}
	enc, _ := htmlindex.Get("windows-1252")
	return enc
}

func looksJapanese(b []byte) bool {
	return bytes.Contains(b, []byte("\x1b$B")) || bestJapanese(b) != nil
}

// bestJapanese scores the Shift_JIS and EUC-JP decodings of b and returns the
// better one, or nil when neither reads as Japanese.
func bestJapanese(b []byte) encoding.Encoding {
	sample := b
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	var best encoding.Encoding
	bestScore := 0.0
	for _, enc := range []encoding.Encoding{japanese.ShiftJIS, japanese.EUCJP} {
		out, err := enc.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		if s := japaneseScore(string(out)); s > bestScore {
			best, bestScore = enc, s
		}
	}
	if bestScore < 0.5 {
		return nil
	}
	return best
}

// japaneseScore is the share of non-ASCII runes that are kana, common CJK
// punctuation or kanji, with replacement characters and half-width katakana
// (typical of a wrong guess) counted against.
func japaneseScore(s string) float64 {
	var good, bad, total float64
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		total++
		switch {
		case r == utf8.RuneError:
			bad += 3
		case r >= 0x3040 && r <= 0x30FF, r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E:
			good++
		case r >= 0x4E00 && r <= 0x9FFF:
			good += 0.7
		case r >= 0xFF61 && r <= 0xFF9F:
			bad++
		}
	}
	if total == 0 {
		return 0
	}
	return (good - bad) / total
}
