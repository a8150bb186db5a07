package extract

import "testing"

// TestUnseenTemplates19 scores testdata/unseen19 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. The pages are
// the mainstream ones the product meets daily: security-news sites of
// several templates, a WordPress re-posting blog, a newsletter digest, a
// press-release hub, a vendor's research blog, a dental group's notice, an
// 8-K text on an investor site, a government alert, a local paper, a
// pharmacy's letter about its vendor and a monthly statistics piece; in
// Japanese news sites, a business paper behind a member wall, a
// manufacturer's second report, a shop's apology, a hospital, a
// university, a city's notice about its contractor, a CERT-like alert, a
// consumer-advice column, a matome blog, a press-release distribution site,
// a vendor's trend report, a first report and a regional paper, in UTF-8,
// Shift_JIS and EUC-JP.
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
func TestUnseenTemplates19(t *testing.T) {
	const maxRejected = 34
	dir := unseenAccepted(t, "testdata/unseen19", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0,
			maxLeaks:      1000,
			minClean:      0,
			minTitle:      0,
			minLang:       0,
			minPublished:  0,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 0, minRecords: 0, minActorP: 0, minActorR: 0},
			"ja":  {minVictims: 0, minRecords: 0, minActorP: 0, minActorR: 0},
			"all": {minVictims: 0, minRecords: 0, minActorP: 0, minActorR: 0},
		})
	})
}
