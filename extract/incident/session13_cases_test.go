package incident

import (
	"slices"
	"testing"

	"github.com/breachwire/breachwire/extract/actors"
)

// TestSession13PlaceGovernment: a local story names a municipality only by
// its place and "the city": the place's government is the victim, while a
// place that only locates a company, or that the story never calls "the
// city", is none.
func TestSession13PlaceGovernment(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "headline subject and dateline are the place, the lead says 'the city says'",
			lang:  "en", title: "Brockwell Falls says cyberattack exposed data of 2,100 residents",
			text: "BROCKWELL FALLS — The city says personal details of 2,104 residents were stolen in a cyberattack that took its permit portal offline in March.\n\nThe city manager said letters went out on Friday.",
			want: []string{"Brockwell Falls"},
		},
		{
			class: "an attack on the place, the town's servers",
			lang:  "en", title: "Ransomware attack on Tilbury Cross disrupts council tax payments",
			text: "Residents of Tilbury Cross cannot pay council tax online after a ransomware attack encrypted the town's servers on Sunday. The town said it had called in outside specialists.",
			want: []string{"Tilbury Cross"},
		},
		{
			class: "the place only locates a company the story is about",
			lang:  "en", title: "Brockwell Falls hit by factory breach",
			text: "BROCKWELL FALLS — Hackers stole design files from a gearbox plant, its owner said. The plant employs 300 people.",
			want: nil,
		},
	})
}

// TestSession13OwnerInHeadline: "X parent confirms breach" is about X's
// parent, which the body names; X is only how the headline points at it.
func TestSession13OwnerInHeadline(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a brand's parent in the headline, the operator named in the lead",
			lang:  "en", title: "Harrowgate Suites Parent Confirms Breach of 400K Guest Records",
			text: "Pellinore Lodging Group, which runs the Harrowgate Suites and Tideway Rooms brands, has confirmed that attackers copied 402,118 guest records from a central booking database.\n\nThe company said card numbers were not stored there.",
			want: []string{"Pellinore Lodging Group"},
		},
		{
			class: "a service's owner hit, named after a colon",
			lang:  "en", title: "Quillmark owner hit by ransomware",
			text: "Brevard Media Holdings, the owner of the Quillmark newsletter platform, said ransomware encrypted its billing servers last week.",
			want: []string{"Brevard Media"}, // a holding company goes by its name without "Holdings"
		},
	})
}

// TestSession13ResponderReport: an incident responder's write-up of one
// client's intrusion, under section headings, names no victim (its "we"
// and its site are the responder's) and keeps the group it attributes the
// intrusion to, though it names two more for tooling it resembles.
func TestSession13ResponderReport(t *testing.T) {
	f := New(actors.Embedded()).Extract(Doc{Lang: "en", Site: "Corrowin", URL: "https://corrowin.example/blog/akira-intrusion",
		Title: "Inside an Akira Ransomware Intrusion: From an Old VPN Gateway to Encrypted Hypervisors",
		Text: "Overview\n\nIn March, Corrowin's incident response team was engaged by a regional logistics company after its hypervisors were encrypted overnight. The ransom note and the negotiation site it pointed to both indicate the Akira operation.\n\n" +
			"The client asked us not to name it. This post walks through the intrusion and the indicators we recovered.\n\nInitial access\n\nThe attackers logged in through a VPN gateway that should have been retired.\n\n" +
			"Attribution\n\nSome of the tools we found resemble tooling earlier tied to Black Basta and Royal affiliates. We do not think those groups took part here."})
	if len(f.Victims) != 0 {
		t.Errorf("victims = %+v, want none: the responder is no victim and the client is unnamed", f.Victims)
	}
	if got := f.ActorNames(); !slices.Equal(got, []string{"Akira"}) {
		t.Errorf("actors = %q, want [Akira]", got)
	}
}

// TestSession13PublicationName: a vendor's named index or barometer is a
// publication, not an organisation, whatever it "found".
func TestSession13PublicationName(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a wire release of a vendor's monthly statistics",
			lang:  "en", title: "Halyard Security: leak-site postings rose 20% in May",
			text: "BOSTON--(PR Hub)--Halyard Security today published its monthly Ransomware Pressure Index, which found that 540 organizations were posted to data leak sites in May, up 20% from April.",
			want: nil,
		},
	})
}

// TestSession13SubjectRunsService: a release names its issuer as the
// subject and then its shop as 当社が運営する「…」: the shop is the issuer's,
// and the issuer is the victim, not the release site that carries it.
func TestSession13SubjectRunsService(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "ja", Site: "PRラインズ", URL: "https://prlines.example/release/0001.html",
		Title: "【お詫び】「ことのはSTORE」への不正アクセスに関するお知らせ",
		Text:  "株式会社ことのは堂（本社：奈良県奈良市、代表取締役：井上 薫）は、当社が運営する文具のオンラインストア「ことのはSTORE」において、第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしましたので、お知らせいたします。\n\n漏えいした可能性のある件数は最大8,210件です。"})
	if got := f.VictimNames(); !slices.Equal(got, []string{"ことのは堂"}) {
		t.Errorf("victims = %q, want [ことのは堂]", got)
	}
}

// TestSession13MailOrderContractor: a short news item names its company
// after its trade (通信販売の〇〇通販は): the trade and the contractor
// described by its role (コールセンター委託先) are no names.
func TestSession13MailOrderContractor(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a mail-order firm after its trade, its contractor in the headline",
			lang:  "ja", title: "コールセンター委託先にランサム攻撃、顧客情報流出の可能性 - さくらんぼ通販",
			text: "通信販売のさくらんぼ通販は、コールセンター業務の委託先がランサムウェア攻撃を受け、同社顧客の個人情報が流出した可能性があることを明らかにした。\n\n最大2万410人分の氏名や住所が含まれるという。",
			want: []string{"さくらんぼ通販"},
		},
	})
}

// TestSession13CountField: a notice's numbered field (（２）件数) with the
// figure alone on the next line, or after a colon, is the count.
func TestSession13CountField(t *testing.T) {
	for _, text := range []string{
		"当社サーバへの不正アクセスにより、お客様の個人情報が漏えいした可能性があることが判明しました。\n\n２．漏えいした可能性のある個人情報\n\n（１）対象となるお客様\n当社製品をご購入いただいたお客様\n\n（２）件数\n１２，０６８件\n\n（３）項目\n氏名、住所、電話番号",
		"当社サーバへの不正アクセスにより、お客様の個人情報が漏えいした可能性があることが判明しました。\n\n件数：12,068件\n項目：氏名、住所",
	} {
		f := New(nil).Extract(Doc{Lang: "ja", Title: "【第2報】当社サーバへの不正アクセスに関するお知らせ", Text: text})
		if f.Records == nil || f.Records.Value != 12068 {
			t.Errorf("records = %+v, want 12068 for:\n%s", f.Records, text)
		}
	}
}

// TestSession13NumberedUpdate: an organisation's "Update #3" is no digest's
// issue number; a "Tier-1" maker is described, not named.
func TestSession13NumberedUpdate(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Cybersecurity Incident Update #3",
		Text: "Harlan Creek Unified families and staff,\n\nThis is our third update on the cybersecurity incident affecting our student information system.\n\nOur investigators have confirmed that an unauthorized party copied data relating to 12,400 current and former students and 310 employees, for a total of 12,710 individuals.\n\nHarlan Creek Unified School District — Office of the Superintendent"})
	if got := f.VictimNames(); !slices.Equal(got, []string{"Harlan Creek Unified School District"}) {
		t.Errorf("victims = %q, want [Harlan Creek Unified School District]", got)
	}
	if f.Records == nil || f.Records.Value != 12710 {
		t.Errorf("records = %+v, want 12710", f.Records)
	}
	runVictimCases(t, []victimCase{
		{
			class: "a rank in the headline, the maker never named",
			lang:  "en", title: "Akira hits a Tier-1 aerostructures maker",
			text: "Tier-1 suppliers remain squarely in ransomware crews' sights. A ransomware attack has disrupted production at an aerostructures maker that supplies defence primes, and the Akira group has taken credit.",
			want: nil,
		},
	})
}

// TestSession13RecentByKind: "earlier this month" tells of the story's own
// breach when the sentence calls the victim by its kind ("the district's
// system"), as much as when it names it; an October incident stays
// another's.
func TestSession13RecentByKind(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "Hackers email Fenmoor parents after district breach",
		Text: "Parents of Fenmoor Unified School District students received emails from hackers threatening to publish their children's records.\n\n" +
			"District spokeswoman Ana Ruiz confirmed that an unauthorized party had accessed the district's student information system earlier this month and that the records of about 18,200 current and former students may have been taken.\n\n" +
			"In October, a phishing attack on a payroll employee's email account exposed information of 1,204 staff members."})
	if f.Records == nil || f.Records.Value != 18200 {
		t.Errorf("records = %+v, want 18200", f.Records)
	}
}

// TestSession13HostBreached: a client telling its people of a breach at
// the vendor that hosts its portal, and saying its own systems were not
// affected, names the vendor as the one breached.
func TestSession13HostBreached(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a county's notice of its portal host's breach",
			lang:  "en", title: "Harlow County Notifies Residents of Third-Party Vendor Data Incident",
			text: "HARLOW COUNTY, Ore. — Harlow County is notifying residents whose information may have been involved in a data security incident at Quenby Civic Software, Inc., the vendor that operates the County's online payment portal.\n\nQuenby informed the County that an unauthorized party had accessed a database supporting its hosted payment service. The County's own network and systems were not affected.",
			want: []string{"Quenby Civic Software"},
		},
		{
			class: "a host named beside a client breached through it stays the way in",
			lang:  "en", title: "District says hackers reached student records",
			text: "Harlow Unified School District said hackers used a stolen password to reach its student records. ClassPath, the company that hosts the records system, alerted the district on May 3.",
			want: []string{"Harlow Unified School District"},
		},
	})
}

// TestSession13TrackedApart: a vendor attributing an intrusion to a group
// that others count as a subgroup of another, and saying it tracks the
// group separately, names that group, not the other.
func TestSession13TrackedApart(t *testing.T) {
	f := New(actors.Embedded()).Extract(Doc{Lang: "en", Title: "A new loader in an intrusion at a Japanese think tank",
		Text: "We analyzed an intrusion at the Harborview Policy Institute, a Tokyo think tank that disclosed a breach in October, and attribute it with high confidence to MirrorFace.\n\n" +
			"MirrorFace has targeted Japanese academics and think tanks since at least 2019. Some researchers regard it as a subgroup of APT10; we track it separately."})
	if got := f.ActorNames(); !slices.Equal(got, []string{"MirrorFace"}) {
		t.Errorf("actors = %q, want [MirrorFace]", got)
	}
}

// TestSession13JapaneseCleftAndBookshop: a news item that names the one
// attacked in a cleft (攻撃を受けたのは〇〇。) after a vendor's report, and
// a bookshop (〇〇書房) named in hiragana, are victims.
func TestSession13JapaneseCleftAndBookshop(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a cleft after a vendor's report",
			lang:  "ja", title: "MirrorFace、国内シンクタンク攻撃に新型ローダー　Hotaru Threat Labsが分析",
			text: "セキュリティベンダーのHotaru Threat Labsは11月12日、攻撃グループ「MirrorFace」（別名Earth Kasha）による国内シンクタンクへの攻撃を分析したレポートを公開した。新たなローダー「MoonDrop」が使われていたという。\n\n攻撃を受けたのは一般財団法人東亜未来政策機構。10月21日に、研究員の業務用パソコンがマルウェアに感染し、役職員など計980人の個人情報が流出した可能性があると公表していた。同社は調査に協力した上で、了承を得てレポートで名前を公表した。",
			want: []string{"東亜未来政策機構"},
		},
		{
			class: "a bookshop named in hiragana",
			lang:  "ja", title: "ひだまり書房に不正ログイン、約2000アカウント",
			text: "ひだまり書房は2月12日、同社が運営する通販サイトで、パスワードリスト型攻撃による不正ログインがあったと発表した。2031件のアカウントにログインされた。",
			want: []string{"ひだまり書房"},
		},
	})
}

// TestSession13JapaneseUntouchedClient: a 健保組合's notice of its printing
// contractor's breach, saying its own systems were not attacked, names the
// contractor; a client breached through its contractor stays the victim.
func TestSession13JapaneseUntouchedClient(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "the client's systems were not attacked",
			lang:  "ja", title: "当組合の業務委託先における不正アクセス事案について（お知らせとお詫び）",
			text: "2026年6月5日\n南海物流健康保険組合\n\n当組合が医療費のお知らせ等の印刷・発送業務を委託しております東和印刷サービス株式会社（以下「委託先」）のサーバーがランサムウェアによる攻撃を受け、当組合がお預けしていた個人情報の一部が外部に流出した可能性があるとの報告を受けました。\n\n当組合のシステムが攻撃を受けたものではございませんが、皆様に大変なご心配をおかけしますことを深くお詫び申し上げます。",
			want: []string{"東和印刷サービス"},
		},
	})
}

// TestSession13RegisteredUsers: how many users a system has registered is
// its size, not the breach's count.
func TestSession13RegisteredUsers(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "ja", Title: "施設予約システムへの不正アクセスについて（第1報）",
		Text: "本市が運用する施設予約システムが第三者による不正アクセスを受けたことが判明しました。\n\n本システムには、個人および団体を合わせて約4万1千件の利用者登録があります。流出の有無と件数は調査中です。"})
	if f.Records != nil {
		t.Errorf("records = %+v, want none: 41,000 is the system's registrations", f.Records)
	}
}

// TestSession13SomeOfThoseAttacks: a group to which "some of those
// attacks" (others, recalled for context) were attributed is no actor of
// this one.
func TestSession13SomeOfThoseAttacks(t *testing.T) {
	f := New(actors.Embedded()).Extract(Doc{Lang: "en", Title: "Ransomware may have exposed up to 40,000 patients' records at Japanese hospital",
		Text: "Kirigaoka General Hospital said data on up to 40,000 patients may have been stolen in a ransomware attack in June.\n\n" +
			"Remote-maintenance lines have been a recurring entry point in Japanese hospital ransomware cases. Some of those attacks were attributed to LockBit; there is no indication of who was behind this one."})
	if got := f.ActorNames(); len(got) != 0 {
		t.Errorf("actors = %q, want none", got)
	}
}

// TestSession13CyberRange: a college opening a cyber range to train
// workers tells of no breach, though it recalls one nearby.
func TestSession13CyberRange(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a training lab's opening",
			lang:  "en", title: "Ashby Vale Community College opens cyber range to train utility workers",
			text: "Ashby Vale Community College on Monday opened a training lab where utility workers can practise responding to cyberattacks on simulated plant equipment.\n\nThe \"cyber range,\" housed in the college's technical building, lets instructors stage attacks while trainees work out what is happening.\n\nInterest grew after the ransomware attack on the Ashby Vale Water Authority's billing system in March.",
			want: nil,
		},
	})
}
