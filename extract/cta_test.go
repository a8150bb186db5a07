package extract

import (
	"strings"
	"testing"
)

func TestCallToActionBoxes(t *testing.T) {
	tests := []struct {
		name, inBody string
		gone, kept   []string
	}{
		{"pitch with a button-styled link",
			`<div class="x1"><p>Need help with an incident? Our team answers around the clock.</p><a class="cta-link" href="/contact">Talk to an expert</a></div>`,
			[]string{"Need help with an incident", "Talk to an expert"}, nil},
		{"pitch with an action link of its own",
			`<section><h4>State of Ransomware 2019</h4><p>Download the whitepaper with data from 1,200 incidents.</p><p><a href="/wp/ransomware-2019">Download the whitepaper</a></p></section>`,
			[]string{"State of Ransomware", "1,200 incidents"}, nil},
		{"Japanese document download box",
			`<div class="c"><p>ランサムウェア対策の最新事例をまとめました。</p><div><a href="/dl/form.html">資料ダウンロードはこちら</a></div></div>`,
			[]string{"最新事例をまとめました", "資料ダウンロード"}, nil},
		{"a box classed as a call to action, its link inside the pitch",
			`<div class="wp-block-newsdesk-inline-cta"><p>Newsdesk Summit</p><p>Meet 4,000+ security leaders in Austin this June. <a href="/events/summit-2026/">Register now</a></p></div>`,
			[]string{"Newsdesk Summit", "4,000+ security leaders"}, nil},
		{"a survey box ends on its class",
			`<div class="c-product-survey"><h3>Please share your thoughts</h3><p>We recently updated our anonymous product survey and welcome your feedback.</p></div>`,
			[]string{"Please share your thoughts", "anonymous product survey"}, nil},
		{"a follow-us line ends on its class",
			`<p class="follow-us">Found this article interesting? Follow us on <a href="#">Google News</a> and <a href="#">LinkedIn</a> to read more exclusive content.</p>`,
			[]string{"Found this article interesting"}, nil},
		{"an affiliate box",
			`<div class="blog-affiliate-box"><strong>Sponsored:</strong> Protect your family's identity for $3.99/month with GuardLeaf. <a href="https://go.guardleaf.example/?aff=x" rel="sponsored nofollow">Get 30% off</a></div>`,
			[]string{"GuardLeaf"}, nil},
		{"a municipal page's questionnaire box",
			`<div class="box_enquete"><h2>より良いウェブサイトにするためにアンケートにご協力ください</h2><p>このページの情報は役に立ちましたか？</p></div>`,
			[]string{"アンケートにご協力ください"}, nil},
		{"a link inside a sentence stays",
			`<div class="note"><p>Customers should apply the fix now; <a href="/kb/4501">learn more about the update</a> in the knowledge base.</p></div>`,
			nil, []string{"Customers should apply the fix now", "learn more about the update"}},
		{"an outside link with a pitch-like paragraph stays",
			`<div class="aside-note"><p>The vendor has published fixed versions for all supported releases.</p><a class="button" href="https://vendor.example.org/advisory/2019-7">Read the vendor advisory</a></div>`,
			nil, []string{"published fixed versions"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			art, err := New().Extract(Page{URL: "https://news.example/a/0", Body: storyPage(tc.inBody, "")})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.gone {
				if strings.Contains(art.Text, s) {
					t.Errorf("text keeps %q:\n%s", s, art.Text)
				}
			}
			for _, s := range append(tc.kept, "61,000 customers", "writing to every affected customer") {
				if !strings.Contains(art.Text, s) {
					t.Errorf("text lost %q:\n%s", s, art.Text)
				}
			}
		})
	}
}

func TestBoilerplateParagraphs(t *testing.T) {
	for _, p := range []string{"印刷用PDF（245KB）", "Published", "更新日：", "Full report (PDF, 2.4 MB)", "プレスリリース（PDF：312KB）", "Last updated",
		"Want to change how you receive these emails?\nYou can update your preferences or unsubscribe from this list.", "Who is online",
		"Users browsing this forum: No registered users and 3 guests", "Sign up for free to join this conversation on GitHub.",
		"Get the day's top stories in your inbox every weekday.", "48,316 views",
		"この記事は有料会員限定です。", "このページの情報は役に立ちましたか？", "あなたは12345人目の訪問者です"} {
		if got := dropBoilerplateParagraphs("Body text.\n\n" + p); got != "Body text." {
			t.Errorf("%q kept: %q", p, got)
		}
	}
	for _, p := range []string{
		"Published figures show that 2 million records were taken.",
		"The 450 MB archive (PDF and spreadsheets) was posted on a leak site.",
		"PDF files sent to staff carried the loader.",
		"Who is online at the time of an attack matters less than who has an administrator's password.",
		"The attackers viewed 48,316 records.",
		"有料会員限定の記事を閲覧できるアカウント約1万件に不正ログインがあった。",
	} {
		if got := dropBoilerplateParagraphs(p); got != p {
			t.Errorf("%q dropped", p)
		}
	}
}
