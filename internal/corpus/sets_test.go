package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The labelled sets. The corpus is what extraction and merging rules were
// tuned on; each holdout was written later by another author, without
// sight of the rules, to measure how far they generalise.
var (
	articlesDir  = SetDir("corpus")
	holdoutDir   = SetDir("holdout")
	holdout2Dir  = SetDir("holdout2")
	holdout3Dir  = SetDir("holdout3")
	holdout4Dir  = SetDir("holdout4")
	holdout5Dir  = SetDir("holdout5")
	holdout6Dir  = SetDir("holdout6")
	holdout7Dir  = SetDir("holdout7")
	holdout8Dir  = SetDir("holdout8")
	holdout9Dir  = SetDir("holdout9")
	catalogueDir = "../../extract/actors/catalogue"
)

// labelledSet is one labelled set and the minimums it must meet.
type labelledSet struct {
	name, dir                           string
	minArticles, minJA, minMulti, cross int
	// maxGroup is the most articles one incident may have.
	maxGroup int
	// strict sets also require that trend reports and distractors name no
	// actor or incident, and that every labelled victim has an incident.
	strict bool
}

var sets = []labelledSet{
	{name: "corpus", dir: articlesDir, minArticles: 80, minJA: 25, minMulti: 18, cross: 3, maxGroup: 6},
	{name: "holdout", dir: holdoutDir, minArticles: 50, minJA: 20, minMulti: 12, cross: 4, maxGroup: 5, strict: true},
	{name: "holdout2", dir: holdout2Dir, minArticles: 50, minJA: 22, minMulti: 12, cross: 4, maxGroup: 5, strict: true},
	{name: "holdout3", dir: holdout3Dir, minArticles: 45, minJA: 20, minMulti: 10, cross: 4, maxGroup: 4, strict: true},
	{name: "holdout4", dir: holdout4Dir, minArticles: 40, minJA: 18, minMulti: 10, cross: 4, maxGroup: 4, strict: true},
	{name: "holdout5", dir: holdout5Dir, minArticles: 45, minJA: 20, minMulti: 11, cross: 4, maxGroup: 4, strict: true},
	{name: "holdout6", dir: holdout6Dir, minArticles: 45, minJA: 20, minMulti: 11, cross: 4, maxGroup: 4, strict: true},
	{name: "holdout7", dir: holdout7Dir, minArticles: 40, minJA: 18, minMulti: 10, cross: 4, maxGroup: 4, strict: true},
	{name: "holdout8", dir: holdout8Dir, minArticles: 36, minJA: 16, minMulti: 9, cross: 4, maxGroup: 4, strict: true},
	{name: "holdout9", dir: holdout9Dir, minArticles: 50, minJA: 22, minMulti: 15, cross: 6, maxGroup: 4, strict: true},
}

func loadSet(t *testing.T, s labelledSet) []Article {
	t.Helper()
	arts, err := Load(s.dir)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func TestSetsMeetMinimums(t *testing.T) {
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			arts := loadSet(t, s)
			ja := 0
			for _, a := range arts {
				if a.Lang == "ja" {
					ja++
				}
			}
			multi, cross := 0, 0
			for id, group := range Incidents(arts) {
				if len(group) > s.maxGroup {
					t.Errorf("incident %s has %d articles, want at most %d", id, len(group), s.maxGroup)
				}
				if len(group) < 2 {
					continue
				}
				multi++
				langs := map[string]bool{}
				for _, a := range group {
					langs[a.Lang] = true
				}
				if len(langs) == 2 {
					cross++
				}
			}
			t.Logf("%d articles, %d ja, %d multi-article incidents, %d cross-language", len(arts), ja, multi, cross)
			if len(arts) < s.minArticles || ja < s.minJA || multi < s.minMulti || cross < s.cross {
				t.Errorf("too small: %d articles (want ≥%d), %d ja (≥%d), %d multi-article incidents (≥%d), %d cross-language (≥%d)",
					len(arts), s.minArticles, ja, s.minJA, multi, s.minMulti, cross, s.cross)
			}
		})
	}
}

func TestSetLabelsAreConsistent(t *testing.T) {
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			arts := loadSet(t, s)
			for _, a := range arts {
				l := a.Labels
				if a.Kind == KindTrendReport || a.Kind == KindDistractor {
					if len(l.Victims) > 0 || l.Records != nil || (s.strict && (len(l.Actors) > 0 || l.Incident != "")) {
						t.Errorf("%s: a %s has no victim, count, actor or incident of its own", a.ID, a.Kind)
					}
				}
				if l.Records != nil && len(l.Victims) == 0 {
					t.Errorf("%s: records %d labelled without a victim", a.ID, *l.Records)
				}
				if s.strict && len(l.Victims) > 0 && l.Incident == "" {
					t.Errorf("%s: victims %v labelled without an incident", a.ID, l.Victims)
				}
				if n := len([]rune(a.Text)); n < 200 {
					t.Errorf("%s: text is only %d characters", a.ID, n)
				}
			}
			for id, group := range Incidents(arts) {
				var victims string
				for _, a := range group {
					v := strings.Join(a.Labels.Victims, ",")
					if v == "" {
						if s.strict {
							t.Errorf("incident %s: %s has an incident but no victim", id, a.ID)
						}
						continue
					}
					if victims != "" && v != victims {
						t.Errorf("incident %s: %s labels victims %s, another article %s", id, a.ID, v, victims)
					}
					victims = v
				}
			}
		})
	}
}

// TestSetsAreDisjoint checks that each holdout shares no article ids,
// incidents or victims with the sets before it, so scores on it measure
// generalisation to organisations and incidents the rules never saw.
func TestSetsAreDisjoint(t *testing.T) {
	for i, later := range sets {
		held := loadSet(t, later)
		for _, earlier := range sets[:i] {
			arts := loadSet(t, earlier)
			ids := map[string]bool{}
			victims := map[string]bool{}
			for _, a := range arts {
				ids[a.ID] = true
				for _, v := range a.Labels.Victims {
					victims[v] = true
				}
			}
			for _, a := range held {
				if ids[a.ID] {
					t.Errorf("article id %s is in both %s and %s", a.ID, earlier.name, later.name)
				}
				for _, v := range a.Labels.Victims {
					if victims[v] {
						t.Errorf("%s: victim %s of %s is also a victim in %s", a.ID, v, later.name, earlier.name)
					}
				}
			}
			incidents := Incidents(arts)
			for id := range Incidents(held) {
				if _, ok := incidents[id]; ok {
					t.Errorf("incident %s is in both %s and %s", id, earlier.name, later.name)
				}
			}
		}
	}
}

// TestActorLabelsAreCanonical checks that actor labels use the catalogue's
// canonical names, never an alias, so scoring compares like with like.
func TestActorLabelsAreCanonical(t *testing.T) {
	names := catalogueNames(t)
	for _, s := range sets {
		for _, a := range loadSet(t, s) {
			for _, list := range [][]string{a.Labels.Actors, a.Labels.ActorsMentioned} {
				for _, n := range list {
					if !names[n] {
						t.Errorf("%s/%s: actor %q is not a canonical catalogue name", s.name, a.ID, n)
					}
				}
			}
		}
	}
}

// catalogueNames reads the canonical group names from every catalogue file.
func catalogueNames(t *testing.T) map[string]bool {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(catalogueDir, "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no catalogue files in %s (err %v)", catalogueDir, err)
	}
	names := map[string]bool{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var entries []struct {
			Name string `json:"name"`
		}
		if err := json.Unmarshal(data, &entries); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, e := range entries {
			names[e.Name] = true
		}
	}
	return names
}
