package actors

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzLoad(f *testing.F) {
	for _, name := range []string{"misp-small.json", "stix-small.json", "native.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"values": [{"value": "X", "meta": {"synonyms": [1]}}]}`))
	f.Add([]byte(`{"type": "bundle", "objects": [{"type": "intrusion-set"}]}`))
	f.Add([]byte(`[{"name": "\u00ad\u200b"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		gs, err := Load(strings.NewReader(string(data)))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v is not ErrFormat", err)
			}
			return
		}
		// Whatever loads builds a catalogue that can be searched.
		c := New(gs)
		for _, g := range c.Groups() {
			checkMatches(t, g.Name, c.Find(g.Name))
			if got, ok := c.Lookup(g.Name); !ok || got != g {
				t.Fatalf("Lookup(%q) = %v, %v", g.Name, got, ok)
			}
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Reports named APT32 (OceanLotus)", "ＡＰＴ３２によるもの", "ﾛｯｸﾋﾞｯﾄ", "the Play ransomware gang",
		"Cozy\u00a0Bear e\u0301 Sand\u00adworm", "ALPHV/BlackCat", "ハイブリッド", "Lapsus$\xff\xfe", "İstanbul APT-32",
		"「Play」ランサムウェア", "ransomware group known as Cuba.",
	} {
		f.Add(s)
	}
	c := Embedded()
	f.Fuzz(func(t *testing.T, text string) {
		checkMatches(t, text, c.Find(text))
	})
}
