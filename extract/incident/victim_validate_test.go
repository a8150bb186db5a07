package incident

import (
	"strings"
	"testing"
)

// TestVictimValidator checks names no victim can be, whichever route
// proposes them: headings and labels of filings, advisories' own names,
// laws, programmes, places, legislatures and generic phrases. The
// organisations, places and figures are invented.
func TestVictimValidator(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "filing: registrant's name on the line above its caption, headings are no names",
			lang:  "en", title: "Form 8-K — Item 1.05 Material Cybersecurity Incidents",
			text: "FORM 8-K\nCURRENT REPORT\nTALLOWAY MILLS, INC.\n(Exact name of registrant as specified in its charter)\nIowa | 001-22222 | 11-2223334\n\nItem 1.05 Material Cybersecurity Incidents.\n\nOn March 3, 2025, the Company detected unauthorized activity on its network and took systems offline. The Company has notified law enforcement.",
			want: []string{"Talloway Mills"},
		},
		{
			class: "filing amendment: the issuer the text defines as the Company",
			lang:  "en", title: "Form 8-K/A (Amendment No. 1)",
			text: "Explanatory Note. This Amendment No. 1 amends the Current Report on Form 8-K filed by Quennel Brands, Inc. (the \"Company\") on March 7, 2025 to provide an update on the cybersecurity incident. The Company has determined that files of about 9,000 employees were taken.",
			want: []string{"Quennel Brands"},
		},
		{
			class: "holding company named by its group",
			lang:  "en", title: "Ostrava Tooling Holdings discloses ransomware attack",
			text: "Ostrava Tooling Holdings, Inc. said on Monday that a ransomware attack had disrupted production at two of its plants.",
			want: []string{"Ostrava Tooling"},
		},
		{
			class: "an advisory's own name is no victim",
			lang:  "en", title: "HX9 Sector Alert: Voice Phishing Against Help Desks",
			text: "HX9 has received reports of callers posing as employees to have passwords reset. Organisations should verify callers before resetting credentials.",
			want: nil,
		},
		{
			class: "a law a report cites is no victim",
			lang:  "en", title: "Health breaches rose in the first half",
			text: "Reported health data breaches rose 12% in the first half, according to the federal portal. Notices took 70 days on average, against the 60-day limit in the HIPAA breach notification rule.",
			want: nil,
		},
		{
			class: "a legislature debating a bill is no victim",
			lang:  "en", title: "Senate panel backs shorter breach notice deadline",
			text: "A state Senate committee voted 5-2 on Tuesday to shorten the time companies have to tell residents about a data breach. The bill now goes to the full Senate.",
			want: nil,
		},
		{
			class: "a generic phrase a headline capitalises, the body's full name wins",
			lang:  "en", title: "Transit authority says rider data exposed",
			text: "The Grell Valley Transit Authority says names and card numbers of 2,310 riders were exposed after an intruder accessed its fare system. The Grell Valley Transit Authority has notified the riders.",
			want: []string{"Grell Valley Transit Authority"},
		},
		{
			class: "a city used to describe the company is no victim, the headline's name is",
			lang:  "en", title: "Gang claims attack on Pellham Forge",
			text: "A ransomware gang has claimed responsibility for last month's attack on the Brackton forging group, a maker of axles for rail cars.",
			want: []string{"Pellham Forge"},
		},
		{
			class: "& Co is part of a name",
			lang:  "en", title: "Fennick Marlowe & Co. says client files accessed",
			text: "Fennick Marlowe & Co. said an intruder accessed files holding clients' tax records. Fennick Marlowe & Co. has notified 2,100 clients.",
			want: []string{"Fennick Marlowe & Co"},
		},
		{
			class: "Japanese: a company's name opening with kanji numerals is whole",
			lang:  "ja", title: "四ツ谷化成、ランサムウェア被害で工場停止",
			text: "樹脂部品メーカーの四ツ谷化成は、ランサムウェア攻撃を受け、サーバーのデータが暗号化されたと発表した。",
			want: []string{"四ツ谷化成"},
		},
		{
			class: "Japanese: a public insurance programme is no victim",
			lang:  "ja", title: "国民健康保険の加入者情報が流出",
			text: "国民健康保険の加入者情報を記録したファイルが外部から閲覧できる状態になっていた。",
			want: nil,
		},
	})
}

// TestPlausibleVictim checks the name checks on their own.
func TestPlausibleVictim(t *testing.T) {
	tests := []struct {
		name, text string
		ja         bool
		want       bool
	}{
		{"Current Report", "", false, false},
		{"Material Cybersecurity Incidents", "", false, false},
		{"Water authority", "", false, false},
		{"Bank of Wexmoor", "", false, true},
		{"Texas", "", false, false},
		{"New Jersey", "", false, false},
		{"Harlan", "The plant in Harlan, Ky. was shut.", false, false},
		{"Harlan", "Harlan said its plant was shut.", false, true},
		{"GDPR", "", false, false},
		{"Data Protection Act", "", false, false},
		{"Senate", "", false, false},
		{"30-day", "", false, false},
		{"介護保険", "", true, false},
		{"みなと生命保険", "", true, true},
		{"個人情報保護法", "", true, false},
		{"市議会", "", true, false},
		{"北浜精工", "", true, true},
		{"HR", "claiming to hold HR files and NDAs", false, false},
		{"学習支援クラウドサービス", "", true, false},
		{"予約管理システム", "", true, false},
		{"みずほ旅行サービス", "", true, true},
		{"PII", "", false, false},
		{"Board of County Commissioners", "", false, false},
		{"IBM", "", false, true},
	}
	for _, tt := range tests {
		if got := plausibleVictim(tt.name, tt.text, tt.ja, false); got != tt.want {
			t.Errorf("plausibleVictim(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCountryUnit checks that a unit named for its country goes under the
// company's name, and that names that only end in a country stay whole.
func TestCountryUnit(t *testing.T) {
	for in, want := range map[string]string{
		"Umezawa Seiko America": "Umezawa Seiko",
		"Kestrel Foods UK":      "Kestrel Foods",
		"Bank of America":       "Bank of America",
		"Air Japan":             "Air Japan",
		"Latin America":         "Latin America",
	} {
		if got := dropCountryUnit(in); got != want {
			t.Errorf("dropCountryUnit(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"オスターホルト・ジャパン": "オスターホルト", "エア・ジャパン": "エア・ジャパン", "日本航空": "日本航空"} {
		if got := dropJaCountryUnit(in); got != want {
			t.Errorf("dropJaCountryUnit(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestJapaneseHonorific checks that a polite ending is no part of a name.
func TestJapaneseHonorific(t *testing.T) {
	for in, want := range map[string]string{"北斗精機様": "北斗精機", "みどり商会御中": "みどり商会", "北斗精機": "北斗精機"} {
		if got, _ := canonJapanese(in, map[string]bool{}, map[string]bool{}); got != want {
			t.Errorf("canonJapanese(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestKindsOfInstitutionAreNoName checks that kinds of institution joined
// by ・ (中学校・高等学校), which a hiragana name before them can leave
// standing alone, are never a victim's name.
func TestKindsOfInstitutionAreNoName(t *testing.T) {
	for _, name := range []string{"中学校・高等学校", "小学校・中学校", "病院・診療所"} {
		if plausibleJapaneseVictim(name, true) {
			t.Errorf("%s read as a victim's name", name)
		}
	}
	for _, name := range []string{"みずなら中学校・高等学校", "さくら病院"} {
		if !plausibleJapaneseVictim(name, false) {
			t.Errorf("%s not read as a victim's name", name)
		}
	}
}

// TestWireDateline checks that a wire release's dateline city is read as
// a place, not a name.
func TestWireDateline(t *testing.T) {
	text := "PORTLAND, Ore.--(GLOBE WIRE)--Tessmere Analytics, Inc. today provided an update."
	if !placeInText("PORTLAND", text) {
		t.Error("the wire dateline's city is not taken for a place")
	}
	if placeInText("Tessmere Analytics", text) {
		t.Error("the company after the dateline is taken for a place")
	}
	if placeInText("Brayford County", "BRAYFORD COUNTY, Ind. — On Sunday the County detected unusual activity.") {
		t.Error("a county in its own dateline is taken for a mere place")
	}
}

// TestLawFirmIsNoVictim checks a class-action firm's page on another's
// breach: the firm investigates claims, the breached body is the victim.
func TestLawFirmIsNoVictim(t *testing.T) {
	x := New(nil)
	f := x.Extract(Doc{Lang: "en", Title: "Data Breach Investigation",
		Text: "Holloway Pratt LLP, a national consumer class action firm, is investigating potential claims on behalf of individuals whose information was exposed. " +
			"Holloway Pratt LLP is also reviewing whether affected individuals may be entitled to compensation. " +
			"Beginning on April 11, 2025, Brayford County began sending notice letters to approximately 37,412 people whose information was involved in a cyberattack on the county's network."})
	for _, v := range f.VictimNames() {
		if strings.Contains(v, "Holloway") {
			t.Errorf("victims = %q: the law firm is no victim", f.VictimNames())
		}
	}
}

// TestDefinedCompany checks that a release's defined term "the Company"
// stands for the name it defines, and that text without a definition is
// left alone.
func TestDefinedCompany(t *testing.T) {
	in := `Tessmere Analytics, Inc. (NYSE: TSMR) ("Tessmere" or the "Company") today gave an update. On March 3, the Company detected unauthorized activity.`
	want := `Tessmere Analytics, Inc. (NYSE: TSMR) ("Tessmere" or the "Company") today gave an update. On March 3, Tessmere Analytics detected unauthorized activity.`
	if got := definedCompany(in); got != want {
		t.Errorf("definedCompany = %q, want %q", got, want)
	}
	plain := "The company said the Company Store was closed."
	if got := definedCompany(plain); got != plain {
		t.Errorf("definedCompany changed a text without a definition: %q", got)
	}
}

// TestLetterheadStopsAtContact checks that an issuer line running on into
// its contact line (株式会社〇〇お問い合わせ：…) names only the issuer.
func TestLetterheadStopsAtContact(t *testing.T) {
	x := New(nil)
	f := x.Extract(Doc{Lang: "ja", Title: "不正アクセスによる個人情報流出に関するお詫びとお知らせ",
		Text: "このたび、弊社が運営するオンラインストアが第三者による不正アクセスを受け、お客様のクレジットカード情報が流出した可能性があることが判明いたしました。\n\n深くお詫び申し上げます。\n\n株式会社つばめ堂お問い合わせ:0120-000-111(平日10時~16時)"})
	if got := f.VictimNames(); len(got) != 1 || got[0] != "つばめ堂" {
		t.Errorf("victims = %q, want [つばめ堂]", got)
	}
}

// TestCityNoticeOnItsOwnSite checks a city's notice that says only 本市,
// its breach some way into the sentence, on a site named for the city.
func TestCityNoticeOnItsOwnSite(t *testing.T) {
	x := New(nil)
	f := x.Extract(Doc{Lang: "ja", Site: "北浜市",
		Title: "市ホームページの申請フォームへの不正アクセスによる個人情報の流出について",
		Text:  "本市のホームページで運用している「市民向け各種申請フォーム」が外部から不正アクセスを受け、フォームから送信された個人情報が流出した可能性があることが判明しました。\n\n市民の皆様に多大なご迷惑とご心配をおかけし、深くお詫び申し上げます。"})
	if got := f.VictimNames(); len(got) != 1 || got[0] != "北浜市" {
		t.Errorf("victims = %q, want [北浜市]", got)
	}
}

// TestFullInstitutionName checks that a body's short name takes the full
// name the text writes for it.
func TestFullInstitutionName(t *testing.T) {
	text := "Hollin Unified School District said on Monday ... Hollin Unified has notified families."
	if got := fullInstitutionName("Hollin Unified", text); got != "Hollin Unified School District" {
		t.Errorf("fullInstitutionName = %q", got)
	}
	if got := fullInstitutionName("Hollin Unified", "Hollin Unified has notified families."); got != "Hollin Unified" {
		t.Errorf("fullInstitutionName without a full name = %q", got)
	}
}

// TestStatusPageProvider checks a provider's status page, which names
// itself only in its site name and says "we" of its customers' accounts;
// and a blog's first person, which is no provider's.
func TestStatusPageProvider(t *testing.T) {
	x := New(nil)
	page := Doc{Lang: "en", Site: "Tessly Status", Title: "Unauthorized access to a subset of customer accounts",
		Text: "We have completed our investigation. Between November 8 and November 10, an attacker used passwords leaked from other services to sign in to customer accounts. In total, 640 customer accounts were accessed. We have reset the passwords of every affected account and notified the account owners by email."}
	if got := x.Extract(page).VictimNames(); len(got) != 1 || got[0] != "Tessly" {
		t.Errorf("victims = %q, want [Tessly]", got)
	}
	blog := Doc{Lang: "en", Site: "Packet Notes", Title: "Unauthorized access to a subset of customer accounts",
		Text: "We think this is a useful reminder. Between November 8 and November 10, an attacker used passwords leaked from other services to sign in to customer accounts at an unnamed provider. We would turn on two-factor authentication everywhere."}
	if got := x.Extract(blog).VictimNames(); len(got) != 0 {
		t.Errorf("victims = %q, want none", got)
	}
}

// TestJapaneseStatusPage checks a provider's Japanese status page: the
// site's name with ステータス after it, a notice headline on a breach, and
// no name in the text.
func TestJapaneseStatusPage(t *testing.T) {
	x := New(nil)
	f := x.Extract(Doc{Lang: "ja", Site: "クマバチワークス ステータス", Title: "一部アカウントへの不正ログインについて",
		Text: "調査が完了しましたのでご報告いたします。パスワードリスト型攻撃が行われ、一部のお客様アカウント（215件）に第三者がログインしていたことを確認しました。\n\n該当するお客様には個別にメールでご連絡し、パスワードを初期化いたしました。"})
	if got := f.VictimNames(); len(got) != 1 || got[0] != "クマバチワークス" {
		t.Errorf("victims = %q, want [クマバチワークス]", got)
	}
	if f.RecordCount() == nil || *f.RecordCount() != 215 {
		t.Errorf("records = %v, want 215", f.RecordCount())
	}
}

// TestExposedDatabaseOwner checks a researcher's report of an exposed
// database: the product it runs on is no victim, its owner is.
func TestExposedDatabaseOwner(t *testing.T) {
	x := New(nil)
	f := x.Extract(Doc{Lang: "en", Title: "Unprotected Elasticsearch database exposed 3.4 million Brindle Fitness workout records",
		Text: "An Elasticsearch database belonging to Brindle Fitness, a fitness tracking app, was left open to the internet without a password. " +
			"The Elasticsearch cluster held 3.4 million records, including names, email addresses and workout locations. Brindle Fitness secured the database after being contacted."})
	for _, v := range f.VictimNames() {
		if v == "Elasticsearch" {
			t.Errorf("victims = %q: the database product is no victim", f.VictimNames())
		}
	}
}
