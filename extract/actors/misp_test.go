package actors

import (
	"errors"
	"io/fs"
	"path/filepath"
	"testing"
)

// mispDir is where the project keeps the public MISP galaxy files, beside
// the module rather than inside it.
var mispDir = filepath.Join("..", "..", "..", "shared", "data", "misp-galaxy")

func loadMISPFile(t *testing.T, name string) []Group {
	t.Helper()
	gs, err := LoadFile(filepath.Join(mispDir, name))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not present", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	return gs
}

func TestMISPThreatActorCoverage(t *testing.T) {
	misp := loadMISPFile(t, "threat-actor.json")
	if len(misp) < 500 {
		t.Fatalf("loaded %d MISP groups, want the full galaxy", len(misp))
	}
	emb := Embedded()
	covered := 0
	for _, g := range misp {
		for _, n := range append([]string{g.Name}, g.Aliases...) {
			if _, ok := emb.Lookup(n); ok {
				covered++
				break
			}
		}
	}
	t.Logf("embedded catalogue covers %d of %d MISP threat-actor groups (%.0f%%) by name or alias",
		covered, len(misp), 100*float64(covered)/float64(len(misp)))

	embGroups, err := EmbeddedGroups()
	if err != nil {
		t.Fatal(err)
	}
	merged := New(embGroups, misp)
	t.Logf("merged catalogue: %d groups", merged.Len())
	// Well-known MISP names and synonyms resolve to the embedded canonical name.
	for alias, want := range map[string]string{
		"OceanLotus": "APT32", "APT 32": "APT32", "SeaLotus": "APT32",
		"Sofacy": "APT28", "Fancy Bear": "APT28", "Cozy Bear": "APT29",
		"Lazarus Group": "Lazarus Group", "Hidden Cobra": "Lazarus Group",
		"Stone Panda": "APT10", "Charming Kitten": "APT35", "Sandworm": "Sandworm",
		"Wizard Spider": "Wizard Spider", "FIN7": "FIN7", "Kimsuky": "Kimsuky",
	} {
		g, ok := merged.Lookup(alias)
		if !ok {
			t.Errorf("merged Lookup(%q) found nothing", alias)
			continue
		}
		if g.Name != want {
			t.Errorf("merged Lookup(%q) = %q, want %q", alias, g.Name, want)
		}
	}
	// MISP's extra synonyms are now matched in text under the embedded name.
	n := 0
	for _, g := range merged.Groups() {
		n += len(g.Aliases)
	}
	if merged.Len() <= emb.Len() {
		t.Errorf("merged catalogue has %d groups, no more than the embedded %d", merged.Len(), emb.Len())
	}
	t.Logf("merged catalogue: %d aliases", n)
}

func TestMISPRansomwareLoads(t *testing.T) {
	gs := loadMISPFile(t, "ransomware.json")
	if len(gs) < 500 {
		t.Fatalf("loaded %d ransomware clusters", len(gs))
	}
	for _, g := range gs {
		if g.Kind != "ransomware" {
			t.Fatalf("%s: kind %q, want ransomware", g.Name, g.Kind)
		}
	}
	emb, err := EmbeddedGroups()
	if err != nil {
		t.Fatal(err)
	}
	// How many of the embedded ransomware gangs the galaxy knows by some name.
	rw := New(gs)
	known, total := 0, 0
	for _, g := range emb {
		if g.Kind != "ransomware" {
			continue
		}
		total++
		for _, n := range append([]string{g.Name}, g.Aliases...) {
			if _, ok := rw.Lookup(n); ok {
				known++
				break
			}
		}
	}
	t.Logf("ransomware.json knows %d of the %d embedded ransomware groups", known, total)
	merged := New(emb, gs)
	if g, ok := merged.Lookup("LockBit"); !ok || g.Name != "LockBit" {
		t.Errorf("LockBit after merging ransomware.json: %v %v", g, ok)
	}
}
