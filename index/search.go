package index

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight/format/html"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Search limits.
const (
	defaultLimit     = 10
	maxLimit         = 1000
	defaultFacetSize = 10
)

// Facet names, as in Facets' JSON.
const (
	facetActors    = "actors"
	facetVictims   = "victims"
	facetSources   = "sources"
	facetLanguages = "languages"
	facetMonths    = "months"
)

// fragmentFields are the fields a hit's fragment is taken from, best first.
var fragmentFields = []string{fTextEN, fTextJA, fTitleEN, fTitleJA}

// Search ranks stories for a query.
func (ix *Index) Search(ctx context.Context, req SearchRequest) (*SearchResult, error) {
	q, err := parseQuery(req.Query)
	if err != nil {
		return nil, err
	}
	limit := req.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	br := bleve.NewSearchRequestOptions(storiesOnly(q), limit, max(req.Offset, 0), false)
	br.Fields = []string{fStoryJSON}
	switch req.Sort {
	case "", "relevance":
		// The default order, by score alone: a tie-break on a field would
		// read that field of every hit. A query of filters alone
		// (+lang:en, records:>1000000) ranks nothing: newest first.
		if !isMatchAll(q) && filtersOnly(q) {
			br.SortBy([]string{"-" + fUpdated})
		}
	case "date":
		br.SortBy([]string{"-" + fUpdated})
	default:
		return nil, fmt.Errorf("%w: unknown sort %q (want relevance or date)", ErrBadQuery, req.Sort)
	}
	if !isMatchAll(q) {
		// (Match-all has no terms to show in a fragment.)
		br.Highlight = bleve.NewHighlightWithStyle(html.Name)
		br.Highlight.Fields = fragmentFields
	}
	size := req.FacetSize
	if size <= 0 {
		size = defaultFacetSize
	}
	gen := ix.gen.Load()
	cached := req.Facets && isMatchAll(q) && ix.cachedFacets(gen, size) != nil
	var counter *facetCounter
	if req.Facets && !cached {
		counter = &facetCounter{fi: ix.facetIdx}
		ctx = withCounter(ctx, counter)
	}
	res, err := ix.b.SearchInContext(ctx, br)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	out := &SearchResult{Total: res.Total, Stories: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		st, err := ix.stories.decode(h.ID, h.Fields[fStoryJSON])
		if err != nil {
			return nil, fmt.Errorf("index: story %s: %w", h.ID, err)
		}
		out.Stories = append(out.Stories, Hit{Story: *st, Score: h.Score, Fragment: fragment(h)})
	}
	out.Facets = topFacets(nil, size)
	if counter != nil {
		out.Facets = counter.facets(size)
	}
	if cached {
		out.Facets = *ix.cachedFacets(gen, size)
	} else if req.Facets && isMatchAll(q) {
		ix.facetMu.Lock()
		ix.allFacets = &facetCache{gen: gen, size: size, facets: out.Facets}
		ix.facetMu.Unlock()
	}
	return out, nil
}

// filtersOnly reports whether q holds nothing but filter clauses (see
// filterFields), which narrow the hits without ranking them.
func filtersOnly(q query.Query) bool {
	switch q := q.(type) {
	case *query.MatchAllQuery:
		return true
	case *query.BooleanQuery:
		if q.Should != nil && !filtersOnly(q.Should) {
			return false
		}
		return q.Must == nil || filtersOnly(q.Must)
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			if !filtersOnly(c) {
				return false
			}
		}
		return true
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			if !filtersOnly(c) {
				return false
			}
		}
		return len(q.Disjuncts) > 0
	case query.BoostableQuery:
		return q.Boost() == filterBoost
	}
	return false
}

func isMatchAll(q query.Query) bool {
	_, ok := q.(*query.MatchAllQuery)
	return ok
}

// cachedFacets returns the facets of every story if they were counted at
// gen with size terms each.
func (ix *Index) cachedFacets(gen uint64, size int) *Facets {
	ix.facetMu.Lock()
	defer ix.facetMu.Unlock()
	if c := ix.allFacets; c != nil && c.gen == gen && c.size == size {
		return &c.facets
	}
	return nil
}

// fragment picks the first highlighted fragment; the html formatter wraps
// matches in <mark> and escapes everything else.
func fragment(h *search.DocumentMatch) string {
	first := ""
	for _, f := range fragmentFields {
		for _, frag := range h.Fragments[f] {
			if strings.Contains(frag, "<mark>") {
				return frag
			}
			if first == "" {
				first = frag
			}
		}
	}
	return first
}

// topFacets keeps the size commonest terms of each facet, ties in term order.
func topFacets(byFacet map[string][]FacetTerm, size int) Facets {
	top := func(name string) []FacetTerm {
		ts := byFacet[name]
		sort.Slice(ts, func(i, j int) bool {
			if ts[i].Count != ts[j].Count {
				return ts[i].Count > ts[j].Count
			}
			return ts[i].Term < ts[j].Term
		})
		if len(ts) > size {
			ts = ts[:size]
		}
		if ts == nil {
			ts = []FacetTerm{}
		}
		return ts
	}
	return Facets{
		Actors:    top(facetActors),
		Victims:   top(facetVictims),
		Sources:   top(facetSources),
		Languages: top(facetLanguages),
		Months:    top(facetMonths),
	}
}
