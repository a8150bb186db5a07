package extract

import "testing"

// TestUnseenTemplates39 scores testdata/unseen39 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. It covers the
// mainstream pages met every day, with heavy chrome: security-news sites with
// mega-menus, cookie walls, newsletter modals and trending rails, a
// newspaper-theme re-posting blog, a newsletter issue, a wire-service
// release, a vendor's research post, a pharmacy's notice, an 8-K on an
// investor site, a client letter, a government alert, a local paper and a
// live blog; in Japanese IT and security news sites, a business paper behind
// a paywall, newsroom reports, a table-layout shop apology, a PDF notice, a
// hospital, a university, a city, a coordination centre's alert, a matome
// blog, a release-distribution site, a frames-era chamber page and a trend
// article, in UTF-8, Shift_JIS, Windows-31J and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 6582369 before
// any run, scored once on the code session 19 started with, 5c67511, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 170/171 = 0.994, 1 leak, 32 clean cases, 33 exact titles, 34 languages,
// 34 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    16/17    15/17    1.000    1.000
//	ja    17    12/17    15/17    1.000    1.000
//	all   34    28/34    30/34    1.000    1.000
//
// with the victim misses sorted as none 0, spurious 3, form 0, partial 0,
// script 0, other 3. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates39(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen39", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      4,
			minClean:      30,
			minTitle:      32,
			minLang:       34,
			minPublished:  33,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 15, minRecords: 14, minActorP: 0.95, minActorR: 0.95},
			"ja":  {minVictims: 11, minRecords: 14, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 26, minRecords: 28, minActorP: 0.95, minActorR: 0.95},
		})
	})
}
