package incident

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/breachwire/breachwire/extract/actors"
)

// TestSession17JapaneseNames: 日 opening a kanji name is not Japan's
// abbreviation (日|向|製菓), a shop's name ending in や keeps its kana
// however the dictionary cut them (こと|り|や|商会), a municipal school's
// place name between 市立 and its ordinal stays with it, and 〇〇において
// opens the exposure that happened there, unless 〇〇 is the vendor whose
// service the writer uses.
func TestSession17JapaneseNames(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "日 opening a kanji company name",
			lang:  "ja", title: "日渚運輸、配送伝票約8千件分が流出か",
			text: "日渚運輸（日渚市）は4日、配車管理サーバーがランサムウェアに感染し、配送伝票約8000件分の氏名や住所が外部に流出した恐れがあると発表した。\n\n同社によると、攻撃者は特定できていない。",
			want: []string{"日渚運輸"},
		},
		{
			class: "a country before a kind of business stays cut",
			lang:  "ja", title: "米物流大手に不正アクセス",
			text: "米物流大手フェアロウ・ロジスティクス（Fairlow Logistics）は3日、社内システムが不正アクセスを受け、顧客情報が流出した可能性があると発表した。",
			want: []string{"Fairlow Logistics"},
		},
		{
			class: "the operator of the site, in hiragana ending in や",
			lang:  "ja", title: "雑貨通販サイトでカード情報流出か",
			text: "雑貨の通販サイトが不正アクセスを受け、決済画面が改ざんされていたことがわかった。\n\n同サイトを運営するはるかぜや商会によれば、決済システムの脆弱性を突かれ、決済画面が改ざんされたという。顧客最大5210人の氏名やカード情報が漏えいした可能性がある。",
			want: []string{"はるかぜや商会"},
		},
		{
			class: "the operator of a file-sharing site where the data turned up is no victim",
			lang:  "ja", title: "あおば商事、顧客情報約2万人分が流出",
			text: "あおば商事は10日、顧客約2万人分の個人情報が外部に流出したと発表した。\n\n流出したデータはファイル共有サイト「メガドロップ」で公開されていた。同サイトを運営するメガドロップ社は、指摘を受けてファイルを削除したという。",
			want: []string{"あおば商事"},
		},
		{
			class: "a city school named with its place and ordinal",
			lang:  "ja", title: "中学校で生徒情報が閲覧可能に",
			text: "更新日：2025年6月2日\n\n浜椿市立浜椿第三中学校において、クラウドストレージの共有設定に誤りがあり、生徒の成績を含むファイルが第三者から閲覧可能な状態となっていたことが判明しました。",
			want: []string{"浜椿市立浜椿第三中学校"},
		},
		{
			class: "において with an exposed database",
			lang:  "ja", title: "米予約アプリのDBが公開状態に",
			text: "予約アプリ「Tablewing」を展開する米ベルカント・ラボ（Belcanto Labs）において、利用者の予約履歴を含むデータベースが、認証なしでインターネット上から閲覧可能な状態となっていたことがわかった。",
			want: []string{"Belcanto Labs"},
		},
		{
			class: "において naming the vendor the writer uses",
			lang:  "ja", title: "予約システム提供会社における不正アクセスについて",
			text: "当館が予約受付に利用している、海外の予約システム提供会社ブックリーフ（Bookleaf）において、第三者による不正アクセスが発生し、当館をご利用のお客様の情報が流出したとの報告を受けました。\n\n対象となるお客様には、当館から順次ご連絡しております。\n\nお問い合わせ先\n松籟館　予約係　電話 0000-12-3456",
			site: "松籟館",
			want: []string{"松籟館"},
		},
	})
}

// TestSession17Counts: a day written before its month is no count, a
// sentence that opens on the whole to say which part was touched gives no
// count of the whole, a count over "current and ex-staff" counts staff,
// thieves who "waltzed off with" records took them, a date range before a
// count is no daily rate, and customers told of a theft of funds when no
// personal data went are no records.
func TestSession17Counts(t *testing.T) {
	x := New(nil)
	for _, tc := range []struct {
		lang, title, text string
		want              int64
	}{
		{
			lang: "en", title: "Update on the incident affecting our leisure centre bookings",
			text: "On 14 October we told members that someone without permission had accessed our online booking system. This page sets out what we know now.\n\nWhat we know\n\nWe first said that the details of 5,150 members were held in the affected part of the system. Having completed a full review, we can confirm that the information of 5,204 members was accessible.",
			want: 5204,
		},
		{
			lang: "en", title: "A letter to our Rewards members",
			text: "On 3 June we discovered that criminals had accessed our customer database.\n\nThe criminals copied a file holding the names and email addresses of 48,115 members. Of our 2.2 million Rewards members, only those who joined before 2019 were in the file.",
			want: 48115,
		},
		{
			lang: "en", title: "Crooks swipe staff files from ferry operator",
			text: "A ferry operator has admitted that crooks waltzed off with personal records belonging to some 1,850 current and ex-staff after a ransomware gang posted about it online.",
			want: 1850,
		},
		{
			lang: "ja", title: "申込フォームにおける個人情報の閲覧可能状態について（お詫び）",
			text: "記\n\n1　閲覧可能となっていた情報\n令和7年5月1日から8月31日までに申込みのあった2,418名分の氏名、住所、電話番号\n\n以上",
			want: 2418,
		},
		{
			lang: "ja", title: "暗号資産の不正流出に関するお知らせ",
			text: "弊社のホットウォレットから暗号資産が不正に流出したことを検知いたしました。\n\n現時点でお客様の個人情報の流出は確認されておりません。\n\n約52万口座のお客様には、最新情報をメールにて順次お知らせいたします。",
			want: 0,
		},
	} {
		wantRecords(t, x.Extract(Doc{Lang: tc.lang, Title: tc.title, Text: tc.text}), tc.want, tc.text)
	}
}

// TestSession17EnglishVictims: a title-cased headline's kind of business
// before a name is cut when the body writes the name alone, and a notice
// headed "Cyber incident update: …" that says only "we" is its issuer's.
func TestSession17EnglishVictims(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "kind of business in a title-cased headline",
			lang:  "en", title: "Bakery Chain Hollins & Crewe Hit by Akira Ransomware",
			text: "British bakery retailer Hollins & Crewe has confirmed a cyberattack after the Akira gang listed it on its leak site.\n\nThe company said some systems were taken offline.",
			want: []string{"Hollins & Crewe"},
		},
		{
			class: "own update that says we",
			lang:  "en", title: "Cyber incident update: what customers should know",
			url:  "https://www.marlowfen-energy.example/incident",
			site: "Marlowfen Energy",
			text: "Last updated: 4 March 2026\n\nYour supply is not affected.\n\nWhat happened\nOn 20 February we found that a criminal group had gained access to part of our billing network. We isolated the affected systems.",
			want: []string{"Marlowfen Energy"},
		},
	})
}

// TestSession17NamesakeIncident: a group that hit a namesake of the victim
// in another incident is only mentioned.
func TestSession17NamesakeIncident(t *testing.T) {
	x := New(actors.Embedded())
	text := "Personal details of people who applied for parking permits may have been seen by a hacker, Ashmere District Council has admitted.\n\n" +
		"The council said an unauthorised third party reached the permit portal between 2 and 6 May. Details of 1,240 applicants were held in the affected part of the system.\n\n" +
		"Council leader Jo Pell said: \"We shut the portal down as soon as the problem was spotted.\"\n\n" +
		"The incident comes a month after Ashmere Water, which supplies the district, was hit by a ransomware attack claimed by the Play gang. A council spokesperson said there was nothing to suggest the two were linked."
	if got := x.Extract(Doc{Lang: "en", Title: "Council says permit applicants' details exposed", Text: text}).ActorNames(); !slices.Equal(got, []string(nil)) {
		t.Errorf("actors = %q, want none", got)
	}
}

// TestSession17NamesFromPages: a town's paper is no fuller name of the
// town, which "the city of Wexbury" names as a municipality; "The
// University of X" keeps its kind when the headline says "X uni"; a region
// before a kind of business ("a big Nordic retailer") is no name.
func TestSession17NamesFromPages(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "the town's paper and the city of X",
			lang:  "en", title: "Ashcombe says hackers stole residents' data in ransomware attack",
			text: "The city of Ashcombe has begun mailing letters to residents whose personal information was stolen when hackers broke into city computer systems last month, officials said.\n\n" +
				"Information belonging to 4,120 residents was taken from servers used by the billing office.\n\n" +
				"Nell Varga covers local government for The Ashcombe Courier.",
			want: []string{"City of Ashcombe"},
		},
		{
			class: "university of X with a headline's short form",
			lang:  "en", title: "Tarrow uni confirms crooks made off with student records",
			text: "The University of Tarrow has finally admitted that crooks who broke into its network over the summer walked off with personal data belonging to about 18,000 students and staff.\n\n" +
				"The university's notice says the data was copied from its systems. The uni said it did not pay a ransom.",
			want: []string{"University of Tarrow"},
		},
		{
			class: "a region before a kind of business",
			lang:  "en", title: "Retailer breach: loyalty members exposed (what it means for you)",
			text: "Our take: This week's breach at a big Nordic retailer is a reminder that marketing databases are weak links.\n\n" +
				"Danish homewares retailer Holm & Vester has confirmed that personal data of 240,000 members of its loyalty club was stolen.",
			want: []string{"Holm & Vester"},
		},
	})
}

// TestSession17JapaneseForms: a headline's name that runs a description
// into a katakana name is the name the body writes (米クラウド会計〇〇 over
// 〇〇（Latin）), a unit's words between a kind of business and the legal
// form stay in the unit's name, a contact line's customer desk names the
// issuer of a notice that names it nowhere else, and 〇〇市教委 is the
// board of education in full.
func TestSession17JapaneseForms(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "headline description run into the name",
			lang:  "ja", title: "米給与計算ペイブルック、80万人分の情報流出か",
			text: "【シカゴ=木村】米給与計算ソフト大手のペイブルック（Paybrook）は2日、外部からの不正アクセスにより顧客企業の従業員約80万人分の個人情報が流出した可能性があると発表した。",
			want: []string{"Paybrook"},
		},
		{
			class: "a unit's words before the legal form",
			lang:  "ja", title: "当社子会社へのランサムウェア攻撃に関するお知らせ（第2報）",
			text: "当社の連結子会社であるカモメ電機テクノサービス株式会社が、第三者によるランサムウェア攻撃を受けた件につきまして、調査結果をお知らせいたします。\n\n以上\n\n本件に関するお問い合わせ先\nカモメ電機株式会社　広報部",
			want: []string{"カモメ電機"},
		},
		{
			class: "issuer named only before its customer desk",
			lang:  "ja", title: "メール誤送信によるお客様メールアドレス流出についてのお詫び",
			text: "このたび、当社よりお客様へ送信したご案内メールにおいて、他のお客様のメールアドレスが表示される状態で送信する誤りが発生いたしました。\n\n" +
				"当該メールを受信されたお客様312名のメールアドレスが、受信者全員に表示される状態となりました。\n\n本件に関するお問い合わせ\nツバメ観光バス　お客様窓口　0120-000-111",
			want: []string{"ツバメ観光バス"},
		},
	})
	x := New(actors.Embedded())
	f := x.Extract(Doc{Lang: "ja", Title: "教員アカウントに不正アクセス、スパム約2万件送信 - 大学",
		Text: "鷹ノ台学院大学は、教員1人のメールアカウントが不正アクセスを受け、スパムメールの送信に悪用されたことを明らかにした。メールボックス内には学生など842人の個人情報が含まれていた。"})
	wantRecords(t, f, 842, "spam sent is no count")
	f = x.Extract(Doc{Lang: "ja", Title: "学術機関を狙ったスピアフィッシング",
		Text: "当社は、このキャンペーンをMirrorFaceによるものと高い確度で評価しています。一部の研究者はAPT10との関連を指摘していますが、本キャンペーンについてはそれを裏付ける材料は確認されていません。"})
	if got := f.ActorNames(); !slices.Equal(got, []string{"MirrorFace"}) {
		t.Errorf("actors = %q, want [MirrorFace]", got)
	}
}

// TestSession17LongSentences: a run-on sentence is read in pieces no longer
// than maxSentence, cut at a comma or a space, losing no word; the facts of
// its opening still come out.
func TestSession17LongSentences(t *testing.T) {
	var b strings.Builder
	b.WriteString("Hackers stole the records of 52,300 customers from Quillmere Bank, and the victims named on the leak site include ")
	for i := range 3000 {
		fmt.Fprintf(&b, "Company %d Inc, ", i)
	}
	b.WriteString("and others.")
	long := b.String()
	pieces := chopLong(long)
	if len(pieces) < 2 {
		t.Fatalf("a %d-byte sentence was not cut", len(long))
	}
	for _, p := range pieces {
		if len(p) > maxSentence {
			t.Errorf("piece of %d bytes, over %d", len(p), maxSentence)
		}
	}
	if got := strings.Join(strings.Fields(strings.Join(pieces, " ")), " "); got != strings.Join(strings.Fields(long), " ") {
		t.Errorf("the pieces do not make up the sentence")
	}
	f := New(nil).Extract(Doc{Lang: "en", Title: "Quillmere Bank confirms data theft", Text: long})
	wantRecords(t, f, 52300, "run-on sentence")
	ja := strings.Repeat("顧客情報の一部が流出した可能性があり、", 200)
	for _, p := range chopLong(ja) {
		if len(p) > maxSentence || !utf8.ValidString(p) {
			t.Errorf("Japanese piece of %d bytes (valid UTF-8: %v)", len(p), utf8.ValidString(p))
		}
	}
}

// TestSession17ReviewGuards pins what a review of the session's rules found
// over-matching: a firm named after its town stays a firm; "Of our 12,400
// affected members" is the toll; the verb "may" after a figure is no month;
// a contact line's "本件に関する" desk names no one; a platform where the data
// turned up, or a service the writer uses, is not where the breach happened;
// "流出は確認されておりませんが" is no denial of a count.
func TestSession17ReviewGuards(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a resort named after its town",
			lang:  "en", title: "Marlow Bay resort says hackers took guest data",
			text: "Marlow Bay said hackers accessed its booking system and took the details of 8,200 guests. The resort operator, named after the town of Marlow Bay where it opened in 1962, is writing to those affected.",
			want: []string{"Marlow Bay"},
		},
		{
			class: "a service the writer uses, in quotes",
			lang:  "ja", title: "共有リンクの設定不備に関するお知らせ",
			text: "ひばり旅行株式会社\n\n当社が利用するクラウドサービス「ストアボックス」において、共有リンクの設定が公開状態となっていたことが判明しました。お客様約1,200名の氏名が閲覧可能な状態でした。",
			site: "ひばり旅行",
			want: []string{"ひばり旅行"},
		},
		{
			class: "a club's place name before its nickname is its name",
			lang:  "ja", title: "浜松ウィングスのファンクラブ会員情報が流出か",
			text: "浜松ウィングスの運営会社は2日、ファンクラブ会員約4万人分の情報が流出した可能性があると発表した。ウィングスのファンクラブサイトが不正アクセスを受けたという。",
			want: []string{"浜松ウィングス"},
		},
		{
			class: "a desk line that names no one",
			lang:  "ja", title: "メール誤送信についてのお詫び",
			text: "このたび、当社よりお客様へ送信したメールにおいて、他のお客様のメールアドレスが表示される状態で送信する誤りが発生いたしました。\n\n本件に関するお問い合わせ\n本件に関する　お客様窓口　0120-555-089",
			want: nil,
		},
	})
	x := New(nil)
	for _, tc := range []struct {
		lang, title, text string
		want              int64
	}{
		{"en", "Credit union notifies members of breach", "Hackers accessed the member database of Tallis Credit Union. Of our 12,400 affected members, 3,100 had their Social Security numbers exposed.", 12400},
		{"en", "County payroll vendor breached", "Hackers stole payroll files of Brannock County from its vendor. The county said 28 may have had bank details exposed, of 2,940 employees whose data was taken.", 2940},
		{"ja", "ランサムウェア被害に関するお知らせ", "当社サーバーがランサムウェアに感染したことを確認いたしました。\n\n2．対象\n対象件数：8,200件\n\n現時点で個人情報の流出は確認されておりませんが、引き続き調査を進めております。", 8200},
	} {
		wantRecords(t, x.Extract(Doc{Lang: tc.lang, Title: tc.title, Text: tc.text}), tc.want, tc.text)
	}
}

// TestSession17AuditCases: a place between a name and its verb ("X in Ohio
// has confirmed") hides no victim; "told CyberLedger the intrusion bears the
// hallmarks of X" attributes the intrusion, whatever description follows
// the group; a group linked to another intrusion the text cannot tie to
// this one is only mentioned.
func TestSession17AuditCases(t *testing.T) {
	runVictimCases(t, []victimCase{{
		class: "a place between the name and its verb",
		lang:  "en", title: "Ransomware gang leaks patient files",
		text: "Tamsin Ridge Medical Center in Ohio has confirmed that more than 212,000 patients had their personal and medical information stolen in a ransomware attack last month.\n\nThe hospital said it had notified the patients.",
		want: []string{"Tamsin Ridge Medical Center"},
	}})
	x := New(actors.Embedded())
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Corvell Motors said servers of its Osaka sales subsidiaries were breached, exposing data on up to 1.2 million customers.\n\n" +
			"Security researchers at Lanternfish Labs told TechWire the intrusion bears the hallmarks of APT32, the Vietnam-linked group also tracked as OceanLotus, which has targeted automotive manufacturers in Asia since at least 2018.",
			[]string{"APT32"}},
		{"Corvell Motors Thailand said hackers accessed its dealer system and stole data on 41,000 customers.\n\n" +
			"Corvell Motors Thailand did not say who was behind the breach. It is unclear whether the incident is connected to last week's intrusion at the parent company's Osaka sales arm, which researchers linked to OceanLotus.",
			nil},
	} {
		if got := x.Extract(Doc{Lang: "en", Title: "Carmaker confirms breach", Text: tc.text}).ActorNames(); !slices.Equal(got, tc.want) {
			t.Errorf("actors = %q, want %q for:\n%s", got, tc.want, tc.text)
		}
	}
}

// TestSession17ShortFormOfCompany: a re-post's headline that calls the
// carmaker by its short name ("Corvell's Osaka dealers hacked") names the
// carmaker, not the dealer subsidiary the body lists under the same name.
func TestSession17ShortFormOfCompany(t *testing.T) {
	runVictimCases(t, []victimCase{{
		class: "short form beside the company's full name and its units",
		lang:  "en", title: "Corvell's Osaka dealers hacked, APT32 in the frame",
		text: "Japanese carmaker Corvell Motor Corporation said on Thursday that attackers gained access to servers of its sales subsidiaries in Osaka, exposing data of up to 1.2 million customers.\n\n" +
			"The affected dealerships, which include Corvell Osaka Sales Holdings and Corvell Mobility Osaka, sell and service Corvell vehicles.\n\nCorvell said no card data was stored on the servers.",
		want: []string{"Corvell Motor"},
	}})
}

// TestSession17PeriodReport: a vendor's release of its quarterly report,
// on the vendor's own site, names no victim (not the vendor).
func TestSession17PeriodReport(t *testing.T) {
	runVictimCases(t, []victimCase{{
		class: "a vendor's quarterly ransomware report",
		lang:  "en", title: "Quellmark Q2 2025 Ransomware Report: three groups account for half of leak-site postings",
		site: "Quellmark Security",
		text: "BOSTON, July 9, 2025 -- Quellmark Security, a provider of managed detection and response, today released its Q2 2025 Ransomware Report, which tracked 1,310 organizations named on ransomware data leak sites between April and June.\n\n" +
			"LockBit remained the most active operation, followed by Akira and Play.\n\nThe full report is available for download from the Quellmark website.",
		want: nil,
	}})
}
