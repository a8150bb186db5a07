package extract

import (
	"testing"
)

// TestRevisedDateline: a dateline that gives a page's publication and its
// revision (公開日 … 更新日 …, 2026-03-04（新規）2026-03-06（更新）) is
// dated by the publication; a dateline that gives only the revision is
// the page's date.
func TestRevisedDateline(t *testing.T) {
	body := `<p>このたび、本学教員のメールアカウントが第三者による不正アクセスを受け、学生の個人情報が外部に流出した可能性があることが判明しました。関係者の皆様に深くお詫び申し上げます。</p>`
	for _, c := range []struct{ name, dateline, want string }{
		{"labelled before", `<div class="meta"><span class="date-pub">公開日 2026年5月11日</span> <span class="date-mod">更新日 2026年5月13日</span></div>`, "2026-05-11"},
		{"labelled after", `<p class="at-date">2026-05-11（新規）<br>2026-05-13（更新）</p>`, "2026-05-11"},
		{"revision alone", `<p class="update">更新日：2026年5月13日</p>`, "2026-05-13"},
	} {
		page := `<html><head><meta charset="utf-8"><title>不正アクセスについて | 汐見台大学</title></head><body><main>` +
			c.dateline + `<h1>不正アクセスについて</h1>` + body + `<p>2026年5月2日、情報基盤センターが不審な送信を検知しました。</p></main></body></html>`
		a, err := New().Extract(Page{URL: "https://www.shiomidai-u.example/news/1.html", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Published == nil || a.Published.Format("2006-01-02") != c.want {
			t.Errorf("%s: published = %v, want %s", c.name, a.Published, c.want)
		}
	}
}

// TestShortMetaTitle: a meta title whose site and section words leave only
// a fragment ("8-K") gives way to the page's heading that contains it.
func TestShortMetaTitle(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>Marrowgate Instruments, Inc. - SEC Filing - 8-K</title>
<meta property="og:title" content="Marrowgate Instruments, Inc. - SEC Filing - 8-K"><meta property="og:site_name" content="Marrowgate Instruments, Inc."></head>
<body><main><h1>Current Report (Form 8-K): Item 1.05 Material Cybersecurity Incidents</h1>
<p>On April 2, 2026, Marrowgate Instruments, Inc. detected unauthorized access to certain of its information technology systems and activated its incident response plan.</p>
<p>The Company's investigation is ongoing and it has notified law enforcement.</p></main></body></html>`
	a, err := New().Extract(Page{URL: "https://investors.marrowgate.example/sec-filings/8-k", ContentType: "text/html; charset=utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Current Report (Form 8-K): Item 1.05 Material Cybersecurity Incidents"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
}
