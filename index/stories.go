package index

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// maxStoryArticles bounds how many articles of one story are read back.
const maxStoryArticles = 100000

// Has reports whether an article with this URL is in the index.
func (ix *Index) Has(ctx context.Context, url string) (bool, error) {
	known, err := ix.Known(ctx, []string{url})
	return known[url], err
}

// Known returns the subset of urls already in the index.
func (ix *Index) Known(ctx context.Context, urls []string) (map[string]bool, error) {
	known := map[string]bool{}
	if len(urls) == 0 {
		return known, nil
	}
	ids := make([]string, len(urls))
	for i, u := range urls {
		ids[i] = articleDocID(u)
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: look up urls: %w", err)
	}
	for _, h := range res.Hits {
		known[h.ID[len("a:"):]] = true
	}
	return known, nil
}

// Story returns one story by id; an old id of a merged story answers with
// the story it became.
func (ix *Index) Story(ctx context.Context, id string) (*Story, error) {
	byID := query.NewDocIDQuery([]string{storyDocID(id)})
	byAlias := query.NewTermQuery(id)
	byAlias.SetField(fAlias)
	sts, err := ix.searchStories(ctx, query.NewDisjunctionQuery([]query.Query{byID, byAlias}), 2, nil)
	if err != nil {
		return nil, err
	}
	for _, st := range sts {
		if st.ID == id {
			return st, nil
		}
	}
	if len(sts) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	return sts[0], nil
}

// Stories returns every story updated at or after since, newest first; a
// zero since returns every story.
func (ix *Index) Stories(ctx context.Context, since time.Time) ([]Story, error) {
	return ix.storiesSince(ctx, fUpdated, since)
}

// ChangedStories returns every story that breachwire created or changed at
// or after since (an article joined, stories merged), most recently changed
// first. Unlike Stories it goes by when the index changed, not by the dates
// of the coverage, which suits "what is new since the last digest".
func (ix *Index) ChangedStories(ctx context.Context, since time.Time) ([]Story, error) {
	return ix.storiesSince(ctx, fChanged, since)
}

func (ix *Index) storiesSince(ctx context.Context, field string, since time.Time) ([]Story, error) {
	var q query.Query = query.NewMatchAllQuery()
	if !since.IsZero() {
		inclusive := true
		dq := query.NewDateRangeInclusiveQuery(since, time.Time{}, &inclusive, nil)
		dq.SetField(field)
		q = dq
	}
	n, err := ix.count(ctx, storiesOnly(q))
	if err != nil {
		return nil, err
	}
	sts, err := ix.searchStories(ctx, q, n, []string{"-" + field, "-" + fFirstSeen, "_id"})
	if err != nil {
		return nil, err
	}
	out := make([]Story, len(sts))
	for i, st := range sts {
		out[i] = *st
	}
	return out, nil
}

// storiesOnly restricts q to story documents. A query that can only match
// fields of stories needs no filter, and is faster without one.
func storiesOnly(q query.Query) query.Query {
	if matchesOnlyStories(q) {
		return q
	}
	t := query.NewTermQuery(typeStory)
	t.SetField(typeField)
	if _, all := q.(*query.MatchAllQuery); all {
		return t
	}
	b := query.NewBooleanQuery([]query.Query{q}, nil, nil)
	b.AddFilter(t)
	return b
}

func (ix *Index) count(ctx context.Context, q query.Query) (int, error) {
	res, err := ix.b.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("index: count: %w", err)
	}
	return int(res.Total), nil
}

// searchStories returns the stories matching q, decoded from their stored JSON.
func (ix *Index) searchStories(ctx context.Context, q query.Query, size int, sortBy []string) ([]*Story, error) {
	if size == 0 {
		return nil, nil
	}
	req := bleve.NewSearchRequestOptions(storiesOnly(q), size, 0, false)
	req.Fields = []string{fStoryJSON}
	if sortBy != nil {
		req.SortBy(sortBy)
	}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: read stories: %w", err)
	}
	out := make([]*Story, 0, len(res.Hits))
	for _, h := range res.Hits {
		st, err := ix.stories.decode(h.ID, h.Fields[fStoryJSON])
		if err != nil {
			return nil, fmt.Errorf("index: story %s: %w", h.ID, err)
		}
		out = append(out, st)
	}
	return out, nil
}

func decodeStory(v interface{}) (*Story, error) {
	js, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("no stored JSON")
	}
	var st Story
	if err := json.Unmarshal([]byte(js), &st); err != nil {
		return nil, err
	}
	return &st, nil
}

// searchRecords returns the articles matching q, best first, at most size.
func (ix *Index) searchRecords(ctx context.Context, q query.Query, size int) ([]*record, error) {
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.Fields = []string{fArtJSON}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: read articles: %w", err)
	}
	out := make([]*record, 0, len(res.Hits))
	for _, h := range res.Hits {
		js, _ := h.Fields[fArtJSON].(string)
		url := strings.TrimPrefix(h.ID, "a:")
		if r, ok := ix.arts.lookup(url, js); ok {
			out = append(out, r)
			continue
		}
		var r record
		if err := json.Unmarshal([]byte(js), &r); err != nil {
			return nil, fmt.Errorf("index: article %s: %w", h.ID, err)
		}
		ix.arts.keep(&r, js)
		out = append(out, &r)
	}
	return out, nil
}

// termsQuery matches documents with any of terms in field.
func termsQuery(field string, terms []string) query.Query {
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := query.NewTermQuery(t)
		tq.SetField(field)
		qs[i] = tq
	}
	return query.NewDisjunctionQuery(qs)
}

// storyOnlyField are the fields only story documents have.
var storyOnlyField = map[string]bool{
	fStoryID: true, fAlias: true, fTitleEN: true, fTitleJA: true, fTextEN: true, fTextJA: true,
	fTitleJG: true, fTextJG: true, fVictim: true, fActor: true, fSource: true, fVictimKey: true,
	fFacet: true, fLang: true, fMonth: true, fRecords: true,
	fQualifier: true, fPublished: true, fFirstSeen: true, fUpdated: true, fChanged: true, fURL: true,
}

// matchesOnlyStories reports whether every document q matches must have a
// story field.
func matchesOnlyStories(q query.Query) bool {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil && matchesOnlyStories(q.Must) {
			return true
		}
		// Without Must, a document must match Should; with one, Should is
		// optional in query-string mode and proves nothing.
		return q.Must == nil && q.Should != nil && matchesOnlyStories(q.Should)
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			if matchesOnlyStories(c) {
				return true
			}
		}
		return false
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			if !matchesOnlyStories(c) {
				return false
			}
		}
		return len(q.Disjuncts) > 0
	case query.FieldableQuery:
		return storyOnlyField[q.Field()]
	}
	return false
}
