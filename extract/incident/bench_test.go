package incident

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkExtract measures Extract over the labelled corpus; articles/s is
// reported as a metric. The kagome dictionary is loaded before the timer
// starts: it costs about 0.6 s once per process.
func BenchmarkExtract(b *testing.B) {
	arts := loadCorpus(b)
	x := New(nil)
	japaneseTokenizer()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		x.Extract(Doc{Title: a.Title, Text: a.Text, Lang: a.Lang})
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractNameList measures Extract on 200 KB of English text
// made of nothing but organisation-like names and breach words, the worst
// case for choosing victims (every name a candidate).
func BenchmarkExtractNameList(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 200<<10; i++ {
		fmt.Fprintf(&sb, "Acme%d Corp%d Hacked Breach%d ", i*7919%5000, i*104729%5000, i%500)
		if i%6 == 0 {
			fmt.Fprintf(&sb, "said hackers breached Zeta%d. ", i%3000)
		}
	}
	text := sb.String()
	x := New(nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(Doc{Title: "Acme Corp Breach Hits Millions", Text: text, Lang: "en"})
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Toyota confirms breach", "Toyota said hackers accessed data of up to 3.1 million customers.", "en")
	f.Add("トヨタ、不正アクセス", "トヨタ自動車は最大約310万人分の顧客情報が流出した可能性があると発表した。", "ja")
	f.Add("", "", "")
	f.Add("Ünïcödé", "99999999999999999999 users 10^100 records １２３４５６７８９０１２万件", "de")
	f.Add("「「「", "株式会社株式会社（株）㈱ 以下「当社」）", "ja")
	x := New(testCatalogue())
	f.Fuzz(func(t *testing.T, title, text, lang string) {
		facts := x.Extract(Doc{Title: title, Text: text, Lang: lang})
		if c := facts.Records; c != nil && (c.Value <= 0 || c.Value > MaxCount) {
			t.Fatalf("record count %d out of range", c.Value)
		}
		for _, v := range facts.Victims {
			if v.Name == "" {
				t.Fatalf("empty victim name in %+v", facts.Victims)
			}
		}
		_ = fmt.Sprint(facts)
	})
}
