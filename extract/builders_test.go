package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPageBuilders checks pages built with site builders whose every
// block is a "widget" or a "cmp-" component (Elementor, Adobe Experience
// Manager's core components, HubSpot modules): the article's paragraphs are
// read, the builder's menus, share buttons and footers are not.
func TestPageBuilders(t *testing.T) {
	for _, tt := range []struct {
		file  string
		title string
		keep  []string
		drop  []string
	}{
		{
			file:  "elementor_clinic.html",
			title: "Notice of Data Security Incident",
			keep: []string{
				"Brightwell Family Dental is writing to let our patients know",
				"an unauthorized person had access to the server between August 14 and August 19",
				"treatment notes for 6,914 current and former patients",
				"offering twelve months of credit monitoring",
			},
			drop: []string{"Book an Appointment", "Share on Facebook", "All rights reserved", "220 Orchard Lane"},
		},
		{
			file:  "aem_airline.html",
			title: "Update on unauthorized access to our loyalty programme",
			keep: []string{
				"Northwind Air has completed its investigation",
				"sign in to 18,240 Rewards accounts",
				"Payment card numbers and passport details are not stored",
				"introduced one-time codes",
			},
			drop: []string{"Manage booking", "Newsroom", "four new routes", "Cookie settings"},
		},
		{
			file:  "hubspot_blog.html",
			title: "What the Halverton Logistics breach means for shippers",
			keep: []string{
				"copied shipment records from its customer portal",
				"delivery-themed phishing",
				"warning your own customers now",
			},
			drop: []string{"Request a demo", "Five ways to cut returns costs", "Cargoline, Inc."},
		},
	} {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "builders", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			art, err := New().Extract(Page{URL: "https://site.example/news/" + tt.file, Body: body})
			if err != nil {
				t.Fatal(err)
			}
			if art.Title != tt.title {
				t.Errorf("title = %q, want %q", art.Title, tt.title)
			}
			for _, k := range tt.keep {
				if !strings.Contains(art.Text, k) {
					t.Errorf("text lacks %q:\n%s", k, art.Text)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(art.Text, d) {
					t.Errorf("text keeps %q:\n%s", d, art.Text)
				}
			}
		})
	}
}

// TestSubscriberBody checks that a news site's body for subscribers,
// named so in its class, is read, while the box inviting readers to
// subscribe is not.
func TestSubscriberBody(t *testing.T) {
	page := `<html><head><title>港湾物流会社にランサム攻撃 - 臨海新聞</title></head><body>
<div class="article"><h1>港湾物流会社にランサム攻撃</h1>
<p class="lead">港湾物流の大手、みなと海運は14日、社内のサーバーがランサムウェアに感染したと発表した。同社によると、13日未明に貨物管理システムが停止し、復旧作業を続けている。取引先の情報が流出した可能性もあるとして調査している。</p>
<div class="subscription-content"><p>同社は警察に被害を相談しており、コンテナの搬出入は手作業で続けているという。</p></div>
<div class="subscribe-box"><p>この記事は有料会員限定です。今なら初月無料でお読みいただけます。</p></div>
</div></body></html>`
	art, err := New().Extract(Page{URL: "https://rinkai-shimbun.example/articles/123", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(art.Text, "貨物管理システムが停止") || !strings.Contains(art.Text, "手作業で続けている") {
		t.Errorf("subscriber body dropped:\n%s", art.Text)
	}
	if strings.Contains(art.Text, "初月無料") {
		t.Errorf("subscribe box kept:\n%s", art.Text)
	}
}

// TestStructuredDataBody checks a page its scripts fill in: the markup
// holds only the headline, the article's JSON-LD holds the text.
func TestStructuredDataBody(t *testing.T) {
	page := `<html><head><title>Ferrow Credit Union reports card skimming at branches</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferrow Credit Union reports card skimming at branches",
"articleBody":"<p>Ferrow Credit Union said skimming devices were found on ATMs at three of its branches and that card details of about 1,900 members may have been copied.</p><p>The credit union has blocked the affected cards and is issuing new ones &amp; refunding any fraudulent transactions.</p>"}</script>
</head><body><div id="root"><h1>Ferrow Credit Union reports card skimming at branches</h1><div class="loading">Loading…</div></div></body></html>`
	art, err := New().Extract(Page{URL: "https://localnews.example/story/ferrow", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	want := "Ferrow Credit Union said skimming devices were found on ATMs at three of its branches and that card details of about 1,900 members may have been copied.\n\n" +
		"The credit union has blocked the affected cards and is issuing new ones & refunding any fraudulent transactions."
	if art.Text != want {
		t.Errorf("text = %q", art.Text)
	}
}

// TestSiteBannerDivs checks an old site whose banner is a <div
// id="header"> or a <div class="site-title"> rather than <header>, whose
// <title> is a section's generic "お知らせ詳細" and whose headline is an
// <h2>: the headline is the title, the site's name is no part of the text.
func TestSiteBannerDivs(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><title>お知らせ詳細</title><meta property="og:site_name" content="さくら台中央病院"></head>
<body><div id="header"><p class="logo">さくら台中央病院</p></div>
<div class="site-title">さくら台中央病院 公式サイト</div>
<div id="contents"><h2>外来予約システムへの不正アクセスについて</h2>
<p>当院の外来予約システムが第三者による不正アクセスを受け、患者様の氏名と電話番号が閲覧された可能性があることが判明いたしました。</p>
<p>対象は2025年4月以降に予約をされた患者様1,208名です。ご迷惑をおかけし深くお詫び申し上げます。</p></div>
<div id="footer">〒000-0000 さくら台市本町1-1</div></body></html>`
	art, err := New().Extract(Page{URL: "https://sakuradai-hp.example/news/detail.php?id=31", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "外来予約システムへの不正アクセスについて" {
		t.Errorf("title = %q", art.Title)
	}
	if strings.Contains(art.Text, "さくら台中央病院") || !strings.HasPrefix(art.Text, "当院の外来予約システム") {
		t.Errorf("text = %q", art.Text)
	}
	if len(art.Victims) != 1 || art.Victims[0] != "さくら台中央病院" {
		t.Errorf("victims = %q, want the hospital the site names", art.Victims)
	}
}

// TestGovernmentLetterhead checks a prefecture's release whose <title> is
// only 報道発表資料: the headline under its letterhead (the label, the
// date, the issuing department) is the title and leaves the text.
func TestGovernmentLetterhead(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><title>報道発表資料</title></head><body>
<p>報道発表資料</p><p>令和7年11月5日</p><p>白峰県　総務部　情報政策課</p>
<h2>県が委託する事業者のサーバーへの不正アクセスについて</h2>
<p>県が申請受付業務を委託している事業者のサーバーが不正アクセスを受け、申請者の氏名と住所が流出した可能性があることが判明しました。</p>
<p>対象は申請者2,341人分です。県は委託先に原因の究明を求めています。</p></body></html>`
	art, err := New().Extract(Page{URL: "https://www.pref.shiramine.example/press/1105.html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "県が委託する事業者のサーバーへの不正アクセスについて" {
		t.Errorf("title = %q", art.Title)
	}
	if strings.Contains(art.Text, "県が委託する事業者のサーバーへの不正アクセスについて") {
		t.Errorf("the headline stays in the text: %q", art.Text)
	}
}

// TestTableCellLines checks an old table-layout page whose paragraphs
// write a label and its value on lines of their own (<p>２ 指定管理者<br>
// 株式会社…</p>): every line is kept, not only each paragraph's first.
func TestTableCellLines(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><title>指定管理者の指定の取消しについて</title></head><body><table><tr><td>` +
		`<h1>指定管理者の指定の取消しについて</h1><p>１　施設の名称<br>南浜県立しおかぜ公園</p>` +
		`<p>県が行った調査により、指定管理者が基本協定で定める個人情報の安全管理措置を長期間にわたり怠っていたことが判明した。同者に施設の管理を継続させることが適当でないと認めたため。</p>` +
		`<p>取消し後の令和八年五月一日から新たな指定管理者が選定されるまでの間、同公園は県の直営により運営します。</p></td></tr></table></body></html>`
	art, err := New().Extract(Page{URL: "https://www.pref.minamihama.example/kouhou/214.html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"施設の名称", "南浜県立しおかぜ公園", "安全管理措置を長期間にわたり怠っていた"} {
		if !strings.Contains(art.Text, k) {
			t.Errorf("text lacks %q:\n%s", k, art.Text)
		}
	}
}

// TestAgencyHeadingIsNoTitle checks a portal that sets the office's name in
// its <h1> and the notice's headline below it: the headline is the title.
func TestAgencyHeadingIsNoTitle(t *testing.T) {
	page := `<html><head><title>Breach Notices</title></head><body>
<h1>Office of the Attorney General</h1>
<div class="notice"><p>Data Breach Notice: Farrowdale Pension Services, LLC</p>
<p>Farrowdale Pension Services reported that an unauthorized party accessed a file server between January 4 and January 9 and copied files containing names and Social Security numbers of plan members.</p>
<p>The company began mailing notification letters to affected residents on February 20 and is offering two years of credit monitoring.</p></div>
</body></html>`
	art, err := New().Extract(Page{URL: "https://ag.state.example/breach-notices/2026-0412", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "Data Breach Notice: Farrowdale Pension Services, LLC" {
		t.Errorf("title = %q", art.Title)
	}
}

// TestSubjectFieldTitle checks a library's notice set as a table of 分類 /
// 件名 / 内容 under a <title> of the site and a section: the subject field
// is the headline, and the section's name is no publisher.
func TestSubjectFieldTitle(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><title>南ヶ丘市立図書館 | お知らせ詳細</title></head><body>
<div class="menu"><a href="/">図書館案内</a> <a href="/search">蔵書検索</a> <a href="/event">イベント</a></div>
<table class="notice"><tr><th>分類</th><td>重要</td></tr>
<tr><th>件名</th><td>予約システムへの不正アクセスによる利用者情報の流出について</td></tr>
<tr><th>内容</th><td>利用者の皆さまへ<br>当館の予約システムにおいて第三者による不正アクセスが発生し、利用者1,204名の氏名と電話番号が外部に流出したことが判明しました。深くお詫び申し上げます。</td></tr></table>
</body></html>`
	art, err := New().Extract(Page{URL: "https://www.lib.minamigaoka.example/news/detail?id=88", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "予約システムへの不正アクセスによる利用者情報の流出について" {
		t.Errorf("title = %q", art.Title)
	}
	if len(art.Victims) != 1 || art.Victims[0] != "南ヶ丘市" {
		t.Errorf("victims = %q, want [南ヶ丘市]", art.Victims)
	}
}

// TestSectionThenBodyTitle checks a clinic's notice whose <title> is its
// section and then the corporation and clinic that run the site, and
// whose text says only 当院 and 誤って…送信: the clinic is the victim.
func TestSectionThenBodyTitle(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><title>お知らせ｜医療法人社団みずほ会 ひなた台クリニック</title></head><body>
<div id="main"><h2>患者様の個人情報を含むメールの誤送信について</h2><p>2025年11月5日</p>
<p>当院において、職員が患者様への連絡メールを誤って一斉送信し、他の患者様のメールアドレス計204件が閲覧可能な状態となる事案が発生いたしました。</p>
<p>患者様には多大なるご迷惑をおかけし、深くお詫び申し上げます。</p></div></body></html>`
	art, err := New().Extract(Page{URL: "https://hinatadai-clinic.example/news/12", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if len(art.Victims) != 1 || art.Victims[0] != "ひなた台クリニック" {
		t.Errorf("victims = %q, want [ひなた台クリニック]", art.Victims)
	}
}
