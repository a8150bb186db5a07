package index

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/extract/incident"
)

// TestVictimSearchByKatakanaSpelling: a Japanese report writes a foreign
// victim in katakana and extraction gives its Latin name; victim: in the
// katakana spelling, whole or its first word, finds the story, and the
// report shows that spelling as its own.
func TestVictimSearchByKatakanaSpelling(t *testing.T) {
	ix, _ := openTemp(t)
	pub := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	en := extract.Article{URL: "https://news.example/harwick", Lang: "en", Published: &pub, Fetched: pub,
		Title: "Harwick Mutual Insurance says 52,000 policyholders exposed", Text: "Harwick Mutual Insurance said an intruder copied files holding data of 52,000 policyholders.",
		Victims: []string{"Harwick Mutual Insurance"}}
	ja := extract.Article{URL: "https://news.example.jp/harwick", Lang: "ja", Published: &pub, Fetched: pub,
		Title: "米保険ハーウィック・ミューチュアル・インシュアランスに不正アクセス", Text: "米保険会社ハーウィック・ミューチュアル・インシュアランスは、契約者5万2000人の情報が流出したと発表した。",
		Victims:  []string{"Harwick Mutual Insurance"},
		Incident: incident.Facts{Victims: []incident.Victim{{Name: "Harwick Mutual Insurance", Mention: "ハーウィック・ミューチュアル・インシュアランス"}}}}
	if _, err := ix.Add(context.Background(), []extract.Article{en, ja}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"victim:ハーウィック・ミューチュアル・インシュアランス", "victim:ハーウィック", "victim:Harwick"} {
		res := mustSearch(t, ix, SearchRequest{Query: q, Limit: 10})
		if len(res.Stories) == 0 {
			t.Errorf("%s finds nothing", q)
			continue
		}
		for _, a := range res.Stories[0].Articles {
			if a.URL == ja.URL && !slices.Contains(a.VictimsWritten, "ハーウィック・ミューチュアル・インシュアランス") {
				t.Errorf("%s: the Japanese report's own spelling %q is not kept", q, a.VictimsWritten)
			}
		}
	}
}
