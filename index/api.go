package index

// This file holds the index API that crawl, web and digest build against;
// the methods live in open.go, add.go, search.go and stories.go.

import (
	"errors"
	"slices"
)

// Errors returned by the index.
var (
	// ErrBadQuery is wrapped by Search for a query that does not parse; the
	// error's message carries the parser's.
	ErrBadQuery = errors.New("index: query does not parse")
	// ErrNotFound is returned by Story for an unknown id.
	ErrNotFound = errors.New("index: no such story")
	// ErrLocked is wrapped by Open when another process holds the index.
	ErrLocked = errors.New("index: held by another process")
	// ErrOutdated is wrapped by OpenReadOnly for an index an earlier release
	// built: Open rebuilds it, a reader cannot.
	ErrOutdated = errors.New("index: built by an earlier version")
	// ErrNoIndex is wrapped by OpenReadOnly when dir holds no index yet.
	ErrNoIndex = errors.New("index: no index")
)

// AddResult says what Add did.
type AddResult struct {
	// Articles is how many articles were stored (known URLs are skipped).
	Articles int
	// Created, Updated and Removed are the ids of the stories created,
	// changed, and merged into another story (and so gone).
	Created, Updated, Removed []string
}

// NewStories counts the stories created.
func (r AddResult) NewStories() int { return len(r.Created) }

// UpdatedStories counts the stories changed.
func (r AddResult) UpdatedStories() int { return len(r.Updated) }

// Then returns what r and then next did together, as one Add of both
// batches would say it: a story created by r and merged away by next is
// no new story, and one created by r and changed by next is new, not
// updated.
func (r AddResult) Then(next AddResult) AddResult {
	gone := map[string]bool{}
	for _, id := range next.Removed {
		gone[id] = true
	}
	out := AddResult{Articles: r.Articles + next.Articles}
	created := map[string]bool{}
	for _, id := range append(slices.Clone(r.Created), next.Created...) {
		if !gone[id] && !created[id] {
			created[id] = true
			out.Created = append(out.Created, id)
		}
	}
	updated := map[string]bool{}
	for _, id := range append(slices.Clone(r.Updated), next.Updated...) {
		if !gone[id] && !created[id] && !updated[id] {
			updated[id] = true
			out.Updated = append(out.Updated, id)
		}
	}
	wasNew := map[string]bool{}
	for _, id := range r.Created {
		wasNew[id] = true
	}
	for _, id := range append(slices.Clone(r.Removed), next.Removed...) {
		if !wasNew[id] && !slices.Contains(out.Removed, id) {
			out.Removed = append(out.Removed, id)
		}
	}
	return out
}

// SearchRequest is a query for stories.
type SearchRequest struct {
	// Query is in Bleve's query-string syntax, with fields such as victim:,
	// actor:, records:>1000000, lang:ja, source: and published:>"2019-03-01".
	// A bare field clause is required; bare words are alternatives (see the
	// package documentation).
	Query         string
	Limit, Offset int
	// Sort is "relevance" (the default) or "date" (newest first).
	Sort string
	// Facets asks for facet counts.
	Facets bool
	// FacetSize is how many terms each facet lists; 0 means 10.
	FacetSize int
}

// SearchResult is one page of stories ranked for a query.
type SearchResult struct {
	Total   uint64 `json:"total"`
	Stories []Hit  `json:"stories"`
	Facets  Facets `json:"facets"`
}

// Hit is a story that matched, with a highlighted fragment.
type Hit struct {
	Story
	Score float64 `json:"score"`
	// Fragment is a piece of matching text with matches wrapped in <mark>;
	// everything else in it is HTML-escaped.
	Fragment string `json:"fragment,omitempty"`
}

// Facets are the counts of the matching stories by field.
type Facets struct {
	Actors    []FacetTerm `json:"actors"`
	Victims   []FacetTerm `json:"victims"`
	Sources   []FacetTerm `json:"sources"`
	Languages []FacetTerm `json:"languages"`
	Months    []FacetTerm `json:"months"`
}

// FacetTerm is one value of a facet and how many stories have it.
type FacetTerm struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}
