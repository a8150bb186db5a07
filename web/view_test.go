package web

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/index"
)

// TestStoryDetailRendersEveryField renders the story template with fields
// the test index may leave empty: qualifier, evidence, aliases.
func TestStoryDetailRendersEveryField(t *testing.T) {
	pub := time.Date(2019, 3, 29, 9, 0, 0, 0, time.UTC)
	st := index.Story{
		ID: "s1", Title: "Toyota announces second data breach", Victims: []string{"Toyota"},
		Records: count(3100000), RecordsQualifier: "up_to", Actors: []string{"APT32"},
		FirstSeen: pub, Updated: pub.Add(72 * time.Hour), Languages: []string{"en", "ja"},
		Origin:   "https://news.example.com/toyota",
		Evidence: []string{"The servers held data on up to 3.1 million customers.", "最大約310万人のお客様の情報"},
		Aliases:  []string{"s0"},
		Articles: []index.StoryArticle{
			{URL: "https://news.example.com/toyota", Source: "Example", Title: "Toyota announces second data breach",
				Lang: "en", Published: &pub, Victims: []string{"Toyota"}, Records: count(3100000), Actors: []string{"APT32"}, Origin: true},
			{URL: "https://newsroom.example.jp/1", Source: "トヨタ", Title: "個人情報流出の可能性について", Lang: "ja"},
		},
	}
	s := New(nil)
	rec := httptest.NewRecorder()
	v := newStoryDetail(st)
	s.render(rec, httptest.NewRequest("GET", "/stories/s1", nil), 200, "story", page{Title: v.Title, Data: v})
	body := rec.Body.String()
	for _, want := range []string{
		"up to 3,100,000", "The servers held data on up to 3.1 million customers.", "最大約310万人のお客様の情報",
		"Merged from earlier ids: s0", `<td lang="ja"><a href="https://newsroom.example.jp/1"`,
		`<h1 lang="en">Toyota announces second data breach</h1>`, "updated <time>2019-04-01</time>",
		`<a href="https://news.example.com/toyota" rel="noopener noreferrer nofollow">`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
}

func TestFormatting(t *testing.T) {
	cases := []struct{ got, want string }{
		{formatRecords(count(3100000), "up_to"), "up to 3,100,000"},
		{formatRecords(count(999), "exact"), "999"},
		{formatRecords(count(1000), "at_least"), "at least 1,000"},
		{formatRecords(nil, "about"), ""},
		{groupDigits(-1234567), "-1,234,567"},
		{truncate("トヨタ自動車株式会社", 3), "トヨタ…"},
		{truncate("short", 10), "short"},
		{cutMarkup("a <mark>b</mark> &amp; c", 12), "a <mark>b…"},
		{cutMarkup("x &amp; y", 4), "x …"},
		{cleanLang(`en" onload="x`), ""},
		{cleanLang("pt-BR"), "pt-BR"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}
