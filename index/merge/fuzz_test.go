package merge

import (
	"testing"
	"time"
)

func FuzzKeys(f *testing.F) {
	for _, e := range allExamples {
		f.Add(e.doc.Text)
	}
	f.Add("")
	f.Add("ｱｲｳ　ＡＢＣ\x00\xff\xfe 。。。")
	f.Fuzz(func(t *testing.T, text string) {
		keys := Keys(Doc{Text: text})
		if keys != nil && len(keys) != params.bands {
			t.Fatalf("got %d keys, want 0 or %d", len(keys), params.bands)
		}
		if s := Similarity(Doc{Text: text}, Doc{Text: text}); s != 0 && s != 1 {
			t.Fatalf("Similarity of a text with itself = %v, want 1 (or 0 when too short)", s)
		}
	})
}

func FuzzSame(f *testing.F) {
	f.Add(tokyoZDNet.Title, tokyoZDNet.Text, "Toyota", int64(3100000), vietnam.Title, vietnam.Text, "トヨタ", int64(0), int64(3600))
	f.Add("", "", "", int64(0), "", "", "", int64(-5), int64(0))
	f.Add("豪トヨタ", "米ＭＧＭにサイバー攻撃。", "ＭＧＭ", int64(1), "Source: x", "via", "株式会社", int64(1), int64(-1<<40))
	f.Fuzz(func(t *testing.T, titleA, textA, victimA string, recA int64, titleB, textB, victimB string, recB int64, gap int64) {
		base := time.Date(2019, 3, 29, 0, 0, 0, 0, time.UTC)
		a := Doc{Title: titleA, Text: textA, Victims: []string{victimA}, Published: base, Source: victimA}
		b := Doc{Title: titleB, Text: textB, Victims: []string{victimB}, Published: base.Add(time.Duration(gap) * time.Second)}
		if recA != 0 {
			a.Records = &recA
		}
		if recB != 0 {
			b.Records = &recB
		}
		if Same(a, b) != Same(b, a) {
			t.Fatal("Same is not symmetric")
		}
		if Conflict(a, b) != Conflict(b, a) {
			t.Fatal("Conflict is not symmetric")
		}
		Summarize([]Doc{a, b})
		VictimKeys(a)
	})
}

// FuzzCreditMatches: looking for credits only where one can start finds
// exactly what the pattern finds over the whole text.
func FuzzCreditMatches(f *testing.F) {
	f.Add("Body.\n\nSource: ZDNet")
	f.Add("SOURCE:\n\nThe Record, via BleepingComputer (h/t @x)")
	f.Add("本文。\n\n出典：セキュリティNEXT\n元記事 https://a.example/")
	f.Add("resource via_x Sources say credit")
	f.Fuzz(func(t *testing.T, text string) {
		want := creditPattern.FindAllStringSubmatch(text, -1)
		got := creditMatches(text)
		if len(got) != len(want) {
			t.Fatalf("creditMatches(%q) found %d credits, the whole-text pattern %d: %q vs %q", text, len(got), len(want), got, want)
		}
		for i := range got {
			for j := range got[i] {
				if got[i][j] != want[i][j] {
					t.Fatalf("creditMatches(%q)[%d] = %q, want %q", text, i, got[i], want[i])
				}
			}
		}
	})
}
