package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/extract/incident"
)

// convertedPage writes a document as a print-to-HTML converter does: one
// absolutely positioned <div> per printed line, a page per container, the
// lines in the order given (the converter's order need not be reading
// order, so callers may shuffle).
func convertedPage(pages [][]string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><title>0045120261203000117</title>
<meta name="generator" content="pdftohtml 0.36"></head><body>`)
	for i, lines := range pages {
		fmt.Fprintf(&b, "<!-- Page %d --><a name=\"%d\"></a>\n<div style=\"position:relative;width:892;height:1263;\">\n", i+1, i+1)
		b.WriteString("<style>.ft0{font-size:15px;font-family:MS-Mincho;}\n.ft1{font-size:19px;font-weight:bold;}</style>\n")
		for _, l := range lines {
			b.WriteString(l + "\n")
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("</body></html>")
	return b.String()
}

// line places one printed line.
func line(top, left int, class, text string) string {
	return fmt.Sprintf(`<div style="position:absolute;top:%d;left:%d"><nobr><span class="%s">%s</span></nobr></div>`, top, left, class, text)
}

func TestExtractConvertedPrintPage(t *testing.T) {
	page1 := []string{
		line(80, 650, "ft0", "2026年12月3日"),
		line(125, 110, "ft0", "各位"),
		line(170, 420, "ft0", "会社名　ほしぞら電子工業株式会社"),
		line(194, 420, "ft0", "代表者名　代表取締役社長　森川 智"),
		line(330, 160, "ft1", "当社子会社における不正アクセスに関するお知らせ"),
		// A paragraph: first line indented, the rest from the margin, the
		// last one short.
		line(392, 130, "ft0", "このたび、当社の連結子会社である株式会社みなと精機（以下「みなと精機」）の"),
		line(416, 108, "ft0", "ファイルサーバーが第三者による不正アクセスを受け、保存されていた情報の一部が外"),
		line(440, 108, "ft0", "部に流出した可能性があることが判明いたしました。"),
		line(464, 130, "ft0", "お客様ならびに関係者の皆様には、多大なるご心配をおかけしますことを深くお詫び申し"),
		line(488, 108, "ft0", "上げます。"),
		line(536, 108, "ft0", "1．流出の可能性がある情報"),
		line(560, 130, "ft0", "取引先担当者の氏名、会社名、電話番号、メールアドレス等、最大約8千件。"),
		line(1200, 440, "ft0", "1"),
	}
	page2 := []string{
		line(90, 108, "ft0", "2．今後の対応"),
		line(114, 130, "ft0", "個人情報保護委員会への報告及び警察への相談を行っており、外部専門機関と連携して"),
		line(138, 108, "ft0", "再発防止策を講じてまいります。"),
		line(186, 800, "ft0", "以上"),
		line(1200, 440, "ft0", "2"),
	}
	// The converter may write a page's lines out of reading order.
	page1[5], page1[6] = page1[6], page1[5]
	body := convertedPage([][]string{page1, page2})
	if out := os.Getenv("FLAT_DUMP"); out != "" {
		os.WriteFile(out, []byte(body), 0o644)
	}
	x := New(WithIncident(incident.New(nil)))
	art, err := x.Extract(Page{URL: "http://127.0.0.1:8080/ir/0045120261203000117.htm", Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "当社子会社における不正アクセスに関するお知らせ" {
		t.Errorf("title = %q, want the line in the largest type", art.Title)
	}
	for _, want := range []string{
		"このたび、当社の連結子会社である株式会社みなと精機（以下「みなと精機」）のファイルサーバーが第三者による不正アクセスを受け、保存されていた情報の一部が外部に流出した可能性があることが判明いたしました。",
		"お客様ならびに関係者の皆様には、多大なるご心配をおかけしますことを深くお詫び申し上げます。",
		"個人情報保護委員会への報告及び警察への相談を行っており、外部専門機関と連携して再発防止策を講じてまいります。",
	} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("text lacks the paragraph %q:\n%s", want, art.Text)
		}
	}
	if strings.Contains(art.Text, "\n\n1\n") || strings.HasSuffix(art.Text, "\n2") {
		t.Errorf("a page number stayed in the text:\n%s", art.Text)
	}
	if got := strings.Join(art.Victims, ","); got != "みなと精機" {
		t.Errorf("victims = %q, want the subsidiary under its own brand", got)
	}
	if art.Records == nil || *art.Records != 8000 {
		t.Errorf("records = %v, want 8000", art.Records)
	}
}

func TestExtractFilingWithoutContainer(t *testing.T) {
	cover := `<div style="text-align:center"><span style="font-weight:700">UNITED STATES SECURITIES AND EXCHANGE COMMISSION</span></div>
<div style="text-align:center"><span>FORM 8-K</span></div>
<div style="text-align:center"><span style="font-size:16pt"><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c1">TALLOWBROOK FOODS CORP.</ix:nonNumeric></span></div>
<table><tr><td>Ohio</td><td>001-40017</td><td>31-4459120</td></tr>
<tr><td>(State or other jurisdiction of incorporation)</td><td>(Commission File Number)</td><td>(IRS Employer Identification No.)</td></tr></table>
<table><tr><td>☐</td><td>Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)</td></tr>
<tr><td>☐</td><td>Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)</td></tr>
<tr><td>☐</td><td>Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act (17 CFR 240.14d-2(b))</td></tr></table>
<table><tr><td>Title of each class</td><td>Trading Symbol(s)</td><td>Name of each exchange on which registered</td></tr>
<tr><td>Common Shares, without par value</td><td>TLWB</td><td>New York Stock Exchange</td></tr></table>
<hr/>`
	items := `<div><span style="font-weight:700">Item 1.05 Material Cybersecurity Incidents.</span></div>
<div><span>On December 1, 2026, the Company detected unauthorized access to systems that support its distribution centers and, after assessing the scope of the activity, determined that the incident was material.</span></div>
<div><span>The Company’s investigation indicates that an unauthorized third party obtained files from a human resources server, including information about current and former employees. The Company is notifying the individuals concerned and the appropriate regulators.</span></div>
<div><span>Deliveries from two of the Company’s nine distribution centers were delayed for several days while affected systems were restored from backups.</span></div>
<hr/>
<div style="text-align:center"><span style="font-weight:700">SIGNATURES</span></div>
<table><tr><td>Date: December 4, 2026</td><td>By: /s/ Marisol Quenby, Chief Legal Officer</td></tr></table>`
	body := `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><head><title>tlwb-20261201</title></head><body>` + cover + items + `</body></html>`
	x := New(WithIncident(incident.New(nil)))
	art, err := x.Extract(Page{URL: "http://127.0.0.1:8080/Archives/edgar/data/1800042/tlwb-20261201.htm", Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"the Company detected unauthorized access", "obtained files from a human resources server", "two of the Company’s nine distribution centers"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, art.Text)
		}
	}
	for _, leak := range []string{"Rule 425", "IRS Employer Identification", "Trading Symbol"} {
		if strings.Contains(art.Text, leak) {
			t.Errorf("cover page leaked into the text (%q):\n%s", leak, art.Text)
		}
	}
	if art.Title == "tlwb-20261201" || art.Title == "" {
		t.Errorf("title = %q, want something a reader can use", art.Title)
	}
	if got := strings.Join(art.Victims, ","); got != "Tallowbrook Foods" {
		t.Errorf("victims = %q, want the registrant", got)
	}
}

func TestRegistrantCase(t *testing.T) {
	for in, want := range map[string]string{
		"TALLOWBROOK FOODS CORP.":  "Tallowbrook Foods Corp.",
		"ACME AB":                  "Acme AB",
		"BANK OF THE OZARKS, INC.": "Bank of the Ozarks, Inc.",
		"Already Mixed Case, Inc.": "Already Mixed Case, Inc.",
		"NORTHWIND TRADERS LLC":    "Northwind Traders LLC",
	} {
		if got := registrantCase(in); got != want {
			t.Errorf("registrantCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDropRepeats(t *testing.T) {
	lead := "The Harrow Lane surgery says a contractor's laptop holding appointment lists was stolen from a car."
	second := "Patients whose details were on it are being written to this week, the practice manager said."
	text := strings.Join([]string{lead, second, "Posted by Dr Ilse Varga", "12 March 2027", "Laptop stolen from contractor's car", lead, second, "Thanks for reading.", "posted by ivarga | 2 comments"}, "\n\n")
	got := dropRepeats(text, "Laptop stolen from contractor's car")
	want := strings.Join([]string{lead, second, "Posted by Dr Ilse Varga", "Thanks for reading."}, "\n\n")
	if got != want {
		t.Errorf("dropRepeats:\n%s\nwant:\n%s", got, want)
	}
	// A paragraph quoted again further on is no replay.
	once := strings.Join([]string{lead, second, "Asked again on Friday, the practice repeated its statement:", lead}, "\n\n")
	if got := dropRepeats(once, ""); got != once {
		t.Errorf("one repeated paragraph was treated as a replay:\n%s", got)
	}
}

func TestPruneLayoutSidebars(t *testing.T) {
	body := strings.Repeat("当院の予約システムに不正アクセスがあり、患者様の情報が閲覧された可能性があります。", 8)
	page := `<html><head><meta charset="utf-8"><title>さくら歯科 お知らせ</title></head><body><table><tr>
<td width="150"><font size="2"><a href="index.html">トップ</a><br><br><a href="about.html">医院案内</a><br><br><a href="access.html">アクセス</a><br><br><a href="news.html">お知らせ</a></font>
<table border="1"><tr><td>診療時間 9:00から18:00<br>休診日 日曜・祝日</td></tr></table>
あなたは <img alt="012345"> 人目のお客様です</td>
<td><p align="center"><b>予約システムへの不正アクセスについて</b></p><font size="2">` + body + `</font></td>
</tr></table></body></html>`
	art, err := New().Extract(Page{URL: "http://127.0.0.1:8080/news.html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{"医院案内", "診療時間", "人目のお客様"} {
		if strings.Contains(art.Text, leak) {
			t.Errorf("the side column leaked (%q):\n%s", leak, art.Text)
		}
	}
	if art.Title != "予約システムへの不正アクセスについて" {
		t.Errorf("title = %q", art.Title)
	}
}

func TestNoticePortalFields(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>Breach Notice: Halloway Mutual</title></head><body>
<div id="nav"><a href="/">Home</a> | <a href="/consumer/">Consumer Protection</a> | <a href="/breaches/">Breach Notices</a></div>
<table class="fields">
<tr><td><b>Entity Name</b></td><td>Halloway Mutual Insurance Co.</td></tr>
<tr><td><b>Total number of persons affected (including residents)</b></td><td>14,382</td></tr>
<tr><td><b>Total number of state residents affected</b></td><td>512</td></tr>
<tr><td><b>Date Breach Discovered</b></td><td>02/11/2027</td></tr>
</table>
<div class="letter"><h2>Notice of Data Breach</h2>
<p>Dear Policyholder: We are writing to tell you about an incident that may have involved some of your information.</p>
<p>On February 11, 2027, we found that an unauthorized person had logged in to an employee e-mail account. The mailbox contained claim forms with names, addresses and policy numbers.</p>
<p>We have reset the account's password, required multi-factor authentication for all staff, and are offering 24 months of credit monitoring at no cost.</p></div>
</body></html>`
	x := New(WithIncident(incident.New(nil)))
	art, err := x.Extract(Page{URL: "http://127.0.0.1:8080/breaches/notice.asp?id=2027-0211", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if art.Records == nil || *art.Records != 14382 {
		t.Errorf("records = %v, want the form's total 14382, not the state's 512", art.Records)
	}
	if got := strings.Join(art.Victims, ","); got != "Halloway Mutual Insurance" {
		t.Errorf("victims = %q, want the entity the form names", got)
	}
}

func TestFooterLinesOnly(t *testing.T) {
	text := "メールマガジン配信システムへの不正アクセスにより、会員12万人の情報が流出しました。\n当社は調査を続けています。\n\nCopyright infringement claims were not part of the notice, the firm said.\nYou are receiving this bulletin because you subscribed.\nUnsubscribe"
	got := dropBoilerplateParagraphs(text)
	for _, keep := range []string{"メールマガジン配信システムへの不正アクセスにより", "Copyright infringement claims were not part"} {
		if !strings.Contains(got, keep) {
			t.Errorf("a sentence opening on footer words was dropped (%q):\n%s", keep, got)
		}
	}
	for _, drop := range []string{"You are receiving this bulletin", "Unsubscribe"} {
		if strings.Contains(got, drop) {
			t.Errorf("footer line %q stayed:\n%s", drop, got)
		}
	}
}

func TestLeadTitleKeepsAbbreviations(t *testing.T) {
	if got := leadTitle("Harlow Corp. announced on Monday that an unauthorized party accessed a file server holding employee records, and that it had notified regulators in three states about the incident."); !strings.HasPrefix(got, "Harlow Corp. announced") {
		t.Errorf("leadTitle cut at an abbreviation: %q", got)
	}
}

// TestClassPositionedLines checks a letter converted by pdf2htmlEX, whose
// lines are placed by classes (".x1{left:72px}", ".y3{bottom:930px}")
// rather than by style attributes: the lines read as paragraphs, and the
// printer's page count and a mailing's presort line are dropped.
func TestClassPositionedLines(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><meta name="generator" content="pdf2htmlEX"><style>.t{position:absolute;white-space:pre;font-size:1px}.x1{left:72px}.fs0{font-size:40px}.fs2{font-size:56px}.fs3{font-size:48px}`)
	lines := []string{"Marrow Lane Veterinary Clinic", "12 Marrow Lane, Eastvale", "000211 1 AB 0.512 **AUTO ALL FOR AADC 881",
		"A Notice About Your Information", "Dear Client,", "We are writing to tell you about an incident that may have involved some of your information held",
		"by our clinic. On April 2 we discovered that an unauthorized person had gained access to the email",
		"account of one of our receptionists and could have viewed appointment records.",
		"We have reset every staff password and turned on multi-factor authentication for all accounts.", "Page 1 of 1"}
	for i := range lines {
		fmt.Fprintf(&b, ".y%d{bottom:%dpx}", i, 1000-i*20)
	}
	b.WriteString(`</style><title>Notice of Data Security Incident</title></head><body><div class="pf"><div class="pc">`)
	for i, l := range lines {
		size := "fs0"
		switch i {
		case 0:
			size = "fs2" // the letterhead
		case 3:
			size = "fs3" // the letter's title
		}
		fmt.Fprintf(&b, `<div class="t x1 y%d %s">%s</div>`, i, size, l)
	}
	b.WriteString(`</div></div></body></html>`)
	art, err := New().Extract(Page{URL: "https://marrowlanevet.example/notice.html", Body: []byte(b.String())})
	if err != nil {
		t.Fatal(err)
	}
	if art.Title != "A Notice About Your Information" {
		t.Errorf("title = %q, want the letter's own title, not its letterhead", art.Title)
	}
	for _, k := range []string{"an unauthorized person had gained access to the email account of one of our receptionists", "turned on multi-factor authentication"} {
		if !strings.Contains(art.Text, k) {
			t.Errorf("text lacks %q:\n%s", k, art.Text)
		}
	}
	for _, d := range []string{"Page 1 of 1", "AADC"} {
		if strings.Contains(art.Text, d) {
			t.Errorf("text keeps %q:\n%s", d, art.Text)
		}
	}
}
