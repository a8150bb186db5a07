package extract

import "testing"

// TestUnseenTemplates41 scores testdata/unseen41 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set is
// kept unread as a measure: read only the totals it prints. It covers
// templates the earlier sets favoured less, with heavy chrome: a wire-service
// page with a dateline and credit line, a financial-news page with a
// terminal promo and metered paywall, a magazine long read with pull quotes,
// a vendor PSIRT advisory with CVSS tables, a health system's notice with a
// collapsed FAQ accordion, a university IT status page, city council
// minutes, podcast show notes, a tech site with a comment count, a
// Mastodon-like thread, an attorney general's breach-notification record, a
// SaaS company's blog post, a trade magazine's statistics piece, a vendor
// launch release, a managed-service provider's re-post, a sector ISAC
// advisory and a hyperlocal news page; in Japanese a national daily behind a
// paid-member wall, an industrial trade paper, a local TV station's page with
// a video player, a city's press-release summary in front of a PDF, a
// private high school's notice, a credit cooperative's apology, a haulier's
// second report, a security-news site with a ranking sidebar, a matome blog,
// a government press release with its attachment, a hospital's EMR outage
// notice, a news portal's re-post, a vendor's research post, a timely
// disclosure on an IR site, a business paper's statistics article, a shop's
// spoofing warning and a regional paper carrying a wire story, in UTF-8,
// Shift_JIS, Windows-31J and EUC-JP.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 7db975c before
// any run, scored once on the code session 20 started with, df740ae, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 165/173 = 0.954, 3 leaks, 29 clean cases, 33 exact titles, 34 languages,
// 33 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    11/17    16/17    1.000    0.857
//	ja    17    15/17    13/17    0.857    1.000
//	all   34    26/34    29/34    0.923    0.923
//
// with the victim misses sorted as none 1, spurious 3, form 2, partial 0,
// script 0, other 2. Only these totals are read.
//
// Those figures are the honest unseen measure; the bars are floors a little
// under them, only against regression. Never edit a page or a label to make
// this pass.
func TestUnseenTemplates41(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen41", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.94,
			maxLeaks:      5,
			minClean:      27,
			minTitle:      32,
			minLang:       34,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 10, minRecords: 15, minActorP: 0.9, minActorR: 0.8},
			"ja":  {minVictims: 14, minRecords: 12, minActorP: 0.8, minActorR: 0.9},
			"all": {minVictims: 24, minRecords: 27, minActorP: 0.85, minActorR: 0.85},
		})
	})
}
