package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/breachwire/breachwire/extract"
)

// schemaPrefix begins every schema version this package has written; an
// index whose version has it but is not schemaVersion is rebuilt by Open
// from the articles it stores.
const schemaPrefix = "breachwire-index-"

// rebuildSuffix names the index being built beside an older one.
const rebuildSuffix = ".rebuild"

// rebuiltKey marks a rebuilt index as complete, before it replaces the old.
var rebuiltKey = []byte("breachwire_rebuilt")

// rebuildBatch is how many stored articles one Add of a rebuild takes.
const rebuildBatch = 500

// finishRebuild completes a rebuild that a crash interrupted: a complete
// rebuilt index whose old one is gone takes its place; an incomplete one is
// removed, and the old index is rebuilt again when opened.
func finishRebuild(path string) error {
	tmp := path + rebuildSuffix
	if _, err := os.Stat(tmp); err != nil {
		return nil
	}
	if _, err := os.Stat(path); err == nil {
		return os.RemoveAll(tmp)
	}
	b, err := bleve.Open(tmp)
	if err != nil {
		return os.RemoveAll(tmp)
	}
	done, _ := b.GetInternal(rebuiltKey)
	if err := b.Close(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if len(done) == 0 {
		return os.RemoveAll(tmp)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// rebuild replaces the index at path, open as old and built with an
// earlier schema, with one built now from the articles it stores, merged
// into stories by the current rules. Each article keeps the time it was
// first added. The old index is removed only once the new one is complete
// on disk; a crash before that leaves the old one to rebuild again.
func rebuild(ctx context.Context, path string, old bleve.Index) error {
	recs, err := storedRecords(ctx, old)
	if cerr := old.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("index: rebuild %s: %w", path, err)
	}
	tmp := path + rebuildSuffix
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := create(tmp); err != nil {
		return err
	}
	b, err := bleve.OpenUsing(tmp, map[string]interface{}{"bolt_timeout": lockTimeout})
	if err != nil {
		return fmt.Errorf("index: rebuild %s: %w", path, err)
	}
	ix := newIndex(b, tmp, false)
	err = addRecords(ctx, ix, recs)
	if err == nil {
		err = b.SetInternal(rebuiltKey, []byte(time.Now().UTC().Format(time.RFC3339)))
	}
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("index: rebuild %s: %w", path, err)
	}
	if err := os.RemoveAll(path); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return finishRebuild(path)
}

// addRecords adds the articles of recs to ix in the order they were first
// added, each Add at the time its last article was added, so that stories
// keep their change times.
func addRecords(ctx context.Context, ix *Index, recs []*record) error {
	slices.SortStableFunc(recs, func(a, b *record) int { return a.Added.Compare(b.Added) })
	for i := 0; i < len(recs); i += rebuildBatch {
		part := recs[i:min(i+rebuildBatch, len(recs))]
		arts := make([]extract.Article, len(part))
		for j, r := range part {
			arts[j] = r.Article
		}
		at := part[len(part)-1].Added
		if at.IsZero() {
			at = time.Now()
		}
		ix.now = func() time.Time { return at }
		if _, err := ix.Add(ctx, arts); err != nil {
			return err
		}
	}
	return nil
}

// storedRecords reads every article record of b, in pages ordered by
// document id.
func storedRecords(ctx context.Context, b bleve.Index) ([]*record, error) {
	t := query.NewTermQuery(typeArticle)
	t.SetField(typeField)
	var out []*record
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(t, rebuildBatch, 0, false)
		req.Fields = []string{fArtJSON}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := b.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			js, _ := h.Fields[fArtJSON].(string)
			var r record
			if err := json.Unmarshal([]byte(js), &r); err != nil || r.Article.URL == "" {
				return nil, fmt.Errorf("article %s: unreadable record: %v", strings.TrimPrefix(h.ID, "a:"), err)
			}
			out = append(out, &r)
		}
		if len(res.Hits) < rebuildBatch {
			return out, nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}
