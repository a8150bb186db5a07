package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
)

const (
	urlToyotaEN  = "https://news.example.com/toyota-breach"
	urlToyotaRe  = "https://blog.example.org/2019/03/toyota-hack-repost"
	urlToyotaJA  = "https://global.example.jp/jp/newsroom/2019/0329.html"
	urlToyotaAU  = "https://news.example.com/toyota-australia-attack"
	urlHospital  = "https://itnews.example.net/ransomware-hospital"
	urlSakuraJA  = "https://www.example.co.jp/news/20210801.html"
	storiesInAll = 4 + 0 // Toyota (3 reports), Toyota Australia, hospital, Sakura
)

// hitOrigins returns, for each hit, the sorted article URLs of the story.
func hitSets(res *SearchResult) []string {
	var out []string
	for _, urls := range storyURLs(res) {
		slices.Sort(urls)
		out = append(out, strings.Join(urls, " "))
	}
	slices.Sort(out)
	return out
}

func set(groups ...[]string) []string {
	var out []string
	for _, g := range groups {
		g = slices.Clone(g)
		slices.Sort(g)
		out = append(out, strings.Join(g, " "))
	}
	slices.Sort(out)
	return out
}

var (
	toyota    = []string{urlToyotaEN, urlToyotaRe, urlToyotaJA}
	australia = []string{urlToyotaAU}
	hospital  = []string{urlHospital}
	sakura    = []string{urlSakuraJA}
)

func TestSearchFinds(t *testing.T) {
	ix := corpus(t)
	tests := []struct {
		name, query string
		want        []string
	}{
		{"japanese name inside a compound", "トヨタ", set(toyota)},
		{"japanese compound word", "不正アクセス", set(toyota)},
		{"japanese two characters", "流出", set(toyota, sakura)},
		{"japanese one character", "株", set(toyota, sakura)},
		{"japanese one character absent", "猫", nil},
		{"full-width latin", "ＴＯＹＯＴＡ", set(toyota, australia)},
		{"english stemmed", "hospitals", set(hospital)},
		{"english in both languages", "toyota", set(toyota, australia)},
		{"victim field", "victim:Toyota", set(toyota, australia)},
		{"victim field in japanese", "victim:トヨタ", set(toyota, australia)},
		{"actor field", "actor:apt32", set(toyota)},
		{"records range", "records:>1000000", set(toyota)},
		{"records below", "records:<50000", set(hospital, sakura)},
		{"language", "lang:ja", set(toyota, sakura)},
		{"source phrase", `source:"IT News"`, set(hospital)},
		{"quoted source is a whole name", `source:"IT"`, nil},
		{"quoted source in any case", `source:"it news"`, set(hospital)},
		{"source word", `source:IT`, set(hospital)},
		{"quoted source in full width", `source:"ＩＴ　Ｎｅｗｓ"`, set(hospital)},
		{"published after", `published:>"2021-01-01"`, set(hospital, sakura)},
		{"published before", `published:<"2019-03-01"`, set(australia)},
		{"text field", "text:ransomware", set(hospital)},
		{"title field japanese", "title:不正アクセス", set(toyota)},
		{"title field miss", "title:melbourne", nil},
		{"must and must not", "+victim:toyota -melbourne", set(toyota)},
		{"unknown word", "zebrafish", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSearch(t, ix, SearchRequest{Query: tc.query})
			if got := hitSets(res); !slices.Equal(got, tc.want) {
				t.Errorf("Search(%q) =\n %q\nwant\n %q", tc.query, got, tc.want)
			}
			if int(res.Total) != len(tc.want) {
				t.Errorf("Search(%q).Total = %d, want %d", tc.query, res.Total, len(tc.want))
			}
		})
	}
}

func TestSearchFragment(t *testing.T) {
	ix := corpus(t)
	res := mustSearch(t, ix, SearchRequest{Query: "不正アクセス"})
	if len(res.Stories) != 1 || !strings.Contains(res.Stories[0].Fragment, "<mark>不正</mark>") {
		t.Fatalf("fragment = %+v", res.Stories)
	}
	ix2, _ := openTemp(t)
	a := loadArticles(t, "testdata/articles.jsonl")[4]
	a.URL = "https://x.example/escape"
	a.Text = `The <script>alert(1)</script> payload & a ransomware note.`
	if _, err := ix2.Add(context.Background(), []extract.Article{a}); err != nil {
		t.Fatal(err)
	}
	res = mustSearch(t, ix2, SearchRequest{Query: "payload"})
	if len(res.Stories) != 1 {
		t.Fatalf("hits = %d", len(res.Stories))
	}
	frag := res.Stories[0].Fragment
	if !strings.Contains(frag, "&lt;script&gt;") || !strings.Contains(frag, "<mark>payload</mark>") || strings.Contains(frag, "<script>") {
		t.Errorf("fragment not escaped with marks: %q", frag)
	}
}

func TestSearchFacets(t *testing.T) {
	ix := corpus(t)
	res := mustSearch(t, ix, SearchRequest{Query: "", Facets: true})
	if res.Total != storiesInAll {
		t.Fatalf("Total = %d, want %d", res.Total, storiesInAll)
	}
	want := map[string][]FacetTerm{
		"victims":   {{"Toyota", 2}, {"Riverside Health", 1}, {"Sakura Shoten", 1}},
		"actors":    {{"APT32", 1}, {"LockBit", 1}},
		"languages": {{"en", 3}, {"ja", 2}},
		"months":    {{"2019-02", 1}, {"2019-03", 1}, {"2021-06", 1}, {"2021-08", 1}},
	}
	got := map[string][]FacetTerm{
		"victims": res.Facets.Victims, "actors": res.Facets.Actors,
		"languages": res.Facets.Languages, "months": res.Facets.Months,
	}
	for k, w := range want {
		if !slices.Equal(got[k], w) {
			t.Errorf("facet %s = %v, want %v", k, got[k], w)
		}
	}
	if len(res.Facets.Sources) != 5 || res.Facets.Sources[0] != (FacetTerm{"Example News", 2}) {
		t.Errorf("sources = %v", res.Facets.Sources)
	}
	// The facets of every story are cached until the next Add.
	more := loadArticles(t, "testdata/articles.jsonl")[4]
	more.URL, more.Victims, more.Incident.Records = "https://other.example/x", []string{"Northwind"}, nil
	more.Text = "Northwind Traders lost the data of its suppliers to an unknown intruder in a separate incident."
	if _, err := ix.Add(context.Background(), []extract.Article{more}); err != nil {
		t.Fatal(err)
	}
	res = mustSearch(t, ix, SearchRequest{Query: "", Facets: true})
	if !slices.Contains(res.Facets.Victims, FacetTerm{"Northwind", 1}) || res.Total != storiesInAll+1 {
		t.Errorf("after Add: %d stories, victims %v", res.Total, res.Facets.Victims)
	}
	res = mustSearch(t, ix, SearchRequest{Query: "lang:ja", Facets: true})
	if !slices.Equal(res.Facets.Languages, []FacetTerm{{"ja", 2}, {"en", 1}}) {
		t.Errorf("languages of lang:ja = %v", res.Facets.Languages)
	}
}

func TestSearchPagingAndSort(t *testing.T) {
	ix := corpus(t)
	var seen []string
	for off := 0; off < storiesInAll; off += 3 {
		res := mustSearch(t, ix, SearchRequest{Limit: 3, Offset: off, Sort: "date"})
		if res.Total != storiesInAll {
			t.Fatalf("Total = %d", res.Total)
		}
		for _, h := range res.Stories {
			seen = append(seen, h.ID)
		}
	}
	if len(seen) != storiesInAll || len(slices.Compact(slices.Clone(seen))) != storiesInAll {
		t.Fatalf("pages gave %v", seen)
	}
	res := mustSearch(t, ix, SearchRequest{Sort: "date", Limit: 10})
	for i := 1; i < len(res.Stories); i++ {
		if res.Stories[i].Updated.After(res.Stories[i-1].Updated) {
			t.Errorf("date sort: %v after %v", res.Stories[i].Updated, res.Stories[i-1].Updated)
		}
	}
	if res.Stories[0].Articles[0].URL != urlSakuraJA {
		t.Errorf("newest story = %s", res.Stories[0].Articles[0].URL)
	}
	// Relevance: the story that says ransomware twice ranks first.
	res = mustSearch(t, ix, SearchRequest{Query: "ransomware OR toyota", Sort: "relevance"})
	if res.Total != 3 {
		t.Errorf("Total = %d", res.Total)
	}
}

func TestSearchBadQuery(t *testing.T) {
	ix := corpus(t)
	for _, q := range []string{`"unterminated`, "victim:", "records:>many", "a^x", "/[/", `published:>"not a date"`} {
		_, err := ix.Search(context.Background(), SearchRequest{Query: q})
		if !errors.Is(err, ErrBadQuery) {
			t.Errorf("Search(%q) error = %v, want ErrBadQuery", q, err)
		}
	}
	if _, err := ix.Search(context.Background(), SearchRequest{Sort: "size"}); !errors.Is(err, ErrBadQuery) {
		t.Errorf("unknown sort: %v", err)
	}
	// A date compared without quotes is refused with the way to write it.
	if _, err := ix.Search(context.Background(), SearchRequest{Query: "published:>2024-03-06"}); !errors.Is(err, ErrBadQuery) || !strings.Contains(fmt.Sprint(err), `published:>"2024-03-06"`) {
		t.Errorf("unquoted date: %v", err)
	}
}

// TestSearchHugeArticle: a story holds the opening of a huge article's text,
// so a word near its start is found (and shown in a fragment) while one past
// maxArticleText is not, and match-all answers without fragments.
func TestSearchHugeArticle(t *testing.T) {
	ix, _ := openTemp(t)
	a := loadArticles(t, "testdata/articles.jsonl")[4]
	a.URL = "https://x.example/huge"
	a.Text = "Quillmere opening words. " + strings.Repeat("filler text runs on ", maxArticleText/10) + " farawayword closes it."
	if _, err := ix.Add(context.Background(), []extract.Article{a}); err != nil {
		t.Fatal(err)
	}
	if res := mustSearch(t, ix, SearchRequest{Query: "quillmere"}); len(res.Stories) != 1 || !strings.Contains(res.Stories[0].Fragment, "<mark>") {
		t.Errorf("opening word: %+v", res.Stories)
	}
	if res := mustSearch(t, ix, SearchRequest{Query: "farawayword"}); len(res.Stories) != 0 {
		t.Errorf("a word past %d bytes was indexed", maxArticleText)
	}
	if res := mustSearch(t, ix, SearchRequest{Query: "*"}); len(res.Stories) != 1 || res.Stories[0].Fragment != "" {
		t.Errorf("match-all: %+v", res.Stories)
	}
}

// TestVictimSearchTakesTheWholeName: victim:"Kestrel Foods Australia"
// finds that firm's story, not every Kestrel; a shorter name still finds
// the longer names it opens (victim:Kestrel all three, victim:"Kestrel
// Foods" its Australian unit too).
func TestVictimSearchTakesTheWholeName(t *testing.T) {
	ix, _ := openTemp(t)
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	art := func(url, title, text, victim string, days int) extract.Article {
		pub := day.AddDate(0, 0, days)
		return extract.Article{URL: url, Title: title, Text: text, Lang: "en", Published: &pub, Fetched: pub, Victims: []string{victim}}
	}
	arts := []extract.Article{
		art("https://a.example/foods", "Kestrel Foods says payroll data stolen", "Kestrel Foods said payroll records were stolen from a file server in Leeds.", "Kestrel Foods", 0),
		art("https://b.example/foods-au", "Kestrel Foods Australia hit by ransomware", "Kestrel Foods Australia said its Sydney plant was hit by ransomware; no data was taken.", "Kestrel Foods Australia", 40),
		art("https://c.example/cu", "Kestrel Credit Union warns members of phishing breach", "Kestrel Credit Union said a phishing attack exposed member emails in Ohio.", "Kestrel Credit Union", 80),
	}
	if _, err := ix.Add(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{`victim:"Kestrel Foods Australia"`, []string{"https://b.example/foods-au"}},
		{`+victim:"Kestrel Credit Union"`, []string{"https://c.example/cu"}},
		{`victim:"Kestrel Foods"`, []string{"https://a.example/foods", "https://b.example/foods-au"}},
		{`victim:Kestrel`, []string{"https://a.example/foods", "https://b.example/foods-au", "https://c.example/cu"}},
	} {
		var got []string
		for _, urls := range storyURLs(mustSearch(t, ix, SearchRequest{Query: tc.query, Limit: 10})) {
			got = append(got, urls...)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.query, got, tc.want)
		}
	}
}
