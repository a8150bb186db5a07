package incident

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/internal/corpus"
)

// TestDebugCorpus prints the cue hits for the corpus and held-out articles named in
// $INCIDENT_DEBUG (comma-separated ids); it is a development aid.
func TestDebugCorpus(t *testing.T) {
	ids := os.Getenv("INCIDENT_DEBUG")
	if ids == "" {
		t.Skip("set INCIDENT_DEBUG=id,id to print cue hits")
	}
	x := New(nil)
	arts := loadCorpus(t)
	for _, dir := range []string{holdoutDir, holdout2Dir, holdout3Dir, holdout4Dir, holdout5Dir, holdout6Dir, holdout7Dir, holdout8Dir, holdout9Dir, holdout11Dir, holdout12Dir, holdout13Dir, holdout14Dir, holdout15Dir, holdout16Dir, holdout17Dir, holdout18Dir, holdout19Dir, holdout20Dir, holdout21Dir, holdout22Dir, holdout23Dir, holdout24Dir, holdout25Dir, holdout27Dir, corpus.SetDir("holdout29"), corpus.SetDir("holdout30"), corpus.SetDir("holdout32"), corpus.SetDir("holdout34"), corpus.SetDir("holdout36"), corpus.SetDir("holdout38"), corpus.SetDir("holdout40"), corpus.SetDir("holdout43"), corpus.SetDir("holdout46"), corpus.SetDir("holdout48"), corpus.SetDir("holdout49")} {
		if more, err := corpus.Load(dir); err == nil {
			arts = append(arts, more...)
		}
	}
	for _, a := range arts {
		if !strings.Contains(","+ids+",", ","+a.ID+",") {
			continue
		}
		t.Logf("== %s [%s] %s", a.ID, a.Lang, a.Title)
		debugDoc(t, x, Doc{Title: a.Title, Text: a.Text, Lang: a.Lang, URL: a.URL, Published: a.Published, Site: a.Source})
	}
}

// TestDebugPhrasings prints the cue hits for the phrasing rows whose title
// contains $INCIDENT_PHRASE; it is a development aid.
func TestDebugPhrasings(t *testing.T) {
	q := os.Getenv("INCIDENT_PHRASE")
	if q == "" {
		t.Skip("set INCIDENT_PHRASE=text to print cue hits")
	}
	data, err := os.ReadFile("testdata/phrasings.tsv")
	if err != nil {
		t.Fatal(err)
	}
	x := New(nil)
	for _, line := range strings.Split(string(data), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) == 4 && strings.Contains(cols[1], q) {
			t.Logf("== %s", cols[1])
			debugDoc(t, x, Doc{Title: cols[1], Text: strings.ReplaceAll(cols[2], `\n`, "\n"), Lang: cols[0]})
		}
	}
}

func debugDoc(t *testing.T, x *Extractor, d Doc) {
	t.Helper()
	title, text, lang := d.Title, d.Text, d.Lang
	ss := sentences(normalise(title), normalise(text))
	if lang == "ja" {
		js := japaneseSentences(japaneseTokenizer(), ss)
		for _, s := range js {
			var ns []string
			for _, n := range s.names {
				ns = append(ns, n.text)
			}
			t.Logf("  shape: %s %q", s.shape, ns)
		}
		hits, roles := japaneseVictimHits(js)
		for _, h := range hits {
			t.Logf("  hit %.0f %q", h.weight, h.mention)
		}
		for _, h := range roles {
			t.Logf("  role %q", h.mention)
		}
	} else {
		var es []enSentence
		ss = joinRegistrantLines(ss)
		joins, brands := recurringPossessives(ss), lowercaseBrands(ss)
		es = englishShapes(ss, joins, brands, map[string]string{})
		for k, s := range es {
			if k < 6 || k >= len(es)-3 || os.Getenv("INCIDENT_ALL") != "" {
				t.Logf("  shape: %s", s.shape)
			}
		}
		hits, roles := englishVictimHits(es)
		for _, h := range hits {
			t.Logf("  hit %.0f %q title=%v %.60q", h.weight, h.mention, h.title, h.evidence)
		}
		for _, h := range roles {
			t.Logf("  role %q", h.mention)
		}
	}
	f := x.Extract(d)
	for _, at := range f.Actors {
		t.Logf("  actor %s %s: %s", at.Name, at.Strength, at.Evidence)
	}
	t.Logf("  facts: %+v", f.Victims)
	t.Logf("  records: %s", evidence(f.Records))
}

// TestDebugTokens prints kagome's tokens for the text in $INCIDENT_TOKENS;
// it is a development aid.
func TestDebugTokens(t *testing.T) {
	text := os.Getenv("INCIDENT_TOKENS")
	if text == "" {
		t.Skip("set INCIDENT_TOKENS=text to print tokens")
	}
	for _, tok := range japaneseTokenizer().Tokenize(normalise(text)) {
		t.Logf("%q %v", tok.Surface, tok.POS())
	}
}

// TestDebugFile prints the cue hits for the article in $INCIDENT_FILE, the
// output of `breachwire extract --json` ($INCIDENT_SITE gives the page's
// site name); it is a development aid.
func TestDebugFile(t *testing.T) {
	path := os.Getenv("INCIDENT_FILE")
	if path == "" {
		t.Skip("set INCIDENT_FILE=out.json (from breachwire extract --json) to print cue hits")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var a struct{ Title, Text, Lang, URL, Site string }
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if site := os.Getenv("INCIDENT_SITE"); site != "" {
		a.Site = site // the page's og:site_name, which --json does not print
	}
	t.Logf("== [%s] %s", a.Lang, a.Title)
	debugDoc(t, New(nil), Doc{Title: a.Title, Text: a.Text, Lang: a.Lang, URL: a.URL, Site: a.Site})
}
