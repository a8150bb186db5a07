package web

import (
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/index"
)

// searchJSON is the /api/search answer as a client reads it; facets are raw
// so a null list would show.
type searchJSON struct {
	Total   int                        `json:"total"`
	Stories []index.Hit                `json:"stories"`
	Facets  map[string]json.RawMessage `json:"facets"`
}

func findStory(stories []index.Hit, victim string) *index.Hit {
	for i := range stories {
		if slices.Contains(stories[i].Victims, victim) {
			return &stories[i]
		}
	}
	return nil
}

func TestAPISearch(t *testing.T) {
	ts, _ := testServer(t, 5)
	cases := []struct {
		query string
		check func(st *index.Hit) bool
	}{
		{"toyota", func(st *index.Hit) bool { return true }},
		{"actor:APT32", func(st *index.Hit) bool { return slices.Contains(st.Actors, "APT32") }},
		{"victim:Toyota", func(st *index.Hit) bool { return true }},
		{"records:>1000000", func(st *index.Hit) bool { return true }},
		{"lang:ja", func(st *index.Hit) bool { return slices.Contains(st.Languages, "ja") }},
		{"最大約310万人", func(st *index.Hit) bool { return slices.Contains(st.Languages, "ja") }},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			var res searchJSON
			getJSON(t, ts, "/api/search?q="+q(c.query), http.StatusOK, &res)
			st := findStory(res.Stories, "Toyota")
			if st == nil {
				t.Fatalf("no Toyota story among %d hits", len(res.Stories))
			}
			if st.Records == nil || *st.Records != 3100000 || !c.check(st) {
				t.Fatalf("Toyota story = records %v actors %v languages %v", st.Records, st.Actors, st.Languages)
			}
			if findStory(res.Stories, fillerName(1)) != nil {
				t.Fatal("an unrelated story matched")
			}
			for _, k := range []string{"actors", "victims", "sources", "languages", "months"} {
				var terms []index.FacetTerm
				if raw := res.Facets[k]; raw == nil || json.Unmarshal(raw, &terms) != nil || string(raw) == "null" {
					t.Fatalf("facets.%s = %s, want a list", k, raw)
				}
			}
		})
	}
}

// allStories lists every story through the API.
func allStories(t *testing.T, ts *httptest.Server) []index.Story {
	t.Helper()
	var res struct {
		Stories []index.Story `json:"stories"`
	}
	getJSON(t, ts, "/api/stories", http.StatusOK, &res)
	return res.Stories
}

func TestAPISearchFacetsAndPaging(t *testing.T) {
	ts, _ := testServer(t, 30)
	stories := allStories(t, ts)
	var all searchJSON
	getJSON(t, ts, "/api/search?q=&limit=100", http.StatusOK, &all)
	if all.Total != len(stories) || len(all.Stories) != len(stories) {
		t.Fatalf("match-all total %d with %d stories, want %d", all.Total, len(all.Stories), len(stories))
	}
	jaStories := 0
	for _, st := range stories {
		if slices.Contains(st.Languages, "ja") {
			jaStories++
		}
	}
	var langs []index.FacetTerm
	json.Unmarshal(all.Facets["languages"], &langs)
	if !slices.Contains(langs, index.FacetTerm{Term: "ja", Count: jaStories}) {
		t.Fatalf("language facet %v lacks ja:%d", langs, jaStories)
	}
	var page searchJSON
	getJSON(t, ts, "/api/search?q=filler&limit=7&offset=7", http.StatusOK, &page)
	if len(page.Stories) != 7 || page.Total != 30 {
		t.Fatalf("page of filler: %d stories of %d, want 7 of 30", len(page.Stories), page.Total)
	}
}

func TestAPISearchErrors(t *testing.T) {
	ts, _ := testServer(t, 0)
	for _, path := range []string{
		"/api/search?q=" + q(`victim:"unclosed`),
		"/api/search?q=toyota&limit=lots",
		"/api/search?q=toyota&limit=0",
		"/api/search?q=toyota&offset=-1",
		"/api/search?q=toyota&sort=alphabetical",
	} {
		var e map[string]string
		getJSON(t, ts, path, http.StatusBadRequest, &e)
		if e["error"] == "" {
			t.Errorf("%s: error message missing: %v", path, e)
		}
	}
}

func TestAPIStory(t *testing.T) {
	ts, _ := testServer(t, 0)
	var res searchJSON
	getJSON(t, ts, "/api/search?q=toyota", http.StatusOK, &res)
	want := findStory(res.Stories, "Toyota")
	if want == nil {
		t.Fatal("no Toyota story")
	}
	var st index.Story
	getJSON(t, ts, "/api/stories/"+want.ID, http.StatusOK, &st)
	if st.ID != want.ID || len(st.Articles) != len(want.Articles) || st.Title != want.Title {
		t.Fatalf("story = %+v", st)
	}
	var e map[string]string
	getJSON(t, ts, "/api/stories/no-such-story", http.StatusNotFound, &e)
	if e["error"] == "" {
		t.Fatal("404 without an error message")
	}
}

func TestAPIStoriesSince(t *testing.T) {
	ts, _ := testServer(t, 0)
	cases := []struct {
		since   string
		victims []string
	}{
		{"", []string{"Acme Widgets<img src=x onerror=alert(3)>", "Toyota"}},
		{"2020-01-01", []string{"Acme Widgets<img src=x onerror=alert(3)>"}},
		{"2019-03-01T00:00:00Z", []string{"Acme Widgets<img src=x onerror=alert(3)>", "Toyota"}},
		{"2100-01-01", nil},
		// A duration asks what came in lately: the stories are years old
		// but were indexed moments ago.
		{"24h", []string{"Acme Widgets<img src=x onerror=alert(3)>", "Toyota"}},
	}
	for _, c := range cases {
		t.Run(c.since, func(t *testing.T) {
			var res struct {
				Stories []index.Story `json:"stories"`
			}
			getJSON(t, ts, "/api/stories?since="+q(c.since), http.StatusOK, &res)
			if res.Stories == nil {
				t.Fatal("stories is null, want a list")
			}
			var got []string
			for _, st := range res.Stories {
				got = append(got, st.Victims...)
			}
			slices.Sort(got)
			got = slices.Compact(got)
			if !slices.Equal(got, c.victims) {
				t.Fatalf("victims of stories since %q = %q, want %q", c.since, got, c.victims)
			}
		})
	}
	var e map[string]string
	getJSON(t, ts, "/api/stories?since=last-tuesday", http.StatusBadRequest, &e)
}

func TestAPISources(t *testing.T) {
	ts, _ := testServer(t, 0)
	resp, body := get(t, ts, "/api/sources")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	var res struct {
		Sources []map[string]any `json:"sources"`
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil || len(res.Sources) != 3 {
		t.Fatalf("sources = %s (%v)", body, err)
	}
	for _, k := range []string{"name", "last_success", "failures", "last_error", "articles", "deferred"} {
		if _, ok := res.Sources[1][k]; !ok {
			t.Fatalf("source lacks %q: %v", k, res.Sources[1])
		}
	}
	if res.Sources[0]["last_success"] != "2019-03-29T10:00:00Z" || res.Sources[1]["last_success"] != nil {
		t.Fatalf("last_success = %v / %v, want a time and null", res.Sources[0]["last_success"], res.Sources[1]["last_success"])
	}
	if res.Sources[1]["failures"] != 3.0 {
		t.Fatalf("failures = %v", res.Sources[1]["failures"])
	}
}

func TestAPICrawlTrigger(t *testing.T) {
	ts, _ := testServer(t, 0)
	cases := []struct {
		method, path string
		status       int
	}{
		{"POST", "/api/sources/Broken%20Feed/crawl", http.StatusAccepted},
		{"POST", "/api/sources/a%2Fb%20source/crawl", http.StatusAccepted},
		{"POST", "/api/sources/Nobody/crawl", http.StatusNotFound},
		{"GET", "/api/sources/Broken%20Feed/crawl", http.StatusMethodNotAllowed},
		{"DELETE", "/api/stories/x", http.StatusMethodNotAllowed},
		{"GET", "/api/no-such-endpoint", http.StatusNotFound},
	}
	for _, c := range cases {
		resp, body := do(t, ts, c.method, c.path, nil)
		var e map[string]string
		if resp.StatusCode != c.status || json.Unmarshal([]byte(body), &e) != nil {
			t.Errorf("%s %s = %d %s, want %d with JSON", c.method, c.path, resp.StatusCode, body, c.status)
		}
		if c.status >= 400 && e["error"] == "" {
			t.Errorf("%s %s: no error message in %s", c.method, c.path, body)
		}
	}
}

func TestAPICrawlWithoutTrigger(t *testing.T) {
	ts := serve(t, New(testIndex(t, 0)))
	resp, _ := do(t, ts, "POST", "/api/sources/x/crawl", nil)
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503", resp.StatusCode)
	}
}

func TestHealthzAndMetrics(t *testing.T) {
	ts, m := testServer(t, 0)
	resp, body := get(t, ts, "/healthz")
	if resp.StatusCode != http.StatusOK || body != "ok" {
		t.Fatalf("healthz = %d %q", resp.StatusCode, body)
	}
	m.PagesFetched("Example Security News", 3)
	m.FetchErrors("Broken Feed", 1)
	m.Indexed(index.AddResult{Articles: 4, Created: []string{"s1", "s2"}, Updated: []string{"s3"}})
	get(t, ts, "/api/search?q=toyota")
	resp, body = get(t, ts, "/metrics")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("metrics status %d", resp.StatusCode)
	}
	for _, want := range []string{
		`breachwire_pages_fetched_total{source="Example Security News"} 3`,
		`breachwire_fetch_errors_total{source="Broken Feed"} 1`,
		`breachwire_articles_indexed_total 4`,
		`breachwire_stories_indexed_total{change="new"} 2`,
		`breachwire_search_duration_seconds_count 1`,
		`breachwire_crawl_duration_seconds_count 0`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestAtomFeed(t *testing.T) {
	ts, _ := testServer(t, 3)
	resp, body := get(t, ts, "/feed.atom")
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), "atom+xml") {
		t.Fatalf("feed = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var feed struct {
		Entries []struct {
			Title   string `xml:"title"`
			Summary string `xml:"summary"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(body), &feed); err != nil {
		t.Fatalf("feed does not parse: %v", err)
	}
	if n := len(allStories(t, ts)); len(feed.Entries) != n {
		t.Fatalf("%d entries, want one per story (%d)", len(feed.Entries), n)
	}
	var titles []string
	for _, e := range feed.Entries {
		titles = append(titles, e.Title)
		if !strings.HasPrefix(e.Link.Href, ts.URL+"/stories/") {
			t.Errorf("entry link %q does not point at a story page", e.Link.Href)
		}
		// Summaries are type="html": after XML decoding they must still be escaped.
		if strings.Contains(e.Summary, "<img") {
			t.Errorf("summary carries live markup: %q", e.Summary)
		}
	}
	if !slices.Contains(titles, hostileTitle) {
		t.Errorf("hostile title not carried as text: %q", titles)
	}
}
