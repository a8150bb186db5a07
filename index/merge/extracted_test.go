package merge

import (
	"errors"
	"os"
	"testing"

	"github.com/breachwire/breachwire/extract/incident"
	"github.com/breachwire/breachwire/internal/corpus"
)

// Labelled sets besides the tuning corpus. The held-out sets are scored,
// never read while tuning (see their READMEs).
var (
	holdoutDir  = corpus.SetDir("holdout")
	holdout2Dir = corpus.SetDir("holdout2")
	holdout3Dir = corpus.SetDir("holdout3")
	holdout4Dir = corpus.SetDir("holdout4")
	holdout5Dir = corpus.SetDir("holdout5")
	holdout6Dir = corpus.SetDir("holdout6")
	holdout7Dir = corpus.SetDir("holdout7")
	holdout8Dir = corpus.SetDir("holdout8")
	holdout9Dir = corpus.SetDir("holdout9")
	// holdout10Dir is the last set scored unseen (session 3: extracted
	// facts through the fake web F1 0.93, P 1.00 at the start, 0.94, P 0.95
	// after the session's extraction changes; the one false merge joined
	// two incidents of one company five months apart, which attack kinds
	// now keep apart).
	holdout10Dir = corpus.SetDir("holdout10")
	holdout11Dir = corpus.SetDir("holdout11")
)

// minFreshSet is how many articles a labelled set still being written
// (testdata/holdout4) needs before its score is logged.
const minFreshSet = 35

// extractedDoc is the Doc of a corpus article with the facts extract/incident
// finds in its title and text, filled the way the index fills it.
func extractedDoc(x *incident.Extractor, a corpus.Article) Doc {
	d := labelledDoc(a)
	// The page's publisher goes in as the crawl passes it (extract gives
	// og:site_name and the like; the labelled source stands for it).
	f := x.Extract(incident.Doc{Title: a.Title, Text: a.Text, Lang: a.Lang, URL: a.URL, Published: a.Published, Site: a.Source})
	d.Victims, d.Records, d.Actors, d.RecordsQualifier = f.VictimNames(), f.RecordCount(), nil, ""
	if f.Records != nil {
		d.RecordsQualifier = f.Records.Qualifier
	}
	for _, v := range f.Victims {
		d.Units = append(d.Units, v.Units...)
	}
	for _, at := range f.Actors {
		switch at.Strength {
		case incident.Stated:
			d.Actors = append(d.Actors, at.Name)
		case incident.Suspected:
			d.Actors = append(d.Actors, at.Name)
			d.Suspected = append(d.Suspected, at.Name)
		}
	}
	return d
}

// loadSet reads a labelled set; ok is false when the set is absent.
func loadSet(t *testing.T, dir string) ([]corpus.Article, bool) {
	t.Helper()
	arts, err := corpus.Load(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, false
	}
	if err != nil {
		t.Fatal(err)
	}
	return arts, true
}

// scoreExtracted clusters arts with extracted facts and returns B-cubed F1,
// logging false merges and splits when verbose.
func scoreExtracted(t *testing.T, name string, x *incident.Extractor, arts []corpus.Article, verbose bool) float64 {
	t.Helper()
	docs := make([]Doc, len(arts))
	gold := make([]string, len(arts))
	for i, a := range arts {
		docs[i], gold[i] = extractedDoc(x, a), goldIncident(a)
	}
	pred := clusterIDs(Cluster(docs), len(docs))
	p, r, f := bcubed(pred, gold)
	if !verbose {
		t.Logf("%s, extracted facts, %d articles: B-cubed P=%.3f R=%.3f F1=%.3f", name, len(arts), p, r, f)
		return f
	}
	merges, splits := reportErrors(t, arts, docs, pred)
	t.Logf("%s, extracted facts, %d articles: B-cubed P=%.3f R=%.3f F1=%.3f; %d falsely merged pairs, %d split pairs",
		name, len(arts), p, r, f, merges, splits)
	return f
}

// TestClusteringExtracted measures merging on the facts extract/incident
// finds rather than on labels, as in the running system: extraction noise
// (a victim spelt differently, missed, or a figure from another paragraph)
// must not split one incident or join two.
func TestClusteringExtracted(t *testing.T) {
	if testing.Short() {
		t.Skip("extraction of the labelled sets takes a few seconds")
	}
	x := incident.New(nil)
	t.Run("corpus", func(t *testing.T) {
		if f := scoreExtracted(t, "corpus", x, loadCorpus(t), true); f < 0.9 {
			t.Errorf("corpus B-cubed F1 with extracted facts = %.3f, want >= 0.9", f)
		}
	})
	t.Run("holdout", func(t *testing.T) {
		arts, ok := loadSet(t, holdoutDir)
		if !ok {
			t.Skip("no held-out set")
		}
		// 0.92 with the extractor of 542ced0, 0.96 with later ones.
		if f := scoreExtracted(t, "holdout", x, arts, true); f < 0.9 {
			t.Errorf("holdout B-cubed F1 with extracted facts = %.3f, want >= 0.9", f)
		}
	})
	// The later sets are scored and their errors listed; each was held out
	// from merging work until its unseen score was recorded (holdout5:
	// extracted facts P 1.00 R 0.72; holdout6: P 0.98 R 0.74; holdout7: P 1.00
	// R 0.80; holdout8: P 0.91 R 0.75; with labelled facts 0.99, 0.93, 0.96
	// and 0.94), and is a development set since.
	for _, set := range []struct{ name, dir string }{
		{"holdout2", holdout2Dir}, {"holdout3", holdout3Dir}, {"holdout4", holdout4Dir},
		{"holdout5", holdout5Dir}, {"holdout6", holdout6Dir}, {"holdout7", holdout7Dir},
		{"holdout8", holdout8Dir}, {"holdout9", holdout9Dir}, {"holdout10", holdout10Dir}, {"holdout11", holdout11Dir},
	} {
		t.Run(set.name, func(t *testing.T) {
			arts, ok := loadSet(t, set.dir)
			if !ok || len(arts) < minFreshSet {
				t.Skipf("%s has %d articles, fewer than %d", set.name, len(arts), minFreshSet)
			}
			scoreExtracted(t, set.name, x, arts, true)
		})
	}
}

// TestClusteringLabelledSets logs merging on the labelled facts of the
// other labelled sets (the tuning corpus is TestCorpusClustering's), for
// comparison with the extracted facts; holdout4 only once mostly written,
// and as a score only.
func TestClusteringLabelledSets(t *testing.T) {
	for _, set := range []struct{ name, dir string }{
		{"holdout", holdoutDir}, {"holdout2", holdout2Dir}, {"holdout3", holdout3Dir}, {"holdout4", holdout4Dir}, {"holdout5", holdout5Dir}, {"holdout6", holdout6Dir}, {"holdout7", holdout7Dir}, {"holdout8", holdout8Dir}, {"holdout9", holdout9Dir}, {"holdout10", holdout10Dir}, {"holdout11", holdout11Dir},
	} {
		arts, ok := loadSet(t, set.dir)
		if !ok || len(arts) < minFreshSet {
			continue
		}
		docs := make([]Doc, len(arts))
		gold := make([]string, len(arts))
		for i, a := range arts {
			docs[i], gold[i] = labelledDoc(a), goldIncident(a)
		}
		p, r, f := bcubed(clusterIDs(Cluster(docs), len(docs)), gold)
		t.Logf("%s, labelled facts, %d articles: B-cubed P=%.3f R=%.3f F1=%.3f", set.name, len(arts), p, r, f)
		if set.name != "holdout3" && set.name != "holdout4" && f < 0.9 {
			t.Errorf("%s B-cubed F1 with labelled facts = %.3f, want >= 0.9", set.name, f)
		}
	}
}
