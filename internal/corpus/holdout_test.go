package corpus

import (
	"strings"
	"testing"
)

// holdoutDir holds the held-out set: same format and labelling rules as the main corpus,
// written by a different author and never read while tuning extraction or merging rules.
const holdoutDir = "../../testdata/holdout/articles"

func TestHoldoutLoadsAndMeetsMinimums(t *testing.T) {
	arts, err := Load(holdoutDir)
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
		if len(group) > 5 {
			t.Errorf("incident %s has %d articles, want at most 5", id, len(group))
		}
	}
	t.Logf("%d articles, %d ja, %d multi-article incidents, %d cross-language", len(arts), ja, multi, crossLang)
	if len(arts) < 50 || ja < 20 || multi < 12 || crossLang < 4 {
		t.Errorf("holdout too small: %d articles (want ≥50), %d ja (≥20), %d multi-article incidents (≥12), %d cross-language (≥4)",
			len(arts), ja, multi, crossLang)
	}
}

func TestHoldoutLabelsAreConsistent(t *testing.T) {
	arts, err := Load(holdoutDir)
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

// TestHoldoutIsDisjointFromCorpus checks that the held-out set shares no article ids, incidents
// or victims with the tuning corpus, so scores on it measure generalisation.
func TestHoldoutIsDisjointFromCorpus(t *testing.T) {
	held, err := Load(holdoutDir)
	if err != nil {
		t.Fatal(err)
	}
	main, err := Load(articlesDir)
	if err != nil {
		t.Fatal(err)
	}
	ids := make(map[string]bool, len(main))
	victims := make(map[string]bool)
	for _, a := range main {
		ids[a.ID] = true
		for _, v := range a.Labels.Victims {
			victims[v] = true
		}
	}
	mainIncidents := Incidents(main)
	for _, a := range held {
		if ids[a.ID] {
			t.Errorf("article id %s is in both the corpus and the holdout", a.ID)
		}
		for _, v := range a.Labels.Victims {
			if victims[v] {
				t.Errorf("%s: victim %s is also a victim in the corpus", a.ID, v)
			}
		}
	}
	for id := range Incidents(held) {
		if _, ok := mainIncidents[id]; ok {
			t.Errorf("incident %s is in both the corpus and the holdout", id)
		}
	}
}
