package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestPageIssuer checks the issuer a page names outside its text, in the
// forms release hubs and newsrooms use, and that a journalist's byline or
// a credit line names none. The pages are invented.
func TestPageIssuer(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"hub byline with a date", `<header><h1>Update on network incident</h1><p class="dateline">Published <time datetime="2025-09-08">September 8, 2025</time> by Corrow Valley School District</p></header>`,
			"Corrow Valley School District"},
		{"provided by", `<div class="release-meta"><span>News provided by</span> <a href="/org/9">Harwick Mutual Insurance</a></div>`,
			"Harwick Mutual Insurance"},
		{"labelled company", `<dl><dt>Company:</dt></dl><p>Company: Pelling Freight Ltd.</p>`, "Pelling Freight Ltd."},
		{"class names the issuer", `<div class="release-head"><span class="company-name">Ostrava Labs</span></div>`, "Ostrava Labs"},
		{"japanese label", `<div class="info"><p>発表元：株式会社みなと精機</p></div>`, "株式会社みなと精機"},
		{"japanese hub heading", `<h2>株式会社ひなたフーズのプレスリリース</h2>`, "株式会社ひなたフーズ"},
		{"json-ld organisation author", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":{"@type":"Organization","name":"Brindle County"}}</script>`,
			"Brindle County"},
		{"journalist byline", `<p class="byline">By Maria Delgado, staff writer</p>`, ""},
		{"json-ld person author", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ken Ito"}}</script>`, ""},
		{"credit line", `<p class="credit">Source: The Daily Ledger</p>`, ""},
		{"navigation", `<nav><a href="/">Home</a> Company: About us</nav>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head></head><body>" + tc.page + "<p>Body text.</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := pageIssuer(doc, readJSONLD(doc)); got != tc.want {
				t.Errorf("pageIssuer = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHubNoticeVictim checks a first-person notice posted on a release hub
// whose own name is no organisation's: the issuer its byline names is the
// victim; the same letter with a journalist's byline has none.
func TestHubNoticeVictim(t *testing.T) {
	page := func(byline string) []byte {
		return []byte(`<!doctype html><html lang="en"><head><title>Update on our network incident | Civic Release Hub</title>
<meta property="og:site_name" content="Civic Release Hub"></head><body><header class="global"><a href="/">Civic Release Hub</a></header>
<main><article><header><h1>Update on our network incident</h1><p class="dateline">` + byline + `</p></header>
<p>Dear families and staff,</p>
<p>I am writing with an update on the network incident that disrupted our systems during the first week of school. Our technology team detected suspicious activity on the district network and disconnected our systems from the internet.</p>
<p>With the help of outside specialists we have confirmed that an unauthorized party accessed parts of our network and may have copied files from a shared drive used by administration.</p>
<p>We will write to every family whose information was involved once the review is complete. Thank you for your patience.</p>
</article></main><footer>© Civic Release Hub</footer></body></html>`)
	}
	x := New()
	tests := []struct {
		byline string
		want   []string
	}{
		{`Published <time datetime="2025-09-08">September 8, 2025</time> by Corrow Valley School District`, []string{"Corrow Valley School District"}},
		{`By Maria Delgado | September 8, 2025`, []string{}},
	}
	for _, tc := range tests {
		a, err := x.Extract(Page{URL: "http://hub.example/releases/1", ContentType: "text/html; charset=utf-8", Body: page(tc.byline)})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a.Victims, tc.want) {
			t.Errorf("byline %q: victims %q, want %q", tc.byline, a.Victims, tc.want)
		}
	}
}
