package extract

import "testing"

// TestUnseenTemplates15 scores testdata/unseen15 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The
// templates are ones the earlier sets did not use: a wire service's own
// story page, an SNO-like student paper, a Facebook-like page post, an
// Etsy-like shop announcement, a Steam-like hub announcement, a Khoros-like
// vendor community, a breach-notification entry, Lotus Domino, FrontPage,
// Plone and DotNetNuke pages, a police-news platform, a senator's release, a
// conference session, a journal article, a Jekyll blog, a dealer platform; in
// Japanese a gourmet portal's store notice, an Ownd-like builder, a local
// business news site, a case-law page, a consumer leaflet, a web 招集通知, an
// event report, a portal's expert column, a J-STAGE-like case report, old
// table and corporate layouts, WordPress, an Inertia data-page site and a
// Concrete CMS site, in UTF-8, Shift_JIS (labels Shift_JIS, sjis) and EUC-JP
// (labels EUC-JP, euc-jp, x-euc-jp).
//
// First run (34 cases, 17 en and 17 ja; commit 89ebd0b exported clean, so
// extraction code as of 055c8e5 without uncommitted work in the tree): main
// text keep recall 169/170 = 0.994, 3 leaks, 32 clean cases, 30 exact titles
// (30 ignoring width and whitespace), 34 languages, 29 published dates;
// incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17     7/17    15/17    0.714    0.833 (5 of 6, 2 wrong)
//	ja    17    12/17    12/17    1.000    1.000 (3 of 3)
//	all   34    19/34    27/34    0.800    0.889 (8 of 9, 2 wrong, 1 missed)
//
// Those figures are the honest unseen measure; the bars below are a little
// under them and are only floors against regression. Never edit a page or a
// label to make this pass.
func TestUnseenTemplates15(t *testing.T) {
	const dir = "testdata/unseen15"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.97,
			maxLeaks:      6,
			minClean:      30,
			minTitle:      28,
			minLang:       33,
			minPublished:  27,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 6, minRecords: 14, minActorP: 0.65, minActorR: 0.80},
			"ja":  {minVictims: 11, minRecords: 11, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 17, minRecords: 25, minActorP: 0.75, minActorR: 0.85},
		})
	})
}
