package actors

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// found renders matches as "Name=alias" for comparison.
func found(ms []Match) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, m.Group.Name+"="+m.Alias)
	}
	return out
}

func TestFind(t *testing.T) {
	c := Embedded()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"canonical and alias", "Reports named APT32 (OceanLotus) as the attacker.", []string{"APT32=APT32", "APT32=OceanLotus"}},
		{"designation with space", "researchers blamed APT 32 and apt-32", []string{"APT32=APT 32", "APT32=apt-32"}},
		{"full-width designation", "攻撃はＡＰＴ３２によるもの", []string{"APT32=ＡＰＴ３２"}},
		{"japanese katakana", "オーシャンロータスとラザルスグループ", []string{"APT32=オーシャンロータス", "Lazarus Group=ラザルスグループ"}},
		{"half-width katakana", "ﾛｯｸﾋﾞｯﾄの攻撃", []string{"LockBit=ﾛｯｸﾋﾞｯﾄ"}},
		{"longest alias wins", "the Lazarus Group struck again", []string{"Lazarus Group=Lazarus Group"}},
		{"lower-case generic suffix", "the Lazarus group struck again", []string{"Lazarus Group=Lazarus"}},
		{"inner capitals match any case", "LOCKBIT, Lockbit and lockbit", []string{"LockBit=LOCKBIT", "LockBit=Lockbit", "LockBit=lockbit"}},
		{"slash alias is one match", "ALPHV/BlackCat claimed it", []string{"ALPHV=ALPHV/BlackCat"}},
		{"weather and element names", "Midnight Blizzard, formerly NOBELIUM (Nobelium)", []string{"APT29=Midnight Blizzard", "APT29=NOBELIUM", "APT29=Nobelium"}},
		{"symbol in alias", "Lapsus$ members were arrested", []string{"Lapsus$=Lapsus$"}},
		{"longer group containing a shorter alias", "Scattered Lapsus$ Hunters leaked data", []string{"Scattered Lapsus$ Hunters=Scattered Lapsus$ Hunters"}},
		{"possessive", "Volt Typhoon's access", []string{"Volt Typhoon=Volt Typhoon"}},
		{"no-break space and soft hyphen", "Cozy\u00a0Bear and Sand\u00adworm", []string{"APT29=Cozy\u00a0Bear", "Sandworm=Sand\u00adworm"}},
		{"ambiguous with following cue", "The Play ransomware gang listed the city.", []string{"Play=Play"}},
		{"ambiguous with preceding cue", "a ransomware group known as Play", []string{"Play=Play"}},
		{"ambiguous before a japanese deed", "昨年11月にAkiraが犯行声明を出した。", []string{"Akira=Akira"}},
		{"ambiguous before a leak site", "Playのリークサイトに掲載された", []string{"Play=Play"}},
		{"quoted ambiguous in a claim sentence", "「Akira」が犯行声明を出している", []string{"Akira=Akira"}},
		{"ambiguous everyday japanese context", "Playが好きな子ども向けの施設", nil},
		{"ambiguous with possessive cue", "Hive's affiliates encrypted files", []string{"Hive=Hive"}},
		{"ambiguous with japanese cue", "「Play」ランサムウェアによる被害", []string{"Play=Play"}},
		{"ambiguous quoted in a japanese sentence with a cue", "「LockBit」や「Akira」など国内でも被害が多い攻撃グループの手口", []string{"LockBit=LockBit", "Akira=Akira"}},
		{"ambiguous gloss of a quoted katakana spelling after a cue", "犯罪集団「カイロス(Kairos)」が闇サイトに同社の名前を掲載した", []string{"Kairos=Kairos"}},
		{"ambiguous gloss of a quoted katakana spelling without cue", "映画「カイロス(Kairos)」を観た。", nil},
		{"ambiguous quoted in a japanese sentence without cue", "映画「Akira」を観た。ランサムウェアの話ではない。", nil},
		{"distinctive alias of ambiguous group", "PlayCrypt encrypted the servers", []string{"Play=PlayCrypt"}},
		{"mixed", "Royal Mail was hit by LockBit ransomware; the Royal gang was not involved.", []string{"LockBit=LockBit", "Royal=Royal"}},

		{"mixed latin and katakana", "INCランサムによる攻撃、INCランサムウェアの手口", []string{"INC Ransom=INCランサム", "INC Ransom=INCランサムウェア"}},
		{"spellings differing in case and dots", "Inc. Ransom, also written Inc Ransom or INC Ransom", []string{"INC Ransom=Inc. Ransom", "INC Ransom=Inc Ransom", "INC Ransom=INC Ransom"}},
		{"middle dot optional", "ブラック・バスタとブラックバスタ", []string{"Black Basta=ブラック・バスタ", "Black Basta=ブラックバスタ"}},
		{"half-width middle dot", "ボルト･タイフーン", []string{"Volt Typhoon=ボルト･タイフーン"}},
		{"version without space", "LockBit3.0の亜種", []string{"LockBit=LockBit3.0"}},
		{"ambiguous katakana with cue", "プレイランサムウェアの被害", []string{"Play=プレイ"}},
		{"ambiguous katakana without cue", "ゲームをプレイする。ロイヤルホストとロイヤルな客", nil},

		{"military unit without cue", "Former Unit 8200 officers founded the startup.", nil},
		{"video game named like a family", "Crysis Remastered sold well", nil},

		{"headline verb after hackers", "Hackers Play Cat and Mouse With Police", nil},
		{"inside a word", "the display went dark", nil},
		{"everyday word without cue", "Players can Play games on the Hive platform.", nil},
		{"ambiguous cue after a sentence end", "They went to Cuba. Ransomware is rising.", nil},
		{"country after preposition", "ransomware attacks in Cuba rose", nil},
		{"APT3 not inside APT32", "APT32 only", []string{"APT32=APT32"}},
		{"proper noun in lower case", "the turla and sandworm of a novel", nil},
		{"lower-case multiword", "a cozy bear sat on a fancy bear", nil},
		{"longer word", "LockBitSupp was named", nil},
		{"katakana inside a longer word", "ハイブリッドワーク", nil},
		{"person named like a gang", "Akira Suzuki, a spokesman, said", nil},
		{"everyday capitalised word", "Anonymous sources said the Chaos was total.", nil},
		{"time that looks like a gang", "at 3AM on Monday", nil},
		{"all-caps short word needs all caps", "Syrian Electronic Army, not the Sea", []string{"Syrian Electronic Army=Syrian Electronic Army"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := c.Find(tt.text)
			got := found(ms)
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if !slices.Equal(got, want) {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, want)
			}
			checkMatches(t, tt.text, ms)
		})
	}
}

// checkMatches checks what every Find result promises: offsets into the
// original text that spell the alias, in order, without overlaps.
func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	end := 0
	for _, m := range ms {
		if m.Start < end || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("bad offsets %d:%d after %d in %d-byte text", m.Start, m.End, end, len(text))
		}
		if text[m.Start:m.End] != m.Alias {
			t.Fatalf("Alias %q but text[%d:%d] = %q", m.Alias, m.Start, m.End, text[m.Start:m.End])
		}
		if m.Group == nil {
			t.Fatalf("match %q without group", m.Alias)
		}
		end = m.End
	}
}

func TestFindAmbiguousFlag(t *testing.T) {
	ms := Embedded().Find("Play ransomware and LockBit")
	if len(ms) != 2 || !ms[0].Ambiguous || ms[1].Ambiguous {
		t.Fatalf("got %+v, want Play flagged ambiguous and LockBit not", ms)
	}
}

func TestFindEveryEmbeddedName(t *testing.T) {
	// Every distinctive name is found under its own group when written as
	// in the catalogue, in a sentence with a cue.
	c := Embedded()
	for _, g := range c.Groups() {
		for _, n := range g.Names() {
			text := fmt.Sprintf("Researchers said %s ransomware group was behind it.", n)
			ms := c.Find(text)
			i := slices.IndexFunc(ms, func(m Match) bool { return strings.Contains(m.Alias, n) || m.Alias == n })
			if i < 0 {
				if len([]rune(n)) >= 3 {
					t.Errorf("%s: %q not found in %q (got %q)", g.Name, n, text, found(ms))
				}
				continue
			}
			if ms[i].Group != g {
				t.Errorf("%q found as %s, want %s", n, ms[i].Group.Name, g.Name)
			}
		}
	}
}

func TestFindNilAndEmptyCatalogue(t *testing.T) {
	var c *Catalogue
	if ms := c.Find("APT32"); ms != nil {
		t.Errorf("nil catalogue found %v", ms)
	}
	if ms := New().Find("APT32"); ms != nil {
		t.Errorf("empty catalogue found %v", ms)
	}
}

func TestFindLoadedGroupsAutoAmbiguous(t *testing.T) {
	// A loaded list marks nothing ambiguous; everyday words still need a cue.
	c := New([]Group{{Name: "Cobalt Group", Aliases: []string{"Cobalt", "GOP"}}})
	if got := found(c.Find("Cobalt prices rose, the GOP said.")); len(got) != 0 {
		t.Errorf("found %q in an everyday sentence", got)
	}
	if got := found(c.Find("the hacking group Cobalt")); !slices.Equal(got, []string{"Cobalt Group=Cobalt"}) {
		t.Errorf("got %q", got)
	}
}

func TestFindLoadedEverydayDesignations(t *testing.T) {
	c := New([]Group{{Name: "Comment Crew", Aliases: []string{"Group 3", "Team 74", "TG-8223"}}})
	if got := found(c.Find("Group 3 of the tournament; team 74 won; Group 3's lead.")); len(got) != 0 {
		t.Errorf("found %q in a sports report", got)
	}
	if got := found(c.Find("the hacking group Group 3 and TG 8223")); !slices.Equal(got, []string{"Comment Crew=Group 3", "Comment Crew=TG 8223"}) {
		t.Errorf("got %q", got)
	}
}

func TestFindConcurrent(t *testing.T) {
	c := Embedded()
	texts := []string{"APT32 (OceanLotus)", "ラザルスとＡＰＴ３２", "the Play ransomware gang", "nothing here"}
	want := make([][]string, len(texts))
	for i, s := range texts {
		want[i] = found(c.Find(s))
	}
	done := make(chan bool)
	for g := range 4 {
		go func() {
			defer func() { done <- true }()
			for n := range 200 {
				i := (g + n) % len(texts)
				if got := found(c.Find(texts[i])); !slices.Equal(got, want[i]) {
					t.Errorf("concurrent Find(%q) = %q, want %q", texts[i], got, want[i])
					return
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}

// TestFindAmbiguousDeed checks that a one-word group name that is also a
// common word counts when the sentence makes it a claimant or the actor
// an attack is attributed to, and not otherwise.
func TestFindAmbiguousDeed(t *testing.T) {
	cat := New([]Group{{Name: "Mirage", Kind: "ransomware", Ambiguous: []string{"Mirage"}}})
	for text, want := range map[string]bool{
		"Weeks later Mirage put the insurer on its leak site.":          true,
		"Mirage has claimed responsibility for the outage.":             true,
		"Investigators said the intrusion was the work of Mirage.":      true,
		"The hotel's Mirage suite was booked for the conference.":       false,
		"Mirage posted a new trailer for the film on Friday afternoon.": false,
		// A long object before the leak site, a possessive listing and
		// a capitalised name striking another.
		"Back in March, Mirage had added Dellow & Crane, an Ohio law firm, to its leak site.": true,
		"Mirage's listing for the firm was removed in April.":                                 true,
		"Nearly ten thousand notified after Mirage hit Dellow & Crane":                        true,
		"The resort was hit by a storm; Mirage hit the headlines again.":                      false,
		"Las Vegas casinos were hit hard; the Mirage hit record revenue.":                     false,
	} {
		if got := len(cat.Find(text)) > 0; got != want {
			t.Errorf("Find(%q) found = %v, want %v", text, got, want)
		}
	}
}

// TestFindKatakanaSpellings checks that the Japanese spellings media use
// for groups find them beside a group word or deed, and that the same
// katakana as an ordinary word finds nothing.
func TestFindKatakanaSpellings(t *testing.T) {
	cat := Embedded()
	for text, want := range map[string]string{
		"ランサムウェアグループ「インターロック」がリークサイトで犯行を主張した。": "Interlock",
		"「リンクス」が犯行声明を出し、同社の名前を掲載した。":           "Lynx",
		"ランサムウェアグループ「セーフペイ」が関与を主張している。":        "SafePay",
		"扉のインターロック機構を点検した。":                    "",
		"社内ポータルのリンクス一覧を更新した。":                  "",
	} {
		got := ""
		for _, m := range cat.Find(text) {
			got = m.Group.Name
		}
		if got != want {
			t.Errorf("Find(%q) = %q, want %q", text, got, want)
		}
	}
}
