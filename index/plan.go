package index

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/breachwire/breachwire/index/merge"
)

// plan is one Add in progress: the new articles, the story each joins, and
// the stories that merge because an article is the same incident as
// articles of several. Story ids form a union-find forest; members holds
// the articles of every story the plan touched, by root.
type plan struct {
	ix  *Index
	now time.Time

	parent  map[string]string
	first   map[string]time.Time
	stored  map[string]*Story // stories read from the index (nil: not stored)
	members map[string][]member
	prep    map[string]*merge.Prepared // by URL

	added []*record
	isNew map[*record]bool
	// written are the article documents of the batch, with their JSON.
	written []writtenRecord
	byBand  map[string][]*record
	byVKey  map[string][]*record
	// spell are the learned victim spellings, as this plan changes them;
	// built are the stories it wrote, by id.
	spell spellings
	built map[string]*Story
}

type writtenRecord struct {
	r  *record
	js string
}

// member is an article of a story with its merge features.
type member struct {
	r *record
	p *merge.Prepared
}

func newPlan(ix *Index, now time.Time) *plan {
	return &plan{
		ix: ix, now: now,
		parent: map[string]string{}, first: map[string]time.Time{}, stored: map[string]*Story{},
		members: map[string][]member{}, prep: map[string]*merge.Prepared{}, isNew: map[*record]bool{},
		byBand: map[string][]*record{}, byVKey: map[string][]*record{},
		spell: ix.spell.clone(), built: map[string]*Story{},
	}
}

func (p *plan) find(id string) string {
	for {
		up, ok := p.parent[id]
		if !ok || up == id {
			return id
		}
		if upup := p.parent[up]; upup != up {
			p.parent[id] = upup
		}
		id = up
	}
}

func (p *plan) prepared(r *record) *merge.Prepared {
	mp, ok := p.prep[r.Article.URL]
	if !ok && !p.isNew[r] {
		mp, ok = p.ix.arts.prepared(r.Article.URL)
	}
	if !ok {
		mp = merge.Prepare(r.doc())
	}
	p.prep[r.Article.URL] = mp
	return mp
}

// place decides the story of r the way merge.Cluster does in memory: match
// r with each candidate, then, surest match first, join the candidate's
// story unless that would put two conflicting articles into one story.
// Joining several stories merges them.
func (p *plan) place(ctx context.Context, r *record) error {
	cands, err := p.candidates(ctx, r)
	if err != nil {
		return err
	}
	me := member{r: r, p: p.prepared(r)}
	type match struct {
		c     *record
		score float64
	}
	var ms []match
	for _, c := range cands {
		if dec := me.p.Match(p.prepared(c)); dec.Same {
			ms = append(ms, match{c, dec.Score})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].score != ms[j].score {
			return ms[i].score > ms[j].score
		}
		return ms[i].c.Article.URL < ms[j].c.Article.URL
	})
	story := ""
	for _, m := range ms {
		root := p.find(m.c.Story)
		if root == story {
			continue
		}
		if err := p.know(ctx, root); err != nil {
			return err
		}
		switch {
		case story == "":
			if !conflicts([]member{me}, p.members[root]) {
				story = root
				p.members[root] = append(p.members[root], me)
			}
		case !conflicts(p.members[story], p.members[root]):
			story = p.union(story, root)
		}
	}
	if story == "" {
		story = newStoryID(r.Article.URL)
		p.parent[story], p.first[story] = story, r.date()
		p.members[story] = []member{me}
	}
	r.Story = story
	if d := r.date(); d.Before(p.first[story]) {
		p.first[story] = d
	}
	p.added = append(p.added, r)
	p.isNew[r] = true
	for _, k := range r.Keys {
		p.byBand[k] = append(p.byBand[k], r)
	}
	for _, k := range r.VKeys {
		p.byVKey[k] = append(p.byVKey[k], r)
	}
	return nil
}

// conflicts reports whether any article of a conflicts with one of b.
func conflicts(a, b []member) bool {
	for _, x := range a {
		for _, y := range b {
			if x.p.Conflicts(y.p) {
				return true
			}
		}
	}
	return false
}

// union merges two stories into the one seen first and returns its id.
func (p *plan) union(a, b string) string {
	fa, fb := p.first[a], p.first[b]
	if fb.Before(fa) || fb.Equal(fa) && b < a {
		a, b = b, a
	}
	p.parent[b] = a
	p.members[a] = append(p.members[a], p.members[b]...)
	delete(p.members, b)
	if p.first[b].Before(p.first[a]) {
		p.first[a] = p.first[b]
	}
	return a
}

// know loads a stored story and its articles into the plan, once.
func (p *plan) know(ctx context.Context, id string) error {
	if _, ok := p.members[id]; ok {
		return nil
	}
	sts, err := p.ix.searchStories(ctx, query.NewDocIDQuery([]string{storyDocID(id)}), 1, nil)
	if err != nil {
		return err
	}
	recs, err := p.ix.searchRecords(ctx, storedArticles(termsQuery(fArtStory, []string{id})), maxStoryArticles)
	if err != nil {
		return err
	}
	p.parent[id] = id
	p.first[id] = p.now
	p.stored[id] = nil
	if len(sts) > 0 {
		p.stored[id], p.first[id] = sts[0], sts[0].FirstSeen
	}
	ms := make([]member, len(recs))
	for i, r := range recs {
		ms[i] = member{r: r, p: p.prepared(r)}
	}
	p.members[id] = ms
	return nil
}

// candidates are the stored and the earlier new articles that may be the
// same incident as r.
func (p *plan) candidates(ctx context.Context, r *record) ([]*record, error) {
	skip, err := p.ix.floodingKeys(ctx, r)
	if err != nil {
		return nil, err
	}
	var out []*record
	if q := candidateQuery(r, skip); q != nil {
		got, err := p.ix.searchRecords(ctx, storedArticles(q), maxCandidates)
		if err != nil {
			return nil, err
		}
		out = got
	}
	seen := map[*record]bool{}
	for _, k := range r.Keys {
		for _, c := range p.byBand[k] {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	d, w := r.published(), merge.Window()
	for _, k := range r.VKeys {
		if skip[k] {
			continue
		}
		for _, c := range p.byVKey[k] {
			cd := c.published()
			far := !d.IsZero() && !cd.IsZero() && (cd.Before(d.Add(-w)) || cd.After(d.Add(w)))
			if !seen[c] && !far {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// storedArticles restricts q to article documents. Queries on a_ fields
// match only articles already; the type term would only cost time.
func storedArticles(q query.Query) query.Query {
	if matchesOnlyArticles(q) {
		return q
	}
	t := query.NewTermQuery(typeArticle)
	t.SetField(typeField)
	return query.NewConjunctionQuery([]query.Query{q, t})
}

// write adds the plan to batch: the new articles, the articles that moved
// to a merged story, the rebuilt stories and the removal of merged ones.
func (p *plan) write(ctx context.Context, batch *bleve.Batch) (AddResult, error) {
	res := AddResult{Articles: len(p.added)}
	ids := map[string][]string{}
	for id := range p.parent {
		root := p.find(id)
		ids[root] = append(ids[root], id)
	}
	roots := map[string]bool{}
	for _, r := range p.added {
		roots[p.find(r.Story)] = true
	}
	// Rebuild in a fixed order, so that spellings learned from one story
	// reach the next the same way whatever order the map gives.
	order := make([]string, 0, len(roots))
	for root := range roots {
		order = append(order, root)
	}
	sort.Strings(order)
	var learned []string
	for _, root := range order {
		existed, st, err := p.writeStory(batch, root, ids[root])
		if err != nil {
			return AddResult{}, err
		}
		if existed {
			res.Updated = append(res.Updated, root)
		} else {
			res.Created = append(res.Created, root)
		}
		for _, id := range ids[root] {
			if _, stored := p.stored[id]; stored && id != root {
				res.Removed = append(res.Removed, id)
			}
		}
		learned = append(learned, p.spell.learn(st)...)
	}
	if len(learned) > 0 {
		done := map[string]bool{}
		for _, root := range order {
			done[root] = true
			for _, id := range ids[root] {
				done[id] = true
			}
		}
		// A story written before this one in the plan may name one of
		// the learned names too.
		for _, root := range order {
			st := p.built[root]
			if st != nil && !slices.Equal(p.spell.respell(st.Victims), st.Victims) {
				if _, _, err := p.writeStory(batch, root, ids[root]); err != nil {
					return AddResult{}, err
				}
			}
		}
		rewritten, err := p.respellStored(ctx, batch, learned, done)
		if err != nil {
			return AddResult{}, err
		}
		res.Updated = append(res.Updated, rewritten...)
		if err := saveSpellings(batch, p.spell); err != nil {
			return AddResult{}, fmt.Errorf("index: spellings: %w", err)
		}
	}
	return res, nil
}

// writeStory rebuilds story root from its members, merged stories ids
// included, and reports whether any of its parts was stored before.
func (p *plan) writeStory(batch *bleve.Batch, root string, ids []string) (bool, *Story, error) {
	sort.Strings(ids)
	var aliases []string
	existed := false
	for _, id := range ids {
		st, ok := p.stored[id]
		if !ok {
			continue // a story made in this plan
		}
		existed = true
		if st != nil {
			for _, a := range st.Aliases {
				aliases = appendUnique(aliases, a)
			}
		}
		if id != root {
			aliases = appendUnique(aliases, id)
			batch.Delete(storyDocID(id))
		}
	}
	recs := make([]*record, 0, len(p.members[root]))
	for _, m := range p.members[root] {
		r := m.r
		if p.isNew[r] || r.Story != root {
			r.Story = root
			js, err := indexRecord(batch, r)
			if err != nil {
				return false, nil, err
			}
			p.written = append(p.written, writtenRecord{r, js})
		}
		recs = append(recs, r)
	}
	sort.Strings(aliases)
	st := buildStory(root, recs, aliases, p.now, p.prepared, p.spell)
	p.built[root] = st
	js, err := json.Marshal(st)
	if err != nil {
		return false, nil, fmt.Errorf("index: encode story %s: %w", root, err)
	}
	if err := batch.Index(storyDocID(root), storyFields(st, recs, string(js))); err != nil {
		return false, nil, fmt.Errorf("index: story %s: %w", root, err)
	}
	return existed, st, nil
}

// indexRecord adds r's document to batch and returns its JSON.
func indexRecord(batch *bleve.Batch, r *record) (string, error) {
	js, err := recordJSON(r)
	if err != nil {
		return "", err
	}
	if err := batch.Index(articleDocID(r.Article.URL), r.fields(js)); err != nil {
		return "", fmt.Errorf("index: article %s: %w", r.Article.URL, err)
	}
	return js, nil
}

// remember caches what the plan wrote, once the batch is stored.
func (p *plan) remember() {
	p.ix.spell = p.spell
	for _, w := range p.written {
		p.ix.arts.keep(w.r, w.js)
	}
	p.ix.arts.keepPrepared(p.prep)
}

// matchesOnlyArticles reports whether q is a term disjunction on article fields.
func matchesOnlyArticles(q query.Query) bool {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			if !matchesOnlyArticles(c) {
				return false
			}
		}
		return len(q.Disjuncts) > 0
	case *query.TermQuery:
		return strings.HasPrefix(q.Field(), "a_")
	}
	return false
}
