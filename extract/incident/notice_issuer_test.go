package incident

import "testing"

// TestNoticeIssuerClasses checks notices that name their issuer only in
// the page's site name: a co-operative's legal form before its name, a
// Latin name with a Japanese legal form, a numbered notice with no
// pronoun, a status page's post-mortem. The organisations are invented.
func TestNoticeIssuerClasses(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "co-op notice saying 当生協, site with 生活協同組合 before the name",
			lang:  "ja", site: "生活協同組合コープみずほ",
			title: "宅配システムの障害について（第1報）",
			text:  "組合員の皆様へ\n\n当生協の宅配システムのサーバーがランサムウェアに感染しました。組合員約3万人分の氏名が流出した可能性があります。",
			want:  []string{"コープみずほ"},
		},
		{
			class: "numbered notice without a pronoun, Latin name with 株式会社",
			lang:  "ja", site: "KAEDE Foods株式会社",
			title: "不正アクセスに関する調査結果について（第2報）",
			text:  "2025年3月1日\n\n外部からの不正アクセスによりサーバーが暗号化されたことが判明しました。\n\n合計　最大1,204件",
			want:  []string{"KAEDE Foods"},
		},
		{
			class: "client's notice on a breach at its vendor: the client, not the vendor",
			lang:  "en", site: "Birchfield Eye Care",
			title: "Notice of Data Security Incident",
			text:  "We are writing to let you know about an incident at one of our service providers. Our clinic uses Quarry Claims, an outside company, to process insurance claims. On May 2, Quarry told us that an unauthorized party had accessed its systems and copied files that included information about our patients.",
			want:  []string{"Birchfield Eye Care"},
		},
		{
			class: "forum notice naming only the issuer's product",
			lang:  "en", site: "Larkhill Software Community",
			title: "Security incident affecting some Fernbook accounts",
			text:  "Hi all. I run security here and want to explain what happened this week.\n\nWhat happened\n\nOn June 3 we detected unusual API activity against the Fernbook sync service. An attacker had used a leaked token to download metadata for 4,210 Fernbook accounts.",
			want:  []string{"Larkhill Software"},
		},
		{
			class: "status page post-mortem in the first person",
			lang:  "en", site: "Quillbase Status",
			title: "Post-mortem: unauthorized exports from support tooling",
			text:  "Summary\nAn attacker used a stolen token to run bulk exports from our internal support tooling. The exports contained billing data.\n\nImpact\nIn total, 30,120 end-user records were exported.",
			want:  []string{"Quillbase"},
		},
		{
			class: "news story about a numbered notice names the company, not the outlet",
			lang:  "ja", site: "みなと経済新聞",
			title: "アオバ精機、不正アクセスで第2報",
			text:  "アオバ精機は10日、不正アクセスにより顧客情報約2千件が流出した可能性があると発表した。",
			want:  []string{"アオバ精機"},
		},
	})
}

// TestNoticeIssuerRecords checks that a notice whose issuer comes from its
// site name keeps its figure: a 合計 line, 万千 and 人分 forms.
func TestNoticeIssuerRecords(t *testing.T) {
	x := New(nil)
	for _, tt := range []struct {
		class, lang, site, title, text string
		want                           int64
	}{
		{"合計 line", "ja", "KAEDE Foods株式会社", "ランサムウェア被害に関する調査結果について（第3報）",
			"外部専門機関による調査が完了しました。\n\n１．流出の可能性がある情報\n・お客様の氏名、住所\n合計　最大12,345件", 12345},
		{"約N万N千人分", "ja", "生活協同組合コープみずほ", "個人情報流出の可能性について（第1報）",
			"当生協のサーバーがランサムウェアに感染しました。組合員約3万4千人分の氏名、住所が流出した可能性があります。", 34000},
		{"In total line of a post-mortem", "en", "Quillbase Status", "Post-mortem: unauthorized exports",
			"An attacker used a stolen token to run exports from our internal support tooling.\n\nImpact\nIn total, 30,120 end-user records were exported.", 30120},
		{"a figure under its notice's heading", "en", "Corvid Hosting Trust Center", "Customer advisory: unauthorized access to the billing portal",
			"On May 2 we detected an unauthorized actor in our billing portal.\n\nWho is affected\n7,402 portal user accounts belonging to 1,210 customer organizations.\n\nWhat we have done\nWe revoked every session.", 7402},
	} {
		got := x.Extract(Doc{Lang: tt.lang, Title: tt.title, Text: tt.text, Site: tt.site}).RecordCount()
		if got == nil || *got != tt.want {
			t.Errorf("%s: records = %v, want %d", tt.class, deref(got), tt.want)
		}
	}
}

// TestPeriodReportHasNoCount checks that a report on a period's incidents
// (a quarter, a half-year) gives no record count: its headline figure
// counts victims or incidents. The figures are invented.
func TestPeriodReportHasNoCount(t *testing.T) {
	x := New(nil)
	for _, tt := range []struct{ lang, title, text string }{
		{"en", "Q3 2025 extortion report: postings down 6%", "Extortion groups posted 1,204 victims to leak sites in the third quarter of 2025, down 6% on the second."},
		{"en", "Leak-site activity in H1 2025: 2,310 victims posted", "Groups listed 2,310 victims in the first half, our count shows."},
		{"ja", "令和6年下半期のサイバー攻撃被害、204件", "警察庁のまとめによると、下半期のランサムウェア被害は204件で、前期から増えた。"},
	} {
		if got := x.Extract(Doc{Lang: tt.lang, Title: tt.title, Text: tt.text}).RecordCount(); got != nil {
			t.Errorf("%q: records = %d, want none", tt.title, *got)
		}
	}
}

// TestRevisedAndIncludedCounts checks which figure is the incident's total
// when a notice revises an earlier one or says one listed figure is part
// of another. The organisations and figures are invented.
func TestRevisedAndIncludedCounts(t *testing.T) {
	x := New(nil)
	for _, tt := range []struct {
		class, lang, title, text string
		want                     int64
	}{
		{"revised down after an earlier notice", "ja", "アオバ精機、個人情報流出の調査結果を公表",
			"アオバ精機は、第1報では流出の可能性がある顧客を約6万人と発表していましたが、調査の結果、重複を除いた4万1,002人分と判明したと発表した。", 41002},
		{"revised up, former members in the description", "ja", "コープみずほ、不正アクセスの調査結果（第2報）",
			"コープみずほは、第1報で約2万人とお知らせしましたが、調査の結果、過去に退会された方を含む5万1,230人分の情報が流出した可能性があると発表した。", 51230},
		{"initial estimate superseded in English", "en", "Dunmore Communications revises breach total",
			"Dunmore Communications initially said about 60,000 customers were affected by the breach. A forensic review has since found that the data of 41,002 customers was stolen.", 41002},
		{"listed item said to be inside another", "ja", "アオバ精機、通販サイトに不正アクセス",
			"アオバ精機は、通販サイトへの不正アクセスにより個人情報が漏えいした可能性があると発表した。\n\n1.漏えいの可能性がある情報\n(1)2024年5月以降に決済されたお客様のクレジットカード情報 3,210件\n(2)会員登録されたお客様の氏名、住所、メールアドレス 9,876件\n※(1)のお客様は(2)に含まれます。", 9876},
	} {
		got := x.Extract(Doc{Lang: tt.lang, Title: tt.title, Text: tt.text}).RecordCount()
		if got == nil || *got != tt.want {
			t.Errorf("%s: records = %v, want %d", tt.class, deref(got), tt.want)
		}
	}
}

// TestDigestHeadlineNamingOneItem checks that a headline calling the
// article a digest makes it no single incident even when it names one of
// its items. The organisations are invented.
func TestDigestHeadlineNamingOneItem(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en",
		Title: "Weekly roundup: Dunmore Communications breach, a new phishing kit and more",
		Text:  "Dunmore Communications said hackers stole 41,002 customer records. Elsewhere, researchers described a phishing kit aimed at banks."})
	if v := f.VictimNames(); len(v) != 0 {
		t.Errorf("victims = %q, want none for a digest", v)
	}
}

// TestInitialismInHeadline checks that a headline's initialism names the
// organisation the body gives in full, after it: capitals only, or with a
// joining word's small letter (TfL). The organisations are invented.
func TestInitialismInHeadline(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "initialism with a joining word's small letter",
			lang:  "en", title: "WfC data breach exposes members' details",
			text: "Walkers for Charity, a fundraising group, said hackers stole records of its members from its donor database.",
			want: []string{"Walkers for Charity"},
		},
		{
			class: "capitals-only initialism before the full name",
			lang:  "en", title: "KRH hit by ransomware attack",
			text: "Kestrel Ridge Hospital said a ransomware attack forced it to divert ambulances. Kestrel Ridge Hospital has notified patients.",
			want: []string{"Kestrel Ridge Hospital"},
		},
	})
}

// TestDisownedOtherIncident checks that a name the article sets apart
// from its incident ("had nothing to do with the attack on X") is not its
// victim, even when named early. The organisations are invented.
func TestDisownedOtherIncident(t *testing.T) {
	runVictimCases(t, []victimCase{{
		class: "other incident disowned in the lead",
		lang:  "en", title: "Phishing at Larchmont college exposed applicants' data",
		text: "Larchmont Community College says an attacker who phished an admissions employee read the mailbox, exposing details of about 2,000 applicants. The college stressed that the incident had nothing to do with the ransomware attack on Larchmont Unified School District, which disclosed in March that data had been stolen.",
		want: []string{"Larchmont Community College"},
	}})
}
