package incident

import (
	"strings"
	"testing"
	"time"
)

// TestSession10VictimForms: where and how a victim is named on pages read in
// session 10, written afresh with invented organisations.
func TestSession10VictimForms(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a counter the dictionary cuts out of a maker's name (桜|割|工業)",
			lang:  "ja", title: "桜割工業にランサムウェア攻撃　受注データ暗号化",
			text: "金属部品の桜割工業（岐阜県大垣市）は3日、社内サーバーがランサムウェアに感染したと発表した。取引先の情報が閲覧された可能性がある。",
			want: []string{"桜割工業"},
		},
		{
			class: "a town's notice whose headline opens with the document its contractor printed",
			lang:  "ja", title: "固定資産税納税通知書の印刷委託先におけるランサムウェア被害について",
			text: "本町が納税通知書の印刷を委託している事業者のサーバーがランサムウェアに感染し、本町が提供した印刷用データが流出した可能性があることが判明しました。町民の皆様にご心配をおかけし、お詫び申し上げます。",
			site: "藤ヶ丘町",
			want: []string{"藤ヶ丘町"},
		},
		{
			class: "a headline opens with the country's possessive before the company",
			lang:  "en", title: "Japan's Morikawa Kiko shares slide after ransomware gang lists the toolmaker",
			text: "Shares fell 5% in Tokyo on Friday. The company said on Monday that servers at two plants had been encrypted and that it was investigating.",
			want: []string{"Morikawa Kiko"},
		},
		{
			class: "a wire's tag before the headline ('BRIEF-')",
			lang:  "en", title: "BRIEF-Hoshizora Trading says U.S. unit hit by email fraud",
			text: "Hoshizora Trading said its U.S. unit paid about $310,000 to a fraudster who posed as a supplier by email.",
			want: []string{"Hoshizora Trading"},
		},
		{
			class: "a lawsuit named after the company ('In re … Data Security Litigation')",
			lang:  "en", title: "Judge trims claims in Pellworth Dental breach suit",
			text: "A federal judge on Monday let most claims go forward in In re Pellworth Dental Group Data Security Litigation, the consolidated case over the 2024 ransomware attack on Pellworth Dental Group. Pellworth notified 88,000 patients in 2024.",
			want: []string{"Pellworth Dental Group"},
		},
		{
			class: "a regulator's consent order with the insurer over a late breach notice; a law's name opens a sentence",
			lang:  "en", title: "Department announces consent order with Cobbett Mutual over late data breach notice",
			text: "The Department of Insurance today announced a consent order with Cobbett Mutual Assurance over its handling of a cybersecurity event.\n\nUnder the state's insurance data security law, licensees must notify the Department within 72 hours. The Department found that intruders had accessed two mailboxes in the insurer's claims unit.",
			want: []string{"Cobbett Mutual Assurance"},
		},
		{
			class: "a city's name before an unnamed agency in the lead; the named agency says an employee's account was accessed",
			lang:  "en", title: "Salt Lake City home care agency says email breach exposed 2,300 clients",
			text: "SALT LAKE CITY (WNS) — A Salt Lake City home care agency is notifying 2,300 clients that their records may have been seen.\n\nCanyonrose Home Care said Monday that a scheduler's email account was accessed from abroad in June.",
			want: []string{"Canyonrose Home Care"},
		},
		{
			class: "the company's chief executive named after it in capitals, then by surname",
			lang:  "en", title: "Harbourline Outfitters CEO says online sales recovering after data theft",
			text: "Harbourline Outfitters Chief Executive Priya Venkataraman told analysts on Thursday that online sales had recovered since the theft of customer data in July.\n\nOn the company's results call, Venkataraman said the incident cost $4 million.",
			want: []string{"Harbourline Outfitters"},
		},
		{
			class: "a council staff report's agenda item and a results call's title are no organisations",
			lang:  "en", title: "Agenda Item 4.B — Ratification of emergency cyber incident response contracts",
			text: "CITY OF MARROWDALE\nCITY COUNCIL STAFF REPORT\n\nBACKGROUND\nOn March 3, City IT staff detected ransomware on servers at City Hall and isolated the network.",
			site: "City of Marrowdale",
			want: []string{"City of Marrowdale"},
		},
		{
			class: "a title-cased headline: a quantity adverb ('Nearly') is no name; a lawmaker presses the insurer on its breach",
			lang:  "en", title: "Senator Ashdown Presses Pellmoor Mutual on Breach Affecting Nearly 900,000 Customers",
			text: "U.S. Senator Ruth Ashdown today sent a letter to Pellmoor Mutual Insurance Company demanding answers about a cyberattack that exposed customers' claims files.\n\nAccording to the company's filing, the breach affected 884,120 people.",
			site: "U.S. Senator Ruth Ashdown",
			want: []string{"Pellmoor Mutual Insurance"},
		},
		{
			class: "a vendor's support portal named after it, on its own community board",
			lang:  "en", title: "Notice of unauthorized access to the Brackenfold Customer Portal",
			text: "Brackenfold has confirmed that an unauthorized party accessed the Brackenfold Customer Portal, the site customers use to download firmware. The intruder exported the contact records of 12,004 portal users.",
			site: "Brackenfold Networks",
			want: []string{"Brackenfold Networks"},
		},
		{
			class: "a research institute of another field calls itself 'the institute'; its data portal was breached",
			lang:  "en", title: "Security incident at the Tidewater Seabed Data Portal",
			text: "The institute has found that an unauthorised party gained access to the Tidewater Seabed Data Portal, the service through which researchers download our survey data, and copied the table of 4,210 registered user accounts.",
			site: "Ellerby Institute for Ocean Research",
			want: []string{"Ellerby Institute for Ocean Research"},
		},
		{
			class: "a journal named for its field is no institution's site",
			lang:  "en", title: "Ransomware at regional hospitals, 2020–2025: a review of public disclosures",
			text: "We reviewed 212 ransomware incidents disclosed by regional hospitals between 2020 and 2025. Attackers most often entered through remote-access services.",
			site: "Rural Hospital Information Management Quarterly",
			want: nil,
		},
		{
			class: "a tabletop's invented hospital is no victim",
			lang:  "en", title: "Tabletop: 48 Hours Inside a Fictional Clinic Ransomware Attack",
			text: "In this session attendees run the response to a ransomware attack on an invented clinic, from the first encrypted server to the notice to 30,000 patients.",
			want: nil,
		},
		{
			class: "a dealer's own notice: its software provider told it the provider's network was broken into; the data copied holds its customers' records",
			lang:  "en", title: "Important notice about our software provider",
			text: "Like most dealerships, we keep our sales records in software from an outside company. Our provider is Carvane DMS.\n\nCarvane has informed us that criminals broke into its network and copied data belonging to many of the dealerships that use its system, including ours.\n\nThe copied data includes records of about 2,300 customers who bought a vehicle from us.",
			site: "Millbrook Auto Sales",
			want: []string{"Millbrook Auto Sales"},
		},
		{
			class: "a district's notice on a site without a name: 'the District' in the text, its full name in the footer",
			lang:  "en", title: "Notice of Data Security Incident at Our Billing Vendor",
			text: "Dear Customers,\n\nThe District uses an outside company, Paywell Systems, to process automatic payments. On March 2, Paywell told us that an unauthorized person had copied files from one of its servers, including files of the District.\n\nThe District's own network was not accessed.\n\nHarrow Creek Public Water District • 12 Mill Road • Harrow Creek",
			want: []string{"Harrow Creek Public Water District"},
		},
		{
			class: "a company whose name ends in 'Call' (a call centre) is a company; the URL gives its Latin name",
			lang:  "ja", title: "元派遣社員による顧客情報の不正持ち出しについて（第2報）",
			url:  "https://www.kamome-call.example/news/20251003.html",
			text: "当社の元派遣社員が、業務用端末から顧客情報を私物のUSBメモリに複製していたことが判明しました。対象は約3万4000件です。\n\n株式会社カモメコール",
			site: "株式会社カモメコール",
			want: []string{"Kamome Call"},
		},
		{
			class: "a women's university whose name the dictionary cuts (女子大|学)",
			lang:  "ja", title: "若葉女子大学　職員のメール乗っ取られ　学生など約900人の情報流出か",
			text: "仙台市にある若葉女子大学は、職員1人のメールアカウントが何者かに乗っ取られ、学生や保護者およそ900人分の個人情報が流出したおそれがあると発表しました。",
			want: []string{"若葉女子大学"},
		},
		{
			class: "a former employee took the data of the firm he worked for; the firm apologises in a comment",
			lang:  "ja", title: "建設会社の顧客情報を名簿業者に売却か　元社員を逮捕",
			text: "警察によりますと、容疑者は、旭川市に本社がある「ななほし建設」に勤めていた去年5月ごろ、会社のシステムから顧客の氏名や住所などの情報を持ち出し、名簿業者に売却した疑いが持たれています。\n\nななほし建設は「お客様に多大なご迷惑をおかけし、深くお詫び申し上げます」とコメントしています。",
			want: []string{"ななほし建設"},
		},
		{
			class: "a hospital published its own final report; a practice's clinic named before it in lower case",
			lang:  "en", title: "Hospital's final ransomware report: 41,200 patients affected",
			text: "A 280-bed hospital has concluded that attackers entered through a vendor's VPN.\n\nBrackwater Memorial Hospital published its final report on March 3, four months after ransomware shut down its records system.",
			want: []string{"Brackwater Memorial Hospital"},
		},
		{
			class: "a clinic of the practice, named in lower case before it; a headline opening on a participle",
			lang:  "en", title: "Phished vendor request exposed 9,100 patients at Ohio dental group",
			text: "Two employees at a Dayton clinic of Larchmont Dental Partners answered what looked like a message from a software vendor, and that was enough to expose the records of 9,100 patients, according to the practice's notice.",
			want: []string{"Larchmont Dental Partners"},
		},
		{
			class: "a hospital's drill (…を想定　…訓練); another hospital's past attack is background",
			lang:  "ja", title: "電子カルテ停止を想定　病院でサイバー攻撃の訓練",
			text: "病院がサイバー攻撃を受けて電子カルテが使えなくなった事態を想定した訓練が行われました。\n\n県内では去年5月、青柳総合病院がランサムウェアの被害を受け、患者などおよそ4万人分の情報が流出しました。",
			want: nil,
		},
		{
			class: "the outlet calls itself by its last word ('The Courier confirmed…'); it is the reporter",
			lang:  "en", title: "District's data posted on leak site",
			text: "The Courier confirmed that hackers breached the district's network in October and posted files of 2,100 students.",
			site: "The Marsden Courier",
			want: nil,
		},
		{
			class: "a Finnish or Malaysian legal form (Oyj, Sdn Bhd) is dropped like Inc.",
			lang:  "en", title: "Kaarna Logistics Oyj discloses data breach",
			text: "Kaarna Logistics Oyj said hackers accessed its fleet-tracking database and copied customer contacts.",
			want: []string{"Kaarna Logistics"},
		},
		{
			class: "a city warns its residents after its print contractor, 'an outsourcer that handles mailings for several municipalities', was hit",
			lang:  "en", title: "Japanese city says print vendor's ransomware hit exposed tax data of 5,120 residents",
			text: "Kurosaki, a city of about 98,000 people in Niigata prefecture, has warned 5,120 residents that their names and tax amounts may have been stolen after ransomware struck the company that prints its tax bills.\n\nThe data sat on a server at Minamo Print Service, a Niigata-based outsourcer that handles mailings for several municipalities. A threat-intelligence firm said a ransomware group added Minamo Print Service to its leak site.\n\nThe city said its own networks were not touched. Kurosaki's tax division said it had asked the vendor for a written report.",
			want: []string{"Kurosaki"},
		},
		{
			class: "a court's summary names the defendant with its role (被告…株式会社)",
			lang:  "ja", title: "損害賠償請求事件",
			text: "被告ツバメ書林株式会社が運営する通販サイトは、令和5年5月頃、外部の第三者による不正アクセスを受け、会員データベースに保存されていた約4万1000人分の氏名及び住所が外部に流出した。",
			want: []string{"ツバメ書林"},
		},
		{
			class: "a headline's description of the business (クラフトビール醸造所) and the place before it (its address 浜崎町3) are no names; the body's name in 「」 is",
			lang:  "ja", title: "浜崎のクラフトビール醸造所、通販サイトに不正アクセス",
			text: "浜崎でクラフトビールを醸造する「カモメブルーイング」(浜崎町3)が5日、同社の通販サイトが不正アクセスを受け、顧客の個人情報が流出した可能性があると発表した。",
			want: []string{"カモメブルーイング"},
		},
		{
			class: "a small office's Latin brand, written with a lower-case word, on its own Japanese site",
			lang:  "ja", title: "共有設定の誤りによる情報流出のお詫び",
			text: "このたび、当事務所が業務で使用しているクラウドストレージにおいて、共有設定の誤りにより、お取引先様の情報が外部から閲覧できる状態となっていたことが判明いたしました。お取引先の計96名分の情報が含まれていました。",
			site: "studio HAKKA",
			want: []string{"studio HAKKA"},
		},
	})
}

// TestSession10Figures: record counts on pages read in session 10, written
// afresh.
func TestSession10Figures(t *testing.T) {
	x := New(nil)
	for _, c := range []struct {
		class, lang, title, text string
		want                     int64
		site                     string
	}{
		{"a kind of school written in full (県立|高等|学校) is no name to tie a part's figure to; the total wins (ja)", "ja", "県立高等学校の校務支援システムへの不正アクセスについて",
			"県立高等学校で使用している校務支援システムに対し、外部から不正なアクセスがあり、生徒及び保護者の個人情報が流出した可能性があることが判明しましたので、お知らせします。\n\n2　流出した可能性のある個人情報\n\n（1）生徒　5,104人（氏名）\n\n（2）保護者　1,200人（氏名、住所）\n\n計　6,304人", 6304, "高原県教育委員会"},
		{"another organisation's larger breach recalled in passing gives no count", "en", "Regulator fines Tamsin Mutual over mailbox breach",
			"The consent order says attackers got into three claims mailboxes in June. The mailboxes held details on 2,104 policyholders.\n\nThe order does not touch the larger breach at Pellow Benefits Administration, the claims administrator Tamsin owns, which reported in October that an intruder took data on 58,300 members.", 2104, ""},
		{"a follow-up dates its news by the victim's own theft ('three months after hackers stole data on about …')", "en", "Harbourline Outfitters CEO says sales recovering after summer data theft",
			"Harbourline Outfitters Chief Executive Priya Venkataraman told analysts on Thursday that online sales had recovered, three months after hackers stole data on about 1.4 million loyalty members.", 1400000, ""},
		{"a figure quoted from a complaint, its unit after the closing quote", "en", "New suit: Pellow Benefits faces class action over portal breach",
			"Pellow Benefits Administration was sued on Monday over the breach of its member portal. The complaint says \"more than 48,000\" plan members were affected.", 48000, ""},
		{"a settlement class 'includes' everyone notified: the whole, not a part", "en", "Garnet Pharmacy Data Security Incident Settlement",
			"A settlement has been reached in a class action against Garnet Pharmacy over a 2024 data security incident. The Settlement Class includes the approximately 640,210 individuals who were sent notice that their information may have been involved.", 640210, ""},
		{"a figure under a notice's 対象となる方 heading counts those the incident touched (ja)", "ja", "通知物の委託先における個人情報流出のおそれについて（お詫び）",
			"本町が通知物の作成・発送を委託している事業者において、ランサムウェアによるサイバー攻撃が発生し、本町の被保険者の方の個人情報が流出したおそれがあることがわかりました。\n\n■対象となる方\n\n令和7年度に「介護保険料額決定通知書」が送付された方　1,942人\n\n■流出したおそれのある情報\n\n氏名、住所", 1942, "桐ヶ谷町"},
		{"a place's size in an appositive ('a city of about 98,000 people') is no count", "en", "Japanese city says print vendor's ransomware hit exposed tax data of residents",
			"Kurosaki, a city of about 98,000 people in Niigata prefecture, has warned 5,120 residents that their names and tax amounts may have been stolen.", 5120, ""},
		{"holders of a yearly pass are counted, not a yearly rate (年間パスポート会員…名) (ja)", "ja", "年間パスポート会員システムへの不正アクセスについて",
			"このたび、当園の年間パスポート会員の登録に使用しているウェブシステムが外部から不正アクセスを受けました。流出した可能性があるのは、年間パスポート会員3,408名の氏名、住所及び電話番号です。", 3408, ""},
		{"the team that did the recovery is no count; the records taken are (ja)", "ja", "ランサムウェア被害から100日、ツグミ化成CIOが語る復旧",
			"ツグミ化成は昨年、ランサムウェア攻撃を受けた。同社は国内外8拠点、従業員約1800人の規模だが、復旧作業の中心になったのは情報システム部門の12人だった。\n\n調査の結果、取引先と従業員の個人情報約1万6000件が外部に流出したことが確認された。", 16000, ""},
		{"a vendor's worldwide total gives way to the client's own figure (ja)", "ja", "チケット販売システム提供会社における不正アクセスについて",
			"当館がチケット販売に利用している提供会社において不正アクセスが発生しました。\n\n同社は、世界全体で約800万件の顧客記録が影響を受けたと公表しています。\n\n同社から提供された調査結果では、当館のお客様のうち2,215名の氏名及びメールアドレスが含まれていました。", 2215, ""},
		{"a group's boast that it holds rows gives way to the company's count", "en", "What we know about the Brindle Metrics breach",
			"Brindle Metrics confirmed that an attacker copied data from its event warehouse. The company put the number of affected end users at approximately 1.4 million.\n\nThe leak post appeared on the site of the extortion group, which says it holds \"over 30 million rows\".", 1400000, ""},
		{"the data copied 'includes records of' its customers: the whole, not a part", "en", "Important notice about our software provider",
			"Millbrook Auto Sales said its software provider told it criminals copied data belonging to many dealerships, including ours. The copied data includes records of about 2,300 customers who bought a vehicle from us.", 2300, ""},
	} {
		got := x.Extract(Doc{Lang: c.lang, Title: c.title, Text: strings.ReplaceAll(c.text, `\n`, "\n"), Site: c.site}).RecordCount()
		if got == nil || *got != c.want {
			t.Errorf("%s: records = %v, want %d", c.class, got, c.want)
		}
	}
}

// TestSession10Actors: how groups are named and set aside on pages read in
// session 10, written afresh.
func TestSession10Actors(t *testing.T) {
	x := New(nil)
	for _, c := range []struct {
		class, lang, title, text string
		want                     []string
	}{
		{"a group blamed on social media with nothing to support it", "en", "What we know about the Brindle Metrics breach",
			"Brindle Metrics confirmed that an attacker copied data from its event warehouse. BlackSuit claimed the attack on its leak site. A few accounts on social media blamed ShinyHunters, but I have seen nothing that supports that.",
			[]string{"BlackSuit"}},
		{"an extortion email signed by a group, reported in the headline", "en", "Harwick Foods loyalty data stolen; extortion email signed ShinyHunters",
			"Harwick Foods said data on 1.1 million loyalty members was copied from a support platform. An email sent to this outlet from an address previously used by the group said it held the data.",
			[]string{"ShinyHunters"}},
		{"a group that claimed the company's earlier attack (当時は…) (ja)", "ja", "トキワ運輸、今度はメール乗っ取り",
			"トキワ運輸は、従業員のメールアカウントが乗っ取られ、取引先の情報約900件が閲覧された可能性があると発表した。同社は昨年もランサムウェア被害を受けている。当時はランサムウェアグループ「Akira」が犯行声明を出していた。",
			nil},
		{"a group an agency attributed, tracked by industry under an everyday-word alias; a rumoured group said to be wrong", "en", "Intrusion at the Marlpit Survey Archive",
			"The survey office has found that an intruder copied the archive's account table.\n\nThe national cyber centre has attributed the intrusion to the state-backed group tracked by industry as Leviathan. Forum posts claiming that the ransomware group Rhysida was behind the intrusion are not correct; no files were encrypted.",
			[]string{"APT40"}},
	} {
		f := x.Extract(Doc{Lang: c.lang, Title: c.title, Text: c.text, Published: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)})
		if got := f.ActorNames(); !sameSet(got, c.want) {
			t.Errorf("%s: actors = %q, want %q", c.class, got, c.want)
		}
	}
}
