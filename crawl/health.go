package crawl

import (
	"encoding/json"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/breachwire/breachwire/config"
)

// Retry policy for article URLs that failed.
const (
	// A page that is gone (404, 410) or is no article is tried this often,
	// at most once per permanentRetryAfter, in case it was linked early.
	maxPermanentAttempts = 3
	permanentRetryAfter  = 6 * time.Hour
	// A page that timed out or answered 5xx is tried again on every run,
	// this many times in all.
	maxTransientAttempts = 5
)

// worthTrying reports whether an article URL that failed before should be
// fetched again now.
func (f failure) worthTrying(now time.Time) bool {
	switch {
	case f.Attempts == 0:
		return true
	case f.Permanent:
		return f.Attempts < maxPermanentAttempts && now.Sub(f.LastTry) >= permanentRetryAfter
	default:
		return f.Attempts < maxTransientAttempts
	}
}

// Health is how a source has been doing, as the sources command and
// GET /api/sources show it.
type Health struct {
	Name string `json:"name"`
	// URL is the source's feed or listing page.
	URL string `json:"url,omitempty"`
	// LastSuccess is the end of the last run in which the source's feed or
	// listing was read (or was unchanged); zero (null in JSON) if never.
	LastSuccess time.Time `json:"last_success"`
	// LastAttempt is the end of the last run that tried the source.
	LastAttempt time.Time `json:"last_attempt"`
	// Failures counts the runs that failed since the last success.
	Failures int `json:"failures"`
	// LastError is the error of the last failed run; empty after a success.
	LastError string `json:"last_error"`
	// Articles counts the articles stored from the source, all runs together.
	Articles int `json:"articles"`
	// LastNew is how many of them the last successful run stored.
	LastNew int `json:"last_new"`
	// Deferred is how many new article links the last successful run left
	// for the next one, over the MaxLinks one run takes from a source.
	Deferred int `json:"deferred"`
	// Truncated is how many of the last successful run's responses were
	// cut off at the body limit (max_body).
	Truncated int `json:"truncated"`
}

// MarshalJSON writes zero times as null.
func (h Health) MarshalJSON() ([]byte, error) {
	type plain Health
	nullable := func(t time.Time) *time.Time {
		if t.IsZero() {
			return nil
		}
		return &t
	}
	return json.Marshal(struct {
		plain
		LastSuccess *time.Time `json:"last_success"`
		LastAttempt *time.Time `json:"last_attempt"`
	}{plain(h), nullable(h.LastSuccess), nullable(h.LastAttempt)})
}

// Sources returns the health of every source ever crawled, sorted by name.
func (s *State) Sources() ([]Health, error) {
	var out []Health
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHealth)
		if b == nil { // a read-only open of a file no crawl finished setting up
			return nil
		}
		return b.ForEach(func(_, v []byte) error {
			var h Health
			if err := json.Unmarshal(v, &h); err != nil {
				return err
			}
			out = append(out, h)
			return nil
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, err
}

// SourcesFor returns the health of each configured source in the order
// given; a source never crawled has a zero Health with its name and URL.
func (s *State) SourcesFor(sources []config.Source) ([]Health, error) {
	out := make([]Health, 0, len(sources))
	for _, src := range sources {
		h, err := s.health(src.Name)
		if err != nil {
			return nil, err
		}
		h.Name, h.URL = src.Name, src.URL
		out = append(out, h)
	}
	return out, nil
}

func (s *State) health(name string) (Health, error) {
	var h Health
	_, err := s.getJSON(bucketHealth, name, &h)
	return h, err
}

// recordRun updates a source's health after one run: err is the source's
// failure, or nil; stored is how many articles the run stored, deferred
// how many new links it left for the next run and truncated how many of
// its responses were cut off at the body limit.
func (s *State) recordRun(src config.Source, err error, stored, deferred, truncated int, at time.Time) error {
	h, gerr := s.health(src.Name)
	if gerr != nil {
		return gerr
	}
	h.Name, h.URL, h.LastAttempt = src.Name, src.URL, at
	h.Articles += stored
	if err != nil {
		h.Failures++
		h.LastError = err.Error()
	} else {
		h.Failures, h.LastError, h.LastSuccess, h.LastNew, h.Deferred, h.Truncated = 0, "", at, stored, deferred, truncated
	}
	return s.putJSON(bucketHealth, src.Name, h)
}

// recordStopped updates a source's health after a run stopped while it was
// at it: the articles it stored count, its success or failure is unknown.
func (s *State) recordStopped(src config.Source, stored int, at time.Time) error {
	h, err := s.health(src.Name)
	if err != nil {
		return err
	}
	h.Name, h.URL, h.LastAttempt = src.Name, src.URL, at
	h.Articles += stored
	return s.putJSON(bucketHealth, src.Name, h)
}
