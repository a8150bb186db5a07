package incident

import (
	"slices"
	"testing"
	"time"
)

// TestTableInSingleIncident: roundup counts any four table rows holding a
// digit as a listing of many incidents (tableRows), though its doc speaks
// of rows naming one organisation each. A report on one hospital with a
// small table of its services and dates (as extraction writes tables: a
// tab between cells) lost its victim, since its headline does not name it.
func TestTableInSingleIncident(t *testing.T) {
	d := Doc{
		Title: "Ransomware attack forces hospital to divert ambulances", Lang: "en",
		Published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		Text: "Harrow Valley Medical Center was hit by a ransomware attack on Monday, the hospital said, and has diverted ambulances to nearby facilities.\n\n" +
			"Service\tStatus\tSince\n\nEmergency department\tdiverted\tMarch 3\n\nOutpatient clinics\tclosed\tMarch 3\n\n" +
			"Pharmacy\tlimited\tMarch 4\n\nLaboratory\tpaper records\tMarch 4\n\n" +
			"The hospital said it is notifying 12,400 patients whose records may have been accessed.",
	}
	f := New(nil).Extract(d)
	if !slices.Contains(f.VictimNames(), "Harrow Valley Medical Center") {
		t.Errorf("victims = %v, want Harrow Valley Medical Center: a table of one hospital's services is no listing of incidents", f.VictimNames())
	}
}

// TestLegalFormIsNoDateline: datelineRe reads "Caskwell, Inc. — Notice of
// Data Security Incident" as a dateline whose region is "Inc.", so the
// notice's own issuer is taken for a place and dropped as its victim.
func TestLegalFormIsNoDateline(t *testing.T) {
	d := Doc{
		Title: "Notice of Data Security Incident", Lang: "en",
		Published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		Text: "Caskwell, Inc. — Notice of Data Security Incident\n\n" +
			"Caskwell, Inc. has learned of a data security incident that may have involved personal information of some of its customers. " +
			"On January 4, Caskwell detected unusual activity on its network and took its systems offline.\n\n" +
			"Caskwell is notifying 12,400 people by mail.",
	}
	if datelinePlace("Caskwell", d.Text) {
		t.Errorf(`datelinePlace("Caskwell") = true for a line led by "Caskwell, Inc. —"`)
	}
	f := New(nil).Extract(d)
	if len(f.VictimNames()) != 1 || f.VictimNames()[0] != "Caskwell" {
		t.Errorf("victims = %v, want [Caskwell]", f.VictimNames())
	}
}
