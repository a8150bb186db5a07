package extract

import (
	"strings"
	"testing"
)

func TestHeadlineFromText(t *testing.T) {
	tests := []struct {
		name, title, text, wantTitle, wantText string
	}{
		{"issuer above the headline stays in the text", "ニュースリリース",
			"株式会社KADOKAWA\n\nランサムウェア攻撃による情報漏洩に関するご報告\n\n当社は調査結果を公表いたします。",
			"ランサムウェア攻撃による情報漏洩に関するご報告", "株式会社KADOKAWA\n\n当社は調査結果を公表いたします。"},
		{"issuer and signatory above the headline", "",
			"サンプル電機株式会社\n\n代表取締役社長 佐藤 花子\n\n当社サーバーへの不正アクセスについて\n\nこのたび不正アクセスが判明しました。",
			"当社サーバーへの不正アクセスについて", "サンプル電機株式会社\n\n代表取締役社長 佐藤 花子\n\nこのたび不正アクセスが判明しました。"},
		{"a title part standing on the page wins", "お知らせ | 会員情報流出の可能性に関するお詫び | 株式会社サンプル",
			"株式会社サンプル\n\n会員情報流出の可能性に関するお詫び\n\n本文です。",
			"会員情報流出の可能性に関するお詫び", "株式会社サンプル\n\n本文です。"},
		{"an English company line is no headline", "Newsroom",
			"Example Holdings, Inc.\n\nExample Holdings provides update on network incident\n\nThe company said systems are back.",
			"Example Holdings provides update on network incident", "Example Holdings, Inc.\n\nThe company said systems are back."},
		{"a sentence is no headline", "Newsroom",
			"The company said on Monday that systems are back.\n\nMore text.",
			"Newsroom", "The company said on Monday that systems are back.\n\nMore text."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title, text := headlineFromText(tc.title, tc.text)
			if title != tc.wantTitle || text != tc.wantText {
				t.Errorf("got %q / %q\nwant %q / %q", title, text, tc.wantTitle, tc.wantText)
			}
		})
	}
}

func TestIsOrgLine(t *testing.T) {
	for s, want := range map[string]bool{
		"株式会社KADOKAWA": true, "株式会社TAKUMI Robotics": true, "トヨタ自動車株式会社": true, "Harbor Freight Lines, Inc.": true,
		"Example Co., Ltd.": true, "ランサムウェア攻撃による情報漏洩に関するご報告": false,
		"Example Corp discloses breach of 2 million records": false, "株式会社サンプルは不正アクセスを受けたと発表した。": false,
	} {
		if got := isOrgLine(s); got != want {
			t.Errorf("isOrgLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPageTitles checks the headline a whole page yields where its <title>
// is generic, wraps the headline in a label or a company's name, or starts
// with the site's own name; the pages are invented.
func TestPageTitles(t *testing.T) {
	page := func(head, body string) []byte {
		return []byte("<html><head>" + head + "</head><body>" + body +
			"<p>The organisation said it found the problem on Monday, contained it within hours and has told the people whose records were involved.</p>" +
			"<p>It has also reported the matter to the regulator and will publish an update once the investigation has finished.</p></body></html>")
	}
	tests := []struct {
		name, url string
		body      []byte
		want      string
	}{
		{"generic <title>, headline in an h3", "https://www.kazami.example/news/0902.html",
			page("<title>ニュースリリース｜株式会社カザミ</title>", `<p class="en">NEWS RELEASE</p><h3>クラウド型バックアップサービスの提供開始のお知らせ</h3>`),
			"クラウド型バックアップサービスの提供開始のお知らせ"},
		{"site, section and headline", "https://www.orlen.example/press/12",
			page("<title>Orlen Pumps Co. - Press Room - Orlen Pumps Notifies Customers of Portal Incident</title>", ""),
			"Orlen Pumps Notifies Customers of Portal Incident"},
		{"og:title with the company after an ideographic space", "https://prhub.example/r/1",
			page(`<meta property="og:title" content="自治体向けに誤送信防止サービスを無償提供　ミナト通信"><title>x</title>`, "<h1>自治体向けに誤送信防止サービスを無償提供</h1>"),
			"自治体向けに誤送信防止サービスを無償提供"},
		{"a page-kind label before the heading in the <title>", "https://www.hanrei.example/detail/4410",
			page("<title>判例検索結果詳細 | 売買代金請求事件 | 判例データベース</title>", `<h2 class="pageTitle">判例検索結果詳細</h2><h1>売買代金請求事件</h1>`),
			"売買代金請求事件"},
		{"og:title names the shop; the <title> opens with the notice's heading", "https://gourmet.example/shop/123/news/9",
			page(`<meta property="og:title" content="そば処やまびこ - 浅草/そば | グルメナビ"><title>ご予約システムにおける不正アクセスについてのお詫び : そば処やまびこ - 浅草/そば [グルメナビ]</title>`, `<h2>そば処やまびこ</h2><h1>ご予約システムにおける不正アクセスについてのお詫び</h1>`),
			"ご予約システムにおける不正アクセスについてのお詫び"},
		{"a news site's headline tagged after a dash with who announced it", "https://www.secnews.example/article/2026/03/0412.html",
			page(`<meta property="og:site_name" content="セキュリティニュース"><title>委託先にランサム攻撃、住民情報が流出か - 若葉市などが公表</title>`, ""),
			"委託先にランサム攻撃、住民情報が流出か - 若葉市などが公表"},
		{"a company's name after a dash on its own site is its site's name", "https://www.kazami.example/news/0413.html",
			page(`<title>不正アクセスに関するお知らせ - 株式会社カザミ</title>`, ""),
			"不正アクセスに関するお知らせ"},
		{"og:title with a plain apostrophe, the page's heading with a typographic one", "https://news.example/2026/03/ferry",
			page(`<meta property="og:title" content="Ferry operator exposed passengers' booking records"><title>Ferry operator exposed passengers' booking records | Wavefront</title>`, "<h1>Ferry operator exposed passengers’ booking records</h1>"),
			"Ferry operator exposed passengers’ booking records"},
		{"label before the headline", "https://alerts.example/a/7",
			page("<title>注意喚起: Quillex Gateway の脆弱性に関する注意喚起 | 連絡センター</title>", "<h1>Quillex Gateway の脆弱性に関する注意喚起</h1>"),
			"Quillex Gateway の脆弱性に関する注意喚起"},
		{"ideographic space inside a headline stays", "https://news.example/a/8",
			page("<title>下水道システムに不正アクセス　職員のパスワード使い回しが原因か</title>", "<h1>下水道システムに不正アクセス　職員のパスワード使い回しが原因か</h1>"),
			"下水道システムに不正アクセス\u3000職員のパスワード使い回しが原因か"},
		{"headline that opens with the host's name", "https://newsroom.kestrelfin.example/2025/09/notice",
			page("<title>Kestrelfin Notifies Members of Unauthorized Access to Online Banking</title>", ""),
			"Kestrelfin Notifies Members of Unauthorized Access to Online Banking"},
		{"diary entry under a dated <title>", "https://diary.example/itdesk/20250819",
			page("<title>2025-08-19 - 情シス日記</title>", `<h1><a href="/itdesk/">情シス日記</a></h1><h3><span>■</span>請求書メールで危うく送金しかけた話</h3>`),
			"請求書メールで危うく送金しかけた話"},
		{"documentation heading with a permalink mark", "https://docs.example/security/notice.html",
			page("<title>Security notice: compromised release 4.2.0 &mdash; quokka 4.2.1 documentation</title>",
				`<div class="nav-content-wrap"><div itemprop="articleBody"><h1>Security notice: compromised release 4.2.0<a class="headerlink" href="#s">¶</a></h1></div></div>`),
			"Security notice: compromised release 4.2.0"},
		{"headline, section and site", "https://cert.example/ics/advisories/2026-04",
			page("<title>Corvane FlowView SCADA | Industrial Control Systems Advisories | National Security Centre</title>", "<h1>Corvane FlowView SCADA</h1>"),
			"Corvane FlowView SCADA"},
		{"advisory title wrapping a long headline", "https://psirt.example/a/117",
			page("<title>Ardmore Networks Security Advisory: Gateway OS SSL VPN Heap Overflow (ARD-SA-2026-0117)</title>", "<h1>Gateway OS SSL VPN Heap Overflow</h1>"),
			"Gateway OS SSL VPN Heap Overflow"},
		{"blog post under a site-root h1 and a tagline", "https://fernlog.example/post/73/tv",
			page("<title>fernlog — the smart TV that phoned home every 30 seconds</title>",
				`<div id="header"><h1><a href="/">fernlog</a></h1><p class="desc">home lab notes, packet captures and the occasional rant</p></div><h2 class="title"><a href="/post/73/tv">the smart TV that phoned home every 30 seconds</a></h2>`),
			"the smart TV that phoned home every 30 seconds"},
		{"blog name in the h1, the <title> the post's own h2", "https://lonelyadmin.example/2025/09/patch-backlog",
			page("<title>Notes on the patch backlog</title>",
				`<div id="blog-head"><h1>Field Notes From a Lone Admin</h1></div><div class="post"><h2>Notes on the patch backlog</h2></div>`),
			"Notes on the patch backlog"},
		{"a banner's telephone line and a page label above the headline", "https://www.hinata-fukushi.example/oshirase/2026/0403.html",
			[]byte(`<html><head><title>社会福祉法人 ひなた会｜お知らせ</title></head><body><table><tr><td class="head"><span>法人本部　TEL 0998-00-1234</span></td></tr>
<tr><td class="main"><div class="pagettl">お知らせ</div><b>当法人の記録システムへの不正アクセスについて（第2報）</b><br><br>
　当法人の記録システムへの不正アクセスについて、外部専門機関による調査がおおむね完了いたしましたので、その結果をご報告いたします。関係者の皆様に多大なるご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。<br><br>
　調査の結果、攻撃者はネットワーク機器の脆弱性を悪用して侵入し、サーバーを暗号化したことが判明しました。対象となる皆様には書面にてご連絡いたします。</td></tr></table></body></html>`),
			"当法人の記録システムへの不正アクセスについて（第2報）"},
		{"a bug tracker's field table above the report", "https://bugs.quillmoss.example/show_bug.cgi?id=1820044",
			[]byte(`<html><head><title>Bug 1820044 - Customer portal exposed other users' invoices</title></head><body><div id="header">Bugzilla</div>
<table><tr><th>Status:</th><td>RESOLVED FIXED</td></tr><tr><th>Product:</th><td>Quillmoss Billing</td></tr></table>
<div class="bz_comment"><p>An IDOR in the invoices API let any logged-in customer download other customers' invoices by changing the id parameter, and the endpoint was scraped for a week.</p>
<p>We have disabled the account that scraped it, fixed the check and notified every customer whose invoices were downloaded.</p></div></body></html>`),
			"Bug 1820044 - Customer portal exposed other users' invoices"},
		{"short <title> repeated as a footer heading", "https://news.example/a/91",
			page("<title>Harbour Daily</title>",
				`<h1>Port operator restores systems after weekend outage</h1><div class="foot"><h2>Harbour Daily</h2></div>`),
			"Port operator restores systems after weekend outage"},
	}
	x := New()
	for _, tt := range tests {
		art, err := x.Extract(Page{URL: tt.url, Body: tt.body})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if art.Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, art.Title, tt.want)
		}
	}
}

func TestSocialAndForumTitles(t *testing.T) {
	post := `<html><head><meta charset="utf-8"><title>Ines Vale: "Heads up: Corbel Dental confirms ransomware at its…" - infosec.town</title></head><body>
<header><h1>Ines Vale (@ines@infosec.town)</h1><p>Threat intel, mostly leak sites.</p></header>
<article><p>Heads up: Corbel Dental confirms ransomware at its billing office</p>
<p>The practice posted a notice this morning saying patient statements were exposed when attackers encrypted the billing office's file server last week.</p></article>
</body></html>`
	thread := `<html><head><meta charset="utf-8"><title>Harrowgate Freight confirms ransomware attack, says 12,400 driver records taken : r/fleetIT</title>
<meta property="og:title" content="From the fleetIT community on Threadit: Harrowgate Freight confirms ransomware attack"></head><body>
<div class="post"><h1>Harrowgate Freight confirms ransomware attack, says 12,400 driver records taken</h1><p>Posting the company's statement for anyone who runs their telematics: Harrowgate says attackers copied driver files before encrypting its dispatch servers.</p></div>
</body></html>`
	page := `<html><head><meta charset="utf-8"><meta property="og:title" content="Larkspur Bike Shop"><meta property="og:site_name" content="Gatherly">
<title>Larkspur Bike Shop - Important: a notice about our online store ... | Gatherly</title></head><body>
<div role="main"><h2>Larkspur Bike Shop</h2><div role="article"><div dir="auto"><b>Important: a notice about our online store</b></div>
<div dir="auto">To everyone who has bought from us online: the company that processes our card payments found someone else's code on our checkout page, and 820 customers' card details may have been copied.</div></div></div>
</body></html>`
	for _, c := range []struct{ page, want string }{
		{post, "Heads up: Corbel Dental confirms ransomware at its billing office"},
		{page, "Important: a notice about our online store"},
		{thread, "Harrowgate Freight confirms ransomware attack, says 12,400 driver records taken"},
	} {
		art, err := New().Extract(Page{URL: "http://127.0.0.1:8080/p/1", Body: []byte(c.page)})
		if err != nil {
			t.Fatal(err)
		}
		if art.Title != c.want {
			t.Errorf("title = %q, want %q", art.Title, c.want)
		}
	}
}

// TestTableCellHeadline: an old table-layout page sets its headline on a
// line of its own in the text cell (<br><font size="4"><b>…</b></font><br>),
// beside a side cell; the <title> gives only the site and a section. The
// emphasised line is the headline, a letterhead of two lines is not.
func TestTableCellHeadline(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>光明寺　お知らせ</title></head><body><table><tr>
<td width="160"><font size="2">■行事予定<br>・お盆法要　8月13日<br>■坐禅会<br>毎月第1土曜</font></td>
<td width="600"><font size="3"><br><b>令和8年5月2日</b><br>
<font size="4"><b>オンライン授与所への不正アクセスについて（お詫び）</b></font><br><br>
このたび、当寺が運営するオンライン授与所のサーバーが外部から不正にアクセスされ、お申込み情報が閲覧された可能性があることが分かりました。皆様には大変なご心配をおかけし、誠に申し訳ございません。<br><br>
対象となるのは令和5年から令和8年4月までにお申込みいただいた188件で、お名前とご住所が含まれます。現在、授与所は停止しております。<br><br>
住職　山田 道元</font></td></tr></table></body></html>`
	x := New()
	a, err := x.Extract(Page{URL: "https://komyoji.example/news.html", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "オンライン授与所への不正アクセスについて（お詫び）" {
		t.Errorf("title = %q, want the emphasised line of the text cell", a.Title)
	}
	if len(a.Victims) != 1 || a.Victims[0] != "光明寺" {
		t.Errorf("victims = %q, want [光明寺] from the <title>'s site", a.Victims)
	}
	letterhead := `<html><head><title>8-K</title></head><body><p><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>Washington, D.C. 20549</p>
<p>FORM 8-K</p><p>CURRENT REPORT</p><p>Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934. The registrant reports the results of its annual meeting of shareholders held on May 4, at which all nominees were elected.</p></body></html>`
	b, err := x.Extract(Page{URL: "https://filings.example/8k.html", ContentType: "text/html", Body: []byte(letterhead)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.Title, "SECURITIES") {
		t.Errorf("title = %q: two lines of a letterhead made a headline", b.Title)
	}
}

// TestSocialPostTitle: a post on a Mastodon-like server gives the account's
// name as og:title; the post's first line is the headline and the account
// is who issued it.
func TestSocialPostTitle(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>桜野町 公式 (@sakurano_town@social.sakurano.example) - 「【重要】町ホームページの一部改ざんについて…」</title>
<meta property="og:site_name" content="social.sakurano.example"><meta property="og:title" content="桜野町 公式 (@sakurano_town)"></head>
<body><article class="note"><div class="note-text"><p>【重要】町ホームページの一部改ざんについて</p>
<p>本町が管理するホームページのうち、観光情報のページが第三者により改ざんされ、外部の不正なサイトへ誘導される状態になっていたことが分かりました。</p>
<p>本町が保有する住民の個人情報の流出は確認されていません。原因は、ページの管理に使っていたプログラムの脆弱性とみられ、引き続き調査しています。</p></div></article></body></html>`
	a, err := New().Extract(Page{URL: "https://social.sakurano.example/notes/9x", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "【重要】町ホームページの一部改ざんについて" {
		t.Errorf("title = %q, want the post's first line", a.Title)
	}
	if len(a.Victims) != 1 || a.Victims[0] != "桜野町" {
		t.Errorf("victims = %q, want [桜野町], the account that posted", a.Victims)
	}
}

// TestIdeographicSpaceInTitle: a Japanese headline keeps the ideographic
// space that parts its phrases, as the page writes it, also next to a
// figure (調査2026　結果概要) and whichever part of the page gave the title.
func TestIdeographicSpaceInTitle(t *testing.T) {
	for _, want := range []string{"被害拡大\u3000各社が警告", "ランサム被害実態調査2026\u3000結果概要", "被害を振り返る\u30005つの事例"} {
		page := `<html lang="ja"><head><meta charset="utf-8"><title>` + want + ` | 研究所</title></head><body><main><h1>` + want + `</h1><p>` +
			strings.Repeat("当研究所は、国内企業を対象にランサムウェア被害の実態を調査し、その結果の概要を公表しました。", 3) + `</p></main></body></html>`
		a, err := New().Extract(Page{URL: "https://lab.example/r", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != want {
			t.Errorf("title = %q, want %q", a.Title, want)
		}
	}
	if got := cleanTitle("Data breach  at  Acme"); got != "Data breach at Acme" {
		t.Errorf("cleanTitle = %q", got)
	}
}

// TestTitleChrome: an IR site's section after the headline and a link
// aggregator's domain after a story's title are no part of the title.
func TestTitleChrome(t *testing.T) {
	body := `<p>` + strings.Repeat("The company said an unauthorized party accessed a reporting database and copied records of its users. ", 4) + `</p>`
	for _, c := range []struct{ page, want string }{
		{`<html><head><title>Form 8-K - Investor Relations</title></head><body><main>` + body + `</main></body></html>`, "Form 8-K"},
		{`<html><head><title>SEC Filing | Harrowgate Boats, Inc.</title><meta property="og:title" content="SEC Filing | Harrowgate Boats, Inc."></head><body><main><h1>Current Report on Form 8-K: Item 1.05 Material Cybersecurity Incidents</h1>` + body + `</main></body></html>`,
			"Current Report on Form 8-K: Item 1.05 Material Cybersecurity Incidents"},
		{`<html><head><title>Ledgerly says 1.1M records taken | Link Board</title></head><body><table><tr><td class="title"><span class="titleline"><a href="https://news.example/x">Ledgerly says 1.1M records taken</a> <span class="sitebit">(ledgerly.example)</span></span></td></tr></table>` + body + `</body></html>`,
			"Ledgerly says 1.1M records taken"},
	} {
		a, err := New().Extract(Page{URL: "https://site.example/p", ContentType: "text/html", Body: []byte(c.page)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.want {
			t.Errorf("title = %q, want %q", a.Title, c.want)
		}
	}
}

// TestTableRowIsNoHeadline: a portal's record whose first line is a
// table row (label⇥value) keeps the page's own heading as its title.
func TestTableRowIsNoHeadline(t *testing.T) {
	page := `<html><head><title>Breach Report Detail - Holloway Family Dental - Breach Portal</title></head><body>
<div class="panel"><div class="titlebar"><h2>Breach Report Detail</h2></div><table class="detail">
<tr><th>Name of Covered Entity</th><td>Holloway Family Dental</td></tr><tr><th>Individuals Affected</th><td>2,118</td></tr>
<tr><th>Type of Breach</th><td>Hacking/IT Incident</td></tr></table><h3>Web Description</h3>
<p>` + strings.Repeat("The covered entity reported that an unauthorized party gained access to two staff email accounts and a shared drive. ", 3) + `</p></div></body></html>`
	a, err := New().Extract(Page{URL: "https://portal.example/breach/1", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Title, "\t") || strings.HasPrefix(a.Title, "Name of") {
		t.Errorf("title = %q: a table row made the headline", a.Title)
	}
	if len(a.Victims) != 1 || a.Victims[0] != "Holloway Family Dental" || a.Records == nil || *a.Records != 2118 {
		t.Errorf("victims = %q, records = %v, want the covered entity and its count", a.Victims, a.Records)
	}
}
