package incident

import "testing"

// TestVictimClasses checks the victim of short articles written in the ways
// news desks and press offices commonly write them, one class of writing per
// group of rows. The organisations and addresses are invented.
func TestVictimClasses(t *testing.T) {
	x := New(nil)
	tests := []struct {
		class, url, lang, title, text string
		site                          string
		want                          []string
	}{
		// A foreign organisation Japanese news writes in katakana keeps
		// the Latin spelling the page gives for it: in its address or in
		// the text. Generic words of the name are translated; a kanji word
		// is taken only when the Latin spelling shows it.
		{
			class: "katakana name, Latin spelling in the address",
			url:   "https://www.kaigai-news.example/2025/03/11/halvorsen-energi",
			lang:  "ja", title: "ノルウェーの電力会社に不正アクセス、顧客情報流出",
			text: "ノルウェーの電力会社ハルボーセン・エネルギは、顧客管理システムが不正アクセスを受け、約12万人分の顧客情報が流出したと発表した。",
			want: []string{"Halvorsen Energi"},
		},
		{
			class: "katakana name, generic loanwords translated",
			url:   "https://iryo-news.example/news/20250402-brightmoor",
			lang:  "ja", title: "米病院グループにランサム攻撃",
			text: "米ミシガン州で病院を運営するブライトムーア・リージョナル・ヘルスは、ランサムウェア攻撃を受け、患者約8万人の情報が流出したと発表した。",
			want: []string{"Brightmoor Regional Health"},
		},
		{
			class: "katakana name, kanji word shown by the address",
			url:   "https://www.tessaro-airlines.example/jp/news/0401.html",
			lang:  "ja", title: "テッサロ航空、会員情報流出の可能性",
			text: "イタリアのテッサロ航空は、マイレージ会員のデータベースに不正アクセスがあり、会員情報が流出した可能性があると発表した。",
			want: []string{"Tessaro Airlines"},
		},
		{
			class: "katakana name, kanji word not shown: kept as written",
			url:   "https://sky-news.example/2025/05/tessaro",
			lang:  "ja", title: "テッサロ航空、会員情報流出の可能性",
			text: "イタリアのテッサロ航空は、マイレージ会員のデータベースに不正アクセスがあり、会員情報が流出した可能性があると発表した。",
			want: []string{"テッサロ航空"},
		},
		{
			class: "katakana name, address spells something else",
			url:   "https://www.kaigai-news.example/2025/03/11/energy-sector-attacks",
			lang:  "ja", title: "ノルウェーの電力会社に不正アクセス、顧客情報流出",
			text: "ノルウェーの電力会社ハルボーセン・エネルギは、顧客管理システムが不正アクセスを受け、約12万人分の顧客情報が流出したと発表した。",
			want: []string{"ハルボーセン・エネルギ"},
		},
		{
			class: "katakana name quoted after its kind, Latin spelling in the text",
			lang:  "ja", title: "米オハイオ州の病院にランサム攻撃",
			text: "米オハイオ州の病院「クレストウッド・メディカルセンター」は、昨年11月に受けたランサムウェア攻撃で患者の情報が盗まれたとして、対象者への通知を始めた。\n出典: Crestwood Medical Center のお知らせ",
			want: []string{"Crestwood Medical Center"},
		},
		{
			class: "Japanese company in katakana, its address only romanises it",
			url:   "https://www.hoshizora.example/news/20250301",
			lang:  "ja", title: "ホシゾラ、不正アクセスで会員情報流出の可能性",
			text: "ゲームを開発するホシゾラ（東京都港区）は、会員管理サーバーが不正アクセスを受け、会員情報が流出した可能性があると発表した。",
			want: []string{"ホシゾラ"},
		},
		{
			class: "katakana name, the text's Latin run names a unit",
			lang:  "ja", title: "ベルモント電機の子会社にランサム攻撃",
			text: "ベルモント電機は、タイの子会社Belmont Electric Thailandがランサムウェア攻撃を受けたと発表した。",
			want: []string{"ベルモント電機"},
		},
		{
			class: "katakana name, Latin spelling with a Nordic legal form in the text",
			lang:  "ja", title: "デンマークの海運会社にランサム攻撃",
			text: "デンマークの海運会社ハンセン・シッピングは、ランサムウェア攻撃を受けたと発表した。同社の発表文（Hansen Shipping A/S）によると、顧客情報の一部が流出した可能性がある。",
			want: []string{"Hansen Shipping"},
		},
		{
			class: "well-known foreign airline in katakana",
			lang:  "ja", title: "独ルフトハンザ航空で顧客情報流出",
			text: "ドイツのルフトハンザ航空は、外部委託先のシステムが不正アクセスを受け、顧客情報が流出したと発表した。",
			want: []string{"Lufthansa"},
		},

		// A company's own notice that says only 当社 or "we" and names
		// itself nowhere in the text is published on its own site: a
		// well-known company's address names it.
		{
			class: "first-person notice on a well-known company's site",
			url:   "https://www.shiseido.example/jp/news/2025/0301/",
			lang:  "ja", title: "当社へのサイバー攻撃に関するお知らせ",
			text: "当社の社内ネットワークが第三者による不正アクセスを受けたことが判明いたしました。現在、外部専門機関とともに調査を進めております。",
			want: []string{"Shiseido"},
		},
		{
			class: "vendor's notice on attacks exploiting its product",
			url:   "https://www.fujitsu.example/jp/support/0301/",
			lang:  "ja", title: "当社製品に関する重要なお知らせ",
			text: "当社製品の脆弱性を悪用した攻撃が確認されています。ご利用のお客様は最新版へのアップデートをお願いいたします。",
			want: nil,
		},
		{
			class: "first-person notice on an unknown site names no one",
			url:   "https://www.orisawa-seiko.example/news/0301.html",
			lang:  "ja", title: "当社へのサイバー攻撃に関するお知らせ",
			text: "当社の社内ネットワークが第三者による不正アクセスを受けたことが判明いたしました。現在、外部専門機関とともに調査を進めております。",
			want: nil,
		},

		// The page names its publisher (the site's name): a notice that
		// calls itself only 当社/当院/"we" is that publisher's.
		{
			class: "hospital's own notice, named by its site",
			site:  "しらさぎ中央病院", lang: "ja", title: "ランサムウェア被害による個人情報流出の可能性について",
			text: "当院では、8月に発生したランサムウェアによるシステム障害について調査を進めてまいりました。その結果、患者さまの個人情報が流出した可能性が否定できないことが判明いたしました。",
			want: []string{"しらさぎ中央病院"},
		},
		{
			class: "company's own notice, site named with its legal form and a section",
			site:  "ミヤマ精機株式会社 ニュースリリース", lang: "ja", title: "当社へのランサムウェア攻撃について",
			text: "当社のネットワークへの不正アクセスについて、調査の結果、ランサムウェアによる攻撃であったことが判明いたしました。",
			want: []string{"ミヤマ精機"},
		},
		{
			class: "college's own 'we' notice, named by its site",
			site:  "Red Hollow Community College", lang: "en", title: "Notice of data security incident",
			text: "We recently learned that an unauthorized party accessed parts of our network. We took those systems offline and engaged an outside cybersecurity firm.",
			want: []string{"Red Hollow Community College"},
		},
		{
			class: "council's update, site named with its newsroom",
			site:  "Cresthaven Borough Council Newsroom", lang: "en", title: "Cyber incident: update for residents",
			text: "On 4 June we became aware of a cyber incident affecting some of our IT systems. We took those systems offline straight away.",
			want: []string{"Cresthaven Borough Council"},
		},
		{
			class: "vendor's launch speaking of incidents it handled",
			site:  "ハヤテセキュリティ株式会社", lang: "ja", title: "ランサムウェア復旧支援サービスを提供開始",
			text: "当社がこれまでに対応したインシデントでは、ランサムウェアによる攻撃が目立っています。新サービスでは初動対応から復旧までを支援します。",
			want: nil,
		},
		{
			class: "vendor's research blog in the first person",
			site:  "Kestrel Threat Labs Blog", lang: "en", title: "Inside a ransomware intrusion at a manufacturer",
			text: "We observed a ransomware attack on a mid-sized manufacturer last month. The intruders used a stolen VPN password.",
			want: nil,
		},

		// Japanese news opens with a descriptive headline and names the
		// victim in the body, often after a clause saying what it does.
		{
			class: "hiragana name after a clause on its trade",
			lang:  "ja", title: "雑貨通販サイトに不正アクセス - カード情報流出か",
			text: "手作り雑貨の販売を手がけるはなもり工房は、同社が運営する通販サイトが不正アクセスを受け、顧客のクレジットカード情報が流出した可能性があると発表した。",
			want: []string{"はなもり工房"},
		},
		{
			class: "victim named in a clause that it disclosed the damage",
			lang:  "ja", title: "製造業を狙う攻撃キャンペーンを分析",
			text: "ミツルギラボは、国内の製造業を狙う攻撃キャンペーンを分析した。分析した事例の一つは、5月に被害を公表した蒼岳精工です。同社のネットワークから設計データが窃取されていた。",
			want: []string{"蒼岳精工"},
		},
		{
			class: "category before a quoted Latin name in the headline",
			lang:  "ja", title: "【抄訳】米クラウド会計「Ledgerly」、約40万人分の請求データ流出",
			text: "会計ソフトを提供する米Ledgerlyは、連携アプリから盗まれた認証トークンが悪用され、利用企業のエンドユーザー約40万人分のサポートチケットが持ち出されたと明らかにした。",
			want: []string{"Ledgerly"},
		},

		// Municipalities whose names open with a numeral, which the
		// dictionary reads as a count before a place.
		{
			class: "town opening with a numeral, in a summary's headline",
			lang:  "ja", title: "九河原町のランサムウェア被害、これまでの経緯",
			text: "岐阜県九河原町で起きたランサムウェア被害について、町の発表をもとに経緯を整理する。町は住民の情報が流出したと認めた。",
			want: []string{"九河原町"},
		},
		{
			class: "town opening with a numeral after its prefecture",
			lang:  "ja", title: "町の住民情報システムに不正アクセス",
			text: "岐阜県二川原町は、住民情報システムが不正アクセスを受け、住民の個人情報が流出した可能性があると発表した。",
			want: []string{"二川原町"},
		},
		// A notice may shorten its subsidiary's name (以下「ABC」): the
		// short form is that company, which goes under its parent.
		{
			class: "subsidiary shortened in brackets goes under the parent",
			lang:  "ja", title: "当社グループ会社への不正アクセスについて",
			text: "当社の子会社である東京ガスエンジニアリング株式会社（以下「TGE」）のサーバーが不正アクセスを受けました。TGEが保有する顧客情報が流出した可能性があります。\n東京ガス株式会社",
			want: []string{"Tokyo Gas"},
		},
		{
			class: "shop name in quotes, operator in the signature",
			lang:  "ja", title: "カード情報流出に関するお詫び",
			text: "平素より「あおば堂オンラインストア」をご利用いただき、ありがとうございます。弊社が運営する本ストアが不正アクセスを受け、カード情報が流出した可能性があります。\n株式会社あおば堂",
			want: []string{"あおば堂"},
		},

		// Articles that are not about an incident of their own.
		{
			class: "vendor launch for victims of attacks",
			lang:  "ja", title: "ランサムウェア被害の復旧を支援する新サービスを提供開始",
			text: "ハヤテセキュリティ株式会社（本社：東京都港区）は、ランサムウェア被害に遭った中小企業向けに復旧を支援するサービス「ハヤテ・レスキュー」の提供を開始しました。当社は昨年度に80件のインシデントに対応しました。",
			want: nil,
		},
		{
			class: "course that teaches an old leak",
			lang:  "ja", title: "地方大学、社会人向けセキュリティ講座を開講へ",
			text: "北陸の大学5校は、社会人向けの情報セキュリティ講座を来年4月に開講すると発表した。\n講座では実際の事例を教材にする。2016年に北斗信用組合から約3万件の顧客情報が流出した事案なども取り上げる。",
			want: nil,
		},

		// English: a parent's unit with the parent's first word.
		{
			class: "en unit named as the parent's arm",
			lang:  "en", title: "Ransomware gang leaks files from Marrow Holdings' shipping unit",
			text: "The Akira group has published files it says came from Marrow Freight, the shipping arm of British engineering group Marrow Holdings. Marrow said in March that data on 3,000 staff may have been taken.",
			want: []string{"Marrow Holdings"},
		},
		// English coverage of a Japanese company gives its Japanese name in
		// brackets: a romanisation of it has no English name of its own.
		{
			class: "en romanised Japanese name with its spelling in brackets",
			lang:  "en", title: "Ransomware gang lists Japanese parts maker",
			text: "Japanese sensor maker Kiyose Denki (清瀬電機) said personal data on 2,400 employees may have been stolen in a ransomware attack.",
			want: []string{"清瀬電機"},
		},
		{
			class: "en English name with its Japanese spelling in brackets",
			lang:  "en", title: "Ransomware gang lists Japanese parts maker",
			text: "Japanese sensor maker Kiyose Electric (清瀬電機) said personal data on 2,400 employees may have been stolen in a ransomware attack.",
			want: []string{"Kiyose Electric"},
		},
		// English: a brand written in lower case, even opening a sentence.
		{
			class: "en lower-case brand",
			lang:  "en", title: "Hackers steal customer data from payroll start-up zentrio",
			text: "Hackers have stolen a customer database from zentrio, a Berlin start-up whose payroll service is used by small firms. zentrio confirmed on Monday that a leaked access key was used to copy the data.",
			want: []string{"zentrio"},
		},
		// English: a page about a breach on the site of the organisation
		// it happened to, which the text calls "the county" or "we".
		{
			class: "en publisher's own page, the institution after its region",
			site:  "Marrow County, Idaho", lang: "en", title: "Some services limited after network problem",
			text: "FOR IMMEDIATE RELEASE\n\nIT staff detected malicious activity on county servers early on Friday and took systems offline. The county has not yet established whether personal information was accessed. Offices remain open.",
			want: []string{"Marrow County"},
		},
		{
			class: "en publisher's own page, a unit's site under its university",
			site:  "Fenholt University Library Services", lang: "en", title: "Update on the catalogue account compromise",
			text: "Last week we told patrons that an outside party had signed in to the catalogue using stolen passwords. Our review found the names and borrowing histories of 2,310 patrons were viewable. We have reset every affected account.",
			want: []string{"Fenholt University"},
		},
		{
			class: "en outlet's page is not its own breach",
			site:  "Harbour Valley Courier", lang: "en", title: "Hackers hit regional water utility",
			text: "A regional water utility has been hit by hackers who encrypted billing servers, according to two people familiar with the matter. We have asked the utility for comment.",
			want: []string{},
		},
		{
			class: "en security vendor's research on its own site",
			site:  "Quillon Labs", lang: "en", title: "Skimmers hidden in fake tag managers on 800 shops",
			text: "Quillon Labs researchers found card skimmers on 800 online shops that attackers had compromised through a fake tag manager. We have notified the affected shops.",
			want: []string{},
		},
		{
			class: "en company blog's security update in the first person",
			site:  "Tallowgate Blog", lang: "en", title: "Security update: unauthorized access to a reporting system",
			text: "Posted by Dana Ruiz, Chief Information Security Officer\n\nWe want to share what we know about a security incident that affected an internal reporting system. On May 2 an attacker used a stolen session to export contact details of about 12,000 users.",
			want: []string{"Tallowgate"},
		},
		{
			class: "en letter signed with a post and the body on one line",
			lang:  "en", title: "An update on the network incident",
			text: "Dear families and staff,\n\nI am writing with an update on the cybersecurity incident that disrupted our network over the break. Our technology team found that an outside party had gained access to our systems and encrypted many of our servers.\n\nSincerely,\nSuperintendent, Larchfield Unified School District",
			want: []string{"Larchfield Unified School District"},
		},
		{
			class: "en vendor's security update for its product is no breach",
			site:  "Tallowgate Blog", lang: "en", title: "Security update for Tallowgate Gateway 4.2",
			text: "We have released a security update that fixes a flaw attackers could use to gain access to the admin console. We recommend that all customers install it.",
			want: []string{},
		},
		{
			class: "ja warning of scam texts in a city's name",
			site:  "北浦市", lang: "ja", title: "本市をかたる不審なSMSにご注意ください",
			text: "本市をかたり、還付金があると記載して偽のサイトへ誘導するSMSが確認されています。本市のシステムから送信されたものではなく、個人情報が流出した事実もありません。",
			want: []string{},
		},
		{
			class: "en name with possessive before a lower-case kind and its full form in the body",
			lang:  "en", title: "Nearly 90,000 patients hit by St. Corran's hospital hack",
			text: "Letters began arriving this week telling patients of St. Corran's Regional Medical Center that their information was stolen during February's cyberattack. The hospital reported that 88,406 people were affected.",
			want: []string{"St. Corran's Regional Medical Center"},
		},
	}
	for _, tt := range tests {
		got := x.Extract(Doc{Lang: tt.lang, Title: tt.title, Text: tt.text, URL: tt.url, Site: tt.site}).VictimNames()
		if !sameSet(got, tt.want) {
			t.Errorf("%s: victims = %q, want %q", tt.class, got, tt.want)
		}
	}
}

// TestSoundsLike checks the match between a katakana word and the Latin
// word it may transcribe.
func TestSoundsLike(t *testing.T) {
	tests := []struct {
		kana, latin string
		want        bool
	}{
		{"ハルボーセン", "halvorsen", true},
		{"クレストウッド", "crestwood", true},
		{"スカイリーチ", "skyreach", true},
		{"ブライトムーア", "brightmoor", true},
		{"テッサロ", "tessaro", true},
		{"ノルドハウン", "nordhavn", true},
		{"プレーリー", "prairie", true},
		{"ハルボーセン", "harbour", false},
		{"テッサロ", "energy", false},
		{"ノルドハウン", "nordic", false},
		{"プレーリー", "portal", false},
		{"ソラノ", "solar", false},
	}
	for _, tt := range tests {
		if got := soundsLike(tt.kana, tt.latin); got != tt.want {
			t.Errorf("soundsLike(%s, %s) = %v, want %v", tt.kana, tt.latin, got, tt.want)
		}
	}
}
