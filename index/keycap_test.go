package index

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
)

// TestFloodingKeyFindsNoCandidates checks that a key shared by more stored
// articles than the cap within the window (here an actor's) stops finding
// candidates, while a rarer one still does.
func TestFloodingKeyFindsNoCandidates(t *testing.T) {
	ix, _ := openTemp(t)
	ctx := context.Background()
	names := []string{"Alder Foods", "Birchwood Mining", "Cobalt Freight", "Dunmore Clinic", "Eastgate Bank"}
	pub := time.Date(2024, 5, 6, 9, 0, 0, 0, time.UTC)
	for i, name := range names {
		d := pub.Add(time.Duration(i) * 24 * time.Hour)
		a := extract.Article{
			URL: fmt.Sprintf("https://news%d.example/%d", i, i), Lang: "en", Published: &d, Fetched: d,
			Title:   name + " hit by intrusion",
			Text:    fmt.Sprintf("%s said intruder group APT99 reached its network %d. Story %d has its own words.", name, i, i),
			Victims: []string{name}, Actors: []string{"APT99"},
		}
		if _, err := ix.Add(ctx, []extract.Article{a}); err != nil {
			t.Fatal(err)
		}
	}
	d := pub.Add(3 * 24 * time.Hour)
	r := newRecord(extract.Article{
		URL: "https://other.example/new", Lang: "en", Published: &d, Title: "Fairfield Port hit by intrusion",
		Text: "Fairfield Port said intruder group APT99 reached its network.", Victims: []string{"Fairfield Port"},
		Actors: []string{"APT99"},
	}, d)
	count := func(limit uint64) int {
		t.Helper()
		old := maxKeyArticles
		maxKeyArticles = limit
		defer func() { maxKeyArticles = old }()
		cands, err := newPlan(ix, d).candidates(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		return len(cands)
	}
	if n := count(100); n != len(names) {
		t.Fatalf("with a cap of 100, %d candidates share the actor key, want %d", n, len(names))
	}
	if n := count(3); n != 0 {
		t.Errorf("with a cap of 3, the actor key shared by %d articles still found %d candidates", len(names), n)
	}
}
