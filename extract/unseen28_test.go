package extract

import "testing"

// TestUnseenTemplates28 scores testdata/unseen28 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// was written to be studied after its first run. The templates
// are the mainstream pages the product meets daily: English security-news
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
// First run: (to be filled after the first run)
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
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
