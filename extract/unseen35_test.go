package extract

import "testing"

// TestUnseenTemplates35 scores testdata/unseen35 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. Its focus is the
// mainstream pages met every day: English security-news stories on
// BleepingComputer-, Record-, SecurityWeek-, Register-, TechCrunch-, Dark
// Reading- and Infosecurity-like templates, a WordPress re-post, a
// newsletter roundup, a wire release, a vendor's incident write-up, a
// store's notice, an 8-K on an investor site, a government alert, a local
// newspaper, a charity's letter and a blog summary; in Japanese ITmedia-,
// Security NEXT-, ScanNetSecurity-, INTERNET Watch- and Nikkei-like
// articles, a newsroom 第2報, a shop's お詫び, a hospital, a university, a
// city, a JPCERT-like 注意喚起, a まとめ blog, a press-release site, a
// 第3報, a vendor blog, a subsidiary's notice and a regional paper, in
// UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 0fa117b before
// any run, written late in session 17 after most of its work and scored on
// the code the session started with, e2282dc, and on its code at the time,
// with open bars): Extract rejected 0 of 34 pages; main text keep recall
// 167/167 = 1.000, 4 leaks, 31 clean cases, 33 exact titles, 34 languages,
// 33 published dates on the starting code and 34 on the later one; incident
// facts, the same on both,
//
//	lang   n  victims  records  actor P  actor R
//	en    17    17/17    16/17    0.857    1.000
//	ja    17    14/17    16/17    1.000    1.000
//	all   34    31/34    32/34    0.917    1.000
//
// with the victim misses sorted as none 1, spurious 0, form 1, partial 0,
// script 1, other 0. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates35(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen35", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      6,
			minClean:      29,
			minTitle:      32,
			minLang:       34,
			minPublished:  33,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 15, minActorP: 0.8, minActorR: 0.95},
			"ja":  {minVictims: 13, minRecords: 15, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 29, minRecords: 30, minActorP: 0.85, minActorR: 0.95},
		})
	})
}
