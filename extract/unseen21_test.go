package extract

import "testing"

// TestUnseenTemplates21 scores testdata/unseen21 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. It is mostly the
// mainstream pages the product meets daily: security-news sites, a
// re-posting WordPress blog, a newsletter issue, a wire release, a vendor
// research blog, a company's notice, an 8-K on an investor site, a
// government advisory, a local newspaper, a law firm's investigation post
// and a regulator's penalty notice; in Japanese news sites, a まとめ blog, a
// press-release site, companies' お知らせ and 第N報, a hospital, a
// university, a city, a regulator and two advisories, in UTF-8, Shift_JIS
// and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in d081580 before
// any run, scored once on the code session 12 started with, f419044, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 178/181 = 0.983, 5 leaks, 28 clean cases, 34 exact titles, 34 languages,
// 34 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    16/17    17/17    0.875    0.875
//	ja    17    13/17    15/17    1.000    1.000
//	all   34    29/34    32/34    0.909    0.909
//
// with the victim misses sorted as none 0, spurious 1, form 1, partial 0,
// other 3. At the end of session 12, read only as totals: the same. (A
// newsletter rule tried mid-session cost it a victim, a count and two
// actors and was taken back.)
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates21(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen21", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.96,
			maxLeaks:      7,
			minClean:      26,
			minTitle:      32,
			minLang:       33,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 15, minRecords: 16, minActorP: 0.8, minActorR: 0.8},
			"ja":  {minVictims: 12, minRecords: 14, minActorP: 0.9, minActorR: 0.9},
			"all": {minVictims: 27, minRecords: 30, minActorP: 0.85, minActorR: 0.85},
		})
	})
}
