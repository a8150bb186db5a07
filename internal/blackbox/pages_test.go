package blackbox

// The pages of the invented web. Every name, company, figure and person here
// is made up for this test.

const newsHeader = `<header class="site-header">
  <a class="logo" href="{{BASE}}/">The Breach Ledger</a>
  <nav class="primary"><ul>
    <li><a href="{{BASE}}/category/breaches/">Breaches</a></li>
    <li><a href="{{BASE}}/category/ransomware/">Ransomware</a></li>
    <li><a href="{{BASE}}/category/threat-intel/">Threat intel</a></li>
    <li><a href="{{BASE}}/category/policy/">Policy</a></li>
    <li><a href="{{BASE}}/newsletter/">Newsletter</a></li>
  </ul></nav>
  <form class="search" action="{{BASE}}/search"><input name="q" placeholder="Search"></form>
</header>`

const newsFooter = `<aside class="newsletter-box">
  <h3>Get the Ledger in your inbox</h3>
  <p>The daily briefing on breaches and the crews behind them, every weekday morning.</p>
  <form><input type="email" placeholder="you@company.example"><button>Subscribe</button></form>
</aside>
<footer class="site-footer">
  <p>&copy; 2026 The Breach Ledger Media. All rights reserved.</p>
  <ul><li><a href="{{BASE}}/about/">About</a></li><li><a href="{{BASE}}/privacy/">Privacy</a></li><li><a href="{{BASE}}/tips/">Send us a tip</a></li></ul>
</footer>
<div id="cookie-consent">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>`

const shareBar = `<div class="share-bar" aria-label="Share this article">
  <span>Share</span>
  <a href="https://x.example/intent/post?url=x">X</a>
  <a href="https://facebook.example/sharer?u=x">Facebook</a>
  <a href="https://linkedin.example/share?url=x">LinkedIn</a>
  <a href="mailto:?subject=x">Email</a>
  <button class="copy-link">Copy link</button>
</div>`

const newsYamase = `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Yamase Electric says hackers stole data on 2.4 million customers; researchers point to BlackTech | The Breach Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Yamase Electric says hackers stole data on 2.4 million customers; researchers point to BlackTech">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-02T09:15:00+00:00">
<link rel="canonical" href="{{BASE}}/2026/12/02/yamase-electric-breach-blacktech/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Yamase Electric says hackers stole data on 2.4 million customers; researchers point to BlackTech","datePublished":"2026-12-02T09:15:00Z","author":{"@type":"Person","name":"Dana Whitcombe"}}</script>
</head>
<body class="single-post">
` + newsHeader + `
<main>
<article class="story">
  <div class="kicker"><a href="{{BASE}}/category/breaches/">Breaches</a></div>
  <h1 class="headline">Yamase Electric says hackers stole data on 2.4 million customers; researchers point to BlackTech</h1>
  <p class="dek">The Japanese electronics maker says a warranty-registration server was breached in November.</p>
  <div class="byline">By <a rel="author" href="{{BASE}}/author/dana-whitcombe/">Dana Whitcombe</a>, Senior Reporter
    <time datetime="2026-12-02T09:15:00Z">December 2, 2026</time> &middot; 4 min read</div>
  ` + shareBar + `
  <div class="story-body">
    <p>Japanese electronics maker Yamase Electric has disclosed that attackers broke into servers at its customer service division and may have stolen personal information on about 2.4 million customers.</p>
    <p>In a notice published on its Japanese-language newsroom on Monday, the Osaka-based company said it detected suspicious traffic from a server that manages warranty registrations on November 24 and took the system offline the same day. The exposed data includes names, postal addresses, phone numbers and e-mail addresses of customers who registered products between 2015 and 2026. Yamase said no credit card numbers were stored on the affected servers.</p>
    <figure><img src="{{BASE}}/img/yamase-hq.jpg" alt="Yamase Electric headquarters"><figcaption>Yamase Electric's headquarters. Photo: Ledger archive</figcaption></figure>
    <p>Two threat intelligence firms that examined the intrusion told The Breach Ledger that the tooling and command-and-control infrastructure match those of BlackTech, a China-linked espionage group that has targeted Japanese and Taiwanese manufacturers for more than a decade. The group is known for hiding in router firmware to move between a company's subsidiaries.</p>
    <aside class="related-inline"><strong>Read more:</strong> <a href="{{BASE}}/2026/05/14/ransomware-halts-yamase-electric-penang-plant/">Ransomware halts production at Yamase Electric plant in Malaysia</a></aside>
    <p>Yamase said it had reported the incident to Japan's Personal Information Protection Commission and is contacting affected customers individually. The company apologised and warned customers to watch for phishing messages pretending to come from its support desk.</p>
    <p>It is the second security incident at the company this year.</p>
  </div>
  <div class="tags">Tags: <a href="{{BASE}}/tag/japan/">Japan</a> <a href="{{BASE}}/tag/manufacturing/">Manufacturing</a> <a href="{{BASE}}/tag/apt/">APT</a></div>
  ` + shareBar + `
</article>
<section class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="{{BASE}}/2026/05/14/ransomware-halts-yamase-electric-penang-plant/">Ransomware halts production at Yamase Electric plant in Malaysia</a></li>
    <li><a href="{{BASE}}/2026/11/30/fallowmere-county-schools-breach-students/">Fallowmere County Schools says breach exposed records of 58,000 students</a></li>
    <li><a href="{{BASE}}/2026/10/02/router-firmware-implants/">Router firmware implants are back, and they are quieter</a></li>
  </ul>
</section>
<section id="comments" class="comments">
  <h2>3 comments</h2>
  <ol class="comment-list">
    <li class="comment"><span class="comment-author">Marek_T</span> <time>December 2, 2026 at 10:02 am</time>
      <p>Sounds like APT10 again, honestly. Same playbook they used on the managed service providers.</p></li>
    <li class="comment"><span class="comment-author">jsmith42</span> <time>December 2, 2026 at 11:40 am</time>
      <p>Why would anyone keep eleven years of warranty data online? My old employer lost 9 million rows that way.</p></li>
    <li class="comment"><span class="comment-author">InfosecNoob</span> <time>December 2, 2026 at 1:15 pm</time>
      <p>Did they say whether passwords were taken?</p></li>
  </ol>
  <form class="comment-form"><textarea placeholder="Join the discussion"></textarea><button>Post comment</button></form>
</section>
</main>
` + newsFooter + `
</body>
</html>`

const newsRansom = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ransomware halts production at Yamase Electric plant in Malaysia | The Breach Ledger</title>
<meta property="article:published_time" content="2026-05-14T08:05:00+00:00">
</head>
<body>
` + newsHeader + `
<main>
<article class="story">
  <h1 class="headline">Ransomware halts production at Yamase Electric plant in Malaysia</h1>
  <div class="byline">By <a rel="author" href="{{BASE}}/author/lee-okafor/">Lee Okafor</a> <time datetime="2026-05-14T08:05:00Z">May 14, 2026</time></div>
  ` + shareBar + `
  <div class="story-body">
    <p>Production lines at Yamase Electric's plant in Penang, Malaysia, stood idle for a third day on Thursday after a ransomware attack encrypted the factory's manufacturing execution systems, the Japanese electronics maker said.</p>
    <p>The company said the attack began late on Sunday and was confined to the plant's network, which it has disconnected from the rest of the group. Workers were sent home on full pay while engineers rebuild servers from backups.</p>
    <p>Yamase said it had found no evidence that customer or employee data was taken, and no group has claimed the attack so far. The plant assembles compressors for air conditioners and supplies factories in Thailand and Vietnam.</p>
    <p>Analysts expect the stoppage to delay shipments for several weeks. Yamase said it would not pay a ransom.</p>
  </div>
  ` + shareBar + `
</article>
<section class="related"><h2>More on ransomware</h2><ul>
  <li><a href="{{BASE}}/2026/05/02/ransomware-payments-fall/">Ransomware payments fell in the first quarter</a></li>
</ul></section>
</main>
` + newsFooter + `
</body></html>`

const newsSchool = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fallowmere County Schools says breach exposed records of 58,000 students | The Breach Ledger</title>
<meta property="article:published_time" content="2026-11-30T16:40:00+00:00">
</head>
<body>
` + newsHeader + `
<main>
<article class="story">
  <h1 class="headline">Fallowmere County Schools says breach exposed records of 58,000 students</h1>
  <div class="byline">By <a rel="author" href="{{BASE}}/author/lee-okafor/">Lee Okafor</a> <time datetime="2026-11-30T16:40:00Z">November 30, 2026</time></div>
  ` + shareBar + `
  <div class="story-body">
    <p>Fallowmere County Schools has begun notifying families after an attacker copied records of 58,000 current and former students from the district's student information system.</p>
    <p>The district said the intruder logged in with a contractor's stolen password on November 9 and downloaded names, dates of birth, grades and special-education notes before the account was disabled two days later.</p>
    <p>Superintendent Carla Ivers said the district would offer two years of identity monitoring to every affected student and had hired an outside firm to review its access controls.</p>
  </div>
</article>
</main>
` + newsFooter + `
</body></html>`

const newsSkim = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Card skimmer on Oakhurst Outfitters checkout exposed 12,400 payment cards | The Breach Ledger</title>
<meta property="article:published_time" content="2026-12-05T11:20:00+00:00">
</head>
<body>
` + newsHeader + `
<main>
<article class="story">
  <h1 class="headline">Card skimmer on Oakhurst Outfitters checkout exposed 12,400 payment cards</h1>
  <div class="byline">By <a rel="author" href="{{BASE}}/author/dana-whitcombe/">Dana Whitcombe</a> <time datetime="2026-12-05T11:20:00Z">December 5, 2026</time></div>
  <div class="story-body">
    <p>Outdoor retailer Oakhurst Outfitters says malicious code planted on its online checkout page captured the payment card details of 12,400 customers over six weeks this autumn.</p>
    <p>The company found the skimming script during a routine code review on November 28 and removed it the same day. Card numbers, expiry dates and security codes entered between October 14 and November 28 may have been taken, it said.</p>
    <p>Oakhurst has notified the card brands and is writing to every affected customer.</p>
  </div>
</article>
</main>
` + newsFooter + `
</body></html>`

const slowArticle = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why breach notices arrive late</title></head>
<body><article><h1>Why breach notices arrive late</h1><p>This page answers too slowly for any crawler with a sane timeout.</p></article></body></html>`

const blogRepost = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Repost: BlackTech blamed as Yamase Electric admits breach of 2.4M customer records &#8211; Kettle &amp; Firewall</title>
<link rel="stylesheet" id="wp-block-library-css" href="{{BASE}}/wp-includes/css/dist/block-library/style.min.css?ver=6.7" media="all">
<script src="{{BASE}}/wp-includes/js/wp-emoji-release.min.js?ver=6.7"></script>
<meta property="article:published_time" content="2026-12-03T08:10:00+00:00">
<link rel="shortlink" href="{{BASE}}/?p=812">
</head>
<body class="post-template-default single single-post postid-812">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="{{BASE}}/" rel="home">Kettle &amp; Firewall</a></p>
  <p class="site-description">One defender's notes on breaches, home labs and tea</p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li class="menu-item"><a href="{{BASE}}/">Home</a></li>
    <li class="menu-item"><a href="{{BASE}}/about/">About</a></li>
    <li class="menu-item"><a href="{{BASE}}/category/homelab/">Home lab</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post status-publish format-standard hentry category-breaches">
  <header class="entry-header">
    <h1 class="entry-title">Repost: BlackTech blamed as Yamase Electric admits breach of 2.4M customer records</h1>
    <div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2026-12-03T08:10:00+00:00">3 December 2026</time></span>
      <span class="byline"> by <span class="author vcard"><a class="url fn n" href="{{BASE}}/author/priya/">Priya Lindqvist</a></span></span></div>
  </header>
  <div class="entry-content">
    <p><em>Several of you asked me about the Yamase Electric news over the weekend. Dana Whitcombe at The Breach Ledger had the clearest write-up, so I'm reposting it here with permission. My own notes are at the bottom.</em></p>
    <hr>
    <p>Japanese electronics maker Yamase Electric has disclosed that attackers broke into servers at its customer service division and may have stolen personal information on about 2.4 million customers.</p>
    <p>In a notice published on its Japanese-language newsroom on Monday, the Osaka-based company said it detected suspicious traffic from a server that manages warranty registrations on November 24 and took the system offline the same day. The exposed data includes names, postal addresses, phone numbers and e-mail addresses of customers who registered products between 2015 and 2026.</p>
    <div class="ad-slot wp-block-ad"><span class="ad-label">Advertisement</span> <a href="https://ads.example/click?c=vaultpilot">VaultPilot &mdash; the password manager your whole family will actually use. Try it free for 30 days.</a></div>
    <p>Two threat intelligence firms that examined the intrusion told The Breach Ledger that the tooling and command-and-control infrastructure match those of BlackTech, a China-linked espionage group that has targeted Japanese and Taiwanese manufacturers for more than a decade.</p>
    <p>Yamase said it had reported the incident to Japan's Personal Information Protection Commission and is contacting affected customers individually.</p>
    <p class="credit"><em>This story was originally published by <a href="{{NEWS}}/2026/12/02/yamase-electric-breach-blacktech/">The Breach Ledger</a> and is republished here with permission.</em></p>
    <hr>
    <h3>My take</h3>
    <p>If you run a warranty or registration portal, treat it like the crown jewels it secretly is: it is usually the oldest, least patched web app in the company and it holds every customer's home address.</p>
    <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="{{BASE}}/?share=twitter">Click to share on X</a></li><li><a class="share-linkedin" href="{{BASE}}/?share=linkedin">Click to share on LinkedIn</a></li><li><a class="share-email" href="{{BASE}}/?share=email">Click to email a link to a friend</a></li></ul></div>
    <div class="jp-relatedposts"><h3>Related</h3><p><a href="{{BASE}}/2026/11/29/dns-filtering-homelab-notes/">DNS filtering in the home lab: six months of notes</a></p></div>
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="{{BASE}}/category/breaches/" rel="category tag">Breaches</a></span> <span class="tags-links">Tagged <a href="{{BASE}}/tag/japan/">japan</a>, <a href="{{BASE}}/tag/apt/">apt</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="{{BASE}}/2026/11/29/dns-filtering-homelab-notes/" rel="prev">DNS filtering in the home lab: six months of notes</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
  <form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="{{BASE}}/2026/12/03/repost-blacktech-blamed-yamase-electric-breach/">Repost: BlackTech blamed as Yamase Electric admits breach</a></li><li><a href="{{BASE}}/2026/11/29/dns-filtering-homelab-notes/">DNS filtering in the home lab</a></li></ul></section>
  <section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="{{BASE}}/2026/12/">December 2026</a></li><li><a href="{{BASE}}/2026/11/">November 2026</a></li></ul></section>
  <section class="widget widget_text"><div class="textwidget"><p>Sponsored: Hardened mini PCs for your home lab from NodeCrate. Use code KETTLE10.</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress | Theme: Plainwater</div></footer>
</div>
</body>
</html>`

const blogHomelab = `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="UTF-8"><title>DNS filtering in the home lab: six months of notes &#8211; Kettle &amp; Firewall</title>
<meta property="article:published_time" content="2026-11-29T19:00:00+00:00"></head>
<body class="single-post">
<header id="masthead"><p class="site-title"><a href="{{BASE}}/">Kettle &amp; Firewall</a></p></header>
<main id="main"><article class="post hentry">
  <h1 class="entry-title">DNS filtering in the home lab: six months of notes</h1>
  <div class="entry-meta">Posted on <time datetime="2026-11-29T19:00:00+00:00">29 November 2026</time> by Priya Lindqvist</div>
  <div class="entry-content">
    <p>Six months ago I put a filtering resolver in front of every device in the house. This is what it blocked, what it broke, and what I would do differently.</p>
    <p>The television was the chattiest device by far, trying to reach analytics endpoints every few seconds even when switched off. The children's tablets came second. Blocking them broke nothing anyone noticed.</p>
    <p>What did break was the smart doorbell, which refused to ring without reaching its vendor's telemetry domain. I allowed that one back, reluctantly.</p>
    <p>If you try this yourself, keep a second resolver handy so you can bypass the filter when a banking site misbehaves.</p>
  </div>
</article></main>
<aside class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li><a href="{{BASE}}/2026/12/03/repost-blacktech-blamed-yamase-electric-breach/">Repost: BlackTech blamed</a></li></ul></section></aside>
</body></html>`

const vendorChrome = `<div class="topbar"><a href="{{BASE}}/">Corvane Networks</a>
  <nav><a href="{{BASE}}/products/">Products</a> <a href="{{BASE}}/solutions/">Solutions</a> <a href="{{BASE}}/support/">Support</a> <a href="{{BASE}}/newsroom/">Newsroom</a> <a href="{{BASE}}/company/">Company</a></nav></div>`

const vendorListing = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Newsroom | Corvane Networks</title></head>
<body>
` + vendorChrome + `
<main class="newsroom">
  <h1>Press releases</h1>
  <div class="filters"><a href="{{BASE}}/newsroom/?year=2026">2026</a> <a href="{{BASE}}/newsroom/?year=2025">2025</a></div>
  <div class="pr-list">
    <div class="pr-item"><span class="pr-date">Nov 26, 2026</span>
      <h2><a class="pr-link" href="/newsroom/2026/corvane-networks-notice-of-data-security-incident">Corvane Networks Provides Notice of Data Security Incident</a></h2></div>
    <div class="pr-item"><span class="pr-date">Nov 12, 2026</span>
      <h2><a class="pr-link" href="{{BASE}}/newsroom/2026/corvane-launches-edgeguard-7">Corvane Launches EdgeGuard 7 Secure Gateway for Distributed Enterprises</a></h2></div>
    <div class="pr-item"><span class="pr-date">Oct 30, 2026</span>
      <h2><a class="pr-link" href="2026/corvane-and-tidewater-logistics-partnership">Corvane and Tidewater Logistics Announce Strategic Partnership</a></h2></div>
  </div>
  <div class="pager"><a href="{{BASE}}/newsroom/?page=2">Older releases</a></div>
  <aside class="media-kit"><a href="{{BASE}}/newsroom/media-kit.zip">Download media kit</a></aside>
</main>
<footer><a href="{{BASE}}/legal/">Legal</a> <a href="{{BASE}}/privacy/">Privacy</a> &copy; 2026 Corvane Networks, Inc.</footer>
</body></html>`

const vendorBoiler = `<div class="about"><h3>About Corvane Networks</h3>
<p>Corvane Networks, Inc. builds secure gateways and network management software for distributed enterprises. Founded in 2009, the company serves more than 14,000 customers in 60 countries.</p></div>
<div class="media-contact"><h3>Media contact</h3><p>Renata Solis, press@corvane.example, +1 555 0142</p></div>
<div class="share"><a href="https://linkedin.example/share">Share on LinkedIn</a> <a href="https://x.example/intent">Share on X</a></div>`

const vendorNotice = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Corvane Networks Provides Notice of Data Security Incident | Corvane Networks</title>
<meta name="description" content="Corvane Networks is notifying customers of a data security incident involving its support ticketing platform."></head>
<body>
` + vendorChrome + `
<main><article class="press-release">
  <p class="breadcrumbs"><a href="{{BASE}}/newsroom/">Newsroom</a> / Press release</p>
  <h1>Corvane Networks Provides Notice of Data Security Incident</h1>
  <p class="release-date">November 26, 2026</p>
  <div class="release-body">
    <p><strong>LAKEMONT, Ore., Nov. 26, 2026</strong> &mdash; Corvane Networks, Inc. today announced that it is notifying customers of a data security incident involving the third-party ticketing platform used by its technical support team.</p>
    <p>On November 18, 2026, Corvane detected unauthorized access to the support platform. The company immediately revoked the credentials involved, engaged outside forensic experts and notified law enforcement. The investigation determined that an unauthorized party obtained contact details and support case records belonging to approximately 61,000 customers.</p>
    <p>Corvane has found no evidence that payment information, product source code or customer networks were accessed. Affected customers are being contacted directly by e-mail with steps they can take to protect themselves.</p>
    <p>&ldquo;We sincerely apologize to our customers,&rdquo; said Marcus Feld, chief executive officer of Corvane Networks. &ldquo;We are strengthening access controls across every system our support teams use.&rdquo;</p>
  </div>
  ` + vendorBoiler + `
</article></main>
<footer>&copy; 2026 Corvane Networks, Inc.</footer>
</body></html>`

const vendorLaunch = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Corvane Launches EdgeGuard 7 Secure Gateway for Distributed Enterprises | Corvane Networks</title></head>
<body>
` + vendorChrome + `
<main><article class="press-release">
  <h1>Corvane Launches EdgeGuard 7 Secure Gateway for Distributed Enterprises</h1>
  <p class="release-date">November 12, 2026</p>
  <div class="release-body">
    <p><strong>LAKEMONT, Ore., Nov. 12, 2026</strong> &mdash; Corvane Networks today introduced EdgeGuard 7, a secure gateway that combines routing, firewalling and zero-trust access for branch offices in a single appliance.</p>
    <p>EdgeGuard 7 doubles throughput over the previous generation and can be managed from the same cloud console as existing Corvane devices. It will ship to customers in January.</p>
  </div>
  ` + vendorBoiler + `
</article></main>
</body></html>`

const vendorPartner = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Corvane and Tidewater Logistics Announce Strategic Partnership | Corvane Networks</title></head>
<body>
` + vendorChrome + `
<main><article class="press-release">
  <h1>Corvane and Tidewater Logistics Announce Strategic Partnership</h1>
  <p class="release-date">October 30, 2026</p>
  <div class="release-body">
    <p><strong>LAKEMONT, Ore., Oct. 30, 2026</strong> &mdash; Corvane Networks and Tidewater Logistics today announced a partnership to connect Tidewater's 300 warehouses with Corvane's managed gateway service.</p>
    <p>The three-year agreement covers installation, monitoring and round-the-clock support across North America and Europe.</p>
  </div>
  ` + vendorBoiler + `
</article></main>
</body></html>`

const jpChrome = `<div id="header"><a href="{{BASE}}/ja/"><img src="{{BASE}}/img/logo.gif" alt="ヤマセ電機株式会社"></a>
<ul id="gnav"><li><a href="{{BASE}}/ja/company/">企業情報</a></li><li><a href="{{BASE}}/ja/news/">ニュースリリース</a></li><li><a href="{{BASE}}/ja/products/">製品情報</a></li><li><a href="{{BASE}}/ja/ir/">株主・投資家情報</a></li><li><a href="{{BASE}}/ja/recruit/">採用情報</a></li><li><a href="{{BASE}}/en/">English</a></li></ul></div>
<div id="topicpath"><a href="{{BASE}}/ja/">ホーム</a> &gt; <a href="{{BASE}}/ja/news/">ニュースリリース</a> &gt; 2026年</div>`

const jpFooter = `<div id="footer"><ul><li><a href="{{BASE}}/ja/privacy/">個人情報保護方針</a></li><li><a href="{{BASE}}/ja/sitemap/">サイトマップ</a></li><li><a href="{{BASE}}/ja/contact/">お問い合わせ</a></li></ul>
<p class="copyright">Copyright &copy; Yamase Electric Co., Ltd. All Rights Reserved.</p></div>`

const jpNotice = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS" />
<title>不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ｜ニュースリリース｜ヤマセ電機株式会社</title>
<meta name="keywords" content="ヤマセ電機,ニュースリリース,お知らせ" />
</head>
<body>
` + jpChrome + `
<div id="contents">
<div id="main">
<p class="date">2026年12月1日</p>
<h1>不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ</h1>
<p class="company">ヤマセ電機株式会社</p>
<div class="release">
<p>このたび、当社の製品保証登録システムを管理するサーバーが第三者による不正アクセスを受け、お客様の個人情報約240万件が外部に流出した可能性があることが判明いたしました。</p>
<p>お客様ならびに関係者の皆様に多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。</p>
<h2>1．経緯</h2>
<p>2026年11月24日、当社サーバーにおいて不審な通信を検知したため、直ちに当該サーバーをネットワークから遮断し、外部の専門調査機関の協力のもと調査を開始いたしました。その結果、同サーバーに保存されていたお客様情報が外部に送信された可能性があることが判明しました。</p>
<h2>2．流出した可能性のある情報</h2>
<p>2015年4月から2026年11月までに製品保証登録をされたお客様の氏名、住所、電話番号、メールアドレス（約240万件）</p>
<p>なお、クレジットカード情報は当該サーバーに保存しておりません。</p>
<h2>3．今後の対応</h2>
<p>当社は、個人情報保護委員会への報告を行うとともに、警察に相談しております。対象となるお客様には、順次メールまたは郵送にてご連絡いたします。当社を装った不審なメールや電話にご注意ください。</p>
<p>今後、このような事態が発生しないよう、情報セキュリティ対策の強化に全社を挙げて取り組んでまいります。</p>
<h2>本件に関するお問い合わせ先</h2>
<p>ヤマセ電機 お客様情報相談窓口<br />電話：0120-000-000（受付時間 平日9時から18時）</p>
</div>
<p class="pdf"><a href="{{BASE}}/ja/news/2026/pdf/20261201_01.pdf">PDF版はこちら（182KB）</a></p>
<p class="back"><a href="{{BASE}}/ja/news/">ニュースリリース一覧へ戻る</a></p>
</div>
<div id="side"><h3>最新のニュース</h3><ul><li><a href="{{BASE}}/ja/news/2026/20261118_02.html">空気清浄機「エアリス AP-900」を発売</a></li><li><a href="{{BASE}}/ja/news/2026/20261030_01.html">2027年3月期 第2四半期決算について</a></li></ul></div>
</div>
` + jpFooter + `
</body>
</html>`

const jpProduct = `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="shift_jis">
<title>空気清浄機「エアリス AP-900」を発売｜ヤマセ電機株式会社</title>
</head>
<body>
` + jpChrome + `
<div id="contents"><div id="main">
<p class="date">2026年11月18日</p>
<h1>空気清浄機「エアリス AP-900」を発売</h1>
<div class="release">
<p>ヤマセ電機株式会社は、花粉の季節に向けて、空気清浄機の新製品「エアリス AP-900」を2027年1月15日に発売いたします。</p>
<p>新製品は、従来機に比べて集じん性能を約30％向上させるとともに、運転音を抑えた静音モードを搭載しました。リビングや寝室など、広さの異なるお部屋に合わせて自動で風量を調整します。</p>
<p>希望小売価格はオープン価格です。全国の家電量販店および当社オンラインストアで販売いたします。</p>
</div>
</div></div>
` + jpFooter + `
</body></html>`

const certChrome = `<div class="gov-banner">An official website of the Examplia government</div>
<header><a href="{{BASE}}/">EXCERT &mdash; Examplia Computer Emergency Response Team</a>
<nav><a href="{{BASE}}/advisories/">Advisories</a> <a href="{{BASE}}/report/">Report an incident</a> <a href="{{BASE}}/about/">About</a></nav></header>`

const certListing = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Advisories | EXCERT</title></head>
<body>
` + certChrome + `
<main>
<h1>Security advisories</h1>
<table id="advisories">
<thead><tr><th>ID</th><th>Title</th><th>Published</th></tr></thead>
<tbody>
<tr><td>AX-2026-0042</td><td class="title"><a href="ax-2026-0042.html">Active exploitation of a path traversal flaw in Corvane EdgeGuard gateways</a></td><td>2026-11-27</td></tr>
<tr><td>AX-2026-0041</td><td class="title"><a href="/advisories/ax-2026-0041.html">Phishing campaign impersonating the Examplia Revenue Office</a></td><td>2026-11-21</td></tr>
</tbody>
</table>
<p class="rss"><a href="{{BASE}}/advisories/feed.xml">Subscribe by RSS</a></p>
</main>
<footer><a href="{{BASE}}/accessibility/">Accessibility</a> <a href="{{BASE}}/privacy/">Privacy</a></footer>
</body></html>`

const cert42 = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>AX-2026-0042: Active exploitation of a path traversal flaw in Corvane EdgeGuard gateways | EXCERT</title></head>
<body>
` + certChrome + `
<main>
<div class="advisory-meta"><dl><dt>Advisory ID</dt><dd>AX-2026-0042</dd><dt>First published</dt><dd>27 November 2026</dd><dt>Severity</dt><dd>Critical</dd></dl></div>
<h1>Active exploitation of a path traversal flaw in Corvane EdgeGuard gateways</h1>
<div class="advisory-body">
<h2>Summary</h2>
<p>EXCERT is aware of active exploitation of CVE-2026-48211, a path traversal vulnerability in the web management interface of Corvane EdgeGuard 6 gateways. An unauthenticated attacker can read arbitrary files from the device, including configuration backups that contain credentials.</p>
<h2>Affected products</h2>
<p>EdgeGuard 6 firmware versions before 6.4.3.</p>
<h2>Recommended actions</h2>
<p>Upgrade to firmware 6.4.3 or later, restrict the management interface to trusted networks, and rotate any credentials stored on the device.</p>
</div>
<div class="feedback">Was this page helpful? <a href="{{BASE}}/feedback/?p=ax-2026-0042">Yes</a> <a href="{{BASE}}/feedback/?p=ax-2026-0042">No</a></div>
</main>
</body></html>`

const cert41 = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>AX-2026-0041: Phishing campaign impersonating the Examplia Revenue Office | EXCERT</title></head>
<body>
` + certChrome + `
<main>
<div class="advisory-meta"><dl><dt>Advisory ID</dt><dd>AX-2026-0041</dd><dt>First published</dt><dd>21 November 2026</dd></dl></div>
<h1>Phishing campaign impersonating the Examplia Revenue Office</h1>
<div class="advisory-body">
<p>EXCERT has received reports of e-mails that claim to come from the Examplia Revenue Office and promise a tax refund. The messages link to a fake sign-in page that collects bank credentials.</p>
<p>The Revenue Office never asks for bank details by e-mail. Recipients should delete the messages and report them to EXCERT.</p>
</div>
</main>
</body></html>`
