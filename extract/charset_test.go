package extract

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

const jaSample = "トヨタ自動車は、販売会社のサーバーが不正アクセスを受け、最大約310万人分の顧客情報が流出した可能性があると発表しました。"

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeHTML(t *testing.T) {
	page := func(head string) string {
		return "<html><head>" + head + "<title>お知らせ</title></head><body><p>" + jaSample + "</p></body></html>"
	}
	tests := []struct {
		name        string
		body        []byte
		contentType string
	}{
		{"utf-8 undeclared", []byte(page("")), ""},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, page("")...), ""},
		{"shift_jis meta charset", encode(t, japanese.ShiftJIS, page(`<meta charset="Shift_JIS">`)), ""},
		{"shift_jis http-equiv", encode(t, japanese.ShiftJIS, page(`<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">`)), ""},
		{"cp932 label", encode(t, japanese.ShiftJIS, page(`<meta charset="cp932">`)), ""},
		{"shift_jis header only", encode(t, japanese.ShiftJIS, page("")), "text/html; charset=Shift_JIS"},
		{"shift_jis undeclared", encode(t, japanese.ShiftJIS, page("")), ""},
		{"euc-jp meta", encode(t, japanese.EUCJP, page(`<meta charset="EUC-JP">`)), ""},
		{"euc-jp undeclared", encode(t, japanese.EUCJP, page("")), ""},
		{"euc-jp header wins over wrong meta", encode(t, japanese.EUCJP, page(`<meta charset="Shift_JIS">`)), "text/html; charset=EUC-JP"},
		{"iso-2022-jp undeclared", encode(t, japanese.ISO2022JP, page("")), ""},
		{"iso-2022-jp declared", encode(t, japanese.ISO2022JP, page(`<meta charset="ISO-2022-JP">`)), ""},
		{"utf-8 label on shift_jis bytes", encode(t, japanese.ShiftJIS, page(`<meta charset="utf-8">`)), "text/html; charset=utf-8"},
		{"meta after a long comment", encode(t, japanese.ShiftJIS, page("<!--"+strings.Repeat("x", 3000)+`--><meta charset="shift_jis">`)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decodeHTML(tt.body, tt.contentType)
			if !strings.Contains(got, jaSample) || !strings.Contains(got, "<title>お知らせ</title>") {
				t.Fatalf("decoded text lacks the sample: %.200q", got)
			}
		})
	}
}

func TestDecodeHTMLWestern(t *testing.T) {
	// "café" in windows-1252, undeclared: not Japanese, not UTF-8.
	got := decodeHTML([]byte("<p>caf\xe9 cr\xe8me br\xfbl\xe9e</p>"), "")
	if !strings.Contains(got, "café crème brûlée") {
		t.Fatalf("got %q", got)
	}
	got = decodeHTML([]byte("<p>caf\xe9</p>"), "text/html; charset=iso-8859-1")
	if !strings.Contains(got, "café") {
		t.Fatalf("got %q", got)
	}
}
