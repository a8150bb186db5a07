package extract

import "testing"

// TestUnseenTemplates42 scores testdata/unseen42 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. It leans on
// advisories and the pages around them: a national CSIRT's alert, a network
// vendor's PSIRT bulletin and a joint government advisory with CVE,
// affected-version and revision-history tables; re-posts wrapped in heavy
// ad and affiliate chrome (a deals blog, a scraped Blogger-style mirror);
// security and trade news, a local TV station, a regulatory announcement on
// an investor site, an insurer's and a health system's notices, a vendor's
// research post and launch release, a newsletter roundup, a statistics
// piece and a patch roundup; in Japanese a coordination centre's alert, an
// agency's security notice and a device maker's PSIRT page, corporate
// newsrooms with no feed (breadcrumbs, year tabs, news lists, PDF links and
// このページの先頭へ), a timely disclosure on an IR site, a holding company's
// notice about its subsidiary, a town's notice, an inn's apology, IT and
// security news, a regional paper behind a paywall, a matome blog, an
// affiliate blog, a release-distribution page, a vendor's research blog and
// a paginated column, in UTF-8, Shift_JIS, Windows-31J and EUC-JP, some
// declared nowhere.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in ee8ea41 before
// any run, scored once on the code session 21 started with, 664ec98, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 170/170 = 1.000, 5 leaks, 29 clean cases, 34 exact titles, 34 languages,
// 33 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    15/17    17/17    1.000    0.857
//	ja    17    16/17    17/17    1.000    1.000
//	all   34    31/34    34/34    1.000    0.917
//
// with the victim misses sorted as none 0, spurious 3, form 0, partial 0,
// script 0, other 0. The set was then studied (session 21): its misses led
// to general rules (a newsletter's sponsor callout and affiliate boxes, a
// newsroom's list of other releases, <body id="pagetop">, a statistic's
// Title Case headline, a security office's site name, a maker's bulletin on
// its product's flaws, "we attribute this activity to"), after which it
// scores keep 170/170, 0 leaks, 34 clean, 34 dates, victims and records
// 34/34, actors 1.000/1.000. Being studied, it is no longer an unseen
// measure.
//
// The bars are floors a little under those figures, only against
// regression. Never edit a page or a label to make this pass.
func TestUnseenTemplates42(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen42", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      2,
			minClean:      32,
			minTitle:      33,
			minLang:       34,
			minPublished:  33,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 16, minActorP: 0.95, minActorR: 0.95},
			"ja":  {minVictims: 16, minRecords: 16, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 32, minRecords: 32, minActorP: 0.95, minActorR: 0.95},
		})
	})
}
