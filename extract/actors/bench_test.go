package actors

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	c := Embedded()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c.Find(text)
	}
}

func BenchmarkFindMergedMISP(b *testing.B) {
	misp, err := LoadFile(filepath.Join(mispDir, "threat-actor.json"))
	if err != nil {
		b.Skip(err)
	}
	emb, _ := EmbeddedGroups()
	c := New(emb, misp)
	data, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c.Find(text)
	}
}

func BenchmarkEmbeddedBuild(b *testing.B) {
	gs, err := EmbeddedGroups()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		New(gs)
	}
}
