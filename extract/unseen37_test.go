package extract

import "testing"

// TestUnseenTemplates37 scores testdata/unseen37 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. The templates
// are the mainstream pages the product meets daily: English security-news
// sites of several shapes, a WordPress re-posting blog, a newsletter
// digest, a newswire release, a vendor's research blog, a grocer's notice,
// an 8-K on an investor site, an ICS advisory, a local newspaper, a trade
// site on a payroll vendor, a consumer explainer and a trend piece; in
// Japanese news sites of several shapes, companies' お知らせ, お詫び and
// 第N報 pages, a hospital, a university, a city, a 注意喚起, a まとめ blog,
// a press-release distribution site, a vendor's trend report and a bank's
// phishing warning, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in c0938de before
// any run, scored once on the code session 18 started with, dfd2ff1, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 169/170 = 0.994, 6 leaks, 28 clean cases, 34 exact titles, 34 languages,
// 33 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    14/17    16/17    0.778    1.000
//	ja    17    14/17    17/17    1.000    1.000
//	all   34    28/34    33/34    0.867    1.000
//
// with the victim misses sorted as none 2, spurious 2, form 0, partial 0,
// script 1, other 1. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates37(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen37", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      8,
			minClean:      26,
			minTitle:      33,
			minLang:       34,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 13, minRecords: 15, minActorP: 0.7, minActorR: 0.95},
			"ja":  {minVictims: 13, minRecords: 16, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 26, minRecords: 31, minActorP: 0.8, minActorR: 0.95},
		})
	})
}
