package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// livePage writes a live page: a summary box, then one <article> per
// update, newest first, each with a time of day, a heading and its prose.
// linked makes each update's heading a link to a page of its own, as a
// listing's teasers have; hours is how far apart the updates are.
func livePage(updates []string, hours int, linked bool) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><title>Harbour outage: live</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>Harbour outage: live</h1><section class="summary"><ul><li>Systems at the harbour board are down</li></ul></section>
<div class="stream">`)
	for i, u := range updates {
		heading := fmt.Sprintf("Update %d", len(updates)-i)
		if linked {
			heading = fmt.Sprintf(`<a href="/news/story-%d">Update %d</a>`, i, len(updates)-i)
		}
		at := 18*60 - i*hours*60
		fmt.Fprintf(&b, `<article class="post"><header><time datetime="2026-05-%02dT%02d:%02d:00Z">%02d:%02d</time><h3>%s</h3></header><div class="post-body"><p>%s</p></div><footer><a href="#p%d">Copy link</a></footer></article>`,
			10+at/(24*60), at%(24*60)/60, at%60, at%(24*60)/60, at%60, heading, u, i)
	}
	b.WriteString(`</div></main><aside><h3>Top stories</h3><ul><li><a href="/x">Budget date set</a></li></ul></aside><footer>© Harbour Gazette</footer></body></html>`)
	return b.String()
}

var liveUpdates = []string{
	"The Lowmoor Harbour Board now says the personal data of 1,830 dock workers was copied from its payroll server.</p><p>The files held names, home addresses, national insurance numbers and the bank details the board pays wages into, a spokesperson said in a statement this afternoon.</p><p>Everyone affected has been written to, and the breach has been reported to the regulator, the board added. Shipping and customs data do not seem to have been touched.",
	"A group calling itself Akira has listed the harbour board on its leak site and says it holds internal files.",
	"Ferry sailings from the north quay run to timetable, the operator said, as its systems are separate from the board's.",
	"The harbour board said early on Monday that it had taken its systems offline after finding an intrusion on Sunday night.",
}

// A live page's updates are its text, every one of them, not only the
// newest, which a reader of one <article> per page would take.
func TestLiveStreamIsTheText(t *testing.T) {
	a, err := New().Extract(Page{URL: "https://gazette.example/news/live/harbour", ContentType: "text/html; charset=utf-8", Body: []byte(livePage(liveUpdates, 2, false))})
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range liveUpdates {
		if u, _, _ = strings.Cut(u, "</p>"); !strings.Contains(a.Text, u) {
			t.Errorf("text lacks the update %q; text:\n%s", u, a.Text)
		}
	}
	for _, chrome := range []string{"Budget date set", "Copy link"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("text holds the page's %q", chrome)
		}
	}
	if len(a.Actors) != 1 || a.Actors[0] != "Akira" {
		t.Errorf("actors = %v, want [Akira] from the second update", a.Actors)
	}
}

// Dated <article>s are no live stream when they are a listing's teasers
// (their headings link elsewhere) or weeks apart: such a page is not read
// as one story made of them.
func TestTeasersAreNoLiveStream(t *testing.T) {
	for name, page := range map[string]string{
		"linked headings": livePage(liveUpdates, 2, true),
		"weeks apart":     livePage(liveUpdates, 24*9, false),
	} {
		root := parseHTML(t, page)
		if s := liveStreams(root); len(s) != 0 {
			t.Errorf("%s: read as a live stream", name)
		}
	}
	if s := liveStreams(parseHTML(t, livePage(liveUpdates, 2, false))); len(s) != 1 {
		t.Errorf("the live page has %d streams, want 1", len(s))
	}
}

func parseHTML(t *testing.T, page string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return root
}
