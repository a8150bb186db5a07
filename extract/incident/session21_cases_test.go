package incident

import (
	"testing"
	"time"
)

// TestSession21ClientNoticeOfContractor: a client's notice that its own
// systems were untouched, in the ways municipalities and companies say it
// (影響はありません, 不正アクセスは確認されておりません, 起因するものでは
// ありません), names the contractor it entrusted as the one breached; a
// company's own breach notice that only spares its other systems keeps
// itself, even when it names a contractor.
func TestSession21ClientNoticeOfContractor(t *testing.T) {
	const body = "が住民税通知書の印刷・発送業務を委託している株式会社ハルカゼ印刷工房（以下「委託先」）において、ランサムウェアによる被害が発生し、提供したデータの一部が外部に流出した可能性があることが判明しました。\n\n"
	runVictimCases(t, []victimCase{
		{
			class: "影響はありません",
			lang:  "ja", title: "業務委託先におけるランサムウェア被害について",
			text: "令和8年10月2日\n桐ヶ丘市\n\n本市" + body + "本市のシステムへの影響はありません。\n\n流出した可能性のある情報　4,210人分",
			want: []string{"ハルカゼ印刷工房"},
		},
		{
			class: "不正アクセスは確認されておりません",
			lang:  "ja", title: "委託先事業者への不正アクセスについて（お詫び）",
			text: "2026年10月2日\n白糸町\n\n本町" + body + "なお、本町が管理するサーバーへの不正アクセスは確認されておりません。",
			want: []string{"ハルカゼ印刷工房"},
		},
		{
			class: "起因するものではありません",
			lang:  "ja", title: "個人情報流出の可能性に関するお知らせ",
			text: "2026年10月2日\n湊川信用組合\n\n当組合" + body + "本件は当組合のシステムに起因するものではございません。",
			want: []string{"ハルカゼ印刷工房"},
		},
		{
			class: "a company's own breach sparing its other systems",
			lang:  "ja", title: "当社サーバーへの不正アクセスに関するお知らせ",
			text: "2026年10月2日\n株式会社コモレビ電装\n\n当社の顧客管理サーバーが第三者による不正アクセスを受け、顧客情報が流出した可能性があることが判明しました。現在、調査を委託している株式会社ハルカゼ印刷工房とともに原因を調べております。\n\nなお、当社のその他のシステムへの影響はありません。",
			want: []string{"コモレビ電装"},
		},
	})
}

// TestSession21ImprintFooter: a company's own "we" notice posted on a
// press hub names itself only in the imprint at its foot (registered name,
// a separator, the address); a security firm's research post with the
// same kind of imprint names no victim.
func TestSession21ImprintFooter(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "own notice, imprint at the foot",
			lang:  "en", site: "Wirehouse Press Hub", url: "https://press.wirehouse.example/releases/88213",
			title: "Update on our cyber incident",
			text:  "On 14 October we told customers that we had detected unauthorised access to part of our network. Our investigation is now complete.\n\nWhat happened\nAn unauthorised party used a compromised supplier account to access a file server and copied files between 9 and 13 October.\n\nWhat information was involved\nThe files contained personal information relating to 23,418 customers, including names, addresses and order histories.\n\nIf you have questions, please call our helpline on 0800 000 1234.\n\nBramblecote Mills Limited · Weaver Street · Halifax",
			want:  []string{"Bramblecote Mills"},
		},
		{
			class: "a security firm's research post",
			lang:  "en", site: "Wirehouse Press Hub", url: "https://press.wirehouse.example/releases/88214",
			title: "Inside a loader campaign hitting manufacturers",
			text:  "Over the past month we have tracked a loader campaign in which attackers breached the networks of several manufacturers through exposed remote-access gateways. We observed the operators copying design files before deploying ransomware.\n\nOur analysts have published indicators of compromise for defenders.\n\nNorthgale Security Ltd · 4 Canal Wharf · Leeds",
			want:  nil,
		},
	})
}

// TestSession21AdvisoriesAndResearch: pages with no breach of their own —
// a statistics piece whose Title Case headline says postings "Hit A
// Record", a national security office's advisory on its own site, a
// maker's bulletin on flaws in its product that names its support desk —
// name no victim; a research post that attributes "this activity" to a
// group in its own voice labels the group, though its headline names none.
func TestSession21AdvisoriesAndResearch(t *testing.T) {
	runFactCases(t, New(nil), time.Time{}, true, []factCase{
		{
			name: "statistics headline in Title Case", lang: "en",
			title: "Ransomware Shame-Site Listings Hit A Record In October, Tracker Finds",
			text:  "Extortion gangs named more victims on their shame sites in October than in any month before, according to figures compiled by the tracking service Brightwater Intel.\n\nThe sites listed 712 organisations, up 18% from September.\n\nShame-site listings are an imperfect measure. Victims that pay quickly are never listed, and some gangs recycle old claims.\n\nManufacturing and healthcare were again the sectors named most often.",
		},
		{
			name: "a national security office's advisory on its own site", lang: "en", site: "Federal Network Security Office",
			title: "Actors Exploit Edge Devices to Reach Water Utilities",
			text:  "The Federal Network Security Office (FNSO) and partner agencies are releasing this advisory to warn of intrusions into the networks of water utilities through unpatched edge devices.\n\nThe actors exploited known vulnerabilities in remote-access appliances and then moved to engineering workstations. Utilities should apply vendor updates and report suspected compromises to FNSO.",
		},
		{
			name: "a maker's bulletin on flaws in its product", lang: "ja",
			title: "SORAMICHI RecBoxにおける複数の脆弱性について",
			text:  "製品セキュリティ情報\n\n弊社が提供するネットワーク録画装置「SORAMICHI RecBox」に、複数の脆弱性が存在することが判明いたしました。\n\nこれらの脆弱性が悪用された場合、第三者によって録画データの閲覧や設定の変更が行われるおそれがあります。\n\n現時点で、本脆弱性を悪用した攻撃や被害は確認されておりません。お客様におかれましては、下記の対策を実施していただきますようお願いいたします。\n\n本件に関するお問い合わせ\n\nソラミチ通信機株式会社 カスタマーサポートセンター\nフリーダイヤル：0120-000-555（受付時間 9:00から17:00）",
		},
		{
			name: "a research post attributing this activity", lang: "en",
			title:  "Fake conference invitations deliver a new stealer to aerospace engineers",
			text:   "Since September, our analysts have followed a wave of emails inviting aerospace engineers to speak at industry conferences. The attached agenda installs a stealer that collects browser credentials and design files.\n\nAttribution\n\nWe attribute this activity with moderate confidence to Kimsuky, based on shared infrastructure and the lure themes described above.\n\nDefenders should block the domains listed below.",
			actors: []string{"Kimsuky"},
		},
	})
}

// TestSession21Audit10Facts: a group the text ties to a flaw's earlier
// exploitation, then says there is no sign of it in this breach, is only
// mentioned; a product bulletin saying its maker "is not aware of any
// malicious use" names no victim.
func TestSession21Audit10Facts(t *testing.T) {
	runFactCases(t, New(nil), time.Time{}, true, []factCase{
		{
			name: "a group ruled out in the next sentence", lang: "en",
			title:   "Kestrelford Dairies says 212,000 customers hit in gateway breach",
			text:    "Kestrelford Dairies has confirmed that hackers stole data on 212,000 customers after breaking in through an unpatched remote-access gateway. The Medusa ransomware gang claimed the attack on its leak site.\n\nThe national cyber centre last month attributed early exploitation of the gateway flaw to the state-backed group APT41. There is no indication that APT41 was involved at Kestrelford, the company said.",
			victims: []string{"Kestrelford Dairies"}, actors: []string{"Medusa"},
		},
		{
			name: "a maker not aware of any malicious use", lang: "en",
			title: "VSA-2026-011: Halden EdgeWall management interface denial of service",
			text:  "A vulnerability in the management interface of Halden EdgeWall firewalls could allow an unauthenticated remote attacker to restart the interface by sending crafted requests. Traffic through the firewall is not affected. Halden is not aware of any malicious use of this vulnerability. Fixed releases are listed below.",
		},
	})
}

// TestSession21ReviewGuards replays the over-matches a review of session
// 21's incident rules found, on invented text.
func TestSession21ReviewGuards(t *testing.T) {
	runFactCases(t, New(nil), time.Time{}, true, []factCase{
		{
			name: "an own notice sparing one named system keeps its issuer", lang: "ja",
			title:   "当社オンラインショップへの不正アクセスに関するお詫びとお知らせ",
			text:    "2026年10月2日\n株式会社ハナカゼ雑貨\n\n当社が運営するオンラインショップが第三者による不正アクセスを受け、お客様のクレジットカード情報が流出した可能性があることが判明いたしました。サイトの構築・保守は、業務を委託しております株式会社ミナトウェブ（以下「委託先」）が担当しております。\n\nなお、当社の店舗の決済システムへの影響はございません。",
			victims: []string{"ハナカゼ雑貨"},
		},
		{
			name: "counsel's imprint under a client's notice is no issuer", lang: "en",
			title: "Notice of data security incident",
			text:  "We are writing to let you know about an incident that may have involved some of your information. On 3 September we detected unauthorised access to our patient scheduling system and took it offline.\n\nIf you have questions, please call 0800 000 2222.\n\nHollin Pike LLP · 200 Market Street · Philadelphia, PA",
		},
		{
			name: "a gang that has not yet published is still the actor", lang: "en",
			title:   "Tarnwell Foods hit by Qilin ransomware",
			text:    "Tarnwell Foods said a ransomware attack disrupted its order systems. Qilin claimed the attack on its leak site on Tuesday. Qilin has not yet published any of the data it says it stole, the company said.",
			victims: []string{"Tarnwell Foods"}, actors: []string{"Qilin"},
		},
		{
			name: "a denial about another campaign keeps the actor", lang: "en",
			title:   "Scattered Spider behind Brellow Logistics breach, Mandiant says",
			text:    "Mandiant said Scattered Spider breached Brellow Logistics by calling its help desk. There is no indication that Scattered Spider was involved in the phishing campaign against Brellow Logistics customers last year.",
			victims: []string{"Brellow Logistics"}, actors: []string{"Scattered Spider"},
		},
		{
			name: "'this activity' of another campaign recalled in a breach report", lang: "en",
			title:   "Brellow Logistics confirms data theft",
			text:    "Brellow Logistics confirmed that an intruder copied shipping records. Separately, Microsoft warned of password spraying against telecom operators in Asia. In May, Microsoft attributed this activity to Volt Typhoon.",
			victims: []string{"Brellow Logistics"},
		},
		{
			name: "a breach report quoting what a flaw could allow keeps its victim", lang: "en",
			title:   "Brellow Logistics: shipping records of 8,400 customers taken",
			text:    "Brellow Logistics said shipping records of 8,400 customers were taken. The flaw, CVE-2026-1234, could allow a remote attacker to read arbitrary files. Brellow Logistics has patched its servers.",
			victims: []string{"Brellow Logistics"},
		},
		{
			name: "a benefits agency's own notice", lang: "en", site: "National Social Security Authority",
			title:   "Notice about unauthorised access to our claims portal",
			text:    "We have detected unauthorised access to our online claims portal. Our investigation found that the personal details of some claimants may have been viewed. We are contacting everyone affected.",
			victims: []string{"National Social Security Authority"},
		},
	})
}
