package extract

import (
	"strings"
	"testing"
)

// TestBylineAndWireChrome: a byline giving the writer's name beside the
// date ("Priya Ramanathan · 22 February 2019") and a wire hub's "News
// provided by …" line are furniture, not the text's opening.
func TestBylineAndWireChrome(t *testing.T) {
	body := "<p>Harbrook Ferries is still restoring its booking systems after what it called an attempted cyber attack on Tuesday.</p>" +
		"<p>Staff at the company's headquarters have been without email since the attack, a spokesperson said on Thursday.</p>"
	for _, tc := range []struct{ name, head, drop string }{
		{"byline with a middle dot", `<p class="by">Priya Ramanathan &middot; 22 February 2019</p>`, "Ramanathan"},
		{"byline with a bar", `<p class="meta">By Sam Keogh | March 5, 2019</p>`, "Keogh"},
		{"wire hub's provider line", `<p class="mb-no-margin">News provided by <a href="/news/harbrook/">Harbrook Ferries</a></p>`, "News provided by"},
	} {
		page := `<html><head><title>Harbrook Ferries knocked offline</title></head><body><div class="article"><h1>Harbrook Ferries knocked offline</h1>` +
			tc.head + `<div class="body">` + body + `</div></div></body></html>`
		art, err := New().Extract(Page{URL: "https://news.example/h", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(art.Text, tc.drop) || !strings.HasPrefix(art.Text, "Harbrook Ferries is still restoring") {
			t.Errorf("%s: text = %q", tc.name, art.Text)
		}
	}
}
