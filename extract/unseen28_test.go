package extract

import "testing"

// TestUnseenTemplates28 scores testdata/unseen28 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set
// was written to be studied after its first run. The templates are the mainstream pages the product meets daily: English security-news
// sites of several makes, a WordPress re-posting blog, a newsletter digest,
// a press-release hub, a vendor's research blog, a company's incident
// notice, an 8-K on an investor site, a customer letter, a government
// advisory and a local newspaper; in Japanese news sites of several makes,
// companies' お知らせ, お詫び and 第N報 pages, a hospital, a university, a
// municipality, a 注意喚起, a まとめ blog, a press-release distribution site
// and a timely disclosure, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 7fc8e9d before
// any run, scored once on the code session 15 started with, f61d853, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 170/170 = 1.000, 5 leaks, 29 clean cases, 33 exact titles, 34 languages,
// 34 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    17/17    17/17    1.000    1.000
//	ja    17    15/17    16/17    1.000    1.000
//	all   34    32/34    33/34    1.000    1.000
//
// with the victim misses sorted as none 0, spurious 0, form 0, partial 0,
// other 2. After study in session 15 (a hiragana name after 株式会社; a
// quoted name after 商社の; a first report's estimate; follow-us, affiliate
// and アンケート boxes; a heading ending on its company): 2 leaks, titles
// 34, victims 34/34, records 34/34, actors 1.00 / 1.00; the bars below
// guard that.
//
// Never edit a page or a label to make this pass.
func TestUnseenTemplates28(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen28", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      3,
			minClean:      31,
			minTitle:      34,
			minLang:       34,
			minPublished:  33,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 16, minActorP: 0.99, minActorR: 0.99},
			"ja":  {minVictims: 16, minRecords: 16, minActorP: 0.99, minActorR: 0.99},
			"all": {minVictims: 33, minRecords: 33, minActorP: 0.99, minActorR: 0.99},
		})
	})
}
