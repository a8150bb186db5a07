package incident

import "testing"

// TestIssuersAndDescriptions checks victims found through the page's
// issuer or set apart from descriptions of them: an inn's site name after
// a catchphrase, a foreign brand's Japanese arm, a notice's time zone and
// team signature, a client's contractor, a foreign body described by its
// kind, a place in a head-office bracket. The organisations are invented.
func TestIssuersAndDescriptions(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "inn's site name after a catchphrase, notice saying 当館",
			lang:  "ja", site: "森の湯宿 ほたる庵",
			title: "予約管理画面への不正ログインについてのお詫び",
			text:  "このたび、当館が利用している予約管理画面に第三者が不正にログインし、お客様の予約情報が閲覧された可能性があることが判明いたしました。\n\n対象：ご予約のお客様208件分",
			want:  []string{"ほたる庵"},
		},
		{
			class: "foreign brand's Japanese arm, Latin name in the address",
			lang:  "ja", url: "https://www.corvellis.example/ja/notice/1", site: "コーヴェリス・ジャパン",
			title: "弊社親会社のサービスにおける不正アクセスについて",
			text:  "弊社の親会社が提供するクラウドサービスにおいて第三者による不正アクセスが発生し、ご利用企業様の情報が外部に持ち出されたことが判明いたしました。\n\nコーヴェリス・ジャパン株式会社",
			want:  []string{"Corvellis"},
		},
		{
			class: "status notice with a time zone after p.m. and a team signature",
			lang:  "en",
			title: "Security update: unauthorized access to support tooling",
			text:  "Last updated March 3, 2026, 4:10 p.m. ET\n\nOn February 26 we detected that an unauthorized party had used a support account to export customer records. We revoked access within an hour.\n\n— The Pellstone Security Team",
			want:  []string{"Pellstone"},
		},
		{
			class: "client's notice: 'X, one of the contractors' is the way in",
			lang:  "en", site: "Ashgrove Homes",
			title: "Data incident at one of our contractors",
			text:  "We want to tell you about a data incident at Morrow Facilities Group, one of the contractors that services our buildings. Morrow told us that criminals had copied a file listing the names and phone numbers of our tenants.\n\nAshgrove Homes is a registered housing provider.",
			want:  []string{"Ashgrove Homes"},
		},
		{
			class: "foreign body described by its kind, its name in the lead",
			lang:  "ja",
			title: "米病院にランサム攻撃、患者20万人の情報流出か",
			text:  "米国の病院Larchmont Regional Medical Center（ラーチモント・リージョナル・メディカルセンター）は、ランサムウェア攻撃により患者約20万人の個人情報が流出した可能性があると発表した。",
			want:  []string{"Larchmont Regional Medical Center"},
		},
		{
			class: "place in a head-office bracket, written before the name in the headline",
			lang:  "ja",
			title: "沼津市の潮見精機にランサム攻撃",
			text:  "精密部品製造の潮見精機（沼津市）は、社内サーバーがランサムウェア攻撃を受けたと明らかにした。取引先の連絡先約1,400件が流出した可能性がある。",
			want:  []string{"潮見精機"},
		},
		{
			class: "regulator's reprimand names the body; its finding too",
			lang:  "en",
			title: "College group reprimanded by watchdog after hackers took student files",
			text:  "A further-education college group has been formally reprimanded by the data protection watchdog.\n\nThe Information Commissioner found that Ashcombe Colleges Group had left its remote access portal protected only by a password. Hackers stole files relating to 9,120 students and staff.",
			want:  []string{"Ashcombe Colleges Group"},
		},
		{
			class: "a place after 'in the' is no subject; a relative clause between name and verb",
			lang:  "en",
			title: "Guests of lakeside lodges targeted after booking login hijacked",
			text:  "A lodge operator in the Scottish Highlands has warned about 2,300 guests that their booking details may have been seen. Glenmorrow Lodges, which runs four properties in Perthshire, Argyll and Skye, said the attacker signed in to its booking page. BookNest said in a statement that its own systems had not been breached.",
			want:  []string{"Glenmorrow Lodges"},
		},
		{
			class: "a quarterly filing's note on the issuer's own breach, issuer in the site name",
			lang:  "ja", site: "霧島精工 IR情報",
			title: "2025年12月期 第3四半期決算短信〔日本基準〕（連結）",
			text:  "1．当四半期の連結業績\n(1) 連結経営成績 売上高 12,480百万円（△2.1%） 営業利益 610百万円（△12.4%）\n(2) 連結財政状態 総資産 40,112百万円 純資産 21,007百万円\n(3) 配当の状況 年間配当金 1株当たり40円（前期 40円）\n\n（追加情報）\n当社は、2025年8月4日に当社サーバーが第三者による不正アクセスを受け、ランサムウェアによりファイルが暗号化される被害を受けました。お取引先様の担当者情報計4,210名分が流出した可能性があります。",
			want:  []string{"霧島精工"},
		},
		{
			class: "an earnings story on security demand is no incident (ランサム対策需要)",
			lang:  "ja",
			title: "セキュリティ監視のイワシロガード、通期は増益　ランサム対策需要で",
			text:  "セキュリティ監視サービスのイワシロガードが発表した通期決算は、純利益が前期比18%増だった。ランサムウェア被害の相次ぐ製造業からの受注が伸びた。",
			want:  nil,
		},
		{
			class: "a newsletter's sender on the line after 'Our mailing address is:'",
			lang:  "en",
			title: "An important note about our checkout",
			text:  "Hello friends,\n\nOn May 2 our developer found a few lines of code that did not belong in the checkout page of our online shop. The code copied what customers typed into the payment form.\n\nOur mailing address is:\nThistledown Teas\n8 Harbour Row",
			want:  []string{"Thistledown Teas"},
		},
		{
			class: "a body speaking of itself as 'The Authority', its name only in the site",
			lang:  "en", site: "Kestrel Bay Transit",
			title: "Service Notice: Discount Card Program Data Incident",
			text:  "The Authority is notifying participants in its discount card program that an unauthorized party gained access to the online application portal. Those records contained the personal information of 3,104 card holders.",
			want:  []string{"Kestrel Bay Transit"},
		},
		{
			class: "a district's letter on an incident at 'X, the company that provides our…'",
			lang:  "en", site: "Marlow Heights Unified School District",
			title: "Important: data incident affecting some students",
			text:  "Dear families and staff,\n\nI am writing to let you know about a data security incident at GradeBridge, the company that provides our district's gradebook system. GradeBridge told us that an unauthorized person exported data belonging to several of its school district customers, including ours.",
			want:  []string{"Marlow Heights Unified School District"},
		},
		{
			class: "the issuer's own service in quotes is the issuer's (サービス「…」)",
			lang:  "ja", site: "株式会社Norvane",
			title: "ランサムウェア被害に関するご報告（第2報）",
			text:  "当社サーバへの不正アクセスにつきまして、調査結果をご報告いたします。攻撃者は、当社の開発委託先の保守用アカウントを用いてクラウド環境に侵入し、クラウド経費精算サービス「ケイヒラク」のデータベースを外部に持ち出しました。",
			want:  []string{"Norvane"},
		},
		{
			class: "a responder's report on its client is no notice of its own",
			lang:  "ja", site: "アカツキ・セキュリティ",
			title: "国内製造業への標的型攻撃の調査報告",
			text:  "弊社インシデントレスポンスチームは、国内の製造業B社から依頼を受け、標的型攻撃の調査と復旧支援を行いました。攻撃者はVPN装置の脆弱性を悪用して社内ネットワークに侵入していました。",
			want:  nil,
		},
		{
			class: "a name opening with a character that abbreviates a country (中村病院) is a name",
			lang:  "ja",
			title: "中村病院にランサムウェア攻撃",
			text:  "中村病院は、電子カルテシステムがランサムウェアに感染したと発表した。",
			want:  []string{"中村病院"},
		},
	})
}
