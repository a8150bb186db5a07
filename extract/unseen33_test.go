package extract

import "testing"

// TestUnseenTemplates33 scores testdata/unseen33 (see its README), a
// held-out set of whole pages as the crawler receives them, with the scorers
// of TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. The set
// was written to be studied: its cases were read in session 17. Its focus
// is the mainstream pages the product meets daily: English security-news stories
// in the manner of the big trade sites, a WordPress re-posting blog, a
// newsletter roundup, a long-form explainer, a press-release wire, a vendor's
// incident-response blog, a credit union's notice, an 8-K on an investor
// site, a patient letter, a government advisory and a local newspaper; in
// Japanese IT-news, security-news and business-paper articles, corporate
// 第1報/第2報/第3報 and お詫び pages, a hospital, a university, a city, a
// 注意喚起, a まとめ blog, a press-release distribution page, a local paper,
// a travel agency and a vendor's research post, in UTF-8, Shift_JIS and
// EUC-JP declared in different ways.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 335271b before
// any run, scored once on the code session 17 started with, e2282dc, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 169/169 = 1.000, 11 leaks, 24 clean cases, 34 exact titles, 34 languages,
// 31 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    14/17    17/17    1.000    1.000
//	ja    17    13/17    16/17    0.833    1.000
//	all   34    27/34    33/34    0.923    1.000
//
// with the victim misses sorted as none 1, spurious 0, form 2, partial 0,
// script 1, other 3. After study in session 17 (a credit line closing a
// Japanese article dates it; a document table's date under the headline
// over the last revision above it; a town's paper is no fuller name of the
// town; "The University of X"; a headline's description run into a
// katakana name; a unit's words before the legal form; a customer desk on
// the contact line; spam sent is no count; a link the writer finds no
// support for): published 34/34, victims 32/34, records 34/34, actors P and
// R 1.00; the bars below guard that.
//
// Never edit a page or a label to make this pass.
func TestUnseenTemplates33(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen33", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.99,
			maxLeaks:      12,
			minClean:      23,
			minTitle:      34,
			minLang:       34,
			minPublished:  34,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 17, minActorP: 0.95, minActorR: 0.95},
			"ja":  {minVictims: 16, minRecords: 17, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 32, minRecords: 34, minActorP: 0.95, minActorR: 0.95},
		})
	})
}
