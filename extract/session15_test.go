package extract

import (
	"strings"
	"testing"
)

// TestFilingDateLabel: a filing's page labels its date ("Filing Date"),
// far above the item heading; the date its first sentence opens on ("On
// April 6, 2026, the Company detected…") is when the incident was found.
func TestFilingDateLabel(t *testing.T) {
	cover := ""
	for i := 0; i < 6; i++ {
		cover += `<p style="text-align:center">(State or other jurisdiction of incorporation) (Commission File Number) (IRS Employer Identification No.) 001-39911</p>`
	}
	page := `<html><head><meta charset="utf-8"><title>Fernhollow Outdoor, Inc. - SEC Filing - Form 8-K</title></head><body><main>
<table class="filing-meta"><tr><th>Form</th><td>8-K</td></tr><tr><th>Filing Date</th><td>Apr 10, 2026</td></tr></table>
<p style="text-align:center">Date of Report (Date of earliest event reported): April 6, 2026</p>` + cover + `
<h1>Item 1.05 Material Cybersecurity Incidents.</h1>
<p>On April 6, 2026, Fernhollow Outdoor, Inc. (the "Company") detected unauthorized activity on certain of its information technology systems and activated its incident response plan.</p>
<p>The Company's investigation is ongoing, and it has notified law enforcement.</p></main></body></html>`
	a, err := New().Extract(Page{URL: "https://investors.fernhollow.example/sec-filings/8-k/2026-04-10", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || a.Published.Format("2006-01-02") != "2026-04-10" {
		t.Errorf("published = %v, want 2026-04-10 (the filing date)", a.Published)
	}
}

// TestCreditLineClosesRepost: a re-posting blog that quotes a story in
// bare <div>s keeps the credit line under it (引用元:<a>…</a>), all link
// but its label, and stops there, before the readers' replies.
func TestCreditLineClosesRepost(t *testing.T) {
	post := func(s string) string { return `<div class="t_b">` + s + `</div>` }
	page := `<html><head><meta charset="utf-8"><title>【悲報】交換業者ミナトコイン、120億円流出 | セキュ速</title></head><body>
<div id="main"><div class="article-outer"><div class="article-header"><p class="article-date">2026年04月03日 07:05</p>
<p class="article-category">カテゴリ：<a href="/archives/cat_crypto.html">暗号資産</a></p>
<h2 class="article-title"><a href="/archives/1.html">【悲報】交換業者ミナトコイン、120億円流出</a></h2></div>
<div class="article-body"><div class="article-body-inner">
<div class="t_h">1: 名無しさん 2026/04/02(木) 21:14:33.05 ID:Kz8aQw2p</div>` +
		post(`暗号資産交換業者の株式会社ミナトコインは2日、同社が管理するホットウォレットから約120億円相当の暗号資産が不正に流出したと発表した。`) +
		post(`同社によると、1日夜、ウォレットを管理する署名システムに第三者が不正にアクセスし、複数回にわたって送金が行われた。顧客の資産は全額補償するとしている。`) +
		post(`警察当局は、北朝鮮のハッカー集団が関与した疑いがあるとみて捜査している。同社は新規の口座開設と出金を停止している。`) +
		post(`引用元：<a href="https://news.example.jp/articles/20260402/minato.html">港湾経済デジタル</a>`) + `
<div class="t_h">3: 名無しさん 2026/04/02(木) 21:15:40.11 ID:a3Pq9Lmn</div>` + post(`またか、今年だけで56件目やろ`) + `
</div></div></div></div></body></html>`
	a, err := New().Extract(Page{URL: "https://secsoku.blog.example/archives/1.html", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "引用元：港湾経済デジタル") && !strings.Contains(a.Text, "引用元:港湾経済デジタル") {
		t.Errorf("text lacks the credit line:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "またか") {
		t.Errorf("text runs on into the replies:\n%s", a.Text)
	}
}

// TestLogoImageNamesOwner: a school's notice that says only 本校 is named by
// the logo image in its header (alt="…", src=".../school_logo.gif"), not
// by the romanised copyright line.
func TestLogoImageNamesOwner(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>若葉台高等学校｜お知らせ</title></head><body>
<div id="header"><img src="/img/school_logo.gif" alt="若葉台高等学校"><span class="en">WAKABADAI HIGH SCHOOL</span></div>
<div id="main"><h1>学習支援サービスのアカウントへの不正ログインについて（お詫び）</h1>
<p>保護者の皆様</p>
<p>このたび、本校が利用している学習支援サービスにおいて、教員1名のアカウントが第三者により不正にログインされ、生徒及び保護者の氏名と連絡先メールアドレスが閲覧された可能性があることが判明いたしました。</p>
<p>対象となるのは、在校生の保護者962名分です。関係の皆様に深くお詫び申し上げます。</p></div>
<div id="footer">Copyright(C) WAKABADAI HIGH SCHOOL All Rights Reserved.</div></body></html>`
	a, err := New().Extract(Page{URL: "https://www.wakabadai-h.example/news/2026/0612.html", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Victims; len(got) != 1 || got[0] != "若葉台高等学校" {
		t.Errorf("victims = %q, want [若葉台高等学校]", got)
	}
}

// TestHeadingWithCompanySuffix: a news site's heading that ends on the
// company it is about (" - 北辰精機"), under a <title> that adds only the
// site's name, is the title whole.
func TestHeadingWithCompanySuffix(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>ファイルサーバにランサム攻撃、取引先情報など流出の可能性 - 雲雀精機：セキュアWATCH</title></head><body>
<div id="main"><h1>ファイルサーバにランサム攻撃、取引先情報など流出の可能性 - 雲雀精機</h1>
<p>雲雀精機は、同社のファイルサーバがランサムウェアによる攻撃を受け、取引先の担当者情報など2万1845件が流出した可能性があると発表した。</p>
<p>同社によれば、2月にサーバ内のファイルが暗号化されていることが判明した。外部事業者の協力のもと調査を進めている。</p></div></body></html>`
	a, err := New().Extract(Page{URL: "https://www.securewatch.example/n/2026/03/05/1.html", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "ファイルサーバにランサム攻撃、取引先情報など流出の可能性 - 雲雀精機"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
}
