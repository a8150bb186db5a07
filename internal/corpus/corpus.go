package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"
)

// ErrInvalid is wrapped by every error about a malformed article file.
var ErrInvalid = errors.New("corpus: invalid article")

// Article kinds, as used in Article.Kind.
const (
	KindNews        = "news"         // an outlet's own report
	KindRepost      = "repost"       // another outlet's report wrapped with an intro, ads or a credit line
	KindSummary     = "summary"      // a blog or newsletter digest summarising others' reports
	KindVendorPR    = "vendor_pr"    // a security vendor's press release or product announcement
	KindCompanyPR   = "company_pr"   // the breached organisation's own notice
	KindAdvisory    = "advisory"     // a CERT, government or vendor security advisory
	KindDistractor  = "distractor"   // security-adjacent text with no incident of its own
	KindTrendReport = "trend_report" // statistics and many groups, no single incident
)

// Kinds lists every valid Article.Kind.
var Kinds = []string{KindNews, KindRepost, KindSummary, KindVendorPR, KindCompanyPR,
	KindAdvisory, KindDistractor, KindTrendReport}

// Article is one labelled page of the corpus, as stored in articles/<id>.json.
type Article struct {
	// ID is unique in the corpus and equals the file name without ".json".
	ID string `json:"id"`
	// URL is the article's (fictional or real-looking) canonical address.
	URL string `json:"url"`
	// Source is the outlet or publisher name.
	Source string `json:"source"`
	// Lang is "en" or "ja".
	Lang string `json:"lang"`
	// Published is the publication time; zero when the file gives null.
	Published time.Time `json:"published"`
	// Kind is one of Kinds.
	Kind string `json:"kind"`
	// Title is the headline.
	Title string `json:"title"`
	// Text is the main text, paragraphs separated by a blank line.
	Text string `json:"text"`
	// Labels are the expected facts for this article.
	Labels Labels `json:"labels"`
}

// Labels are the hand-written expected facts of one article.
type Labels struct {
	// Victims are canonical names of organisations breached in the main incident; empty when none.
	Victims []string `json:"victims"`
	// Records is the count of records or people affected in the main incident; nil when the text gives none.
	Records *int64 `json:"records"`
	// Actors are canonical names of groups said (or suspected) to be behind the main incident.
	Actors []string `json:"actors"`
	// ActorsMentioned are groups the text names without attributing the main incident to them.
	ActorsMentioned []string `json:"actors_mentioned,omitempty"`
	// Incident is shared by all articles on one incident; "" (null in the file) for no incident.
	Incident string `json:"incident"`
	// Note explains a labelling decision that a reader might question.
	Note string `json:"note,omitempty"`
}

// Load reads and validates every *.json file in dir, sorted by ID.
func Load(dir string) ([]Article, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("corpus: listing %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("corpus: no article files in %s: %w", dir, os.ErrNotExist)
	}
	// Ids equal file names, so they are unique within dir without a further check.
	arts := make([]Article, 0, len(paths))
	for _, p := range paths {
		a, err := LoadFile(p)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	return arts, nil
}

// LoadFile reads and validates one article file; its id must equal the file name.
func LoadFile(path string) (Article, error) {
	var a Article
	data, err := os.ReadFile(path)
	if err != nil {
		return a, fmt.Errorf("corpus: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return a, fmt.Errorf("%w: %s: %w", ErrInvalid, path, err)
	}
	if want := strings.TrimSuffix(filepath.Base(path), ".json"); a.ID != want {
		return a, fmt.Errorf("%w: %s: id %q does not match the file name", ErrInvalid, path, a.ID)
	}
	if err := a.Validate(); err != nil {
		return a, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// Incidents groups articles by Labels.Incident, leaving out articles with none.
func Incidents(arts []Article) map[string][]Article {
	m := make(map[string][]Article)
	for _, a := range arts {
		if a.Labels.Incident != "" {
			m[a.Labels.Incident] = append(m[a.Labels.Incident], a)
		}
	}
	return m
}

// problems lists what is wrong with the article, in order; nil when it is well formed.
func (a Article) problems() []string {
	var p []string
	if a.ID == "" || strings.ContainsAny(a.ID, " /\\") {
		p = append(p, fmt.Sprintf("bad id %q", a.ID))
	}
	if !strings.HasPrefix(a.URL, "https://") && !strings.HasPrefix(a.URL, "http://") {
		p = append(p, fmt.Sprintf("url %q is not http(s)", a.URL))
	}
	if a.Lang != "en" && a.Lang != "ja" {
		p = append(p, fmt.Sprintf("lang %q is not en or ja", a.Lang))
	}
	if !slices.Contains(Kinds, a.Kind) {
		p = append(p, fmt.Sprintf("unknown kind %q", a.Kind))
	}
	if a.Source == "" || a.Title == "" || strings.TrimSpace(a.Text) == "" {
		p = append(p, "source, title and text must not be empty")
	}
	if a.Published.IsZero() {
		p = append(p, "published is missing")
	}
	return append(p, a.Labels.problems()...)
}

func (l Labels) problems() []string {
	var p []string
	if l.Victims == nil || l.Actors == nil {
		p = append(p, "labels.victims and labels.actors must be lists (use [] for none)")
	}
	if l.Records != nil && *l.Records <= 0 {
		p = append(p, fmt.Sprintf("labels.records %d is not positive", *l.Records))
	}
	for field, names := range map[string][]string{"victims": l.Victims, "actors": l.Actors, "actors_mentioned": l.ActorsMentioned} {
		if bad := badNames(names); bad != "" {
			p = append(p, fmt.Sprintf("labels.%s: %s", field, bad))
		}
	}
	for _, m := range l.ActorsMentioned {
		if slices.Contains(l.Actors, m) {
			p = append(p, fmt.Sprintf("labels: %q is both attributed and only mentioned", m))
		}
	}
	if l.Incident != strings.TrimSpace(l.Incident) || strings.Contains(l.Incident, " ") {
		p = append(p, fmt.Sprintf("labels.incident %q has spaces", l.Incident))
	}
	return p
}

// badNames says what is wrong with a list of canonical names, or "" when nothing is.
func badNames(names []string) string {
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		if n == "" || n != strings.TrimSpace(n) {
			return fmt.Sprintf("blank or padded name %q", n)
		}
		if seen[n] {
			return fmt.Sprintf("duplicate name %q", n)
		}
		seen[n] = true
	}
	return ""
}

// Validate reports every problem with the article's fields and labels, wrapping ErrInvalid.
func (a Article) Validate() error {
	if p := a.problems(); len(p) > 0 {
		return fmt.Errorf("%w %q: %s", ErrInvalid, a.ID, strings.Join(p, "; "))
	}
	return nil
}

// SetDir returns the directory holding the articles of the labelled set
// name (testdata/<name>/articles at the module's root), so that tests in
// any package find the sets without spelling out relative paths.
func SetDir(name string) string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("testdata", name, "articles")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", name, "articles")
}
