package extract

import "testing"

// TestFilingDateLabel: a filing's page labels its date ("Filing Date"),
// far above the item heading; the date its first sentence opens on ("On
// April 6, 2026, the Company detected…") is when the incident was found.
func TestFilingDateLabel(t *testing.T) {
	cover := ""
	for i := 0; i < 6; i++ {
		cover += `<p style="text-align:center">(State or other jurisdiction of incorporation) (Commission File Number) (IRS Employer Identification No.) 001-39911</p>`
	}
	page := `<html><head><meta charset="utf-8"><title>Fernhollow Outdoor, Inc. - SEC Filing - Form 8-K</title></head><body><main>
<table class="filing-meta"><tr><th>Form</th><td>8-K</td></tr><tr><th>Filing Date</th><td>Apr 10, 2026</td></tr></table>
<p style="text-align:center">Date of Report (Date of earliest event reported): April 6, 2026</p>` + cover + `
<h1>Item 1.05 Material Cybersecurity Incidents.</h1>
<p>On April 6, 2026, Fernhollow Outdoor, Inc. (the "Company") detected unauthorized activity on certain of its information technology systems and activated its incident response plan.</p>
<p>The Company's investigation is ongoing, and it has notified law enforcement.</p></main></body></html>`
	a, err := New().Extract(Page{URL: "https://investors.fernhollow.example/sec-filings/8-k/2026-04-10", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || a.Published.Format("2006-01-02") != "2026-04-10" {
		t.Errorf("published = %v, want 2026-04-10 (the filing date)", a.Published)
	}
}
