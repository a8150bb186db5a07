package incident

import "testing"

// TestStateListingForm checks a regulator's breach listing: the
// organisation is the value of its name field, the count the value of its
// "number affected" field, and the legal threshold quoted under it no
// count.
func TestStateListingForm(t *testing.T) {
	x := New(nil)
	d := Doc{Lang: "en", Title: "Data Breach Notifications — Pellow Harte & Co., P.C.",
		Text: "Data Breach Notifications\nOrganization Name: Pellow Harte & Co., P.C.\nDate Reported to AG: 05/12/2025\nNumber of Residents Affected: 2,418\nInformation Compromised: Name; Social Security Number\n\nBusinesses must notify the Attorney General when a single breach requires notice to more than 500 residents of the state."}
	f := x.Extract(d)
	if got := f.VictimNames(); len(got) != 1 || got[0] != "Pellow Harte & Co" {
		t.Errorf("victims = %v, want [Pellow Harte & Co]", got)
	}
	if n := f.RecordCount(); n == nil || *n != 2418 {
		t.Errorf("records = %v, want 2418 (%+v)", n, f.Records)
	}
}
