package merge

import (
	"slices"
	"testing"
	"time"
)

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

func TestClusterDoesNotChainThroughVagueArticle(t *testing.T) {
	vague := Doc{
		URL: "https://short.example/toyota", Title: "Toyota confirms hack", Lang: "en",
		Text:      "Toyota confirmed on Saturday that hackers reached some customer data. The company gave no further details.",
		Published: day("2019-03-30 12:00"), Victims: []string{"Toyota"},
	}
	if !Same(vague, tokyoZDNet) || !Same(vague, vietnam) {
		t.Fatalf("the vague article should match both incidents pairwise: %+v, %+v",
			Prepare(vague).Match(Prepare(tokyoZDNet)), Prepare(vague).Match(Prepare(vietnam)))
	}
	if !Conflict(tokyoZDNet, vietnam) || Conflict(tokyoZDNet, tokyoRepost) {
		t.Fatal("Conflict: want Tokyo vs Vietnam to conflict and Tokyo vs its re-post not to")
	}
	groups := Cluster([]Doc{tokyoZDNet, vague, vietnam, tokyoRelease})
	for _, g := range groups {
		if slices.Contains(g, 0) && slices.Contains(g, 2) {
			t.Errorf("Cluster chained the Tokyo and Vietnam incidents: %v", groups)
		}
	}
	if len(groups) != 2 {
		t.Errorf("Cluster = %v, want two stories", groups)
	}
}

func TestSameUnitAndParent(t *testing.T) {
	parent := Doc{Title: "Sony confirms breach", Text: "Sony said 6,791 people were affected.", Victims: []string{"Sony"},
		Records: n64(6791), Published: day("2023-10-04 10:00")}
	unit := Doc{Title: "ソニー・インタラクティブエンタテインメントで情報流出", Text: "6791人に通知した。", Victims: []string{"ソニー・インタラクティブエンタテインメント"},
		Records: n64(6791), Published: day("2023-10-05 10:00")}
	if !slices.Contains(VictimKeys(unit), victimKey("Sony")) {
		t.Errorf("VictimKeys(unit) = %v, want it to include the parent's key %q for retrieval", VictimKeys(unit), victimKey("Sony"))
	}
	if !Same(parent, unit) {
		t.Errorf("parent and unit with one figure: %+v, want Same", Prepare(parent).Match(Prepare(unit)))
	}
	unit.Records = nil
	if Same(parent, unit) {
		t.Error("parent and unit without agreeing figures: want not Same")
	}
	other := Doc{Victims: []string{"Mitsubishi Heavy Industries"}, Records: n64(6791), Published: day("2023-10-05 10:00")}
	mel := Doc{Victims: []string{"Mitsubishi Electric"}, Records: n64(6791), Published: day("2023-10-05 10:00")}
	if Same(other, mel) {
		t.Error("two companies sharing a first word: want not Same")
	}
}

func TestSameRecordFigures(t *testing.T) {
	doc := func(v int64, q string) Doc {
		return Doc{Victims: []string{"Optus"}, Records: n64(v), RecordsQualifier: q, Published: day("2022-09-23 10:00")}
	}
	for _, tc := range []struct {
		a, b Doc
		want bool
	}{
		{doc(9800000, "up_to"), doc(9800000, "exact"), true},
		{doc(9800000, "about"), doc(10000000, "about"), true}, // within tolerance
		{doc(9800000, "exact"), doc(2800000, "exact"), false},
		{doc(1000000, "at_least"), doc(9800000, "exact"), true}, // an early lower bound
		{doc(9800000, "at_least"), doc(1000000, "exact"), false},
	} {
		if got := Same(tc.a, tc.b); got != tc.want {
			t.Errorf("Same(%d %s, %d %s) = %v, want %v", *tc.a.Records, tc.a.RecordsQualifier, *tc.b.Records, tc.b.RecordsQualifier, got, tc.want)
		}
	}
}

// TestRevisedTally: a later report that says it updates the count of an
// incident joins the first report though their figures differ; without a
// word of update, two figures that far apart are two incidents.
func TestRevisedTally(t *testing.T) {
	first := Doc{URL: "https://courier.example/a", Lang: "en", Published: time.Date(2025, 1, 17, 8, 0, 0, 0, time.UTC),
		Title:   "Data of around 3,000 Ashmoor residents caught up in council cyber attack",
		Text:    "Around 3,000 residents may have had details exposed after criminals broke into Ashmoor District Council's systems, the council said.",
		Victims: []string{"Ashmoor District Council"}, Records: n64(3000)}
	update := Doc{URL: "https://ashmoor.example/news/update", Lang: "en", Published: time.Date(2025, 2, 10, 12, 0, 0, 0, time.UTC),
		Title:   "Cyber incident: update from Ashmoor District Council",
		Text:    "Ashmoor District Council has finished reviewing the files copied from its network. They held personal information on 11,460 people, more than the initial estimate.",
		Victims: []string{"Ashmoor District Council"}, Records: n64(11460)}
	if d := Prepare(first).Match(Prepare(update)); !d.Same {
		t.Errorf("an update with a revised tally does not join the first report: %+v", d)
	}
	other := update
	other.Title = "Ashmoor District Council reports cyber incident"
	other.Text = "Ashmoor District Council said personal information on 11,460 people was copied from its network."
	if d := Prepare(first).Match(Prepare(other)); d.Same {
		t.Errorf("two reports with figures 3,000 and 11,460 and no word of update merged: %+v", d)
	}
}
