package extract

import "testing"

// TestUnseenTemplates10 scores testdata/unseen10 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The templates are ones the
// READMEs and test doc comments of the earlier sets do not list: a
// Moodle-like course announcement, a WordPress block-theme nonprofit post, a
// Tailwind SaaS blog, a Material-for-MkDocs incident report, a stock
// exchange's regulatory news announcement, a TYPO3-like press release, a
// crowdfunding project update, a Weebly-like practice blog, a Next.js App
// Router news page, a Quarto statistics report, a GitBook-like trust centre,
// a WriteFreely-like blog, a Web-Experience-Toolkit-like government release,
// a hyperlocal news site, a Prezly-like newsroom, an AMP web story and a
// Hashnode-like incident-response write-up; a 商工会議所, a 社会福祉法人's
// 第2報, a 税理士法人 blog, a university hospital's 第3報, a city hall CMS
// with a 組織 breadcrumb, a disclosure viewer's 訂正 notice, a 地方版 article
// behind a paywall, a 楽天ブログ-like summary, a one-page clinic site, an
// industry association, a securities firm's account-takeover notice, a
// government 注意喚起, an encyclopedia article, a board of education's 報道発表,
// a press-release hub, an IT news article with 追記 and a sports club's SSR
// page, in UTF-8, Shift_JIS and EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; a clean export of the tree at commit
// a913946, extraction code as of a913946; Extract accepted every page): main
// text keep recall 167/172 = 0.971, 11 leaks, 23 clean cases, 29 exact titles
// (29 ignoring width and whitespace), 34 languages, 29 published dates;
// incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    11/17    13/17    1.000    0.667 (4 of 6)
//	ja    17     9/17    17/17    1.000    0.500 (2 of 4)
//	all   34    20/34    30/34    1.000    0.600 (6 of 10, none wrong)
//
// Those figures are the honest unseen measure; the bars below sit a little
// under them and are only floors against regression. Never edit a page or a
// label to make this pass.
func TestUnseenTemplates10(t *testing.T) {
	const dir = "testdata/unseen10"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.95,
			maxLeaks:      14,
			minClean:      21,
			minTitle:      27,
			minLang:       33,
			minPublished:  27,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 10, minRecords: 12, minActorP: 0.95, minActorR: 0.60},
			"ja":  {minVictims: 8, minRecords: 16, minActorP: 0.95, minActorR: 0.45},
			"all": {minVictims: 18, minRecords: 28, minActorP: 0.95, minActorR: 0.55},
		})
	})
}
