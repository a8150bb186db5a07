package extract

import "testing"

// TestUnseenTemplates13 scores testdata/unseen13 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The templates are ones the
// earlier sets did not use: a local TV station on a legacy WorldNow-like
// stack, wire copy in a news-aggregator app's web view, an insurance
// regulator's enforcement release, a class-action settlement site, a status
// page's incident, a ServiceNow-like IT knowledge article, a
// Blackboard-WCM-like district letter, a Duda-like substitute notice, a
// Luminate-like charity letter, a digital edition's text view, a hosted
// newsroom, a start-page portal's partner copy, an e-mail bulletin archive, a
// Lemmy-like link post, a notebook-rendered research post, a Next.js claims
// report and a changelog; in Japanese a town CMS page, a hospital notice with
// a Q&A accordion, an educational corporation, a fisheries cooperative's
// table page, BiND- and SWELL-like company reports, a trade paper, a
// regional paper, IT news, a まとめ curation page, a city newsletter page, a
// school-site notice, a vendor's campaign analysis, a half-year survey, a
// reseller's case study, a cleaning chain's 第2報 and a shop-builder notice,
// in UTF-8, Shift_JIS and EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; extraction code as of 5aff16f, the
// tree when the set was started, run once): main text keep recall 160/160 =
// 1.000, 5 leaks, 30 clean cases, 33 exact titles (33 ignoring width and
// whitespace), 34 languages, 28 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    11/17    16/17    0.800    0.800 (4 of 5, 1 wrong)
//	ja    17    12/17    15/17    1.000    0.833 (5 of 6)
//	all   34    23/34    31/34    0.900    0.818 (9 of 11, 1 wrong)
//
// Those figures are the honest unseen measure; the bars below are a little
// under them and are only floors against regression. Never edit a page or a
// label to make this pass.
func TestUnseenTemplates13(t *testing.T) {
	const dir = "testdata/unseen13"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.97,
			maxLeaks:      8,
			minClean:      28,
			minTitle:      31,
			minLang:       33,
			minPublished:  26,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 10, minRecords: 15, minActorP: 0.75, minActorR: 0.75},
			"ja":  {minVictims: 11, minRecords: 14, minActorP: 0.95, minActorR: 0.80},
			"all": {minVictims: 21, minRecords: 29, minActorP: 0.85, minActorR: 0.75},
		})
	})
}
