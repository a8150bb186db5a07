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
