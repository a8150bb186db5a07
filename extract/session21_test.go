package extract

import (
	"strings"
	"testing"
	"time"
)

// TestSponsorAndAffiliateBoxes: a newsletter's sponsor callout, a
// deals blog's product box and a Japanese affiliate plugin's card sit
// inside the post's body; none of them is text.
func TestSponsorAndAffiliateBoxes(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>Week 48: a dentist chain, a ferry line and a leaky bucket</title></head><body>` +
		`<article><h1>Week 48: a dentist chain, a ferry line and a leaky bucket</h1><section class="gh-content">` +
		`<p>Good morning. Three incidents this week, and one of them was entirely avoidable.</p>` +
		`<div class="kg-card kg-callout-card"><div class="kg-callout-text"><b>This week's issue is brought to you by Tallyframe.</b> Scan every pull request for leaked keys. Free for small teams.</div></div>` +
		`<p>Brightsmile Dental said an intruder reached its booking system and copied the records of 48,200 patients over a weekend in November.</p>` +
		`<div class="ddb-product-box"><h3>Worried about identity theft? Our top picks this month</h3><div class="pb-item"><strong>ShieldWatch Plus</strong><p>Credit monitoring and a $1M guarantee</p><a href="https://aff.example/sw">Get the deal</a></div></div>` +
		`<p>The company has written to every affected patient and says no payment data was held on the system.</p></section></article></body></html>`
	art := extractPage(t, "https://weeklybrief.example/week-48/", page)
	for _, bad := range []string{"brought to you by", "Scan every pull request", "Our top picks", "ShieldWatch"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("text has %q: %q", bad, art.Text)
		}
	}
	for _, good := range []string{"Three incidents this week", "48,200 patients", "no payment data was held"} {
		if !strings.Contains(art.Text, good) {
			t.Errorf("text lost %q: %q", good, art.Text)
		}
	}

	ja := `<html lang="ja"><head><meta charset="utf-8"><title>通販サイトに不正ログイン、約3千件 | ゆるセキュ日記</title></head><body>` +
		`<div class="entry"><h1>通販サイトに不正ログイン、約3千件</h1><div class="entry-content">` +
		`<p>雑貨通販のこもれび商店が、会員約3千件のアカウントに不正ログインがあったと発表しました。</p>` +
		`<p>使い回されたパスワードが狙われたようです。パスワード管理アプリを使うのが一番の対策ですね。</p>` +
		`<div class="rinker-box"><div class="rinker-info"><p class="rinker-title">パスロック プレミアム 3年版（最大10台）</p><p class="rinker-price">価格：5,480円（税込）</p></div></div>` +
		`<p>二段階認証が使えるサービスでは必ず有効にしておきましょう。</p></div></div></body></html>`
	art = extractPage(t, "https://yurusecu.example/entry/2026/11/20/komorebi", ja)
	if strings.Contains(art.Text, "パスロック") || strings.Contains(art.Text, "5,480円") {
		t.Errorf("affiliate card in the text: %q", art.Text)
	}
	if !strings.Contains(art.Text, "二段階認証が使える") {
		t.Errorf("text lost its last paragraph: %q", art.Text)
	}
}

// TestNewsroomListAndReleaseChrome: a corporate newsroom's list of other
// releases under the notice, and a release site's offer of its images, are
// no text; a <body id="pagetop"> (the target of "back to top") does not
// hide the dateline from the date finder.
func TestNewsroomListAndReleaseChrome(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><title>当社子会社への不正アクセスについて｜ひばり野グループ</title></head><body id="pagetop">` +
		`<div id="bread"><ul><li><a href="/">HOME</a></li><li><a href="/news/">ニュース</a></li><li>当社子会社への不正アクセスについて</li></ul></div>` +
		`<div id="main"><h2>ニュース</h2><div class="news-detail"><p class="nd-date">2026年11月9日</p><h3>当社子会社への不正アクセスについて</h3>` +
		`<p>当社の連結子会社であるひばり野運輸株式会社において、配送管理サーバーが第三者による不正アクセスを受けたことが判明いたしました。</p>` +
		`<p>関係者の皆様に多大なるご迷惑とご心配をおかけしますことを深くお詫び申し上げます。</p></div>` +
		`<div class="news-list-side"><p>ニュース一覧</p><dl><dt>2026年10月2日</dt><dd>ひばり野フーズ 新物流センター稼働のお知らせ</dd><dt>2026年9月1日</dt><dd>役員人事に関するお知らせ</dd></dl></div>` +
		`<div class="release-media"><p>このプレスリリース内で使われている画像ファイルがダウンロードできます</p></div>` +
		`<p class="pagetop"><a href="#pagetop">このページの先頭へ</a></p></div></body></html>`
	art := extractPage(t, "https://www.hibarino.example/news/20261109.html", page)
	for _, bad := range []string{"新物流センター", "役員人事", "画像ファイル"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("text has %q: %q", bad, art.Text)
		}
	}
	if !strings.Contains(art.Text, "深くお詫び申し上げます") {
		t.Errorf("text lost the notice: %q", art.Text)
	}
	want := time.Date(2026, 11, 9, 0, 0, 0, 0, time.UTC) // a bare date is its calendar day
	if art.Published == nil || !art.Published.Equal(want) {
		t.Errorf("published = %v, want %v", art.Published, want)
	}
}
