package merge

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/internal/corpus"
)

var corpusDir = corpus.SetDir("corpus")

// loadCorpus returns the labelled corpus, skipping the test when it is absent.
func loadCorpus(t testing.TB) []corpus.Article {
	t.Helper()
	arts, err := corpus.Load(corpusDir)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("no corpus: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// labelledDoc is the Doc of a corpus article with its labelled facts, so
// that the score measures merging apart from extraction.
func labelledDoc(a corpus.Article) Doc {
	return Doc{
		URL: a.URL, Title: a.Title, Text: a.Text, Lang: a.Lang, Source: a.Source, Published: a.Published,
		Victims: a.Labels.Victims, Records: a.Labels.Records, Actors: a.Labels.Actors,
	}
}

// goldIncident is the labelled incident; an article with none is its own.
func goldIncident(a corpus.Article) string {
	if a.Labels.Incident == "" {
		return "none:" + a.ID
	}
	return a.Labels.Incident
}

// bcubed scores a clustering (cluster id per item) against gold labels.
func bcubed(pred, gold []string) (p, r, f float64) {
	n := len(pred)
	for i := range n {
		var both, inPred, inGold int
		for j := range n {
			sp, sg := pred[i] == pred[j], gold[i] == gold[j]
			if sp {
				inPred++
			}
			if sg {
				inGold++
			}
			if sp && sg {
				both++
			}
		}
		p += float64(both) / float64(inPred)
		r += float64(both) / float64(inGold)
	}
	p, r = p/float64(n), r/float64(n)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// clusterIDs names each doc's cluster by its smallest member index.
func clusterIDs(groups [][]int, n int) []string {
	ids := make([]string, n)
	for _, g := range groups {
		for _, i := range g {
			ids[i] = fmt.Sprint(g[0])
		}
	}
	return ids
}

// reportErrors lists false merges and splits with Match's reasons.
func reportErrors(t *testing.T, arts []corpus.Article, docs []Doc, pred []string) (merges, splits int) {
	t.Helper()
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			sp, sg := pred[i] == pred[j], goldIncident(arts[i]) == goldIncident(arts[j])
			if sp == sg {
				continue
			}
			d := Prepare(docs[i]).Match(Prepare(docs[j]))
			kind := "split"
			if sp {
				kind = "FALSE MERGE"
				merges++
			} else {
				splits++
			}
			t.Logf("%s %s ~ %s: pair says %v (%s, sim %.2f)", kind, arts[i].ID, arts[j].ID, d.Same, d.Reason, d.Similarity)
		}
	}
	return merges, splits
}

func TestCorpusClustering(t *testing.T) {
	arts := loadCorpus(t)
	docs := make([]Doc, len(arts))
	gold := make([]string, len(arts))
	for i, a := range arts {
		docs[i], gold[i] = labelledDoc(a), goldIncident(a)
	}
	pred := clusterIDs(Cluster(docs), len(docs))
	p, r, f := bcubed(pred, gold)
	merges, splits := reportErrors(t, arts, docs, pred)
	t.Logf("labelled fields, %d articles: B-cubed P=%.3f R=%.3f F1=%.3f; %d falsely merged pairs, %d split pairs",
		len(arts), p, r, f, merges, splits)
	if f < 0.9 {
		t.Errorf("B-cubed F1 = %.3f, want >= 0.9", f)
	}
	plain := clusterIDs(plainCluster(docs), len(docs))
	p, r, f = bcubed(plain, gold)
	t.Logf("without the conflict guard (plain union-find over pairwise Same): P=%.3f R=%.3f F1=%.3f", p, r, f)
}

// plainCluster is union-find over every candidate pair that Match accepts,
// without Cluster's conflict guard.
func plainCluster(docs []Doc) [][]int {
	prep := make([]*Prepared, len(docs))
	for i, d := range docs {
		prep[i] = Prepare(d)
	}
	uf := newUnionFind(len(docs))
	for _, c := range Candidates(prep) {
		if prep[c[0]].Match(prep[c[1]]).Same {
			uf.unionUnlessConflict(c[0], c[1], nil)
		}
	}
	return uf.groups()
}

// partition is a clustering as sorted lists of article ids, for comparing
// clusterings of differently ordered inputs.
func partition(arts []corpus.Article, groups [][]int) string {
	var parts []string
	for _, g := range groups {
		var ids []string
		for _, i := range g {
			ids = append(ids, arts[i].ID)
		}
		slices.Sort(ids)
		parts = append(parts, strings.Join(ids, ","))
	}
	slices.Sort(parts)
	return strings.Join(parts, "\n")
}

func TestCorpusClusteringOrderIndependent(t *testing.T) {
	arts := loadCorpus(t)
	cluster := func(arts []corpus.Article) string {
		docs := make([]Doc, len(arts))
		for i, a := range arts {
			docs[i] = labelledDoc(a)
		}
		return partition(arts, Cluster(docs))
	}
	want := cluster(arts)
	for seed := range uint64(5) {
		shuffled := slices.Clone(arts)
		rng := rand.New(rand.NewPCG(seed, seed+1))
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := cluster(shuffled); got != want {
			t.Errorf("seed %d: clustering differs from the sorted input's:\n%s\nwant\n%s", seed, got, want)
		}
	}
}

// TestCorpusSummaries checks each labelled incident's summary against what
// its articles' labels agree on: the victims they all name and the record
// figure most of them give.
func TestCorpusSummaries(t *testing.T) {
	arts := loadCorpus(t)
	for id, group := range corpus.Incidents(arts) {
		docs := make([]Doc, len(group))
		figures := map[int64]int{}
		for i, a := range group {
			docs[i] = labelledDoc(a)
			if r := a.Labels.Records; r != nil {
				figures[*r]++
			}
		}
		s := Summarize(docs)
		for _, v := range group[0].Labels.Victims {
			if all := slices.IndexFunc(group, func(a corpus.Article) bool { return !slices.Contains(a.Labels.Victims, v) }) < 0; all && !slices.Contains(s.Victims, v) {
				t.Errorf("%s: summary victims %v lack %q, which every article names", id, s.Victims, v)
			}
		}
		best, n, tie := int64(0), 0, false
		for v, c := range figures {
			switch {
			case c > n:
				best, n, tie = v, c, false
			case c == n:
				tie = true
			}
		}
		if n > 0 && !tie && (s.Records == nil || *s.Records != best) {
			t.Errorf("%s: summary records %v, want %d (given by %d of %d articles)", id, s.Records, best, n, len(group))
		}
		if s.Origin == "" || s.Title == "" {
			t.Errorf("%s: summary without origin or title: %+v", id, s)
		}
	}
}
