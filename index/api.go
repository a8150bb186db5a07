package index

// This file fixes the index API that crawl, web and digest build against.
// The implementation behind it is work in progress (issue 2 and 4).

import (
	"context"
	"errors"
	"time"

	"github.com/breachwire/breachwire/extract"
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
)

// Index is the on-disk article and story index. It is safe for concurrent use.
type Index struct{}

// Open opens or creates the index in dir.
func Open(dir string) (*Index, error) { return nil, errors.New("index: not implemented yet") }

// Close flushes and closes the index.
func (ix *Index) Close() error { return nil }

// AddResult says what Add did.
type AddResult struct {
	// Articles is how many articles were stored (known URLs are skipped).
	Articles int
	// NewStories and UpdatedStories count the stories created and changed.
	NewStories, UpdatedStories int
}

// Add stores articles in one batch and merges each into its story. When Add
// returns nil every article is durable on disk.
func (ix *Index) Add(ctx context.Context, articles []extract.Article) (AddResult, error) {
	return AddResult{}, errors.New("index: not implemented yet")
}

// SearchRequest is a query for stories.
type SearchRequest struct {
	// Query is in Bleve's query-string syntax, with fields such as victim:,
	// actor:, records:>1000000, lang:ja, source: and published:>"2019-03-01".
	Query         string
	Limit, Offset int
	// Sort is "relevance" (the default) or "date" (newest first).
	Sort string
	// Facets asks for facet counts.
	Facets bool
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

// Search ranks stories for a query.
func (ix *Index) Search(ctx context.Context, req SearchRequest) (*SearchResult, error) {
	return nil, errors.New("index: not implemented yet")
}

// Stories returns every story updated at or after since, newest first.
func (ix *Index) Stories(ctx context.Context, since time.Time) ([]Story, error) {
	return nil, errors.New("index: not implemented yet")
}

// Story returns one story by id; an old id of a merged story answers with
// the story it became.
func (ix *Index) Story(ctx context.Context, id string) (*Story, error) {
	return nil, errors.New("index: not implemented yet")
}
