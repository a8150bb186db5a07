package extract

import "testing"

// TestUnseenTemplates6 scores testdata/unseen6 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The templates are ones the
// earlier sets did not use: a Reddit-like thread, a Mastodon-like post, a
// package-advisory page, a print view, page 1 of a paginated article, a feed
// aggregator's item view, a Discourse-like forum topic, Wix-, Webflow-,
// Gatsby-, Notion- and HubSpot-like pages, an ISAC e-mail bulletin, an
// attorney general's breach notice in ISO-8859-1, an earnings-call
// transcript, a MediaWiki-like article, a page behind a consent-manager
// banner; livedoor- and Seesaa-like blogs, a paywalled business paper, a
// 報道発表 with 別紙, JVN- and IPA-like pages, a 決算短信 with a 特別損失
// note, a Jimdo-like site, a 業界紙, an AMP article, a Togetter-like まとめ,
// a contractor's and a client's notice, an old nursery-school page, a police
// release, an event page and a Next.js tech blog, in UTF-8, Shift_JIS and
// EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; a clean export of the tree at commit
// e56b023, extraction code as of 575ad42): main text keep recall 172/173 =
// 0.994, 27 leaks, 18 clean cases, 30 exact titles (30 ignoring width and
// whitespace), 34 languages, 29 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    15/17    16/17    1.000    1.000 (8 of 8)
//	ja    17    10/17    14/17    1.000    0.800 (4 of 5)
//	all   34    25/34    30/34    1.000    0.923 (12 of 13, none wrong)
//
// Those figures are the honest unseen measure (the session's starting code,
// 658625d, scored the same). Session 6 then studied the set: main text 16
// leaks, 22 clean, 33 titles; victims 33/34, records 33/34, actor recall
// 1.00. The bars are raised to just under that and are only floors against
// regression. Never edit a page or a label to make this pass.
func TestUnseenTemplates6(t *testing.T) {
	const dir = "testdata/unseen6"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      19,
			minClean:      21,
			minTitle:      32,
			minLang:       33,
			minPublished:  28,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 16, minActorP: 0.95, minActorR: 0.85},
			"ja":  {minVictims: 15, minRecords: 15, minActorP: 0.95, minActorR: 0.75},
			"all": {minVictims: 31, minRecords: 31, minActorP: 0.95, minActorR: 0.84},
		})
	})
}
