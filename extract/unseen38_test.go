package extract

import "testing"

// TestUnseenTemplates38 scores testdata/unseen38 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// studied in session 19 after its first run (its per-case rows may be read).
// The templates
// are the mainstream pages of a 2026 crawl: a Next.js security-news story
// with hydration JSON, a WordPress news story with a pull quote, a Drupal
// trade-press story, a Register-like story, a block-theme startup-news story
// with an embedded post, an Astro story, a trend report, an aggregator's
// re-post, a newsletter roundup, a release hub carrying a credit union's
// notice, a vendor's Hugo case study, an 8-K on an investor-relations site,
// a shop's notice on Nuxt, a government advisory, a local paper and an AMP
// story, and a Medium-like post; in Japanese news sites with related boxes
// and paywalls, company 第N報 and お詫び pages, a hospital, a university, a
// city, a 注意喚起, a まとめ blog, a release-distribution site, a vendor's
// trend post, a subsidiary's final report on a legacy site, a Nuxt regional
// paper and an impersonation warning, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in b70f67b before
// any run, scored once on the code session 19 started with, 5c67511, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 167/167 = 1.000, 5 leaks, 30 clean cases, 34 exact titles, 34 languages,
// 34 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    13/17    17/17    0.857    0.857
//	ja    17    15/17    17/17    1.000    1.000
//	all   34    28/34    34/34    0.923    0.923
//
// with the victim misses sorted as none 0, spurious 2, form 2, partial 0,
// script 1, other 1. After study: 0 leaks, 34 clean, victims 16/17 and
// 16/17, actors 1.00 / 1.00 (a form and a script miss left, both label
// conventions).
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates38(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen38", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      3,
			minClean:      31,
			minTitle:      33,
			minLang:       34,
			minPublished:  33,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 15, minRecords: 16, minActorP: 0.9, minActorR: 0.9},
			"ja":  {minVictims: 15, minRecords: 16, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 30, minRecords: 32, minActorP: 0.9, minActorR: 0.9},
		})
	})
}
