package index

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/breachwire/breachwire/index/merge"
)

// A company's own Japanese notice names it in kanji (清嵐自動車) and no
// reading ties that to the English name the coverage uses (Seiran Motor);
// merging joins the notice to the coverage on a shared figure, and the
// story spells the victim in Latin letters. The index remembers such a
// pair, so that another story on the same company that only Japanese
// pages tell — an earlier incident, a later notice — is spelt the same
// way, and rebuilds the stories it already holds under the Japanese name
// when it learns one.

// spellingsKey is the internal key under which the learned spellings are
// stored, as JSON.
var spellingsKey = []byte("breachwire_victim_spellings")

// spellings maps a victim's name in Japanese script to the one Latin name
// stories have given it; "" marks a name stories spelt two ways, which is
// then left alone.
type spellings map[string]string

// loadSpellings reads the learned spellings of b; an index without any, or
// with unreadable ones, has none.
func loadSpellings(b bleve.Index) spellings {
	v, err := b.GetInternal(spellingsKey)
	if err != nil || len(v) == 0 {
		return spellings{}
	}
	var s spellings
	if json.Unmarshal(v, &s) != nil || s == nil {
		return spellings{}
	}
	return s
}

// latin returns the Latin name learned for a Japanese-script name, or "".
func (s spellings) latin(name string) string { return s[name] }

// respell writes a story's Japanese-script victims in the Latin spelling
// learned for them. A story that names the company both ways (its notice
// read in Latin letters from the site, a report in kanji, joined before
// the index learnt that the two are one) then names it once.
func (s spellings) respell(victims []string) []string {
	if len(s) == 0 || len(victims) == 0 {
		return victims
	}
	out := make([]string, 0, len(victims))
	for _, v := range victims {
		if y := s.latin(v); y != "" {
			v = y
		}
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// learn records the pairs a story shows: a story on one victim spelt in
// Latin letters whose report named it only in Japanese script. It returns
// the Japanese names whose spelling changed.
func (s spellings) learn(st *Story) []string {
	if len(st.Victims) != 1 || !merge.IsLatinName(st.Victims[0]) {
		return nil
	}
	y := st.Victims[0]
	var changed []string
	for _, a := range st.Articles {
		if len(a.VictimsWritten) != 1 || !slices.Equal(a.Victims, st.Victims) {
			continue
		}
		x := a.VictimsWritten[0]
		if merge.IsLatinName(x) || utf8.RuneCountInString(x) < 2 {
			continue
		}
		old, known := s[x]
		switch {
		case !known:
			s[x] = y
			changed = append(changed, x)
		case old != "" && old != y:
			s[x] = "" // spelt two ways: say nothing
			changed = append(changed, x)
		}
	}
	return changed
}

// clone returns a copy of s, which a plan changes before its batch is
// stored.
func (s spellings) clone() spellings {
	c := make(spellings, len(s))
	for k, v := range s {
		c[k] = v
	}
	return c
}

// respellStored rebuilds the stored stories, outside those the plan
// already rebuilt, whose articles name one of names: a spelling learned in
// this plan applies to them too. It returns the ids of the stories rebuilt.
func (p *plan) respellStored(ctx context.Context, batch *bleve.Batch, names []string, done map[string]bool) ([]string, error) {
	if len(names) == 0 {
		return nil, nil
	}
	sort.Strings(names)
	recs, err := p.ix.searchRecords(ctx, storedArticles(termsQuery(fArtVictim, names)), maxCandidates)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, r := range recs {
		id := r.Story
		if id == "" || done[id] || done[p.find(id)] || slices.Contains(ids, id) {
			continue
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var rewritten []string
	for _, id := range ids {
		if err := p.know(ctx, id); err != nil {
			return rewritten, err
		}
		if p.stored[id] == nil {
			continue // not a stored story
		}
		done[id] = true
		if _, _, err := p.writeStory(batch, id, []string{id}); err != nil {
			return rewritten, err
		}
		rewritten = append(rewritten, id)
	}
	return rewritten, nil
}

// saveSpellings adds the learned spellings to batch.
func saveSpellings(batch *bleve.Batch, s spellings) error {
	js, err := json.Marshal(s)
	if err != nil {
		return err
	}
	batch.SetInternal(spellingsKey, js)
	return nil
}
