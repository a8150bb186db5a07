package extract

import "testing"

// TestUnseenTemplates2 scores a second set of hand-written pages,
// testdata/unseen2, with the same scorer as TestUnseenTemplates. The set was
// written after the first one had been read while fixing extraction, so it
// is the unseen measure again: templates no rule was tuned on (Drupal,
// Joomla, table-layout corporate sites, Bootstrap landing pages, AMP,
// Next.js and styled-component markup, Hugo, Jekyll and Sphinx pages,
// Confluence, pipermail and MHonArc archives, phpBB threads, government
// CERT alerts, Japanese municipal, newspaper, IR, note-like, Qiita-like and
// press-release-hub pages in UTF-8, Shift_JIS and EUC-JP).
//
// Decisions taken before the first run: in a forum thread the first post is
// the article and the replies are comments; a press release's "About the
// company" (会社概要) and media-contact blocks are boilerplate, not body; a
// municipal page's inquiry box (問い合わせ先) is boilerplate.
func TestUnseenTemplates2(t *testing.T) {
	// Floors: the first run (32 cases, extraction code at commit 99bcf17)
	// measured keep recall 203/217 = 0.935, 10 leaks, 22 clean cases, 26
	// exact titles (28 ignoring width and whitespace), 32 languages and 24
	// published dates. Those figures are the honest unseen measure; each bar
	// below is that figure minus a small margin (the leak ceiling a few above),
	// only a floor against regression. Raise them when extraction improves;
	// never edit a case's expectations to make this pass.
	scoreUnseen(t, "testdata/unseen2", unseenFloors{
		minKeepRecall: 0.91,
		maxLeaks:      13,
		minClean:      20,
		minTitle:      24,
		minLang:       31,
		minPublished:  22,
	})
}
