package extract

import "testing"

// TestUnseenTemplates5 scores testdata/unseen5 (see its README), a held-out
// set of whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The templates are ones the
// earlier sets did not use: Ghost-, Medium- and Substack-like posts, an EDGAR
// 8-K, a CivicPlus-like News Flash, status-page timelines, a law firm's
// investigation page, a leak-site tracker, a Hatena-like blog, a note-like
// column, a portal's syndicated copy with 配信元, PR-hub releases, an IR
// notice converted from PDF, a 緊急情報 page, a mail-magazine back number in
// <pre>, an FC2-like 転載 with 出典, in UTF-8, Shift_JIS and EUC-JP.
//
// First run (34 cases, 17 en and 17 ja; tree at commit 3b8e795, extraction
// code as of 5c4820f): main text keep recall 164/174 = 0.943, 7 leaks, 29
// clean cases, 30 exact titles (31 ignoring width and whitespace), 34
// languages, 30 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    12/17    15/17    1.000    0.833 (5 of 6)
//	ja    17    13/17    13/17    0.750    0.750 (3 of 4, 1 wrong)
//	all   34    25/34    28/34    0.889    0.800 (8 of 10, 1 wrong)
//
// Those figures are the honest unseen measure. The incident bars were
// raised after session 5 studied the set (victims 31/34, records 32/34,
// actor precision 1.00) and again after session 6 read its 8-K and its
// print-converted IR notice (victims 34/34, records 33/34, actor recall
// 1.00); all bars are only floors against regression.
// Never edit a page or a label to make this pass.
func TestUnseenTemplates5(t *testing.T) {
	const dir = "testdata/unseen5"
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.92,
			maxLeaks:      10,
			minClean:      27,
			minTitle:      28,
			minLang:       33,
			minPublished:  28,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 15, minActorP: 0.95, minActorR: 0.80},
			"ja":  {minVictims: 16, minRecords: 16, minActorP: 0.95, minActorR: 0.70},
			"all": {minVictims: 33, minRecords: 32, minActorP: 0.95, minActorR: 0.85},
		})
	})
}
