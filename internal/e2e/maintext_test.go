package e2e

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/breachwire/breachwire/internal/corpus"
	"github.com/breachwire/breachwire/internal/fakeweb"
)

// extracted is the part of `extract --json` the main-text test reads.
type extracted struct {
	URL   string `json:"url"`
	Title string `json:"title"`
	Lang  string `json:"lang"`
	Text  string `json:"text"`
}

// textScore is how well one page's main text came out.
type textScore struct {
	page    fakeweb.Page
	recall  float64  // share of the corpus text (in characters) found, paragraph by paragraph
	missing []string // corpus paragraphs not found
	leaked  []string // boilerplate strings found in the text
	err     string
}

// fullText makes TestMainText extract every page instead of a sample.
var fullText = flag.Bool("full", false, "TestMainText: extract every page, not a sample of each site")

// perSite is how many pages of each site TestMainText extracts without -full.
const perSite = 6

// samplePages picks up to n pages of each site, spread over the site.
func samplePages(pages []fakeweb.Page, n int) []fakeweb.Page {
	bySite := map[string][]fakeweb.Page{}
	var order []string
	for _, p := range pages {
		if bySite[p.Site] == nil {
			order = append(order, p.Site)
		}
		bySite[p.Site] = append(bySite[p.Site], p)
	}
	var out []fakeweb.Page
	for _, site := range order {
		ps := bySite[site]
		step := max(1, (len(ps)+n-1)/n)
		for i := 0; i < len(ps); i += step {
			out = append(out, ps[i])
		}
	}
	return out
}

func TestMainText(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts pages with one process each")
	}
	c := sharedCrawl(t)
	pages := c.web.Pages()
	if !*fullText {
		pages = samplePages(pages, perSite)
	}
	scores := make([]textScore, len(pages))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, p := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			scores[i] = scoreText(t, c, p)
		}()
	}
	wg.Wait()

	type agg struct {
		recall                 float64
		n, complete, leak, bad int
	}
	bySite := map[string]*agg{}
	var order []string // sites, in the order met
	ex := examples{}
	for _, s := range scores {
		for _, key := range []string{s.page.Site, "all"} {
			if bySite[key] == nil {
				bySite[key] = &agg{}
				if key != "all" {
					order = append(order, key)
				}
			}
			a := bySite[key]
			a.n++
			a.recall += s.recall
			if s.err != "" {
				a.bad++
			}
			if s.complete() {
				a.complete++
			}
			if len(s.leaked) > 0 {
				a.leak++
			}
		}
		id := s.page.Article.ID
		switch {
		case s.err != "":
			ex.add("extract", "%s: %s", id, s.err)
		default:
			if len(s.missing) > 0 {
				ex.add("missing text/"+s.page.Site, "%s: %d paragraphs missing, first %q", id, len(s.missing), clip(s.missing[0], 60))
			}
			if len(s.leaked) > 0 {
				ex.add("boilerplate/"+s.page.Site, "%s: kept %d strings, first %q", id, len(s.leaked), clip(s.leaked[0], 60))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "main text (target: 0.9 of pages clean)\n%-32s %5s %8s %9s %7s %6s\n", "site", "pages", "recall", "complete", "leaked", "clean")
	for _, k := range append(order, "all") {
		a := bySite[k]
		clean := cleanPages(scores, k)
		fmt.Fprintf(&b, "%-32s %5d %8.2f %9.2f %7.2f %6.2f\n", k, a.n, a.recall/float64(a.n), float64(a.complete)/float64(a.n),
			float64(a.leak)/float64(a.n), clean.Value())
	}
	t.Log(b.String())
	ex.log(t)
	if v := cleanPages(scores, "all").Value(); v < floorMainText && enforce() {
		t.Errorf("only %.2f of pages have their whole text and no boilerplate; floor %.2f, target 0.9", v, floorMainText)
	}
}

// complete says the page's text came out whole; a dropped one-line ad or
// credit that the corpus keeps in its text is forgiven.
func (s textScore) complete() bool { return s.err == "" && s.recall >= 0.95 }

// cleanPages counts pages of a site (or "all") with the whole text and no boilerplate.
func cleanPages(scores []textScore, site string) Ratio {
	var r Ratio
	for _, s := range scores {
		if site == "all" || s.page.Site == site {
			r.Add(s.complete() && len(s.leaked) == 0)
		}
	}
	return r
}

// scoreText extracts one page through `breachwire extract --json` and
// compares its text with the corpus.
func scoreText(t *testing.T, c *crawled, p fakeweb.Page) textScore {
	s := textScore{page: p}
	args := []string{"extract", "--json", "--config", c.cfg}
	if p.Site == fakeweb.SiteNewsroom {
		args = append(args, "--lang", "ja") // as the source's lang hint in the config
	}
	r := run(t, append(args, p.URL)...)
	if r.code != 0 {
		s.err = fmt.Sprintf("exit %d: %s", r.code, strings.TrimSpace(r.stderr))
		return s
	}
	var x extracted
	if err := json.Unmarshal([]byte(r.stdout), &x); err != nil {
		s.err = "output is not JSON: " + err.Error()
		return s
	}
	text := normText(x.Text)
	paras := corpusParagraphs(p.Article)
	found, total := 0, 0
	for _, para := range paras {
		n := len([]rune(normText(para)))
		total += n
		if strings.Contains(text, normText(para)) {
			found += n
		} else {
			s.missing = append(s.missing, para)
		}
	}
	s.recall = float64(found) / float64(max(total, 1))
	for _, bp := range p.Boilerplate {
		if strings.Contains(text, normText(bp)) {
			s.leaked = append(s.leaked, bp)
		}
	}
	return s
}

func corpusParagraphs(a corpus.Article) []string {
	var out []string
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// normText makes texts comparable across Unicode width forms and white space.
func normText(s string) string { return squash(norm.NFKC.String(s)) }
