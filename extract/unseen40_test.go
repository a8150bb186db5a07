package extract

import "testing"

// TestUnseenTemplates40 scores testdata/unseen40 (see its README), a set of
// whole pages as the crawler receives them, with the scorers of
// TestUnseenTemplates4: the main text, title, language and date, and the
// incident facts (victim, record count, threat actor) extracted from a
// http://127.0.0.1:8080 URL against labels written by the rules of
// testdata/corpus/README.md and committed before the first run. It is a
// studied set: engineers may read its pages and misses after the first run,
// labels committed before any run. It covers everyday templates with heavy
// chrome: an AMP news page, a Medium-like researcher's post, a Ghost
// newsletter issue, an aggregator item with a text post and a comment tree,
// a package advisory, a government press release, a school district's
// notice, a law firm's investigation page, a long-comment security blog, an
// incident-handler diary, a wire-service page, a trade weekly behind a
// paywall, a credit union's notice, a vendor's quarterly statistics, a local
// TV station, a release-distribution page and a portal's syndicated copy; in
// Japanese a portal's syndicated article, a note-like digest, a hatena-like
// blog quoting a shop's notice, broadcaster and wire-service pages, a
// prefecture's and a city's notices on municipal CMSs, a co-op's apology, a
// dental clinic, a coordination centre's alert, a timely-disclosure page in
// front of its PDF, a vendor's research post, a statistics article, a
// university, a shop's card-leak notice, a trade paper and a local paper, in
// UTF-8, Shift_JIS, Windows-31J and EUC-JP, declared in the header, in meta
// tags, in both or not at all.
//
// A page Extract rejects outright is counted as a figure of its own, with
// the helper of TestUnseenTemplates16, instead of failing the shared
// scorers.
//
// First run (34 cases, 17 en and 17 ja; labels committed in 87a28bb before
// any run, scored once on the code session 20 started with, df740ae, with
// open bars): Extract rejected 0 of 34 pages; main text keep recall
// 165/171 = 0.965, 4 leaks, 30 clean cases, 33 exact titles, 34 languages,
// 33 published dates; incident facts
//
//	lang   n  victims  records  actor P  actor R
//	en    17    15/17    15/17    1.000    1.000
//	ja    17    13/17    16/17    1.000    1.000
//	all   34    28/34    31/34    1.000    1.000
//
// with the victim misses sorted as none 1, spurious 1, form 1, partial 0,
// script 0, other 3. The set was then studied (session 20): its misses led
// to general rules (camelCase class names, rendered Markdown as text, a
// signature's writer, an exposed store's owner, a school or a clinic under
// the body that runs it, a patient base while leakage is looked into),
// after which it scores keep 170/171, 2 leaks, 32 clean, victims and
// records 34/34. Being studied, it is no longer an unseen measure.
//
// The bars are zero until the first run; the engineers set them as floors a
// little under its figures, only against regression. Never edit a page or a
// label to make this pass.
func TestUnseenTemplates40(t *testing.T) {
	const maxRejected = 0
	dir := unseenAccepted(t, "testdata/unseen40", maxRejected)
	t.Run("text", func(t *testing.T) {
		scoreUnseen(t, dir, unseenFloors{
			minKeepRecall: 0.98,
			maxLeaks:      3,
			minClean:      31,
			minTitle:      32,
			minLang:       34,
			minPublished:  32,
		})
	})
	t.Run("incident", func(t *testing.T) {
		scoreUnseenFacts(t, dir, map[string]unseenFactFloors{
			"en":  {minVictims: 16, minRecords: 16, minActorP: 0.95, minActorR: 0.95},
			"ja":  {minVictims: 16, minRecords: 16, minActorP: 0.95, minActorR: 0.95},
			"all": {minVictims: 32, minRecords: 32, minActorP: 0.95, minActorR: 0.95},
		})
	})
}
