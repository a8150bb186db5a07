package incident

import (
	"reflect"
	"testing"
	"time"
)

// TestRecordCases checks record counts on invented wording: figures of
// other incidents set aside, counting verbs after "we have".
func TestRecordCases(t *testing.T) {
	x := New(nil)
	tests := []struct {
		name    string
		doc     Doc
		records *int64
	}{
		{
			name: "total after the listed parts (計)",
			doc: Doc{Lang: "ja", Title: "当社サーバーへの不正アクセスに関するお知らせ",
				Text: "当社のファイルサーバーが第三者による不正アクセスを受けたことが判明いたしました。\n\n2．漏えいのおそれがある情報\n・お取引先様ご担当者の氏名、電話番号：約2,100件\n・当社従業員の氏名、住所：約800件\n計約2,900件。\n\nミヤマ精機株式会社"},
			records: ptr(2900),
		},
		{
			name: "a total line under numbered items (合計), items on lines of their own",
			doc: Doc{Lang: "ja", Title: "不正アクセスによる個人情報流出のおそれについて（第2報）",
				Text: "調査の結果、以下の情報が外部に流出したおそれがあることが判明しました。\n\n1．流出のおそれがある情報\n（1）会員様の情報　8万2,140名様分\n　お名前、ご住所、電話番号\n（2）当社従業員の情報　455名分\n　お名前、ご住所\n　合計　8万2,595名分\n\n2．原因\n保守用の接続機器の脆弱性を悪用されたものと推定しております。\n\n株式会社ほたる商会"},
			records: ptr(82595),
		},
		{
			name: "a figure alone on its line counts what the line above names; the customer base does not count",
			doc: Doc{Lang: "ja", Title: "委託先における顧客情報の不正持ち出しについて",
				Text: "当社が業務を委託している事業者において、元従業員が当社のお客さま情報を不正に持ち出していたことが判明しました。\n\n1．対象となるお客さま\n2020年4月から2025年3月までの間にお申し込みいただいたお客さま\n2万7,310件\n\n当社は県内を中心に約15万件のお客さまにガスをお届けしております。\n\nあけぼのガス株式会社"},
			records: ptr(27310),
		},
		{
			name: "spam messages sent are no records; the people whose data was seen are",
			doc: Doc{Lang: "ja", Title: "本学教職員のメールアカウントへの不正ログインについて",
				Text: "本学教職員1名のメールアカウントが第三者により不正にログインされ、約3,100件の迷惑メールが送信される事案が発生いたしました。\n\n当該メールボックスに保存されていた学生等1,204名分の氏名、メールアドレスが閲覧された可能性があります。\n\n南浜学院大学"},
			records: ptr(1204),
		},
		{
			name: "an address count is a count",
			doc: Doc{Lang: "ja", Title: "会員情報流出のお知らせ",
				Text: "当社サーバーへの不正アクセスにより、会員様の2万1,480件のメールアドレスが流出した可能性があることが判明しました。\n\n南浜商事株式会社"},
			records: ptr(21480),
		},
		{
			name: "the people whose data was involved, not the staff a response trains",
			doc: Doc{Lang: "en", Title: "Letter to families: update on the May data incident",
				Text: "On May 19, Larchmont Unified School District detected unauthorized access to its student information system. We have determined that those reports included information about 4,412 current and former students.\n\nSince the incident, we have required multi-factor authentication for every staff account and scheduled additional phishing training for all 1,150 employees before the new school year."},
			records: ptr(4412),
		},
		{
			name: "the people a body serves are no toll",
			doc: Doc{Lang: "en", Title: "Akira claims attack on Maasveld water board",
				Text: "The ransomware group Akira has claimed responsibility for a cyber attack on Waterschap Maasveld, the regional water authority that manages dikes and wastewater treatment for around 520,000 residents. The board said it was still investigating whether any data had been taken."},
			records: nil,
		},
		{
			name: "a firm's staff in brackets after its name is no toll",
			doc: Doc{Lang: "ja", Title: "歯車メーカーの丸星工業にランサム攻撃、リークサイトに掲載",
				Text: "産業機械向け歯車を製造する丸星工業（愛知県安城市、従業員約180人）が6月末にランサムウェア攻撃を受けた問題で、ランサムウェアグループが同社の名前をリークサイトに掲載したことが分かった。"},
			records: nil,
		},
		{
			name: "total in a numbered heading's brackets",
			doc: Doc{Lang: "ja", Title: "ランサムウェア攻撃による情報漏えいに関する調査結果について",
				Text: "当社グループのサーバーがランサムウェア攻撃を受け、情報の一部が外部へ流出した可能性があることを確認いたしました。\n\n2．流出のおそれがある個人情報（最大31万2千件）\n・お客様の氏名、住所等：28万件\n・当社従業員および退職者の氏名、住所等：3万2千件\n\nミヤマ精機株式会社"},
			records: ptr(312000),
		},
		{
			name: "the victim's count, not the gang's claim",
			doc: Doc{Lang: "en", Title: "Hackers hit Pelworth, claim 6M customer records",
				Text: "Pelworth, a customer-support software firm, said on Tuesday that an intruder had stolen contact details of 21,400 customers. On Wednesday the extortion crew behind the attack posted on its leak site that it had stolen \"6 million rows of Pelworth customer data\"."},
			records: ptr(21400),
		},
		{
			name: "the victim's correction of a claimed count",
			doc: Doc{Lang: "en", Title: "Hackers hit Rellmoor, claim 8M customer records",
				Text: "An extortion crew posted on its leak site that it had stolen \"8 million rows of Rellmoor customer data\". Rellmoor says the true figure is about 41,200 people."},
			records: ptr(41200),
		},
		{
			name: "customers selected from a base, the base excluded",
			doc: Doc{Lang: "ja", Title: "業務委託先におけるランサムウェア被害によるお客様情報流出の可能性について",
				Text: "当社が検針票の発送業務を委託している印刷会社において、ランサムウェアによる被害が発生し、お客様情報の一部が流出した可能性があります。\n\n1．流出した可能性のある情報\n対象：当社の都市ガスをご契約のお客様のうち、2024年度に再発行をお申込みいただいたお客様 2,318件\n\n当社の供給区域内のお客様約9万件のうち、上記以外のお客様の情報は含まれておりません。"},
			records: ptr(2318),
		},
		{
			name: "a forum's claimed count, the company's own count",
			doc: Doc{Lang: "ja", Title: "会員情報流出に関するお知らせ",
				Text: "当社サービスの会員情報の一部が、外部から閲覧可能な状態になっていたことが判明しました。対象は会員1,204,118件です。\n\n一部のインターネット上のフォーラムにおいて、当社の会員データ約200万件を保有しているとする投稿がなされていることを認識しております。"},
			records: ptr(1204118),
		},
		{
			name: "accounts among login attempts, a part of them",
			doc: Doc{Lang: "ja", Title: "会員サイトへの不正ログインについて（お知らせとお詫び）",
				Text: "当生協が運営する注文サービスにおいて、第三者による不正ログインが発生しました。\n\n5月2日から5月6日にかけて、外部から大量のログイン試行（約150万回）があり、このうち982件の組合員アカウントへのログインが成立しておりました。\n\nなお、上記のうち19件のアカウントではポイントが不正に使用されておりました。"},
			records: ptr(982),
		},
		{
			name: "a daily average is no count",
			doc: Doc{Lang: "ja", Title: "中核病院にランサムウェア攻撃　電子カルテ停止",
				Text: "東浜中央病院は20日、ランサムウェア攻撃を受け電子カルテが停止したと発表した。患者情報の流出の有無は調査中という。\n\n同病院は東浜市など2市3町の中核病院で、1日平均の外来患者は約1300人。"},
			records: nil,
		},
		{
			name: "the national part of a foreign firm's count gives way to the total",
			doc: Doc{Lang: "ja", Title: "ポーラリス航空、日本人会員38万人に影響",
				Text: "米ポーラリス航空は、マイレージ会員のデータベースに不正アクセスがあり、会員約170万人の個人情報が流出したと発表した。このうち日本人会員は約38万人という。"},
			records: ptr(1700000),
		},
		{
			name: "last fiscal year's data is no other incident",
			doc: Doc{Lang: "ja", Title: "【第2報】委託先におけるランサムウェア被害による個人情報の流出について",
				Text: "本町の業務委託先におけるランサムウェア被害について、対象者数が確定しましたので、お知らせします。\n\n■ 対象者数\n第1報で約2,800人とお知らせしていましたが、前年度分の作成用データも同じサーバーに残されていたことが分かり、対象者は計3,912人となりました。"},
			records: ptr(3912),
		},
		{
			name: "patients still being treated are no count",
			doc: Doc{Lang: "ja", Title: "中核病院にサイバー攻撃　電子カルテ停止、外来を制限",
				Text: "東浜中央病院は20日、サイバー攻撃を受け電子カルテが停止したと発表した。患者情報の流出の有無は調査中という。\n\n手術は緊急性の高いものを除いて延期し、入院患者約280人の診療は紙のカルテで続けている。"},
			records: nil,
		},
		{
			name: "a count of disclosures is no count of records",
			doc: Doc{Lang: "ja", Title: "台湾の電子部品メーカーにランサム攻撃",
				Text: "台湾の電子部品メーカーがランサムウェア攻撃を受けたと発表した。台湾では今年に入り、電子部品関連企業によるサイバー攻撃の公表が相次いでおり、公開情報観測所への開示は8月末までに少なくとも19件に上る。"},
			records: nil,
		},
		{
			name: "police statistics of cases are no records",
			doc: Doc{Lang: "ja", Title: "中小企業向けセキュリティセミナー開催のご案内",
				Text: "近年、ランサムウェアによる被害は企業規模を問わず発生しており、上半期に警察に報告された被害98件のうち、約3分の2が中小企業でした。本セミナーでは対策の基本を解説します。"},
			records: nil,
		},
		{
			name: "a filing 'with' the regulator is no population",
			doc: Doc{Lang: "en", Title: "Cyberattack at parts plant exposed workers' Social Security numbers",
				Text: "Ostrander Parts USA said an attacker accessed its network and took copies of human resources files. A filing with the Indiana attorney general lists 2,117 people affected. The plant employs about 700 people."},
			records: ptr(2117),
		},
		{
			name: "seafarers and trial participants are people",
			doc: Doc{Lang: "en", Title: "Bulk carrier owner Tallmark confirms crew data theft",
				Text: "Tallmark Shipping said passport and next-of-kin details of 1,870 current and former seafarers had been copied before the attackers encrypted part of its shore systems."},
			records: ptr(1870),
		},
		{
			name: "a claimed figure the victim calls untrue",
			doc: Doc{Lang: "en", Title: "Local credit union confirms member data was taken",
				Text: "Files holding members' names and account numbers were copied from the network of Fenwick Federal Credit Union during a cyberattack in March, the credit union said Monday.\n\nIn letters mailed this week, the credit union told 12,480 current and former members that their information was in the affected files. The gang, which calls itself Qilin, had claimed on its site to hold \"1.2 TB\" of data and the records of \"more than 200,000 clients\" — a figure the credit union's president, Dana Ferreira, called \"simply not true.\""},
			records: ptr(12480),
		},
		{
			name: "letters mailed to members, the claim by an 'operation'",
			doc: Doc{Lang: "en", Title: "Credit union letters alert nearly 48K members to data breach",
				Text: "If you bank with Marlowe Federal Credit Union, check your mailbox.\n\nThe Zanesville-based credit union has started mailing letters to 47,806 current and former members whose Social Security numbers may have been taken during a cyberattack in August.\n\nThe Agenda ransomware operation posted the credit union on its leak site, claiming to hold 620 GB of data and \"1.3 million customer records\"."},
			records: ptr(47806),
		},
		{
			name: "a product's number is no count",
			doc: Doc{Lang: "en", Title: "Think-tank fellows phished in months-long campaign",
				Text: "Hallam Institute said an attacker posing as a journalist phished several of its fellows. The fake portal harvested the fellows' Microsoft 365 credentials and session cookies."},
			records: nil,
		},
		{
			name: "the victim's own recent attack",
			doc: Doc{Lang: "en", Title: "Via Harbourwatch: Kessel Life puts number on ransomware data theft",
				Text: "We are re-posting Harbourwatch's report below because several readers asked about it. Our comments follow the article.\n\nOne clarification from us up front: the group has used several names.\n\nAnother note: the insurer is mid-sized.\n\nKessel Life, a mid-sized life insurer, said on Tuesday that personal information of 218,207 policyholders may have been stolen when ransomware hit servers supporting its sales agencies earlier this month."},
			records: ptr(218207),
		},
		{
			name: "a figure the text disputes later is no count",
			doc: Doc{Lang: "en", Title: "Statement on a claim about Harlow Outfitters customer data",
				Text: "Earlier this week, a criminal group claimed online to hold the data of 2.8 million Harlow Outfitters customers. " +
					"Our investigation found that an attacker used a stolen employee login to download a file containing the names and email addresses of 41,270 Harlow Outfitters customers. " +
					"The 2.8 million figure claimed by the group is not accurate."},
			records: ptr(41270),
		},
		{
			name: "the victim disputes a claimed count",
			doc: Doc{Lang: "en", Title: "Hackers claim 5M records from Tolland Bank; bank says 27,000 affected",
				Text: "A hacking group posted on a forum that it had stolen 5 million customer records from Tolland Bank. The bank said the figure was exaggerated and that 27,000 customers were affected."},
			records: ptr(27000),
		},
		{
			name: "accounts logged into, in a credential-stuffing notice",
			doc: Doc{Lang: "en", Title: "Unusual login activity on customer accounts",
				Text: "Harlow Savings Bank has detected a credential-stuffing attack on its online banking service. Most login attempts failed, but 2,208 accounts were logged into by someone other than their owner."},
			records: ptr(2208),
		},
		{
			name: "the victim's count, not the attacker's (と主張)",
			doc: Doc{Lang: "ja", Title: "米CRMのペルワース、利用者2万1400人の情報流出",
				Text: "米CRM大手のペルワースは、不正アクセスにより利用者2万1400人分の氏名やメールアドレスが流出したと発表した。ハッカー側は「600万件」を盗んだと主張している。"},
			records: ptr(21400),
		},
		{
			name: "card data is a part of the personal records",
			doc: Doc{Lang: "ja", Title: "化粧品通販、カード情報4812件が漏えいか",
				Text: "化粧品通販のルミナは、通販サイトが不正アクセスを受け、クレジットカード情報4812件と、氏名や住所などの個人情報1万1020件が漏えいした可能性があると発表した。"},
			records: ptr(11020),
		},
		{
			name: "a figure of a month long past is an earlier incident's",
			doc: Doc{Lang: "en", Title: "Medusa gang claims attack on Harwick Building Society", Published: time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC),
				Text: "The Medusa ransomware gang says it has broken into the network of Harwick Building Society. In November the society said criminals had logged into 2,904 members' online accounts by reusing passwords stolen from other websites."},
			records: nil,
		},
		{
			name: "a size is no count",
			doc: Doc{Lang: "en", Title: "Qilin lists Harbeck Dental",
				Text: "Qilin listed Harbeck Dental on its leak site and said it had taken \"320 GB of patients, x-rays and insurance files\". Harbeck Dental has not said how many patients were affected."},
			records: nil,
		},
		{
			name: "we have identified N people",
			doc: Doc{Lang: "en", Title: "Update on our security incident",
				Text: "On 2 June we found that an unauthorised party had accessed our case system and copied files. Having gone through those files, we have identified 4,177 people whose details appear in them.\n\nSam Reed, Senior Partner, Hollis & Webb LLP"},
			records: ptr(4177),
		},
		{
			name: "figure of an earlier incident in a 'weeks after' clause",
			doc: Doc{Lang: "en", Title: "Dunmore Energy confirms ransomware attack on billing arm",
				Text: "Dunmore Energy has confirmed a ransomware attack on its billing subsidiary, barely three weeks after a password-spraying run exposed more than 800,000 customer accounts. The company did not say how many customers were affected this time."},
			records: nil,
		},
		{
			name: "another firm's dated breach recalled",
			doc: Doc{Lang: "en", Title: "Pellworth Rail: what we know about the breach",
				Text: "Pellworth Rail says the data of about 50,000 passengers was taken from its booking system. Worth recalling that Norland Ferries' 2017 breach touched 2.2 million travellers and took a year to come out."},
			records: ptr(50000),
		},
		{
			name: "donation history is no history of breaches",
			doc: Doc{Lang: "en", Title: "A letter to our donors about a data breach",
				Text: "Someone used a stolen password to copy our donor database. The copy held the names, addresses and donation history of 5,120 supporters.\n\nAnn Lowe, Chief Executive, Riverside Relief"},
			records: ptr(5120),
		},
		{
			name: "a timeline's day range is no count; exported keys are data",
			doc: Doc{Lang: "en", Title: "Incident report: unauthorized access to our admin console",
				Text: "An attacker used a contractor's stolen session to export API keys belonging to 4,415 customer workspaces. We revoked every key on June 3.\n\nTimeline\nJune 1 - first access\nJune 3 - 5 - notices sent to affected administrators\n\nWe are sorry. Orchard Ledger"},
			records: ptr(4415),
		},
		{
			name: "a bracketed total under numbered items in a section headed without a dot",
			doc: Doc{Lang: "ja", Title: "共有設定の誤りによる個人情報の流出について（お詫び）",
				Text: "本校が使用しているクラウドストレージで、共有設定の誤りにより個人情報が閲覧可能な状態になっていたことが判明しました。\n\n2　閲覧可能となっていた情報\n（1）在校生　530名　氏名、学年\n（2）卒業生　218名　氏名、進路先\n（合計　748名）\n\n県立しおさい高等学校"},
			records: ptr(748),
		},
		{
			name: "the victim's confirmed figure over the crew's claim in the headline",
			doc: Doc{Lang: "en", Title: "Brantley Dental confirms data theft after extortion crew claims 900,000 records",
				Text: "Brantley Dental has confirmed that attackers stole the personal data of 61,204 patients from a billing system, after an extortion crew advertised what it called 900,000 records on a forum."},
			records: ptr(61204),
		},
		{
			name: "a form label 'Number of affected customers:' over the card subset in brackets",
			doc: Doc{Lang: "en", Title: "Notice of a possible leak of customer information",
				Text: "Fennel & Thyme Ltd. apologises that customer information may have been leaked through its online store.\n\nNumber of affected customers: 12,406 (payment card information of 3,021 of these customers may have been leaked)."},
			records: ptr(12406),
		},
		{
			name: "'has warned about N guests' counts whom the breach reached",
			doc: Doc{Lang: "en", Title: "Lodge operator warns guests after booking login hijacked",
				Text: "A lodge operator in the Scottish Highlands has warned about 2,300 guests that their booking details may have been seen by criminals."},
			records: ptr(2300),
		},
		{
			name: "a housing association's tenants whose data was stolen are people",
			doc: Doc{Lang: "en", Title: "Larkfield Housing Association confirms cyber attack",
				Text: "Larkfield Housing Association said the personal data of 2,400 tenants was stolen when criminals broke into its systems."},
			records: ptr(2400),
		},
		{
			name: "claims records are records, not a claim",
			doc: Doc{Lang: "en", Title: "Benefit administrator discloses breach",
				Text: "Tollgate Benefits said an intruder copied 48,200 patients' claims records from a file server. About 900 staff accounts were also affected."},
			records: ptr(48200),
		},
		{
			name: "a figure quoted from a leak post is the claim; the victim's own figure in the same sentence wins",
			doc: Doc{Lang: "en", Title: "Razorfen claims hobby forum hack, posts '200K users' — forum says 61,302",
				Text: "Razorfen has claimed a break-in at Tinfoil Modellers, a large hobby forum.\n\nRazorfen's post advertises \"214K users\"; the admins say that is the forum's total registrations since 2011, and that the stolen table holds 61,302 accounts."},
			records: ptr(61302),
		},
		{
			name: "a sentence opening on このうち counts a part of the figure before it",
			doc: Doc{Lang: "ja", Title: "通販サイトへの不正アクセスに関するお詫び",
				Text: "当社通販サイトが不正アクセスを受け、個人情報が漏えいした可能性があることが判明しました。\n\n（2）対象となるお客様\n期間中にご注文されたお客様3,208名\nこのうち、クレジットカード決済をご利用のお客様1,117名については、カード番号等が漏えいした可能性がございます。\n\n株式会社あさぎ商会"},
			records: ptr(3208),
		},
		{
			name: "a regulation's number, cards in circulation and a span of days are no counts",
			doc: Doc{Lang: "en", Title: "Intimation under Regulation 30 - cyber security incident",
				Text: "Pursuant to Regulation 30 of the Listing Regulations, we wish to inform you that the Company has detected a ransomware attack affecting certain of its IT systems.\n\nAn unauthorized party accessed a database that held information on 12,806 registered online accounts, including trip history for the previous 90 days. Cards that are not registered online, most of the roughly 95,000 cards in circulation, hold no personal information."},
			records: ptr(12806),
		},
		{
			name: "people an outage upset are no records (ja)",
			doc: Doc{Lang: "ja", Title: "システム障害に関するお知らせ（第1報）",
				Text: "当社の予約システムがランサムウェアによる攻撃を受け、停止しております。\n\n11月16日および17日の2日間で、計38便が欠航となり、約6,200名のお客様に影響が生じております。\n\n個人情報の流出の有無については調査中です。"},
			records: nil,
		},
		{
			name: "passengers of cancelled flights are no records (en)",
			doc: Doc{Lang: "en", Title: "Ransomware attack grounds regional carrier",
				Text: "A ransomware attack on Kestrel Air's booking system forced the carrier to cancel 38 flights over two days, affecting about 6,200 passengers.\n\nThe airline said it was still investigating whether any customer data had been taken."},
			records: nil,
		},
		{
			name: "a part counted from a whole: the part is the count",
			doc: Doc{Lang: "en", Title: "A security incident at our fulfilment partner",
				Text: "Our fulfilment partner told us on July 16 that an attacker had broken into one of its order servers.\n\nThe shipping records of 2,306 of our 9,840 backers were in the file the attacker exported: names, shipping addresses and phone numbers."},
			records: ptr(2306),
		},
		{
			name: "a bug's number is no count",
			doc: Doc{Lang: "en", Title: "Bug 1820044 - Customer portal exposed other users' invoices",
				Text: "Quillstone Software said a flaw in its billing portal exposed the invoices of 3,117 customers to other logged-in users. We have notified affected customers."},
			records: ptr(3117),
		},
		{
			name: "an attack that disrupted a hospital and whose letters reached patients still counts them",
			doc: Doc{Lang: "en", Title: "Ransomware attack disrupted Alder Valley Hospital",
				Text: "Alder Valley Hospital said the ransomware attack disrupted its systems for a week and that 5,204 patients were notified."},
			records: ptr(5204),
		},
		{
			name: "a fact check denying the leak its headline names",
			doc: Doc{Lang: "en", Title: "Fact check: No, Brightwave Telecom did not leak 25 million customer records",
				Text: "CLAIM: A post says Brightwave Telecom leaked 25 million customer records.\n\nRATING: FALSE\n\nThe sample matches a years-old compilation of leaked data. Brightwave Telecom said it found no evidence of any intrusion."},
			records: nil,
		},
		{
			name: "a question whether a mail about a leak is genuine",
			doc: Doc{Lang: "ja", Title: "あおば銀行から「情報流出のお詫び」のメールが来ました。本物ですか？",
				Text: "あおば銀行から「お客様情報流出のお詫びと1万人への補償」という件名のメールが届きました。本物でしょうか？\n\nベストアンサー：偽物だと思います。開かないでください。"},
			records: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(tt.doc)
			if got := f.RecordCount(); !reflect.DeepEqual(got, tt.records) {
				t.Errorf("records = %v, want %v (%+v)", deref(got), deref(tt.records), f.Records)
			}
		})
	}
}
