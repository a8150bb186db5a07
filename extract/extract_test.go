package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

const simplePage = `<!DOCTYPE html><html><head><title>Breach at Example Corp | Daily Sec</title></head><body>
<nav><a href="/">Home</a><a href="/news">News</a><a href="/about">About</a></nav>
<article><h1>Breach at Example Corp</h1>
<p>Example Corp said on Tuesday that an attacker accessed a customer database containing the names and e-mail addresses of its online shop customers.</p>
<p>The company said it had reset all passwords and informed the data protection authority. No payment data was stored in the affected system.</p>
</article><footer>© Daily Sec. All rights reserved.</footer></body></html>`

func TestExtractJSONShape(t *testing.T) {
	art, err := New().Extract(Page{URL: "https://dailysec.example/a/1?utm_source=x", Body: []byte(simplePage)})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(art)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"url": `"https://dailysec.example/a/1"`, "title": `"Breach at Example Corp"`, "lang": `"en"`, "published": "null",
	} {
		if got := string(m[key]); got != want {
			t.Errorf("%s = %s, want %s", key, got, want)
		}
	}
	// With no incident facts found the lists are empty, never null, and the
	// count is null.
	for _, key := range []string{"victims", "actors"} {
		if got := string(m[key]); !strings.HasPrefix(got, "[") {
			t.Errorf("%s = %s, want a JSON array", key, got)
		}
	}
	if _, ok := m["records"]; !ok {
		t.Error("records key missing")
	}
	if strings.Contains(art.Text, "All rights reserved") || strings.Contains(art.Text, "About") {
		t.Errorf("text keeps furniture: %q", art.Text)
	}
	if !strings.Contains(art.Text, "reset all passwords") {
		t.Errorf("text lost the article: %q", art.Text)
	}
}

func TestExtractErrors(t *testing.T) {
	x := New()
	tests := []struct {
		name string
		page Page
		want error
	}{
		{"empty", Page{URL: "https://ex.com/a", Body: nil}, ErrEmptyPage},
		{"white space", Page{Body: []byte(" \n\t ")}, ErrEmptyPage},
		{"image", Page{Body: []byte("\x89PNG\r\n\x1a\n...."), ContentType: "image/png"}, ErrNotHTML},
		{"pdf", Page{Body: []byte("%PDF-1.4 ..."), ContentType: "application/pdf"}, ErrNotHTML},
		{"binary", Page{Body: []byte("\x00\x01\x02\x03 binary \x00\x00")}, ErrNotHTML},
		{"no text", Page{Body: []byte("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")}, ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art, err := x.Extract(tt.page)
			if !errors.Is(err, tt.want) || art != nil {
				t.Fatalf("Extract = %v, %v; want %v", art, err, tt.want)
			}
		})
	}
}

func TestExtractHints(t *testing.T) {
	x := New()
	page := Page{Body: []byte(simplePage), Hints: Hints{Lang: "ja", Content: "p:nth-of-type(2)"}}
	art, err := x.Extract(page)
	if err != nil {
		t.Fatal(err)
	}
	if art.Lang != "ja" {
		t.Errorf("lang = %q, want the hint ja", art.Lang)
	}
	if strings.Contains(art.Text, "Tuesday") || !strings.HasPrefix(art.Text, "The company said") {
		t.Errorf("content selector ignored: %q", art.Text)
	}
	// A selector that matches nothing, or does not parse, falls back to
	// automatic extraction.
	for _, sel := range []string{"div.nothing-here", "p[[["} {
		page.Hints.Content = sel
		art, err := x.Extract(page)
		if err != nil || !strings.Contains(art.Text, "Tuesday") {
			t.Errorf("selector %q: %v, %q", sel, err, art.Text)
		}
	}
}

func TestExtractShortJapaneseRelease(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>お知らせ｜サンプル株式会社</title></head><body>
<div id="gnav"><a href="/">トップ</a><a href="/company/">会社概要</a><a href="/news/">ニュース</a><a href="/recruit/">採用</a></div>
<div class="news"><p>2024年1月15日</p><h1>不正アクセスに関するお知らせ</h1>
<p>当社サーバーが不正アクセスを受けました。現在調査中です。</p></div>
<div id="footer"><a href="/privacy/">プライバシーポリシー</a><a href="/sitemap/">サイトマップ</a><a href="/contact/">お問い合わせ</a></div></body></html>`
	art, err := New().Extract(Page{URL: "https://sample.example/news/1.html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Text != "当社サーバーが不正アクセスを受けました。現在調査中です。" {
		t.Errorf("text = %q", art.Text)
	}
	if art.Title != "不正アクセスに関するお知らせ" || art.Lang != "ja" || art.Published == nil || art.Published.Format("2006-01-02") != "2024-01-15" {
		t.Errorf("title %q, lang %q, published %v", art.Title, art.Lang, art.Published)
	}
}

func ExampleExtractor_Extract() {
	x := New()
	art, err := x.Extract(Page{URL: "https://dailysec.example/a/1?utm_source=rss#top", Body: []byte(simplePage)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(art.URL)
	fmt.Println(art.Title)
	fmt.Println(art.Lang)
	// Output:
	// https://dailysec.example/a/1
	// Breach at Example Corp
	// en
}

func ExampleCleanURL() {
	fmt.Println(CleanURL("HTTPS://WWW.Example.com:443/news/1?id=7&utm_source=rss&fbclid=abc#comments"))
	// Output: https://www.example.com/news/1?id=7
}

func TestExtractLogoHeadingAndInlinePromos(t *testing.T) {
	page := `<html><head><title>Hospital group confirms ransomware attack - Health IT Wire</title></head><body>
<header><h1 class="site-logo"><a href="/"><img src="/logo.png" alt="">Health IT Wire</a></h1></header>
<div class="main"><h2>Hospital group confirms ransomware attack</h2>
<p>A regional hospital group said a ransomware attack had encrypted systems at three of its sites, forcing staff to divert ambulances for two days.</p>
<p><strong>Related:</strong> <a href="/x">Ransomware gangs keep hitting healthcare</a></p>
<p>The group said patient records held in its main electronic health record system were not affected, but that scheduling data may have been copied.</p>
<p>Also read: <a href="/y">How hospitals can prepare for downtime</a></p>
<p>Photo: hospital entrance, file image</p>
</div></body></html>`
	art, err := New().Extract(Page{URL: "https://healthitwire.example/news/123", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "Hospital group confirms ransomware attack" {
		t.Errorf("title = %q", art.Title)
	}
	want := "A regional hospital group said a ransomware attack had encrypted systems at three of its sites, forcing staff to divert ambulances for two days.\n\n" +
		"The group said patient records held in its main electronic health record system were not affected, but that scheduling data may have been copied."
	if art.Text != want {
		t.Errorf("text = %q", art.Text)
	}
}

// TestExtractSourceLines checks that a paragraph written in lines in its
// source (a form's labels, an "About" heading) keeps them apart, while
// hard-wrapped prose reads as one paragraph.
func TestExtractSourceLines(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>Filing summary</title></head><body><article>
<h1>Filing summary: Corvane Outfitters</h1>
<p>This tracker summarises data breach notifications filed with state attorneys general, drawn from public filings.</p>
<p>Entity name: Corvane Outfitters, Inc.
Entity type: Retail
Total persons affected: 61,077</p>
<p>What happened
On 6 May the retailer found code on its checkout page that had copied card numbers.</p>
<p>The retailer said a script placed on its online checkout recorded the card details
that customers entered between February and April, and that it removed the script
as soon as it was found.</p>
</article></body></html>`
	art, err := New().Extract(Page{URL: "https://tracker.example/f/1", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Text, "Entity name: Corvane Outfitters, Inc.\nEntity type: Retail\nTotal persons affected: 61,077") {
		t.Errorf("form lines run together:\n%s", art.Text)
	}
	if !strings.Contains(art.Text, "What happened\nOn 6 May") {
		t.Errorf("heading runs into its section:\n%s", art.Text)
	}
	if !strings.Contains(art.Text, "recorded the card details that customers entered between February and April, and that it removed the script as soon as it was found.") {
		t.Errorf("hard-wrapped prose split:\n%s", art.Text)
	}
}

// TestExtractJapaneseSignature checks that a notice's signature keeps the
// issuer's name on a line of its own above the signer's post, while a
// hard-wrapped sentence is joined.
func TestExtractJapaneseSignature(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>お知らせ</title></head><body><article>
<h1>当院へのサイバー攻撃に関するお詫び</h1>
<p>当院のネットワークに第三者が不正に侵入し、サーバーのデータが暗号化されたことが判明いたしました。対象となる可能性があるのは約４万３千
人分の患者さまの情報です。</p>
<p>医療法人さくら会 さくら記念病院
院長　山田 太郎</p>
</article></body></html>`
	art, err := New().Extract(Page{URL: "https://hub.example/r/1", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Text, "約４万３千人分") {
		t.Errorf("hard-wrapped Japanese not joined:\n%s", art.Text)
	}
	if !strings.Contains(art.Text, "さくら記念病院\n院長") {
		t.Errorf("signature lines run together:\n%s", art.Text)
	}
}
