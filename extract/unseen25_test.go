package extract

import "testing"

// TestUnseenTemplates25 scores testdata/unseen25 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. The templates
// are the mainstream pages the product meets daily: security-news sites of
// several shapes, a WordPress re-posting blog, a newsletter digest, a
// press-release wire carrying a victim's notice and another carrying a
// vendor's launch, a vendor's incident-response write-up, a credit union's
// notice, an 8-K on an investor site, a shop's customer letter, a
// government advisory and a local newspaper; in Japanese security and
// business news sites, companies' お知らせ, お詫び and 第N報 pages, a
// hospital, a university, a city, a CERT's 注意喚起, a まとめ blog, a
// press-release distribution site, a policy story, a regional paper and a
// vendor's research blog, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in f039f41 before
// any run, scored once on the code session 14 started with, b35e1b3, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 170/170 = 1.000, 7 leaks, 27 clean cases, 34 exact titles, 34 languages,
// 32 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    12/17    15/17    0.875    1.000
//	ja    17    16/17    14/17    0.833    1.000
//	all   34    28/34    29/34    0.857    1.000
//
// with the victim misses sorted as none 2, spurious 2, form 2, partial 0,
// other 0. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates25(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen25", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      8,
			minClean:      26,
			minTitle:      33,
			minLang:       34,
			minPublished:  31,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 11, minRecords: 14, minActorP: 0.8, minActorR: 0.9},
			"ja":  {minVictims: 15, minRecords: 13, minActorP: 0.8, minActorR: 0.9},
			"all": {minVictims: 27, minRecords: 28, minActorP: 0.8, minActorR: 0.9},
		})
	})
}
