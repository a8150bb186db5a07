package incident

import "testing"

// TestSession8VictimForms: forms of a victim's name and of a letter's
// signature met on text read in session 8, written afresh with invented
// organisations.
func TestSession8VictimForms(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a body named with a plural possessive",
			lang:  "en", title: "Nurses' union confirms members' data stolen",
			text: "The Coastal Nurses' Association has confirmed that hackers copied a membership database holding details of about 21,000 nurses. The association said it had told the regulator.",
			want: []string{"Coastal Nurses' Association"},
		},
		{
			class: "a letter signed by a general secretary",
			lang:  "en", title: "A message to our members",
			text: "Dear member,\n\nOn 3 June our IT team found that criminals had got into the servers that hold our membership records. We shut the systems down and reported the attack to the police.\n\nThe stolen files hold records of around 9,000 members.\n\nIn solidarity,\n\nMarguerite Oyelaran\nGeneral Secretary\nHarbour Dockers' Union",
			want: []string{"Harbour Dockers' Union"},
		},
		{
			class: "a prosecutor's release: the office and its head are no victims, the employer whose records were taken is",
			lang:  "en", title: "Former IT Contractor Pleads Guilty to Selling Patient Records",
			text: "FOR IMMEDIATE RELEASE\n\nMILLBROOK — County Prosecutor Janet Orwell announced today that Dale R. Pike, 41, pleaded guilty to one count of computer trespass.\n\nPike worked as a contractor placed at Larkspur Imaging Centers, where he used an administrator account to export records of 12,940 patients and sold them online.\n\nLarkspur detected the unusual export during a routine audit and notified law enforcement.",
			want: []string{"Larkspur Imaging Centers"},
		},
		{
			class: "a place before 'man' in a court report is the defendant's home town",
			lang:  "en", title: "Orrville man admits selling records of 9,000 clinic patients",
			text: "An Orrville man admitted in court that he copied and sold patient records while working as a contract technician.\n\nProsecutors said Kyle Dunn, 29, exported records of 9,012 patients of Brightwater Dental Group and sold them online.\n\nSandra Holm of Orrville, who received a letter from the practice, said she was relieved.",
			want: []string{"Brightwater Dental Group"},
		},
		{
			class: "an editorial signed by the outlet's board",
			lang:  "en", title: "Our view: the district owes families answers on the breach",
			text: "The Ledger Editorial Board\n\nA month after it learned that an intruder had gone through its student records, Pinecrest Unified School District finally told families that records of 4,200 people were copied.\n\nWe think the district should hold a public session before the end of the month.",
			want: []string{"Pinecrest Unified School District"},
		},
		{
			class: "the host of a client's system that alerted the client",
			lang:  "en", title: "Hackers got into student records through vendor login, district says",
			text: "Someone used a login belonging to a software vendor's support technician to get into Pinecrest Unified School District's student information system, district officials said.\n\nThe district learned of the intrusion when GradeHarbor, the company that hosts the system, alerted it to anomalous exports. GradeHarbor said the support account had been compromised through a phishing email.",
			want: []string{"Pinecrest Unified School District"},
		},
		{
			class: "a headline shortens the name by leaving characters out (ja)",
			lang:  "ja", title: "沿岸研究機構に不正アクセス　900人分流出か",
			text: "国立研究開発法人沿岸生態研究機構（神戸市）は5日、外部からの不正アクセスを受け、職員ら計912人分の氏名などが流出した可能性があると発表した。\n\n機構によると、VPN装置の脆弱性を悪用して侵入されていた。",
			want: []string{"沿岸生態研究機構"},
		},
		{
			class: "a temple's own notice (当山) signed by its religious corporation",
			lang:  "ja", title: "オンライン授与所への不正アクセスに関するお詫び",
			text: "このたび、当山が運営する「オンライン授与所」が第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。\n\n対象となるお客様は2,310名です。\n\n宗教法人 清風山 光明寺",
			want: []string{"光明寺"},
		},
		{
			class: "a council of social welfare lost a USB stick (です・ます news copy)",
			lang:  "ja", title: "町社協、利用者ら230人分の情報入ったUSB紛失",
			text: "青葉町社会福祉協議会は、見守りの対象となっている高齢者など、あわせて230人分の個人情報が入ったUSBメモリを紛失したと発表しました。\n\n社協によりますと、職員が外出先で無くなっていることに気付いたということです。",
			want: []string{"青葉町社会福祉協議会"},
		},
		{
			class: "a town's tax statements packed into the wrong envelopes",
			lang:  "ja", title: "課税明細書の誤封入について",
			text: "本町が8月に発送した課税明細書の一部に、別の方の明細書を誤って封入し送付していたことが判明しました。誤って送付されたのは38人分で、氏名、住所が記載されていました。\n\n発行：若葉町　総務課",
			want: []string{"若葉町"},
		},
		{
			class: "an operator's notice about its quoted service, signed by the operator",
			lang:  "ja", title: "「みなとWeb回数券」への不正ログインについて（第2報）",
			text: "6月9日にお知らせいたしました本件につきまして、調査が完了いたしました。\n\n不正ログインが確認されたアカウント数：1,204件\n\n当社のサーバーに侵入された形跡は確認されておりません。\n\n以上\n\n湊臨海鉄道株式会社　鉄道事業本部　営業部",
			want: []string{"湊臨海鉄道"},
		},
		{
			class: "a region before the operator's description is a place",
			lang:  "en", title: "Credential-stuffing wave hits commuter-pass site of Tohoku line operator",
			text: "Attackers broke into 1,204 accounts on the online commuter-pass service of Minato Rinkai Railway, a private operator whose lines carry commuters into the Tohoku region's largest city, the company said on Friday.",
			want: []string{"Minato Rinkai Railway"},
		},
		{
			class: "the issuer under a breadcrumb, the headline and the date; the fan club's office in the contact box",
			lang:  "ja", title: "ファンクラブ会員様の個人情報流出に関するお詫び",
			text: "ニュース ＞ 球団からのお知らせ\n\nファンクラブ会員様の個人情報流出に関するお詫び\n\n2025年8月1日\n株式会社白浜マリナーズ\n\n当球団公式ファンクラブ「マリナーズクラブ」の会員サイトが第三者による不正アクセスを受け、会員の皆様の個人情報が流出した可能性があることが判明いたしました。\n\n対象：会員 12,406名\n\n【マリナーズクラブ事務局　お問い合わせ窓口】\n0570-000-000",
			want: []string{"白浜マリナーズ"},
		},
		{
			class: "a welfare corporation's notice signed under its legal form, a list of earlier notices below",
			lang:  "ja", title: "当法人の介護記録システムへのランサムウェア攻撃について（第2報）",
			text: "当法人の介護記録システムへのランサムウェア攻撃について、調査が完了いたしました。\n\n外部に送信されたおそれのある個人情報は合計812名分です。\n\n社会福祉法人 こもれび福祉会\n理事長　山田 一郎\n\nこれまでのお知らせ\n令和8年3月14日　当法人の介護記録システムへのランサムウェア攻撃について（第1報）\n令和8年2月1日　こもれび苑 ひな祭り会のご案内",
			want: []string{"こもれび福祉会"},
		},
		{
			class: "a notice signed by a post, on a college's learning site",
			lang:  "en", title: "Important: a notice about your student records",
			site: "Ashbury College Online",
			text: "Dear students,\n\nOn February 2, a College employee responded to a message that imitated our sign-in page, and the person behind it used that employee's password to reach the student records system. The report the intruder downloaded held names and student ID numbers for 2,870 current and former students.\n\nWe are offering every affected student 24 months of credit monitoring.\n\nDean of Students",
			want: []string{"Ashbury College"},
		},
		{
			class: "an incident report's timeline table and a post in the signature",
			lang:  "en", title: "Incident report: compromised deployment token",
			site: "Quillmoss",
			text: "On May 19 an attacker used a leaked deployment token from our continuous integration service to push a modified build of our web application, which copied the e-mail addresses of 2,204 maintainers.\n\nDate\tTime\tEvent\n\n2026-05-19\t03:12\tThe token is used from an unknown address.\n\nChief Information Security Officer",
			want: []string{"Quillmoss"},
		},
		{
			class: "an exchange announcement: ticker in brackets, then a description, then the verb",
			lang:  "en", title: "Cyber Security Incident",
			text: "Harwell Bakeries PLC (LSE: HWB), a leading maker of chilled desserts for UK retailers, announces that on 11 April 2026 it identified unauthorised activity on parts of its IT network.\n\nThe Group isolated the affected systems and engaged external specialists.",
			want: []string{"Harwell Bakeries"},
		},
		{
			class: "a fishery co-operative's short form takes the co-operative's JF name, as its full name does",
			lang:  "ja", title: "汐凪漁協に不正アクセス　組合員情報流出か",
			text: "汐凪漁協は2日、組合員の個人情報を管理するサーバーが不正アクセスを受け、情報が流出した可能性があると発表した。",
			want: []string{"JF汐凪"},
		},
		{
			class: "an operator's own notice named only in its copyright line; a time zone is no name",
			lang:  "en", title: "Notice of a cyber incident",
			text: "Updated: September 3, 2025, 2:00 p.m. ADT\n\nWe detected unauthorized activity on some of our business systems on Sunday, disconnected the affected systems and brought in outside specialists. Our investigation is ongoing.\n\n© 2025 Gullwing Ferries Ltd. | Terminal hours | Privacy",
			want: []string{"Gullwing Ferries"},
		},
		{
			class: "a chamber of commerce's notice on its newsletter service's breach, signed with its department",
			lang:  "ja", title: "メールマガジン配信サービスへの不正アクセスによる会員情報流出のおそれについて",
			text: "このたび、当所が会員事業所向けメールマガジンの配信に利用している外部の配信サービスにおいて、第三者による不正アクセスが発生し、会員事業所の担当者様の情報が外部に流出したおそれがあることが判明いたしました。\n\n流出したおそれのある情報　計1,920件\n\n本件に関するお問い合わせ先\n\n東浜商工会議所　総務課\n\n電話：0120-000-000",
			want: []string{"東浜商工会議所"},
		},
		{
			class: "a public corporation named in quotes by a local paper",
			lang:  "ja", title: "町の宿泊予約サイトでカード情報流出か　みなせ観光公社、決済画面に不正プログラム",
			text: "南川町の第三セクター「みなせ観光公社」は26日、同公社が運営する宿泊施設の予約サイトで、クレジットカード決済の画面が改ざんされ、利用者のカード情報が盗まれた可能性があると発表した。",
			want: []string{"みなせ観光公社"},
		},
		{
			class: "a university hospital's notice names the university, the hospital a unit of it",
			lang:  "ja", title: "ランサムウェア被害による患者情報の流出について（第3報）",
			text: "当院の電子カルテシステムがランサムウェアに感染した件について、第3報をお知らせいたします。流出したおそれのある患者情報は4,102名分です。\n\n浜岬医科大学病院",
			want: []string{"浜岬医科大学"},
		},
		{
			class: "a municipal school's name keeps its city and ordinal (市立第三中学校)",
			lang:  "ja", title: "市立中学校における生徒の個人情報を含むUSBメモリの紛失について",
			text: "このたび、南浜市立第二中学校において、教諭が生徒の個人情報を含むUSBメモリを紛失する事案が発生しました。\n\n紛失したUSBメモリには生徒231名分の氏名と成績が保存されていました。",
			want: []string{"南浜市立第二中学校"},
		},
		{
			class: "a creator's update on its partner's breach: the partner that warehouses our stock is a vendor",
			lang:  "en", title: "A security incident at our fulfilment partner",
			site: "Dawnlamp",
			text: "Hi everyone,\n\nBoxwell Logistics, the company that warehouses our stock and ships your rewards, told us on July 16 that an attacker had broken into one of its order servers and exported a file of recent shipments. We want you to hear it from us.\n\nThe shipping records of 2,306 of our 9,840 backers were in that file.",
			want: []string{"Dawnlamp"},
		},
		{
			class: "a regulator's report: the organisation that reported the breach, not the Act it breached",
			lang:  "en", title: "Investigation report: Hallow Insurance Brokers Ltd",
			text: "The Commissioner investigated a breach reported by Hallow Insurance Brokers Ltd (the Broker) in which an attacker gained access to a staff mailbox and downloaded the personal information of 12,904 clients.\n\nThe Commissioner found that the Broker failed to take reasonable steps to protect the information, in breach of the Act.",
			want: []string{"Hallow Insurance Brokers"},
		},
		{
			class: "a congregation's notice signed by its pastor",
			lang:  "en", title: "A message about our database",
			site: "St. Aidan Community Church",
			text: "Dear church family,\n\nLast week we learned that our online giving database provider, GiveLedger, was hacked. GiveLedger told us that the names and giving history of 1,240 members of our congregation were included in the files the attackers took.\n\nGrace and peace,\nPastor Jim Holloway",
			want: []string{"St. Aidan Community Church"},
		},
		{
			class: "an inn's notice (当館) signed by its manager under the inn's name",
			lang:  "ja", title: "ご予約サイトへの不正アクセスに関するお詫び",
			text: "このたび、当館の宿泊予約システムが第三者による不正アクセスを受け、お客様の個人情報318件が流出した可能性があることが判明いたしました。\n\n湯ノ花 鶴見荘　支配人　田中 一郎",
			want: []string{"湯ノ花 鶴見荘"},
		},
		{
			class: "a pension fund's notice (当基金) on its contractor's ransomware, signed by the fund",
			lang:  "ja", title: "加入者情報の流出のおそれについて",
			text: "当基金の業務委託先である株式会社ミナセ計算センターにおいてランサムウェア被害が発生し、当基金の加入者の個人情報が流出したおそれがあることが判明しました。\n\n対象となる方は計1万2,004名です。\n\nあさひ電機企業年金基金",
			want: []string{"あさひ電機企業年金基金"},
		},
		{
			class: "a Japanese arm's translation of its foreign parent's release: the incident a katakana compound names",
			lang:  "ja", title: "【抄訳】ハーロウ・ロジスティクス、サイバーセキュリティインシデントについて",
			text: "本資料は、米国ハーロウ・ロジスティクス社が発表したプレスリリースの抄訳です。\n\nハーロウ・ロジスティクスは、同社のITシステムの一部に影響を及ぼすサイバーセキュリティインシデントを検知したと発表しました。",
			want: []string{"ハーロウ・ロジスティクス"},
		},
		{
			class: "an 'Important Security Update' that names no product is a notice, not an advisory",
			lang:  "en", title: "Important Security Update",
			site: "Lakeside Federal Credit Union",
			text: "We recently identified suspicious activity in our online banking platform. Our investigation determined that an unauthorized third party used stolen passwords to log in to 1,908 member accounts.\n\nWe have reset the passwords of all affected members.",
			want: []string{"Lakeside Federal Credit Union"},
		},
		{
			class: "a fact check denying the leak its headline names",
			lang:  "en", title: "Fact check: No, Brightwave Telecom did not leak 25 million customer records",
			text: "CLAIM: A post says Brightwave Telecom leaked 25 million customer records.\n\nRATING: FALSE\n\nThe sample matches a years-old compilation of leaked data. Brightwave Telecom said it found no evidence of any intrusion.",
		},
		{
			class: "a question whether a mail about a leak is genuine",
			lang:  "ja", title: "あおば銀行から「情報流出のお詫び」のメールが来ました。本物ですか？",
			text: "あおば銀行から「お客様情報流出のお詫びと補償のご案内」という件名のメールが届きました。本物でしょうか？\n\nベストアンサー：偽物だと思います。開かないでください。",
		},
	})
}
