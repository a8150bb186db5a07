package fakeweb

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// encodeJa encodes UTF-8 text in a legacy Japanese encoding. A character the
// encoding cannot hold, or cannot give back unchanged, is written as an HTML
// numeric character reference, as real sites in these encodings do.
func encodeJa(s string, enc encoding.Encoding) []byte {
	e, d := enc.NewEncoder(), enc.NewDecoder()
	out := make([]byte, 0, len(s)*2)
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		b, err := e.Bytes([]byte(string(r)))
		if err == nil {
			if back, derr := d.Bytes(b); derr == nil && string(back) == string(r) {
				out = append(out, b...)
				continue
			}
		}
		out = fmt.Appendf(out, "&#%d;", r)
	}
	return out
}

// shiftJIS and eucJP are the two legacy encodings the Japanese sites use.
var (
	shiftJIS = japanese.ShiftJIS
	eucJP    = japanese.EUCJP
)

// paragraphs splits corpus text into its paragraphs.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
