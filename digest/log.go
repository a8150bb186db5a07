package digest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"github.com/breachwire/breachwire/index"
)

// ErrLogLocked is returned by OpenLog when another process holds the log.
var ErrLogLocked = errors.New("digest: log held by another process")

var (
	bucketSent = []byte("sent")
	bucketMeta = []byte("meta")
	keyLast    = []byte("last_digest")
)

// Log records which stories went out, and with which facts, so that a story
// is sent again only when it is materially updated. It is safe for
// concurrent use.
type Log struct{ db *bbolt.DB }

// sent is what the log keeps of one story.
type sent struct {
	Fingerprint string    `json:"fingerprint"`
	At          time.Time `json:"at"`
	// First is when the story was first sent; At is its latest sending.
	First time.Time `json:"first,omitzero"`
}

// OpenLog opens or creates the digest log at path.
func OpenLog(path string) (*Log, error) {
	db, err := bbolt.Open(path, 0o644, &bbolt.Options{Timeout: time.Second})
	if errors.Is(err, bbolt.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrLogLocked, path)
	}
	if err != nil {
		return nil, fmt.Errorf("digest: open log: %w", err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{bucketSent, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("digest: open log: %w", err)
	}
	return &Log{db: db}, nil
}

// OpenLogReadOnly opens the digest log at path for reading only, and never
// creates it: a log that does not exist reads as empty. MarkSent on a
// read-only log fails.
func OpenLogReadOnly(path string) (*Log, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return &Log{}, nil
	}
	db, err := bbolt.Open(path, 0o644, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if errors.Is(err, bbolt.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrLogLocked, path)
	}
	if err != nil {
		return nil, fmt.Errorf("digest: open log: %w", err)
	}
	return &Log{db: db}, nil
}

// errNoLog is returned by MarkSent on a log that was never opened for writing.
var errNoLog = errors.New("digest: log not open for writing")

// Close closes the log.
func (l *Log) Close() error {
	if l == nil || l.db == nil {
		return nil
	}
	return l.db.Close()
}

// LastDigest returns when the last digest was sent; zero if never.
func (l *Log) LastDigest() (time.Time, error) {
	var t time.Time
	if l == nil || l.db == nil {
		return t, nil
	}
	err := l.db.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket(bucketMeta); b != nil {
			if v := b.Get(keyLast); v != nil {
				return t.UnmarshalText(v)
			}
		}
		return nil
	})
	return t, err
}

// lookup returns the fingerprint last sent for the story under its id or any
// of its old ids, when it was first sent, and whether it was sent at all.
func (l *Log) lookup(s *index.Story) (string, time.Time, bool, error) {
	var fp string
	var at time.Time
	var found bool
	if l == nil || l.db == nil {
		return fp, at, found, nil
	}
	err := l.db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketSent)
		if b == nil {
			return nil
		}
		for _, id := range append([]string{s.ID}, s.Aliases...) {
			v := b.Get([]byte(id))
			if v == nil {
				continue
			}
			var rec sent
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("digest: log entry %s: %w", id, err)
			}
			fp, at, found = rec.Fingerprint, firstSent(rec), true
			if id == s.ID {
				break
			}
		}
		return nil
	})
	return fp, at, found, err
}

// firstSent returns when a log entry's story was first sent (entries
// written before First was kept know only their latest sending).
func firstSent(rec sent) time.Time {
	if !rec.First.IsZero() {
		return rec.First
	}
	return rec.At
}

// MarkSent records the entries of a digest that was delivered at time at.
func (l *Log) MarkSent(d *Digest, at time.Time) error {
	if l == nil || l.db == nil {
		return errNoLog
	}
	return l.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketSent)
		for _, e := range d.all() {
			rec := sent{Fingerprint: fingerprint(&e.Story), At: at.UTC(), First: at.UTC()}
			var old sent
			if v := b.Get([]byte(e.Story.ID)); v != nil && json.Unmarshal(v, &old) == nil {
				rec.First = firstSent(old)
			}
			v, _ := json.Marshal(rec)
			if err := b.Put([]byte(e.Story.ID), v); err != nil {
				return err
			}
		}
		v, _ := at.UTC().MarshalText()
		return tx.Bucket(bucketMeta).Put(keyLast, v)
	})
}

// fingerprint sums up the facts whose change makes a story worth sending
// again: its record figure, victims and actors.
func fingerprint(s *index.Story) string {
	rec := "-"
	if s.Records != nil {
		rec = fmt.Sprint(*s.Records)
	}
	norm := func(xs []string) string {
		ys := make([]string, len(xs))
		for i, x := range xs {
			ys[i] = strings.ToLower(x)
		}
		slices.Sort(ys)
		return strings.Join(slices.Compact(ys), ",")
	}
	return rec + "|" + norm(s.Victims) + "|" + norm(s.Actors)
}

// changes says in words what differs between an old fingerprint and a story.
func changes(old string, s *index.Story) []string {
	parts := strings.SplitN(old, "|", 3)
	if len(parts) != 3 {
		return nil
	}
	now := strings.SplitN(fingerprint(s), "|", 3)
	var out []string
	if parts[0] != now[0] {
		out = append(out, "new record figure")
	}
	if added(parts[1], now[1]) {
		out = append(out, "new victim")
	}
	if added(parts[2], now[2]) {
		out = append(out, "new actor")
	}
	return out
}

// added reports whether the comma list now has a name that old lacks.
func added(old, now string) bool {
	have := strings.Split(old, ",")
	for _, n := range strings.Split(now, ",") {
		if n != "" && !slices.Contains(have, n) {
			return true
		}
	}
	return false
}
