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

// TestCamelCaseCommentsAndMarkdownBody: comments under camelCase class
// names (pgCommentsSection, pgComment) are no text; an advisory's rendered
// Markdown, which a code host calls "markdown-body comment-body", is — the
// first of them: the replies below, which carry the same classes, are not.
func TestCamelCaseCommentsAndMarkdownBody(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>Kerrow Dairy says 61,000 customers' details taken</title></head><body>` +
		`<div class="pgArticle"><h1>Kerrow Dairy says 61,000 customers' details taken</h1><div class="pgBody">` +
		`<p>Kerrow Dairy said on Tuesday that an intruder copied its delivery database, which held the names and addresses of 61,000 customers.</p>` +
		`<p>The company said payment details are held by its card processor and were not affected, and that it has reported the incident to the regulator.</p></div>` +
		`<div class="pgCommentsSection"><h3>Comments (4)</h3><p class="pgCommentPrompt">Sign in to have your say on this story.</p>` +
		`<div class="pgComment"><b>milkman_m</b><p>Had a text from them this morning asking me to reset my password.</p></div></div></div></body></html>`
	art := extractPage(t, "https://dailyround.example/kerrow", page)
	if strings.Contains(art.Text, "milkman") || strings.Contains(art.Text, "Had a text from them") || strings.Contains(art.Text, "have your say") {
		t.Errorf("comments in the text: %q", art.Text)
	}
	if !strings.Contains(art.Text, "reported the incident to the regulator") {
		t.Errorf("text lost the article: %q", art.Text)
	}

	nav := strings.Repeat(`<li><a href="/features/x">Features overview for teams and enterprises</a></li>`, 40)
	advisory := `<html><head><meta charset="utf-8"><title>Path traversal in pelt-unzip</title></head><body>` +
		`<header><nav><ul>` + nav + `</ul></nav></header><main><h1>Path traversal in pelt-unzip allows writing outside the target directory</h1>` +
		`<div class="Box"><div class="Box-body"><h2>Package</h2><div>pelt-unzip (npm)</div><h2>Patched versions</h2><div>2.0.3</div></div>` +
		`<div class="Box-body"><h2>Description</h2><div class="markdown-body comment-body p-0">` +
		`<h3>Impact</h3><p>pelt-unzip before 2.0.3 writes entries whose names contain parent-directory segments outside the directory it extracts into, so a crafted archive can overwrite files the process may write.</p>` +
		`<h3>Patches</h3><p>Version 2.0.3 rejects such entries; upgrading is the only fix.</p></div></div></div>` +
		`<div class="timeline-comment"><div class="markdown-body comment-body"><p>Thanks for the quick turnaround on this one, we upgraded all our build agents this morning.</p></div></div></main>` +
		`<footer><ul>` + nav + `</ul></footer></body></html>`
	art = extractPage(t, "https://codehost.example/advisories/GHSA-0000", advisory)
	if !strings.Contains(art.Text, "writes entries whose names contain parent-directory segments") || !strings.Contains(art.Text, "upgrading is the only fix") {
		t.Errorf("advisory text lost its description: %q", art.Text)
	}
	if strings.Contains(art.Text, "quick turnaround") {
		t.Errorf("a reply under the advisory is in its text: %q", art.Text)
	}
}
