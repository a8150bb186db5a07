package extract

import "testing"

// TestUnseenTemplates22 scores testdata/unseen22 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set was
// written before anything was run on it and is kept unread as a measure:
// read only the totals it prints. The templates are the mainstream ones: a
// leak-news story cut by ads and "Read more" boxes, a story dated only in
// JSON-LD, a trade story with inline "Related:" links, a tabloid story with
// caption and pull quote, a start-up news story, an AMP page, a security
// magazine quoting a company statement, a WordPress re-post with a long
// comment thread, a newsletter digest, a wire release, a vendor's research
// post, a company notice, an 8-K on an investor site, an ICS advisory, a
// local newspaper with comments, a live page of updates and a vendor's
// statistics release; in Japanese IT, security, internet and business news
// pages, companies' 第N報 and お詫び pages, a hospital, a town, a
// university, a CERT 注意喚起, a まとめ blog, two release-distribution
// pages, a welfare corporation and a regional paper, in UTF-8, Shift_JIS and
// EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 59cc343 before
// any run, scored once on the code session 13 started with, 2750331, with
// open bars, and the same on e664bbb): Extract rejected 0 of 34 pages; main
// text keep recall 172/177 = 0.972, 3 leaks, 30 clean cases, 33 exact
// titles, 34 languages, 33 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    11/17    16/17    1.000    0.714
//	ja    17    15/17    16/17    1.000    1.000
//	all   34    26/34    32/34    1.000    0.818
//
// with the victim misses sorted as none 2, spurious 2, form 1, partial 0,
// other 3. The set is studied after that run. After study in session 13
// (a live page's updates read together; a place's government; a brand's
// parent in the headline; a responder's write-up; a vendor's index; a
// release site carrying a shop's notice; 〇〇通販; a count field): keep
// 177/177, 3 leaks, 31 clean, victims 32/34 (15 / 17), records 33/34,
// actors 1.00 / 1.00; the bars below guard that.
//
// Those figures will be the honest unseen measure; the bars are to be set a
// little under them, only against regression. Until then they are open.
// Never edit a page or a label to make this pass.
func TestUnseenTemplates22(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen22", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      5,
			minClean:      29,
			minTitle:      32,
			minLang:       33,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 14, minRecords: 15, minActorP: 0.9, minActorR: 0.9},
			"ja":  {minVictims: 16, minRecords: 16, minActorP: 0.9, minActorR: 0.9},
			"all": {minVictims: 30, minRecords: 31, minActorP: 0.9, minActorR: 0.9},
		})
	})
}
