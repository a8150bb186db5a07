package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// goldenInput is testdata/<case>.input.json: how the page was fetched and
// the boilerplate that must not reach the text.
type goldenInput struct {
	URL         string `json:"url"`
	ContentType string `json:"content_type"`
	Hints       struct {
		Lang, Content, Title, Published string
	} `json:"hints"`
	MustDrop []string `json:"must_drop"`
}

// golden is the part of an Article this package decides; incident facts are
// extract/incident's and are tested there.
type golden struct {
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Lang      string     `json:"lang"`
	Published *time.Time `json:"published"`
	Text      string     `json:"text"`
}

func loadCase(t testing.TB, inputPath string) (Page, goldenInput) {
	t.Helper()
	raw, err := os.ReadFile(inputPath)
	if err != nil {
		t.Fatal(err)
	}
	var in goldenInput
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatalf("%s: %v", inputPath, err)
	}
	body, err := os.ReadFile(strings.TrimSuffix(inputPath, ".input.json") + ".html")
	if err != nil {
		t.Fatal(err)
	}
	p := Page{URL: in.URL, Body: body, ContentType: in.ContentType}
	p.Hints.Lang, p.Hints.Content, p.Hints.Title = in.Hints.Lang, in.Hints.Content, in.Hints.Title
	if in.Hints.Published != "" {
		if p.Hints.Published, err = time.Parse(time.RFC3339, in.Hints.Published); err != nil {
			t.Fatal(err)
		}
	}
	return p, in
}

func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.input.json")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	x := New()
	for _, inputPath := range inputs {
		name := strings.TrimSuffix(filepath.Base(inputPath), ".input.json")
		t.Run(name, func(t *testing.T) {
			p, in := loadCase(t, inputPath)
			art, err := x.Extract(p)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := golden{URL: art.URL, Title: art.Title, Lang: art.Lang, Published: art.Published, Text: art.Text}
			for _, s := range in.MustDrop {
				if strings.Contains(art.Text, s) {
					t.Errorf("text keeps boilerplate %q", s)
				}
			}
			goldenPath := filepath.Join("testdata", name+".golden.json")
			if *update {
				out, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(goldenPath, append(out, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			raw, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			var want golden
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			compareGolden(t, got, want)
		})
	}
}

func compareGolden(t *testing.T, got, want golden) {
	t.Helper()
	if got.URL != want.URL {
		t.Errorf("url = %q, want %q", got.URL, want.URL)
	}
	if got.Title != want.Title {
		t.Errorf("title = %q, want %q", got.Title, want.Title)
	}
	if got.Lang != want.Lang {
		t.Errorf("lang = %q, want %q", got.Lang, want.Lang)
	}
	if (got.Published == nil) != (want.Published == nil) ||
		(got.Published != nil && !got.Published.Equal(*want.Published)) {
		t.Errorf("published = %v, want %v", got.Published, want.Published)
	}
	if got.Text != want.Text {
		t.Errorf("text differs:\n--- got\n%s\n--- want\n%s", got.Text, want.Text)
	}
}
