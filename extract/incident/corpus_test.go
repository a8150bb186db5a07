package incident

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/internal/corpus"
)

var corpusDir = corpus.SetDir("corpus")

// minScore is the quality bar every field must reach on the labelled corpus.
const minScore = 0.9

// loadCorpus returns the labelled articles, skipping the test when the
// corpus is not there.
func loadCorpus(tb testing.TB) []corpus.Article {
	tb.Helper()
	if _, err := os.Stat(corpusDir); errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("no labelled corpus at %s yet", corpusDir)
	}
	arts, err := corpus.Load(corpusDir)
	if err != nil {
		tb.Fatalf("loading corpus: %v", err)
	}
	if len(arts) == 0 {
		tb.Skipf("labelled corpus at %s is empty", corpusDir)
	}
	return arts
}

// langScore accumulates one language's results.
type langScore struct {
	n, victimOK, recordOK int
	// missKinds counts the victim misses by kind (see corpus.VictimMiss).
	missKinds                 map[string]int
	actorTP, actorFP, actorFN int
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s langScore) fields() map[string]float64 {
	return map[string]float64{
		"victim":          ratio(s.victimOK, s.n),
		"records":         ratio(s.recordOK, s.n),
		"actor precision": ratio(s.actorTP, s.actorTP+s.actorFP),
		"actor recall":    ratio(s.actorTP, s.actorTP+s.actorFN),
	}
}

// TestCorpus scores extraction against the labelled corpus, per language,
// and fails when any field is below minScore.
func TestCorpus(t *testing.T) {
	arts := loadCorpus(t)
	scores, failures := scoreArticles(New(nil), arts)
	logScores(t, scores)
	for _, f := range failures {
		t.Log("miss:", f)
	}
	for _, l := range sortedLangs(scores) {
		fs := scores[l].fields()
		for _, name := range fieldNames {
			if fs[name] < minScore {
				t.Errorf("%s %s = %.3f, below %.2f", l, name, fs[name], minScore)
			}
		}
	}
}

var holdoutDir = corpus.SetDir("holdout")

// minHoldoutScore is the bar on the second labelled set, lower than
// minScore: it was written by another author and only later studied.
const minHoldoutScore = 0.8

// TestHoldout scores extraction on the second labelled set exactly as
// TestCorpus does, with a lower bar: it was written by another author, so
// it shows how well the rules generalise.
func TestHoldout(t *testing.T) {
	ents, err := os.ReadDir(holdoutDir)
	if err != nil || len(ents) < 40 {
		t.Skipf("no complete held-out set at %s yet", holdoutDir)
	}
	arts, err := corpus.Load(holdoutDir)
	if err != nil {
		t.Fatalf("loading held-out set: %v", err)
	}
	// The held-out set is now a second development set; its misses are
	// printed only on request ($INCIDENT_MISSES=1).
	scores, failures := scoreArticles(New(nil), arts)
	logScores(t, scores)
	if os.Getenv("INCIDENT_MISSES") != "" {
		for _, f := range failures {
			t.Log("miss:", f)
		}
	}
	for _, l := range sortedLangs(scores) {
		fs := scores[l].fields()
		for _, name := range fieldNames {
			if fs[name] < minHoldoutScore {
				t.Errorf("%s %s = %.3f, below %.2f", l, name, fs[name], minHoldoutScore)
			}
		}
	}
}

var (
	holdout2Dir  = corpus.SetDir("holdout2")
	holdout3Dir  = corpus.SetDir("holdout3")
	holdout4Dir  = corpus.SetDir("holdout4")
	holdout5Dir  = corpus.SetDir("holdout5")
	holdout6Dir  = corpus.SetDir("holdout6")
	holdout7Dir  = corpus.SetDir("holdout7")
	holdout8Dir  = corpus.SetDir("holdout8")
	holdout9Dir  = corpus.SetDir("holdout9")
	holdout11Dir = corpus.SetDir("holdout11")
	holdout12Dir = corpus.SetDir("holdout12")
	holdout13Dir = corpus.SetDir("holdout13")
	holdout14Dir = corpus.SetDir("holdout14")
	holdout15Dir = corpus.SetDir("holdout15")
	holdout16Dir = corpus.SetDir("holdout16")
	holdout17Dir = corpus.SetDir("holdout17")
	holdout18Dir = corpus.SetDir("holdout18")
	holdout19Dir = corpus.SetDir("holdout19")
	holdout20Dir = corpus.SetDir("holdout20")
	holdout21Dir = corpus.SetDir("holdout21")
	holdout22Dir = corpus.SetDir("holdout22")
	holdout23Dir = corpus.SetDir("holdout23")
	holdout24Dir = corpus.SetDir("holdout24")
	holdout25Dir = corpus.SetDir("holdout25")
	holdout27Dir = corpus.SetDir("holdout27")
)

// TestHoldout2 scores extraction on the third labelled set, a third
// development set since its unseen scores were recorded; it logs the table,
// and its misses only on request ($INCIDENT_MISSES=1).
func TestHoldout2(t *testing.T) {
	logUnthresholded(t, holdout2Dir, 40, true)
}

// TestHoldout3 scores extraction on the fourth labelled set, now a
// development set too: it logs the table, and its misses on request.
func TestHoldout3(t *testing.T) {
	logUnthresholded(t, holdout3Dir, 40, true)
}

// TestHoldout4 scores extraction on the fifth labelled set, a development
// set now that its unseen scores are recorded: it logs the table, and its
// misses on request, once the set has at least 35 articles.
func TestHoldout4(t *testing.T) {
	logUnthresholded(t, holdout4Dir, 35, true)
}

// TestHoldout5 scores extraction on the sixth labelled set, a development
// set since its unseen scores were recorded: it logs the table, and its
// misses on request.
func TestHoldout5(t *testing.T) { logUnthresholded(t, holdout5Dir, 40, true) }

// TestHoldout6 scores extraction on the seventh labelled set, a development
// set since its unseen scores were recorded: it logs the table, and its
// misses on request.
func TestHoldout6(t *testing.T) { logUnthresholded(t, holdout6Dir, 40, true) }

// TestHoldout7 scores extraction on the eighth labelled set, a development
// set since its unseen scores were recorded: it logs the table, and its
// misses on request.
func TestHoldout7(t *testing.T) { logUnthresholded(t, holdout7Dir, 40, true) }

// TestHoldout9 scores extraction on the tenth labelled set, a development
// set since its unseen scores were recorded (victims en 0.57 / ja 0.46 at
// the start of session 3, en 0.57 / ja 0.58 after its first changes): it
// logs the table, and its misses on request.
func TestHoldout9(t *testing.T) { logUnthresholded(t, holdout9Dir, 40, true) }

// TestHoldout11 scores extraction on the twelfth labelled set, a
// development set since its unseen scores were recorded (session 3, after
// most of that session's changes: victims en 0.81 / ja 0.81, records 0.73 /
// 0.88, actor precision 0.72 / 1.00): it logs the table, and its misses on
// request. holdout10 is kept unread for the next honest measure; score it
// with TestScoreSet.
func TestHoldout11(t *testing.T) { logUnthresholded(t, holdout11Dir, 40, true) }

// TestHoldout12 scores extraction on the thirteenth labelled set, a
// development set since its unseen scores were recorded (session 4 start:
// victims en 0.61 / ja 0.78, records 0.91 / 0.84, actor precision 0.91 /
// 1.00, recall 0.91 / 0.83): it logs the table, and its misses on request.
// holdout10 is kept unread for an honest measure; score it with
// TestScoreSet.
func TestHoldout12(t *testing.T) { logUnthresholded(t, holdout12Dir, 40, true) }

// TestHoldout13 scores extraction on the fourteenth labelled set, a
// development set since its unseen scores were recorded (session 4, start
// and end: victims en 0.81 → 0.85 / ja 0.73 → 0.73, records 0.74 → 0.74 /
// 0.83 → 0.87, actor precision 1.00 / 1.00): it logs the table, and its
// misses on request.
func TestHoldout13(t *testing.T) { logUnthresholded(t, holdout13Dir, 40, true) }

// TestHoldout14 scores extraction on the fifteenth labelled set, a
// development set since its unseen scores were recorded (end of session 4:
// victims en 0.72 / ja 0.46, records 0.92 / 0.96, actor precision 1.00 /
// 1.00, recall 0.86 / 0.71): it logs the table, and its misses on request.
func TestHoldout14(t *testing.T) { logUnthresholded(t, holdout14Dir, 40, true) }

// TestHoldout15 scores extraction on the sixteenth labelled set, a
// development set since its unseen scores were recorded (session 5, first
// reading: victims en 0.81 / ja 0.64, records 0.88 / 0.92, actor precision
// 0.80 / 1.00, recall 0.67 / 0.88): it logs the table, and its misses on
// request.
func TestHoldout15(t *testing.T) { logUnthresholded(t, holdout15Dir, 40, true) }

// TestHoldout16 scores extraction on the seventeenth labelled set, a
// development set since its unseen scores were recorded (end of session
// 5's main work: victims en 0.69 / ja 0.59, records 0.78 / 0.78, actor
// precision 0.85 / 0.80, recall 0.92 / 0.80): it logs the table, and its
// misses on request.
func TestHoldout16(t *testing.T) { logUnthresholded(t, holdout16Dir, 40, true) }

// TestHoldout17 scores extraction on the eighteenth labelled set, a
// development set since its unseen scores were recorded (session 6, first
// reading, on the session's starting code: victims en 0.83 / ja 0.65,
// records 0.90 / 0.82, actor precision 0.92 / 0.71, recall 1.00 / 0.83): it
// logs the table, and its misses on request.
func TestHoldout17(t *testing.T) { logUnthresholded(t, holdout17Dir, 40, true) }

// TestHoldout18 scores extraction on the nineteenth labelled set, written at
// the end of session 6 and a development set since session 7 (first
// reading, identical on session 6's starting and closing code: victims en
// 0.92 / ja 0.76, records 0.96 / 1.00, actor precision 1.00 / 1.00, recall
// 0.83 / 0.80): it logs the table, and its misses on request.
func TestHoldout18(t *testing.T) { logUnthresholded(t, holdout18Dir, 40, true) }

// TestHoldout19 scores extraction on the twentieth labelled set, written at
// the start of session 7 and a development set since (first reading, on
// the session's starting code: victims en 0.75 / ja 0.61, records 0.75 /
// 0.92, actor precision 0.91 / 1.00, recall 1.00 / 1.00): it logs the
// table, and its misses on request.
func TestHoldout19(t *testing.T) { logUnthresholded(t, holdout19Dir, 40, true) }

// TestHoldout20 scores extraction on the twenty-first labelled set, written
// in session 7 after holdout18 and holdout19 were studied, and a
// development set since (first reading, the same on the session's starting
// code: victims en 0.73 / ja 0.67, records 0.69 / 0.90, actor precision
// 0.90 / 1.00, recall 0.90 / 1.00): it logs the table, and its misses on
// request.
func TestHoldout20(t *testing.T) { logUnthresholded(t, holdout20Dir, 40, true) }

// TestHoldout21 scores testdata/holdout21 (see its README), written in
// session 8 and scored unread on the session's starting code (victims en
// 0.50 / ja 0.59, records 0.85 / 0.90, actor precision 0.89 / 1.00,
// recall 0.73 / 0.89), studied since: it logs the table, and its misses
// on request.
func TestHoldout21(t *testing.T) { logUnthresholded(t, holdout21Dir, 40, true) }

// TestHoldout22 scores testdata/holdout22 (see its README), written in
// session 9 and scored unread on the session's starting code (victims en
// 0.62 / ja 0.81, records 0.90 / 0.97, actor precision 1.00 / 0.90,
// recall 0.85 / 0.90), studied since: it logs the table, and its misses
// on request.
func TestHoldout22(t *testing.T) { logUnthresholded(t, holdout22Dir, 40, true) }

// TestHoldout23 scores testdata/holdout23, written mid-session 9 and
// scored unread, the same on the session's starting code and on the code
// of that moment (victims en 0.58 / ja 0.67, records 0.94 / 0.97, actor
// precision 0.94 / 1.00, recall 1.00 / 1.00), studied since: it logs the
// table, and its misses on request.
func TestHoldout23(t *testing.T) { logUnthresholded(t, holdout23Dir, 40, true) }

// TestHoldout24 scores testdata/holdout24, written late in session 9 and
// scored unread, the same on the session's starting code and on the code
// of that moment (victims en 0.87 / ja 0.84, records 1.00 / 0.95, actor
// precision 1.00 / 1.00, recall 0.92 / 1.00), studied since: it logs the
// table, and its misses on request.
func TestHoldout24(t *testing.T) { logUnthresholded(t, holdout24Dir, 40, true) }

// TestHoldout25 scores testdata/holdout25, written at the start of session
// 10 and first scored on that session's starting code (victims en 0.50 /
// ja 0.58, records 0.83 / 0.85, actor precision 1.00 / 0.67, recall 0.79 /
// 1.00); a development set since: it logs the table, and its misses on
// request.
func TestHoldout25(t *testing.T) { logUnthresholded(t, holdout25Dir, 40, true) }

// TestHoldout27 scores testdata/holdout27, written at the start of session
// 11 and first scored on that session's starting code (victims en 0.77 /
// ja 0.52, records 0.90 / 0.83, actor precision 0.94 / 1.00, recall 0.88 /
// 1.00); a development set since: it logs the table, and its misses on
// request.
func TestHoldout27(t *testing.T) { logUnthresholded(t, holdout27Dir, 40, true) }

// logUnthresholded logs the score table of a labelled set of at least
// minFiles articles, and its misses when asked and allowed.
func logUnthresholded(t *testing.T, dir string, minFiles int, misses bool) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil || len(ents) < minFiles {
		t.Skipf("no complete labelled set at %s yet", dir)
	}
	arts, err := corpus.Load(dir)
	if err != nil {
		t.Fatalf("loading %s: %v", dir, err)
	}
	scores, failures := scoreArticles(New(nil), arts)
	logScores(t, scores)
	if misses && os.Getenv("INCIDENT_MISSES") != "" {
		for _, f := range failures {
			t.Log("miss:", f)
		}
	}
}

var fieldNames = []string{"victim", "records", "actor precision", "actor recall"}

// scoreArticles extracts every article and scores it against its labels.
func scoreArticles(x *Extractor, arts []corpus.Article) (map[string]*langScore, []string) {
	scores := map[string]*langScore{}
	var failures []string
	for _, a := range arts {
		f := x.Extract(Doc{Title: a.Title, Text: a.Text, Lang: a.Lang, URL: a.URL, Published: a.Published, Site: a.Source})
		s := scores[a.Lang]
		if s == nil {
			s = &langScore{}
			scores[a.Lang] = s
		}
		s.n++
		if got := f.VictimNames(); sameSet(got, a.Labels.Victims) {
			s.victimOK++
		} else {
			if s.missKinds == nil {
				s.missKinds = map[string]int{}
			}
			s.missKinds[corpus.VictimMiss(got, a.Labels.Victims)]++
			failures = append(failures, fmt.Sprintf("%s victims: got %q want %q", a.ID, got, a.Labels.Victims))
		}
		if got := f.RecordCount(); equalCount(got, a.Labels.Records) {
			s.recordOK++
		} else {
			failures = append(failures, fmt.Sprintf("%s records: got %v want %v (%s)", a.ID, deref(got), deref(a.Labels.Records), evidence(f.Records)))
		}
		tp, fp, fn := actorDiff(f.ActorNames(), a.Labels.Actors)
		s.actorTP, s.actorFP, s.actorFN = s.actorTP+tp, s.actorFP+fp, s.actorFN+fn
		if fp+fn > 0 {
			failures = append(failures, fmt.Sprintf("%s actors: got %q want %q (all: %s)", a.ID, f.ActorNames(), a.Labels.Actors, describeActors(f.Actors)))
		}
	}
	return scores, failures
}

func sortedLangs(scores map[string]*langScore) []string {
	langs := make([]string, 0, len(scores))
	for l := range scores {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	return langs
}

func logScores(t *testing.T, scores map[string]*langScore) {
	t.Helper()
	t.Logf("%-4s %4s %8s %8s %10s %8s", "lang", "n", "victim", "records", "actor P", "actor R")
	for _, l := range sortedLangs(scores) {
		fs := scores[l].fields()
		t.Logf("%-4s %4d %8.3f %8.3f %10.3f %8.3f", l, scores[l].n, fs["victim"], fs["records"], fs["actor precision"], fs["actor recall"])
	}
	for _, l := range sortedLangs(scores) {
		t.Logf("%-4s victim misses by kind: %s", l, corpus.MissLine(scores[l].missKinds))
	}
}

func equalCount(a, b *int64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func evidence(c *Count) string {
	if c == nil {
		return "no figure"
	}
	return c.Qualifier + " " + c.Unit + ": " + c.Evidence
}

func actorDiff(got, want []string) (tp, fp, fn int) {
	w := map[string]bool{}
	for _, a := range want {
		w[foldName(a)] = true
	}
	g := map[string]bool{}
	for _, a := range got {
		g[foldName(a)] = true
		if w[foldName(a)] {
			tp++
		} else {
			fp++
		}
	}
	for a := range w {
		if !g[a] {
			fn++
		}
	}
	return tp, fp, fn
}

func describeActors(as []Attribution) string {
	var parts []string
	for _, a := range as {
		parts = append(parts, a.Name+"/"+a.Strength)
	}
	return strings.Join(parts, ", ")
}

// TestHoldout8 scores the ninth labelled set. Its unseen scores are recorded
// (victims en 0.58 ja 0.53, records 0.58 / 0.84, actor P 0.67 / 1.00, R 1.00
// / 1.00); it logs the table, and its misses on request.
func TestHoldout8(t *testing.T) { logUnthresholded(t, holdout8Dir, 30, true) }
