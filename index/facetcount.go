package index

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facet counting without Bleve's facet builder, which reads the doc
// values of every hit (about a microsecond each). Scorch segments never
// change, so the facet terms of every story in a segment are read once
// into a table of term ids by local document number; a search then counts
// its hits by table lookups, a few nanoseconds each, while Bleve's
// collector ranks them as usual. The counts are exact: every hit is
// counted, as Bleve would.

// facetIndex holds the facet tables of the segments seen so far and the
// facet terms they use, by id.
type facetIndex struct {
	mu    sync.Mutex
	ids   map[string]uint32
	terms []facetName // by id
	segs  map[segment.Segment]*segFacets
}

// facetName is one facet term split into its facet (an index into
// facetOrder, -1 for none) and value.
type facetName struct {
	facet int
	term  string
}

// facetOrder names the facets by index, as facetName.facet refers to them.
var facetOrder = [...]string{facetActors, facetVictims, facetSources, facetLanguages, facetMonths}

func facetNumber(name string) int {
	for i, f := range facetOrder {
		if f == name {
			return i
		}
	}
	return -1
}

// segFacets are the facet term ids of each document of one segment: those
// of local document n are ids[start[n]:start[n+1]].
type segFacets struct {
	once  sync.Once
	err   error
	start []uint32
	ids   []uint32
}

// maxCachedSegments bounds the tables kept before those of segments no
// longer in the index are dropped.
const maxCachedSegments = 64

var errNotScorch = errors.New("index: facet counting needs a scorch index")

func newFacetIndex() *facetIndex {
	return &facetIndex{ids: map[string]uint32{}, segs: map[segment.Segment]*segFacets{}}
}

// tables returns the facet tables of the segments of a scorch snapshot and
// the first global document number of each, building missing tables.
func (fi *facetIndex) tables(r index.IndexReader) ([]*segFacets, []uint64, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok || snap == nil {
		return nil, nil, errNotScorch
	}
	segs := snap.Segments()
	out := make([]*segFacets, len(segs))
	offsets := make([]uint64, len(segs)+1)
	fi.mu.Lock()
	for i, ss := range segs {
		sf := fi.segs[ss.Segment()]
		if sf == nil {
			sf = &segFacets{}
			fi.segs[ss.Segment()] = sf
		}
		out[i] = sf
		offsets[i+1] = offsets[i] + ss.Segment().Count()
	}
	if len(fi.segs) > maxCachedSegments {
		live := map[segment.Segment]bool{}
		for _, ss := range segs {
			live[ss.Segment()] = true
		}
		for s := range fi.segs {
			if !live[s] {
				delete(fi.segs, s)
			}
		}
	}
	fi.mu.Unlock()
	for i, ss := range segs {
		sf := out[i]
		sf.once.Do(func() { sf.err = fi.build(sf, ss.Segment()) })
		if sf.err != nil {
			return nil, nil, sf.err
		}
	}
	return out, offsets, nil
}

// build reads the facet terms of every story document of seg.
func (fi *facetIndex) build(sf *segFacets, seg segment.Segment) error {
	n := seg.Count()
	sf.start = make([]uint32, n+1)
	dv, ok := seg.(segment.DocValueVisitable)
	if !ok {
		return fmt.Errorf("index: segment without doc values")
	}
	dict, err := seg.Dictionary(typeField)
	if err != nil {
		return fmt.Errorf("index: facet table: %w", err)
	}
	pl, err := dict.PostingsList([]byte(typeStory), nil, nil)
	if err != nil {
		return fmt.Errorf("index: facet table: %w", err)
	}
	local := map[string]uint32{}
	var names []string
	var docTerms []uint32
	fields := []string{fFacet}
	var state segment.DocVisitState
	next := uint64(0) // documents before next have their start set
	it := pl.Iterator(false, false, false, nil)
	for p, err := it.Next(); p != nil || err != nil; p, err = it.Next() {
		if err != nil {
			return fmt.Errorf("index: facet table: %w", err)
		}
		doc := p.Number()
		for ; next <= doc; next++ {
			sf.start[next] = uint32(len(docTerms))
		}
		state, err = dv.VisitDocValues(doc, fields, func(_ string, term []byte) {
			id, ok := local[string(term)]
			if !ok {
				id = uint32(len(names))
				names = append(names, string(term))
				local[names[id]] = id
			}
			docTerms = append(docTerms, id)
		}, state)
		if err != nil {
			return fmt.Errorf("index: facet table: %w", err)
		}
	}
	for ; next <= n; next++ {
		sf.start[next] = uint32(len(docTerms))
	}
	global := make([]uint32, len(names))
	fi.mu.Lock()
	for i, name := range names {
		id, ok := fi.ids[name]
		if !ok {
			id = uint32(len(fi.terms))
			fi.ids[name] = id
			f, t, _ := strings.Cut(name, ":")
			fi.terms = append(fi.terms, facetName{facetNumber(f), t})
		}
		global[i] = id
	}
	fi.mu.Unlock()
	for i, id := range docTerms {
		docTerms[i] = global[id]
	}
	sf.ids = docTerms
	return nil
}

// facetCounter counts the facet terms of the hits of one search.
type facetCounter struct {
	fi      *facetIndex
	segs    []*segFacets
	offsets []uint64
	cur     int
	counts  []int32
	terms   []facetName
}

// add counts the facet terms of the document with global number num.
// Hits come in document order, so the segment is found by moving forward.
func (c *facetCounter) add(num uint64) {
	if num < c.offsets[c.cur] {
		c.cur = sort.Search(len(c.segs), func(i int) bool { return c.offsets[i+1] > num })
	}
	for c.cur < len(c.segs) && num >= c.offsets[c.cur+1] {
		c.cur++
	}
	if c.cur == len(c.segs) {
		c.cur = 0
		return
	}
	sf, local := c.segs[c.cur], num-c.offsets[c.cur]
	for _, id := range sf.ids[sf.start[local]:sf.start[local+1]] {
		c.counts[id]++
	}
}

// handlerMaker wraps Bleve's top-N hit handler so that every hit is counted
// before it is ranked.
func (c *facetCounter) handlerMaker(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
	if err != nil {
		return nil, false, err
	}
	c.segs, c.offsets, err = c.fi.tables(sctx.IndexReader)
	if err != nil {
		return nil, false, err
	}
	c.fi.mu.Lock()
	c.terms = c.fi.terms
	c.fi.mu.Unlock()
	c.counts = make([]int32, len(c.terms))
	return func(d *search.DocumentMatch) error {
		if d != nil {
			c.add(d.IndexInternalID.Value())
		}
		return next(d)
	}, loadID, nil
}

// withCounter makes searches with ctx count their hits' facets in c.
func withCounter(ctx context.Context, c *facetCounter) context.Context {
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(c.handlerMaker))
}

// facets keeps the size commonest terms of each facet, ties in term order.
func (c *facetCounter) facets(size int) Facets {
	var top [len(facetOrder)][]FacetTerm
	for id, n := range c.counts {
		if n == 0 {
			continue
		}
		t := &c.terms[id]
		if t.facet < 0 {
			continue
		}
		top[t.facet] = insertTop(top[t.facet], FacetTerm{Term: t.term, Count: int(n)}, size)
	}
	byFacet := make(map[string][]FacetTerm, len(facetOrder))
	for i, f := range facetOrder {
		byFacet[f] = top[i]
	}
	return topFacets(byFacet, size)
}

// insertTop adds ft to ts, kept sorted by count (highest first), then
// term, and at most size long.
func insertTop(ts []FacetTerm, ft FacetTerm, size int) []FacetTerm {
	before := func(a, b FacetTerm) bool {
		return a.Count > b.Count || a.Count == b.Count && a.Term < b.Term
	}
	if len(ts) == size && !before(ft, ts[len(ts)-1]) {
		return ts
	}
	i := sort.Search(len(ts), func(i int) bool { return before(ft, ts[i]) })
	if len(ts) < size {
		ts = append(ts, FacetTerm{})
	}
	copy(ts[i+1:], ts[i:])
	ts[i] = ft
	return ts
}

// warmFacets builds, in the background, the facet tables of the index's
// current segments, so that the first faceted search after an Open or an
// Add (or a segment merge before it) does not pay for them. One runs at a
// time; a failure only leaves the work to the next search.
func (ix *Index) warmFacets() {
	if !ix.warming.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer ix.warming.Store(false)
		ix.buildFacetTables()
	}()
}

func (ix *Index) buildFacetTables() {
	// The reader is taken under mu, so never from a closed index; it holds
	// its segments open until closed, whatever Close does meanwhile.
	ix.mu.Lock()
	if ix.closed {
		ix.mu.Unlock()
		return
	}
	r, err := ix.b.Advanced()
	if err != nil {
		ix.mu.Unlock()
		return
	}
	rd, err := r.Reader()
	ix.mu.Unlock()
	if err != nil {
		return
	}
	defer rd.Close()
	_, _, _ = ix.facetIdx.tables(rd)
}
