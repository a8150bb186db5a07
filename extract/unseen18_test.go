package extract

import "testing"

// TestUnseenTemplates18 scores testdata/unseen18 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. The templates
// are the mainstream pages the product meets daily: security-news sites
// modelled on the large English outlets, a weekly roundup, a WordPress
// re-posting blog, a newsletter issue, a wire hub's release, a vendor's
// research post, a dental practice's notice, an 8-K on an investor site, a
// school district's letter about its vendor, a CERT-style ICS advisory, a
// local newspaper and a takedown story; in Japanese, news sites modelled on
// the large Japanese outlets (one behind a paywall), companies' 第1報 and
// 第2報 notices, a shop's mis-sent newsletter, a hospital, a university, a
// city's release about its contractor, a 注意喚起, a まとめ blog, a
// press-release distribution site, a vendor's research blog and a local
// paper, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed before any run,
// extraction code of session 11's start, 3a80df7, open bars): Extract
// rejected 0 of 34 pages; main text keep recall 162/162 = 1.000, 9 leaks,
// 28 clean cases, 32 exact titles, 34 languages, 33 published dates;
// incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    13/17    16/17    0.833    1.000
//	ja    17    12/17    16/17    0.833    1.000
//	all   34    25/34    32/34    0.833    1.000
//
// with the victim misses sorted as none 1, spurious 4, form 2, partial 0,
// other 2. The set was studied in session 11 (its misses read and general
// causes fixed on invented cases): victims and records 34 of 34, actors
// 1.000 / 1.000, titles 33. Unlike unseen19 it is a development set now.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates18(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen18", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      11,
			minClean:      26,
			minTitle:      31,
			minLang:       33,
			minPublished:  31,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 15, minRecords: 15, minActorP: 0.85, minActorR: 0.85},
			"ja":  {minVictims: 15, minRecords: 15, minActorP: 0.85, minActorR: 0.85},
			"all": {minVictims: 31, minRecords: 31, minActorP: 0.9, minActorR: 0.9},
		})
	})
}
