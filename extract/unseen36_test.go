package extract

import "testing"

// TestUnseenTemplates36 scores testdata/unseen36 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// studied: its misses may be read, its pages never edited. The templates
// are the mainstream pages met daily: security-news sites in the manner of
// BleepingComputer, The Record, SecurityWeek, The Register, TechCrunch, Dark
// Reading and Infosecurity, a WordPress re-posting blog, a Substack-like
// newsletter, a Medium-like post, wire hubs carrying a company's release and
// a vendor's launch, a vendor's incident-response blog, a grocer's notice,
// an 8-K on an IR site, a CISA-like ICS advisory and a local newspaper; in
// Japanese ITmedia-, Security NEXT-, ScanNetSecurity-, INTERNET Watch- and
// Nikkei-like pages, a food maker's 第2報, a shop's お詫び, a hospital, a
// university, a city, a JPCERT-like 注意喚起, a matome blog, a PR TIMES-like
// survey release, a listed maker's 第1報, a regional newspaper, a how-to
// article and a vendor's research blog, in UTF-8, Shift_JIS and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in c0938de before
// any run, scored once on the code session 18 started with, dfd2ff1, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 163/168 = 0.970, 3 leaks, 31 clean cases, 34 exact titles, 34 languages,
// 33 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    15/17    16/17    0.750    0.857
//	ja    17    16/17    17/17    1.000    1.000
//	all   34    31/34    33/34    0.867    0.929
//
// with the victim misses sorted as none 0, spurious 0, form 1, partial 0,
// script 0, other 2. After study in session 18 (paragraphs as <div>s in
// wrapper <div>s of their own; a name in capitals ending where the
// capitals do; a group the victim says it saw no evidence pointing to, one
// the writer is "not convinced" of, tooling that "did not overlap"; "how
// many of its 1.4 million customers"): keep recall 168/168, victims 33/34,
// records 34/34, actors P and R 1.00; the bars below guard that.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates36(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen36", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      4,
			minClean:      31,
			minTitle:      33,
			minLang:       34,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 16, minActorP: 0.95, minActorR: 0.95},
			"ja":  {minVictims: 15, minRecords: 16, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 32, minRecords: 33, minActorP: 0.95, minActorR: 0.95},
		})
	})
}
