package extract

import "testing"

// TestUnseenTemplates20 scores testdata/unseen20 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set was
// written to be studied after its first run (unseen21 is its unread twin).
// The pages are the kinds the product meets daily: a law firm's breach
// investigation post, a state attorney general's consumer alert, an 8-K on
// an investor-relations site, a threat-intel newsletter led by one story, a
// local TV station's story, a researcher's post on a Medium-like site,
// security-news sites in the manner of BleepingComputer, The Record,
// SecurityWeek, The Register, TechCrunch, Dark Reading and Infosecurity, a
// WordPress re-posting blog, a hospital's notice on a press-release wire, a
// vendor's research blog and a CISA-like advisory; in Japanese a
// data-protection regulator's announcement, a third report revising a count,
// a client's notice of its contractor's breach, a press-release distribution
// page, ITmedia-, Security NEXT-, ScanNetSecurity-, INTERNET Watch- and
// Nikkei-like pages, a hospital, a university, a city, a JPCERT-like alert,
// a まとめ blog, a foreign brand's Japanese subsidiary, an impersonation
// warning and a vendor's research blog, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in d3291b2 before
// any run, scored once on the code session 12 started with, f419044, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 168/168 = 1.000, 5 leaks, 30 clean cases, 33 exact titles, 34 languages,
// 32 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    14/17    12/17    0.667    1.000
//	ja    17    13/17    17/17    1.000    1.000
//	all   34    27/34    29/34    0.750    1.000
//
// with the victim misses sorted as none 1, spurious 3, form 1, partial 0,
// other 2. Studied in session 12 (an advisory's release date over its last
// revision, ET in daylight time, an IR page's 8-K title, a trend report's
// headline, an incident responder's report, a newsletter's other items, an
// open cluster's owner, a brand's Japanese arm, a company named after its
// quoted brand): 34 titles, 34 dates, victims 32 (17 / 15), records 34,
// actors 1.00 / 1.00.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates20(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen20", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      7,
			minClean:      28,
			minTitle:      32,
			minLang:       33,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 15, minRecords: 15, minActorP: 0.9, minActorR: 0.9},
			"ja":  {minVictims: 14, minRecords: 16, minActorP: 0.9, minActorR: 0.9},
			"all": {minVictims: 30, minRecords: 32, minActorP: 0.9, minActorR: 0.9},
		})
	})
}
