package merge

import (
	"slices"
	"testing"
	"time"
)

func TestFigureKey(t *testing.T) {
	for _, c := range []struct {
		v    int64
		want string
	}{
		{43218, "n:43e3"}, {43000, "n:43e3"}, {312447, "n:31e4"}, {310000, "n:31e4"},
		{6000000, ""}, {2025, ""}, {999, ""}, {1400000, "n:14e5"},
	} {
		if got := figureKey(c.v); got != c.want {
			t.Errorf("figureKey(%d) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestNamesAcrossScripts(t *testing.T) {
	if coarseForm("Nordhavn Telecom") != coarseForm("ノルドハウン・テレコム") {
		t.Errorf("coarse forms differ: %q, %q", coarseForm("Nordhavn Telecom"), coarseForm("ノルドハウン・テレコム"))
	}
	if !namesAgree([]string{"Prairie Crest Health"}, []string{"プレーリー・クレスト・ヘルス"}) {
		t.Error("Prairie Crest Health and its katakana form do not agree")
	}
	if !namesAgree([]string{"Velmont Airways"}, []string{"ヴェルモント航空"}) {
		t.Error("an airline's name and its Japanese form (katakana + 航空) do not agree")
	}
	if namesAgree([]string{"Velmont Airways"}, []string{"Velmont Bank"}) {
		t.Error("two firms sharing a first word agree")
	}
}

func TestGenericVictimIsNoName(t *testing.T) {
	d := Doc{Title: "Club statement", Victims: []string{"Club"}}
	if keys := VictimKeys(d); slices.Contains(keys, "klub") {
		t.Errorf("VictimKeys = %v, want no key for a generic word", keys)
	}
	if got := Prepare(d).Doc().Victims; !slices.Equal(got, d.Victims) {
		t.Errorf("Doc().Victims = %v, want the victims as given", got)
	}
}

func TestLaterIncidentStaysApart(t *testing.T) {
	n := int64(1400000)
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 9, 0, 0, 0, time.UTC) }
	first := Doc{URL: "https://a.example/1", Lang: "en", Published: day(4, 9), Victims: []string{"Ostmark Telecom"}, Records: &n,
		Title: "Data of 1.4 million Ostmark Telecom customers exposed",
		Text:  "Ostmark Telecom says attackers logged into 1.4 million customer accounts on its portal."}
	later := Doc{URL: "https://b.example/2", Lang: "en", Published: day(5, 28), Victims: []string{"Ostmark Telecom"}, Records: &n,
		Title: "Ostmark Telecom: second incident in two months as gang hits billing arm",
		Text:  "Ostmark Telecom has confirmed a ransomware attack on its billing subsidiary, weeks after 1.4 million accounts were exposed."}
	if d := Prepare(first).Match(Prepare(later)); d.Same {
		t.Errorf("Match = %+v, want the next incident apart", d)
	}
	if !Conflict(first, later) {
		t.Error("Conflict = false, want the later incident to block a union")
	}
	later.Published = day(4, 12)
	if Prepare(first).Conflicts(Prepare(later)) != Prepare(later).Conflicts(Prepare(first)) {
		t.Error("Conflicts is not symmetric")
	}
}

// TestBothReportTheRecurrence: two reports that each tell of a victim's
// second attack, two weeks apart, are one incident; the first report of
// the earlier attack stays apart.
func TestBothReportTheRecurrence(t *testing.T) {
	n := int64(38400)
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 9, 0, 0, 0, time.UTC) }
	first := Doc{URL: "https://a.example/0", Lang: "en", Published: day(1, 14), Victims: []string{"Quarrel Freight"},
		Title: "Quarrel Freight investigates ransomware attack",
		Text:  "Quarrel Freight says ransomware encrypted servers at its main depot."}
	again := Doc{URL: "https://a.example/1", Lang: "en", Published: day(6, 2), Victims: []string{"Quarrel Freight"}, Actors: []string{"Akira"},
		Title: "Quarrel Freight hit again: ransomware disrupts dispatch",
		Text:  "Quarrel Freight has been hit by ransomware for the second time this year; Akira claimed the attack."}
	ja := Doc{URL: "https://b.example/2", Lang: "ja", Published: day(6, 17), Victims: []string{"Quarrel Freight"}, Records: &n, Actors: []string{"Akira"},
		Title: "米運送クオレル・フレイト、ランサムウェア被害で約3万8400人に通知　半年で2度目",
		Text:  "米運送会社クオレル・フレイトは、6月のランサムウェア攻撃で約3万8400人の個人情報が流出した可能性があると発表した。"}
	if d := Prepare(again).Match(Prepare(ja)); !d.Same {
		t.Errorf("Match(again, ja) = %+v, want one incident", d)
	}
	if d := Prepare(first).Match(Prepare(ja)); d.Same {
		t.Errorf("Match(first, ja) = %+v, want the earlier attack apart", d)
	}
}

// TestSharedAmountsJoinAcrossMonths: an exchange's notice of a theft and
// the police's attribution two months later give the same two amounts
// (bitcoin and yen); two precise figures alike join them. A later
// incident's report that recalls the earlier toll and the member base
// stays apart.
func TestSharedAmountsJoinAcrossMonths(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 9, 0, 0, 0, time.UTC) }
	notice := Doc{URL: "https://kamome-coin.example/news/0311", Lang: "ja", Published: day(3, 11), Victims: []string{"かもめコイン"},
		Title: "当社ホットウォレットからの暗号資産の不正流出に関するお知らせ",
		Text:  "本日、当社のホットウォレットから、不正な手段によりビットコイン約2,340BTC（時価で約312億円相当）が外部に流出したことを検知いたしました。"}
	police := Doc{URL: "https://news.example/a/0529", Lang: "ja", Published: day(5, 29), Victims: []string{"かもめコイン"}, Actors: []string{"Lazarus Group"},
		Title: "警察庁とFBI、北朝鮮系ハッカー集団の犯行と特定　偽求人で委託先社員を誘導",
		Text:  "警察庁と米連邦捜査局は28日、ビジネス向けSNSで採用担当者を装って委託先の社員に接触した北朝鮮系のハッカー集団による犯行と特定したと発表した。\n\n対象は、暗号資産交換業者かもめコインから3月に約2340ビットコイン（当時のレートで約312億円）が不正に送金された事件。"}
	if d := Prepare(notice).Match(Prepare(police)); !d.Same {
		t.Errorf("Match = %+v, want one incident", d)
	}

	n := int64(2817)
	stuffing := Doc{URL: "https://a.example/nov", Lang: "en", Published: day(1, 19), Victims: []string{"Harlow Building Society"}, Records: &n,
		Title: "Harlow Building Society says 2,817 online accounts accessed in password attack",
		Text:  "Harlow Building Society, which has around 318,000 members, said criminals logged into 2,817 members' online accounts using reused passwords."}
	ransom := Doc{URL: "https://b.example/apr", Lang: "en", Published: day(4, 23), Victims: []string{"Harlow Building Society"}, Actors: []string{"Medusa"},
		Title: "Ransomware gang claims Harlow Building Society hack",
		Text:  "The Medusa gang says it broke into the network of Harlow Building Society, which has 318,000 members. This is the second security incident at the society this year: in January criminals logged into 2,817 members' accounts."}
	if d := Prepare(stuffing).Match(Prepare(ransom)); d.Same {
		t.Errorf("Match = %+v, want the later incident apart", d)
	}
}

// TestReportRecallsTheFirstNoticesMonth: a trade paper's report six
// weeks after a maker's first notice says the maker "published its first
// report in April"; with the subsidiary's country in both, that joins
// them.
func TestReportRecallsTheFirstNoticesMonth(t *testing.T) {
	notice := Doc{URL: "https://www.kayaba-kiko.example/ir/0409.pdf", Lang: "ja", Published: time.Date(2025, 4, 9, 7, 0, 0, 0, time.UTC), Victims: []string{"榧場機工"},
		Title: "当社米国子会社における不正アクセスの発生について",
		Text:  "このたび、当社の連結子会社である米国子会社のネットワークに対し、第三者による不正アクセスが行われたことを確認いたしましたので、お知らせいたします。"}
	report := Doc{URL: "https://xtech.example/atcl/0520", Lang: "ja", Published: time.Date(2025, 5, 20, 1, 0, 0, 0, time.UTC), Victims: []string{"榧場機工"},
		Title: "榧場機工の米子会社、ルーター経由の侵入で人事情報流出の恐れ",
		Text:  "工作機械の榧場機工は19日、米国子会社への不正アクセスに関する調査結果を公表した。同社は4月に第1報を公表していた。"}
	if d := Prepare(notice).Match(Prepare(report)); !d.Same {
		t.Errorf("Match = %+v, want one incident", d)
	}
	report.Text = "工作機械の榧場機工は19日、米国子会社への不正アクセスに関する調査結果を公表した。"
	if d := Prepare(notice).Match(Prepare(report)); d.Same {
		t.Errorf("Match without the reference back = %+v, want apart (six weeks, no other support)", d)
	}
}

// TestSetApartFromTheAprilIncident: a credit union's April notice of a
// phishing breach, a September story on a ransomware listing that calls
// itself unrelated to "the phishing attack disclosed in April", and the
// union's October update that is "separate from the email incident we
// reported in April": the two later ones are one incident, the April
// notice another.
func TestSetApartFromTheAprilIncident(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 15, 0, 0, 0, time.UTC) }
	v := []string{"Brookvale Credit Union"}
	april := Doc{URL: "https://www.brookvalecu.example/privacy/notice", Lang: "en", Published: day(4, 22), Victims: v,
		Title: "Notice of Data Incident",
		Text:  "On March 6, 2025, we learned that an unauthorized person had gained access to two employee email accounts after the employees responded to a phishing message."}
	listing := Doc{URL: "https://www.hackwire.example/brookvale", Lang: "en", Published: day(9, 17), Victims: v, Actors: []string{"INC Ransom"},
		Title: "INC Ransom lists Brookvale Credit Union months after phishing breach",
		Text:  "The INC Ransom gang has added Brookvale Credit Union to its leak site. The incident is unrelated to the phishing attack disclosed in April, in which two employee mailboxes were compromised."}
	update := Doc{URL: "https://www.brookvalecu.example/news/update", Lang: "en", Published: day(10, 20), Victims: v,
		Title: "Cybersecurity Incident Update – October 20, 2025",
		Text:  "We are providing an update on the cybersecurity incident that disrupted some of our systems beginning September 11, 2025. A criminal group has claimed responsibility online.\n\nThis incident is separate from the email incident we reported in April."}
	if d := Prepare(april).Match(Prepare(listing)); d.Same {
		t.Errorf("Match(april, listing) = %+v, want apart", d)
	}
	if d := Prepare(april).Match(Prepare(update)); d.Same {
		t.Errorf("Match(april, update) = %+v, want apart", d)
	}
	if d := Prepare(listing).Match(Prepare(update)); !d.Same {
		t.Errorf("Match(listing, update) = %+v, want one incident", d)
	}
}

// TestSeparateFromTheAccessAnnouncedThatDay: a carmaker's English notice
// of a ransomware attack on its Thai plant, which says it is "separate from
// the unauthorized access to our dealers' systems announced on May 12", and
// a Japanese report of that May access: the date the notice recalls is the
// other incident's, no evidence that the two are one.
func TestSeparateFromTheAccessAnnouncedThatDay(t *testing.T) {
	notice := Doc{URL: "https://www.kazahana-motor.example/en/ir/2025/0620.html", Lang: "en",
		Published: time.Date(2025, 6, 20, 6, 0, 0, 0, time.UTC), Victims: []string{"Kazahana Motor"},
		Title: "Notice Concerning a Cyberattack on a Subsidiary in Thailand",
		Text: "Kazahana Motor Co., Ltd. announces that Kazahana Motor (Thailand) Co., Ltd., a consolidated subsidiary, suffered a ransomware attack on June 16, 2025. " +
			"Some production servers were encrypted and the plant continues with manual procedures.\n\n" +
			"This incident is separate from the unauthorized access to the systems of our domestic dealers announced on May 12, 2025."}
	report := Doc{URL: "https://news.sec-jiho.example/2025/05/13/kazahana", Lang: "ja",
		Published: time.Date(2025, 5, 13, 2, 0, 0, 0, time.UTC), Victims: []string{"風花自動車"},
		Title: "風花自動車の販売店システムに不正アクセス",
		Text:  "風花自動車は5月12日、販売会社が利用する顧客管理システムが不正アクセスを受けたと発表した。氏名や電話番号が閲覧された可能性があるという。"}
	if d := Prepare(notice).Match(Prepare(report)); d.Same {
		t.Errorf("Match(notice, report) = %+v, want apart", d)
	}
}

// TestUpToThenExactCount: a first report's "up to" figure and a later
// exact count under it are one incident's, not two figures that differ.
func TestUpToThenExactCount(t *testing.T) {
	first, final := int64(2_100_000), int64(1_834_612)
	v := []string{"まつかぜポイント"}
	a := Doc{URL: "https://www.matsukaze.example/info/0214.html", Lang: "ja", Published: time.Date(2025, 2, 14, 9, 0, 0, 0, time.UTC), Victims: v,
		Records: &first, RecordsQualifier: "up_to",
		Title: "ポイントサービス会員情報への不正アクセスに関するお知らせ（第1報）",
		Text:  "当社ポイントサービスの会員情報照会APIに外部から不正なアクセスがあり、最大約210万件の会員情報が取得された可能性があることが判明いたしました。"}
	b := Doc{URL: "https://www.ppc-like.example/news/0930.html", Lang: "ja", Published: time.Date(2025, 9, 30, 9, 0, 0, 0, time.UTC), Victims: v,
		Records: &final, RecordsQualifier: "exact",
		Title: "まつかぜポイント株式会社に対する個人情報保護法に基づく行政上の対応について",
		Text:  "まつかぜポイント株式会社が運営するポイントサービスの会員情報照会APIに不正アクセスがあり、会員183万4,612名の個人情報が取得された事案について、同社に対し指導を行った。"}
	if Prepare(a).Conflicts(Prepare(b)) {
		t.Errorf("Conflicts: an up-to figure and an exact count under it are one incident's")
	}
}
