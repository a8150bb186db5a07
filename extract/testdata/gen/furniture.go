// Command gen writes the golden-test pages of package extract: realistic
// article pages wrapped in the furniture of real sites (menus, cookie
// banners, share bars, adverts, related stories, comments, footers, inline
// CSS and scripts). Run it from extract/testdata: go run ./gen
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var rng = rand.New(rand.NewPCG(7, 11))

// css returns an inline stylesheet of n rules, as sites ship above the fold.
func css(n int) string {
	props := []string{"margin:0 auto", "padding:4px 8px", "color:#1a1a1a", "font-size:14px", "line-height:1.6",
		"display:flex", "border-bottom:1px solid #e5e5e5", "background:#fafafa", "text-transform:uppercase"}
	names := []string{"header", "menu", "item", "card", "teaser", "grid", "col", "btn", "icon", "badge", "promo", "rail"}
	var b strings.Builder
	b.WriteString("<style>\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, ".%s-%s-%d{%s;%s}\n", names[rng.IntN(len(names))], names[rng.IntN(len(names))], i,
			props[rng.IntN(len(props))], props[rng.IntN(len(props))])
	}
	b.WriteString("</style>\n")
	return b.String()
}

// script returns an inline analytics/ad configuration script of about n entries.
func script(n int) string {
	var b strings.Builder
	b.WriteString("<script>\nwindow.__CONFIG__ = {slots: [")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "{id:'slot-%d',sizes:[[300,250],[728,90]],targeting:{pos:'%d',kw:['security','news','breach']}},", i, i%7)
	}
	b.WriteString("]};\n(function(){var s=document.createElement('script');s.async=true;s.src='/static/ads.js';document.head.appendChild(s);})();\n</script>\n")
	return b.String()
}

func navEN(site string) string {
	sections := []string{"News", "Security", "Cloud", "AI", "Enterprise", "Hardware", "Reviews", "Deals", "Videos", "Podcasts", "Events", "Newsletters"}
	var b strings.Builder
	b.WriteString(`<nav class="site-nav" role="navigation"><ul class="menu">`)
	for _, s := range sections {
		fmt.Fprintf(&b, `<li class="menu-item"><a href="/%s/">%s</a><ul class="sub-menu">`, strings.ToLower(s), s)
		for j := 1; j <= 6; j++ {
			fmt.Fprintf(&b, `<li><a href="/%s/topic-%d/">%s topic %d</a></li>`, strings.ToLower(s), j, s, j)
		}
		b.WriteString("</ul></li>")
	}
	fmt.Fprintf(&b, `</ul><a class="nav-login" href="/login">Sign in to %s</a></nav>`, site)
	return b.String()
}

func navJA() string {
	sections := []string{"企業情報", "ニュースルーム", "製品・サービス", "技術開発", "サステナビリティ", "投資家情報", "採用情報", "お問い合わせ"}
	var b strings.Builder
	b.WriteString(`<div id="gnav"><ul>`)
	for i, s := range sections {
		fmt.Fprintf(&b, `<li><a href="/jp/sec%d/">%s</a><ul>`, i, s)
		for j := 1; j <= 5; j++ {
			fmt.Fprintf(&b, `<li><a href="/jp/sec%d/p%d.html">%sのご案内 %d</a></li>`, i, j, s, j)
		}
		b.WriteString("</ul></li>")
	}
	b.WriteString(`</ul></div>`)
	return b.String()
}

const cookieEN = `<div id="cookie-banner" class="cookie-consent">We use cookies to personalise content and ads and to analyse our traffic. By continuing to browse you agree to our cookie policy. <button>Accept all cookies</button> <a href="/privacy">Manage preferences</a></div>`

const cookieJA = `<div class="cookie-notice">当サイトではお客様の利便性向上のためにクッキー（Cookie）を使用しています。サイトの閲覧を続けた場合、クッキーの使用に同意したことになります。<a href="/jp/privacy/">詳しくはこちら</a></div>`

const shareEN = `<div class="share-tools"><span>Share this article</span><a href="https://twitter.com/intent/tweet">Tweet</a><a href="https://www.facebook.com/sharer">Facebook</a><a href="https://www.linkedin.com/share">LinkedIn</a><a href="mailto:?subject=article">Email this story</a></div>`

const shareJA = `<ul class="sns-share"><li><a href="https://twitter.com/share">ツイートする</a></li><li><a href="https://www.facebook.com/share">シェアする</a></li><li><a href="https://b.hatena.ne.jp/">はてなブックマーク</a></li></ul>`

func adEN(i int) string {
	return fmt.Sprintf(`<div class="ad-slot" id="ad-%d"><span class="ad-label">Advertisement</span><div class="ad-inner">Upgrade your endpoint protection today — 30%% off enterprise plans. Learn more</div></div>`, i)
}

const adJA = `<div class="ad-area"><p>【PR】クラウド型セキュリティ診断サービス　今なら初月無料でお試しいただけます</p></div>`

func relatedEN(items ...string) string {
	var b strings.Builder
	b.WriteString(`<section class="related-stories"><h3>Related stories</h3><ul>`)
	for i, it := range items {
		fmt.Fprintf(&b, `<li><a href="/article/related-%d/">%s</a> <time datetime="2019-0%d-1%dT08:00:00Z">2019-0%d-1%d</time></li>`, i, it, i%8+1, i%9, i%8+1, i%9)
	}
	b.WriteString(`</ul></section>`)
	return b.String()
}

func commentsEN(n int) string {
	names := []string{"kmiller", "secops_dan", "Priya R.", "anon123", "blue_teamer", "Old Sysadmin"}
	bodies := []string{
		"This is exactly why customer data should never sit on the same network as the sales systems.",
		"Third time this year for them. At what point do regulators step in?",
		"Attribution this early is always shaky, I'd wait for the full report.",
		"Good write-up, thanks. Any word on whether the data was encrypted at rest?",
		"My dealer sent a letter about this last week, nothing about what was taken though.",
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<div id="comments" class="comments-area"><h3>%d Comments</h3><ol class="comment-list">`, n)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<li class="comment"><div class="comment-author">%s</div><div class="comment-body"><p>%s</p></div><a class="reply" href="#reply">Reply</a></li>`,
			names[i%len(names)], bodies[i%len(bodies)])
	}
	b.WriteString(`</ol><div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post comment</button></form></div></div>`)
	return b.String()
}

const newsletterEN = `<div class="newsletter-box"><h4>Get the daily security briefing</h4><p>Sign up for our newsletter and get the top stories in your inbox every morning.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>`

func footerEN(site string) string {
	var b strings.Builder
	b.WriteString(`<footer class="site-footer"><div class="footer-links">`)
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, `<a href="/footer/link-%d">Footer section %d</a> `, i, i)
	}
	fmt.Fprintf(&b, `</div><p>© 2019 %s Media Group. All rights reserved. Terms of Use | Privacy Policy | Cookie Settings</p></footer>`, site)
	return b.String()
}

func footerJA(company string) string {
	var b strings.Builder
	b.WriteString(`<div id="footer"><ul class="footer-nav">`)
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, `<li><a href="/jp/f%d/">フッターリンク%d</a></li>`, i, i)
	}
	fmt.Fprintf(&b, `</ul><p class="copyright">Copyright (C) %s All Rights Reserved.</p><p class="pagetop"><a href="#top">ページの先頭へ</a></p></div>`, company)
	return b.String()
}
