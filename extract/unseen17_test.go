package extract

import "testing"

// TestUnseenTemplates17 scores testdata/unseen17 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. The templates
// are ones the earlier sets did not use: a WooCommerce-like shop blog, an
// Intercom-like help-centre article, a music station's local news, a
// XenForo thread relaying a retailer's letter, a community story site, a
// broadcaster's block-built story, a Silverstripe-like health update, a
// DokuWiki announcement, a site-builder notice, a notification microsite, a
// chamber's member news, a real-estate agent site, a game devlog, a
// membership-site post, a chat-archive announcement, an exchange
// announcement and a webinar page; in Japanese a regional bank, a labour
// bank, a hospital's third report, a research lab, a city's press-conference
// transcript, a sports paper behind a paywall, a NetCommons school site, a
// community FM station, a funeral company, a shop builder, an NPO blog, a
// legal-news explainer, an anonymous board, a hotel chain, a card company, a
// gas utility and a seminar report, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; tree at commit de893d3, the set's
// own commit, extraction code as of 72bbe0f, run once with open bars):
// Extract rejected 0 of 34 pages; main text keep recall 162/166 = 0.976,
// 7 leaks, 29 clean cases, 31 exact titles (31 ignoring width and
// whitespace), 34 languages, 31 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    12/17    15/17    1.000    1.000
//	ja    17    11/17    11/17    1.000    1.000
//	all   34    23/34    26/34    1.000    1.000 (8 of 8, none wrong)
//
// with the victim misses sorted as none 3, spurious 0, form 2, partial 0,
// other 6.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates17(t *testing.T) {
	const maxRejected = 1
	dir := unseenAccepted(t, "testdata/unseen17", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.96,
			maxLeaks:      9,
			minClean:      27,
			minTitle:      29,
			minLang:       33,
			minPublished:  29,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 11, minRecords: 14, minActorP: 0.75, minActorR: 0.75},
			"ja":  {minVictims: 10, minRecords: 10, minActorP: 0.75, minActorR: 0.75},
			"all": {minVictims: 21, minRecords: 24, minActorP: 0.85, minActorR: 0.85},
		})
	})
}
