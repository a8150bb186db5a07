package digest

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/breachwire/breachwire/index"
)

// MaxEntries caps how many stories one digest lists in full; the rest are
// counted, so a first digest over a large index stays readable.
const MaxEntries = 100

// Status says why a story is in the digest.
type Status string

// Statuses of a digest entry.
const (
	New     Status = "new"
	Updated Status = "updated"
)

// Entry is one story in the digest.
type Entry struct {
	Story  index.Story
	Status Status
	// Changes says what makes an updated story worth sending again.
	Changes []string
	// Watch lists the watch-list queries the story matches.
	Watch []string
}

// Digest is one digest e-mail's content.
type Digest struct {
	// Date is the day the digest is for.
	Date time.Time
	// Watched are entries matching the watch list; Others the rest. Both
	// are ranked, most important first.
	Watched, Others []Entry
	// Omitted counts the entries left out beyond MaxEntries.
	Omitted int
	// NewCount and UpdatedCount count all entries, listed or not.
	NewCount, UpdatedCount int
}

// Empty reports whether there is nothing to send.
func (d *Digest) Empty() bool { return d.NewCount+d.UpdatedCount == 0 }

func (d *Digest) all() []Entry { return append(append([]Entry{}, d.Watched...), d.Others...) }

// Options select what goes into a digest.
type Options struct {
	// Now is the digest's time; zero means time.Now().
	Now time.Time
	// Since, when set, replaces "since the last digest": every story it
	// selects (index.StoriesSince) is listed, sent before or not.
	Since index.Since
	// Watch holds queries in the search language; matching stories go first.
	Watch []string
}

// Build selects the stories for a digest from the index: those never sent,
// and those whose record figure, victims or actors changed since they were
// sent; or, with Options.Since, those of that window. A nil ix (nothing
// indexed yet) gives an empty digest, and a nil log one that lists every
// story as new.
func Build(ctx context.Context, ix *index.Index, log *Log, opts Options) (*Digest, error) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if ix == nil {
		return &Digest{Date: opts.Now}, nil
	}
	stories, err := ix.StoriesSince(ctx, opts.Since)
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	watched, err := watchMatches(ctx, ix, opts.Watch)
	if err != nil {
		return nil, err
	}
	d := &Digest{Date: opts.Now}
	var entries []Entry
	for i := range stories {
		s := &stories[i]
		e, ok, err := classify(log, s, opts.Since)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		e.Watch = watched[s.ID]
		if e.Status == New {
			d.NewCount++
		} else {
			d.UpdatedCount++
		}
		entries = append(entries, e)
	}
	sort.SliceStable(entries, func(i, j int) bool { return rank(&entries[i]) > rank(&entries[j]) })
	if len(entries) > MaxEntries {
		d.Omitted = len(entries) - MaxEntries
		entries = entries[:MaxEntries]
	}
	for _, e := range entries {
		if len(e.Watch) > 0 {
			d.Watched = append(d.Watched, e)
		} else {
			d.Others = append(d.Others, e)
		}
	}
	return d, nil
}

// classify decides whether a story goes into the digest, and as what. With
// a --since window every story of the window goes in: new when it began in
// the window (first covered since the date, or for a duration not sent in
// a digest before the window opened), updated otherwise, with what changed
// since it was sent.
func classify(log *Log, s *index.Story, since index.Since) (Entry, bool, error) {
	e := Entry{Story: *s, Status: New}
	old, firstSentAt, wasSent, err := log.lookup(s)
	if err != nil {
		return e, false, err
	}
	if !since.Time.IsZero() {
		began := !s.FirstSeen.Before(since.Time)
		if since.Relative {
			began = !wasSent || !firstSentAt.Before(since.Time)
		}
		if !began {
			e.Status = Updated
			if wasSent {
				e.Changes = changes(old, s)
			}
		}
		return e, true, nil
	}
	if !wasSent {
		return e, true, nil
	}
	e.Status, e.Changes = Updated, changes(old, s)
	return e, len(e.Changes) > 0, nil
}

// watchMatches runs each watch query and maps story ids to the queries they
// match. A watch query that does not parse is an error: the user must fix it.
func watchMatches(ctx context.Context, ix *index.Index, watch []string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, q := range watch {
		res, err := ix.Search(ctx, index.SearchRequest{Query: q, Limit: 1000})
		if err != nil {
			// The user must fix the watch list: a settings error.
			return nil, fmt.Errorf("%w: watch %q: %w", ErrConfig, q, err)
		}
		for _, h := range res.Stories {
			out[h.ID] = append(out[h.ID], q)
			for _, old := range h.Aliases {
				out[old] = append(out[old], q)
			}
		}
	}
	return out, nil
}

// rank orders entries by what matters to an analyst: how many records were
// affected, how widely the story was covered, and whether anyone is named
// as behind it. Watched stories are sorted by the same measure.
func rank(e *Entry) float64 {
	s := &e.Story
	r := 0.0
	if s.Records != nil && *s.Records > 0 {
		r += math.Log10(float64(*s.Records)) // 3.1 million → 6.5
	}
	r += 2 * math.Log2(1+float64(outlets(s))) // 1 outlet → 2, 5 → 5.2
	if len(s.Actors) > 0 {
		r += 2
	}
	if len(s.Victims) > 0 {
		r++
	}
	return r
}

// outlets counts the distinct sources that covered a story.
func outlets(s *index.Story) int {
	seen := map[string]bool{}
	for _, a := range s.Articles {
		key := a.Source
		if key == "" {
			key = a.URL
		}
		seen[key] = true
	}
	return len(seen)
}
