package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/breachwire/breachwire/extract"
)

// bleveFacets counts the facets of q's stories with Bleve's own facet
// builder, the way Search did before it counted from tables.
func bleveFacets(t *testing.T, ix *Index, qs string, size int) (uint64, Facets) {
	t.Helper()
	q, err := parseQuery(qs)
	if err != nil {
		t.Fatal(err)
	}
	br := bleve.NewSearchRequestOptions(storiesOnly(q), 0, 0, false)
	br.AddFacet(fFacet, bleve.NewFacetRequest(fFacet, 1<<30))
	res, err := ix.b.Search(br)
	if err != nil {
		t.Fatal(err)
	}
	byFacet := map[string][]FacetTerm{}
	for _, ft := range res.Facets[fFacet].Terms.Terms() {
		name, term, _ := strings.Cut(ft.Term, ":")
		byFacet[name] = append(byFacet[name], FacetTerm{Term: term, Count: ft.Count})
	}
	return res.Total, topFacets(byFacet, size)
}

// TestFacetCountsMatchBleve checks the table-based facet counts against
// Bleve's facet builder on an index written in several Adds, so that it
// has several segments, replaced documents and merged stories.
func TestFacetCountsMatchBleve(t *testing.T) {
	ix, _ := openTemp(t)
	g := newGenerator(3)
	// Few victims, so that stories merge and story documents are replaced.
	g.victims = g.victims[:40]
	for i := 0; i < 240; i += 40 {
		var arts []extract.Article
		for j := i; j < i+40; j++ {
			arts = append(arts, g.article(j))
		}
		if _, err := ix.Add(context.Background(), arts); err != nil {
			t.Fatal(err)
		}
		// Search between Adds, so that tables of older segments are reused.
		mustSearch(t, ix, SearchRequest{Query: g.words[1], Facets: true})
	}
	queries := []string{"", g.words[3], "lang:ja", "records:>5000000", `actor:apt7 ` + g.words[9],
		`victim:"` + g.victims[5] + `"`, "流出", "nosuchwordatall"}
	for _, qs := range queries {
		for _, size := range []int{3, 1000} {
			res := mustSearch(t, ix, SearchRequest{Query: qs, Facets: true, FacetSize: size, Limit: 5})
			total, want := bleveFacets(t, ix, qs, size)
			if res.Total != total {
				t.Errorf("%q: Total %d, Bleve %d", qs, res.Total, total)
			}
			got := map[string][2][]FacetTerm{
				"actors": {res.Facets.Actors, want.Actors}, "victims": {res.Facets.Victims, want.Victims},
				"sources": {res.Facets.Sources, want.Sources}, "languages": {res.Facets.Languages, want.Languages},
				"months": {res.Facets.Months, want.Months},
			}
			for name, gw := range got {
				if !slices.Equal(gw[0], gw[1]) {
					t.Errorf("%q size %d: %s = %v, Bleve counts %v", qs, size, name, gw[0], gw[1])
				}
			}
		}
	}
	if _, want := bleveFacets(t, ix, "", 1000); len(want.Victims) < 10 {
		t.Fatalf("generated index has only %d victims", len(want.Victims))
	}
}
