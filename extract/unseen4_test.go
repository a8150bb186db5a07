package extract

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/internal/corpus"
)

// TestUnseenTemplates4 scores testdata/unseen4, a held-out set of whole
// pages as the crawler receives them (see its README): the main text, title,
// language and date with the scorer of TestUnseenTemplates, and the incident
// facts (victim, record count, threat actor) against labels written by the
// rules of testdata/corpus/README.md before the first run. The pages imitate
// what the acceptance tests crawl: news sites with bylines, re-posting blogs
// and a まとめ, wire hubs (a company box, "News provided by", a dateline,
// 発表元), victims' own notices that name themselves only in the chrome
// (logo, <title>, og:site_name, footer, issuer table) while the text says
// we/当社/弊社/当院/本学, a trust-centre timeline, a school letter, hospital
// and city notices, CERT advisories, and distractors (trend reports, a CVE
// advisory, launches, vendor roundups), in UTF-8, Shift_JIS and EUC-JP.
//
// Conventions for the main text are those of TestUnseenTemplates3. For the
// incident facts every page is extracted with its URL's scheme and host
// replaced by http://127.0.0.1:8080, since the acceptance tests serve pages
// from a local address and a host name must give no hint.
//
// First run (37 cases, 18 en and 19 ja; tree at commit e883f01, extraction
// code as of 8d17bd7): main text keep recall 233/235 = 0.991, 28 leaks, 18
// clean cases, 35 exact titles (37 ignoring width and whitespace), 37
// languages, 31 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    18    12/18    16/18    1.000    0.714 (5 of 7)
//	ja    19    15/19    17/19    1.000    0.714 (5 of 7)
//	all   37    27/37    33/37    1.000    0.714 (10 of 14, none wrong)
//
// Those figures are the honest unseen measure. The set was studied in
// session 5 and the bars raised to just under what extraction then did
// (victims 36/37, records 37/37, actors 14 of 14, dates 36/37); they are
// only floors against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates4(t *testing.T) {
	const dir = "testdata/unseen4"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.97,
			maxLeaks:      31,
			minClean:      16,
			minTitle:      33,
			minLang:       36,
			minPublished:  35,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 17, minActorP: 0.95, minActorR: 0.85},
			"ja":  {minVictims: 18, minRecords: 18, minActorP: 0.95, minActorR: 0.85},
			"all": {minVictims: 34, minRecords: 35, minActorP: 0.95, minActorR: 0.90},
		})
	})
}

// unseenFactLabels are the incident labels of one unseen case: the keys
// victims, records and actors must all be present (records may be null).
type unseenFactLabels struct {
	URL         string   `json:"url"`
	ContentType string   `json:"content_type"`
	Lang        string   `json:"lang"`
	Victims     []string `json:"victims"`
	Records     *int64   `json:"records"`
	Actors      []string `json:"actors"`
	Note        string   `json:"note"`
}

// unseenFactFloors are the bars for one language (or "all"): cases whose
// victim set and record count are exactly right, and the actors' precision
// and recall over the cases.
type unseenFactFloors struct {
	minVictims, minRecords int
	minActorP, minActorR   float64
}

// unseenFactTally adds up one language's incident scores.
type unseenFactTally struct {
	n, victims, records int
	actorTP, actorFP    int
	actorFN             int
	// missKinds counts the victim misses by kind (see corpus.VictimMiss).
	missKinds map[string]int
}

// precision is the share of extracted actors that are labelled; with no
// actor extracted at all there is nothing wrong to count, so it is 1.
func (s unseenFactTally) precision() float64 {
	if s.actorTP+s.actorFP == 0 {
		return 1
	}
	return float64(s.actorTP) / float64(s.actorTP+s.actorFP)
}

// recall is the share of labelled actors extracted; 1 when none is labelled.
func (s unseenFactTally) recall() float64 {
	if s.actorTP+s.actorFN == 0 {
		return 1
	}
	return float64(s.actorTP) / float64(s.actorTP+s.actorFN)
}

// unseenLocalURL moves u to the local test server's origin, keeping path
// and query, as the acceptance tests serve their sites.
func unseenLocalURL(u string) (string, error) {
	p, err := url.Parse(u)
	if err != nil {
		return "", err
	}
	p.Scheme, p.Host, p.User = "http", "127.0.0.1:8080", nil
	return p.String(), nil
}

// unseenCatalogueNames reads the canonical actor names from the catalogue
// files, so that a label naming an alias or a typo fails loudly.
func unseenCatalogueNames(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("actors", "catalogue", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no actor catalogue files: %v", err)
	}
	names := map[string]bool{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var groups []struct {
			Name string `json:"name"`
		}
		if err := json.Unmarshal(raw, &groups); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, g := range groups {
			names[g.Name] = true
		}
	}
	return names
}

// unseenSet returns the distinct strings of xs, sorted.
func unseenSet(xs []string) []string {
	s := slices.Clone(xs)
	slices.Sort(s)
	return slices.Compact(s)
}

// unseenRecords formats a record count or null.
func unseenRecords(r *int64) string {
	if r == nil {
		return "null"
	}
	return fmt.Sprint(*r)
}

// scoreUnseenFacts extracts every case in dir from a local URL, compares
// victims (as sets of exact strings), records (exactly) and actors
// (precision and recall over the cases) with the labels, logs a table per
// language and, with -unseen.cases, one line per miss, and fails when a figure falls below its
// floor in floors (keyed by language and "all").
func scoreUnseenFacts(t *testing.T, dir string, floors map[string]unseenFactFloors) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no unseen cases in %s: %v", dir, err)
	}
	catalogue := unseenCatalogueNames(t)
	x := New()
	tally := map[string]*unseenFactTally{"en": {}, "ja": {}, "all": {}}
	var misses strings.Builder
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".json")
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(raw, &keys); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, k := range []string{"victims", "records", "actors"} {
			if _, ok := keys[k]; !ok {
				t.Fatalf("%s: no %q label", p, k)
			}
		}
		var c unseenFactLabels
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if tally[c.Lang] == nil {
			t.Fatalf("%s: lang %q, want en or ja", p, c.Lang)
		}
		for _, a := range c.Actors {
			if !catalogue[a] {
				t.Fatalf("%s: actor label %q is not a catalogue name", p, a)
			}
		}
		body, err := os.ReadFile(strings.TrimSuffix(p, ".json") + ".html")
		if err != nil {
			t.Fatal(err)
		}
		local, err := unseenLocalURL(c.URL)
		if err != nil {
			t.Fatalf("%s: url: %v", p, err)
		}
		art, err := x.Extract(Page{URL: local, Body: body, ContentType: c.ContentType})
		if err != nil {
			t.Errorf("%s: Extract: %v", name, err)
			continue
		}

		gotV, wantV := unseenSet(art.Victims), unseenSet(c.Victims)
		victimOK := slices.Equal(gotV, wantV)
		recordsOK := (art.Records == nil) == (c.Records == nil) &&
			(c.Records == nil || *art.Records == *c.Records)
		gotA, wantA := unseenSet(art.Actors), unseenSet(c.Actors)
		var tp, fp, fn int
		for _, a := range gotA {
			if slices.Contains(wantA, a) {
				tp++
			} else {
				fp++
			}
		}
		fn = len(wantA) - tp

		for _, key := range []string{c.Lang, "all"} {
			s := tally[key]
			s.n++
			if victimOK {
				s.victims++
			} else {
				if s.missKinds == nil {
					s.missKinds = map[string]int{}
				}
				s.missKinds[corpus.VictimMiss(gotV, wantV)]++
			}
			if recordsOK {
				s.records++
			}
			s.actorTP += tp
			s.actorFP += fp
			s.actorFN += fn
		}
		if !victimOK {
			fmt.Fprintf(&misses, "%-34s victims  got %q, want %q\n", name, gotV, wantV)
		}
		if !recordsOK {
			fmt.Fprintf(&misses, "%-34s records  got %s, want %s\n", name, unseenRecords(art.Records), unseenRecords(c.Records))
		}
		if fp > 0 || fn > 0 {
			fmt.Fprintf(&misses, "%-34s actors   got %q, want %q\n", name, gotA, wantA)
		}
	}

	var table strings.Builder
	fmt.Fprintf(&table, "\n%-4s %3s %9s %9s %8s %8s\n", "lang", "n", "victim", "records", "actor P", "actor R")
	for _, key := range []string{"en", "ja", "all"} {
		s := tally[key]
		fmt.Fprintf(&table, "%-4s %3d %4d/%-4d %4d/%-4d %8.3f %8.3f\n", key, s.n, s.victims, s.n, s.records, s.n, s.precision(), s.recall())
	}
	fmt.Fprintf(&table, "actors over all cases: %d right, %d wrong, %d missed\n", tally["all"].actorTP, tally["all"].actorFP, tally["all"].actorFN)
	fmt.Fprintf(&table, "victim misses by kind: %s\n", corpus.MissLine(tally["all"].missKinds))
	if *unseenCases && misses.Len() > 0 {
		table.WriteString("\nmisses:\n")
		table.WriteString(misses.String())
	}
	t.Log(table.String())

	for _, key := range []string{"en", "ja", "all"} {
		f, s := floors[key], tally[key]
		if s.victims < f.minVictims {
			t.Errorf("%s: victims right in %d of %d cases, below the floor %d", key, s.victims, s.n, f.minVictims)
		}
		if s.records < f.minRecords {
			t.Errorf("%s: records right in %d of %d cases, below the floor %d", key, s.records, s.n, f.minRecords)
		}
		if p := s.precision(); p < f.minActorP {
			t.Errorf("%s: actor precision %.3f fell below the floor %.3f", key, p, f.minActorP)
		}
		if r := s.recall(); r < f.minActorR {
			t.Errorf("%s: actor recall %.3f fell below the floor %.3f", key, r, f.minActorR)
		}
	}
}
