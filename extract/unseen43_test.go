package extract

import "testing"

// TestUnseenTemplates43 scores testdata/unseen43 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md before the first run. The set is kept unread as
// a measure: read only the totals it prints. It leans on the pages whose
// main text sits among look-alike text: in English, local papers and trade
// press whose infinite scroll has already rendered the next article (some
// with their own h1) under the first, a metered paywall that cuts the story,
// a regional site with READ MORE links between paragraphs, a syndication
// portal with an endless card feed, a county notice in windows-1252 and a
// hospital notice with PDF attachments, a law firm's wire release, an 8-K on
// a filings site, a company post on a blogging platform, a vendor's
// research post, a government advisory, a trend story, a newsletter roundup
// and a TV station's scam warning; in Japanese, an anonymous-board thread
// whose first post quotes a news article and two まとめ blogs quoting one
// (the replies are chrome), a news portal's repost with comments, regional
// papers behind a member wall and with no charset declared at all, a paid
// business article, a security-news page, city, prefecture and hospital
// notices with PDF attachments, an IR release, a release-distribution page,
// a shop's card-leak apology, an advisory, a trend article and a city's
// phishing warning, in UTF-8, Shift_JIS, Windows-31J and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in fe5ad99 before
// any run, scored once on the code session 21 started with, 664ec98, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 171/171 = 1.000, 7 leaks, 29 clean cases, 34 exact titles, 34 languages,
// 34 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    16/17    16/17    1.000    1.000
//	ja    17    15/17    16/17    1.000    1.000
//	all   34    31/34    32/34    1.000    1.000
//
// with the victim misses sorted as none 2, spurious 0, form 0, partial 0,
// script 1, other 0.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates43(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen43", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      9,
			minClean:      27,
			minTitle:      33,
			minLang:       34,
			minPublished:  33,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 15, minRecords: 15, minActorP: 0.95, minActorR: 0.95},
			"ja":  {minVictims: 14, minRecords: 15, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 29, minRecords: 30, minActorP: 0.95, minActorR: 0.95},
		})
	})
}
