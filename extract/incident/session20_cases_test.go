package incident

import (
	"testing"
	"time"
)

// TestSession20Attribution: suspicion told with a description of the group
// running to the end of the sentence, with modifiers before the attack
// word, as a technique's "calling card" or investigators' working
// assumption — and a research post whose letterhead is the researcher's
// and whose points under "Summary" are its own, not a roundup's.
func TestSession20Attribution(t *testing.T) {
	pub := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	runFactCases(t, New(nil), pub, true, []factCase{
		{
			name: "suspected group described by a clause that ends the sentence",
			lang: "en", title: "Garnet Lane stores hit by cyber-attack",
			text: "Garnet Lane, the homeware retailer, said attackers had stolen customer contact details from its ordering system.\n\n" +
				"Responders suspect the Scattered Spider crew, which is known for talking help-desk staff into resetting passwords.",
			victims: []string{"Garnet Lane"}, actors: []string{"Scattered Spider"},
		},
		{
			name: "a group named as the technique's calling card",
			lang: "en", title: "Orrin Freight confirms network intrusion",
			text: "Orrin Freight said an intruder reached its dispatch servers in late April.\n\n" +
				"Two people briefed on the case said the way the attackers got in, by phoning the outsourced help desk, is the calling card of Scattered Spider.",
			victims: []string{"Orrin Freight"}, actors: []string{"Scattered Spider"},
		},
		{
			name: "attack word after modifiers in 'linked … to'",
			lang: "en", title: "Pellow Optics subsidiary breached",
			text: "Analysts looking into the breach at camera-lens maker Pellow Optics have tied the weeks-long espionage campaign to Kimsuky, the North Korean group.\n\n" +
				"Pellow Optics confirmed that design files were taken.",
			victims: []string{"Pellow Optics"}, actors: []string{"Kimsuky"},
		},
		{
			name: "an update's 'as previously reported' is the incident it updates",
			lang: "en", title: "Update on our network incident",
			text: "We are writing with an update now that the review of the affected systems is complete.\n\n" +
				"We want to thank patients for their patience while the work went on.\n\n" +
				"This page will be kept up to date as letters go out.\n\n" +
				"As previously reported, on April 2 Fenwold Dental Partners identified unauthorized access to its patient scheduling system.\n\n" +
				"The review found that files holding details of 12,480 patients were copied. Letters are being mailed this week.",
			victims: []string{"Fenwold Dental Partners"},
		},
		{
			name: "a responder's research post with a letterhead and summary points",
			lang: "en", title: "Kimsuky phishing lure targets a policy foundation", site: "Brindle Threat Research",
			text: "Brindle Threat Research | Blog | 3 May 2026\n\n" +
				"Summary\n" +
				"- In April 2026 we responded to an intrusion at the Harrowgate Policy Foundation, a Seoul-focused think tank in London.\n" +
				"- We attribute the intrusion with moderate confidence to Kimsuky, based on the lure and the backdoor's configuration.\n" +
				"- The attackers compromised two mailboxes after a spear-phishing email posing as a conference invitation.\n" +
				"- Indicators of compromise for the campaign are listed at the end of this post.\n\n" +
				"The foundation's staff reported the email to their IT provider after the sender's domain was flagged.",
			victims: []string{"Harrowgate Policy Foundation"}, actors: []string{"Kimsuky"},
		},
	})
}

// TestSession20JapaneseNotices: a city's water bureau in a story that also
// says 〇〇市内 ("within the city"), a shop a company runs in an online
// mall, a mall's name run into 出店 in a headline, a holding company's
// notice on its differently branded subsidiary, and a municipality's count
// of taxpayers beside the share of them affected.
func TestSession20JapaneseNotices(t *testing.T) {
	pub := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	runFactCases(t, New(nil), pub, false, []factCase{
		{
			name: "a bureau under its city, the city also written with 内",
			lang: "ja", title: "北浦市上下水道局にサイバー攻撃",
			text: "北浦市は3日、上下水道局の料金システムがランサムウェアに感染したと発表した。給水への影響はないという。\n\n" +
				"北浦市内では先月にも、病院がサイバー攻撃を受けている。",
			victims: []string{"北浦市"},
		},
		{
			name: "a shop the subject runs in an online mall, and the mall run into 出店 in the headline",
			lang: "ja", title: "さくらモール出店の雑貨店でカード情報流出の可能性",
			text: "株式会社ひなぎく商会は5月30日、同社がECモール「さくらモール」に出店する「ひなぎく雑貨 さくらモール店」が不正アクセスを受け、顧客のクレジットカード情報1,204件が流出した可能性があると発表した。\n\n" +
				"さくらモールの運営会社によると、モール本体のシステムに侵入の痕跡はない。同モールには約8,000店が出店している。",
			victims: []string{"ひなぎく商会"}, records: 1204,
		},
		{
			name: "a holding company's notice on its differently branded subsidiary",
			lang: "ja", title: "連結子会社における不正アクセスによる情報漏えいの可能性について（第2報）",
			text: "2026年5月29日\n各　位\n会 社 名　株式会社あけぼのホールディングス\n代表者名　代表取締役社長　東山 一郎\n（コード番号：0000　東証プライム）\n問合せ先　経営企画部長　西田 花子\n\n" +
				"当社の連結子会社である株式会社カワセミ物流（以下「カワセミ物流」）において、5月12日に判明したランサムウェアによる不正アクセスについて、5月14日付で公表しておりましたが、その後の調査により下記のとおり判明しましたのでお知らせいたします。\n\n" +
				"記\n\n１．漏えいのおそれがある情報\nカワセミ物流の配送管理システムに登録されていた取引先担当者　3,518名\n\n以　上",
			victims: []string{"カワセミ物流"}, records: 3518,
		},
		{
			name: "a parent's notice on a subsidiary under its own name in Latin letters",
			lang: "ja", title: "当社タイ子会社への不正アクセスについて",
			text: "2026年5月20日\n各　位\n会 社 名　ミナセ工業株式会社\n代表者名　代表取締役社長　南 健二\n（コード番号：0000　東証プライム）\n\n" +
				"当社の連結子会社であるMinase Kogyo Thailand Co., Ltd.（以下「MKT」）のサーバが第三者による不正アクセスを受けたことが判明いたしましたので、お知らせいたします。\n\n" +
				"記\n\n１．影響\nMKTの取引先情報　約2,100件\n\n以　上",
			victims: []string{"ミナセ工業"}, records: 2100,
		},
		{
			name: "a city's taxpayer count beside the affected share",
			lang: "ja", title: "委託先のランサムウェア被害による個人情報流出の可能性について",
			text: "本市が納税通知書の印刷を委託している事業者のサーバーがランサムウェアに感染し、本市の印刷データが流出した可能性があることが判明しました。\n\n" +
				"２　流出した可能性のある本市の情報\n令和8年度個人住民税納税通知書の印刷データ　9,432人分\n（氏名、住所、税額）\n※本市の個人住民税の納税義務者数は約2万3千人です。",
			records: 9432, victims: nil,
		},
	})
}

// TestSession20AuditNine: from a black-box audit of press-release hubs —
// a security vendor's campaign write-up whose first sentence has the
// vendor tracking the campaign names no victim; a notice's list of two
// kinds of affected people followed by a 合計 line outside any numbered
// section gives the total; "according to a filing with the state attorney
// general, N individuals" is the toll, not the size of anyone.
func TestSession20AuditNine(t *testing.T) {
	pub := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	runFactCases(t, New(nil), pub, false, []factCase{
		{
			name: "a vendor tracking a campaign is no victim",
			lang: "en", title: "APT43 lures aimed at defence analysts", site: "Corvane Threat Labs",
			text: "Corvane Threat Labs has been tracking a credential-phishing campaign since August, which we attribute with moderate confidence to Kimsuky.\n\n" +
				"We observed at least two dozen think tanks and universities receiving the lures. We have no evidence that data was stolen from any of them.",
			actors: []string{"Kimsuky"},
		},
		{
			name: "a 合計 line under a list right after the lead",
			lang: "ja", title: "当社子会社への不正アクセスに関するお知らせ（第2報）",
			text: "当社の連結子会社である株式会社ハルカゼ運輸のサーバーが外部からの不正アクセスを受けました。調査の結果、下記の情報が流出した可能性があることが判明しました。\n\n" +
				"協力会社ご担当者様（氏名、電話番号）：約4千件\n\n" +
				"通販配送をご利用のお客様（氏名、住所）：約2万1千件\n\n" +
				"合計：最大約2万5千件",
			victims: []string{"ハルカゼ運輸"}, records: 25000,
		},
		{
			name: "a filing with a state attorney general",
			lang: "en", title: "Medusa claims Brackwater Savings attack",
			text: "The Medusa ransomware gang has claimed the attack on Brackwater Savings, a Vermont credit union.\n\n" +
				"According to a filing with the Vermont attorney general, 23,870 individuals had their names and account numbers exposed.",
			victims: []string{"Brackwater Savings"}, actors: []string{"Medusa"}, records: 23870,
		},
	})
}

// TestSession20StudyForty: a diarist's signature (name over post) is no
// victim; "more than 1.1 million" in a headline is the body's 1,184,302
// cut short; an exposed cluster "belonged to" its owner in a researcher's
// write-up of the exposure.
func TestSession20StudyForty(t *testing.T) {
	pub := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	runFactCases(t, New(nil), pub, false, []factCase{
		{
			name: "a handler's signature",
			lang: "en", title: "Parcel-notice lures drop a Go loader",
			text: "A reader forwarded a batch of messages that claimed to come from a parcel service and carried a malicious shortcut file.\n\n" +
				"The shortcut ran a PowerShell command that fetched a second-stage loader from a newly registered domain.\n\n" +
				"--\nOrlaith Venner\nSenior Incident Handler",
		},
		{
			name: "a headline's 'more than' cut from the body's exact figure",
			lang: "en", title: "Quillon Outfitters says data of more than 2.4 million shoppers stolen",
			text: "Quillon Outfitters, the outdoor-clothing retailer, said on Monday that hackers stole personal information belonging to 2,486,910 customers from its online store.\n\n" +
				"The company, which says it has about 6 million customers, has notified regulators.",
			victims: []string{"Quillon Outfitters"}, records: 2486910,
		},
		{
			name: "an exposed cluster's owner",
			lang: "en", title: "How I found 900,000 dating-app profiles in an open Elasticsearch cluster",
			text: "A routine scan turned up a search cluster that answered every query without asking for credentials.\n\n" +
				"Its indices were named after an app, and it did not take long to see whose they were.\n\n" +
				"I pulled a handful of documents to confirm the fields and deleted them.\n\n" +
				"The cluster belonged to Heartloom, a dating app popular in the Nordics. The profile index held 904,377 profiles with names, birth dates and approximate locations.",
			victims: []string{"Heartloom"}, records: 904377,
		},
	})
}

// TestSession20JapaneseIssuers: a listed company's page on a subsidiary
// under its own brand names the parent; a city's or a prefecture's page on
// a school it runs names the body; a clinic's signature under the medical
// corporation names the clinic; a hospital's patient base while leakage is
// still looked into is no count.
func TestSession20JapaneseIssuers(t *testing.T) {
	pub := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	runFactCases(t, New(nil), pub, false, []factCase{
		{
			name: "a subsidiary under the parent's brand, parent named only by the site",
			lang: "ja", title: "当社連結子会社におけるランサムウェア被害について", site: "白鷺精工株式会社",
			text: "当社の連結子会社である白鷺物流株式会社（以下「白鷺物流」）において、第三者による不正アクセスを受け、同社のサーバのデータが暗号化されるランサムウェア被害が発生いたしました。\n\n" +
				"調査の結果、最大1,420件の個人情報が外部に流出した可能性があることが判明いたしました。",
			victims: []string{"白鷺精工"}, records: 1420,
		},
		{
			name: "a school the city runs, on the city's page",
			lang: "ja", title: "市立小学校における個人情報を含むUSBメモリの紛失について", site: "汐見台市",
			text: "汐見台市立ひがし小学校において、児童の個人情報を保存したUSBメモリを教員が紛失する事案が発生しました。\n\n" +
				"USBメモリには児童186人分の氏名と成績が保存されていました。関係者の皆様に深くお詫び申し上げます。",
			victims: []string{"汐見台市"}, records: 186,
		},
		{
			name: "a clinic signing under its medical corporation",
			lang: "ja", title: "予約システムへの不正アクセスに関するお知らせ",
			text: "このたび、当院がWEB予約に利用している予約管理サービスにおいて、当院の管理者アカウントが第三者に不正に利用され、患者様の個人情報が閲覧された可能性があることが判明いたしました。\n\n" +
				"対象は患者様1,208名の氏名、電話番号、予約日時です。\n\n" +
				"医療法人社団青葉会\nすずかけ歯科クリニック\n院長　森 健一",
			victims: []string{"すずかけ歯科クリニック"}, records: 1208,
		},
		{
			name: "a patient base while leakage is still looked into",
			lang: "ja", title: "かもめ台中央病院にサイバー攻撃 電子カルテ使えず",
			text: "かもめ台中央病院は20日、サイバー攻撃を受けて電子カルテのシステムが使えなくなったと発表した。\n\n" +
				"病院によると、電子カルテには約12万人の患者の情報が登録されていて、情報が外部に流出したかどうか調べているという。",
			victims: []string{"かもめ台中央病院"},
		},
	})
}

// TestSession20ResearchWriteUps: security firms' write-ups name no victim
// when the firm is the one researching ("researchers at X have uncovered",
// "X's unit (CTRU) is publishing its analysis") or when the only other
// name is the campaign's codename ("which we track as …"); a security firm
// telling of its own portal's breach is its own victim; a think tank
// attacked in a write-up is still the victim. A 合計 line written under its
// label, the figure on the next line, totals the list too.
func TestSession20ResearchWriteUps(t *testing.T) {
	pub := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	runFactCases(t, New(nil), pub, false, []factCase{
		{
			name: "researchers of a firm uncovering an operation",
			lang: "en", title: "Quarrystone Security uncovers state-backed espionage wave against ports",
			text: "Quarrystone Security researchers have uncovered a cyber-espionage operation, tracked as SaltMarsh, which we assess with moderate confidence is the work of Volt Typhoon.\n\n" +
				"The operators targeted port authorities in three countries. We have not seen evidence of data theft.",
			actors: []string{"Volt Typhoon"},
		},
		{
			name: "a firm's research unit publishing its analysis, under its name as headline",
			lang: "en", title: "Brambleton Cyber Threat Research Unit: phishing wave against embassies",
			text: "Today the Brambleton Cyber Threat Research Unit (BCTRU) is publishing its analysis of a months-long phishing wave aimed at embassies in Central Asia.\n\n" +
				"Brambleton Cyber identified more than 40 lure documents themed on national holidays. Our telemetry does not show which recipients opened them.",
		},
		{
			name: "a codename the firm gives the intrusions",
			lang: "en", title: `APT28's "Grey Heron" operation hits logistics firms`,
			text: "Our analysts at Ravensworth Intelligence have linked a series of intrusions, which we track as Grey Heron, to APT28.\n\n" +
				"The Grey Heron intrusions began with password spraying against webmail portals.",
			actors: []string{"APT28"},
		},
		{
			name: "a security firm's own portal breached",
			lang: "en", title: "Corbel Cyber says customer portal accessed",
			text: "Corbel Cyber said an unauthorized party accessed its own customer support portal and viewed case files of 640 customers.\n\n" +
				"The company has reset credentials and notified the affected customers.",
			victims: []string{"Corbel Cyber"}, records: 640,
		},
		{
			name: "a 合計 label with its figure on the next line",
			lang: "ja", title: "個人情報漏えいのおそれに関するお知らせ", site: "株式会社ミナモ製作所",
			text: "当社サーバーが不正アクセスを受け、下記の個人情報が流出した可能性があることが判明しました。\n\n" +
				"お取引先ご担当者様\n\n約8千件\n\nお客様\n\n約2万件\n\n合計\n\n約2万8千件",
			victims: []string{"ミナモ製作所"}, records: 28000,
		},
	})
}

// TestSession20KindBeforeForeignName: a kind of body written before a
// foreign name in katakana, the name given in full only once, is no part
// of the name.
func TestSession20KindBeforeForeignName(t *testing.T) {
	runVictimCases(t, []victimCase{{
		class: "医療機関 before a katakana name",
		lang:  "ja", title: "米病院にランサム攻撃",
		text: "米オハイオ州の医療機関ブライトウッド・リージョナル・ホスピタルは、同院のネットワークが不正アクセスを受け、患者8,200人分の情報が流出した可能性があると公表した。",
		want: []string{"ブライトウッド・リージョナル・ホスピタル"},
	}})
}

// TestSession20CampaignHeadlines: a write-up with no single victim whose
// headline names one group's operation, wave or new wiper labels that
// group, as an advisory on a named campaign does.
func TestSession20CampaignHeadlines(t *testing.T) {
	runFactCases(t, New(nil), time.Time{}, true, []factCase{
		{
			name: "an operation in the headline",
			lang: "en", title: `APT28's "Cold Lantern" operation hits shipbuilders`,
			text: "Our analysts at Ferrowick Intelligence have tied a series of intrusions, which we track as Cold Lantern, to APT28.\n\n" +
				"The operators sprayed passwords against webmail portals of shipbuilders in four countries.",
			actors: []string{"APT28"},
		},
		{
			name: "a group deploying a new wiper",
			lang: "en", title: `Sandworm deploys new "GlassDust" wiper against grid operators`,
			text: "Researchers at Kestrel Labs observed Sandworm deploying a previously unknown wiper against two grid operators.\n\n" +
				"The wiper overwrites the first megabyte of every disk before rebooting the host.",
			actors: []string{"Sandworm"},
		},
	})
}
