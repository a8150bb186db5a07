package index

import (
	"context"
	"fmt"
	"strings"
	"time"

	index "github.com/blevesearch/bleve_index_api"
	"github.com/breachwire/breachwire/index/merge"
)

// maxKeyArticles is how many stored articles within the merge window may
// share a derived victim key (one merge marks with a kind, "sk:", "sc:",
// "actor:", "n:"...) before the key stops finding candidates. A key that
// common names no one incident — a generic word's sound, a busy actor, a
// figure many reports carry — and reading its articles would only crowd
// out the real candidates and make every Add slow. The articles still meet
// through their other keys (names, text bands). Keys of names themselves
// are never capped, so the reports of a victim covered widely still meet.
// Forty: every candidate costs a Prepare (about half a millisecond), so the
// cap bounds what one derived key adds to an Add at 20 ms; at 100 the
// benchmark's busiest actors made Add four times slower between 10,000
// and 40,000 articles than at either end.
var maxKeyArticles uint64 = 40

// maxFigureKeyArticles is maxKeyArticles for figure keys ("n:" and two
// significant digits): a figure shared by more than ten reports in a year
// is a common round number, not one incident's toll. In the benchmark's
// feed of 100,000 articles each figure key had about forty, and the
// candidates they brought doubled the cost of an Add.
var maxFigureKeyArticles uint64 = 10

// keyCap is the cap of derived key k.
func keyCap(k string) uint64 {
	if strings.HasPrefix(k, "n:") {
		return maxFigureKeyArticles
	}
	return maxKeyArticles
}

// floodingKeys returns those of r's derived victim keys shared by more
// than their cap (keyCap) of stored articles within the merge window of r (at any time
// for an undated r). Keys rarer over all time than the cap cost one look-up.
func (ix *Index) floodingKeys(ctx context.Context, r *record) (map[string]bool, error) {
	if len(r.VKeys) == 0 {
		return nil, nil
	}
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: key counts: %w", err)
	}
	rd, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: key counts: %w", err)
	}
	defer rd.Close()
	var out map[string]bool
	d := r.published()
	for _, k := range r.VKeys {
		if !strings.Contains(k, ":") {
			continue // a name's key
		}
		limit := keyCap(k)
		n, err := termCount(ctx, rd, fArtVictimKey, k)
		if err != nil {
			return nil, err
		}
		if n > limit && !d.IsZero() {
			n, err = windowCount(ctx, rd, k, d, limit)
			if err != nil {
				return nil, err
			}
		}
		if n > limit {
			if out == nil {
				out = map[string]bool{}
			}
			out[k] = true
		}
	}
	return out, nil
}

// windowCount counts the stored articles with key k published within the
// merge window of d, or undated, stopping once past the cap.
func windowCount(ctx context.Context, rd index.IndexReader, k string, d time.Time, limit uint64) (uint64, error) {
	var n uint64
	for _, t := range victimBuckets([]string{k}, d, merge.Window()) {
		c, err := termCount(ctx, rd, fArtVictimSpan, t)
		if err != nil {
			return 0, err
		}
		if n += c; n > limit {
			break
		}
	}
	return n, nil
}

func termCount(ctx context.Context, rd index.IndexReader, field, term string) (uint64, error) {
	tfr, err := rd.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0, fmt.Errorf("index: key counts: %w", err)
	}
	n := tfr.Count()
	if err := tfr.Close(); err != nil {
		return 0, fmt.Errorf("index: key counts: %w", err)
	}
	return n, nil
}
