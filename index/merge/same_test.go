package merge

import "testing"

func TestSameDecisions(t *testing.T) {
	for i, x := range allExamples {
		for j, y := range allExamples {
			if j <= i {
				continue
			}
			want := x.incident == y.incident
			d := Prepare(x.doc).Match(Prepare(y.doc))
			if d.Same != want {
				t.Errorf("%s vs %s: Same = %v (%s, sim %.2f), want %v", x.doc.URL, y.doc.URL, d.Same, d.Reason, d.Similarity, want)
			}
		}
	}
}

func TestSameSymmetric(t *testing.T) {
	for _, x := range allExamples {
		for _, y := range allExamples {
			if Same(x.doc, y.doc) != Same(y.doc, x.doc) {
				t.Errorf("Same(%s, %s) != Same(%s, %s)", x.doc.URL, y.doc.URL, y.doc.URL, x.doc.URL)
			}
			if Similarity(x.doc, y.doc) != Similarity(y.doc, x.doc) {
				t.Errorf("Similarity not symmetric for %s, %s", x.doc.URL, y.doc.URL)
			}
		}
	}
}
