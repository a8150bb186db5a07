package main

import "fmt"

func enAdvisory() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>ICSA-19-087-01 Example Controls PLC Firmware | National CERT</title>
<meta name="dc.date" content="2019-03-28">
<meta name="dcterms.modified" content="2019-04-03">
%s</head><body>
<div id="skip"><a href="#main-content">Skip to main content</a></div>
<div class="usa-banner">An official website of the national government</div>
%s
<div class="breadcrumb"><a href="/">Home</a> / <a href="/ics">ICS</a> / <a href="/ics/advisories">Advisories</a></div>
<main id="main-content"><div class="l-page-section"><div class="region region-content">
<h1 class="page-title">ICS Advisory (ICSA-19-087-01) Example Controls PLC Firmware</h1>
<div class="field field--name-body">
<h2>1. EXECUTIVE SUMMARY</h2>
<ul><li>CVSS v3 9.8</li><li>ATTENTION: Exploitable remotely/low skill level to exploit</li><li>Vendor: Example Controls</li><li>Equipment: ExamplePLC 5000 series</li><li>Vulnerabilities: Improper Authentication, Stack-based Buffer Overflow</li></ul>
<h2>2. RISK EVALUATION</h2>
<p>Successful exploitation of these vulnerabilities could allow an unauthenticated attacker to execute arbitrary code on the controller or cause a denial-of-service condition.</p>
<h2>3. TECHNICAL DETAILS</h2>
<h3>3.1 AFFECTED PRODUCTS</h3>
<table><thead><tr><th>Product</th><th>Versions</th></tr></thead><tbody><tr><td>ExamplePLC 5020</td><td>Firmware 2.1.0 and prior</td></tr><tr><td>ExamplePLC 5040</td><td>Firmware 2.1.0 and prior</td></tr></tbody></table>
<h3>3.2 VULNERABILITY OVERVIEW</h3>
<p>The web server of the affected devices does not require authentication for the configuration upload endpoint. CVE-2019-6548 has been assigned to this vulnerability.</p>
<pre>POST /cgi-bin/upload_config HTTP/1.1
Host: plc.local</pre>
<p>A stack-based buffer overflow in the Modbus/TCP handler may allow remote code execution. CVE-2019-6549 has been assigned to this vulnerability.</p>
<h2>4. MITIGATIONS</h2>
<p>Example Controls recommends that users update to firmware version 2.2.0 or later, and restrict network access to the controllers.</p>
</div>
<div class="feedback-block"><p>Was this document helpful? <a href="/survey">Yes</a> <a href="/survey">No</a></p></div>
</div></div></main>
<footer class="usa-footer"><div class="footer-nav"><a href="/about">About</a> <a href="/privacy">Privacy Policy</a> <a href="/foia">FOIA</a> <a href="/accessibility">Accessibility</a></div><p>National Cybersecurity Center, an official website of the government.</p></footer>
%s</body></html>`, css(1500), navEN("National CERT"), script(120))
	return tcase{
		name: "en_cert_advisory", url: "https://cert.example.gov/ics/advisories/icsa-19-087-01",
		html: page,
		drop: []string{"Skip to main content", "An official website of the national government", "Was this document helpful", "FOIA", "Home / ICS"},
	}
}

func enContentSelector() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Press Releases - Example Retail Group</title>
%s</head><body>
%s
<div id="wrap"><div class="intro"><p>Welcome to the Example Retail Group press centre. Journalists can register for release alerts and download logos from the media kit.</p>
<p>For media enquiries call our press office on weekdays between 9am and 5pm. We aim to respond to every request within one working day and can arrange interviews with our executives on request.</p></div>
<div class="release">
<h2>Example Retail Group notifies customers of unauthorised access to loyalty programme</h2>
<p class="release-date">April 3, 2019</p>
<p>LONDON – Example Retail Group today announced that an unauthorised third party accessed a database used by its loyalty programme.</p>
<p>The database contained names, e-mail addresses and loyalty point balances of approximately 480,000 members. Payment card details are not stored in the loyalty system and were not affected.</p>
<p>The company has reset the passwords of all affected accounts and reported the incident to the Information Commissioner's Office.</p>
</div>
<div class="boilerplate-about"><h3>About Example Retail Group</h3><p>Example Retail Group operates 320 stores across the United Kingdom and Ireland.</p></div>
</div>
%s%s</body></html>`, css(400), navEN("Example Retail"), footerEN("Example Retail"), script(30))
	return tcase{
		name: "en_content_selector", url: "https://www.example-retail.example/press/2019/loyalty-notice",
		hints: hints{Content: "div.release", Lang: "en-GB"},
		html:  page,
		drop:  []string{"Welcome to the Example Retail Group press centre", "About Example Retail Group", "Footer section"},
	}
}

func enShortFeedHints() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Threat Brief</title>
<link rel="canonical" href="HTTPS://ThreatBrief.example:443/brief/2019/0402?ref_src=twsrc&amp;id=77&amp;utm_campaign=daily#top">
%s</head><body>
<div class="nav">%s</div>
<div class="content"><div class="post">
<p>Researchers say a new phishing campaign impersonates a popular parcel delivery service and targets customers in Japan with SMS messages linking to fake tracking pages.</p>
<p>The pages ask victims to install an Android app that steals banking credentials. The operators behind the campaign have not been identified.</p>
</div></div>
<div class="newsletter-signup"><p>Subscribe to our daily newsletter to get updates in your inbox</p></div>
%s</body></html>`, css(1000), navEN("Threat Brief"), footerEN("Threat Brief"))
	return tcase{
		name: "en_feed_hints", url: "https://threatbrief.example/brief/2019/0402?id=77",
		hints: hints{Title: "Parcel delivery SMS phishing targets Japan", Published: "2019-04-02T06:30:00Z"},
		html:  page,
		drop:  []string{"Subscribe to our daily newsletter", "Footer section"},
	}
}
