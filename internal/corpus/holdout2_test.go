package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// holdout2Dir holds the second held-out set: same format and labelling rules as the main corpus,
// written by a third author after the rule writers had studied the corpus and the first holdout.
const holdout2Dir = "../../testdata/holdout2/articles"

// catalogueDir holds the threat-actor catalogue whose canonical names the labels must use.
const catalogueDir = "../../extract/actors/catalogue"

func TestHoldout2LoadsAndMeetsMinimums(t *testing.T) {
	arts, err := Load(holdout2Dir)
	if err != nil {
		t.Fatal(err)
	}
	ja := 0
	for _, a := range arts {
		if a.Lang == "ja" {
			ja++
		}
	}
	multi, crossLang := 0, 0
	for id, group := range Incidents(arts) {
		if len(group) > 5 {
			t.Errorf("incident %s has %d articles, want at most 5", id, len(group))
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
			crossLang++
		}
	}
	t.Logf("%d articles, %d ja, %d multi-article incidents, %d cross-language", len(arts), ja, multi, crossLang)
	if len(arts) < 50 || ja < 22 || multi < 12 || crossLang < 4 {
		t.Errorf("holdout2 too small: %d articles (want ≥50), %d ja (≥22), %d multi-article incidents (≥12), %d cross-language (≥4)",
			len(arts), ja, multi, crossLang)
	}
}

func TestHoldout2LabelsAreConsistent(t *testing.T) {
	arts, err := Load(holdout2Dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		switch a.Kind {
		case KindTrendReport, KindDistractor:
			if len(a.Labels.Victims) > 0 || a.Labels.Records != nil || len(a.Labels.Actors) > 0 || a.Labels.Incident != "" {
				t.Errorf("%s: a %s has no victim, count, actor or incident of its own", a.ID, a.Kind)
			}
		}
		if a.Labels.Records != nil && len(a.Labels.Victims) == 0 {
			t.Errorf("%s: records %d labelled without a victim", a.ID, *a.Labels.Records)
		}
		if len(a.Labels.Victims) > 0 && a.Labels.Incident == "" {
			t.Errorf("%s: victims %v labelled without an incident", a.ID, a.Labels.Victims)
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
				t.Errorf("incident %s: %s has an incident but no victim", id, a.ID)
				continue
			}
			if victims != "" && v != victims {
				t.Errorf("incident %s: %s labels victims %s, another article %s", id, a.ID, v, victims)
			}
			victims = v
		}
	}
}

// TestHoldout2ActorsAreCanonical checks that every actor label is a catalogue name, not an alias
// or an unknown group, so that a scorer comparing canonical names can match it.
func TestHoldout2ActorsAreCanonical(t *testing.T) {
	arts, err := Load(holdout2Dir)
	if err != nil {
		t.Fatal(err)
	}
	names := catalogueNames(t)
	for _, a := range arts {
		for _, list := range [][]string{a.Labels.Actors, a.Labels.ActorsMentioned} {
			for _, n := range list {
				if !names[n] {
					t.Errorf("%s: actor %q is not a canonical catalogue name", a.ID, n)
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
	names := make(map[string]bool)
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

// TestHoldout2IsDisjointFromEarlierSets checks that the second held-out set shares no article ids,
// incidents or victims with the tuning corpus or the first holdout, so scores on it measure
// generalisation to organisations and incidents nobody has seen.
func TestHoldout2IsDisjointFromEarlierSets(t *testing.T) {
	held, err := Load(holdout2Dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{articlesDir, holdoutDir} {
		earlier, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		ids := make(map[string]bool, len(earlier))
		victims := make(map[string]bool)
		for _, a := range earlier {
			ids[a.ID] = true
			for _, v := range a.Labels.Victims {
				victims[v] = true
			}
		}
		for _, a := range held {
			if ids[a.ID] {
				t.Errorf("article id %s is in both holdout2 and %s", a.ID, dir)
			}
			for _, v := range a.Labels.Victims {
				if victims[v] {
					t.Errorf("%s: victim %s is also a victim in %s", a.ID, v, dir)
				}
			}
		}
		earlierIncidents := Incidents(earlier)
		for id := range Incidents(held) {
			if _, ok := earlierIncidents[id]; ok {
				t.Errorf("incident %s is in both holdout2 and %s", id, dir)
			}
		}
	}
}
