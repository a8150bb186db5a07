package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract feeds arbitrary bytes and content types to Extract: it may
// fail with an error but must never panic or hang.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(simplePage), "text/html")
	f.Add([]byte("<html><meta charset=shift_jis><p>\x83g\x83\x88\x83^</p>"), "")
	f.Add([]byte("\x1b$B%H%h%?\x1b(B"), "text/html; charset=iso-2022-jp")
	f.Add([]byte{0xFF, 0xFE, '<', 0, 'p', 0, '>', 0}, "")
	f.Add([]byte("<table><tr><td>a<br><br>b</td></tr></table>"), "text/html; charset=")
	if paths, _ := filepath.Glob("testdata/ja_*.html"); len(paths) > 0 {
		if b, err := os.ReadFile(paths[0]); err == nil {
			f.Add(b, "")
		}
	}
	x := New()
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		art, err := x.Extract(Page{URL: "https://fuzz.example/a", Body: body, ContentType: contentType,
			Hints: Hints{Content: string(body[:min(len(body), 12)])}})
		if err == nil && (art == nil || art.Text == "" || art.Victims == nil || art.Actors == nil) {
			t.Fatalf("no error but unusable article: %+v", art)
		}
	})
}
