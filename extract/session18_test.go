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

// TestParagraphsInWrapperDivs: a body whose paragraphs are each a <div>
// inside a wrapper <div> of its own (a Dark Reading-like CMS) is read
// whole, the paragraphs before the first one the extractor kept included.
func TestParagraphsInWrapperDivs(t *testing.T) {
	para := func(s string) string {
		return `<div class="ContentModule-Wrapper"><div class="ContentParagraph">` + s + `</div></div>`
	}
	page := `<html><head><title>Backdoor found in Orlen Straits Logistics network</title></head><body>
<header><nav><a href="/">Home</a> <a href="/threats">Threats</a></nav></header>
<main><div class="ArticleBase-Header"><h1>Backdoor found in Orlen Straits Logistics network</h1>
<p class="ArticleBase-Summary">Researchers say the China-nexus group spent months inside the logistics firm's network, stealing shipping manifests and port-call schedules from its file servers.</p></div>
<div class="ArticleBase-Body">` +
		para("A cyber-espionage group maintained access to the network of Orlen Straits Logistics for at least seven months, siphoning shipping manifests.") +
		para("Incident responders at Veyra Labs, which the company brought in during January, attributed the intrusion with moderate confidence to the group.") +
		para("The attackers got in through an unpatched remote-access gateway at a branch office and later deployed a backdoor on file servers.") +
		`<div class="ContentModule-Wrapper"><h2 class="ContentHeading">Logistics targets draw interest</h2></div>` +
		para("The logistics industry has become a frequent target because cargo manifests reveal sensitive information about supply chains.") +
		`</div><div class="ArticleBase-About"><h3>About the Author</h3><div class="ContributorCard"><a href="/author/jb">Jun Bellweather</a><span>Contributing Writer</span>` +
		`<p>Jun Bellweather is a freelance journalist who has covered cybersecurity and maritime technology for more than a decade for several trade titles.</p></div></div>` +
		`</main><footer><p>© 2026 Threat Desk</p></footer></body></html>`
	art, err := New().Extract(Page{URL: "https://news.example/o", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"maintained access to the network of Orlen Straits", "attributed the intrusion", "unpatched remote-access gateway", "frequent target because cargo"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("text lacks %q: %q", want, art.Text)
		}
	}
	if i, j := strings.Index(art.Text, "maintained access"), strings.Index(art.Text, "frequent target"); i > j {
		t.Errorf("paragraphs out of order: %q", art.Text)
	}
}

// TestScriptDrawnSubscribeBox: a newsletter's box the page classes as a
// call to action, its sign-up form drawn by a script (Ghost's gh-cta), is
// furniture even without a link or button in the markup.
func TestScriptDrawnSubscribeBox(t *testing.T) {
	body := "<p>Harbrook Ferries said card data of 4,100 customers was skimmed from its booking site over six weeks.</p>" +
		"<p>The company has notified the regulator and will offer affected customers two years of credit monitoring.</p>"
	page := `<html><head><title>Harbrook Ferries skimmer</title></head><body><main><article><h1>Harbrook Ferries skimmer</h1><section class="gh-content">` + body +
		`</section><section class="gh-cta"><h3>Subscribe to The Patch Ledger</h3><p>Get breach analysis in your inbox every Friday. Subscribe now.</p></section></article></main></body></html>`
	art, err := New().Extract(Page{URL: "https://ledger.example/harbrook/", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(art.Text, "inbox every Friday") || !strings.Contains(art.Text, "credit monitoring") {
		t.Errorf("text = %q", art.Text)
	}
}

// TestSession18ReviewGuards pins what the review of session 18's page
// rules found they must not do: a timeline's title-case step beside its
// date is text, not a byline; a <div> around one <span> of prose is still
// a paragraph to restore; one promo <div> before the text is not put in
// front of it.
func TestSession18ReviewGuards(t *testing.T) {
	timeline := `<html><head><title>Notice of data incident</title></head><body><main><h1>Notice of data incident</h1>
<p>Harbrook Ferries is writing to tell customers about an incident that may have involved some of their information.</p>
<p>Breach Discovered – March 3, 2024</p><p>Notification Letters Mailed, April 1, 2024</p>
<p>The company has notified the regulator and is offering two years of credit monitoring to everyone affected.</p></main></body></html>`
	art, err := New().Extract(Page{URL: "https://harbrook.example/notice", Body: []byte(timeline)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Breach Discovered", "Notification Letters Mailed"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("timeline step %q dropped: %q", want, art.Text)
		}
	}
	promo := `<html><head><title>Harbrook Ferries breach</title></head><body><main><h1>Harbrook Ferries breach</h1>
<div class="promo">Our award-winning journalism is funded by readers like you, so please consider a donation today.</div>
<p>Harbrook Ferries said card data of 4,100 customers was skimmed from its booking site over six weeks this spring.</p>
<p>The company has notified the regulator and will offer affected customers two years of credit monitoring.</p>
<div class="p"><span>The company said the attackers accessed a database holding names and addresses of its customers.</span></div>
</main></body></html>`
	art, err = New().Extract(Page{URL: "https://news.example/h", Body: []byte(promo)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(art.Text, "Our award-winning") {
		t.Errorf("promo put in front of the text: %q", art.Text)
	}
	if !strings.Contains(art.Text, "holding names and addresses") {
		t.Errorf("a <div> around one <span> of prose lost: %q", art.Text)
	}
}
