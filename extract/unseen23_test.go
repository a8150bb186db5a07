package extract

import "testing"

// TestUnseenTemplates23 scores testdata/unseen23 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. The templates
// are the mainstream ones an aggregator meets daily: security-news sites on
// a blog CMS's newspaper theme, a headless front end, an in-house story
// template, an enterprise-CMS article, a trade magazine, a UK tech tabloid
// and a local paper on a publishing platform; a re-posting blog wrapping
// another outlet's story; a newsletter roundup; a press-release wire
// carrying a victim's notice; a static-site research blog; a clinic's
// notice on an open-source CMS; a shop's customer letter; an investor site
// reproducing a current report; a government ICS advisory; a blog-platform
// statistics post; in Japanese IT-news, short-news, member-news, ISP-news and
// business-daily pages, a local paper, a manufacturer's second report, a
// shop's apology, a hospital, a university, a city, a coordination centre's
// alert, a re-post blog of a board thread, a release-distribution site, a
// staffing firm's third report, a personal column and a vendor's research
// blog, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 939ffc3 before
// any run, scored once on the code session 13 started with, 2750331, with
// open bars, and the same on e664bbb): Extract rejected 0 of 34 pages; main
// text keep recall 169/169 = 1.000, 9 leaks, 26 clean cases, 34 exact
// titles, 34 languages, 33 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    15/17    15/17    0.833    0.714
//	ja    17    16/17    16/17    1.000    1.000
//	all   34    31/34    31/34    0.909    0.833
//
// with the victim misses sorted as none 0, spurious 1, form 1, partial 0,
// other 1.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates23(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen23", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.97,
			maxLeaks:      11,
			minClean:      24,
			minTitle:      32,
			minLang:       33,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 14, minRecords: 14, minActorP: 0.75, minActorR: 0.65},
			"ja":  {minVictims: 15, minRecords: 15, minActorP: 0.9, minActorR: 0.9},
			"all": {minVictims: 29, minRecords: 29, minActorP: 0.85, minActorR: 0.75},
		})
	})
}
