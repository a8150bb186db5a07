package actors

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFindArticle(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	ms := Embedded().Find(text)
	checkMatches(t, text, ms)
	var got []string
	for _, m := range ms {
		if !slices.Contains(got, m.Group.Name) {
			got = append(got, m.Group.Name)
		}
	}
	want := []string{"APT32", "LockBit", "ALPHV", "Play", "Black Basta", "Scattered Spider",
		"Volt Typhoon", "Salt Typhoon", "Sandworm", "Lazarus Group"}
	if !slices.Equal(got, want) {
		t.Errorf("groups = %q\nwant     %q", got, want)
	}
}
