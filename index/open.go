package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolt "go.etcd.io/bbolt"
)

// DirName is the directory Open keeps the Bleve index in, inside its dir.
const DirName = "index.bleve"

// schemaVersion names the mapping and the merge keys; Open rebuilds an
// index built with an earlier one (see rebuild). 7: co-operatives' victim
// keys drop 農業協同組合 and a JA/JF prefix. 8: reports tying one victim's
// attacks to different groups are different stories; a kanji name matches
// its English spelling. 10: a story's victim keys are the name keys of its
// and its articles' victims only, not merge's candidate keys. 11: a story
// holds at most 64 KB of each article's text. 12: a source's whole name
// is kept as a key, which a quoted source:"Name" matches. 13: a story's
// victim keys take the Japanese spelling a report gives a victim it names
// in Latin letters (victim:クレストライン finds Crestline); summaries start
// at a release's first prose line.
const schemaVersion = "breachwire-index-13"

var schemaKey = []byte("breachwire_schema")

// lockTimeout is how long Open waits for another process's lock.
const lockTimeout = "1s"

// Index is the on-disk article and story index. It is safe for concurrent use.
type Index struct {
	b        bleve.Index
	path     string
	readOnly bool
	// mu serialises writers: Add reads candidates and writes the batch that
	// depends on them, so two Adds must not interleave.
	mu     sync.Mutex
	closed bool
	now    func() time.Time

	// gen counts the batches written; allFacets caches the facets of every
	// story (the front page) for one gen, since counting them reads a
	// field of every story.
	gen       atomic.Uint64
	facetMu   sync.Mutex
	allFacets *facetCache
	// facetIdx holds the facet tables of the segments (facetcount.go).
	facetIdx *facetIndex
	warming  atomic.Bool
	// stories caches decoded stories (storycache.go).
	stories storyCache
	// arts caches decoded articles and their merge features (artcache.go).
	arts articleCache
	// spell are the victim spellings learned from stories (spelling.go);
	// Add, holding mu, reads and replaces it.
	spell spellings
}

type facetCache struct {
	gen    uint64
	size   int
	facets Facets
}

// Open opens or creates the index in dir, under dir/index.bleve. While one
// Index is open no other Open of the same dir succeeds, in this process or
// another: it fails after a second with an error wrapping ErrLocked.
func Open(dir string) (*Index, error) { return open(dir, false) }

// OpenReadOnly opens an existing index in dir for reading. Any number of
// read-only opens may share an index, but not with a writer: OpenReadOnly
// fails with ErrLocked while an Open holds it, and Open while readers do.
func OpenReadOnly(dir string) (*Index, error) { return open(dir, true) }

func open(dir string, readOnly bool) (*Index, error) {
	registerAnalysis()
	path := filepath.Join(dir, DirName)
	if !readOnly {
		if err := finishRebuild(path); err != nil {
			return nil, err
		}
	}
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); errors.Is(err, fs.ErrNotExist) {
		if readOnly {
			return nil, fmt.Errorf("%w in %s", ErrNoIndex, dir)
		}
		if err := create(path); err != nil {
			return nil, err
		}
	}
	cfg := map[string]interface{}{"bolt_timeout": lockTimeout}
	if readOnly {
		cfg["read_only"] = true
	}
	b, err := openBleve(path, cfg)
	if err != nil {
		return nil, err
	}
	v, err := b.GetInternal(schemaKey)
	switch {
	case err == nil && string(v) == schemaVersion:
	case err == nil && strings.HasPrefix(string(v), schemaPrefix) && !readOnly:
		// An index of an earlier release: rebuild it from the articles it
		// stores (rebuild closes b).
		if err := rebuild(context.Background(), path, b); err != nil {
			return nil, err
		}
		if b, err = openBleve(path, cfg); err != nil {
			return nil, err
		}
	case err == nil && strings.HasPrefix(string(v), schemaPrefix):
		_ = b.Close()
		return nil, fmt.Errorf("%w: %s (%q); run a crawl (or serve) once to rebuild it", ErrOutdated, path, v)
	default:
		_ = b.Close()
		return nil, fmt.Errorf("index: %s was built by another version (%q); delete it and crawl again", path, v)
	}
	ix := newIndex(b, path, readOnly)
	ix.warmFacets()
	return ix, nil
}

// newIndex wraps an open Bleve index.
func newIndex(b bleve.Index, path string, readOnly bool) *Index {
	return &Index{b: b, path: path, readOnly: readOnly, now: time.Now, facetIdx: newFacetIndex(), spell: loadSpellings(b)}
}

// openBleve opens the Bleve index at path, telling a lock held by another
// process (ErrLocked) from other failures.
func openBleve(path string, cfg map[string]interface{}) (bleve.Index, error) {
	b, err := bleve.OpenUsing(path, cfg)
	if err != nil {
		if isLockTimeout(err) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, path)
		}
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return b, nil
}

// create builds an empty index beside path and renames it into place, so a
// crash while creating leaves no half-made index behind.
func create(path string) error {
	tmp := path + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	m, err := newMapping()
	if err != nil {
		return fmt.Errorf("index: mapping: %w", err)
	}
	b, err := bleve.NewUsing(tmp, m, scorch.Name, scorch.Name, map[string]interface{}{"bolt_timeout": lockTimeout})
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	err = b.SetInternal(schemaKey, []byte(schemaVersion))
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return syncDir(filepath.Dir(path))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("index: sync %s: %w", dir, err)
	}
	return nil
}

// isLockTimeout reports whether err is bbolt giving up on the file lock.
func isLockTimeout(err error) bool {
	return errors.Is(err, bolt.ErrTimeout) || strings.Contains(err.Error(), bolt.ErrTimeout.Error())
}

// Close flushes and closes the index; closing it again does nothing.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil
	}
	ix.closed = true
	if err := ix.b.Close(); err != nil {
		return fmt.Errorf("index: close: %w", err)
	}
	return nil
}

// Path returns the directory of the Bleve index.
func (ix *Index) Path() string { return ix.path }
