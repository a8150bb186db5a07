package extract

import "testing"

// TestUnseenTemplates7 scores testdata/unseen7 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The templates are ones the
// READMEs of the earlier sets do not list: a Tumblr-like reblog chain, a
// Ghost-like members paywall, a phpBB topic, Joomla-, Squarespace-,
// Substack-, LinkedIn-, Zendesk-, Google-Sites-, Docusaurus- and Hugo-like
// pages, a GitHub-Discussions-like announcement, a JCN-Newswire-like
// release, a live blog, a link aggregator's thread, legal news on a class
// action, an incident-response case study; an Ameba-like staff blog, a
// livedoor-news-like portal copy, a Hatena-Bookmark-like entry, a
// regulator's 行政上の対応, a 専門学校, a ValuePress-like hub, a 商工会, an
// IR page on an investigation report, a TV news site, a short security-news
// item, a think-tank survey, a Qiita-like how-to, a STUDIO-like NPO site, a
// Business-Wire-Japan-like translation, a 社会福祉協議会, a Mailman archive
// message and a Blogger-like roundup, in UTF-8, Shift_JIS and EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; a clean export of the tree at commit
// 64f473a, extraction code as of 29e1cff): main text keep recall 165/166 =
// 0.994, 19 leaks, 23 clean cases, 33 exact titles (34 ignoring width and
// whitespace), 34 languages, 29 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    11/17    13/17    1.000    0.833 (5 of 6)
//	ja    17    12/17    14/17    1.000    1.000 (3 of 3)
//	all   34    23/34    27/34    1.000    0.889 (8 of 9, none wrong)
//
// Those figures are the honest unseen measure. One published label carried
// a fraction of a second the page does not give (a plain label error, fixed
// after the run); against the fixed label that run's date would have scored
// 30/34. The session's starting code (658625d) scored the same. Session 6
// then studied the set: victims 31/34 (15 and 16), records 30/34. The
// incident bars are raised to just under that; all bars are only floors
// against regression. Never edit a page or a label to make this pass.
func TestUnseenTemplates7(t *testing.T) {
	const dir = "testdata/unseen7"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.97,
			maxLeaks:      22,
			minClean:      21,
			minTitle:      32,
			minLang:       33,
			minPublished:  28,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 15, minRecords: 14, minActorP: 0.95, minActorR: 0.80},
			"ja":  {minVictims: 15, minRecords: 14, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 31, minRecords: 29, minActorP: 0.95, minActorR: 0.85},
		})
	})
}
