package extract

import "testing"

// TestUnseenTemplates27 scores testdata/unseen27 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. The templates
// are the mainstream pages met every day: security-news stories in the
// manner of the large English outlets, a WordPress re-posting blog, a
// newsletter roundup, a wire release, a vendor's research post, a company's
// own notice, an 8-K on an investor site, a credit union's member letter, an
// ICS advisory, a local newspaper and a funding story; in Japanese news
// sites, a paywalled business paper, companies' お知らせ and お詫び reports,
// a hospital, a university, a city, a 注意喚起, a まとめ blog, a
// press-release site, a local paper, a smishing warning and a trend article,
// in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in ca3dd48 before
// any run, scored once on the code session 15 started with, f61d853, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 170/170 = 1.000, 11 leaks, 25 clean cases, 34 exact titles, 34 languages,
// 33 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    14/17    15/17    1.000    1.000
//	ja    17    15/17    14/17    0.714    1.000
//	all   34    29/34    29/34    0.846    1.000
//
// with the victim misses sorted as none 2, spurious 1, form 0, partial 0,
// other 2. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates27(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen27", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      12,
			minClean:      24,
			minTitle:      33,
			minLang:       34,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 13, minRecords: 14, minActorP: 0.9, minActorR: 0.9},
			"ja":  {minVictims: 14, minRecords: 13, minActorP: 0.6, minActorR: 0.9},
			"all": {minVictims: 27, minRecords: 27, minActorP: 0.75, minActorR: 0.9},
		})
	})
}
