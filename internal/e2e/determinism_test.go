package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/internal/fakeweb"
)

// storyKeys describes each story by its articles' corpus ids and its fields,
// so two crawls of two fake webs (on other ports) can be compared.
func storyKeys(stories []story, w *fakeweb.Web) []string {
	idOf := map[string]string{}
	for _, p := range w.Pages() {
		idOf[p.URL] = p.Article.ID
	}
	var out []string
	for _, s := range stories {
		var ids []string
		for _, a := range s.Articles {
			ids = append(ids, idOf[a.URL])
		}
		slices.Sort(ids)
		v := slices.Clone(s.Victims)
		a := slices.Clone(s.Actors)
		slices.Sort(v)
		slices.Sort(a)
		out = append(out, fmt.Sprintf("%s victims=%q records=%s actors=%q", strings.Join(ids, "+"), v, count(s.Records), a))
	}
	slices.Sort(out)
	return out
}

func TestCrawlIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls a second web")
	}
	c := sharedCrawl(t)
	s, err := newSite(t.TempDir(), fakeweb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.web.Close()
	if r := run(t, s.args("crawl", "--quiet")...); r.code != 0 {
		t.Fatalf("crawl:\n%s", r)
	}
	stories, _, err := readStories(t, s)
	if err != nil {
		t.Fatal(err)
	}
	a, b := storyKeys(c.stories, c.web), storyKeys(stories, s.web)
	onlyA, onlyB := diff(a, b), diff(b, a)
	for _, k := range onlyA {
		t.Errorf("first crawl only:  %s", k)
	}
	for _, k := range onlyB {
		t.Errorf("second crawl only: %s", k)
	}
}

// diff lists the entries of a missing from b.
func diff(a, b []string) []string {
	var out []string
	for _, k := range a {
		if !slices.Contains(b, k) {
			out = append(out, k)
		}
	}
	return out
}
