package extract

import "testing"

// TestUnseenTemplates32 scores testdata/unseen32 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. Unlike the
// earlier sets it imitates the mainstream pages met every day: English
// security-news sites in the manner of BleepingComputer, The Record,
// SecurityWeek, The Register, TechCrunch, Dark Reading and Infosecurity, a
// WordPress re-posting blog, a Substack-like newsletter roundup, two wire
// services (a victim's notice and a product launch), a vendor's research
// post, a practice's own notice, a shop's customer letter, an 8-K on an
// investor site, a CISA-like advisory and a local newspaper; in Japanese
// ITmedia-, Security NEXT-, ScanNetSecurity-, INTERNET Watch- and
// Nikkei-like pages, a newsroom 第2報, a travel agency's お詫び, a hospital,
// a university, a city's release about its contractor, a JPCERT-like
// 注意喚起, a まとめ blog, a PR TIMES-like release, a vendor's statistics,
// a 第3報 and two regional papers, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed before any run,
// written after session 16's work and scored on the code it started with,
// b27e898, and on its closing code, with open bars; the same on both):
// Extract rejected 0 of 34 pages; main text keep recall 166/166 = 1.000, 3
// leaks, 31 clean cases, 34 exact titles, 34 languages, 34 published dates;
// incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    14/17    16/17    0.778    1.000
//	ja    17    17/17    17/17    1.000    1.000
//	all   34    31/34    33/34    0.875    1.000
//
// with the victim misses sorted as none 0, spurious 2, form 1, partial 0,
// script 0, other 0. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates32(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen32", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      5,
			minClean:      29,
			minTitle:      33,
			minLang:       34,
			minPublished:  33,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 13, minRecords: 15, minActorP: 0.7, minActorR: 0.9},
			"ja":  {minVictims: 16, minRecords: 16, minActorP: 0.9, minActorR: 0.9},
			"all": {minVictims: 29, minRecords: 31, minActorP: 0.8, minActorR: 0.9},
		})
	})
}
