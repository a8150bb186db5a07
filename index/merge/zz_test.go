package merge

import (
	"os"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/extract/incident"
	"github.com/breachwire/breachwire/internal/corpus"
)

func TestZZPair(t *testing.T) {
	ids := strings.Split(os.Getenv("ZZPAIR"), ",")
	if len(ids) < 2 {
		t.Skip()
	}
	x := incident.New(nil)
	var docs []Doc
	for _, dir := range []string{corpus.SetDir("holdout12"), corpus.SetDir("holdout13"), corpus.SetDir("holdout14"), corpus.SetDir("corpus")} {
		arts, _ := corpus.Load(dir)
		for _, id := range ids {
			for _, a := range arts {
				if a.ID == id {
					a.URL = "http://127.0.0.1/x/1.html"
					docs = append(docs, extractedDoc(x, a))
				}
			}
		}
	}
	for i := range docs {
		t.Logf("%d %s v=%q r=%v a=%q", i, docs[i].Title, docs[i].Victims, docs[i].Records, docs[i].Actors)
	}
	for i := 0; i < len(docs); i++ {
		for j := i + 1; j < len(docs); j++ {
			d := Prepare(docs[i]).Match(Prepare(docs[j]))
			t.Logf("%d-%d %+v", i, j, d)
		}
	}
}

func TestZZForms(t *testing.T) {
	for _, n := range strings.Split(os.Getenv("ZZN"), ",") {
		t.Logf("%s forms=%q cross=%q reading=%q", n, nameForms(n), crossForm(n), reading(n))
	}
}
