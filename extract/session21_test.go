package extract

import (
	"fmt"
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

// TestBoardThreadPages: a news board's thread and a まとめ page that
// reposts one keep the news item of the first post only — no post
// headers, no replies with their own figures and group names, no replay
// of the item's lines — and the thread's title loses the poster's handle.
func TestBoardThreadPages(t *testing.T) {
	item := `精密部品メーカーの花風精工は2日、同社のサーバーが不正アクセスを受け、約1万8000人分の個人情報が流出した可能性があると発表した。<br>流出した可能性があるのは氏名や住所、電話番号など。現時点で悪用は確認されていないという。<br>同社は外部の専門家とともに原因を調べている。<br><br>北辰経済新聞 2026年10月2日 17時10分`
	post := func(n int, name, id, body string) string {
		return fmt.Sprintf(`<div class="post" id="%d"><div class="meta"><span class="number">%d</span><span class="name"><b>%s</b></span><span class="date">2026/10/02(金) 18:%02d:11.40</span><span class="uid">ID:%s</span></div><div class="message"><span class="escaped">%s</span></div></div>`, n, n, name, 10+n, id, body)
	}
	thread := `<html lang="ja"><head><meta charset="utf-8"><title>【不正アクセス】精密部品の花風精工、約1万8000人分流出か [しじみ★]</title></head><body>` +
		`<h1 class="title">【不正アクセス】精密部品の花風精工、約1万8000人分流出か [しじみ★]</h1><div class="thread">` +
		post(1, "しじみ ★", "???", item) + post(2, "名無しさん", "Ab1Cd2Ef0", "またかよ") +
		post(5, "名無しさん", "Gh3Ij4Kl0", "これAkiraだろ<br>実際は10万人はいってるな") +
		post(9, "名無しさん", "Mn5Op6Qr0", "&gt;&gt;5<br>いやLockBitって聞いたぞ") + `</div></body></html>`
	art := extractPage(t, "https://board.example/test/read.cgi/news/1791000001/", thread)
	if art.Title != "【不正アクセス】精密部品の花風精工、約1万8000人分流出か" {
		t.Errorf("title = %q", art.Title)
	}
	for _, bad := range []string{"Akira", "LockBit", "10万人", "またかよ", "ID:", "しじみ"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("thread text has %q: %q", bad, art.Text)
		}
	}
	if c := strings.Count(art.Text, "現時点で悪用は確認されていない"); c != 1 {
		t.Errorf("the item's line is in the text %d times: %q", c, art.Text)
	}
	if !strings.Contains(art.Text, "約1万8000人分の個人情報が流出した可能性がある") {
		t.Errorf("thread text lost the item: %q", art.Text)
	}

	header := func(n int, id string) string {
		return fmt.Sprintf(`<div class="t_h">%d: <span class="name">名無しさん＠お腹いっぱい。</span> 2026/10/02(金) 19:%02d:20.11 ID:%s</div>`, n, 10+n, id)
	}
	matome := `<html lang="ja"><head><meta charset="utf-8"><title>花風精工、約1万8000人分流出か : セキュリティ速報まとめ</title></head><body>` +
		`<div class="article"><div class="article-header"><p class="article-date">2026年10月02日 21:30</p><h2 class="article-title">花風精工、約1万8000人分流出か</h2><p class="article-category">カテゴリ：<a href="/cat/sec">セキュリティ</a></p></div>` +
		`<div class="article-body">` + header(1, "???") + `<div class="t_b"><blockquote>` + item + `</blockquote></div>` +
		header(3, "aB3dE5fG0") + `<div class="t_b">これBlackSuitだろ<br>リークサイトに載ってたぞ</div>` +
		header(6, "kL9mN2pQ0") + `<div class="t_b">&gt;&gt;1<br>1万8000人ってことは実際は20万人はいってるな</div>` +
		header(8, "xY7zW1vU0") + `<div class="t_b">うちも去年やられた<br>情シス2人しかいないのに</div>` +
		`</div></div></body></html>`
	art = extractPage(t, "https://matome.example/archives/5300001.html", matome)
	for _, bad := range []string{"BlackSuit", "リークサイトに載ってた", "20万人", "情シス", "ID:", "カテゴリ"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("まとめ text has %q: %q", bad, art.Text)
		}
	}
	if !strings.Contains(art.Text, "同社は外部の専門家とともに原因を調べている") {
		t.Errorf("まとめ text lost the item: %q", art.Text)
	}
}

// TestInlineCodeInListItems: a path or a command in inline code inside
// a list item keeps the space after it, and the item comes once.
func TestInlineCodeInListItems(t *testing.T) {
	page := `<html lang="en"><head><meta charset="utf-8"><title>Mitigations for EdgeWall administrators</title></head><body><article><h1>Mitigations for EdgeWall administrators</h1>` +
		`<p>These steps apply to every organisation that runs an affected firewall, whether or not a compromise is suspected.</p>` +
		`<ol><li>Search the access logs for requests to <code>/mgmt/api/v2/session-export</code> containing encoded dot segments.</li>` +
		`<li>Run <kbd>ewdiag --collect</kbd> and keep the archive it writes.</li></ol>` +
		`<div class="kg-card kg-product-card"><h4>PortShield Scanner</h4><p>★★★★★ 4.7 from 900 reviews. $19.99 a month.</p><a href="https://aff.example/ps">Buy now</a></div>` +
		`<p>Report any match to your national cyber centre.</p></article></body></html>`
	art := extractPage(t, "https://edgewall-help.example/mitigations", page)
	for _, want := range []string{"/mgmt/api/v2/session-export containing encoded", "ewdiag --collect and keep"} {
		if c := strings.Count(art.Text, want); c != 1 {
			t.Errorf("%q is in the text %d times: %q", want, c, art.Text)
		}
	}
	if strings.Contains(art.Text, "PortShield") || strings.Contains(art.Text, "Buy now") {
		t.Errorf("product card in the text: %q", art.Text)
	}
}

// TestFeedDateAfterPageDateline: a feed that dates an alert by its last
// update does not override the publication date the page's own dateline
// labels; without a dateline the feed's date stands.
func TestFeedDateAfterPageDateline(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><title>ゲートウェイ製品の脆弱性に関する注意喚起</title></head><body><main><h1>ゲートウェイ製品の脆弱性に関する注意喚起</h1>` +
		`<div class="meta"><p>公開日：2026-10-03</p><p>最終更新：2026-10-10</p></div>` +
		`<p>ゲートウェイ製品の認証回避の脆弱性を悪用する攻撃が国内で確認されています。管理者は修正版へのアップデートを実施してください。</p>` +
		`<p>影響を受ける製品のバージョンは開発者の情報を確認してください。</p></main></body></html>`
	feed := time.Date(2026, 10, 10, 6, 0, 0, 0, time.UTC)
	art, err := New().Extract(Page{URL: "https://csirt.example/at/2026/at0031.html", Body: []byte(page), Hints: Hints{Published: feed}})
	if err != nil {
		t.Fatal(err)
	}
	if art.Published == nil || art.Published.Format("2006-01-02") != "2026-10-03" {
		t.Errorf("published = %v, want the dateline's 2026-10-03", art.Published)
	}
	bare := strings.Replace(page, `<div class="meta"><p>公開日：2026-10-03</p><p>最終更新：2026-10-10</p></div>`, "", 1)
	art, err = New().Extract(Page{URL: "https://csirt.example/at/2026/at0032.html", Body: []byte(bare), Hints: Hints{Published: feed}})
	if err != nil {
		t.Fatal(err)
	}
	if art.Published == nil || !art.Published.Equal(feed) {
		t.Errorf("published = %v, want the feed's %v", art.Published, feed)
	}
}

// TestBoardThreadAsText: a thread laid out as text, each post one
// paragraph that opens with its header line, keeps the first post without
// its header — no poster ID glued to the item's first words — and the
// starter's continuation right after it, and drops the replies.
func TestBoardThreadAsText(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><title>【悲報】花風精工さん、約1万8000人分の情報が漏れる</title></head><body><div class="article"><h1>【悲報】花風精工さん、約1万8000人分の情報が漏れる</h1><div class="text">` +
		"<p>1: 名無しさん＠おーぷん 2026/10/02(金) 18:21:07 ID:qW3e\n花風精工は、同社のサーバーが不正アクセスを受け、約1万8000人分の個人情報が流出した可能性があると発表した。\nhttps://news.example/2026/10/02/hanakaze/</p>" +
		"<p>2: 名無しさん＠おーぷん 2026/10/02(金) 18:21:30 ID:qW3e\n同社は警察に相談し、外部の専門家とともに原因を調べているという。</p>" +
		"<p>3: 名無しさん＠おーぷん 2026/10/02(金) 18:22:40 ID:Mm8a\nまたランサムかよ</p>" +
		"<p>9: 名無しさん＠おーぷん 2026/10/02(金) 18:29:40 ID:qW3e\n&gt;&gt;3 LockBitらしいで</p>" +
		"<p>5: 名無しさん＠おーぷん 2026/10/02(金) 18:24:13 ID:Tp0c\n部品メーカーは取引先の情報も多いからな</p>" +
		`</div></div></body></html>`
	art := extractPage(t, "https://matome.example/archives/5300002.html", page)
	if strings.Contains(art.Text, "ID:") || strings.Contains(art.Text, "名無しさん") {
		t.Errorf("header lines in the text: %q", art.Text)
	}
	if !strings.HasPrefix(art.Text, "花風精工は、同社のサーバー") {
		t.Errorf("text does not open with the item: %q", art.Text)
	}
	if !strings.Contains(art.Text, "外部の専門家とともに原因を調べている") {
		t.Errorf("the starter's continuation was dropped: %q", art.Text)
	}
	for _, bad := range []string{"またランサムかよ", "部品メーカーは取引先", "LockBit"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("a reply is in the text (%q): %q", bad, art.Text)
		}
	}
}

// TestSession21ExtractReviewGuards replays the over-matches a review of
// session 21's main-text and date rules found, on invented pages.
func TestSession21ExtractReviewGuards(t *testing.T) {
	// A notice's timeline written as numbered, dated rows is no thread.
	timeline := `<html lang="ja"><head><meta charset="utf-8"><title>不正アクセスに関する経緯のご報告</title></head><body><main><h1>不正アクセスに関する経緯のご報告</h1>` +
		`<p>当社サーバーへの不正アクセスにつきまして、これまでの経緯をご報告いたします。</p><dl>` +
		`<dt>1 2026/11/20(金) 09:12</dt><dd>監視システムが不審な通信を検知しました。</dd>` +
		`<dt>2 2026/11/20(金) 11:40</dt><dd>該当サーバーをネットワークから遮断しました。</dd>` +
		`<dt>3 2026/11/21(土) 16:05</dt><dd>顧客情報1,204件が外部に送信された可能性があることを確認しました。</dd>` +
		`</dl><p>引き続き調査を進めてまいります。</p></main></body></html>`
	art := extractPage(t, "https://www.hanakaze.example/news/1124.html", timeline)
	if !strings.Contains(art.Text, "顧客情報1,204件が外部に送信された可能性") {
		t.Errorf("a timeline row was taken for a reply: %q", art.Text)
	}

	// Anonymous posters are not the starter however alike their names.
	header := func(n int) string {
		return fmt.Sprintf(`<div class="t_h">%d: <span class="name">名無しさん</span> 2026/10/02(金) 19:%02d:20</div>`, n, 10+n)
	}
	matome := `<html lang="ja"><head><meta charset="utf-8"><title>花風精工、約1万8000人分流出か</title></head><body><div class="article-body">` +
		header(1) + `<div class="t_b">精密部品メーカーの花風精工は2日、約1万8000人分の個人情報が流出した可能性があると発表した。同社は外部の専門家と原因を調べている。</div>` +
		header(2) + `<div class="t_b">ワイの会社もLockBitにやられて100万件流出したわ</div>` +
		header(3) + `<div class="t_b">去年の250万件よりはマシ</div>` +
		header(7) + `<div class="t_b">部品メーカーは取引先の情報が多い</div></div></body></html>`
	art = extractPage(t, "https://matome.example/archives/5300003.html", matome)
	for _, bad := range []string{"LockBit", "250万件"} {
		if strings.Contains(art.Text, bad) {
			t.Errorf("an anonymous reply was taken for the starter's continuation (%q): %q", bad, art.Text)
		}
	}

	// A notice's own "label: value" lines are kept.
	labels := `<html lang="ja"><head><meta charset="utf-8"><title>個人情報流出に関するお知らせ</title></head><body><main><h1>個人情報流出に関するお知らせ</h1>` +
		`<p>当社のサーバーが不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明いたしました。</p>` +
		`<p>流出件数：最大1,204件</p><p>問い合わせ先：お客様相談室</p>` +
		`<p>お客様には多大なるご迷惑をおかけしますことを深くお詫び申し上げます。</p></main></body></html>`
	art = extractPage(t, "https://www.hanakaze.example/news/1125.html", labels)
	if !strings.Contains(art.Text, "流出件数：最大1,204件") && !strings.Contains(art.Text, "流出件数:最大1,204件") {
		t.Errorf("a label line was dropped: %q", art.Text)
	}

	// Two editions' steps, alike, with inline code: both kept, spaced.
	steps := `<li>Run <code>edgewall-upgrade --apply</code> as root on every node.</li><li>Restart the service with <code>systemctl restart edgewall</code> once it finishes.</li>`
	advisory := `<html lang="en"><head><meta charset="utf-8"><title>Upgrading EdgeWall</title></head><body><article><h1>Upgrading EdgeWall</h1>` +
		`<p>The upgrade is the same for both editions of the appliance, and it takes about ten minutes per node in our tests.</p>` +
		`<h2>Standard edition</h2><ol>` + steps + `</ol><h2>Enterprise edition</h2><ol>` + steps + `</ol>` +
		`<div class="product-card"><p>Affected: 5.0 through 5.2.2. Fixed in 5.2.3.</p></div>` +
		`<p>Contact support if an upgrade fails.</p></article></body></html>`
	art = extractPage(t, "https://edgewall-help.example/upgrade", advisory)
	if c := strings.Count(art.Text, "edgewall-upgrade --apply as root"); c != 2 {
		t.Errorf("the steps are in the text %d times, want 2: %q", c, art.Text)
	}
	if !strings.Contains(art.Text, "Fixed in 5.2.3") {
		t.Errorf("a product card's affected versions were dropped: %q", art.Text)
	}

	// A quoted source's credit line is no dateline of the page's own.
	quoting := `<html lang="ja"><head><meta charset="utf-8"><title>花風精工の件、続報まとめ</title></head><body><main><h1>花風精工の件、続報まとめ</h1>` +
		`<p>花風精工は、流出した可能性のある個人情報が約1万8000人分にのぼると発表した。（セキュリティ速報 - 2026/11/25 ）</p>` +
		`<p>続報が入り次第追記します。</p></main></body></html>`
	feed := time.Date(2026, 11, 28, 3, 0, 0, 0, time.UTC)
	got, err := New().Extract(Page{URL: "https://matome.example/archives/5300004.html", Body: []byte(quoting), Hints: Hints{Published: feed}})
	if err != nil {
		t.Fatal(err)
	}
	if got.Published == nil || !got.Published.Equal(feed) {
		t.Errorf("published = %v, want the feed's %v", got.Published, feed)
	}
}
