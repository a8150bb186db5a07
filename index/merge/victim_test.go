package merge

import (
	"slices"
	"strings"
	"testing"
)

func TestVictimKeysMeet(t *testing.T) {
	groups := [][]string{
		{"Toyota", "トヨタ", "TOYOTA", "Toyota Motor Corporation", "トヨタ自動車", "トヨタ自動車株式会社", "ﾄﾖﾀ", "toyota"},
		{"Sony", "ソニー", "Sony Group Corporation", "ソニーグループ株式会社"},
		{"Nintendo", "ニンテンドー"}, {"Panasonic", "パナソニック"},
		{"Kadokawa", "KADOKAWA", "株式会社KADOKAWA", "カドカワ"},
		{"Marriott", "マリオット", "Marriott International"},
		{"Mitsubishi Electric", "三菱電機", "三菱電機株式会社"}, // kanji through incident.Reading
		{"JAしおかぜ", "しおかぜ農業協同組合", "ＪＡしおかぜ"},
	}
	var all []string
	for _, g := range groups {
		want := victimKey(g[0])
		if want == "" {
			t.Fatalf("victimKey(%q) is empty", g[0])
		}
		for _, name := range g[1:] {
			if got := victimKey(name); got != want {
				t.Errorf("victimKey(%q) = %q, want %q as for %q", name, got, want, g[0])
			}
		}
		all = append(all, want)
	}
	slices.Sort(all)
	if len(slices.Compact(all)) != len(groups) {
		t.Errorf("different companies share a key: %v", all)
	}
	if k := victimKey("Jaguar"); !strings.HasPrefix(k, "ja") {
		// JA is a co-operative's prefix only before Japanese.
		t.Errorf("victimKey(Jaguar) = %q, lost its opening letters", k)
	}
	for _, pair := range [][2]string{{"Toyota", "Toyota Boshoku"}, {"Mitsubishi Electric", "Mitsubishi Heavy Industries"}, {"Sony", "Sonic"}} {
		if victimKey(pair[0]) == victimKey(pair[1]) {
			t.Errorf("%q and %q get one key %q", pair[0], pair[1], victimKey(pair[0]))
		}
	}
}

func TestVictimKeysDoc(t *testing.T) {
	got := VictimKeys(Doc{Victims: []string{"トヨタ", "Toyota", "", "  ", "Denso Corp."}})
	want := []string{victimKey("Denso"), victimKey("Toyota")}
	slices.Sort(want)
	if !slices.Equal(got, want) || want[0] == want[1] {
		t.Errorf("VictimKeys = %v, want %v", got, want)
	}
	if got := VictimKeys(Doc{}); len(got) != 0 {
		t.Errorf("VictimKeys of no victims = %v, want none", got)
	}
}

func TestKanaReading(t *testing.T) {
	for in, want := range map[string]string{
		"トヨタ": "toyota", "ソニー": "soni", "マリオット": "mariotto", "キャノン": "kyanon",
		"シャープ": "shapu", "ファミマ": "famima", "ウィンドウズ": "windouzu", "ちゃんと": "chanto",
		"ティー": "ti", "ABCトヨタ": "ABCtoyota",
	} {
		if got := kanaReading(in); got != want {
			t.Errorf("kanaReading(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCampaignKeys(t *testing.T) {
	if got := CampaignKeys(advisory); !slices.Equal(got, []string{"actor:apt32"}) {
		t.Errorf("CampaignKeys(advisory) = %v, want [actor:apt32]", got)
	}
	if got := CampaignKeys(tokyoZDNet); got != nil {
		t.Errorf("CampaignKeys of an article with a victim = %v, want none", got)
	}
	many := Doc{Actors: []string{"LockBit", "ALPHV", "Cl0p", "Akira"}}
	if got := CampaignKeys(many); got != nil {
		t.Errorf("CampaignKeys of a trend report naming many actors = %v, want none", got)
	}
}

// TestGenericWordsGiveNoKeys: two firms whose names share only a generic
// last word must not meet through a sound key of that word, whether it comes
// from the victim name or from a Title Case headline; a name and its
// shortened form still do.
func TestGenericWordsGiveNoKeys(t *testing.T) {
	doc := func(name, word string) Doc {
		return Doc{Title: name + " Breach Hits Customers " + word, Text: name + " said attackers reached its Systems last week.", Victims: []string{name}}
	}
	a, b := VictimKeys(doc("Isissese Systems", "today")), VictimKeys(doc("Borvane Systems", "again"))
	for _, k := range a {
		if slices.Contains(b, k) {
			t.Errorf("Isissese Systems and Borvane Systems share key %q (%v / %v)", k, a, b)
		}
	}
	for _, other := range []string{"Systems", "Osis Systems"} {
		if namesAgree([]string{"Isissese Systems"}, []string{other}) {
			t.Errorf(`"Isissese Systems" agrees with %q`, other)
		}
	}
	for _, pair := range [][2]string{{"Latitude Financial Services", "Latitude Financial"}, {"Ticketmaster", "チケットマスター"}} {
		if !namesAgree([]string{pair[0]}, []string{pair[1]}) {
			t.Errorf("%q and %q no longer agree", pair[0], pair[1])
		}
	}
}

// TestNameInsideLongerWord: a victim's name or key met inside a longer Latin
// word does not name it; a katakana run may still go on past the name.
func TestNameInsideLongerWord(t *testing.T) {
	cases := []struct {
		names []string
		text  string
		want  bool
	}{
		{[]string{"Toen"}, "Doctors treated a toenail infection at the clinic.", false},
		{[]string{"Toen Corp"}, "Doctors treated a toenail infection at the clinic.", false},
		{[]string{"Toen"}, "Toen said attackers reached its systems.", true},
		{[]string{"Toen"}, "The breach at Toen's plant", true},
		{[]string{"トヨタ"}, "トヨタレンタリースの顧客情報", true},
		{[]string{"Toyota"}, "トヨタ東京販売ホールディングスのサーバー", true},
	}
	for _, c := range cases {
		if got := namedIn(c.names, c.text); got != c.want {
			t.Errorf("namedIn(%q, %q) = %v, want %v", c.names, c.text, got, c.want)
		}
		p := Prepare(Doc{Title: c.text, Text: c.text})
		q := Prepare(Doc{Victims: c.names, Title: "x", Text: "x"})
		if got := q.names.inTitle(&p.names); got != c.want {
			t.Errorf("inTitle(%q, %q) = %v, want %v", c.names, c.text, got, c.want)
		}
	}
}

// TestTransliterated: a foreign firm's Latin name and its katakana spelling
// are one name though katakana writes sounds English drops; names that
// differ by more than a slip of transliteration, or share a script, are not.
func TestTransliterated(t *testing.T) {
	same := [][2]string{
		{"Delhurst Foods", "デルハースト・フーズ"},
		{"Marlowe Techno Systems", "マーロウ・テクノ・システムズ"},
		{"Fenwhistle Mercantile", "フェンホイッスル・マーカンタイル"},
		// 電鉄 is an electric railway.
		{"Kanazawa Electric Railway", "金沢電鉄"},
	}
	for _, p := range same {
		if !transliterated([]string{p[0]}, []string{p[1]}) {
			t.Errorf("%q and %q are not taken for one name (%v / %v)", p[0], p[1], nameForms(p[0]), nameForms(p[1]))
		}
		if !slices.Equal(StorySpelling([]string{p[1]}, []string{p[0]}), []string{p[0]}) {
			t.Errorf("a story on %q does not spell %q as it", p[0], p[1])
		}
	}
	differ := [][2]string{
		{"Delhurst Foods", "デルモント・フーズ"},
		{"Kestrel Bank", "ケンブル・バンク"},
		{"Fenwhistle Mercantile", "Fenwhistle Merchants"},
		{"Kanazawa Electric", "金沢電鉄"},
	}
	for _, p := range differ {
		if transliterated([]string{p[0]}, []string{p[1]}) {
			t.Errorf("%q and %q are taken for one name", p[0], p[1])
		}
	}
	a, b := deletionKeys("Delhurst Foods"), deletionKeys("デルハースト・フーズ")
	shared := false
	for _, k := range a {
		shared = shared || slices.Contains(b, k)
	}
	if !shared {
		t.Errorf("the two spellings share no deletion key: %v / %v", a, b)
	}
}
