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
