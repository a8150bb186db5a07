package extract

import "testing"

// TestUnseenTemplates16 scores testdata/unseen16 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. The templates
// are ones the earlier sets did not use: a Divi-built trades firm's notice,
// an Accesswire-like hub release, a Gannett-like local paper, a Kentico-like
// hospital page, a student newspaper, a national CERT's numbered alert, a
// vBulletin thread relaying a vendor's letter, a pdftohtml county letter, a
// Word-saved notice in windows-1252, a Slashdot-like story, an association
// platform, a Cascade-like college page, an OpenCities-like council update,
// a breach index's entry, a Chorus-like tech story, an attorney general's
// yearly statistics and a conference talk page; in Japanese an
// administrative association, a junior college, a frameset content page, a
// pdftohtml press release, a forecast revision, a regional paper, a pharmacy
// trade paper, a school on a city CMS, a silver human resources centre, a
// Ninja-Blog-like summary, a Japanese wire release, a campaign 注意喚起, a
// golf club, a consultancy's second report, a regulator's guidance with its
// 別紙, a baserCMS-like survey and a consumer centre's warning, in UTF-8,
// windows-1252, Shift_JIS and EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; tree at commit 84ba0b8, the set's
// own commit, run once with open bars): Extract rejected 1 page outright
// ("no article text found"), so its 5 keep snippets and its facts were not
// scored; over the others, main text keep recall 168/172 = 0.977 (168/177
// = 0.949 counting the rejected page's snippets as missed), 11 leaks, 24
// clean cases, 30 exact titles (30 ignoring width and whitespace), 33
// languages, 25 published dates (each of 34); incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    16    12/16    13/16    1.000    1.000 (5 of 5)
//	ja    17    13/17    15/17    0.800    1.000 (4 of 4, 1 wrong)
//	all   33    25/33    28/33    0.900    1.000 (9 of 9, 1 wrong)
//
// with the victim misses sorted as none 3, spurious 2, form 2, partial 0,
// other 1. Since the shared scorers fail a test on any page Extract
// rejects, this test counts rejected pages as a figure of its own (floor:
// at most 1) and scores the accepted pages; that harness was added after
// the first run and run once more on the same tree to check the bars,
// with no page, label or extraction code changed.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
//
// Session 10, after Extract learnt to take a page's plainly visible text
// when no container holds it (text straight in <body> or a <font>, lines
// parted by <br>) and the markup kept in <noscript>, <noframes> and
// srcdoc, all without reading this set: no page is rejected any more, and
// the page once rejected is now scored with the chrome around its text
// (totals: keep recall 173/177, leaks 15, titles 31, dates 26 of 34;
// victims 25, records 29 of 34). The rejection ceiling is 0 and the leak
// ceiling takes in that page's chrome.
func TestUnseenTemplates16(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen16", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.96,
			maxLeaks:      17,
			minClean:      22,
			minTitle:      28,
			minLang:       32,
			minPublished:  23,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 11, minRecords: 12, minActorP: 0.80, minActorR: 0.80},
			"ja":  {minVictims: 12, minRecords: 14, minActorP: 0.65, minActorR: 0.75},
			"all": {minVictims: 23, minRecords: 26, minActorP: 0.80, minActorR: 0.85},
		})
	})
}
