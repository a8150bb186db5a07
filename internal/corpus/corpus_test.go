package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const articlesDir = "../../testdata/corpus/articles"

func TestCorpusLoadsAndMeetsMinimums(t *testing.T) {
	arts, err := Load(articlesDir)
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
		if len(group) > 6 {
			t.Errorf("incident %s has %d articles, want at most 6", id, len(group))
		}
	}
	t.Logf("%d articles, %d ja, %d multi-article incidents, %d cross-language", len(arts), ja, multi, crossLang)
	if len(arts) < 80 || ja < 25 || multi < 18 || crossLang < 3 {
		t.Errorf("corpus too small: %d articles (want ≥80), %d ja (≥25), %d multi-article incidents (≥18), %d cross-language (≥3)",
			len(arts), ja, multi, crossLang)
	}
}

func TestCorpusLabelsAreConsistent(t *testing.T) {
	arts, err := Load(articlesDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		switch a.Kind {
		case KindTrendReport, KindDistractor:
			if len(a.Labels.Victims) > 0 || a.Labels.Records != nil {
				t.Errorf("%s: a %s has no victim and no record count of its own", a.ID, a.Kind)
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
			if len(a.Labels.Victims) == 0 {
				continue
			}
			v := strings.Join(a.Labels.Victims, ",")
			if victims != "" && v != victims {
				t.Errorf("incident %s: %s labels victims %s, another article %s", id, a.ID, v, victims)
			}
			victims = v
		}
	}
}

func writeArticle(t *testing.T, dir, name, body string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

const good = `{"id": "a", "url": "https://x.example/a", "source": "X", "lang": "en",
 "published": "2019-03-29T09:00:00Z", "kind": "news", "title": "T", "text": "body",
 "labels": {"victims": ["Toyota"], "records": 3100000, "actors": ["APT32"], "incident": null}}`

func TestLoadRejectsMalformedFiles(t *testing.T) {
	cases := []struct {
		name, file, body, want string
	}{
		{"id differs from file name", "b.json", good, "does not match"},
		{"unknown key", "a.json", strings.Replace(good, `"kind"`, `"kindd"`, 1), "unknown field"},
		{"bad lang", "a.json", strings.Replace(good, `"en"`, `"fr"`, 1), "lang"},
		{"unknown kind", "a.json", strings.Replace(good, `"news"`, `"blog"`, 1), "kind"},
		{"records as text", "a.json", strings.Replace(good, `3100000`, `"3.1 million"`, 1), "records"},
		{"negative records", "a.json", strings.Replace(good, `3100000`, `-1`, 1), "not positive"},
		{"missing victims list", "a.json", strings.Replace(good, `"victims": ["Toyota"], `, ``, 1), "must be lists"},
		{"duplicate actor", "a.json", strings.Replace(good, `["APT32"]`, `["APT32", "APT32"]`, 1), "duplicate"},
		{"not json", "a.json", `{"id": "a",`, "unexpected EOF"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeArticle(t, dir, c.file, c.body)
			_, err := Load(dir)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Load error = %v, want ErrInvalid mentioning %q", err, c.want)
			}
		})
	}
}

func TestLoadReadsNullsAndRejectsEmptyDir(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "a.json", strings.Replace(good, `3100000`, `null`, 1))
	arts, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if arts[0].Labels.Records != nil || arts[0].Labels.Incident != "" {
		t.Errorf("null records/incident read as %v/%q", arts[0].Labels.Records, arts[0].Labels.Incident)
	}
	if got := len(Incidents(arts)); got != 0 {
		t.Errorf("Incidents grouped %d incidents for an article with none", got)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(sub); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load of an empty dir = %v, want os.ErrNotExist", err)
	}
}
