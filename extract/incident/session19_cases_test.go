package incident

import (
	"slices"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract/actors"
)

// factCase is one article of a session-19 table and the facts it must give.
type factCase struct {
	name, lang, title, text, url, site string
	victims, actors                    []string
	records                            int64
}

// runFactCases extracts each case (published at pub when pub is set) and
// checks its victims, actors and, unless skipRecords, its record count.
func runFactCases(t *testing.T, x *Extractor, pub time.Time, skipRecords bool, cases []factCase) {
	t.Helper()
	for _, tc := range cases {
		f := x.Extract(Doc{Lang: tc.lang, Title: tc.title, Text: tc.text, URL: tc.url, Site: tc.site, Published: pub})
		if got := f.VictimNames(); !sameSet(got, tc.victims) {
			t.Errorf("%s: victims %q, want %q", tc.name, got, tc.victims)
		}
		if got := f.ActorNames(); !slices.Equal(got, tc.actors) {
			t.Errorf("%s: actors %q, want %q", tc.name, got, tc.actors)
		}
		if !skipRecords {
			wantRecords(t, f, tc.records, tc.name)
		}
	}
}

// TestSession19Names: a kana name the dictionary runs on into the particle
// after it (コープあおさぎの|ネット注文), kanji saying what a firm does
// before a katakana name the body writes in full, a private school under
// the corporation that runs it, a unit in a place the text names on its
// own, a product named after its maker, and a victim a responder's report
// is allowed to name.
func TestSession19Names(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a kana name before の in a headline",
			lang:  "ja", title: "コープあおさぎのネット注文に不正ログイン",
			text: "生活協同組合コープあおさぎは10日、インターネット注文サービスで組合員のアカウント約900件に不正ログインがあったと発表した。",
			want: []string{"コープあおさぎ"},
		},
		{
			class: "a shop's name the dictionary ends as a place (丸|福堂)",
			lang:  "ja", title: "和菓子製造の丸福堂に不正アクセス、顧客情報流出か",
			text: "和菓子製造の丸福堂は、同社が運営する通販サイトが不正アクセスを受け、顧客のクレジットカード情報最大860件が流出した可能性があると発表した。",
			want: []string{"丸福堂"},
		},
		{
			class: "what the firm does, then its katakana name",
			lang:  "ja", title: "米物流代行ハルワースに不正アクセス、顧客情報流出か",
			text: "米国の物流代行会社ハルワース・フルフィルメント・サービシズは、倉庫管理システムが不正アクセスを受け、取引先の顧客情報が流出した可能性があると明らかにした。",
			want: []string{"ハルワース・フルフィルメント・サービシズ"},
		},
		{
			class: "a private school under its corporation",
			lang:  "ja", title: "私立星鳴中・高、生徒の成績表が閲覧可能に",
			text: "学校法人星鳴学園は12日、運営する星鳴中学校・高校で、生徒の成績表を含むファイルが外部から閲覧できる状態になっていたと発表した。対象は生徒ら約600人分。",
			want: []string{"星鳴学園"},
		},
		{
			class: "a studio in a city the text names on its own, accents aside",
			lang:  "en", title: "Hackers hit game developer Quillfen",
			text: "Quillfen Interactive confirmed a ransomware attack on its internal systems on Monday.\n\n" +
				"The developer has studios in Dundee, Zurich and Porto. Its Swiss studio, Quillfen Interactive Zürich, was on the affected network.",
			want: []string{"Quillfen Interactive"},
		},
		{
			class: "the maker's product under its name",
			lang:  "en", title: "Data thieves claim breach at Orrelby",
			text: "The LockBit gang has claimed a breach at Orrelby, a Leeds-based maker of scheduling software for dental practices.\n\n" +
				"Orrelby said attackers reached a database behind its Orrelby Chairside service, which some 900 practices use.",
			want: []string{"Orrelby"},
		},
		{
			class: "a responder's report naming its client with consent",
			lang:  "en", title: "Inside a fake-recruiter intrusion",
			text: "In March, a developer at a Lisbon software house installed a booby-trapped coding test sent by a fake recruiter.\n\n" +
				"PERIWINK LABS has agreed to be named in this report. The intruders copied source code from two build servers.",
			want: []string{"Periwink Labs"},
		},
	})
}

// TestSession19Counts: a membership given in brackets after the name is
// the body's size, not the breach's toll; a figure spelled out in words
// is read whole ("three thousand two hundred", "two hundred and fifty").
func TestSession19Counts(t *testing.T) {
	x := New(nil)
	for _, tc := range []struct {
		name, lang, title, text string
		records                 int64
	}{
		{
			name: "membership in brackets", lang: "ja",
			title:   "生協の宅配サイトに不正ログイン",
			text:    "生活協同組合コープあおさぎ（組合員約31万人）は10日、宅配サイトで組合員のアカウント1204件に不正ログインがあったと発表した。",
			records: 1204,
		},
		{
			name: "thousands and hundreds in words", lang: "en",
			title:   "School confirms ransomware attack",
			text:    "Fenwold Grammar School said personal information about some three thousand two hundred pupils and parents was stolen in a ransomware attack.",
			records: 3200,
		},
		{
			name: "and between hundreds and tens", lang: "en",
			title:   "Clinic notifies patients of breach",
			text:    "Ashcombe Dental said the breach exposed records of four thousand two hundred and fifty patients.",
			records: 4250,
		},
		{
			name: "a rate after the figure is no part of it", lang: "en",
			title:   "Bot attack on Tolloway Rail's app",
			text:    "Tolloway Rail said attackers took over ten thousand accounts in a credential-stuffing attack, trying a dozen passwords a minute.",
			records: 10000,
		},
	} {
		wantRecords(t, x.Extract(Doc{Lang: tc.lang, Title: tc.title, Text: tc.text}), tc.records, tc.name)
	}
}

// TestSession19Reports: a threat-intelligence firm's monthly count over
// many groups has no victim (its own name in the heading is the author's)
// and no actor; a newsletter issue recounting several stories has no
// actor; a leak-site listing of 同社 is a claim; a group named for the
// likeness of its methods, which the victim does not blame, is mentioned.
func TestSession19Reports(t *testing.T) {
	x := New(actors.Embedded())
	pub := time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
	runFactCases(t, x, pub, false, []factCase{
		{
			name: "a monthly report over many groups", lang: "en", site: "Corvel Threat Research",
			title: "July ransomware tally: postings climb to 498",
			text: "Corvel Threat Research — Monthly Ransomware Tally\n\n" +
				"Extortion groups posted 498 victims to their leak sites in July. Our figures cover 58 leak sites.\n\n" +
				"1. Qilin — 77 victims\n2. Akira — 61\n3. SafePay — 40\n4. Play — 31\n5. DragonForce — 27\n\n" +
				"Medusa posted 12, while Rhysida posted 8.\n\nAbout Corvel Threat Research\nCorvel Threat Research tracks extortion groups for security teams.",
		},
		{
			name: "a newsletter issue", lang: "en",
			title: "The Monday Brief: a port outage and a clinic breach",
			text: "The Monday Brief — issue #87\n\nHere's what crossed our desk this week.\n\n" +
				"Harrowgate Port's booking systems went down on Tuesday and the Akira gang listed the port on its leak site on Thursday.\n\n" +
				"A dental chain, Bellmoor Dental, told regulators that 12,400 patients were affected by a March breach.",
		},
		{
			name: "a leak-site listing of 同社", lang: "ja",
			title: "医療機器卸のサカキ医材にランサムウェア攻撃",
			text: "サカキ医材株式会社は、ランサムウェア攻撃を受け、取引先の担当者情報が流出した可能性があると発表した。\n\n" +
				"なお、リークサイトではランサムウェアグループ「アキラ」が同社を掲載している。",
			victims: []string{"サカキ医材"}, actors: []string{"Akira"},
		},
		{
			name: "likeness of methods, not blamed", lang: "ja",
			title: "英コールセンター運営ブラムリーに不正アクセス",
			text: "英国のコールセンター運営会社ブラムリー・コンタクト（Bramley Contact）は、社内システムが不正アクセスを受けたと明らかにした。\n\n" +
				"同様の手口は「スキャッタード・スパイダー」と呼ばれる集団が多用してきたが、同社は特定のグループによる犯行とはしていない。",
			victims: []string{"Bramley Contact"},
		},
	})
}

// TestSession19CrawledWeb: what an invented web of outlets, hubs and
// notices showed (audit 7). A group recalled for the victim's earlier
// incident ("the second incident in five months, after X stole…") is
// mentioned; a victim's "found nothing tying it to X" and "do not believe
// X was involved" rule the group out, and take back an earlier report's
// speculation; an acronym for the kind of business before a headline's
// name is no part of it; a parent's statement on its subsidiary's
// incident names the subsidiary; a response team's advisory names no
// victim; a company's update on its loyalty programme names the company;
// parts adding up to the lead's figure give the lead's figure.
func TestSession19CrawledWeb(t *testing.T) {
	x := New(actors.Embedded())
	runFactCases(t, x, time.Time{}, false, []factCase{
		{
			name: "the victim's earlier incident and its group", lang: "en",
			title: "Corbelwick Games says 1.9 million forum accounts were stolen",
			text: "Game publisher Corbelwick Games said attackers stole data on 1.9 million forum accounts with passwords taken by an infostealer.\n\n" +
				"Corbelwick has not attributed the attack to any group.\n\n" +
				"It is the second security incident at the publisher in four months, after the LAPSUS$ gang stole source code for one of its titles in October.",
			victims: []string{"Corbelwick Games"}, records: 1900000,
		},
		{
			name: "speculation taken back by the victim", lang: "en",
			title: "Fernmoor Air says loyalty breach hit 900,000 members",
			text: "Fernmoor Air said the breach of its loyalty programme affected 900,000 members.\n\n" +
				"Earlier reports had speculated that Scattered Spider was responsible. Fernmoor has not said who was behind the attack and repeated that it has found nothing tying it to Scattered Spider.",
			victims: []string{"Fernmoor Air"}, records: 900000,
		},
		{
			name: "investigators do not believe", lang: "en",
			title:   "Ravelin Freight confirms ransomware attack",
			text:    "Ravelin Freight confirmed a ransomware attack on its dispatch systems on Tuesday.\n\nInvestigators do not believe Scattered Spider was involved.",
			victims: []string{"Ravelin Freight"},
		},
		{
			name: "an acronym for the kind of business", lang: "en",
			title:   "MSP Eastwold breached; clients reached through remote tool",
			text:    "Eastwold Managed Services, an IT provider for accountants in Ohio, said attackers abused its remote monitoring tool to reach client networks.",
			victims: []string{"Eastwold Managed Services"},
		},
		{
			name: "a parent's statement on its subsidiary", lang: "en",
			title: "Tessaly Mobility Group Statement Regarding Cybersecurity Incident at Parkline Subsidiary",
			text: "DENVER -- Tessaly Mobility Group, Inc. today announced that its wholly owned subsidiary Parkline, Inc., which operates the Parkline parking app, experienced a cybersecurity incident affecting data of about 1.2 million users.\n\n" +
				"Tessaly's other businesses were not affected.",
			victims: []string{"Parkline"}, records: 1200000,
		},
		{
			name: "a response team's advisory", lang: "en",
			title: "NWCERT-2025-004: campaign against managed service providers",
			text: "NWCERT is aware of an ongoing campaign in which a threat actor tracked as APT10 compromises managed service providers to reach their clients.\n\n" +
				"NWCERT recommends that organisations review the remote access they grant to providers.",
			actors: []string{"APT10"},
		},
		{
			name: "a company's update on its programme", lang: "en",
			title: "Update on the FlyMiles security incident", site: "Corvair Airlines",
			text: "Corvair Airlines is providing an update on the unauthorised access to FlyMiles member accounts that we first reported last month.\n\n" +
				"Our investigation found that the export affected about 400,000 FlyMiles members.",
			victims: []string{"Corvair Airlines"}, records: 400000,
		},
		{
			name: "parts adding up to the lead's figure", lang: "en",
			title: "Idaho school district says data of 12,600 people stolen",
			text: "An Idaho school district says personal information of 12,600 people was stolen in a ransomware attack.\n\n" +
				"Sagebrush School District said the data of 11,100 current and former students and 1,500 staff members was taken.",
			victims: []string{"Sagebrush School District"}, records: 12600,
		},
	})
}

// TestSession19Pages: what unseen38's pages showed. Whose people a count
// is ("data of 9,312 current and former X students") names the victim,
// and a leak-site post of "the district's name" in the incident's month
// is the incident's; a group that "has not claimed" the attack is
// mentioned; a responder "engaged by" a client it does not name is no
// victim, and its write-up's headline group is the intrusion's; a
// member's post on a publishing platform is not the platform's notice; a
// company sharing its shop's opening words keeps them (こもれびの谷書房 for
// 「こもれびの谷ストア」).
func TestSession19Pages(t *testing.T) {
	x := New(actors.Embedded())
	pub := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	runFactCases(t, x, pub, true, []factCase{
		{
			name: "whose students", lang: "en",
			title: "Cyberattack exposed data of 4,200 students, staff",
			text: "The personal information of 4,212 current and former Tamsin Creek School District students and employees was stolen in a cyberattack on the district's network in January, the superintendent said Wednesday.\n\n" +
				"Late in January, a group calling itself Inc. Ransom posted the district's name on its leak site.",
			victims: []string{"Tamsin Creek School District"}, actors: []string{"INC Ransom"},
		},
		{
			name: "a partner that has not claimed it", lang: "en",
			title: "Scattered Spider suspected in Pellwood Mutual breach",
			text: "Pellwood Mutual has disclosed a breach in which attackers persuaded its IT service desk to reset passwords. Investigators suspect Scattered Spider.\n\n" +
				"ShinyHunters, which has worked alongside Scattered Spider members in data theft campaigns, has not claimed the attack.",
			victims: []string{"Pellwood Mutual"}, actors: []string{"Scattered Spider"},
		},
		{
			name: "a responder's write-up", lang: "en",
			title: "BlackSuit Intrusion Walkthrough: From VPN Login to Encrypted Hosts",
			text: "In February, Tolvane Incident Response was engaged by a manufacturing customer after operators found their hosts encrypted and a ransom note referencing BlackSuit.\n\n" +
				"The operators logged in to the customer's VPN appliance with valid credentials for a service account.",
			actors: []string{"BlackSuit"},
		},
		{
			name: "a member's post on a platform", lang: "en", site: "Quillpad", url: "https://quillpad.example/@ren.ash/we-phished-our-staff-1a2b",
			title: "We phished 900 of our own employees. Here is what we learned",
			text:  "For a year I have run our internal phishing simulation programme. We sent 12 simulated campaigns and 900 employees clicked at least one link.",
		},
		{
			name: "a company sharing its shop's opening words", lang: "ja",
			title:   "教材通販サイトに不正アクセス、クレカ情報流出の可能性",
			text:    "学習教材を扱うこもれびの谷書房が運営する通販サイト「こもれびの谷ストア」が不正アクセスを受け、顧客のクレジットカード情報が流出した可能性があることがわかった。",
			victims: []string{"こもれびの谷書房"},
		},
	})
}

// TestSession19JapaneseWeb: what an invented web of Japanese newsrooms and
// their English coverage showed (audit 8). A wire brief's "X said names,
// birth dates and … may have been taken" names X; a service's user base
// (同社の利用者は約85万人で) is no count; a roundup of incidents each
// opening "Name: …" has no actor; a headline's 「Xの子会社」 names the
// subsidiary the body names, not the parent.
func TestSession19JapaneseWeb(t *testing.T) {
	x := New(actors.Embedded())
	runFactCases(t, x, time.Time{}, false, []factCase{
		{
			name: "a wire brief's list of data taken", lang: "en",
			title:   "Japanese clinic says patient data of up to 21,000 people may have leaked",
			text:    "OSAKA, March 4 (Wirenote) - Kiriyama Dental Clinic, a chain of 12 clinics in western Japan, said on Friday names, birth dates and treatment records of up to about 21,000 patients may have been taken in a ransomware attack.",
			victims: []string{"Kiriyama Dental Clinic"}, records: 21000,
		},
		{
			name: "a region of a country between the name and its verb", lang: "en",
			title:   "Japanese clinic says patient data may have leaked",
			text:    "OSAKA, March 4 (Wirenote) - Kiriyama Dental Clinic in Japan's Hyogo Prefecture said names and birth dates of up to about 9,000 patients may have been taken in a ransomware attack.",
			victims: []string{"Kiriyama Dental Clinic"}, records: 9000,
		},
		{
			name: "a service's user base", lang: "ja",
			title:   "暗号資産交換所から不正送金、被害額は約40億円",
			text:    "韓国の暗号資産交換所ソルビットは、ホットウォレットから暗号資産約40億円相当が不正に送金されたと発表した。同社の利用者は約62万人で、顧客の資産は同社が全額補償するとしている。",
			victims: []string{"ソルビット"},
		},
		{
			name: "a roundup of named items", lang: "en",
			title: "Breach week: a lender, a town and a recruiter",
			text: "Three organisations disclosed incidents this week.\n\nHarrowby Savings: the lender said customer data may have been exposed in a ransomware attack claimed by LockBit.\n\n" +
				"Town of Ellsmere: a printing contractor's ransomware infection exposed tax data of 6,210 residents, the town said on Monday. Akira claimed the attack.\n\n" +
				"Corvid Talent: the recruiter's final report puts the number of affected candidates at 14,002.",
		},
		{
			name: "a headline's 「Xの子会社」", lang: "ja",
			title:   "カザミ電工の子会社、取引先情報2万件漏えいか",
			text:    "カザミ電工ホールディングス株式会社は8月2日、子会社のカザミシステムズが運用するファイルサーバーが不正アクセスを受け、取引先約2万件の情報が漏えいした可能性があると発表した。",
			victims: []string{"カザミシステムズ"}, records: 20000,
		},
	})
}

// TestSession19ReviewGuards pins what a review of session 19's rules
// found them over-matching: a story's "Here's what happened." is no
// roundup; a bracket closing a sentence on the breach (…と発表した（顧客約
// 3万2000人分）) is its count; a word that opens a sentence ("Logistics
// firms…") is no place; "the second attack since January, X encrypted…" and
// "another attack following a phishing email, and X has claimed it" are this
// incident's; a hospital's notice warning of other gangs keeps its own; a
// headline saying police found no sign of a group does not make it the
// actor; "the data of 2 million Gmail users" on sale names no victim; "ten
// thousand one-time shoppers" is ten thousand; a concert hall is no CERT.
func TestSession19ReviewGuards(t *testing.T) {
	x := New(actors.Embedded())
	runFactCases(t, x, time.Time{}, false, []factCase{
		{
			name: "here's what happened", lang: "en",
			title:   "Dairy co-operative hit by ransomware, customer data stolen",
			text:    "Fernhill Dairy said attackers stole the records of 12,400 customers. Here's what happened.\n\nThe intruders got in through a supplier's account. LockBit claimed the attack.",
			victims: []string{"Fernhill Dairy"}, actors: []string{"LockBit"}, records: 12400,
		},
		{
			name: "a bracket closing the breach sentence", lang: "ja",
			title:   "通販サイトに不正アクセス",
			text:    "雑貨通販のはるかぜ商店は、通販サイトが不正アクセスを受け、顧客の個人情報が流出した可能性があると発表した（顧客約3万2000人分）。",
			victims: []string{"はるかぜ商店"}, records: 32000,
		},
		{
			name: "a word opening a sentence is no place", lang: "en",
			title:   "Wexley Logistics confirms ransomware attack",
			text:    "Wexley Logistics confirmed a ransomware attack on its dispatch systems.\n\nLogistics firms have been targeted by several gangs this year.",
			victims: []string{"Wexley Logistics"},
		},
		{
			name: "the second attack since January", lang: "en",
			title:   "Brackley Council hit again",
			text:    "Brackley Council said its planning servers were encrypted on Monday.\n\nIn the second attack on the council since January, Rhysida encrypted the planning servers and demanded a ransom.",
			victims: []string{"Brackley Council"}, actors: []string{"Rhysida"},
		},
		{
			name: "a hospital's notice warning of other gangs", lang: "en", site: "Rivermoor Health",
			title: "Notice of data security incident",
			text: "On May 2, attackers who identified themselves as Qilin copied files containing information of 18,400 patients from our network.\n\n" +
				"Groups such as LockBit, Akira, BlackSuit and Rhysida are targeting hospitals across the region, and we urge patients to watch for scam calls.",
			victims: []string{"Rivermoor Health"}, actors: []string{"Qilin"}, records: 18400,
		},
		{
			name: "police found no sign of the group", lang: "en",
			title:   "Police find no sign of LockBit in school intrusions",
			text:    "Police investigating the intrusions at Fernwood School said they had found no evidence that LockBit was involved.",
			victims: []string{"Fernwood School"},
		},
		{
			name: "data of a platform's users on sale", lang: "en",
			title:   "Seller offers scraped contact list",
			text:    "A seller on a criminal forum is offering the data of 2 million Gmail users, which researchers said was scraped from a third-party marketing firm.",
			records: 2000000,
		},
		{
			name: "ten thousand one-time shoppers", lang: "en",
			title:   "Skimmer on Pellham Outfitters checkout",
			text:    "Pellham Outfitters said card details of ten thousand one-time shoppers were stolen by a skimmer on its checkout page.",
			victims: []string{"Pellham Outfitters"}, records: 10000,
		},
	})
	if isCommenter("SAPPORO CONCERT HALL") || !isCommenter("NWCERT") {
		t.Error("a concert hall read as a response team, or a response team not")
	}
}
