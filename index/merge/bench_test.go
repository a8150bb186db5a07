package merge

import (
	"testing"

	"github.com/breachwire/breachwire/internal/corpus"
)

// benchDocs are the corpus articles when present, else the examples; the
// victim keys are read once first, so that the one-time dictionary load of
// the Japanese reader does not count as per-article work.
func benchDocs(b *testing.B) []Doc {
	docs := loadBenchDocs()
	for _, d := range docs {
		VictimKeys(d)
	}
	return docs
}

func loadBenchDocs() []Doc {
	arts, err := corpus.Load(corpusDir)
	if err != nil || len(arts) == 0 {
		var docs []Doc
		for _, e := range allExamples {
			docs = append(docs, e.doc)
		}
		return docs
	}
	docs := make([]Doc, len(arts))
	for i, a := range arts {
		docs[i] = labelledDoc(a)
	}
	return docs
}

func BenchmarkKeys(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Keys(docs[i%len(docs)])
		i++
	}
}

func BenchmarkPrepare(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Prepare(docs[i%len(docs)])
		i++
	}
}

// BenchmarkSame compares pairs from scratch, as Same does.
func BenchmarkSame(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Same(docs[i%len(docs)], docs[(i*7+3)%len(docs)])
		i++
	}
}

// BenchmarkMatchPrepared compares prepared pairs, as the index does.
func BenchmarkMatchPrepared(b *testing.B) {
	docs := benchDocs(b)
	prep := make([]*Prepared, len(docs))
	for i, d := range docs {
		prep[i] = Prepare(d)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		prep[i%len(prep)].Match(prep[(i*7+3)%len(prep)])
		i++
	}
}
