package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

func TestParseDateTime(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	tests := []struct {
		name, in string
		want     string // RFC 3339 in UTC; "" for no date
	}{
		{"rfc3339", "2019-03-29T09:00:00+09:00", "2019-03-29T00:00:00Z"},
		{"rfc3339 utc", "2019-03-29T09:00:00Z", "2019-03-29T09:00:00Z"},
		{"no colon zone", "2019-03-29T09:00:00+0900", "2019-03-29T00:00:00Z"},
		{"local time", "2019-03-29T09:00:00", "2019-03-29T09:00:00Z"},
		{"rfc1123", "Fri, 29 Mar 2019 09:00:00 GMT", "2019-03-29T09:00:00Z"},
		{"iso date", "2019-03-29", "2019-03-29T00:00:00Z"},
		{"us long", "March 29, 2019", "2019-03-29T00:00:00Z"},
		{"us short dot", "Published Mar. 29, 2019 at 9:00", "2019-03-29T09:00:00Z"},
		{"time with a zone", "2025-06-10 15:00 UTC", "2025-06-10T15:00:00Z"},
		{"time after a slash and a pm", "Dec 3, 2025 // 2:10 pm EST", "2025-12-03T19:10:00Z"},
		{"japanese time is Japan's", "2025年12月2日 7時00分", "2025-12-01T22:00:00Z"},
		{"eastern time in summer is daylight time", "10 Apr, 2026, 16:05 ET", "2026-04-10T20:05:00Z"},
		{"eastern time in winter is standard time", "Jan 12, 2026 4:05 PM ET", "2026-01-12T21:05:00Z"},
		{"pacific time the day daylight time ends", "Nov 1, 2026 9:00 AM PT", "2026-11-01T17:00:00Z"},
		{"mail archive ctime", "Thu Jun 12 09:15:44 UTC 2025", "2025-06-12T09:15:44Z"},
		{"us numeric date", "Date Received: 04/22/2025", "2025-04-22T00:00:00Z"},
		{"day-first numeric date", "Received 22/04/2025", "2025-04-22T00:00:00Z"},
		{"month-first with hyphens", "01-27-2026 09:14 AM", "2026-01-27T09:14:00Z"},
		{"day-first with dots", "Veröffentlicht am 03.02.2026", "2026-02-03T00:00:00Z"},
		{"year first, month named", "First Published 2026 July 21 16:00 GMT", "2026-07-21T16:00:00Z"},
		{"date split across elements", "Aug 14 , 2026 - 10:20 UTC", "2026-08-14T10:20:00Z"},
		{"japanese weekday before the time", "2026/10/14(水) 17:45", "2026-10-14T08:45:00Z"},
		{"british", "29 March 2019", "2019-03-29T00:00:00Z"},
		{"ordinal", "on the 29th of March, 2019", "2019-03-29T00:00:00Z"},
		{"kanji", "2019年3月29日", "2019-03-29T00:00:00Z"},
		{"kanji padded", "2019年03月29日（金）", "2019-03-29T00:00:00Z"},
		{"full-width", "２０１９年３月２９日", "2019-03-29T00:00:00Z"},
		{"slash", "2019/03/29", "2019-03-29T00:00:00Z"},
		{"full-width slash", "２０１９／０３／２９", "2019-03-29T00:00:00Z"},
		{"dots", "2019.3.29", "2019-03-29T00:00:00Z"},
		{"reiwa gannen", "令和元年5月1日", "2019-05-01T00:00:00Z"},
		{"reiwa 3", "令和3年12月24日", "2021-12-24T00:00:00Z"},
		{"heisei", "平成31年3月29日", "2019-03-29T00:00:00Z"},
		{"impossible day", "2019-02-30", ""},
		{"mixed separators", "2019-03/29", ""},
		{"version number", "version 1.2.3", ""},
		{"too old", "1850-01-01", ""},
		{"empty", "", ""},
		{"words", "yesterday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseDateTime(tt.in, time.UTC)
			if tt.want == "" {
				if ok {
					t.Fatalf("parseDateTime(%q) = %v, want no date", tt.in, got)
				}
				return
			}
			if !ok || got.UTC().Format(time.RFC3339) != tt.want {
				t.Fatalf("parseDateTime(%q) = %v, %v; want %s", tt.in, got.UTC(), ok, tt.want)
			}
		})
	}
	t.Run("date only in page zone", func(t *testing.T) {
		got, ok := parseDateTime("2019年3月29日", jst)
		if !ok || got.UTC().Format(time.RFC3339) != "2019-03-28T15:00:00Z" {
			t.Fatalf("got %v, %v; want midnight JST", got.UTC(), ok)
		}
	})
}

func TestFindPublished(t *testing.T) {
	hint := time.Date(2019, 4, 10, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name, page string
		hint       time.Time
		want       string // "" for nil
	}{
		{"json-ld wins", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-03-29T09:00:00Z"}</script>
			<meta property="article:published_time" content="2019-03-30T09:00:00Z"><h1>T</h1>`, hint, "2019-03-29T09:00:00Z"},
		{"json-ld graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"BlogPosting","datePublished":"2019-03-28"}]}</script>`, hint, "2019-03-28T00:00:00Z"},
		{"article meta", `<meta property="article:published_time" content="2019-03-30T09:00:00+09:00"><h1>T</h1>`, hint, "2019-03-30T00:00:00Z"},
		{"time in article, not sidebar", `<aside class="sidebar"><time datetime="2019-01-01">Jan 1</time></aside><article><h1>T</h1><time datetime="2019-03-29T10:00:00Z">March 29</time></article>`, hint, "2019-03-29T10:00:00Z"},
		{"dc.date", `<meta name="DC.date" content="2019-03-27">`, hint, "2019-03-27T00:00:00Z"},
		{"feed hint before in-page text", `<h1>Title</h1><p>March 1, 2019</p>`, hint, "2019-04-10T08:00:00Z"},
		{"date near title, not sidebar", `<div class="rail"><p>January 5, 2019</p></div><div><p>2019年3月29日</p><h1>お知らせ</h1><p>本文。2019年3月21日に検知しました。</p></div>`, time.Time{}, "2019-03-29T00:00:00Z"},
		{"date after title", `<div class="x"><h1>Breach at Example</h1><p class="d">Posted 29 March 2019</p><p>Text about March 1, 2019 events.</p></div>`, time.Time{}, "2019-03-29T00:00:00Z"},
		{"date-only in page zone", `<meta property="article:modified_time" content="2019-03-30T10:00:00+09:00"><h1>タイトル</h1><p>2019年3月29日</p>`, time.Time{}, "2019-03-28T15:00:00Z"},
		{"far date ignored", `<h1>Title</h1><p>` + strings.Repeat("word ", 600) + `March 29, 2019</p>`, time.Time{}, ""},
		{"no date", `<h1>Title</h1><p>Nothing here.</p>`, time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head></head><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := findPublished(doc, readMeta(doc), tt.hint, "")
			switch {
			case tt.want == "" && got != nil:
				t.Fatalf("got %v, want nil", got)
			case tt.want != "" && (got == nil || got.Format(time.RFC3339) != tt.want):
				t.Fatalf("got %v, want %s", got, tt.want)
			}
		})
	}
}

func TestIsDateLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Published 19 March 2019, 14:32": true, "２０１９年４月５日　１５時３０分": true, "2024年5月16日": true,
		"日時：2024年9月12日（木）13:30～17:00": false, "When: 12 September 2024": false,
		"The attack began on 2 March 2019 and lasted a week.": false,
	} {
		if got := isDateLine(s); got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDateLineIssuer checks that a release's heading line keeps the issuer
// it names beside the date, and that a plain date line or a sentence gives
// none.
func TestDateLineIssuer(t *testing.T) {
	for s, want := range map[string]string{
		"2021年6月18日　北浜精工株式会社":                    "北浜精工株式会社",
		"２０２５年３月４日 医療法人社団あおば会":                   "医療法人社団あおば会",
		"June 3, 2025 — Larkmoor Holdings, Inc.": "Larkmoor Holdings, Inc.",
		"2025年10月2日北浜市教育委員会":                     "北浜市教育委員会",
		"2024年5月16日":                     "",
		"Published 19 March 2019, 14:32": "",
		"2025年3月4日 更新":                   "",
	} {
		if got := dateLineIssuer(s); got != want {
			t.Errorf("dateLineIssuer(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPublishedOnPages checks the date a whole page yields where it has no
// date metadata: an article's own footer <time>, a release's date line
// above the headline rather than a date in its first sentence, and a date
// inside a wrapper whose class reads as navigation. Pages are invented.
func TestPublishedOnPages(t *testing.T) {
	body := "<p>The organisation said it found the problem, contained it within hours and has told the people whose records were involved.</p>" +
		"<p>It has also reported the matter to the regulator and will publish an update once the investigation has finished.</p>"
	tests := []struct{ name, page, want string }{
		{"article footer time", `<html><body><main><article><h1>Harrowgate Freight confirms ransomware attack</h1>
<footer class="node__meta">Submitted by ed on <time datetime="2025-03-11T14:22:05+00:00">Tue, 03/11/2025 - 14:22</time></footer>` + body + `</article></main></body></html>`,
			"2025-03-11T14:22:05Z"},
		{"date line over a release, not the incident's date", `<html><body><div class="release"><p class="r-date">2025年9月12日</p><p>各位</p>
<table><tr><td>会社名</td><td>株式会社ひなたフーズ</td></tr><tr><td>代表者名</td><td>代表取締役社長 日向 誠一</td></tr><tr><td>問合せ先</td><td>管理本部長 大森 恵（TEL 03-0000-0000）</td></tr></table>
<h2>当社サーバーへの不正アクセスに関するお知らせ</h2><p>当社は、2025年9月8日、受発注システムのサーバーが第三者による不正アクセスを受けたことを確認いたしました。</p>` + body + `</div></body></html>`,
			"2025-09-12T00:00:00Z"},
		{"a final report dated above its header refers to its first notice by date (付「…」)", `<html lang="ja"><body><div class="doc"><p align="right">2026年12月10日</p><p>各　位</p>
<p>会社名　株式会社ひなたフーズ　代表者名　代表取締役社長　日向 誠一</p><h1>ランサムウェア被害に関する調査結果のお知らせ（最終報）</h1>
<p>当社は、2026年10月2日付「当社サーバーへの不正アクセスに関するお知らせ」にてお知らせいたしました件について、調査を完了いたしました。</p>` + body + `</div></body></html>`,
			"2026-12-10T00:00:00Z"},
		{"a trade paper's date with the era year in brackets", `<html lang="ja"><body><p class="hiduke">2026年（令和8年）11月5日（木）</p><h2>建設会社がランサム被害　設計図面など流出か</h2>` + body + `</body></html>`,
			"2026-11-05T00:00:00Z"},
		{"a link aggregator's age span", `<html><body><table><tr><td class="title"><a href="https://news.example/x">Payroll firm says records taken</a></td></tr>
<tr><td class="subtext">214 points by <a class="hnuser">kettle</a> <span class="age" title="2026-06-30T17:04:11"><a href="item?id=1">4 hours ago</a></span></td></tr></table>` + body + `</body></html>`,
			"2026-06-30T17:04:11Z"},
		{"a Japanese page's time without a zone is Japan's", `<html lang="ja"><body><article><h1>不正アクセスに関するお知らせ</h1><p class="date">投稿日時：2026-02-02 21:14</p>` + body + `</article></body></html>`,
			"2026-02-02T12:14:00Z"},
		{"a Japanese page's bare date stays its calendar day", `<html lang="ja"><body><article><h1>不正アクセスに関するお知らせ</h1><p class="date">2026年3月4日</p>` + body + `</article></body></html>`,
			"2026-03-04T00:00:00Z"},
		{"hAtom's abbr.published in a post footer", `<html><body><div class="post"><h3 class="post-title">Credit union confirms intrusion</h3>` + body +
			`<div class="post-footer">Posted by <span itemprop="author">ed</span> at <abbr class="published" itemprop="datePublished" title="2026-03-06T08:12:00-06:00">8:12 AM</abbr></div></div></body></html>`,
			"2026-03-06T14:12:00Z"},
		{"an alert's heading before the article's, whose body is a widget", `<html><body><div class="ui-widget alerts"><div class="ui-widget-header"><h1>District Alert</h1></div><div class="ui-widget-detail"><p>Schools close early on Friday.</p></div></div>
<div class="ui-widget flexpage"><div class="ui-widget-header"><h1>Update on the January data security incident</h1></div><div class="ui-widget-detail"><p class="posted">Posted February 12, 2026</p>` + body + `</div></div></body></html>`,
			"2026-02-12T00:00:00Z"},
		{"a status page's timeline, newest first", `<html><body><main><h1>Support environment access</h1><ol>
<li><p>Resolved</p><time class="upd" datetime="2026-03-24T21:00:00Z">Mar 24</time></li>
<li><p>Update</p><time class="upd" datetime="2026-03-20T15:30:00Z">Mar 20</time></li>
<li><p>Investigating</p><time class="upd" datetime="2026-03-18T16:40:00Z">Mar 18</time></li></ol>` + body + `</main></body></html>`,
			"2026-03-18T16:40:00Z"},
		{"an advisory's release date over its last revision, listed first", `<html><body><main><h1>Exploitation of Quarrel VPN gateways</h1>
<div class="field field--revised"><div class="label">Last Revised</div><div class="content"><time datetime="2026-05-09T12:00:00Z">May 09, 2026</time></div></div>
<div class="field field--release"><div class="label">Release Date</div><div class="content"><time datetime="2026-05-07T12:00:00Z">May 07, 2026</time></div></div>` + body + `</main></body></html>`,
			"2026-05-07T12:00:00Z"},
		{"a Japanese outlet's credit line closing the article", `<html lang="ja"><body><div class="entry"><h1>会員サイトに不正ログイン、約2千人分閲覧の可能性 - 大学</h1><p>ある私立大学は、会員サイトに不正ログインがあったと明らかにした。</p>` + strings.Repeat(body, 7) +
			`<p>同社は9月にも別の不正ログインを公表している（Security WATCH - 2026/09/02 ）。</p><p class="credit">（Security WATCH - 2026/10/14 ）</p></div><ul class="related"><li><a href="/n/2">別のニュース</a>（2026/10/09）</li></ul></body></html>`,
			"2026-10-14T00:00:00Z"},
		{"a document table's date under the headline over the last revision above it", `<html lang="ja"><body><div class="box"><p class="last-update">最終更新: 2026-09-03</p><h1>Quarrel VPN Gatewayの脆弱性に関する注意喚起</h1>
<table class="meta"><tr><td>AT-2026-0033</td></tr><tr><td>2026-09-01</td></tr></table>` + body + `</div></body></html>`,
			"2026-09-01T00:00:00Z"},
		{"headline inside a nav-classed wrapper", `<html><body><nav class="menu"><a href="/">Docs</a></nav><section class="wy-nav-content-wrap"><div class="document">
<h1>Security notice: compromised release 4.2.0</h1><dl><dt>Date:</dt><dd><p>2025-07-15</p></dd></dl>` + body + `</div></section></body></html>`,
			"2025-07-15T00:00:00Z"},
	}
	checkPublished(t, tests)
}

func TestEventDatesAreNotPublished(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>Breach Notice: Halloway Mutual</title></head><body>
<table><tr><td>Date(s) Breach Occurred</td><td>01/04/2027 - 01/06/2027</td></tr>
<tr><td>Date Breach Discovered</td><td>01/07/2027</td></tr></table>
<h1>Breach Notice: Halloway Mutual</h1><p>March 29, 2027</p>
<p>Dear Policyholder: We are writing to tell you about an incident that may have involved some of your information. On January 7, 2027, we found that an unauthorized person had logged in to an employee e-mail account.</p></body></html>`
	art, err := New().Extract(Page{URL: "http://127.0.0.1:8080/notice/1", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Published == nil || art.Published.Format("2006-01-02") != "2027-03-29" {
		t.Errorf("published = %v, want the letter's date 2027-03-29, not when the breach occurred", art.Published)
	}
}

func TestCodeHostAndHAtomTimes(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{`<html><head><title>Advisory: token leak in build logs</title></head><body><h1>Advisory: token leak in build logs</h1>
<div>Published <relative-time datetime="2027-04-02T08:15:30Z">Apr 2, 2027</relative-time></div><p>Tokens written to public build logs let anyone publish packages under the maintainer's name until they were revoked.</p></body></html>`, "2027-04-02T08:15:30Z"},
		{`<html><head><meta charset="utf-8"><title>ランサムウェアの話</title></head><body><h2>ランサムウェアの話</h2>
<p class="date"><abbr class="updated" title="2027-05-10T20:45:00+09:00">2027年05月10日</abbr></p><p>病院を狙ったランサムウェア攻撃の報道をまとめておきます。復旧には数週間かかったそうです。</p></body></html>`, "2027-05-10T11:45:00Z"},
	} {
		art, err := New().Extract(Page{URL: "http://127.0.0.1:8080/p/1", Body: []byte(c.page)})
		if err != nil {
			t.Fatal(err)
		}
		if art.Published == nil || art.Published.Format(time.RFC3339) != c.want {
			t.Errorf("published = %v, want %s", art.Published, c.want)
		}
	}
}

// TestDateInsidePageForm: an ASP.NET or JSF page wraps everything in one
// <form>; its date is still found near its heading.
func TestDateInsidePageForm(t *testing.T) {
	page := `<html><head><title>Breach Report Detail - Holloway Family Dental - Breach Portal</title></head><body>
<div id="header">Breach Portal</div><form id="mainForm"><input type="hidden" name="state" value="x">
<div class="panel"><h2>Breach Report Detail</h2><table><tr><th>Name of Covered Entity</th><td>Holloway Family Dental</td></tr>
<tr><th>Breach Submission Date</th><td>08/21/2026</td></tr></table>
<p>` + strings.Repeat("The covered entity reported that an unauthorized party gained access to two staff email accounts and a shared drive. ", 5) + `</p></div></form></body></html>`
	a, err := New().Extract(Page{URL: "https://portal.example/breach/1", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || a.Published.Format("2006-01-02") != "2026-08-21" {
		t.Errorf("published = %v, want 2026-08-21", a.Published)
	}
}

// TestDateOnlyMetaTakesTextTime: a page whose <meta> gives only the day
// and whose dateline gives the time of that day is dated to the minute.
func TestDateOnlyMetaTakesTextTime(t *testing.T) {
	page := `<html lang="ja"><head><meta charset="utf-8"><meta name="date" content="2026-05-27"><title>米小売大手に不正アクセス</title></head><body>
<article><h1>米小売大手に不正アクセス</h1><p class="date">2026年05月27日 07時00分 公開</p><p>` + strings.Repeat("米小売大手は、オンラインストアの会員情報が不正アクセスを受けたと発表した。", 4) + `</p></article></body></html>`
	a, err := New().Extract(Page{URL: "https://itnews.example/a/1", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || a.Published.UTC().Format(time.RFC3339) != "2026-05-26T22:00:00Z" {
		t.Errorf("published = %v, want 2026-05-27 07:00 JST", a.Published)
	}
}

// TestPaperDates: a journal's page gives when the paper was received and
// accepted before when it was published; the online date is the page's,
// from its citation meta or from the 公開日 after 受付日 and 受理日.
func TestPaperDates(t *testing.T) {
	body := `<h1>当院におけるシステム障害からの診療再開までの取り組み</h1>
<div class="article-dates"><span>受付日: 2025/09/02</span> <span>受理日: 2025/10/20</span> <span>公開日: 2025/12/01</span></div>
<p>2025年8月，当院はランサムウェアによる攻撃を受け，電子カルテシステムを含む院内の基幹システムが停止した．本稿では，発生から診療再開までの取り組みを報告する．</p>
<p>翌日からは紙カルテによる外来診療を再開したが，受付と会計に長い待ち時間が生じた．</p>`
	for _, c := range []struct{ name, head string }{
		{"citation_online_date", `<meta name="citation_online_date" content="2025/12/01">`},
		{"公開日 after 受付日 and 受理日", ``},
	} {
		page := `<html><head><meta charset="utf-8">` + c.head + `<title>当院におけるシステム障害からの診療再開までの取り組み</title></head><body>` + body + `</body></html>`
		art, err := New().Extract(Page{URL: "http://127.0.0.1:8080/article/jmis/22/1/22_14", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if art.Published == nil || art.Published.In(time.FixedZone("JST", 9*3600)).Format("2006-01-02") != "2025-12-01" {
			t.Errorf("%s: published = %v, want 2025-12-01 (not the day the paper was received)", c.name, art.Published)
		}
	}
}

func TestDatesInFiguresFollowThePage(t *testing.T) {
	body := "<p>The organisation said it found the problem, contained it within hours and has told the people whose records were involved.</p>" +
		"<p>It has also reported the matter to the regulator and will publish an update once the investigation has finished.</p>"
	page := func(lang, dateline, extra string) string {
		return `<html` + lang + `><body><main><article><h1>Brackwater Lettings confirms a data breach</h1><p class="byline">By Staff | ` + dateline + `</p>` +
			body + extra + `</article></main></body></html>`
	}
	tests := []struct{ name, page, want string }{
		{"a British locale writes day first", page(` lang="en-GB"`, "02/04/2024", ""), "2024-04-02T00:00:00Z"},
		{"an Australian og:locale", `<html><head><meta property="og:locale" content="en_AU"></head><body><main><h1>Brackwater Lettings confirms a data breach</h1><p>02/04/2024</p>` + body + `</main></body></html>`, "2024-04-02T00:00:00Z"},
		{"an American locale writes month first", page(` lang="en-US"`, "02/04/2024", ""), "2024-02-04T00:00:00Z"},
		{"the page's other dates show day first", page(` lang="en"`, "02/04/2024", `<ul class="comments"><li>Reply posted 23/03/2024</li></ul>`), "2024-04-02T00:00:00Z"},
		{"the page's other dates show month first against its locale", page(` lang="en-GB"`, "02/04/2024", `<ul class="comments"><li>Reply posted 03/23/2024</li></ul>`), "2024-02-04T00:00:00Z"},
		{"dates in words written day first", page(``, "02/04/2024", `<p>The intrusion began on 28 March 2024.</p>`), "2024-04-02T00:00:00Z"},
		{"dates in words written month first", page(``, "02/04/2024", `<p>The intrusion began on March 28, 2024.</p>`), "2024-02-04T00:00:00Z"},
		{"nothing to tell: month first", page(``, "02/04/2024", ""), "2024-02-04T00:00:00Z"},
		{"a day past twelve needs no telling", page(` lang="en-US"`, "22/04/2024", ""), "2024-04-22T00:00:00Z"},
	}
	checkPublished(t, tests)
}

// checkPublished extracts each page and compares its publication date, in
// RFC 3339 UTC, with want.
func checkPublished(t *testing.T, tests []struct{ name, page, want string }) {
	t.Helper()
	x := New()
	for _, tt := range tests {
		art, err := x.Extract(Page{URL: "https://site.example/n/1", Body: []byte(tt.page)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if art.Published == nil || art.Published.UTC().Format(time.RFC3339) != tt.want {
			t.Errorf("%s: published %v, want %s", tt.name, art.Published, tt.want)
		}
	}
}

// TestFilingDatedBySignature: an 8-K shown as a bare EDGAR page is dated by
// its signature block ("Date: April 1, 2024"), not by the incident its
// text tells first nor by a cover's event date.
func TestFilingDatedBySignature(t *testing.T) {
	page := `<html><head><title>brnk-20240401</title></head><body><div style="text-align:center"><p><b>UNITED STATES</b></p><p><b>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p>Washington, D.C. 20549</p><p><b>FORM 8-K</b></p><p>CURRENT REPORT</p><p>Date of Report (Date of earliest event reported): March 27, 2024</p><p><b>BRANNOCK PAYROLL, INC.</b></p></div>
<p>Item 1.05 Material Cybersecurity Incidents.</p><p>On March 27, 2024, Brannock Payroll, Inc. (the "Company") detected unauthorized access to a reporting environment that supports its payroll platform.</p>
<p>Based on the Company's investigation to date, the unauthorized party exported data relating to approximately 3,612,480 individuals.</p>` +
		strings.Repeat(`<p>The Company continues to assess the scope of the incident and its effect on operations, and will notify affected individuals and regulators as the law requires; this report contains forward-looking statements that are subject to risks and uncertainties.</p>`, 8) +
		`<p style="text-align:center">SIGNATURES</p><p>BRANNOCK PAYROLL, INC.</p><p>Date: April 1, 2024 By: /s/ Renata Oakes, Chief Legal Officer</p></body></html>`
	checkPublished(t, []struct{ name, page, want string }{{"bare 8-K", page, "2024-04-01T00:00:00Z"}})
}
