package extract

import (
	"strings"
	"testing"
)

// TestDeepInlineNesting: a page with hundreds of unclosed inline tags,
// which browsers render, nests deeper than the HTML parser goes; its text
// is still read.
func TestDeepInlineNesting(t *testing.T) {
	body := "<p>Kestrel Dairy said hackers stole the data of 5,000 customers in a breach discovered last week.</p>" +
		"<p>The company has notified the regulator and is writing to everyone affected by the incident.</p>"
	page := "<html><head><title>Kestrel Dairy breach</title></head><body><article><h1>Kestrel Dairy breach</h1>" +
		strings.Repeat("<span class=x>", 600) + body + "</article></body></html>"
	art, err := New().Extract(Page{URL: "https://news.example/k", Body: []byte(page)})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	if !strings.Contains(art.Text, "stole the data of 5,000 customers") {
		t.Errorf("text = %q", art.Text)
	}
}

// TestSponsoredBlockInBody: a WordPress block group wrapping an AdSense slot
// between two paragraphs is furniture.
func TestSponsoredBlockInBody(t *testing.T) {
	p1 := "<p>Harlow Freight said on Monday that an intruder copied files holding the details of 18,000 drivers from its dispatch system.</p>"
	p2 := "<p>The company has notified the regulator and is writing to every driver whose details were in the files, it said.</p>"
	ad := `<div class="wp-block-group adsbygoogle-wrap"><p>Sponsored: Browse safely with NetMoat VPN. Claim the deal today.</p></div>`
	page := "<html><head><title>Harlow Freight breach</title></head><body><article><h1>Harlow Freight breach</h1>" + p1 + ad + p2 + p1 + "</article></body></html>"
	art, err := New().Extract(Page{URL: "https://news.example/h", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(art.Text, "NetMoat") || !strings.Contains(art.Text, "writing to every driver") {
		t.Errorf("text = %q", art.Text)
	}
}
