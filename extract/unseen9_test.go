package extract

import "testing"

// TestUnseenTemplates9 scores testdata/unseen9 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The templates are ones the
// READMEs and file names of the earlier sets do not list: a SharePoint-
// published transit page, a Framer-built start-up post, a ParentSquare-like
// district post, an attorney general's breach form, an e-mail campaign
// archive, a beehiiv-like roundup, BLOX- and Brightspot-like news sites, a
// Liferay-like agency release, a pdf2htmlEX patient letter, a video watch
// page, a Stack-Exchange-like question, a law firm's client alert, a
// Salesforce-community-like knowledge article, a Sitecore-like health system
// notice, an OU-Campus-like university page, a Carrd-like one-page site; a
// prefectural gazette's 告示, a 生協, an academic society on a hosted
// platform, a 自治会's hand-made page, a 信用金庫, a hospital's old XHTML
// site, a TypePad-like staff blog, an エキサイトブログ-like summary, an
// EDINET-like 臨時報告書 in inline XBRL, a Cocoon-themed affiliate blog, a
// 健康保険組合, a shop-builder card-skimming notice, a law firm's column, an
// Astro-built vendor report, a Wix-like salon page, a library OPAC notice and
// a dedicated incident site, in UTF-8, Shift_JIS and EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; a clean export of the tree at commit
// d00fea4, extraction code as of d00fea4; Extract accepted every page): main
// text keep recall 157/170 = 0.924, 20 leaks, 18 clean cases, 28 exact titles
// (28 ignoring width and whitespace), 34 languages, 32 published dates;
// incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    10/17    13/17    0.667    1.000 (4 of 4, 2 wrong)
//	ja    17     7/17    13/17    1.000    0.750 (3 of 4)
//	all   34    17/34    26/34    0.778    0.875 (7 of 8, 2 wrong)
//
// Those figures are the honest unseen measure; the bars below sit a little
// under them and are only floors against regression. Never edit a page or a
// label to make this pass.
func TestUnseenTemplates9(t *testing.T) {
	const dir = "testdata/unseen9"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.90,
			maxLeaks:      23,
			minClean:      16,
			minTitle:      26,
			minLang:       33,
			minPublished:  30,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 9, minRecords: 12, minActorP: 0.60, minActorR: 0.95},
			"ja":  {minVictims: 6, minRecords: 12, minActorP: 0.95, minActorR: 0.70},
			"all": {minVictims: 15, minRecords: 24, minActorP: 0.70, minActorR: 0.85},
		})
	})
}
