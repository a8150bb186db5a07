package actors

import (
	"regexp"
	"slices"
	"testing"
	"unicode"
)

func TestEmbeddedCatalogue(t *testing.T) {
	data, err := EmbeddedGroups()
	if err != nil {
		t.Fatal(err)
	}
	c := Embedded()
	if c.Len() < 300 {
		t.Errorf("embedded catalogue has %d groups, want at least 300", c.Len())
	}
	// No two groups of the data share a name or alias: building the
	// catalogue merged nothing.
	if c.Len() != len(data) {
		t.Errorf("catalogue has %d groups but the data %d: two groups share a name or alias", c.Len(), len(data))
	}
	country := regexp.MustCompile(`^[A-Z]{2}$`)
	kinds := []string{"apt", "ransomware", "crime", "hacktivist"}
	en, ja := 0, 0
	for _, g := range data {
		if !slices.Contains(kinds, g.Kind) {
			t.Errorf("%s: kind %q", g.Name, g.Kind)
		}
		if g.Country != "" && !country.MatchString(g.Country) {
			t.Errorf("%s: country %q is not an ISO code", g.Name, g.Country)
		}
		names := append([]string{g.Name}, g.Aliases...)
		for _, a := range g.Ambiguous {
			if !slices.Contains(names, a) {
				t.Errorf("%s: ambiguous %q is not one of its names", g.Name, a)
			}
		}
		for _, a := range g.Aliases {
			if isJapanese(a) {
				ja++
			} else {
				en++
			}
		}
	}
	t.Logf("embedded: %d groups, %d aliases (%d Latin-script, %d Japanese/CJK)", len(data), en+ja, en, ja)
}

func isJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

func TestEmbeddedCanonicalNames(t *testing.T) {
	c := Embedded()
	for alias, want := range map[string]string{
		"OceanLotus": "APT32", "Canvas Cyclone": "APT32", "BISMUTH": "APT32", "TIN WOODLAWN": "APT32",
		"オーシャンロータス": "APT32", "Ocean Buffalo": "APT32", "APT-C-00": "APT32",
		"Fancy Bear": "APT28", "Forest Blizzard": "APT28", "STRONTIUM": "APT28",
		"Cozy Bear": "APT29", "Midnight Blizzard": "APT29", "NOBELIUM": "APT29",
		"Hidden Cobra": "Lazarus Group", "ラザルス": "Lazarus Group", "Diamond Sleet": "Lazarus Group",
		"Sodinokibi": "REvil", "BlackCat": "ALPHV", "ロックビット": "LockBit", "Clop": "Cl0p",
		"Octo Tempest": "Scattered Spider", "UNC3944": "Scattered Spider",
		"Sangria Tempest": "FIN7", "TrickBot gang": "Wizard Spider", "Seashell Blizzard": "Sandworm",
		"Inc. Ransom": "INC Ransom", "INCランサム": "INC Ransom", "IncRansom": "INC Ransom",
		"ミッドナイト・ブリザード": "APT29", "ヒドゥン・コブラ": "Lazarus Group", "ブラック・バスタ": "Black Basta",
		"Contagious Interview": "Famous Chollima", "Spamouflage": "Dragonbridge", "SpaceBears": "Space Bears",
		"Charming Kitten": "APT35", "Static Kitten": "MuddyWater", "Silk Typhoon": "HAFNIUM",
	} {
		g, ok := c.Lookup(alias)
		if !ok || g.Name != want {
			t.Errorf("Lookup(%q) = %v, %v; want %s", alias, g, ok, want)
		}
	}
}

func TestLookupNormalises(t *testing.T) {
	c := Embedded()
	for _, q := range []string{"apt32", "APT 32", "apt-32", "ＡＰＴ３２", "ocean lotus", "ｏｃｅａｎｌｏｔｕｓ", " OceanLotus "} {
		if g, ok := c.Lookup(q); !ok || g.Name != "APT32" {
			t.Errorf("Lookup(%q) = %v, %v; want APT32", q, g, ok)
		}
	}
	if g, ok := c.Lookup("Gamaredon Group"); !ok || g.Name != "Gamaredon" {
		t.Errorf("Lookup with generic suffix: %v %v", g, ok)
	}
	if g, ok := c.Lookup("Akira Ransomware"); !ok || g.Name != "Akira" {
		t.Errorf("Lookup with ransomware suffix: %v %v", g, ok)
	}
	for _, q := range []string{"", "Toyota", "APT3200", "group"} {
		if g, ok := c.Lookup(q); ok {
			t.Errorf("Lookup(%q) found %s", q, g.Name)
		}
	}
	var nilCat *Catalogue
	if _, ok := nilCat.Lookup("APT32"); ok || nilCat.Len() != 0 || nilCat.Groups() != nil {
		t.Error("nil catalogue is not empty")
	}
}

func TestNewMergesLaterListsIntoEarlier(t *testing.T) {
	first := []Group{
		{Name: "APT32", Aliases: []string{"OceanLotus"}, Kind: "apt"},
		{Name: "Lazarus Group", Aliases: []string{"Hidden Cobra"}},
	}
	second := []Group{
		// Same group under another canonical name: merges, first name wins.
		{Name: "OceanLotus Group", Aliases: []string{"SeaLotus", "APT-C-00", "oceanlotus"}, Country: "VN", Kind: "crime"},
		// Shares an alias with APT32 but its own name with Lazarus: the
		// name decides, and the shared alias stays where it was.
		{Name: "HIDDEN COBRA", Aliases: []string{"SeaLotus", "Guardians of Peace"}},
		// New group.
		{Name: "Turla", Aliases: []string{"Snake", "Venomous Bear"}},
		// Unusable names are skipped.
		{Name: "  ", Aliases: []string{"x"}},
	}
	c := New(first, second)
	if c.Len() != 3 {
		t.Fatalf("Len = %d, want 3 (%v)", c.Len(), names(c))
	}
	apt32, _ := c.Lookup("SeaLotus")
	if apt32.Name != "APT32" || apt32.Country != "VN" || apt32.Kind != "apt" {
		t.Errorf("merged group = %+v, want APT32 with the first kind and the new country", apt32)
	}
	if !slices.Equal(apt32.Aliases, []string{"OceanLotus", "OceanLotus Group", "SeaLotus", "APT-C-00"}) {
		t.Errorf("aliases = %q", apt32.Aliases)
	}
	laz, _ := c.Lookup("Guardians of Peace")
	if laz.Name != "Lazarus Group" || slices.Contains(laz.Aliases, "SeaLotus") {
		t.Errorf("Lazarus = %+v", laz)
	}
	ms := c.Find("SeaLotus and Guardians of Peace and Venomous Bear")
	if got := found(ms); !slices.Equal(got, []string{"APT32=SeaLotus", "Lazarus Group=Guardians of Peace", "Turla=Venomous Bear"}) {
		t.Errorf("Find after merge = %q", got)
	}
	// The input lists are not modified.
	if len(first[0].Aliases) != 1 {
		t.Errorf("New modified its input: %q", first[0].Aliases)
	}
}

func names(c *Catalogue) []string {
	var out []string
	for _, g := range c.Groups() {
		out = append(out, g.Name)
	}
	return out
}

func TestEmbeddedGroupsIsACopy(t *testing.T) {
	a, _ := EmbeddedGroups()
	a[0].Aliases[0] = "changed"
	b, _ := EmbeddedGroups()
	if b[0].Aliases[0] == "changed" {
		t.Error("EmbeddedGroups shares its slices")
	}
}
