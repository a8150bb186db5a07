package merge

import (
	"testing"

	"github.com/breachwire/breachwire/extract/incident"
	"github.com/breachwire/breachwire/internal/corpus"
)

// extractedDoc is the Doc of a corpus article with the facts extract/incident
// finds in it, filled the way the index fills it.
func extractedDoc(x *incident.Extractor, a corpus.Article) Doc {
	d := labelledDoc(a)
	f := x.Extract(incident.Doc{Title: a.Title, Text: a.Text, Lang: a.Lang, URL: a.URL, Published: a.Published})
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

// TestCorpusClusteringExtracted measures merging on extracted rather than
// labelled facts. It only logs: the score mixes extraction errors with
// merging errors, and extraction is another package's work in progress.
func TestCorpusClusteringExtracted(t *testing.T) {
	if testing.Short() {
		t.Skip("extraction of the whole corpus is slow")
	}
	arts := loadCorpus(t)
	x := incident.New(nil)
	docs := make([]Doc, len(arts))
	gold := make([]string, len(arts))
	for i, a := range arts {
		docs[i], gold[i] = extractedDoc(x, a), goldIncident(a)
	}
	pred := clusterIDs(Cluster(docs), len(docs))
	p, r, f := bcubed(pred, gold)
	merges, splits := reportErrors(t, arts, docs, pred)
	t.Logf("extracted fields, %d articles: B-cubed P=%.3f R=%.3f F1=%.3f; %d falsely merged pairs, %d split pairs",
		len(arts), p, r, f, merges, splits)
}
