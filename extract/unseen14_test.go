package extract

import "testing"

// TestUnseenTemplates14 scores testdata/unseen14 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The pages are everyday
// breach coverage and notices: local TV and newspaper sites, healthcare,
// K-12, banking and insurance trade press, a breach portal's detail view, an
// attorney general's settlement, a notice of data event, an 8-K Item 1.05, a
// school district and a city page, a substitute notice, UK and Australian
// regulators' pages, an aggregator's excerpt, Reddit- and Hacker-News-like
// posts; in Japanese a So-net-like blog, regional and trade papers, a
// disclosure viewer's final report, a special-loss notice, a paywalled
// business paper, IT news, school, hospital, bank, prefecture, SaaS and
// clinic notices and an anonymous diary, in UTF-8, Shift_JIS and EUC-JP.
//
// First run (34 cases, 20 en and 14 ja; tree at commit b402690, extraction
// code as of 63bf993): main text keep recall 149/149 = 1.000, 5 leaks, 30
// clean cases, 31 exact titles (31 ignoring width and whitespace), 34
// languages, 28 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    20    16/20    17/20    1.000    1.000 (6 of 6)
//	ja    14    12/14    14/14    1.000    1.000 (6 of 6)
//	all   34    28/34    31/34    1.000    1.000 (12 of 12, none wrong)
//
// (The run was repeated once on the same tree only because the first
// run's log was lost to an output filter; nothing was changed between.)
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates14(t *testing.T) {
	const dir = "testdata/unseen14"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.97,
			maxLeaks:      8,
			minClean:      28,
			minTitle:      29,
			minLang:       33,
			minPublished:  26,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 15, minRecords: 16, minActorP: 0.95, minActorR: 0.80},
			"ja":  {minVictims: 11, minRecords: 13, minActorP: 0.95, minActorR: 0.80},
			"all": {minVictims: 26, minRecords: 29, minActorP: 0.95, minActorR: 0.90},
		})
	})
}
