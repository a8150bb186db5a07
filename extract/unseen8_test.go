package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnseenTemplates8 scores testdata/unseen8 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The templates are ones the
// READMEs and file names of the earlier sets do not list: a Nuxt-rendered
// tech-news page, an Arc-XP-like newspaper, a Shopify-like store blog, an
// Elementor-built clinic site, a Forem-like post-mortem, a word-processor
// notice published to the web, a Jira-like public issue, a podcast episode
// page, a Telegram-like channel post, a Q4-like IR release, a GOV.UK-like
// press release, a disclosed bug-bounty report, a preprint abstract page, an
// AEM-like newsroom, a Canvas-like LMS announcement, an Angular SSR threat
// brief, an Obsidian-Publish-like note; a goo-blog-like diary, a 知恵袋-like
// Q&A, a 5ch-like thread, an EC-CUBE-like shop, a Movable Type newsroom, an
// a-blog-cms vendor notice, a SHIRASAGI-like waterworks page, a paginated
// IT-news article, a PukiWiki-like wiki page, a slide transcript, a
// cooperative's table layout, an alumni association's hand-made page, a
// グーペ-like union site, an IR earnings-briefing Q&A, a JC3-like advisory, an
// insurer's notice and an old news-CGI page, in UTF-8, Shift_JIS and EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; a clean export of the tree at commit
// d00fea4, extraction code as of d00fea4): Extract returned "no article text
// found" for 2 English pages (the Elementor-built page and the AEM-like
// newsroom), which the scorers report as errors and leave out of every
// count. Over the other 32 the run printed: main text keep recall 160/161 =
// 0.994, 12 leaks, 24 clean cases, 26 exact titles (26 ignoring width and
// whitespace), 32 languages, 28 published dates (the scorer printed each
// over 34); incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    15    12/15    13/15    0.857    1.000 (6 of 6, 1 wrong)
//	ja    17    11/17    16/17    1.000    1.000 (4 of 4)
//	all   32    23/32    29/32    0.909    1.000 (10 of 10, 1 wrong)
//
// Counting the two rejected pages as wholly missed, the text figures are keep
// recall 160/171 = 0.936, 24/34 clean, 26/34 titles, 32/34 languages and
// 28/34 dates, and victims 23/34, records 29/34.
//
// Those figures are the honest unseen measure; the bars below sit a little
// under them and are only floors against regression. So that the rejected
// pages are counted rather than reported as test errors, the test scores the
// cases Extract accepts and fails when it rejects more than the first run
// did. Never edit a page or a label to make this pass.
func TestUnseenTemplates8(t *testing.T) {
	scored := unseen8Accepted(t, "testdata/unseen8", 2)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, scored, unseenFloors{
			minKeepRecall: 0.97,
			maxLeaks:      14,
			minClean:      22,
			minTitle:      24,
			minLang:       31,
			minPublished:  26,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, scored, map[string]unseenFactFloors{
			"en":  {minVictims: 11, minRecords: 12, minActorP: 0.80, minActorR: 0.95},
			"ja":  {minVictims: 10, minRecords: 15, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 21, minRecords: 27, minActorP: 0.85, minActorR: 0.95},
		})
	})
}

// unseen8Accepted copies into a temporary directory every case of dir that
// Extract accepts both from the case's own URL and from the local test
// origin, logs each case it rejects, fails the test when more than
// maxRejected are rejected, and returns the directory.
func unseen8Accepted(t *testing.T, dir string, maxRejected int) string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no unseen cases in %s: %v", dir, err)
	}
	out := t.TempDir()
	x := New()
	var rejected []string
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".json")
		label, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var c unseenCase
		if err := json.Unmarshal(label, &c); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		body, err := os.ReadFile(strings.TrimSuffix(p, ".json") + ".html")
		if err != nil {
			t.Fatal(err)
		}
		local, err := unseenLocalURL(c.URL)
		if err != nil {
			t.Fatalf("%s: url: %v", p, err)
		}
		var why error
		for _, u := range []string{c.URL, local} {
			if _, err := x.Extract(Page{URL: u, Body: body, ContentType: c.ContentType}); err != nil {
				why = err
				break
			}
		}
		if why != nil {
			rejected = append(rejected, name)
			t.Logf("%s: rejected, counted as missed: %v", name, why)
			continue
		}
		for ext, b := range map[string][]byte{".json": label, ".html": body} {
			if err := os.WriteFile(filepath.Join(out, name+ext), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("Extract accepted %d of %d cases", len(paths)-len(rejected), len(paths))
	if len(rejected) > maxRejected {
		t.Errorf("Extract rejected %d cases %q, above the ceiling %d", len(rejected), rejected, maxRejected)
	}
	return out
}
