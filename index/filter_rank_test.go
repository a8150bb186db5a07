package index

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
)

// TestFilterDoesNotReorder: a filter clause (+lang:en) narrows the hits
// without reordering them; the story that matches every ranked word stays
// first, though it is also written up in Japanese. Filters alone rank
// nothing: the newest story comes first.
func TestFilterDoesNotReorder(t *testing.T) {
	ix, _ := openTemp(t)
	pub := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	var arts []extract.Article
	for i, v := range []string{"Dellwood Foods", "Marrow Textiles", "Pinecastle Tools", "Orrery Glass"} {
		p := pub.AddDate(0, 0, -(i+1)*40)
		arts = append(arts, extract.Article{URL: fmt.Sprintf("https://news.example/%d", i), Lang: "en", Published: &p, Fetched: p, Source: "Daily News", Records: records(int64(1000 * (i + 1))),
			Title: v + " hit by ransomware", Text: v + " said ransomware encrypted servers at its main plant; production stopped for two days while ransomware was removed.",
			Victims: []string{v}})
	}
	arts = append(arts,
		extract.Article{URL: "https://news.example/harwick", Lang: "en", Published: &pub, Fetched: pub, Source: "Weekly News", Records: records(52000),
			Title: "Rhysida claims Harwick Mutual", Text: "The Rhysida ransomware group claimed the attack on Harwick Mutual, the Connecticut insurer, and listed its data for sale.",
			Victims: []string{"Harwick Mutual"}},
		extract.Article{URL: "https://news.example.jp/harwick", Lang: "ja", Published: &pub, Fetched: pub, Source: "Japan News",
			Title: "米保険ハーウィック・ミューチュアルにランサムウェア攻撃", Text: "米保険会社ハーウィック・ミューチュアルは、ランサムウェア攻撃を受けたと発表した。",
			Victims: []string{"Harwick Mutual"}})
	if _, err := ix.Add(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"+lang:en", `published:>"2025-01-01"`, "ransomware insurer", "+lang:en ransomware insurer", `+published:>"2026-01-01" ransomware insurer`, "+records:<1000000000 ransomware insurer", "+source:news ransomware insurer"} {
		res := mustSearch(t, ix, SearchRequest{Query: q, Limit: 10})
		if len(res.Stories) == 0 || len(res.Stories[0].Victims) == 0 || res.Stories[0].Victims[0] != "Harwick Mutual" {
			var got []string
			for _, s := range res.Stories {
				got = append(got, fmt.Sprint(s.Victims))
			}
			t.Errorf("%s: order %v, want Harwick Mutual first", q, got)
		}
	}
}

func records(n int64) *int64 { return &n }
