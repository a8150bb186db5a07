package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// parsePage fetches an HTML page, checks its status and parses it.
func parsePage(t *testing.T, ts *httptest.Server, path string, status int) (*html.Node, string) {
	t.Helper()
	resp, body := get(t, ts, path)
	if resp.StatusCode != status {
		t.Fatalf("GET %s = %d, want %d", path, resp.StatusCode, status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Fatalf("GET %s Content-Type = %q", path, ct)
	}
	checkHeaders(t, resp)
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return doc, body
}

func checkHeaders(t *testing.T, resp *http.Response) {
	t.Helper()
	csp := resp.Header.Get("Content-Security-Policy")
	for _, d := range []string{"default-src 'none'", "style-src 'self'", "img-src 'self'", "form-action 'self'",
		"frame-ancestors 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, d) {
			t.Errorf("CSP %q lacks %q", csp, d)
		}
	}
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("Referrer-Policy") == "" {
		t.Errorf("missing nosniff or Referrer-Policy: %v", resp.Header)
	}
}

// walk calls f on every node of the tree.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is the visible text of a node.
func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// links returns the href of every <a> whose text contains s.
func links(doc *html.Node, s string) []string {
	var out []string
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" && strings.Contains(text(n), s) {
			out = append(out, attr(n, "href"))
		}
	})
	return out
}

// assertInert checks that a page holds no live markup from scraped text:
// no script, no img, no event handler, no javascript: link, no inline style.
func assertInert(t *testing.T, doc *html.Node) {
	t.Helper()
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "script", "img", "iframe", "object", "embed", "style", "b":
			t.Errorf("live <%s> element in page", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
				t.Errorf("attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			}
			if (a.Key == "href" || a.Key == "action" || a.Key == "src") &&
				strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
				t.Errorf("javascript: URL in %s of <%s>", a.Key, n.Data)
			}
		}
	})
}

func TestSearchPage(t *testing.T) {
	ts, _ := testServer(t, 30)
	doc, body := parsePage(t, ts, "/?q=toyota", http.StatusOK)
	assertInert(t, doc)
	page := text(doc)
	for _, want := range []string{"Toyota announces second data breach", "3,100,000", "APT32", "first seen", "2019-03-29"} {
		if !strings.Contains(page, want) {
			t.Errorf("search page lacks %q", want)
		}
	}
	if !strings.Contains(body, `<html lang="en">`) || !strings.Contains(body, `<meta charset="utf-8">`) {
		t.Error("page does not declare its language and charset")
	}
	if !strings.Contains(body, `value="toyota"`) {
		t.Error("query box does not keep the query")
	}
	if !strings.Contains(body, "<mark>") {
		t.Error("no highlighted fragment")
	}
	// A facet link narrows the query: it keeps toyota and adds the actor.
	hrefs := links(doc, "APT32")
	var facet string
	for _, h := range hrefs {
		if strings.HasPrefix(h, "/?") {
			facet = h
		}
	}
	if facet == "" {
		t.Fatalf("no facet link for APT32 among %q", hrefs)
	}
	u, _ := url.Parse(facet)
	if got := u.Query().Get("q"); got != `+toyota +actor:APT32` {
		t.Fatalf("facet query = %q", got)
	}
	doc, _ = parsePage(t, ts, facet, http.StatusOK)
	if page := text(doc); !strings.Contains(page, "Toyota") || strings.Contains(page, "filler") {
		t.Error("narrowed search lost Toyota or gained unrelated stories")
	}
	// The active facet's link takes the clause out again.
	if back := links(doc, "APT32"); !slices.Contains(back, "/?q=%2Btoyota") {
		t.Errorf("active facet links %q, want one back to +toyota", back)
	}
}

func TestSearchPagePagingAndSort(t *testing.T) {
	ts, _ := testServer(t, 30)
	doc, _ := parsePage(t, ts, "/?q=filler&sort=date", http.StatusOK)
	if page := text(doc); !strings.Contains(page, "1–20 of 30") {
		t.Fatalf("first page does not say 1–20 of 30")
	}
	next := links(doc, "Next")
	if len(next) != 1 {
		t.Fatalf("next links = %q", next)
	}
	doc, _ = parsePage(t, ts, next[0], http.StatusOK)
	page := text(doc)
	if !strings.Contains(page, "21–30 of 30") || len(links(doc, "Next")) != 0 || len(links(doc, "Previous")) != 1 {
		t.Fatalf("second page: %q", page[:min(len(page), 400)])
	}
	if !strings.Contains(next[0], "sort=date") {
		t.Errorf("paging link %q drops the sort order", next[0])
	}
	// Newest first: the filler with the latest date heads the date-sorted list.
	doc, _ = parsePage(t, ts, "/?q=filler&sort=date", http.StatusOK)
	var titles []string
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "h2" {
			titles = append(titles, text(n))
		}
	})
	if len(titles) != 20 || !strings.Contains(titles[0], "(29)") {
		t.Errorf("date order starts with %q, want the newest filler (29)", titles[:1])
	}
}

func TestSearchPageWithoutQueryListsNewest(t *testing.T) {
	ts, _ := testServer(t, 3)
	doc, _ := parsePage(t, ts, "/", http.StatusOK)
	page := text(doc)
	if !strings.Contains(page, "Newest stories") || !strings.Contains(page, "Toyota") {
		t.Fatalf("front page: %q", page[:min(len(page), 500)])
	}
}

func TestSearchPageBadQuery(t *testing.T) {
	ts, _ := testServer(t, 0)
	doc, body := parsePage(t, ts, "/?q="+q(`victim:"unclosed`), http.StatusBadRequest)
	if !strings.Contains(text(doc), "does not parse") {
		t.Error("bad query page does not say the query does not parse")
	}
	if !strings.Contains(body, `value="victim:&#34;unclosed"`) {
		t.Error("bad query not kept (escaped) in the query box")
	}
}

func TestStoryPage(t *testing.T) {
	ts, _ := testServer(t, 0)
	var res searchJSON
	getJSON(t, ts, "/api/search?q=toyota&limit=50", http.StatusOK, &res)
	for _, st := range res.Stories {
		doc, body := parsePage(t, ts, "/stories/"+url.PathEscape(st.ID), http.StatusOK)
		assertInert(t, doc)
		page := text(doc)
		if !strings.Contains(page, "3,100,000") || !strings.Contains(page, "Toyota") {
			t.Errorf("story %s lacks victim or records", st.ID)
		}
		for _, a := range st.Articles {
			if !strings.Contains(page, a.Source) || !slices.Contains(links(doc, a.Title), a.URL) {
				t.Errorf("story %s: article %s not listed with its outlet and a link out", st.ID, a.URL)
			}
			if a.Origin && !strings.Contains(body, `class="origin"`) {
				t.Errorf("story %s: origin report not marked", st.ID)
			}
			if a.Lang == "ja" && !strings.Contains(body, `lang="ja"`) {
				t.Errorf("story %s: Japanese article without lang=ja", st.ID)
			}
		}
	}
	parsePage(t, ts, "/stories/no-such-story", http.StatusNotFound)
}

func TestHostileContentIsInert(t *testing.T) {
	ts, _ := testServer(t, 0)
	var res searchJSON
	getJSON(t, ts, "/api/search?q=acme", http.StatusOK, &res)
	if len(res.Stories) != 1 {
		t.Fatalf("%d stories for acme, want the hostile one", len(res.Stories))
	}
	id := res.Stories[0].ID
	for _, path := range []string{"/?q=acme", "/?q=onerror", "/", "/stories/" + url.PathEscape(id), "/sources"} {
		t.Run(path, func(t *testing.T) {
			doc, body := parsePage(t, ts, path, http.StatusOK)
			assertInert(t, doc)
			for _, raw := range []string{"<script>", "<img", "<b>Source", `href="javascript:`} {
				if strings.Contains(body, raw) {
					t.Errorf("raw %q in page", raw)
				}
			}
		})
	}
	doc, body := parsePage(t, ts, "/stories/"+url.PathEscape(id), http.StatusOK)
	page := text(doc)
	for _, shown := range []string{hostileTitle, hostileURL, "Acme Widgets<img src=x onerror=alert(3)>", "Evil <b>Source</b>"} {
		if !strings.Contains(page, shown) {
			t.Errorf("hostile text %q not shown as text", shown)
		}
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("hostile title not escaped")
	}
	doc, _ = parsePage(t, ts, "/?q=onerror", http.StatusOK)
	if !strings.Contains(text(doc), `"><img src=x onerror=alert(2)>`) {
		t.Error("hostile text in the fragment not shown as text")
	}
}

func TestSourcesPageAndCrawlButton(t *testing.T) {
	ts, _ := testServer(t, 0)
	doc, _ := parsePage(t, ts, "/sources", http.StatusOK)
	assertInert(t, doc)
	page := text(doc)
	for _, want := range []string{"Example Security News", "Broken Feed", `HTTP 503 <script>alert("e")</script>`, "never"} {
		if !strings.Contains(page, want) {
			t.Errorf("sources page lacks %q", want)
		}
	}
	if l := links(doc, "Example Security News"); !slices.Contains(l, "https://news.example.com/feed.xml") {
		t.Errorf("source not linked to its feed: %q", l)
	}
	if l := links(doc, "Broken Feed"); len(l) != 0 {
		t.Errorf("javascript: source URL became a link: %q", l)
	}
	var actions []string
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "form" && attr(n, "method") == "post" {
			actions = append(actions, attr(n, "action"))
		}
	})
	if !slices.Contains(actions, "/sources/a%2fb%20source/crawl") && !slices.Contains(actions, "/sources/a%2Fb%20source/crawl") {
		t.Fatalf("crawl forms post to %q", actions)
	}
	resp, _ := do(t, ts, "POST", "/sources/Broken%20Feed/crawl", nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/sources?queued=Broken+Feed" {
		t.Fatalf("crawl button = %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	doc, _ = parsePage(t, ts, resp.Header.Get("Location"), http.StatusOK)
	if !strings.Contains(text(doc), "A crawl of Broken Feed is queued") {
		t.Error("no notice after queueing")
	}
	if resp, _ := do(t, ts, "POST", "/sources/a%2Fb%20source/crawl", nil); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("crawl of a source with a slash = %d", resp.StatusCode)
	}
	if resp, _ := do(t, ts, "POST", "/sources/Nobody/crawl", nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("crawl of unknown source = %d, want 404", resp.StatusCode)
	}
	// A form on another site must not queue crawls.
	cross := http.Header{"Sec-Fetch-Site": {"cross-site"}, "Origin": {"https://evil.example"}}
	if resp, _ := do(t, ts, "POST", "/sources/Broken%20Feed/crawl", cross); resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST = %d, want 403", resp.StatusCode)
	}
}

func TestErrorPagesAndStatic(t *testing.T) {
	ts, _ := testServer(t, 0)
	parsePage(t, ts, "/no/such/page", http.StatusNotFound)
	resp, _ := do(t, ts, "POST", "/", nil)
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET" {
		t.Errorf("POST / = %d Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
	resp, css := get(t, ts, "/static/style.css")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") || len(css) < 1000 {
		t.Errorf("stylesheet = %d %q (%d bytes)", resp.StatusCode, resp.Header.Get("Content-Type"), len(css))
	}
	checkHeaders(t, resp)
}
