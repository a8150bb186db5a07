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
// First run (34 cases, 17 en and 17 ja; labels committed in cf8d8f7 before any
// run, scored once on the extraction code of session 11's start,
// 3a80df7, with open bars): Extract rejected 0 of 34 pages; main text keep
// recall 158/158 = 1.000, 6 leaks, 29 clean cases, 34 exact titles, 34
// languages, 34 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    14/17    16/17    1.000    1.000
//	ja    17    16/17    17/17    1.000    0.750
//	all   34    30/34    33/34    1.000    0.909
//
// with the victim misses sorted as none 0, spurious 1, form 0, partial 0,
// other 3. At the end of session 11, read only as totals: victims 31 (en
// 15), records 32 (en 15), the rest the same.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates19(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen19", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      8,
			minClean:      27,
			minTitle:      32,
			minLang:       33,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 13, minRecords: 14, minActorP: 0.85, minActorR: 0.85},
			"ja":  {minVictims: 14, minRecords: 15, minActorP: 0.85, minActorR: 0.7},
			"all": {minVictims: 28, minRecords: 30, minActorP: 0.9, minActorR: 0.85},
		})
	})
}
