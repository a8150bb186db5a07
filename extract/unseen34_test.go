package extract

import "testing"

// TestUnseenTemplates34 scores testdata/unseen34 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. Its focus is the
// mainstream pages the product meets daily: English security-news sites
// (BleepingComputer-, The Record-, SecurityWeek-, The Register-,
// TechCrunch-, Dark Reading- and Infosecurity-like), a WordPress blog
// re-posting another outlet's story, a Substack-like newsletter roundup, a
// Medium-like write-up, a wire-service hub carrying a victim's notice, a
// vendor's incident-response blog, a company's own notice, a CEO's letter
// about a vendor breach, an 8-K on an investor site, a CERT-like advisory
// and a local newspaper; in Japanese ITmedia-, Security NEXT-,
// ScanNetSecurity-, INTERNET Watch- and Nikkei-like news, a foreign
// company's breach in katakana, a local paper, companies' お知らせ, お詫び
// and 第N報, a hospital, a university, a city relaying its contractor's
// breach, an insurance agency's vendor breach, a JPCERT-like 注意喚起, a
// matome blog and a PR-TIMES-like vendor survey, in UTF-8, Shift_JIS and
// EUC-JP declared in different ways.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in aa508b1 before
// any run, scored on the code session 17 started with, e2282dc, with open
// bars): Extract rejected 0 of 34 pages; main text keep recall 168/168 =
// 1.000, 3 leaks, 31 clean cases, 34 exact titles, 34 languages, 29
// published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    13/17    17/17    0.857    0.857
//	ja    17    17/17    16/17    1.000    1.000
//	all   34    30/34    33/34    0.923    0.923
//
// with the victim misses sorted as none 0, spurious 1, form 0, partial 0,
// script 0, other 3. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates34(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen34", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      5,
			minClean:      29,
			minTitle:      33,
			minLang:       34,
			minPublished:  28,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 12, minRecords: 16, minActorP: 0.8, minActorR: 0.8},
			"ja":  {minVictims: 16, minRecords: 15, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 28, minRecords: 31, minActorP: 0.85, minActorR: 0.85},
		})
	})
}
