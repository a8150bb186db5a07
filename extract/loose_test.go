package extract

import (
	"strings"
	"testing"
	"time"
)

// TestLooseText: a page whose text no container holds — written straight
// into <body> or a <font> with <br> between lines, kept for readers
// without scripts or frames, or only in the JSON state its scripts render
// — still gives its text, not ErrNoText.
func TestLooseText(t *testing.T) {
	para := "Harlow Bakeries said an unauthorised party accessed its loyalty database between March 2 and March 9, and that names and email addresses of about 12,000 members may have been viewed."
	more := "It has told the regulator and is writing to every member affected; no payment details were held in the database."
	cases := map[string]string{
		"text in <body>":     "<html><head><title>Notice</title></head><body>" + para + "<br><br>" + more + "</body></html>",
		"no <body> tag":      "<title>Notice</title>" + para + "<br><br>" + more,
		"text in <font>":     "<html><head><title>Notice</title></head><body><font size=2 face=Arial>" + para + "<br><br>" + more + "</font></body></html>",
		"<noscript>":         "<html><head><title>Notice</title></head><body><div id=app></div><noscript><p>" + para + "</p><p>" + more + "</p></noscript></body></html>",
		"<noframes>":         "<html><head><title>Notice</title></head><frameset cols='20%,80%'><frame src='menu.html'><frame src='main.html'><noframes><body><p>" + para + "</p><p>" + more + "</p></body></noframes></frameset></html>",
		"<iframe srcdoc>":    "<html><head><title>Notice</title></head><body><iframe srcdoc='<p>" + para + "</p><p>" + more + "</p>'></iframe></body></html>",
		"Next.js state only": `<html><head><title>Notice</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"title":"Notice","slug":"notice","body":"<p>` + para + `</p><p>` + more + `</p>"}}}}</script></body></html>`,
	}
	x := New()
	for name, page := range cases {
		a, err := x.Extract(Page{URL: "https://harlow.example/notice", Body: []byte(page), ContentType: "text/html; charset=utf-8"})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.Contains(a.Text, "about 12,000 members") || !strings.Contains(a.Text, "no payment details") {
			t.Errorf("%s: text %q lacks the notice", name, a.Text)
		}
	}
	// A page of a few words is still no article.
	if _, err := x.Extract(Page{URL: "https://harlow.example/x", Body: []byte("<html><body>Loading…<br>Please wait</body></html>"), ContentType: "text/html"}); err == nil {
		t.Error("a two-line loading page gave an article")
	}
}

// TestPostDates: a Domino page wrapped in one <form> with its text in
// table cells, a forum's month-first "01-27-2026" and a social post's
// data-utime give the date.
func TestPostDates(t *testing.T) {
	body := "Pellmoor Valves Ltd. today provides an update on the cyber incident it first disclosed in December. The investigation has established that personal information of 2,846 current and former employees was copied."
	cases := []struct {
		name, page string
		want       string
	}{
		{"Domino form with the date in a table", `<html><head><title>Pellmoor Valves - Press Releases - Pellmoor provides update on cyber incident</title></head><body><form method="post" name="_DominoForm"><table><tr><td width="180">Press<br><a href="/2026">2026</a></td><td><table><tr><td>Release date:</td><td>14 January 2026</td></tr></table><br><b><font size="4">Pellmoor provides update on cyber incident</font></b><br><br>CORK, 14 January 2026 – ` + body + `<br><br>` + body + `</td></tr></table></form></body></html>`, "2026-01-14"},
		{"forum post dated month first with hyphens", `<html><head><title>Notice of unauthorized access to the portal</title></head><body><div class="lia-message"><h1>Notice of unauthorized access to the portal</h1><span class="DateTime lia-message-posted-on"><span class="local-date">01-27-2026</span> <span class="local-time">09:14 AM</span></span><div class="lia-message-body"><p>` + body + `</p><p>` + body + `</p></div></div></body></html>`, "2026-01-27"},
		{"social post's data-utime", `<html><head><title>Pellmoor Cycles</title></head><body><div role="article"><a href="/p/1"><abbr data-utime="1772572320" title="Tuesday, March 3, 2026 at 4:12 PM">March 3 at 4:12 PM</abbr></a><div dir="auto">` + body + `</div><div dir="auto">` + body + `</div></div></body></html>`, "2026-03-03"},
	}
	x := New()
	for _, c := range cases {
		a, err := x.Extract(Page{URL: "https://pellmoor.example/p", Body: []byte(c.page), ContentType: "text/html; charset=utf-8"})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if a.Published == nil || a.Published.UTC().Format(time.DateOnly) != c.want {
			t.Errorf("%s: published %v, want %s", c.name, a.Published, c.want)
		}
	}
}
