package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/index/merge"
)

// ErrReadOnly is returned by Add on an index opened with OpenReadOnly.
var ErrReadOnly = errors.New("index: opened read-only")

// maxCandidates bounds the stored articles compared with one new article.
const maxCandidates = 200

// Add stores articles in one batch and merges each into its story. Articles
// whose URL is already in the index, or repeated in articles, are skipped.
// When Add returns nil every article is durable on disk; on an error
// nothing of the call is stored.
func (ix *Index) Add(ctx context.Context, articles []extract.Article) (AddResult, error) {
	if ix.readOnly {
		return AddResult{}, ErrReadOnly
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	fresh, err := ix.fresh(ctx, articles)
	if err != nil || len(fresh) == 0 {
		return AddResult{}, err
	}
	p := newPlan(ix, ix.now().UTC())
	for _, a := range fresh {
		if err := ctx.Err(); err != nil {
			return AddResult{}, err
		}
		if err := p.place(ctx, newRecord(a, p.now)); err != nil {
			return AddResult{}, err
		}
	}
	batch := ix.b.NewBatch()
	res, err := p.write(ctx, batch)
	if err != nil {
		return AddResult{}, err
	}
	if err := ctx.Err(); err != nil {
		return AddResult{}, err
	}
	// Scorch's Batch waits until the batch is persisted and fsynced
	// (unsafe_batch is false), so a nil error means the articles are durable.
	if err := ix.b.Batch(batch); err != nil {
		return AddResult{}, fmt.Errorf("index: write batch: %w", err)
	}
	ix.gen.Add(1)
	p.remember()
	ix.warmFacets()
	return res, nil
}

// fresh drops articles without a URL, repeated in the call or already stored.
func (ix *Index) fresh(ctx context.Context, articles []extract.Article) ([]extract.Article, error) {
	seen := map[string]bool{}
	var urls []string
	for _, a := range articles {
		if a.URL != "" && !seen[a.URL] {
			seen[a.URL] = true
			urls = append(urls, a.URL)
		}
	}
	known, err := ix.Known(ctx, urls)
	if err != nil {
		return nil, err
	}
	var out []extract.Article
	for _, a := range articles {
		if seen[a.URL] && !known[a.URL] {
			seen[a.URL] = false
			out = append(out, a)
		}
	}
	return out, nil
}

// newStoryID names the story first made of the article at url.
func newStoryID(url string) string {
	h := sha256.Sum256([]byte(url))
	return hex.EncodeToString(h[:storyIDHexSize/2])
}

// candidateQuery finds the stored articles that may cover r's incident: a
// shared LSH band key, or a shared victim key and a publication time within
// the merge window (or none known). All are term lookups, so the cost does
// not grow with the size of the index.
// Victim keys in skip (see floodingKeys) are left out.
func candidateQuery(r *record, skip map[string]bool) query.Query {
	var qs []query.Query
	if len(r.Keys) > 0 {
		qs = append(qs, termsQuery(fArtBand, r.Keys))
	}
	var vkeys []string
	for _, k := range r.VKeys {
		if !skip[k] {
			vkeys = append(vkeys, k)
		}
	}
	if len(vkeys) > 0 {
		if d := r.published(); d.IsZero() {
			qs = append(qs, termsQuery(fArtVictimKey, vkeys))
		} else {
			qs = append(qs, termsQuery(fArtVictimSpan, victimBuckets(vkeys, d, merge.Window())))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return query.NewDisjunctionQuery(qs)
}

// victimSpan is the length of the time buckets of the victim-span terms.
// A quarter: the merge window (a year either side) is then nine or ten
// terms a key, where weeks made over a hundred and the term lookups were
// most of the cost of finding candidates; the extra reach of a bucket at
// either end of the window only brings candidates that Match turns down.
const victimSpan = 91 * 24 * time.Hour

// victimBucket names a victim key in a span of victimSpan ("toyota@q201"),
// or without a date ("toyota@undated").
func victimBucket(key string, d time.Time) string {
	if d.IsZero() {
		return key + "@undated"
	}
	return key + "@q" + strconv.FormatInt(d.Unix()/int64(victimSpan/time.Second), 10)
}

// victimBuckets lists the victim-span terms of the spans within w of d, and
// of articles without a date.
func victimBuckets(keys []string, d time.Time, w time.Duration) []string {
	var out []string
	for _, k := range keys {
		out = append(out, victimBucket(k, time.Time{}))
		last := victimBucket(k, d.Add(w))
		for t := d.Add(-w); ; t = t.Add(victimSpan) {
			out = append(out, victimBucket(k, t))
			if out[len(out)-1] == last || t.After(d.Add(w)) {
				break
			}
		}
		if out[len(out)-1] != last {
			out = append(out, last)
		}
	}
	return out
}

func recordJSON(r *record) (string, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return "", fmt.Errorf("index: encode article %s: %w", r.Article.URL, err)
	}
	return string(b), nil
}
