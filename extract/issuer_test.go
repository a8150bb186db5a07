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
		{"alert platform's agency box", `<div class="al-agency"><img src="/logo.png" alt=""><div><div class="al-agency__name">Marsh County Sheriff's Office</div><div class="al-agency__loc">Marsh County</div></div></div>`, "Marsh County Sheriff's Office"},
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
			doc := chromeDoc(t, tc.page)
			if got := pageIssuer(doc, readJSONLD(doc)); got != tc.want {
				t.Errorf("pageIssuer = %q, want %q", got, tc.want)
			}
		})
	}
}

// chromeDoc parses a page whose body is the given chrome and one line of
// text.
func chromeDoc(t *testing.T, chrome string) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head></head><body>" + chrome + "<p>Body text.</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return doc
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

// TestPageOwner checks the owner a page's chrome names: a JSON-LD
// Organization, the logo's text, the copyright line; and a page whose
// chrome names nobody.
func TestPageOwner(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"json-ld organisation", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"TSUBAME Works株式会社"}</script>`, "TSUBAME Works株式会社"},
		{"logo aria-label", `<header><a href="/" class="Header_logo__x1"><svg role="img" aria-label="Tsubame Works"></svg></a></header>`, "Tsubame Works"},
		{"logo alt with a logo word", `<div id="site-logo"><img src="/l.png" alt="北浜精工ロゴ"></div>`, "北浜精工"},
		{"copyright", `<footer><p>Privacy | Terms</p><small>© 2026 Tsubame Works Inc. All rights reserved.</small></footer>`, "Tsubame Works Inc"},
		{"copyright before a theme's credit", `<footer><div class="c-copyright">&copy; 税理士法人つばめ会計 Powered by <a href="https://wp.example/">WordPress</a> with Snow Monkey</div></footer>`, "税理士法人つばめ会計"},
		{"company in a css-module class", `<div class="Footer_company__g6"><p>株式会社つばめ工房</p><p>〒460-0000 名古屋市中区1-2-3</p></div>`, ""},
		{"nothing", `<footer><p>Privacy | Terms</p></footer>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := chromeDoc(t, tc.page)
			if got := pageOwner(doc, readJSONLD(doc), copyrightOwner(doc)); got != tc.want {
				t.Errorf("pageOwner = %q, want %q", got, tc.want)
			}
		})
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(`<html><body><div class="Footer_company__g6"><p>株式会社つばめ工房</p><p>〒460-0000 名古屋市中区1-2-3</p></div></body></html>`))
	if got := pageIssuer(doc, nil); got != "株式会社つばめ工房" {
		t.Errorf("pageIssuer on a footer company box = %q, want 株式会社つばめ工房", got)
	}
}

// TestNoticeNamedOnlyInChrome checks a Japanese notice that says only 弊社,
// on a site whose name stands only in its logo and copyright line.
func TestNoticeNamedOnlyInChrome(t *testing.T) {
	page := `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>ランサムウェア被害に関するお知らせ（第2報） - お知らせ</title></head><body>
<header><a href="/" class="Header_logo__k2"><svg role="img" aria-label="TSUBAME Works"></svg></a><nav><a href="/news">お知らせ</a></nav></header>
<main><article><h1>ランサムウェア被害に関するお知らせ（第2報）</h1><p>2026年3月2日</p>
<p>2026年2月20日付でお知らせいたしました、弊社サーバーへの不正アクセスにつきまして、外部専門機関による調査が完了いたしましたので、その結果をご報告いたします。</p>
<p>調査の結果、攻撃者は弊社の検証用環境のサーバーに侵入し、社内ネットワーク上の複数のサーバーに被害を拡大させたことが判明いたしました。</p>
<p>関係者の皆様に多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。</p></article></main>
<footer><small>&copy; 2026 TSUBAME Works Inc.</small></footer></body></html>`
	a, err := New().Extract(Page{URL: "http://127.0.0.1:8080/news/0302", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Victims) != 1 || a.Victims[0] != "TSUBAME Works" {
		t.Errorf("victims = %q, want [TSUBAME Works]", a.Victims)
	}
}

// TestLetterheadLinesStay checks a release whose letterhead is written as
// source lines in one cell: the lines stay lines (a label line, the date,
// the issuer, 担当課：…) rather than one run of characters, and the issuer
// is the victim of its own notice. The page is invented.
func TestLetterheadLinesStay(t *testing.T) {
	page := "<html><head><meta charset=\"utf-8\"><title>市立中学校の校務支援システムへの不正アクセスについて</title></head><body><table><tr><td class=\"body\"><font size=\"3\">\n" +
		"報道発表資料\n令和7年10月2日\n北浜市教育委員会\n担当課：学校教育課\n電話：0120-000-000<br>\n<br>\n" +
		"市立中学校で使用している校務支援システムに対し、外部から不正なアクセスがあり、生徒の個人情報が流出した可能性があることが判明しましたので、お知らせします。<br>\n<br>\n" +
		"関係する皆様に多大なご迷惑とご心配をおかけし、深くお詫び申し上げます。今後、対象の生徒及び保護者に対し、各学校を通じて説明と謝罪を行います。</font></td></tr></table></body></html>"
	a, err := New().Extract(Page{URL: "http://127.0.0.1:8080/press/1002.html", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "北浜市教育委員会\n") || !strings.Contains(a.Text, "担当課：学校教育課") || strings.Contains(a.Text, "教育委員会担当課") {
		t.Errorf("letterhead lines run together: %q", a.Text)
	}
	if a.Title != "市立中学校の校務支援システムへの不正アクセスについて" {
		t.Errorf("title = %q, want the notice's own (a label line is no headline)", a.Title)
	}
	if len(a.Victims) != 1 || a.Victims[0] != "北浜市" {
		t.Errorf("victims = %q, want [北浜市]", a.Victims)
	}
}

// TestTitleSite checks the publisher a <title> names beside the headline,
// including a body named between a section and a platform.
func TestTitleSite(t *testing.T) {
	for _, tc := range []struct{ title, headline, want string }{
		{"News Flash • Corvale County, OH • CivicEngage", "Notice of Data Security Event", "Corvale County, OH"},
		{"Notice of Data Security Event | Larkmoor Health", "Notice of Data Security Event", "Larkmoor Health"},
		{"Notice of Data Security Event", "Notice of Data Security Event", ""},
		{"光明寺　お知らせ", "オンライン授与所への不正アクセスについて", "光明寺"},
		{"Latest News", "Notice of Data Security Event", ""},
	} {
		if got := titleSite(tc.title, tc.headline); got != tc.want {
			t.Errorf("titleSite(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestPlatformPageName: a shop's notice on a gourmet portal says only 当店;
// og:title names the shop and og:site_name the portal, so the notice is the
// shop's, not the portal's.
func TestPlatformPageName(t *testing.T) {
	page := `<html><head><meta charset="utf-8">
<meta property="og:title" content="そば処やまびこ - 浅草/そば | グルメナビ"><meta property="og:site_name" content="グルメナビ">
<title>ご予約システムにおける不正アクセスについてのお詫び : そば処やまびこ - 浅草/そば [グルメナビ]</title></head><body>
<div class="shop-header"><h2>そば処やまびこ</h2></div>
<div class="news"><h1>ご予約システムにおける不正アクセスについてのお詫び</h1>
<p>当店がご予約の管理に利用しているオンライン予約台帳サービスの運営会社より、同社のサーバーが第三者による不正アクセスを受け、当店のご予約情報が外部に流出した可能性があるとの報告を受けました。</p>
<p>対象となるのは、当店へご予約いただいたお客様312名分のお名前とお電話番号です。なお、グルメナビのネット予約からのご予約は対象外です。</p>
<p>お客様には多大なるご迷惑とご心配をおかけいたしますことを、心より深くお詫び申し上げます。</p></div>
</body></html>`
	a, err := New().Extract(Page{URL: "https://gourmet-navi.example/shop/88/news/3", Body: []byte(page), ContentType: "text/html; charset=utf-8"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Victims) != 1 || a.Victims[0] != "そば処やまびこ" {
		t.Errorf("victims = %q, want the shop, not the portal", a.Victims)
	}
	for _, c := range []struct{ og, site, headline, want string }{
		{"Larkspur Bike Shop", "Gatherly", "Important: a notice about our online store", "Larkspur Bike Shop"},
		{"Acme discloses data breach", "Acme News", "Acme discloses data breach affecting 3,000", ""},
		{"Gatherly", "Gatherly", "Notice", ""},
		{"Security incident: what we know", "Hubsite", "A different headline", ""},
	} {
		if got := platformPageName(c.og, c.site, c.headline); got != c.want {
			t.Errorf("platformPageName(%q, %q, %q) = %q, want %q", c.og, c.site, c.headline, got, c.want)
		}
	}
}
