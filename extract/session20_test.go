package extract

import (
	"strings"
	"testing"
)

// TestBylineRemnant: a blog theme's "Posted on <date> by <author> in
// <category>" line leaves no joining word ahead of the text once its date,
// author and category link are taken out; a paragraph that merely starts
// with such a word stays.
func TestBylineRemnant(t *testing.T) {
	for _, meta := range []string{
		`<div class="entry-meta">Posted on <time class="entry-date published" datetime="2026-05-02T08:00:00+00:00">May 2, 2026</time> by <span class="author vcard"><a href="/author/ines/">Ines Oduya</a></span> in <a href="/category/incidents/" rel="category tag">Incidents</a></div>`,
		`<div class="post-meta"><time datetime="2026-05-02">2 May 2026</time> · by <a href="/author/ines/">Ines Oduya</a></div>`,
	} {
		page := `<html><head><meta charset="utf-8"><title>Why backups failed at three councils – Patchline</title></head><body>` +
			`<article class="post"><header><h1 class="entry-title">Why backups failed at three councils</h1>` + meta + `</header>` +
			`<div class="entry-content"><p>In each of the three cases we looked at, the backup server sat on the same domain as everything else, so the intruders encrypted it along with the file shares.</p>` +
			`<p>Two of the councils had tested a restore in the previous year; neither had tested one after moving to the new storage array.</p></div></article></body></html>`
		art := extractPage(t, "https://patchline.example/2026/05/02/backups/", page)
		if !strings.HasPrefix(art.Text, "In each of the three cases") {
			t.Errorf("text starts %q", art.Text[:min(40, len(art.Text))])
		}
	}
}
