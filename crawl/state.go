package crawl

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/breachwire/breachwire/crawl/fetch"
	bolt "go.etcd.io/bbolt"
)

// ErrStateLocked is wrapped by OpenState when another process holds the file.
var ErrStateLocked = errors.New("crawl: state file held by another process")

// lockTimeout is how long OpenState waits for another process to let go; a
// variable so tests need not wait as long.
var lockTimeout = 2 * time.Second

var (
	bucketKnown      = []byte("known")      // article URL → RFC 3339 time stored
	bucketFailed     = []byte("failed")     // article URL → failure (JSON)
	bucketValidators = []byte("validators") // feed or listing URL → validators (JSON)
	bucketHealth     = []byte("health")     // source name → Health (JSON)
	bucketRobots     = []byte("robots")     // origin → robots.txt kept (fetch.RobotsCopy, JSON)
)

// State is the crawl's memory between runs, kept in one bbolt file. It is
// safe for concurrent use.
type State struct {
	db *bolt.DB
}

// failure is what is remembered about an article URL that could not be
// stored, so that it is retried a few times and then left alone.
type failure struct {
	Attempts  int       `json:"attempts"`
	LastTry   time.Time `json:"last_try"`
	Permanent bool      `json:"permanent"` // 404, 410, not an article...
	Err       string    `json:"error"`
	// Source, Title and Published are the link the URL came from, so a
	// transient failure is tried again on the next run even when its feed
	// has not changed and is answered 304.
	Source    string    `json:"source,omitempty"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// validators are the conditional-GET values of a feed or listing page.
type validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// OpenState opens the crawl state in the bbolt file at path, creating it
// (and its directory) if needed. errors.Is(err, ErrStateLocked) when another
// process holds it.
func OpenState(path string) (*State, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("crawl: state: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrStateLocked, path)
	}
	if err != nil {
		return nil, fmt.Errorf("crawl: state %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketKnown, bucketFailed, bucketValidators, bucketHealth, bucketRobots} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("crawl: state %s: %w", path, err)
	}
	return &State{db: db}, nil
}

// OpenStateReadOnly opens the existing crawl state at path for reading
// only, sharing it with other readers; the methods that record anything fail.
func OpenStateReadOnly(path string) (*State, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout, ReadOnly: true})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrStateLocked, path)
	}
	if err != nil {
		return nil, fmt.Errorf("crawl: state %s: %w", path, err)
	}
	return &State{db: db}, nil
}

// Close closes the state file.
func (s *State) Close() error { return s.db.Close() }

// Known reports whether the article at url (a cleaned URL) is stored.
func (s *State) Known(url string) (bool, error) {
	known := false
	err := s.db.View(func(tx *bolt.Tx) error {
		known = tx.Bucket(bucketKnown).Get([]byte(url)) != nil
		return nil
	})
	return known, err
}

// markKnown records urls as stored, in one transaction.
func (s *State) markKnown(urls []string, at time.Time) error {
	if len(urls) == 0 {
		return nil
	}
	stamp := []byte(at.UTC().Format(time.RFC3339))
	return s.db.Update(func(tx *bolt.Tx) error {
		b, f := tx.Bucket(bucketKnown), tx.Bucket(bucketFailed)
		for _, u := range urls {
			if err := b.Put([]byte(u), stamp); err != nil {
				return err
			}
			if err := f.Delete([]byte(u)); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *State) getJSON(bucket []byte, key string, v any) (bool, error) {
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		if b == nil { // only in a read-only open of a half-made file
			return nil
		}
		data := b.Get([]byte(key))
		if data == nil {
			return nil
		}
		found = true
		return json.Unmarshal(data, v)
	})
	return found, err
}

func (s *State) putJSON(bucket []byte, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).Put([]byte(key), data)
	})
}

// stateRobots keeps robots.txt files in the crawl state, so that the next
// crawl asks for them conditionally.
type stateRobots struct {
	st  *State
	log *slog.Logger
}

// LoadRobots returns the robots.txt kept for origin; a copy that does not
// read is logged and taken as none.
func (r stateRobots) LoadRobots(origin string) (fetch.RobotsCopy, bool) {
	var c fetch.RobotsCopy
	ok, err := r.st.getJSON(bucketRobots, origin, &c)
	if err != nil {
		r.log.Warn("robots.txt kept copy unreadable", "origin", origin, "err", err)
		return fetch.RobotsCopy{}, false
	}
	return c, ok
}

// SaveRobots keeps c for origin; a failure is only logged, the next crawl
// then downloads the file again.
func (r stateRobots) SaveRobots(origin string, c fetch.RobotsCopy) {
	if err := r.st.putJSON(bucketRobots, origin, c); err != nil {
		r.log.Warn("robots.txt not kept for the next crawl", "origin", origin, "err", err)
	}
}

func (s *State) failure(url string) (failure, error) {
	var f failure
	_, err := s.getJSON(bucketFailed, url, &f)
	return f, err
}

// recordFailure counts one more failed attempt at the link l (its URL
// cleaned to url) of source.
func (s *State) recordFailure(url, source string, l link, permanent bool, cause error, at time.Time) error {
	f, err := s.failure(url)
	if err != nil {
		return err
	}
	f.Attempts++
	f.LastTry = at
	f.Permanent = permanent
	f.Err = cause.Error()
	f.Source, f.Title, f.Published = source, l.Title, l.Published
	return s.putJSON(bucketFailed, url, f)
}

// retries returns, by source, the links whose last failure may go away
// and that are worth trying again now (see failure.worthTrying).
func (s *State) retries(now time.Time) (map[string][]link, error) {
	out := map[string][]link{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFailed).ForEach(func(k, v []byte) error {
			var f failure
			if json.Unmarshal(v, &f) != nil || f.Source == "" || f.Permanent || !f.worthTrying(now) {
				return nil
			}
			out[f.Source] = append(out[f.Source], link{URL: string(k), Title: f.Title, Published: f.Published})
			return nil
		})
	})
	return out, err
}

// fresh counts the urls that are neither stored nor failed in a way that
// is not worth trying again now.
func (s *State) fresh(urls []string, now time.Time) (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		known, failed := tx.Bucket(bucketKnown), tx.Bucket(bucketFailed)
		for _, u := range urls {
			if known.Get([]byte(u)) != nil {
				continue
			}
			var f failure
			if data := failed.Get([]byte(u)); data != nil && json.Unmarshal(data, &f) == nil && !f.worthTrying(now) {
				continue
			}
			n++
		}
		return nil
	})
	return n, err
}

func (s *State) validators(url string) (validators, error) {
	var v validators
	_, err := s.getJSON(bucketValidators, url, &v)
	return v, err
}

func (s *State) setValidators(url string, v validators) error {
	if v == (validators{}) {
		return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketValidators).Delete([]byte(url)) })
	}
	return s.putJSON(bucketValidators, url, v)
}
