package extract

import "testing"

// FuzzExtract feeds arbitrary bytes, content types and content selectors to
// every stage of Extract this package owns (decoding, parsing, main text,
// metadata): it may fail with an error but must never panic or hang. The
// incident stage is extract/incident's and is fuzzed there; its dictionary
// load would stall the fuzzer's instrumented workers.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(simplePage), "text/html", "article p")
	f.Add([]byte("<html><meta charset=shift_jis><p>\x83g\x83\x88\x83^</p>"), "", "")
	f.Add([]byte("\x1b$B%H%h%?\x1b(B"), "text/html; charset=iso-2022-jp", "p")
	f.Add([]byte{0xFF, 0xFE, '<', 0, 'p', 0, '>', 0}, "", "")
	f.Add([]byte("<table><tr><td>a<br><br>b</td></tr></table>"), "text/html; charset=", "td[")
	f.Add([]byte(`<html><head><meta property="og:title" content="t"><link rel=canonical href="//x/y">`+
		`<script type="application/ld+json">{"@graph":[{"datePublished":"2019-03-29"}]}</script></head>`+
		`<body><h1>お知らせ</h1><p>令和元年５月２０日</p><div class="share">x</div><p>不正アクセス</p></body></html>`), "", "")
	f.Fuzz(func(t *testing.T, body []byte, contentType, content string) {
		art, err := read(Page{URL: "https://fuzz.example/a", Body: body, ContentType: contentType,
			Hints: Hints{Content: content}})
		if err == nil && (art == nil || art.Text == "" || art.Victims == nil || art.Actors == nil) {
			t.Fatalf("no error but unusable article: %+v", art)
		}
	})
}
