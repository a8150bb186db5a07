package extract

import (
	"strings"
	"testing"
)

// TestBareFilingReport: an 8-K served as EDGAR's bare document is read as
// its report — the items, not the commission's cover page, check boxes,
// exhibits and signatures — titled by its registrant and item rather than
// the letterhead; a 6-K furnishing a translated release is that release,
// titled by its headline. A news report that merely mentions the form is
// left whole.
func TestBareFilingReport(t *testing.T) {
	cover := func(form, name, label string) string {
		return `<div style="text-align:center"><p><b>UNITED STATES</b></p><p><b>SECURITIES AND EXCHANGE COMMISSION</b></p>` +
			`<p>Washington, D.C. 20549</p><p><b>FORM ` + form + `</b></p><p>CURRENT REPORT</p>` +
			`<p>Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>` +
			`<p>Date of Report (Date of earliest event reported): June 9, 2025</p><p><b>` + name + `</b></p><p>` + label + `</p></div>` +
			`<table><tr><td>Nevada</td><td>001-55501</td><td>88-7654321</td></tr></table>` +
			`<p>Check the appropriate box below if the Form ` + form + ` filing is intended to simultaneously satisfy the filing obligation of the registrant.</p>` +
			`<table><tr><td>Class A Common Stock</td><td>BRNW</td><td>New York Stock Exchange</td></tr></table>`
	}
	signatures := `<p style="text-align:center">SIGNATURES</p><p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf.</p>` +
		`<p>BRANWICK TOOLING CORP.</p><p>Date: June 12, 2025 By: /s/ Odile Fensham, General Counsel</p>`
	item := `<p>Item 1.05 Material Cybersecurity Incidents.</p>` +
		`<p>On June 9, 2025, Branwick Tooling Corp. (the "Company") identified a threat actor in systems that host its dealer portal, and began its incident response plan with outside experts.</p>` +
		`<p>The Company's investigation to date indicates that the threat actor copied files containing information relating to approximately 214,906 dealers' employees and customers.</p>`

	t.Run("8-K", func(t *testing.T) {
		page := `<html><head><title>brnw-20250612</title></head><body>` + cover("8-K", "BRANWICK TOOLING CORP.", "(Exact name of registrant as specified in its charter)") +
			item + `<p>Item 9.01 Financial Statements and Exhibits.</p><p>104 Cover Page Interactive Data File (embedded within the Inline XBRL document)</p>` + signatures + `</body></html>`
		art := extractPage(t, "https://filings.example/Archives/brnw-20250612.htm", page)
		if !strings.HasPrefix(art.Text, "Item 1.05 Material Cybersecurity Incidents") || !strings.Contains(art.Text, "approximately 214,906") {
			t.Errorf("text = %q", art.Text)
		}
		for _, cover := range []string{"Washington, D.C.", "Check the appropriate box", "New York Stock Exchange", "Cover Page Interactive", "duly caused", "/s/"} {
			if strings.Contains(art.Text, cover) {
				t.Errorf("text keeps the filing's %q: %q", cover, art.Text)
			}
		}
		if !strings.Contains(art.Title, "BRANWICK TOOLING") || !strings.Contains(art.Title, "Item 1.05") {
			t.Errorf("title = %q, want the registrant and the item", art.Title)
		}
		if art.Published == nil || art.Published.Format("2006-01-02") != "2025-06-12" {
			t.Errorf("published = %v, want the signature's date", art.Published)
		}
	})

	t.Run("8-K naming its registrant on the cover alone", func(t *testing.T) {
		// The cover sets the name and its caption as lines of one
		// paragraph; the report says only "the Company".
		page := `<html><head><title>brnw-20250612</title></head><body><pre>UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT

BRANWICK TOOLING CORP.
(Exact name of registrant as specified in its charter)

Nevada	001-55501	88-7654321
</pre>` + strings.ReplaceAll(item, `Branwick Tooling Corp. (the "Company")`, "the Company") + signatures + `</body></html>`
		art := extractPage(t, "https://filings.example/Archives/brnw-20250612.htm", page)
		if strings.Contains(art.Text, "Exact name") || !strings.HasPrefix(art.Text, "Item 1.05") {
			t.Errorf("text = %q", art.Text)
		}
		if len(art.Victims) != 1 || art.Victims[0] != "Branwick Tooling" {
			t.Errorf("victims = %q, want the registrant the cover names", art.Victims)
		}
		if art.Records == nil || *art.Records != 214906 {
			t.Errorf("records = %v, want 214906", art.Records)
		}
	})

	t.Run("6-K exhibit", func(t *testing.T) {
		page := `<html><head><title>d887123d6k.htm</title></head><body>` +
			strings.Replace(cover("6-K", "TSUGARU PRECISION CO., LTD.", "(Translation of registrant's name into English)"), "CURRENT REPORT", "REPORT OF FOREIGN PRIVATE ISSUER", 1) +
			`<p>EXHIBIT INDEX</p><p>99.1 Notice concerning a ransomware attack on a subsidiary (English translation)</p>` +
			`<p style="text-align:center">SIGNATURES</p><p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf.</p><p>Date: June 20, 2025</p>` +
			`<p>Exhibit 99.1</p><p>Company name:&#9;Tsugaru Precision Co., Ltd.</p><p>(Code: 7719, Tokyo Stock Exchange Prime Market)</p>` +
			`<p>Notice Concerning a Ransomware Attack on a Subsidiary</p>` +
			`<p>Tsugaru Precision Co., Ltd. announces that servers of its consolidated subsidiary Tsugaru Optics Co., Ltd. were encrypted by ransomware on June 16, 2025, and that the subsidiary has begun an investigation with outside specialists.</p>` +
			`</body></html>`
		art := extractPage(t, "https://filings.example/Archives/d887123d6k.htm", page)
		if art.Title != "Notice Concerning a Ransomware Attack on a Subsidiary" {
			t.Errorf("title = %q, want the exhibit's headline", art.Title)
		}
		if !strings.Contains(art.Text, "were encrypted by ransomware") || strings.Contains(art.Text, "FOREIGN PRIVATE ISSUER") || strings.Contains(art.Text, "duly caused") {
			t.Errorf("text = %q", art.Text)
		}
	})

	t.Run("report mentioning the form", func(t *testing.T) {
		page := `<html><head><title>Branwick Tooling says dealer data was copied</title></head><body><article><h1>Branwick Tooling says dealer data was copied</h1>` +
			`<p>Branwick Tooling told the Securities and Exchange Commission in a Form 8-K on Thursday that a threat actor copied files from its dealer portal.</p>` +
			`<p>Item 1.05 of the form, added in 2023, requires companies to disclose material incidents within four business days of deciding they are material.</p>` +
			`<p>The company said the files relate to about 214,906 people and that its plants are running normally.</p></article></body></html>`
		art := extractPage(t, "https://news.example/branwick", page)
		if !strings.HasPrefix(art.Text, "Branwick Tooling told the Securities") || !strings.Contains(art.Text, "plants are running normally") {
			t.Errorf("text = %q", art.Text)
		}
	})
}

// TestJapaneseWriterCredit: the bracketed credit a Japanese report ends
// with (（編集部 佐伯）, （佐伯 真）) is not its text; a bracketed sentence
// of the report is.
func TestJapaneseWriterCredit(t *testing.T) {
	body := `<p>白鷺県は、業務を委託している事業者のサーバーがランサムウェアに感染し、県民の個人情報約1万8400件が流出した可能性があると発表した。</p>` +
		`<p>県によると、委託先は2月中旬に異常を検知し、外部の専門家とともに調査を進めている。</p>`
	for _, tc := range []struct{ credit, want string }{
		{`<p class="writer">（編集部 佐伯）</p>`, ""},
		{`<p class="writer">（佐伯 真）</p>`, ""},
		{`<p class="writer">［セキュリティ速報編集部］</p>`, ""},
		{`<p>（県は今後、委託先の監督体制を見直すとしている。）</p>`, "委託先の監督体制"},
	} {
		page := `<html><head><meta charset="utf-8"><title>白鷺県の委託先にランサム攻撃</title></head><body><article><h1>白鷺県の委託先にランサム攻撃</h1>` + body + tc.credit + `</article></body></html>`
		art := extractPage(t, "https://news.example/ja/1", page)
		if !strings.HasSuffix(art.Text, "調査を進めている。") && tc.want == "" {
			t.Errorf("%s: text ends %q", tc.credit, art.Text[max(0, len(art.Text)-60):])
		}
		if tc.want != "" && !strings.Contains(art.Text, tc.want) {
			t.Errorf("%s: text lost the report's own paragraph: %q", tc.credit, art.Text)
		}
	}
}

// TestAdvisoryFieldTable: the field table a CERT's advisory opens with
// (identifier, dates, traffic-light marking) is not its text, and the
// advisory keeps its date; a table inside the text stays.
func TestAdvisoryFieldTable(t *testing.T) {
	page := `<html lang="en"><head><meta charset="utf-8"><title>NWCERT-2025-004: campaign against providers | NWCERT</title></head><body>
<main><h1>NWCERT-2025-004: campaign against providers</h1>
<table class="meta"><tr><th>Advisory ID</th><td>NWCERT-2025-004</td></tr><tr><th>Published</th><td>3 June 2025</td></tr>
<tr><th>Last revised</th><td>5 June 2025</td></tr><tr><th>TLP</th><td>CLEAR</td></tr><tr><th>Severity</th><td>High</td></tr></table>
<h2>Summary</h2><p>NWCERT is aware of an ongoing campaign in which a threat actor compromises managed service providers and uses their remote tools to reach customer networks.</p>
<h2>Affected products</h2><table><tr><th>Product</th><td>Tessel RMM agent 4.2 and earlier</td></tr></table>
<p>Organisations should review the remote access they grant to their providers and rotate technician credentials.</p></main></body></html>`
	art := extractPage(t, "https://cert.example/advisories/nwcert-2025-004", page)
	for _, field := range []string{"Advisory ID", "TLP", "CLEAR", "Severity"} {
		if strings.Contains(art.Text, field) {
			t.Errorf("text keeps the field table's %q: %q", field, art.Text)
		}
	}
	if !strings.Contains(art.Text, "Tessel RMM agent") || !strings.Contains(art.Text, "ongoing campaign") {
		t.Errorf("text lost the advisory: %q", art.Text)
	}
	if art.Published == nil || art.Published.Format("2006-01-02") != "2025-06-03" {
		t.Errorf("published = %v, want 2025-06-03", art.Published)
	}
}

// TestDivBodyAloneWithStandfirst: a body written in <div>s, each in a
// wrapper of its own, under a standfirst written in a <p>, is read whole
// even when no other block on the page (an author card) leads the
// extractor to it.
func TestDivBodyAloneWithStandfirst(t *testing.T) {
	para := func(s string) string {
		return `<div class="ContentModule-Wrapper"><div class="ContentParagraph">` + s + `</div></div>`
	}
	page := `<html><head><title>Backdoor found in Marrowgate Shipping Logistics network</title></head><body>
<header><nav><a href="/">Home</a> <a href="/threats">Threats</a></nav></header>
<main><div class="ArticleBase-Header"><h1>Backdoor found in Marrowgate Shipping Logistics network</h1>
<p class="ArticleBase-Summary">Researchers say the China-nexus group spent months inside the logistics firm's network, stealing shipping manifests and port-call schedules from its file servers.</p></div>
<div class="ArticleBase-Body">` +
		para("A cyber-espionage group maintained access to the network of Marrowgate Shipping Logistics for at least seven months, siphoning shipping manifests.") +
		para("Incident responders at Costell Labs, which the company brought in during January, attributed the intrusion with moderate confidence to the group.") +
		para("The attackers got in through an unpatched remote-access gateway at a branch office and later deployed a backdoor on file servers.") +
		`<div class="ContentModule-Wrapper"><h2 class="ContentHeading">Logistics targets draw interest</h2></div>` +
		para("The logistics industry has become a frequent target because cargo manifests reveal sensitive information about supply chains.") +
		`</div></main><footer><p>© 2026 Threat Desk</p></footer></body></html>`
	art := extractPage(t, "https://news.example/o", page)
	for _, want := range []string{"maintained access to the network", "attributed the intrusion", "unpatched remote-access gateway", "Logistics targets draw interest", "frequent target because cargo"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("text lacks %q: %q", want, art.Text)
		}
	}
	if strings.Contains(art.Text, "Threat Desk") {
		t.Errorf("text keeps the footer: %q", art.Text)
	}
}

// TestFurnitureBlocks: an author's card under "About the Author", a
// webinar list, a members-only teaser, a call-to-action callout inside the
// body and a forum's comment teaser are furniture, not the article.
func TestFurnitureBlocks(t *testing.T) {
	body := `<p>Kelbrook Freight said on Tuesday that attackers had encrypted servers at two of its depots and stolen files from a shared drive.</p>` +
		`<div class="callout callout-cta"><p><strong>Need help now?</strong> Our responders are on call day and night. <a href="/hotline">Call our breach hotline</a>.</p></div>` +
		`<p>The company said deliveries were running with manual workarounds and that it had notified the regulator.</p>`
	page := `<html><head><title>Kelbrook Freight hit by ransomware</title></head><body><main><article><h1>Kelbrook Freight hit by ransomware</h1>` + body +
		`<div class="ArticleBase-AboutAuthor"><h3>About the Author</h3><p>Tamsin Vale is a freelance writer covering cybercrime and logistics for several trade titles.</p></div>` +
		`<div class="p-article__membersOnly"><p>Become a member to read every story on Freight Daily Digital.</p></div>` +
		`</article><section class="Webinars"><h2>Webinars</h2><ul><li><a href="/w/1">Zero Trust for Depots</a> <span>Thu, Mar 19</span></li></ul></section>` +
		`<div id="forum_teaser"><h3>Comments</h3><div class="post"><p>Another one. Who could have seen this coming, apart from everyone.</p></div></div></main></body></html>`
	art := extractPage(t, "https://news.example/kelbrook", page)
	for _, drop := range []string{"breach hotline", "freelance writer", "Become a member", "Zero Trust for Depots", "Who could have seen"} {
		if strings.Contains(art.Text, drop) {
			t.Errorf("text keeps %q: %q", drop, art.Text)
		}
	}
	if !strings.Contains(art.Text, "encrypted servers") || !strings.Contains(art.Text, "manual workarounds") {
		t.Errorf("text lost the article: %q", art.Text)
	}
}

// TestPostedUpdatedLine: a notice's "Posted May 2, 2024 · Updated May 2,
// 2024" line is no part of its text; a sentence with two dates is.
func TestPostedUpdatedLine(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>Security incident notice | Eastwold Managed Services</title></head><body><div class="page"><h1>Security incident notice</h1>` +
		`<p class="posted">Posted May 2, 2024 &middot; Updated May 3, 2024</p>` +
		`<p>On April 24, 2024, Eastwold Managed Services detected unauthorized use of its remote monitoring tool to reach a small number of client networks.</p>` +
		`<p>Access lasted from April 20 to April 24, 2024.</p><p>We disabled the tool, engaged outside experts and notified the affected clients the same day.</p></div></body></html>`
	art := extractPage(t, "https://eastwold.example/notice", page)
	if strings.Contains(art.Text, "Posted") || !strings.HasPrefix(art.Text, "On April 24, 2024") || !strings.Contains(art.Text, "Access lasted from April 20 to April 24, 2024.") {
		t.Errorf("text = %q", art.Text)
	}
}

// TestIssuerLineNamedAgain: a release's issuer line under its headline is
// dropped when the first sentence names the issuer again; an issuer line
// over a notice that says only 当社 stays.
func TestIssuerLineNamedAgain(t *testing.T) {
	for _, tc := range []struct{ first, want string }{
		{"ハヤセ自動車株式会社は、新型コンパクトSUV「ソラリオ」を、全国のハヤセ販売店を通じて4月1日より発売いたします。", "ハヤセ自動車株式会社は、"},
		{"このたび、当社のサーバーが第三者による不正アクセスを受け、お客様情報が流出した可能性があることが判明いたしました。", "ハヤセ自動車株式会社\n\nこのたび"},
	} {
		page := `<html><head><meta charset="utf-8"><title>お知らせ | ハヤセ自動車</title></head><body><div class="release"><p class="date">2019年3月26日</p><h1 class="ttl">お知らせ</h1>` +
			`<p class="company">ハヤセ自動車株式会社</p><p>` + tc.first + `</p><p>詳細は決まり次第お知らせいたします。引き続きご愛顧のほどよろしくお願い申し上げます。</p></div></body></html>`
		art := extractPage(t, "https://hayase.example/news/1", page)
		if !strings.HasPrefix(art.Text, tc.want) {
			t.Errorf("text = %q, want it to open with %q", art.Text, tc.want)
		}
	}
}

// TestJapaneseNewsFurniture: a Japanese news page's page-number line, its
// photo box ("この記事の写真") and its members' box after the body are not
// the text.
func TestJapaneseNewsFurniture(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>町の委託先にランサム攻撃 | ニュース</title></head><body><article><h1>町の委託先にランサム攻撃</h1><p class="pid">ページ番号 20931</p>` +
		`<div class="arti-body"><p>朝霧町は6月3日、納税通知書の印刷を委託している事業者がランサムウェアに感染し、町民4210人分の課税データが流出した可能性があると発表した。</p>` +
		`<p>委託先は5月末に異常を検知し、外部の専門家とともに調査を進めている。現時点で情報の不正利用は確認されていない。</p></div>` +
		`<div class="arti-photo"><h3>この記事の写真</h3><ul><li><img src="/p1.jpg" alt="">町役場の外観</li></ul></div>` +
		`<div class="member-box"><p>プレミアム会員募集中 月額1,100円で全記事読み放題</p></div></article></body></html>`
	art := extractPage(t, "https://news.example/ja/2", page)
	if !strings.HasPrefix(art.Text, "朝霧町は6月3日") || !strings.HasSuffix(art.Text, "確認されていない。") {
		t.Errorf("text = %q", art.Text)
	}
}

// TestShortBriefOverReplies: a short brief in a <p> stays the text when
// readers' replies in nested <div>s follow it.
func TestShortBriefOverReplies(t *testing.T) {
	reply := func(s string) string { return `<div class="r"><div class="r-body">` + s + `</div></div>` }
	page := `<html><head><title>Tarn Valley Water reports breach</title></head><body><main><article><h1>Tarn Valley Water reports breach</h1>` +
		`<p>Tarn Valley Water said on Monday that attackers copied billing records of about 9,000 customers from a supplier's server.</p></article>` +
		`<section class="replies"><h2>What readers say</h2>` +
		reply("I ordered a new meter from them last year and they still have not sent a bill, so maybe my data was not even there.") +
		reply("Every utility in the county uses the same supplier. Expect more of these announcements over the next few weeks.") +
		reply("Changed my password on their portal anyway. The reset link took an hour to arrive, which says a lot about the state of things.") +
		`</section></main></body></html>`
	art := extractPage(t, "https://news.example/tarn", page)
	if !strings.Contains(art.Text, "billing records of about 9,000 customers") || strings.Contains(art.Text, "readers say") || strings.Contains(art.Text, "meter") {
		t.Errorf("text = %q", art.Text)
	}
}

// TestPaywalledBodyKept: the part of an article marked for subscribers
// (class="paywall", as Google's structured-data guidance marks it) is the
// article's text, not a subscribe box.
func TestPaywalledBodyKept(t *testing.T) {
	page := `<html><head><title>Insurer confirms breach</title></head><body><article><h1>Insurer confirms breach</h1>` +
		`<p>Harwick Mutual said on Tuesday that an intruder had copied files from a claims server over a weekend in March.</p>` +
		`<p>The insurer said it had contained the intrusion and brought in outside investigators the same day.</p>` +
		`<div class="paywall"><p>It said the files held details of about 41,000 policyholders, including claim histories.</p>` +
		`<p>Letters to those affected will go out next week, the company said.</p></div></article></body></html>`
	art := extractPage(t, "https://news.example/harwick", page)
	if !strings.Contains(art.Text, "about 41,000 policyholders") || !strings.Contains(art.Text, "Letters to those affected") {
		t.Errorf("text = %q", art.Text)
	}
}

// TestOneLineFilingCover: a cover written on one line, letterhead, form
// and registrant with its caption, still names the registrant for the
// report that says only "the Company".
func TestOneLineFilingCover(t *testing.T) {
	page := `<html><head><title>Form 8-K — Item 1.05 Material Cybersecurity Incidents</title></head><body><div class="release">` +
		`<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION — FORM 8-K — CURRENT REPORT ORRIN HARBOUR BANCORP, INC. (Exact name of registrant as specified in its charter)<br>Delaware · Commission File Number 001-38000</p>` +
		`<p>Item 1.05 Material Cybersecurity Incidents.</p>` +
		`<p>On May 8, 2025, the Company's banking subsidiary identified unauthorized activity in a file-transfer application used with a loan servicing partner.</p>` +
		`<p>The Company believes the unauthorized party obtained files containing personal information of approximately 31,000 customers.</p></div></body></html>`
	art := extractPage(t, "https://filings.example/orrin-8k", page)
	if len(art.Victims) != 1 || art.Victims[0] != "Orrin Harbour Bancorp" || art.Records == nil || *art.Records != 31000 {
		t.Errorf("victims %q, records %v; want the registrant and 31000", art.Victims, art.Records)
	}
}

// extractPage extracts page as served from url, failing the test when the
// extractor refuses it.
func extractPage(t *testing.T, url, page string) *Article {
	t.Helper()
	art, err := New().Extract(Page{URL: url, Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	return art
}
