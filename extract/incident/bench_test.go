package incident

import (
	"fmt"
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
