package extract

import "testing"

// TestUnseenTemplates11 scores testdata/unseen11 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The templates are ones the
// READMEs and test doc comments of the earlier sets do not list: a Bugzilla
// security bug, a web mailing-list archive's conversation view, a
// restaurant-site builder, a Drupal Olivero-like university news story with
// a standfirst, a public radio station's story page, a web archive's
// snapshot with its injected toolbar, a court opinion on a case-law site, a
// privacy regulator's investigation report, a Form 6-K with a translated
// exhibit, a school-site builder's letter, a thread unroller, a health plan
// with language-assistance taglines, a church-site builder, a credit union's
// banking template, a wire release on a finance portal, an applicant-tracking
// job posting and a parliament's question-time transcript; a regional paper
// carrying a wire story, a city assembly's newsletter, a hospital's
// waiting-room poster, a nursery school's monthly newsletter, a campus
// portal, a condominium manager's residents' site, a town's hometown-tax
// page, a mobile game's news page, a ryokan, a research institute's 第2報, a
// car dealer, a SaaS vendor's marketing site, a line-based wiki notebook's
// book review, a white-paper chapter, a driving school, a pension fund's
// table layout and a foreign company's 抄訳, in UTF-8, Shift_JIS and EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; a clean export of the tree at commit
// a913946, extraction code as of a913946; Extract accepted every page): main
// text keep recall 182/187 = 0.973, 9 leaks, 29 clean cases, 29 exact titles
// (30 ignoring width and whitespace), 34 languages, 31 published dates;
// incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17     7/17    13/17    0.800    0.800 (4 of 5, 1 wrong)
//	ja    17    13/17    15/17    1.000    1.000 (4 of 4)
//	all   34    20/34    28/34    0.889    0.889 (8 of 9, 1 wrong)
//
// The code of commit 35a80ea, later in the same session, printed the same
// totals. Those figures are the honest unseen measure; the bars below sit a
// little under them and are only floors against regression. Never edit a page
// or a label to make this pass.
func TestUnseenTemplates11(t *testing.T) {
	const dir = "testdata/unseen11"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.95,
			maxLeaks:      12,
			minClean:      27,
			minTitle:      27,
			minLang:       33,
			minPublished:  29,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 6, minRecords: 12, minActorP: 0.75, minActorR: 0.75},
			"ja":  {minVictims: 12, minRecords: 14, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 18, minRecords: 26, minActorP: 0.85, minActorR: 0.85},
		})
	})
}
