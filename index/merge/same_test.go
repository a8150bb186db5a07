package merge

import (
	"slices"
	"testing"
	"time"
)

func TestSameDecisions(t *testing.T) {
	for i, x := range allExamples {
		for j, y := range allExamples {
			if j <= i {
				continue
			}
			want := x.incident == y.incident
			d := Prepare(x.doc).Match(Prepare(y.doc))
			if d.Same != want {
				t.Errorf("%s vs %s: Same = %v (%s, sim %.2f), want %v", x.doc.URL, y.doc.URL, d.Same, d.Reason, d.Similarity, want)
			}
		}
	}
}

func TestSameSymmetric(t *testing.T) {
	for _, x := range allExamples {
		for _, y := range allExamples {
			if Same(x.doc, y.doc) != Same(y.doc, x.doc) {
				t.Errorf("Same(%s, %s) != Same(%s, %s)", x.doc.URL, y.doc.URL, y.doc.URL, x.doc.URL)
			}
			if Similarity(x.doc, y.doc) != Similarity(y.doc, x.doc) {
				t.Errorf("Similarity not symmetric for %s, %s", x.doc.URL, y.doc.URL)
			}
		}
	}
}

func TestClusterDoesNotChainThroughVagueArticle(t *testing.T) {
	vague := Doc{
		URL: "https://short.example/toyota", Title: "Toyota confirms hack", Lang: "en",
		Text:      "Toyota confirmed on Saturday that hackers reached some customer data. The company gave no further details.",
		Published: day("2019-03-30 12:00"), Victims: []string{"Toyota"},
	}
	if !Same(vague, tokyoZDNet) || !Same(vague, vietnam) {
		t.Fatalf("the vague article should match both incidents pairwise: %+v, %+v",
			Prepare(vague).Match(Prepare(tokyoZDNet)), Prepare(vague).Match(Prepare(vietnam)))
	}
	if !Conflict(tokyoZDNet, vietnam) || Conflict(tokyoZDNet, tokyoRepost) {
		t.Fatal("Conflict: want Tokyo vs Vietnam to conflict and Tokyo vs its re-post not to")
	}
	groups := Cluster([]Doc{tokyoZDNet, vague, vietnam, tokyoRelease})
	for _, g := range groups {
		if slices.Contains(g, 0) && slices.Contains(g, 2) {
			t.Errorf("Cluster chained the Tokyo and Vietnam incidents: %v", groups)
		}
	}
	if len(groups) != 2 {
		t.Errorf("Cluster = %v, want two stories", groups)
	}
}

func TestSameUnitAndParent(t *testing.T) {
	parent := Doc{Title: "Sony confirms breach", Text: "Sony said 6,791 people were affected.", Victims: []string{"Sony"},
		Records: n64(6791), Published: day("2023-10-04 10:00")}
	unit := Doc{Title: "ソニー・インタラクティブエンタテインメントで情報流出", Text: "6791人に通知した。", Victims: []string{"ソニー・インタラクティブエンタテインメント"},
		Records: n64(6791), Published: day("2023-10-05 10:00")}
	if !slices.Contains(VictimKeys(unit), victimKey("Sony")) {
		t.Errorf("VictimKeys(unit) = %v, want it to include the parent's key %q for retrieval", VictimKeys(unit), victimKey("Sony"))
	}
	if !Same(parent, unit) {
		t.Errorf("parent and unit with one figure: %+v, want Same", Prepare(parent).Match(Prepare(unit)))
	}
	unit.Records = nil
	if Same(parent, unit) {
		t.Error("parent and unit without agreeing figures: want not Same")
	}
	other := Doc{Victims: []string{"Mitsubishi Heavy Industries"}, Records: n64(6791), Published: day("2023-10-05 10:00")}
	mel := Doc{Victims: []string{"Mitsubishi Electric"}, Records: n64(6791), Published: day("2023-10-05 10:00")}
	if Same(other, mel) {
		t.Error("two companies sharing a first word: want not Same")
	}
}

func TestSameRecordFigures(t *testing.T) {
	doc := func(v int64, q string) Doc {
		return Doc{Victims: []string{"Optus"}, Records: n64(v), RecordsQualifier: q, Published: day("2022-09-23 10:00")}
	}
	for _, tc := range []struct {
		a, b Doc
		want bool
	}{
		{doc(9800000, "up_to"), doc(9800000, "exact"), true},
		{doc(9800000, "about"), doc(10000000, "about"), true}, // within tolerance
		{doc(9800000, "exact"), doc(2800000, "exact"), false},
		{doc(1000000, "at_least"), doc(9800000, "exact"), true}, // an early lower bound
		{doc(9800000, "at_least"), doc(1000000, "exact"), false},
	} {
		if got := Same(tc.a, tc.b); got != tc.want {
			t.Errorf("Same(%d %s, %d %s) = %v, want %v", *tc.a.Records, tc.a.RecordsQualifier, *tc.b.Records, tc.b.RecordsQualifier, got, tc.want)
		}
	}
}

// TestRevisedTally: a later report that says it updates the count of an
// incident joins the first report though their figures differ; without a
// word of update, two figures that far apart are two incidents.
func TestRevisedTally(t *testing.T) {
	first := Doc{URL: "https://courier.example/a", Lang: "en", Published: time.Date(2025, 1, 17, 8, 0, 0, 0, time.UTC),
		Title:   "Data of around 3,000 Ashmoor residents caught up in council cyber attack",
		Text:    "Around 3,000 residents may have had details exposed after criminals broke into Ashmoor District Council's systems, the council said.",
		Victims: []string{"Ashmoor District Council"}, Records: n64(3000)}
	update := Doc{URL: "https://ashmoor.example/news/update", Lang: "en", Published: time.Date(2025, 2, 10, 12, 0, 0, 0, time.UTC),
		Title:   "Cyber incident: update from Ashmoor District Council",
		Text:    "Ashmoor District Council has finished reviewing the files copied from its network. They held personal information on 11,460 people, more than the initial estimate.",
		Victims: []string{"Ashmoor District Council"}, Records: n64(11460)}
	if d := Prepare(first).Match(Prepare(update)); !d.Same {
		t.Errorf("an update with a revised tally does not join the first report: %+v", d)
	}
	other := update
	other.Title = "Ashmoor District Council reports cyber incident"
	other.Text = "Ashmoor District Council said personal information on 11,460 people was copied from its network."
	if d := Prepare(first).Match(Prepare(other)); d.Same {
		t.Errorf("two reports with figures 3,000 and 11,460 and no word of update merged: %+v", d)
	}
}

// TestDisownedNeighbour: a report that says another organisation of a
// similar name, hacked weeks before, is a separate body does not join that
// organisation's story, though their names share a word and their figures
// are close.
func TestDisownedNeighbour(t *testing.T) {
	coop := Doc{URL: "https://ja-minamikaze.example/news/1", Lang: "ja", Published: time.Date(2025, 8, 8, 8, 0, 0, 0, time.UTC),
		Title:   "システム障害に関するお知らせ（第1報）",
		Text:    "みなみかぜ農業協同組合は、基幹システムのサーバーがランサムウェアに感染し、組合員約3,000名分の情報が流出した可能性があると発表した。",
		Victims: []string{"JAみなみかぜ"}, Records: n64(3000)}
	bank := Doc{URL: "https://news.example/minamikaze-shinkin", Lang: "ja", Published: time.Date(2025, 9, 11, 3, 0, 0, 0, time.UTC),
		Title:   "みなみかぜ信金、申込者2871人の情報閲覧か",
		Text:    "みなみかぜ信用金庫は10日、申込フォームが不正アクセスを受け、申込者2871人分の情報が閲覧された可能性があると発表した。同じ地域では8月、みなみかぜ農業協同組合（JAみなみかぜ）がランサムウェア被害を公表しているが、同信金は「当金庫とは別組織であり、今回の事案との関係はない」と説明した。",
		Victims: []string{"みなみかぜ信用金庫"}, Records: n64(2871)}
	if d := Prepare(coop).Match(Prepare(bank)); d.Same {
		t.Errorf("a report disowning the co-operative's incident joined it: %+v", d)
	}
	if !Prepare(bank).Conflicts(Prepare(coop)) && Prepare(bank).victimRelation(Prepare(coop)) != relDifferent && Prepare(bank).victimRelation(Prepare(coop)) != relNone {
		t.Error("the disowning report does not conflict with the co-operative's, so a third article could chain them")
	}
}

// TestAttackKinds checks that two reports of one victim months apart that
// name different kinds of attack are two incidents, even when the later
// one is a numbered update, while reports naming one kind still join.
func TestAttackKinds(t *testing.T) {
	logins := Doc{URL: "https://kurumi.example/news/0314", Lang: "ja", Published: time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC),
		Title:   "会員サイトへの不正ログインについて",
		Text:    "くるみモビリティは、会員サイトでリスト型攻撃による不正ログインが発生し、会員2147人分の氏名や住所が閲覧された可能性があると発表した。",
		Victims: []string{"くるみモビリティ"}, Records: n64(2147)}
	ransom := Doc{URL: "https://kurumi.example/news/0905", Lang: "ja", Published: time.Date(2025, 9, 5, 8, 0, 0, 0, time.UTC),
		Title:   "ランサムウェア被害に関する調査結果（第2報）",
		Text:    "くるみモビリティは、ランサムウェア攻撃によりサーバーが暗号化された件で、会員41万7350人分の個人情報が流出した可能性があると発表した。",
		Victims: []string{"くるみモビリティ"}, Records: n64(417350)}
	if d := Prepare(logins).Match(Prepare(ransom)); d.Same {
		t.Errorf("a login attack and a ransomware attack five months apart merged: %+v", d)
	}
	if !Prepare(logins).Conflicts(Prepare(ransom)) {
		t.Error("a login attack and a ransomware attack five months apart do not conflict, so a vague report could chain them")
	}
	second := ransom
	second.URL, second.Published = "https://kurumi.example/news/0818", time.Date(2025, 8, 18, 8, 0, 0, 0, time.UTC)
	second.Title = "当社システムへのランサムウェア攻撃について（第1報）"
	second.Records = nil
	if d := Prepare(second).Match(Prepare(ransom)); !d.Same {
		t.Errorf("first and second notice of one ransomware attack do not join: %+v", d)
	}
}

// TestRecalledFigureOfAnotherIncident checks that a report recalling an
// earlier incident's figure at the same company does not join that
// incident's notice for sharing the figure.
func TestRecalledFigureOfAnotherIncident(t *testing.T) {
	skim := Doc{URL: "https://sakaki.example/news/1210", Lang: "ja", Published: time.Date(2024, 12, 10, 6, 0, 0, 0, time.UTC),
		Title:   "弊社通販サイトへの不正アクセスによる個人情報漏えいに関するお詫び",
		Text:    "このたび、弊社が運営する通販サイトにおきまして、第三者による不正アクセスを受け、お客様の個人情報8812件が漏えいした可能性があることが判明いたしました。",
		Victims: []string{"さかき商事"}, Records: n64(8812)}
	ransom := Doc{URL: "https://news.example/0621", Lang: "ja", Published: time.Date(2025, 6, 21, 1, 0, 0, 0, time.UTC),
		Title:   "さかき商事、ランサム攻撃で約1万2千人の情報流出か",
		Text:    "さかき商事は20日、ランサムウェア攻撃により顧客など約1万2千人の個人情報が流出した可能性があると明らかにした。同社を巡っては、2024年12月にも通販サイトへの不正アクセスで8812件の個人情報が流出した可能性があると発表していた。",
		Victims: []string{"さかき商事"}, Records: n64(12000)}
	if d := Prepare(skim).Match(Prepare(ransom)); d.Same {
		t.Errorf("a report recalling an earlier incident's figure joined that incident: %+v", d)
	}
}

// TestDifferentActors checks that two reports on one company, each tying
// its attack to a different group, are two incidents and cannot be
// chained, while a report naming no group still joins either.
func TestDifferentActors(t *testing.T) {
	parent := Doc{URL: "https://trade.example/a/1", Lang: "en", Published: time.Date(2025, 8, 12, 8, 0, 0, 0, time.UTC),
		Title:   "Tamsin Industries hit by ransomware, Lynx claims attack",
		Text:    "Tamsin Industries said a ransomware attack disrupted its plants in Japan. The Lynx group claimed the attack on its leak site.",
		Victims: []string{"Tamsin Industries"}, Actors: []string{"Lynx"}}
	unit := Doc{URL: "https://local.example/b/2", Lang: "en", Published: time.Date(2025, 8, 20, 8, 0, 0, 0, time.UTC),
		Title:   "Cyberattack at Tamsin Industries plant in Kentucky",
		Text:    "Tamsin Industries said an attacker took copies of human resources files at its Kentucky plant. The INC Ransom group claimed the attack.",
		Victims: []string{"Tamsin Industries"}, Actors: []string{"INC Ransom"}}
	if d := Prepare(parent).Match(Prepare(unit)); d.Same {
		t.Errorf("attacks claimed by two groups merged: %+v", d)
	}
	if !Prepare(parent).Conflicts(Prepare(unit)) {
		t.Error("attacks claimed by two groups do not conflict, so a report naming no group could chain them")
	}
	quiet := unit
	quiet.URL, quiet.Actors = "https://wire.example/c/3", nil
	quiet.Title = "Tamsin Industries says attacker took HR files at Kentucky plant"
	if d := Prepare(quiet).Match(Prepare(unit)); !d.Same {
		t.Errorf("a report naming no group does not join the one that does: %+v", d)
	}
}

// TestSeparateIncidentStatement checks that a notice saying, further down,
// that its incident is not the one its company announced months before
// keeps the two apart, while coverage of one incident weeks apart that
// recalls another in passing still joins.
func TestSeparateIncidentStatement(t *testing.T) {
	r := n64(38000)
	first := Doc{URL: "https://kazane.example/ir/2024-11", Lang: "ja", Published: time.Date(2024, 11, 29, 6, 0, 0, 0, time.UTC),
		Title:   "不正アクセスによる情報流出に関するお知らせ",
		Text:    "当社は、当社ネットワークに対する第三者からの不正アクセスを確認し、情報の一部が外部に流出したことを確認いたしました。流出した情報は合計約3万8千件です。",
		Victims: []string{"風音電機"}, Records: r}
	later := Doc{URL: "https://kazane.example/ir/2025-04", Lang: "ja", Published: time.Date(2025, 4, 21, 7, 0, 0, 0, time.UTC),
		Title:   "当社台湾子会社におけるサイバー攻撃について",
		Text:    "当社の連結子会社において、サーバーの一部に障害が発生していることを確認いたしました。情報流出の有無は調査中です。\n\nなお、本件は、2024年11月29日付で公表した事案とは別の事案です。",
		Victims: []string{"風音電機"}}
	if d := Prepare(first).Match(Prepare(later)); d.Same {
		t.Errorf("a notice of a separate incident five months later joined the first: %+v", d)
	}
	follow := later
	follow.Published = time.Date(2024, 12, 12, 7, 0, 0, 0, time.UTC)
	follow.Title = "不正アクセスに関するお知らせ（第2報）"
	follow.Text = "2024年11月29日にお知らせした不正アクセスについて、調査の状況をお知らせします。流出した情報は合計約3万8千件です。なお、2023年に公表した誤送信の件とは別の事案です。"
	follow.Records = r
	if d := Prepare(first).Match(Prepare(follow)); !d.Same {
		t.Errorf("a second notice two weeks later, recalling another incident, did not join: %+v", d)
	}
}

// TestAcrossScripts checks that an English report and a company's own
// Japanese notice join on one precise figure though no reading ties the
// kanji name to the English one, and stay apart when the figures differ.
func TestAcrossScripts(t *testing.T) {
	r := n64(1860000)
	en := Doc{URL: "https://news.example/a/1", Lang: "en", Published: time.Date(2024, 9, 10, 9, 0, 0, 0, time.UTC),
		Title:   "Hackers raid Sorahata Motor dealer database, exposing up to 1.86 million",
		Text:    "Sorahata Motor said attackers broke into a database of its sales subsidiaries, exposing data on up to 1.86 million customers.",
		Victims: []string{"Sorahata Motor"}, Records: r}
	ja := Doc{URL: "https://sorahata.example/news/0909", Lang: "ja", Published: time.Date(2024, 9, 9, 6, 0, 0, 0, time.UTC),
		Title:   "当社子会社における不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ",
		Text:    "当社販売子会社のサーバーが不正アクセスを受け、最大約186万人分のお客様情報が流出した可能性があることが判明しました。",
		Victims: []string{"空端自動車"}, Records: r}
	if d := Prepare(en).Match(Prepare(ja)); !d.Same {
		t.Errorf("the English report and the Japanese notice with one figure did not join: %+v", d)
	}
	other := ja
	other.Records = n64(27000)
	other.Text = "当社販売子会社のサーバーが不正アクセスを受け、約2万7000人分のお客様情報が流出した可能性があることが判明しました。"
	if d := Prepare(en).Match(Prepare(other)); d.Same {
		t.Errorf("reports with different figures joined across scripts: %+v", d)
	}
	plantEN := Doc{URL: "https://bajio.example/a/2", Lang: "en", Published: time.Date(2025, 2, 11, 9, 0, 0, 0, time.UTC),
		Title:   "Ransomware halts lines at Sorahata's Silao plant in Mexico; Medusa gang claims attack",
		Text:    "Production at the Silao plant of Sorahata Motor de Mexico was stopped after a cyberattack. The Medusa ransomware group added the Mexican subsidiary to its leak site.",
		Victims: []string{"Sorahata Motor"}, Actors: []string{"Medusa"}}
	plantJA := Doc{URL: "https://kaigai.example/n/3", Lang: "ja", Published: time.Date(2025, 2, 18, 6, 0, 0, 0, time.UTC),
		Title:   "空端自動車のメキシコ子会社にランサム攻撃、従業員約3100人の情報流出か",
		Text:    "空端自動車のメキシコ子会社がランサムウェア攻撃を受けた。ランサムウェアグループ「Medusa」が犯行声明を出している。",
		Victims: []string{"空端自動車"}, Records: n64(3100), Actors: []string{"Medusa"}}
	if d := Prepare(plantEN).Match(Prepare(plantJA)); !d.Same {
		t.Errorf("reports naming one group and one place a week apart did not join across scripts: %+v", d)
	}
}

// TestNamesJoinAcrossScripts: an English report and a Japanese one join on
// the victim's name in two scripts where the name's sounds differ in
// writing: katakana writes the w of "-row" as a long vowel (Farrowby →
// ファロウビー), and a kanji name the tokenizer reads wrongly on its best
// path (雪代 as yukidai) meets its English spelling through another
// reading, without a shared figure.
func TestNamesJoinAcrossScripts(t *testing.T) {
	day := func(m time.Month, d, h int) time.Time { return time.Date(2025, m, d, h, 0, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		en, ja Doc
	}{
		{"silent w",
			Doc{URL: "https://news.example/a/7", Lang: "en", Published: day(8, 4, 9),
				Title:   "Farrowby Energy confirms 88,400 customers caught up in Medusa attack",
				Text:    "Australian retailer Farrowby Energy said 88,400 customers had data stolen in an attack claimed by Medusa.",
				Victims: []string{"Farrowby Energy"}, Records: n64(88400), Actors: []string{"Medusa"}},
			Doc{URL: "https://kaigai.example/n/8", Lang: "ja", Published: day(8, 5, 6),
				Title:   "豪電力小売りファロウビー・エナジー、顧客約8万8000人の情報流出",
				Text:    "オーストラリアの電力小売りファロウビー・エナジーは、顧客約8万8000人分の個人情報が流出したと発表した。",
				Victims: []string{"ファロウビー・エナジー"}, Records: n64(88000), Actors: []string{"Medusa"}}},
		{"kanji read another way",
			Doc{URL: "https://news.example/a/9", Lang: "en", Published: day(10, 6, 9),
				Title:   "Qilin claims ransomware attack on Japanese motor maker Yukishiro Denki",
				Text:    "Yukishiro Denki said servers at one of its plants were encrypted; the Qilin group listed the company on its leak site.",
				Victims: []string{"Yukishiro Denki"}, Actors: []string{"Qilin"}},
			Doc{URL: "https://itnews.example/n/10", Lang: "ja", Published: day(10, 7, 6),
				Title:   "雪代電機にランサムウェア攻撃、Qilinが犯行声明",
				Text:    "モーター製造の雪代電機は、工場のサーバーがランサムウェアに感染したと発表した。Qilinがリークサイトに同社を掲載した。",
				Victims: []string{"雪代電機"}, Actors: []string{"Qilin"}}},
	}
	for _, tc := range tests {
		if d := Prepare(tc.en).Match(Prepare(tc.ja)); !d.Same {
			t.Errorf("%s: the English and Japanese reports did not join: %+v", tc.name, d)
		}
	}
}

// TestSetApartSameWeek: a company's notice that names another incident of
// another kind as separate (メール誤送信は本件とは別の事案) stays apart from that
// incident's reports, even the same week, and a local report that says the
// second incident is "a different problem" from the first stays with the
// second; invented wording.
func TestSetApartSameWeek(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 6, d, 3, 0, 0, 0, time.UTC) }
	logins := Doc{URL: "https://minato-rail.example/news/0620", Lang: "ja", Published: day(20),
		Title:   "「みなとWeb回数券」への不正ログインについて（第2報）",
		Text:    "6月9日にお知らせした不正ログインについて、調査が完了しました。不正ログインが確認されたアカウントは1,204件です。\n\nなお、6月13日にお知らせいたしましたメール誤送信は、本件とは別の事案です。",
		Victims: []string{"湊臨海鉄道"}, Records: n64(1204)}
	mail := Doc{URL: "https://minato-rail.example/news/0613", Lang: "ja", Published: day(13),
		Title:   "メール誤送信に関するお詫び",
		Text:    "当社駅係員が、お忘れ物のお問い合わせをいただいたお客様41名のメールアドレスを、他のお客様が見られる状態で送信いたしました。",
		Victims: []string{"湊臨海鉄道"}}
	local := Doc{URL: "https://minato-shimbun.example/2025/06/14/rail", Lang: "ja", Published: day(14),
		Title:   "湊臨海鉄道、今度はメール誤送信",
		Text:    "湊臨海鉄道は13日、お客様41人のメールアドレスを他の客が見られる状態で送信したと発表した。同社広報は「不正ログインとは全く別の問題」と説明している。",
		Victims: []string{"湊臨海鉄道"}, Records: n64(41)}
	if d := Prepare(logins).Match(Prepare(mail)); d.Same {
		t.Errorf("the login notice joined the mail incident it sets apart: %+v", d)
	}
	if d := Prepare(local).Match(Prepare(logins)); d.Same {
		t.Errorf("the local report joined the login incident it sets apart: %+v", d)
	}
	if d := Prepare(local).Match(Prepare(mail)); !d.Same {
		t.Errorf("the local report did not join its own incident's notice: %+v", d)
	}
	// Two reports of a second incident that both set the first apart, one
	// naming the first's kind in its headline, stand on one side.
	notice := Doc{URL: "https://oribe.example/news/1016", Lang: "ja", Published: time.Date(2025, 10, 16, 3, 0, 0, 0, time.UTC),
		Title:   "当社ネットワークへの不正アクセスについて",
		Text:    "当社ネットワークへの第三者による不正アクセスを確認し、技術資料の一部が流出した可能性があることが判明いたしました。\n\n本件は、2025年2月に公表いたしましたランサムウェア被害とは、侵入経路および手口が異なる別の事案であると判断しております。",
		Victims: []string{"織部電機"}}
	news := Doc{URL: "https://nikkan.example/2025/10/17/oribe", Lang: "ja", Published: time.Date(2025, 10, 17, 3, 0, 0, 0, time.UTC),
		Title:   "織部電機に標的型攻撃　技術資料流出の恐れ、2月のランサム被害とは別",
		Text:    "織部電機は16日、社内ネットワークに不正アクセスがあり、技術資料の一部が流出した可能性があると発表した。同社は2月にもランサムウェア攻撃を受けているが、今回の事案は「侵入経路も手口も異なる別の事案」と説明している。",
		Victims: []string{"織部電機"}}
	if Prepare(notice).Conflicts(Prepare(news)) {
		t.Errorf("two reports setting the same earlier incident apart were kept apart")
	}
}

// TestDayNamedWithoutYear: a first notice and a newspaper report two weeks
// later on one victim agree on the day the attack happened, which both
// give without a year (9月2日, 2日); that is evidence enough to join them.
// A later report of the same victim naming another day stays apart.
func TestDayNamedWithoutYear(t *testing.T) {
	notice := Doc{URL: "https://kitahama-ya.example/news/0903", Lang: "ja", Published: time.Date(2025, 9, 3, 9, 0, 0, 0, time.UTC),
		Title:   "システム障害の発生について（第1報）",
		Text:    "2025年9月3日\n北浜屋株式会社\n\n9月2日未明、当社の受注管理サーバーが外部からの攻撃を受け、システム障害が発生しました。個人情報の流出の有無は調査中です。",
		Victims: []string{"北浜屋"}}
	paper := Doc{URL: "https://kenpo.example/news/kitahama", Lang: "ja", Published: time.Date(2025, 9, 18, 11, 0, 0, 0, time.UTC),
		Title:   "北浜屋、顧客1万2千人分流出の恐れ",
		Text:    "和菓子製造の北浜屋（函館市）は17日、2日未明に受けたサイバー攻撃で、通販の顧客約1万2千人分の氏名や住所が流出した恐れがあると発表した。",
		Victims: []string{"北浜屋"}, Records: n64(12000)}
	if d := Prepare(notice).Match(Prepare(paper)); !d.Same {
		t.Errorf("reports giving one attack day without a year did not join: %+v", d)
	}
	other := paper
	other.Text = "和菓子製造の北浜屋（函館市）は17日、12日に受けたサイバー攻撃で、通販の顧客約1万2千人分の氏名や住所が流出した恐れがあると発表した。"
	if d := Prepare(notice).Match(Prepare(other)); d.Same {
		t.Errorf("reports two weeks apart naming different days joined: %+v", d)
	}
	en := Doc{URL: "https://wire.example/ashgrove", Lang: "en", Published: time.Date(2025, 1, 20, 9, 0, 0, 0, time.UTC),
		Title:   "Ashgrove Mills says 8,000 customers' data stolen",
		Text:    "Ashgrove Mills said attackers who broke into its network on Dec. 29 copied files holding data on 8,000 customers.",
		Victims: []string{"Ashgrove Mills"}, Records: n64(8000)}
	first := Doc{URL: "https://ashgrove.example/notice", Lang: "en", Published: time.Date(2025, 1, 2, 9, 0, 0, 0, time.UTC),
		Title:   "Notice of a cybersecurity incident",
		Text:    "On December 29 Ashgrove Mills detected unauthorised access to part of its network and took systems offline.",
		Victims: []string{"Ashgrove Mills"}}
	if d := Prepare(first).Match(Prepare(en)); !d.Same {
		t.Errorf("an English notice and a report naming its day across the new year did not join: %+v", d)
	}
}

// TestCooperativeSpelling: "Harlan Prairie" and "Harlan Prairie
// Co-operative" name one co-operative, as "Acme" and "Acme Inc." name one
// company.
func TestCooperativeSpelling(t *testing.T) {
	if a, b := victimKey("Harlan Prairie"), victimKey("Harlan Prairie Co-operative"); a != b {
		t.Errorf("keys %q and %q differ", a, b)
	}
}

// TestUnrelatedIncidentFigure: a report that names another incident's
// figure only to say its own incident is unrelated to it does not join
// that incident's coverage on the figure.
func TestUnrelatedIncidentFigure(t *testing.T) {
	logins := Doc{URL: "https://ledger.example/logins", Lang: "en", Published: time.Date(2025, 2, 19, 9, 0, 0, 0, time.UTC),
		Title:   "Credit union locks 2,204 online banking accounts after wave of password-guessing",
		Text:    "Oakhaven Federal Credit Union has forced password resets on 2,204 online banking accounts after an automated attempt to log in with passwords stolen from other websites.",
		Victims: []string{"Oakhaven Federal Credit Union"}, Records: n64(2204)}
	ransom := Doc{URL: "https://tribune.example/ransom", Lang: "en", Published: time.Date(2025, 8, 27, 9, 0, 0, 0, time.UTC),
		Title:   "Ransomware attack on Oakhaven credit union exposed data of 30,118 members",
		Text:    "A ransomware attack on Oakhaven Federal Credit Union this summer exposed names and account numbers of 30,118 members, according to a filing.\n\nThe attack is unrelated to a February incident in which 2,204 online banking accounts were accessed with reused passwords, a spokesperson said.",
		Victims: []string{"Oakhaven Federal Credit Union"}, Records: n64(30118)}
	if d := Prepare(logins).Match(Prepare(ransom)); d.Same {
		t.Errorf("two incidents of one credit union joined on the figure the later report sets apart: %+v", d)
	}
}

// TestSameWeekOtherVictim checks that a report on one university's breach
// whose headline and lead add, in passing, another hit the same week stays
// apart from that other university's own notice; and that the headline's
// short form (東雲学院大 for 東雲学院大学) names its own victim.
func TestSameWeekOtherVictim(t *testing.T) {
	other := Doc{URL: "https://www.kiyosumi-u.example/news/1202", Lang: "ja", Published: time.Date(2025, 12, 2, 3, 0, 0, 0, time.UTC),
		Title:   "本学職員のメールアカウントの不正利用について（お詫び）",
		Text:    "清澄女子大学において、職員1名のメールアカウントが不正に利用され、学生・保護者1,284名分の氏名及びメールアドレスが閲覧された可能性があることが判明しました。",
		Victims: []string{"清澄女子大学"}, Records: n64(1284)}
	report := Doc{URL: "https://kyoiku-news.example/a/77", Lang: "ja", Published: time.Date(2025, 12, 5, 3, 0, 0, 0, time.UTC),
		Title:   "東雲学院大、教職員5人のメール乗っ取り　3350人分漏えいの可能性　同週に清澄女子大も",
		Text:    "東雲学院大学は4日、教職員5人のメールアカウントがフィッシングで乗っ取られ、学生ら3350人分の情報が漏えいした可能性があると発表した。同じ週には清澄女子大学でも職員のメールアカウントが不正利用されている。",
		Victims: []string{"東雲学院大学"}, Records: n64(3350)}
	if d := Prepare(other).Match(Prepare(report)); d.Same {
		t.Errorf("a report naming another university in passing joined that university's notice: %+v", d)
	}
	if p := Prepare(report); !p.sure {
		t.Error("the headline's 東雲学院大 was not read as the report's own victim 東雲学院大学")
	}
}

// TestSameNotOffTopic: a newsroom's results release that names the company
// of its breach notice, with no fact of an incident, is no coverage of the
// breach; a follow-up that speaks of the attack is.
func TestSameNotOffTopic(t *testing.T) {
	r := int64(75000)
	notice := Doc{URL: "https://vandelay.example/news/2024/a1.html", Title: "Notice regarding unauthorized access at Vandelay Industries",
		Text: "Vandelay Industries announced today that an unauthorized third party accessed a server containing information on approximately 75,000 customers.",
		Lang: "en", Source: "Vandelay newsroom", Victims: []string{"Vandelay Industries"}, Records: &r, Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}
	results := Doc{URL: "https://vandelay.example/news/2024/a2.html", Title: "Vandelay Industries quarterly results",
		Text: "Vandelay Industries announced quarterly results today. Revenue rose 5 percent.", Lang: "en", Source: "Vandelay newsroom",
		Published: time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)}
	if Same(notice, results) {
		t.Errorf("a results release merged with the breach notice")
	}
	followUp := results
	followUp.Title, followUp.Text = "Vandelay Industries update", "Vandelay Industries said the unauthorized access to its customer server has been contained and customers are being notified."
	if !Same(notice, followUp) {
		t.Errorf("a follow-up on the attack kept apart")
	}
	// Another outlet's article is never kept apart for want of incident
	// words: its facts may be what extraction missed.
	elsewhere := results
	elsewhere.Source, elsewhere.URL = "Daily Ledger", "https://ledger.example/vandelay"
	if d := Prepare(notice).Match(Prepare(elsewhere)); d.Reason == "no incident" {
		t.Errorf("another outlet's article vetoed as off topic: %+v", d)
	}
}
