package incident

import (
	"testing"
	"time"
)

// TestSession9VictimForms: where and how a victim is named on pages read in
// session 9, written afresh with invented organisations.
func TestSession9VictimForms(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a filing's cover names its registrant in capitals; only an item far below says it is about a breach",
			lang:  "en", title: "8-K Current report",
			text: "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\n\nFORM 8-K\n\nCURRENT REPORT\n\nBRAMWELL OPTICS, INC.\n(Exact name of registrant as specified in its charter)\n\nOhio 001-41022 31-4400192\n\n" +
				"Item 1.05 Material Cybersecurity Incidents.\n\nOn March 2, 2026, the Company detected unauthorized access to its order management environment and activated its incident response plan. The Company notified law enforcement.",
			want: []string{"Bramwell Optics"},
		},
		{
			class: "an alert platform's page: the agency box names the county the notice calls 'the County'",
			lang:  "en", title: "Community Advisory: county phone lines and online payments down",
			text: "The County is responding to a ransomware attack detected early this morning on its administrative network. Online tax payments are unavailable. County staff disconnected affected systems.",
			site: "AlertHub", issuer: "Marsh County Office of Emergency Management",
			want: []string{"Marsh County"},
		},
		{
			class: "an amount's currency code after the name is no part of it",
			lang:  "en", title: "Authority fines furniture chain over loyalty-club breach",
			text: "The Data Protection Authority has fined the furniture chain Ostervik Mobler AB SEK 4 million after attackers copied its loyalty-club database.\n\nOstervik Mobler reported the breach in May.",
			want: []string{"Ostervik Mobler"},
		},
		{
			class: "a title-cased release: 'Completes Review of … Incident' follows the name",
			lang:  "en", title: "Brambleton Foods Completes Review of Payment Card Security Incident",
			text: "The Company today announced that it has completed its investigation into unauthorized access to the checkout page of its online store, first disclosed in January. Card details of 8,200 customers may have been captured.",
			want: []string{"Brambleton Foods"},
		},
		{
			class: "a hospital's notice shortens its name; its site gives it whole",
			lang:  "en", title: "Notice of Data Security Incident",
			text: "Greywater Valley is providing notice of an incident that may have involved the health information of some of our patients. On May 2 we identified suspicious activity in an employee email account.",
			site: "Greywater Valley Medical Center",
			want: []string{"Greywater Valley Medical Center"},
		},
		{
			class: "a district calls itself by its kind ('the Library District')",
			lang:  "en", title: "Notice of Data Security Incident",
			text: "On November 3, the Library District discovered that an outside party had encrypted several of our servers. We disconnected our network and notified law enforcement.",
			site: "Oakmere Public Library District",
			want: []string{"Oakmere Public Library District"},
		},
		{
			class: "an orchestra calls itself 'the Symphony'; its vendor was breached",
			lang:  "en", title: "A message to our patrons about a data incident at our ticketing provider",
			text: "Dear friends,\n\nThe incident happened at Seatlane, the company that runs our online box office, and did not involve the Symphony's own systems. Seatlane told us that an unauthorized party copied files belonging to several arts clients, including the Symphony.",
			site: "Wexcombe Symphony Orchestra",
			want: []string{"Wexcombe Symphony Orchestra"},
		},
		{
			class: "a regulator's head who announces a penalty is no victim; the insurer fined is",
			lang:  "en", title: "Superintendent Announces $1.2 Million Penalty Against Dunlin Mutual Insurance Company Over Cybersecurity Failures",
			text: "The Superintendent of Financial Services today announced a consent order requiring Dunlin Mutual Insurance Company to pay a penalty. The Department's investigation found that attackers gained access to Dunlin Mutual's agent portal in 2025.",
			want: []string{"Dunlin Mutual Insurance"},
		},
		{
			class: "a club's committee tells members of an incident involving 'our membership records'",
			lang:  "en", title: "Important: members' data incident",
			text: "The committee has asked me to let all members know about an incident involving our membership records.\n\nA volunteer's email account was taken over and the membership spreadsheet was downloaded the same evening.",
			site: "Kelso Canoe Club",
			want: []string{"Kelso Canoe Club"},
		},
		{
			class: "a club's own letter: members' data 'offered for sale' is a breach",
			lang:  "en", title: "An important update for members",
			text: "Dear Members,\n\nI am writing with difficult news.\n\nOn May 3 we learned that a copy of our membership database had been offered for sale on an online forum. We engaged an independent firm to investigate.\n\nThe file holds the names and addresses of 2,310 current and former members.",
			site: "Larchfield Bowls Club",
			want: []string{"Larchfield Bowls Club"},
		},
		{
			class: "a place before the kind ('the Whanganui charity') is no victim; 'the trust's name' points at the one trust named",
			lang:  "en", title: "Charity's donor records stolen; gang lists trust on leak site",
			text: "Names of 5,120 donors to Tōtara Valley Trust were stolen in a cyber attack on the Whanganui charity last month, and a ransomware group has published the trust's name on its extortion website.",
			want: []string{"Tōtara Valley Trust"},
		},
		{
			class: "a parent named by 'an incident at a Halden business' that says the attack is unrelated to another is no victim",
			lang:  "en", title: "Gang claims attack on Belgian haulier owned by Corvell",
			text: "Brugmans Koeltransport, a Belgian haulage company owned by logistics group Corvell, said on Thursday that hackers had stolen personal data of 12,400 drivers.\n\nIt is the second cyber incident at a Corvell business this month; Corvell said it was unrelated to the incident at its Irish unit.",
			want: []string{"Brugmans Koeltransport"},
		},
		{
			class: "a place after 'in' before 'says' is no subject; the appositive names the inn",
			lang:  "en", title: "Hijacked booking account at mountain inn used to phish guests",
			text: "A family-run inn in Nagano says criminals who stole the password to its booking account read the reservations of 380 guests.\n\nThe inn, Yamabuki-so, said a member of staff entered the login details on a phishing page on June 2.",
			want: []string{"Yamabuki-so"},
		},
		{
			class: "a lead speaking of 'a cooperative' and the one cooperative named after it",
			lang:  "en", title: "Phished staff mailbox at Japanese farm co-op exposes members' data",
			text: "A regional agricultural cooperative in Gunma prefecture has warned 1,902 of its members that their names and account numbers may have leaked after an employee fell for a phishing email.\n\nThe Kawasemi Agricultural Cooperative, which trades locally as JA Kawasemi, said the employee typed a password into a fake login page.",
			want: []string{"Kawasemi Agricultural Cooperative"},
		},
		{
			class: "a consumers' co-operative with a plural possessive, spoken of by its kind in the lead",
			lang:  "en", title: "Grocery co-op's delivery site skimmed",
			text: "A consumer co-operative that delivers groceries says a skimmer sat on its online checkout for four months, exposing 4,410 payment cards.\n\nHarebell Consumers' Co-operative said card brands alerted it on March 2.",
			want: []string{"Harebell Consumers' Co-operative"},
		},
		{
			class: "a leak-site tracker's entry: 'Victim posted:' and a headline with a description before the name",
			lang:  "en", title: "Medusa posts Japanese resin maker Kozue Kasei, US clinic group on same day",
			text: "Tracker entry\n\nGroup: Medusa\nVictim posted: Kozue Kasei (Japan) — resin compounds\nCountdown: 9 days\nClaimed data: 1.2 TB",
			want: []string{"Kozue Kasei"},
		},
		{
			class: "a co-operative's name of kana and a point of the compass (ja)",
			lang:  "ja", title: "JAみずほ西、職員メール乗っ取りで組合員1800人分流出か",
			text: "JAみずほ西（茨城県）は14日、職員の業務用メールアカウントがフィッシング詐欺で乗っ取られ、組合員1800人分の氏名などが流出した可能性があると発表した。",
			want: []string{"JAみずほ西"},
		},
		{
			class: "a museum named after its city (ja); a members' web page is no organisation",
			lang:  "ja", title: "美術館の友の会、2400人に不正ログイン",
			text: "函館市の白鳥座美術館は27日、友の会会員向けウェブページが「リスト型攻撃」を受け、会員2400人のアカウントに不正ログインされたと発表した。",
			want: []string{"白鳥座美術館"},
		},
		{
			class: "coins stolen from an exchange are no victim; the exchange is (ja)",
			lang:  "ja", title: "シンガポールの暗号資産取引所Vantrex、約30億円相当流出",
			text: "シンガポールの暗号資産取引所Vantrex（ヴァントレックス）から3月7日、約2000万ドル相当のイーサリアムやステーブルコインが不正に流出した。",
			want: []string{"Vantrex"},
		},
		{
			class: "a status page's notice: the site's name before two site words (ステータス・お知らせ)",
			lang:  "ja", title: "【障害報告】ユーザー情報への不正アクセスについて（最終報告）",
			text: "当社が提供するオンラインストレージサービスにおいて、管理用APIの認可処理の不備を突かれ、第三者がユーザー情報を取得していたことが判明しました。\n\n調査の結果、延べ12,400名のユーザーの氏名とメールアドレスが取得されていたことを確認しました。",
			site: "HAREMA Drive ステータス・お知らせ",
			want: []string{"HAREMA Drive"},
		},
		{
			class: "an association's notice signed by its chair above the site's footer lines (ja)",
			lang:  "ja", title: "会員名簿データの誤公開についてのお詫び",
			text: "このたび、本連合会が利用しているファイル共有サービスにおいて、会員名簿のファイルが、誰でも閲覧できる設定になっていたことが分かりました。\n\n閲覧可能となっていたのは、合計312名分の氏名と電話番号です。\n\n心よりお詫び申し上げます。\n\nさくら台市子ども会連合会 会長 山本 一郎\n\n◆今後の予定◆\n6月14日 定期総会\n7月5日 講演会\n事務局：さくら台市立中央公民館内\nこのホームページは会員の皆様の会費で運営しています。",
			want: []string{"さくら台市子ども会連合会"},
		},
		{
			class: "a university named after a place with が in it (ja)",
			lang:  "ja", title: "白樺が丘大学、学生情報が流出か",
			text: "白樺が丘大学は10日、学内のメールサーバーが不正アクセスを受け、学生約3200人分の氏名などが流出した可能性があると発表した。",
			want: []string{"白樺が丘大学"},
		},
		{
			class: "a shop's kana name the dictionary cuts as a verb (ja)",
			lang:  "ja", title: "雑貨通販でカード情報漏えい",
			text: "雑貨店を営むこもれび雑貨（長野市）は5日、通販サイトの決済画面が改ざんされ、カード情報が漏えいした可能性があると発表した。",
			want: []string{"こもれび雑貨"},
		},
		{
			class: "a city's hospital the text calls 市民病院 after naming the city (ja)",
			lang:  "ja", title: "市民病院にランサム攻撃　患者情報流出の恐れ",
			text: "夕凪市は18日、3月にランサムウェア攻撃を受けた市民病院で、患者最大約3万人分の個人情報が流出した可能性があると発表した。",
			want: []string{"夕凪市民病院"},
		},
		{
			class: "data sold on a forum that the company confirms as its own (ja)",
			lang:  "ja", title: "豪通信会社ブリンダ・テレコム、顧客情報がフォーラムで販売",
			text: "オーストラリアの地域通信事業者ブリンダ・テレコムは、ハッカー向けフォーラムで販売されていたデータが、同社の顧客約80万人分の実際の情報であることを認めた。",
			want: []string{"ブリンダ・テレコム"},
		},
		{
			class: "a company named by a gang, in the passive",
			lang:  "en", title: "Gang lists casting supplier; plant runs on paper",
			text: "Ohio die-casting house Brennick Castings has been named by the Akira ransomware gang, which claims to have taken engineering drawings. The company said its plant had switched to paper.",
			want: []string{"Brennick Castings"},
		},
		{
			class: "a company whose name a gang put on its leak blog",
			lang:  "en", title: "Gang says it was behind the 'unauthorised access' at hotel group's HQ",
			text: "Extortionists at INC Ransom have put hospitality conglomerate Harrowgate's name on their leak blog, days after the outfit told the market that someone had got into its head-office network.",
			want: []string{"Harrowgate"},
		},
		{
			class: "a credit union's short name (FCU); a state before CU is no name",
			lang:  "en", title: "Iowa CU notifies 12K after ransomware hit",
			text: "A credit union in eastern Iowa is notifying roughly 12,000 members that their data was copied during a ransomware attack. Brookmere FCU told the state attorney general that the attackers reached a document-imaging server.",
			want: []string{"Brookmere Federal Credit Union"},
		},
		{
			class: "a library's own update leads with services back, then tells of the theft; its name only in the site",
			lang:  "en", title: "Service update and notice to patrons",
			text: "Most of the Library's services are back. The online catalogue returned on February 3, and all public computers are available again.\n\nOur investigation of January's attack is complete. We have learned that the criminals copied a file of patron account records.",
			site: "Ellingham Public Library",
			want: []string{"Ellingham Public Library"},
		},
		{
			class: "a client's notice of its staff's data in its payroll vendor's breach",
			lang:  "en", title: "County notifies employees after payroll vendor security incident",
			text: "The County today began notifying 1,210 current and former employees that their personal information was involved in a security incident at Ledgerly Payroll, a third-party vendor that processes the County's payroll.\n\nLedgerly informed the County on April 22 that an unauthorized party had accessed its systems.",
			site: "Harrow County",
			want: []string{"Harrow County"},
		},
		{
			class: "a parent's statement that its subsidiary found the intrusion",
			lang:  "en", title: "Statement regarding Tollgate Inns",
			text: "Fenwick Leisure plc confirms that its subsidiary Tollgate Inns Limited has identified unauthorised access to its guest reservation system. Tollgate is contacting affected guests.",
			want: []string{"Tollgate Inns"},
		},
		{
			class: "a town before 'foundry' is where it stands; the company that said in a filing which data was taken is the victim",
			lang:  "en", title: "Foundry tells 4,100 people their data was stolen",
			text: "Personal information of 4,100 current and former employees was stolen in a June ransomware attack on a Kenosha foundry, according to a filing with the Maine attorney general's office.\n\nHolloway Castings said in the filing that names, Social Security numbers and health-plan details were taken.",
			want: []string{"Holloway Castings"},
		},
		{
			class: "a district named in an appositive after a gang's listing ('The district, X Unified, had already disclosed')",
			lang:  "en", title: "Medusa claims California district; 9,104 notified",
			text: "Medusa's leak site this week added a California school system whose data, the group claims, runs to more than 300 GB. The district, Alder Creek Unified, had already disclosed a February network outage and on March 12 told families that 9,104 students and staff are being notified.",
			want: []string{"Alder Creek Unified School District"},
		},
		{
			class: "a class-action firm's advert investigating claims is no victim; the lender it names is",
			lang:  "en", title: "Data breach alert: Rowan Hill Mortgage",
			text: "Ashdown & Pryce LLP, a national class-action firm, is investigating claims on behalf of people whose information was compromised in the data breach disclosed by Rowan Hill Mortgage.\n\nAccording to a notice filed with the Attorney General of Texas, Rowan Hill discovered that an unauthorized actor accessed files containing personal information.",
			want: []string{"Rowan Hill Mortgage"},
		},
		{
			class: "a dateline, then 'Policyholders of X' opening the lead: the insurer's full name",
			lang:  "en", title: "Insurer says hackers took policyholder files",
			text: "DAYTON, Ohio — Policyholders of Brindle Mutual Insurance began finding letters this week warning that their data may have been copied.\n\nA ransomware crew added Brindle to its leak site on Jan. 6. Brindle has not confirmed the group's involvement.",
			want: []string{"Brindle Mutual Insurance"},
		},
		{
			class: "a library named once in the lead, then 'the library's servers'",
			lang:  "en", title: "Library's catalog down after ransomware attack",
			text: "Patrons arriving at the Ashcombe Public Library on Monday found handwritten signs on the computers.\n\nLibrary director Ann Rourke said staff discovered that files on the library's servers had been encrypted and that a ransom note had been left.",
			want: []string{"Ashcombe Public Library"},
		},
		{
			class: "a letter greets its 'Library Community'; the library signs it",
			lang:  "en", title: "Update on the Library's Network Outage",
			text: "Dear Library Community,\n\nWe want to share what we have learned about the March 9 cyberattack on the Library's network. The attackers copied a database used for online payments.\n\nSincerely,\n\nAshcombe Public Library",
			want: []string{"Ashcombe Public Library"},
		},
		{
			class: "a foreign company's katakana name the dictionary does not join, glossed in Latin (ja)",
			lang:  "ja", title: "【翻訳】米ホテル運営会社、会員情報流出を確認",
			text: "米マイアミに本社を置くホテル運営会社カリソル・ホテル・グループ（Carisol Hotel Group）は、同社の会員プログラム「Sun Circle」の会員約30万人分の情報に不正アクセスがあったことを確認した。",
			want: []string{"Carisol Hotel Group"},
		},
		{
			class: "a headline's 'Dental Chain' is a kind, not a name; the practice group the text names is the victim",
			lang:  "en", title: "Attorney General Secures $900,000 From Dental Chain Over Data Breach",
			text: "Pellham Dental Partners failed to patch remote-access software before 2025 attack\n\nThe Attorney General today announced a settlement with Pellham Dental Partners LLC, which operates 40 dental offices across the state, resolving an investigation into a 2025 cyberattack that exposed the health information of 51,200 patients.",
			want: []string{"Pellham Dental Partners"},
		},
		{
			class: "a privacy regulator's initials are no victim of the fund it investigates",
			lang:  "en", title: "Commissioner opens investigation into Wirrabee Health Fund",
			text: "The Australian Information Commissioner has opened an investigation into Wirrabee Health Fund following a data breach that affected members' personal information.\n\nThe OAIC received 1,113 data breach notifications under the scheme last year.",
			want: []string{"Wirrabee Health Fund"},
		},
		{
			class: "a breach portal's record flattened to label⇥value lines",
			lang:  "en", title: "Breach Report Detail",
			text: "Name of Covered Entity\tHolloway Family Dental\nState\tVT\n\nIndividuals Affected\t2,118\n\nType of Breach\tHacking/IT Incident\n\nThe covered entity reported that an unauthorized party gained access to two staff email accounts.",
			want: []string{"Holloway Family Dental"},
		},
		{
			class: "a katakana name the dictionary cuts at a katakana 'particle' (ヒノ|デ|化成) (ja)",
			lang:  "ja", title: "ランサムウェア被害に関する調査結果のお知らせ（最終報）",
			text: "会社名\t株式会社カノデ化成\n\n当社は、当社サーバーへの不正アクセスについて調査を完了いたしました。調査の結果、取引先の情報1,200件が流出した可能性があることが判明しました。",
			want: []string{"カノデ化成"},
		},
	})
}

// TestSession9Figures: figures met on text read in session 9, written
// afresh: a seller's description and a crew's boast are claims, the
// victim's correction and figure are the count.
func TestSession9Figures(t *testing.T) {
	x := New(nil)
	for _, c := range []struct {
		class, lang, title, text string
		want                     int64
	}{
		{"a seller's description is a claim; 'in fact covers' corrects it", "en", "Personal details of Elmbridge club members offered for sale",
			"The personal details of members of Elmbridge Tennis Club were put up for sale on a criminal forum this month, the club has told members.\n\nA seller advertised the file on May 2, describing it as \"8K+ club members, DOB, addresses\". The club said the file in fact covers 3,115 current and former members.", 3115},
		{"a crew's boast in the headline gives way to the company's figure", "en", "Payroll firm Wagtail admits breach, disputes crew's 1.8M-record boast",
			"Payroll firm Wagtail has confirmed that thieves made off with employee data of its customers. Wagtail told us the real figure is 402,100 individuals.", 402100},
		{"「…件」には異議: the victim disputes the claimed figure (ja)", "ja", "給与SaaSのWagtailが侵害を認める、攻撃者の「180万件」には異議",
			"クラウド給与計算サービスのWagtailは、顧客企業の従業員データが盗まれたことを認めた。Wagtailによれば、データが盗まれた従業員は実際には40万2100人だという。", 402100},
		{"a headline's figure the text gives as part of a whole (このうち) (ja)", "ja", "雑貨ECでカード情報漏えい　最大1200件",
			"雑貨通販のはなみずき雑貨は30日、サイトへの不正アクセスにより、顧客4500人分の個人情報が漏えいした可能性があると発表した。このうち1200人分はクレジットカード番号を含む。", 4500},
		{"a notice's total (個人情報計…件) over the items it lists (ja)", "ja", "ランサムウェア被害に関する調査結果について（第2報）",
			"当社は、ランサムウェア被害について調査を進めてまいりました。調査の結果、攻撃者がファイルサーバーからデータを外部に送信した痕跡が確認されました。当該サーバーには、以下の個人情報計9,310件が保存されておりました。\n・通信販売をご利用のお客様の氏名、住所　7,020件\n・お取引先ご担当者様の氏名、連絡先　1,950件\n・当社従業員および退職者の情報　340件", 9310},
		{"a count whose unit follows a name written with 'St.'", "en", "Substitute Notice of Data Security Incident",
			"St. Brennan's Medical Center is providing notice of an incident at a transcription vendor. The vendor determined that files on that server contained clinical notes for approximately 4,210 St. Brennan's patients seen between 2019 and 2025.", 4210},
		{"a council that 'has written to' its tenants counts them", "en", "Tenants' details taken in cyber attack on council repairs firm",
			"Fenmoor District Council has written to 4,902 council tenants after their names and repair histories were stolen from a contractor that handles its housing repairs.", 4902},
	} {
		got := x.Extract(Doc{Lang: c.lang, Title: c.title, Text: c.text}).RecordCount()
		if got == nil || *got != c.want {
			t.Errorf("%s: records = %v, want %d", c.class, got, c.want)
		}
	}
}

// TestSession9Actors: groups met on text read in session 9, written
// afresh.
func TestSession9Actors(t *testing.T) {
	x := New(nil)
	for _, c := range []struct {
		class, lang, title, text string
		published                time.Time
		want                     []string
	}{
		{"a crew that told an outlet it had taken the data", "en", "Payroll firm Wagtail admits breach",
			"Payroll firm Wagtail has confirmed that thieves made off with employee data.\n\nShinyHunters, the data-extortion crew that has spent the year raiding SaaS tenants, told The Ledger on Monday it had lifted \"1.8 million rows\" of pay stubs from Wagtail.", time.Time{}, []string{"ShinyHunters"}},
		{"a technique named after a group, with no group pointed at", "en", "Grocery co-op's checkout skimmed",
			"Harebell Consumers' Co-operative said a skimmer sat on its online checkout, exposing 4,410 payment cards.\n\nThe technique is the one widely called Magecart, after the family of skimming crews that popularised it, though nothing in the co-op's notice points to any particular group.", time.Time{}, nil},
		{"a group that publishes data it says it stole from the company (ja)", "ja", "ツバキ精工にランサムウェア攻撃",
			"部品メーカーのツバキ精工は3日、社内のサーバーがランサムウェアによる攻撃を受け、取引先の情報が流出した恐れがあると発表した。\n\nダークウェブ上では、ランサムウェア集団「ブラックバスタ」が同社から盗んだとするデータの一部を公開している。",
			time.Time{}, []string{"Black Basta"}},
		{"groups named only in a tally beside the one behind the attack", "en", "Medusa claims California district",
			"The Medusa ransomware gang added Alder Creek Unified to its leak site this week, claiming to hold 300 GB of its files.\n\nBy our tracker's count Medusa has posted 11 K-12 victims since September, more than LockBit and Rhysida combined over the same period.",
			time.Time{}, []string{"Medusa"}},
		{"a group that claimed the company's earlier incident (同社では2月、…) (ja)", "ja", "ナギサ電機、今度は社員メールに不正ログイン",
			"ナギサ電機は5月8日、従業員の業務用メールアカウントが不正ログインを受け、取引先の情報1204件が閲覧された可能性があると発表した。\n\n同社では2月、英国子会社がランサムウェア攻撃を受け、ランサムウェア集団「Play」が犯行声明を出していた。",
			time.Date(2026, 5, 9, 0, 0, 0, 0, time.UTC), nil},
	} {
		f := x.Extract(Doc{Lang: c.lang, Title: c.title, Text: c.text, Published: c.published})
		if got := f.ActorNames(); !sameSet(got, c.want) {
			t.Errorf("%s: actors = %q, want %q", c.class, got, c.want)
		}
	}
}

// TestEmergencyNumberIsNoCount: "911 non-emergency lines" is a telephone
// number, not a count of anything.
func TestEmergencyNumberIsNoCount(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "County network outage affecting 911 non-emergency lines",
		Text: "Marsh County is responding to a ransomware attack on its network. 911 emergency calls are being answered normally. It is too early to say whether any personal information was taken."})
	if c := f.RecordCount(); c != nil {
		t.Errorf("records = %d, want none", *c)
	}
}
