package incident

import (
	"slices"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/extract/actors"
)

// TestSession12BreachWords: a notice of how many people an organisation
// is notifying, and a break-in, speak of a breach as plainly as "hacked".
func TestSession12BreachWords(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "an organisation notifying a number of members, the only breach word a mailbox a stranger could open",
			lang:  "en", title: "Credit union owns up to mailbox trouble",
			text: "Fernhollow Credit Union has begun notifying 5,112 members that their loan files sat in an employee mailbox that a stranger could open for nine days in April. The union says it has since turned on multi-factor sign-in for all staff.",
			want: []string{"Fernhollow Credit Union"},
		},
		{
			class: "a researcher's post: a vendor that left a cluster open, whose security.txt the writer used",
			lang:  "en", title: "How an unprotected MongoDB cluster at Rookfare exposed 90K travellers",
			text: "Rookfare, a fare-alert service used by small travel agencies, left a MongoDB cluster open to the internet without a password for a month.\n\nI found it during a routine scan and wrote to the contact in Rookfare's security.txt the next day. Rookfare's CTO replied within hours and closed the cluster.",
			want: []string{"Rookfare"},
		},
		{
			class: "a regulator's guidance to a company whose name ends like a loyalty programme's, called the operator of one",
			lang:  "en", title: "Watchdog rebukes Tamber Rewards over points breach",
			text: "The privacy commission has issued formal guidance to Tamber Rewards, the operator of the Tamber Coin loyalty scheme, over a breach in which an outsider scraped members' details through a flawed API.\n\nThe commission said Tamber failed to test authentication when it changed the API. Tamber must report on its fixes by the end of the month.",
			want: []string{"Tamber Rewards"},
		},
		{
			class: "a subsidiary carrying its parent's name, introduced as 'X is the American subsidiary of Y'",
			lang:  "en", title: "Tollmere Foods USA Data Breach Investigation — Harrow Vale LLP",
			text: "Harrow Vale LLP is investigating claims on behalf of people whose information was compromised in a data breach involving Tollmere Foods USA, Inc.\n\nAbout Tollmere Foods USA\n\nTollmere Foods USA, Inc. is the American subsidiary of Tollmere Co., Ltd., a Japanese maker of sauces.\n\nOn November 2, Tollmere Foods USA filed a notice of data breach with the Attorney General.",
			want: []string{"Tollmere"},
		},
		{
			class: "files stolen from a plant named by its town, under a headline that names no one",
			lang:  "en", title: "Food maker says hackers took staff files",
			text: "Harlow Creameries said hackers stole employee files from its Merced plant in October.",
			want: []string{"Harlow Creameries"},
		},
		{
			class: "a break-in at a named firm",
			lang:  "en", title: "Accountants warn clients after weekend break-in",
			text: "Tollan & Reade Accountants said an outsider broke into its document portal over the weekend. The firm has written to clients whose tax returns were stored there.",
			want: []string{"Tollan & Reade Accountants"},
		},
	})
}

// TestSession12YearListIsNoCount: the second year of "in 2023 and 2024" is
// a year, whatever word follows it.
func TestSession12YearListIsNoCount(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Notice of data security incident",
		Text: "We recently discovered that an unauthorized party accessed our file servers and stole data. In 2023 and 2024 the same crew partnered with ALPHV affiliates to encrypt victims; we saw no sign of any ransomware partner in this case.\n\nPellmont Foods, Inc."})
	if n := f.RecordCount(); n != nil {
		t.Errorf("records = %d, want none", *n)
	}
}

// TestSession12ResponderReport: an incident responder's report on a
// client's breach, in its own first person, signed by its researchers,
// names no victim of its own.
func TestSession12ResponderReport(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Anatomy of a weekend intrusion at a regional distributor",
		Text: "Summary\n\nIn May, Quillon Response was engaged by a regional distributor after its staff noticed an administrator account signing in at night. Over the next week we reconstructed an intrusion that began with a phishing call and ended with data stolen from file shares.\n\nWe attribute this intrusion to a financially motivated crew.\n\nMara Olsen, Principal Consultant, Incident Response\n\nDevi Khatri, Senior Threat Researcher, Quillon Labs"})
	if v := f.VictimNames(); len(v) > 0 {
		t.Errorf("victims = %q, want none", v)
	}
}

// TestSession12HitRecord: "hit record" in a title-cased headline is a
// total reaching a high, and a run of words the body writes in lower case
// is no organisation.
func TestSession12HitRecord(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Extortion-Site Listings Hit Record in Second Quarter as Gangs Multiply",
		Text: "Ransomware gangs added 2,130 victims to their extortion site listings between April and June, the most in any quarter so far, according to three threat intelligence firms.\n\nQilin posted the most, followed by Akira, INC Ransom and SafePay; LockBit listed 61, many of them recycled. Manufacturing was the most targeted sector.\n\nExtortion-site counts are an imperfect measure: they leave out victims that paid."})
	if v := f.VictimNames(); len(v) > 0 {
		t.Errorf("victims = %q, want none", v)
	}
	if n := f.RecordCount(); n != nil {
		t.Errorf("records = %d, want none", *n)
	}
}

// TestSession12OwnWorkforce: a message to "its approximately 2,900
// employees" counts the workforce; "its 2,900 employees whose data was
// taken" counts the people hit.
func TestSession12OwnWorkforce(t *testing.T) {
	x := New(nil)
	lead := "Item 1.05 Material Cybersecurity Incidents.\n\nOn May 4, 2026, Corrigan Marine Works, Inc. detected ransomware on servers supporting its boatyards and took systems offline. "
	f := x.Extract(Doc{Lang: "en", Title: "Current Report on Form 8-K", Text: lead + "On May 9, 2026, the Company sent a message to its approximately 3,400 employees regarding the incident."})
	if n := f.RecordCount(); n != nil {
		t.Errorf("workforce: records = %d, want none", *n)
	}
	f = x.Extract(Doc{Lang: "en", Title: "Current Report on Form 8-K", Text: lead + "The Company is notifying its approximately 3,400 employees whose personal data was taken."})
	if f.Records == nil || f.Records.Value != 3400 {
		t.Errorf("employees hit: records = %s, want 3400", evidence(f.Records))
	}
}

// TestSession12OtherSpeakersFigure: in a newsletter, another
// organisation's disclosed tally is not the lead story's count.
func TestSession12OtherSpeakersFigure(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Issue #52: Inside the raid on Pellmont Grocers",
		Text: "Good morning. Most of this issue is about one company.\n\nThe lead: Pellmont owns up\n\nPellmont Grocers has confirmed that attackers copied pharmacy and payroll files from its network in April. In a breach notice filed on Tuesday, the chain told regulators that 88,412 people had their data taken. That number covers pharmacy patients, loyalty members and staff; 9,120 of them also had bank details in the stolen files.\n\nElsewhere\n\nInsurer numbers. Harlow Mutual Insurance disclosed that 1.3 million policyholders were affected by the February intrusion."})
	if got := evidence(f.Records); f.Records == nil || f.Records.Value != 88412 {
		t.Errorf("records = %s, want 88412", got)
	}
}

// TestSession12ElsewhereGroups: the groups of a newsletter's items under
// "Elsewhere" are no attribution of its lead incident.
func TestSession12ElsewhereGroups(t *testing.T) {
	f := New(actors.Embedded()).Extract(Doc{Lang: "en", Title: "Issue #60: Inside Qilin's raid on Pellmont Grocers",
		Text: "The lead\n\nPellmont Grocers has confirmed what Qilin claimed last month: attackers copied pharmacy and payroll files from its network in April.\n\nElsewhere\n\nArrest in Porto. Prosecutors say a 28-year-old man deployed LockBit against at least 30 companies.\n\nLaw firm leak. Akira added a small accountancy in Bristol to its leak site on Monday."})
	if got := f.ActorNames(); !slices.Equal(got, []string{"Qilin"}) {
		t.Errorf("actors = %q, want [Qilin]", got)
	}
}

// TestSession12RuledOutInTheSameSentence: a group recalled as a partner in
// other attacks and ruled out for this one in the same sentence is only
// mentioned.
func TestSession12RuledOutInTheSameSentence(t *testing.T) {
	f := New(actors.Embedded()).Extract(Doc{Lang: "en", Title: "Akira claims attack on Pellmont Plastics",
		Text: "The Akira ransomware gang has claimed an attack on Pellmont Plastics and leaked part of the stolen data.\n\nAkira has been linked by researchers to attacks carried out with members of Scattered Spider against retailers last year, though there is no indication that Scattered Spider was involved in the Pellmont attack."})
	if got := f.ActorNames(); !slices.Equal(got, []string{"Akira"}) {
		t.Errorf("actors = %q, want [Akira]", got)
	}
}

// TestSession12JapaneseArmSiteName: a foreign brand's Japanese company
// writes itself in katakana; the page's own name spells the brand.
func TestSession12JapaneseArmSiteName(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "ja", Title: "当社オンラインストアへの不正アクセスに関するお詫び", URL: "http://127.0.0.1:8080/news/1",
		Site: "Hollvik Japan",
		Text: "このたび、当社が運営するオンラインストアにおいて第三者による不正アクセスが発生し、お客様の会員情報3,210件が閲覧された可能性があることが判明いたしました。\n\n以上\n\n【本件に関するお問い合わせ先】\nホルヴィク・ジャパン株式会社　お客様窓口"})
	if got := f.VictimNames(); !slices.Equal(got, []string{"Hollvik"}) {
		t.Errorf("victims = %q, want [Hollvik]", got)
	}
}

// TestSession12QuotedBrandCompany: a company named after the brand the
// text quotes (「そよかぜ」を運営するそよかぜフーズ) keeps the brand's letters
// the dictionary cut off.
func TestSession12QuotedBrandCompany(t *testing.T) {
	runVictimCases(t, []victimCase{{
		class: "a travel firm named after its quoted site, cut by the dictionary to a common word",
		lang:  "ja", title: "予約サイト「ほしぞら」に不正アクセス",
		text: "予約サイト「ほしぞら」を運営するほしぞらトラベル（福岡市）は8日、会員の氏名や電話番号など約4千件が流出した可能性があると発表した。",
		want: []string{"ほしぞらトラベル"},
	}})
}

// TestSession12KanjiReadAsVerb: an invented place whose second kanji the
// dictionary reads as a verb (北|織) still names a company and a city.
func TestSession12KanjiReadAsVerb(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a haulier named after an invented town",
			lang:  "ja", title: "北織運輸にランサム攻撃　配送先3200件流出か",
			text: "北織市の運送会社、北織運輸は12日、配車を管理するサーバーがランサムウェアに感染し、届け先の氏名や住所など約3200件が流出した可能性があると発表した。",
			want: []string{"北織運輸"},
		},
		{
			class: "a city's central library named without 立 is the city's office",
			lang:  "ja", title: "市の図書館システムに不正アクセス",
			text: "北織市は、図書館の予約システムが外部から不正にアクセスされ、利用者約6千人の個人情報が流出したおそれがあると発表しました。北織市中央図書館の館長は「おわび申し上げます」と話していました。",
			want: []string{"北織市"},
		},
		{
			class: "the invented city itself",
			lang:  "ja", title: "北織市の施設予約システムに不正アクセス",
			text: "北織市は、施設予約システムが外部から不正にアクセスされ、利用者約9千人の個人情報が流出したおそれがあると発表しました。",
			want: []string{"北織市"},
		},
	})
}

// TestSession12SettlementTerms: a settlement's list of terms is no digest
// of incidents; the organisation settling over its breach is the victim.
func TestSession12SettlementTerms(t *testing.T) {
	runVictimCases(t, []victimCase{{
		class: "an attorney general's settlement with an appositive and a bulleted list of obligations",
		lang:  "en", title: "Attorney General Reaches Settlement With Tutoring Company Over Exposed Records",
		text: "The Attorney General today announced a $600,000 settlement with Quillmoor Tutoring, Inc., a company that sells homework software to schools, resolving an investigation into a database that left the records of about 310,000 students exposed online.\n\nUnder the settlement, the company must also:\n\n• Delete student information it no longer needs to provide its services to schools;\n• Encrypt student information at rest and in transit across all of its systems;\n• Maintain a written information security program reviewed by its board every year;\n• Obtain an independent assessment of its security program every year for five years.",
		want: []string{"Quillmoor Tutoring"},
	}})
}

// TestSession12TotalInAll: the parts, then the whole "in all".
func TestSession12TotalInAll(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Notice of data security incident",
		Text: "Ferncliff Credit Union recently learned that an unauthorized party accessed two file servers. Our review found that the files contained personal information of 14,902 current and former members and 51 employees — 14,953 people in all."})
	if f.Records == nil || f.Records.Value != 14953 {
		t.Errorf("records = %s, want 14953", evidence(f.Records))
	}
}

// TestSession12ExplainerTitle: a law firm's guide to breach letters names
// no incident, whoever publishes it.
func TestSession12ExplainerTitle(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Received a breach notice? What it means and what to do next", Site: "Marrow Pike LLP — Insights",
		Text: "Marrow Pike LLP | Privacy & Data Security | August 2, 2026\n\nEvery year millions of people open a letter that begins \"Notice of Data Security Incident.\" Here is how to read one.\n\nWhy did I get this letter? State laws require businesses to notify people when their personal information is acquired without authorisation.\n\nWhat should I do today? Freeze your credit and turn on multi-factor authentication for your email."})
	if v := f.VictimNames(); len(v) > 0 {
		t.Errorf("victims = %q, want none", v)
	}
}

// TestSession12RevisedJapaneseCount: a final report's count under a
// heading that says whom it counts, the first report's estimate recalled
// as what it had announced (とお知らせしておりましたが).
func TestSession12RevisedJapaneseCount(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "ja", Title: "会員情報への不正アクセスに関する調査結果について（第3報）",
		Text: "当社が運営するポイントサービスの会員情報への不正アクセスにつきまして、調査が完了いたしました。\n\n１．流出が確認された会員数\n41万2,305名\n第1報では、可能性のある範囲として「最大約50万件」とお知らせしておりましたが、ログの精査の結果、上記の人数に確定いたしました。\n\n２．不正なポイント交換の被害\n不正なポイント交換が確認された会員：1,204名\n\n以上\n\nまつかぜポイント株式会社"})
	if f.Records == nil || f.Records.Value != 412305 {
		t.Errorf("records = %s, want 412305", evidence(f.Records))
	}
}

// TestSession12IncidentNamedAfterVictim: a law firm's heading names the
// incident after the company ("… Data Breach Investigation"); it is no
// fuller name of the company.
func TestSession12IncidentNamedAfterVictim(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Pellmont Dairy USA Data Breach Investigation", Site: "Harrow Vale LLP",
		Text: "Pellmont Dairy USA Data Breach Investigation\n\nHarrow Vale LLP, a national class action law firm, is investigating claims on behalf of people whose information was compromised in a data breach involving Pellmont Dairy USA, Inc.\n\nOn November 3, 2025, Pellmont Dairy USA filed a notice of data breach with the Attorney General of Maine. The breach affected 12,406 people."})
	for _, v := range f.VictimNames() {
		if strings.Contains(v, "Investigation") || strings.Contains(v, "Breach") {
			t.Errorf("victims = %q: the heading's incident words are no part of the name", f.VictimNames())
		}
	}
}
