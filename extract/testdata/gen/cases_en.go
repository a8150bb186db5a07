package main

import "fmt"

func enZDNetStyle() tcase {
	body := `<p>Toyota Motor Corporation said on Friday that hackers breached servers of several of its sales subsidiaries in Tokyo and may have accessed the personal information of up to 3.1 million customers.</p>
<p>The Japanese carmaker said the affected servers belonged to Toyota Tokyo Sales Holdings and dealer companies including Tokyo Toyopet, Toyota Tokyo Corolla and Nets Toyota Tokyo. The exposed data included customer names, dates of birth and employment details, the company said, but not credit card information.</p>
<div class="ad-slot" id="ad-inline"><span>Advertisement</span></div>
<p>Investigators are still working out whether the attackers copied any files. "We sincerely apologize to our customers for the concern this has caused," Toyota said in a statement published in Japanese on its corporate newsroom.</p>
<figure><img src="/img/toyota-hq.jpg" alt=""><figcaption>Toyota's headquarters in Toyota City. Image: file photo</figcaption></figure>
<h2>Second incident in five weeks</h2>
<p>The disclosure is the second security incident the company has reported in five weeks. In February, Toyota Australia said it had been the target of an attempted cyber-attack that disrupted its email systems for several days, although no customer data was reported stolen in that case.</p>
<p>Security researchers at FireEye had earlier linked attacks on Toyota's Vietnamese and Australian units to APT32, a group also tracked as OceanLotus. Researchers believe the group, which has targeted carmakers in the past, is acting in the interests of the Vietnamese government.</p>
<p>Toyota did not say which group was behind the latest intrusion. The company said it would strengthen security across its dealer network and would contact affected customers directly.</p>`
	page := fmt.Sprintf(`<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Toyota announces second data breach in the span of five weeks | SecWire</title>
<meta property="og:title" content="Toyota announces second data breach in the span of five weeks">
<meta property="og:site_name" content="SecWire">
<meta property="og:url" content="https://www.secwire.example/article/toyota-second-data-breach/">
<meta property="article:published_time" content="2019-03-29T09:00:00+00:00">
<link rel="canonical" href="https://www.secwire.example/article/toyota-second-data-breach/?utm_source=rss&amp;utm_medium=feed">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Toyota announces second data breach in the span of five weeks","datePublished":"2019-03-29T09:00:00+00:00","dateModified":"2019-03-30T11:20:00+00:00","author":{"@type":"Person","name":"Catalin Ionescu"}}</script>
%s%s</head>
<body class="single-article">
%s
<header class="site-header"><a class="logo" href="/">SecWire</a>%s</header>
<div class="page"><main id="main">
<article class="article">
<header class="article-header"><h1>Toyota announces second data breach in the span of five weeks</h1>
<p class="byline">By <a href="/author/cionescu/">Catalin Ionescu</a> for Zero Day | <time datetime="2019-03-29T09:00:00Z">March 29, 2019 -- 09:00 GMT</time></p></header>
%s
<div class="article-body">
%s
</div>
%s
%s
</article>
%s
%s
</main>
<aside class="sidebar"><h3>Most popular</h3><ul><li><a href="/a/1">Microsoft patches zero-day exploited in the wild</a> <span class="date">March 12, 2019</span></li><li><a href="/a/2">Hackers hijack ASUS update server</a></li></ul>%s</aside>
</div>
%s
%s
</body></html>`, css(900), script(60), cookieEN, navEN("SecWire"), shareEN, body, shareEN, newsletterEN,
		relatedEN("Toyota Australia hit by attempted cyber-attack", "Vietnamese hackers target automotive industry", "Car dealers are a weak link, researchers warn", "Norsk Hydro recovers from ransomware attack"),
		commentsEN(12), adEN(2), footerEN("SecWire"), script(40))
	return tcase{
		name: "en_article_tag", url: "https://www.secwire.example/article/toyota-second-data-breach/?utm_source=twitter#comments",
		html: page,
		drop: []string{"We use cookies", "Share this article", "Advertisement", "Related stories", "Vietnamese hackers target automotive industry",
			"Sign up for our newsletter", "Leave a Reply", "regulators step in", "Footer section", "All rights reserved", "Image: file photo", "Most popular", "Catalin Ionescu"},
	}
}

func enWordPressRepost() tcase {
	body := `<p><em>This article was originally published by SecWire and is re-posted here with permission.</em></p>
<p>Toyota has disclosed that intruders gained access to IT systems at a number of its sales subsidiaries in Tokyo, potentially exposing data on as many as 3.1 million people.</p>
<p>According to the company, the breached servers held customer information for Toyota Tokyo Sales Holdings, Tokyo Toyopet, Toyota Tokyo Corolla, Nets Toyota Tokyo, Lexus Koishikawa Sales, Jamil Shoji and Toyota West Tokyo Corolla. Toyota said it had not found evidence that the data was exfiltrated but that it could not rule it out.</p>
<div class="wp-block-image"><figure><img src="x.png"><figcaption>Screenshot of the notice on Toyota's Japanese website</figcaption></figure></div>
<p>Our take: dealer networks are a soft target. Subsidiaries often run their own IT, with their own vendors and weaker monitoring than the parent company, and attackers know it.</p>
<p>The incident follows an attempted attack on Toyota Australia in February. Reports at the time pointed to APT32, also known as OceanLotus, which has been tied to a campaign against automotive companies.</p>
<h3>What customers should do</h3>
<ul><li>Watch out for phishing e-mails and calls that mention your dealer or your vehicle.</li><li>Be wary of anyone asking you to confirm personal details.</li></ul>`
	page := fmt.Sprintf(`<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>Toyota breach: up to 3.1 million customers exposed &#8211; The Patch Tuesday Blog</title>
<link rel="canonical" href="https://www.secwire.example/article/toyota-second-data-breach/">
<meta property="og:site_name" content="The Patch Tuesday Blog">
<meta name="generator" content="WordPress 5.1.1">
%s%s</head>
<body class="post-template-default single single-post postid-4411 single-format-standard">
%s
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">The Patch Tuesday Blog</a></p><p class="site-description">Notes from the blue team</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/category/breaches/">Breaches</a></li><li><a href="/category/malware/">Malware</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4411" class="post-4411 post type-post status-publish format-standard hentry category-breaches tag-apt32 tag-toyota">
<header class="entry-header"><h1 class="entry-title">Toyota breach: up to 3.1 million customers exposed</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2019/04/01/toyota-breach/" rel="bookmark"><time class="entry-date published" datetime="2019-04-01T07:45:12+02:00">April 1, 2019</time><time class="updated" datetime="2019-04-02T10:00:00+02:00">April 2, 2019</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content">
%s
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="?share=twitter">Twitter</a></li><li><a class="share-facebook" href="?share=facebook">Facebook</a></li></ul></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><p><a href="/2019/02/20/toyota-australia/">Toyota Australia confirms attempted cyber attack</a></p><p><a href="/2019/01/15/dealer-security/">Why dealer IT keeps getting popped</a></p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/breaches/">Breaches</a></span><span class="tags-links">Tagged <a href="/tag/apt32/">APT32</a>, <a href="/tag/toyota/">Toyota</a></span></footer>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2019/03/28/norsk-hydro/">Norsk Hydro: what we know so far</a></div></div></nav>
%s
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Patch Tuesday March 2019</a> <span class="post-date">March 12, 2019</span></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2019/04/">April 2019</a></li><li><a href="/2019/03/">March 2019</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress | Theme: Twenty Nineteen</div></footer></div>
%s
</body></html>`, css(700), script(30), cookieEN, body, commentsEN(9), script(50))
	return tcase{
		name: "en_wordpress_repost", url: "https://patchtuesday.example/2019/04/01/toyota-breach/?fbclid=IwAR0abc",
		html: page,
		drop: []string{"Skip to content", "Share this:", "Why dealer IT keeps getting popped", "Posted in", "Norsk Hydro: what we know so far",
			"Recent Posts", "Proudly powered by WordPress", "Screenshot of the notice", "Leave a Reply", "We use cookies"},
	}
}

func enNestedDivs() tcase {
	paras := []string{
		"A ransomware attack has forced Norsk Hydro, one of the world's largest aluminium producers, to switch several of its plants to manual operations.",
		"The Oslo-based company said the attack began on Monday evening and escalated overnight, affecting IT systems across most of its business areas. Its primary smelters were running normally, but extrusion plants had to halt some production lines.",
		"Norway's National Security Authority said the company had been hit by LockerGoga, a strain of ransomware that has previously struck the French engineering consultancy Altran.",
		"Hydro said it had no indication that customer data had been stolen, and that it had backups from which it intended to restore its systems. The company has not said whether it was asked to pay a ransom.",
	}
	var body string
	for i, p := range paras {
		body += fmt.Sprintf(`<div class="para-wrap"><div class="para" data-idx="%d"><div class="text">%s</div></div></div>`+"\n", i, p)
		if i == 1 {
			body += `<div class="inline-promo"><div class="promo-inner">Read more: How to prepare your plant for a ransomware outbreak</div></div>`
		}
	}
	page := fmt.Sprintf(`<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Norsk Hydro switches to manual operations after ransomware attack - Industrial Threat Report</title>
%s%s</head><body>
<div class="wrapper"><div class="top">%s</div>
<div class="container"><div class="row"><div class="col-left"><div class="story">
<div class="story-head"><div class="kicker">Ransomware</div><div class="headline"><h1>Norsk Hydro switches to manual operations after ransomware attack</h1></div>
<div class="dateline">Published 19 March 2019, 14:32</div></div>
<div class="story-body"><div class="story-body-inner">
%s
</div></div>
<div class="story-tags"><a href="/t/ransomware">ransomware</a> <a href="/t/ics">ICS</a></div>
</div></div>
<div class="col-right"><div class="rail"><div class="rail-item"><a href="/x">Triton malware returns</a><div class="rail-date">12 March 2019</div></div><div class="rail-item"><a href="/y">Siemens issues PLC advisories</a><div class="rail-date">11 March 2019</div></div></div></div>
</div></div>
%s
</div>%s</body></html>`, css(1200), script(80), navEN("Industrial Threat Report"), body, footerEN("Industrial Threat Report"), cookieEN)
	return tcase{
		name: "en_nested_divs", url: "https://itr.example/news/norsk-hydro-ransomware",
		html: page,
		drop: []string{"Read more: How to prepare", "Triton malware returns", "Footer section", "We use cookies", "Sign in to"},
	}
}
