package actors

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLoadMISP(t *testing.T) {
	gs, err := LoadFile(filepath.Join("testdata", "misp-small.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 3 {
		t.Fatalf("got %d groups, want 3", len(gs))
	}
	if g := gs[0]; g.Name != "Ocean Lotus Group" || g.Country != "VN" || g.Kind != "" ||
		!slices.Equal(g.Aliases, []string{"APT 32", "SeaLotus", "Sea Lotus Team"}) {
		t.Errorf("first group = %+v", g)
	}
	if g := gs[1]; g.Country != "CN" || g.Kind != "apt" {
		t.Errorf("country list and state sponsor: %+v", g)
	}
	if g := gs[2]; g.Name != "Lonely Crew" || len(g.Aliases) != 0 {
		t.Errorf("group without meta: %+v", g)
	}
	// Merged under the embedded names.
	emb, _ := EmbeddedGroups()
	c := New(emb, gs)
	if g, ok := c.Lookup("Sea Lotus Team"); !ok || g.Name != "APT32" {
		t.Errorf("Sea Lotus Team → %v %v, want APT32", g, ok)
	}
	if got := found(c.Find("Sea Lotus Team and Test Typhoon")); !slices.Equal(got, []string{"APT32=Sea Lotus Team", "Example Panda=Test Typhoon"}) {
		t.Errorf("Find = %q", got)
	}
}

func TestLoadSTIX(t *testing.T) {
	gs, err := LoadFile(filepath.Join("testdata", "stix-small.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range gs {
		got = append(got, g.Name)
	}
	if !slices.Equal(got, []string{"APT32", "Test Spider"}) {
		t.Errorf("groups = %q, want the two live intrusion sets", got)
	}
	if !slices.Contains(gs[0].Aliases, "Canvas Cyclone") {
		t.Errorf("aliases = %q", gs[0].Aliases)
	}
}

func TestLoadNative(t *testing.T) {
	gs, err := LoadFile(filepath.Join("testdata", "native.json"))
	if err != nil {
		t.Fatal(err)
	}
	c := New(gs)
	if got := found(c.Find("Example code and the Example ransomware gang")); !slices.Equal(got, []string{"Example Gang=Example"}) {
		t.Errorf("Find = %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"blank", " \n\t "},
		{"not json", "name: APT32"},
		{"truncated", `{"values": [{"value": "APT32"`},
		{"wrong shape", `{"foo": 1}`},
		{"scalar", `42`},
		{"bundle without objects", `{"type": "bundle"}`},
		{"values of wrong type", `{"values": {"value": "x"}}`},
		{"value of wrong type", `{"values": [{"value": 5}]}`},
		{"missing value", `{"values": [{"meta": {}}]}`},
		{"synonyms of wrong type", `{"values": [{"value": "X Team", "meta": {"synonyms": "Y"}}]}`},
		{"stix object not an object", `{"type": "bundle", "objects": [1]}`},
		{"stix aliases of wrong type", `{"type": "bundle", "objects": [{"type": "intrusion-set", "name": "X", "aliases": "Y"}]}`},
		{"native without name", `[{"aliases": ["x"]}]`},
		{"native wrong type", `[1, 2]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gs, err := Load(strings.NewReader(tt.in))
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("Load = %v, %v; want ErrFormat", gs, err)
			}
		})
	}
}

func TestLoadTooLarge(t *testing.T) {
	in := `{"values": [{"value": "APT32"}]}`
	if _, err := load(strings.NewReader(in), int64(len(in))); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	if _, err := load(strings.NewReader(in), int64(len(in)-1)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over the limit: %v, want ErrTooLarge", err)
	}
}

func TestLoadFileMissing(t *testing.T) {
	_, err := LoadFile(filepath.Join("testdata", "no-such-file.json"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("err = %v, want fs.ErrNotExist", err)
	}
}

func TestLoadLargeMISP(t *testing.T) {
	// A galaxy file several times the size of the real one loads whole.
	var b bytes.Buffer
	b.WriteString(`{"type": "threat-actor", "values": [`)
	const n = 5000
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"value": "Group %d", "meta": {"synonyms": ["Alias %d A", "Alias %d B"], "country": "XX", "refs": ["https://example.org/%d"]}}`, i, i, i, i)
	}
	b.WriteString(`]}`)
	gs, err := Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != n || gs[n-1].Name != fmt.Sprintf("Group %d", n-1) {
		t.Fatalf("loaded %d groups", len(gs))
	}
	if c := New(gs); c.Len() != n {
		t.Fatalf("catalogue of %d groups", c.Len())
	}
}
