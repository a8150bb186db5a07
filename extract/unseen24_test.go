package extract

import "testing"

// TestUnseenTemplates24 scores testdata/unseen24 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set was
// written before anything was run on it and studied after its first run.
// Its focus is the
// mainstream pages the product meets daily: English security-news sites of
// several familiar shapes, a WordPress aggregator re-posting another outlet's
// story, a newsletter digest, a newswire release hub, a vendor's research
// blog, a credit union's notice, a dental group's customer letter, an 8-K on
// an investor site, a CERT-like ICS advisory, a local newspaper and a policy
// story; in Japanese IT-news, security-news and business-paper pages, a
// corporate newsroom's 第2報, an お詫び, a 第1報, a hospital, a university, a
// city, a 注意喚起, a まとめ blog, a press-release distribution site, a shop's
// card-skimming notice, a regional paper and a vendor's research blog, in
// UTF-8, Shift_JIS and EUC-JP declared in different ways.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 173c567 before
// any run, scored once on the code session 14 started with, b35e1b3, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 170/170 = 1.000, 7 leaks, 28 clean cases, 33 exact titles, 34 languages,
// 32 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    16/17    16/17    1.000    1.000
//	ja    17    14/17    16/17    1.000    1.000
//	all   34    30/34    32/34    1.000    1.000
//
// with the victim misses sorted as none 1, spurious 1, form 1, partial 0,
// other 1. After study in session 14 (a dateline's revision date; a meta
// title cut to "8-K"; a service's users; a research post's section
// headings and its campaign headline; a bilingual institution's site name;
// 社協; a hiragana-led name ending in ダイニング; spam counted before its
// figure): titles 34, dates 34, victims 34/34, records 34/34, actors
// 1.00 / 1.00; the bars below guard that.
//
// Never edit a page or a label to make this pass.
func TestUnseenTemplates24(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen24", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      8,
			minClean:      27,
			minTitle:      33,
			minLang:       34,
			minPublished:  33,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 16, minActorP: 0.99, minActorR: 0.99},
			"ja":  {minVictims: 16, minRecords: 16, minActorP: 0.99, minActorR: 0.99},
			"all": {minVictims: 33, minRecords: 33, minActorP: 0.99, minActorR: 0.99},
		})
	})
}
