package extract

import "testing"

// TestUnseenTemplates3 scores a third set of hand-written pages,
// testdata/unseen3, with the same scorer as TestUnseenTemplates. The first
// two sets had been read while fixing extraction, so this one is the unseen
// measure again: security news articles with bylines, datelines, inline
// related links, pull quotes, captions, "Updated" notes and corrections;
// blogs re-posting another outlet's report inside their own ads, intros,
// credits and share bars; wire hubs and vendor newsrooms carrying press
// releases (dateline, boilerplate, media contacts, "###"); CERT, PSIRT and
// ICS advisories (version tables, CVE lists, CVSS vectors, revision
// history); a status-page incident timeline; an 8-K filing page; regulator
// and prosecutor notices; LinkedIn-like and Tumblr-like posts; a newsletter
// issue; a page whose <article> also holds its comments; a <main> of
// <section>s each with its own <h2>; a lead sentence in <strong>; Japanese
// お知らせ (各位/記/以上, issuer table, 第2報 quoting the 第1報, 更新日 and
// 追記, PDF links, breadcrumb, side menus), IT news with 関連記事 and
// ランキング, a CERT 注意喚起, a regulator's 勧告 dated in 令和, in UTF-8,
// Shift_JIS (declared in a meta tag, only in the HTTP header, or nowhere) and
// EUC-JP.
//
// Conventions decided for every case before the first run:
//   - body: every paragraph, in-body heading and list item of the article,
//     its own "Update"/追記 notes and corrections, a blogger's own intro
//     and closing note around a re-post, quoted earlier reports (第1報),
//     advisory tables (versions, CVEs, CVSS vectors) and revision history;
//   - not body: a press release's About sections, forward-looking
//     statements and media contacts, お問い合わせ先 boxes, issuer tables,
//     comments and reblog notes (also when inside <article>), inline and
//     trailing related links, newsletter and sponsor boxes, image credits,
//     "Originally published at" credits, share bars, a filing's cover page
//     and signatures;
//   - title: the article's own headline without site name or section;
//   - published: the first publication (not "Updated"), for an incident
//     timeline its first entry, for a filing its filing date.
func TestUnseenTemplates3(t *testing.T) {
	// Floors: the first run (32 cases, extraction code at commit b16d4f5)
	// measured keep recall 206/212 = 0.972, 29 leaks, 16 clean cases, 29
	// exact titles (29 ignoring width and whitespace), 32 languages and 29
	// published dates. Those figures are the honest unseen measure; each bar
	// below is that figure minus a small margin (the leak ceiling a few above),
	// only a floor against regression. Raise them when extraction improves;
	// never edit a case's expectations to make this pass.
	scoreUnseen(t, "testdata/unseen3", unseenFloors{
		minKeepRecall: 0.95,
		maxLeaks:      32,
		minClean:      14,
		minTitle:      27,
		minLang:       31,
		minPublished:  27,
	})
}
