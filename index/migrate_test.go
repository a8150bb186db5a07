package index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// markOld sets the schema of the index in dir to an earlier version, as an
// index written by an earlier release would carry.
func markOld(t *testing.T, dir string) {
	t.Helper()
	b, err := bleve.Open(filepath.Join(dir, DirName))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.SetInternal(schemaKey, []byte(schemaPrefix+"1")); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestOpenRebuildsEarlierSchema: an index of an earlier schema is rebuilt
// from the articles it stores when opened for writing: the same articles,
// the same stories and facts, each story's change time kept; opened for
// reading it is refused with a hint instead.
func TestOpenRebuildsEarlierSchema(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	added := time.Date(2025, 4, 1, 9, 0, 0, 0, time.UTC)
	ix.now = func() time.Time { return added }
	if _, err := ix.Add(ctx, loadArticles(t, "testdata/articles.jsonl")); err != nil {
		t.Fatal(err)
	}
	before := groups(t, ix)
	toyotaBefore := storyOf(t, ix, urlToyotaJA)
	ix.Close()
	markOld(t, dir)

	if _, err := OpenReadOnly(dir); err == nil || !strings.Contains(err.Error(), "rebuild") {
		t.Fatalf("read-only open of an earlier schema: %v, want an error saying how to rebuild", err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatalf("open of an earlier schema: %v", err)
	}
	defer ix.Close()
	if got := groups(t, ix); !slices.Equal(got, before) {
		t.Errorf("stories after rebuild =\n %q\nwant\n %q", got, before)
	}
	st := storyOf(t, ix, urlToyotaJA)
	if !slices.Equal(st.Victims, toyotaBefore.Victims) || *st.Records != *toyotaBefore.Records ||
		!slices.Equal(st.Actors, toyotaBefore.Actors) || !st.Changed.Equal(added) {
		t.Errorf("Toyota story after rebuild = %+v\nwant the facts of %+v, changed %v", st, toyotaBefore, added)
	}
	if _, err := os.Stat(filepath.Join(dir, DirName+rebuildSuffix)); err == nil {
		t.Error("the rebuild directory is left behind")
	}
}

// TestOpenFinishesInterruptedRebuild: a crash after the old index was
// removed leaves a complete rebuilt one, which Open puts in place; an
// incomplete one beside the old index is discarded.
func TestOpenFinishesInterruptedRebuild(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Add(ctx, loadArticles(t, "testdata/articles.jsonl")); err != nil {
		t.Fatal(err)
	}
	want := groups(t, ix)
	ix.Close()
	path := filepath.Join(dir, DirName)

	// Incomplete: a half-built directory beside the index goes.
	if err := os.MkdirAll(path+rebuildSuffix, 0o755); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := os.Stat(path + rebuildSuffix); err == nil {
		t.Fatal("an incomplete rebuild beside the index was kept")
	}

	// Complete, old one gone: it takes the old one's place.
	b, err := bleve.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.SetInternal(rebuiltKey, []byte("done")); err != nil {
		t.Fatal(err)
	}
	b.Close()
	if err := os.Rename(path, path+rebuildSuffix); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := groups(t, ix); !slices.Equal(got, want) {
		t.Errorf("stories after finishing the rebuild =\n %q\nwant\n %q", got, want)
	}
}
