package extract

import "testing"

// TestUnseenTemplates31 scores testdata/unseen31 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. Its focus is the
// mainstream pages the product meets daily: security-news stories in the
// manner of the large English outlets, a WordPress re-posting blog, a
// newsletter roundup, a wire page carrying a victim's notice, a vendor's
// research post and product launch, a credit union's letter, an 8-K on an
// investor site, a government advisory, a local paper and a health-privacy
// news site; in Japanese the IT-news and security-news sites, a business
// paper behind a member wall, newsroom 第N報 and お詫び pages, a hospital, a
// university, a city, a CERT 注意喚起, an agency's quarterly report, a
// まとめ blog, a press-release distribution site, a vendor's research blog
// and a regional paper, in UTF-8, Shift_JIS and EUC-JP declared in different
// ways.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed before any run,
// scored on the code session 16 started with, b27e898, with open bars):
// Extract rejected 0 of 34 pages; main text keep recall 170/170 = 1.000, 11
// leaks, 25 clean cases, 34 exact titles, 34 languages, 33 published dates;
// incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    14/17    15/17    0.778    1.000
//	ja    17    17/17    17/17    1.000    1.000
//	all   34    31/34    32/34    0.857    1.000
//
// with the victim misses sorted as none 0, spurious 3, form 0, partial 0,
// script 0, other 0. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates31(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen31", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      13,
			minClean:      23,
			minTitle:      33,
			minLang:       34,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 13, minRecords: 14, minActorP: 0.7, minActorR: 0.9},
			"ja":  {minVictims: 16, minRecords: 16, minActorP: 0.9, minActorR: 0.9},
			"all": {minVictims: 29, minRecords: 30, minActorP: 0.8, minActorR: 0.9},
		})
	})
}
