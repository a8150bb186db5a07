package main

import "fmt"

// enLinkLists is a news story followed by boxes of the site's other stories
// (a "Read next" heading over dated teasers, an unheaded box of links) while
// its body holds lists that are its own: references to the site's earlier
// alerts, outside sources and indicators of compromise.
func enLinkLists() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Dental chain says attackers copied patient records of 214,000 people &#8211; Wire Desk</title>
<meta property="og:title" content="Dental chain says attackers copied patient records of 214,000 people">
<meta property="article:published_time" content="2019-05-14T09:12:00+01:00">
%s</head><body>
%s
<div class="pg"><div class="pg-col pg-col--wide">
<div class="story-wrap">
<h1 class="hl">Dental chain says attackers copied patient records of 214,000 people</h1>
<div class="byl">By Hannah Orme, 14 May 2019</div>
<div class="story-text">
<p>A dental practice group with 93 clinics across England and Wales has told 214,000 patients that their names, dates of birth and treatment notes were copied from a booking server during a ransomware attack in April.</p>
<p>The group said the intruders got in through a remote desktop gateway that had not been patched, and that the encryption of its scheduling system forced clinics back to paper diaries for nine days.</p>
<p>Investigators linked the intrusion to infrastructure previously reported in two national alerts, which the group's notice cites:</p>
<ul>
<li><a href="https://news.wiredesk.example/alerts/2019/rdp-gateway-exploitation/">Alert: exploitation of unpatched RDP gateways</a></li>
<li><a href="/alerts/2019/healthcare-ransomware-advisory/">Advisory: ransomware targeting healthcare providers</a></li>
</ul>
<p>The indicators the group published for other practices to check include the following domains and file hashes:</p>
<ul class="ioc">
<li>update-dentalcloud[.]com</li>
<li>rdp-support-desk[.]net</li>
<li>SHA-256 9f2c4e1b7a3d5e6f8091a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3</li>
</ul>
<p>The company said it had no evidence that the data had been published, but it has offered affected patients a year of identity monitoring.</p>
<p>Sources:</p>
<ul>
<li><a href="https://ico.example.org.uk/action-weve-taken/">Information regulator statement</a></li>
<li><a href="https://dentalgroup.example.co.uk/notice">Company notice to patients</a></li>
</ul>
</div>
<div class="box-b"><h4>Read next</h4>
<div class="t"><a href="/2019/05/02/pharmacy-chain-breach/">Pharmacy chain admits breach exposed 1.2 million prescriptions</a> <span class="ts">2 May 2019</span></div>
<div class="t"><a href="/2019/04/21/lockergoga-aluminium/">LockerGoga crew hits aluminium maker, 22,000 staff back to pen and paper</a> <span class="ts">21 Apr 2019</span></div>
<div class="t"><a href="/2019/04/09/hospital-trust-fine/">Hospital trust fined after 40,000 records left on open server</a> <span class="ts">9 Apr 2019</span></div>
</div>
<div class="endlinks"><ol>
<li><a href="https://news.wiredesk.example/2019/05/10/apt33-wipers/">Iranian APT33 wipers found on Saudi engineering networks</a></li>
<li><a href="https://news.wiredesk.example/2019/05/08/airline-magecart/">Airline checkout skimmed by Magecart for three weeks</a></li>
</ol></div>
</div>
</div></div>
%s%s</body></html>`, css(900), navEN("Wire Desk"), footerEN("Wire Desk"), script(60))
	return tcase{
		name: "en_link_lists", url: "https://news.wiredesk.example/2019/05/14/dental-chain-ransomware/",
		html: page,
		drop: []string{"Read next", "Pharmacy chain admits", "LockerGoga crew", "Hospital trust fined", "APT33 wipers", "Magecart", "Footer section"},
	}
}

// jaRelatedLinks is a Shift_JIS news page whose story is followed by a
// definition list under 「■関連リンク」, a table of dated links under
// 「あわせて読みたい」 and a bare box of dated links, while the story itself
// ends with a 「参考」 list of outside sources.
func jaRelatedLinks() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="ja"><head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>地方銀行のネットバンキングに不正ログイン、利用者約4万3千人に影響か | 週刊ITセキュリティ</title>
<meta property="og:title" content="地方銀行のネットバンキングに不正ログイン、利用者約4万3千人に影響か">
%s</head><body>
%s
<div id="contents"><div id="kiji">
<h1>地方銀行のネットバンキングに不正ログイン、利用者約4万3千人に影響か</h1>
<p class="hiduke">2019年6月3日 11時20分</p>
<div class="honbun">
<p>東北地方の地方銀行であるサンプル銀行は6月2日、個人向けインターネットバンキングに第三者による不正ログインがあり、利用者約4万3千人の氏名や口座番号、取引履歴が閲覧された可能性があると発表した。</p>
<p>同行によると、5月下旬から他のサービスで流出したとみられるIDとパスワードの組み合わせを使ったログインが繰り返され、一部の口座では不正送金も確認された。被害額は約1,200万円にのぼるという。</p>
<p>同行はワンタイムパスワードの利用を必須とし、利用者にパスワードの変更を呼びかけている。</p>
<p>参考：</p>
<ul>
<li><a href="https://www.fsa.example.go.jp/news/r1/ginkou/20190602.html">金融庁「インターネットバンキングによる不正送金について」</a></li>
<li><a href="https://www.jpcert.example.or.jp/at/2019/at190023.html">JPCERT/CC「リスト型攻撃に関する注意喚起」</a></li>
</ul>
</div>
<dl class="box02"><dt>■関連リンク</dt>
<dd><a href="/news/2019/0515_01.html">信用金庫の顧客情報を記録したUSBメモリーを紛失</a>［2019.05.15］</dd>
<dd><a href="/news/2019/0422_03.html">証券会社の口座に不正アクセス、約1,800万円が引き出される</a>［2019.04.22］</dd>
</dl>
<h2 class="midashi">あわせて読みたい</h2>
<table class="lst"><tr><td><a href="/news/2019/0301_02.html">クレジットカード会社を装うフィッシングが急増</a></td><td>2019/03/01</td></tr>
<tr><td><a href="/news/2019/0218_01.html">電力会社にサイバー攻撃、関与が疑われる「APT10」とは</a></td><td>2019/02/18</td></tr></table>
<div class="kiji-foot"><p><a href="/news/2019/0220_04.html">大学の教職員約900人分のメールアカウントが乗っ取り被害</a>　2019年2月20日</p>
<p><a href="/news/2019/0109_02.html">通販サイトに不正アクセス、カード情報3万件流出の恐れ</a>　2019年1月9日</p></div>
</div></div>
%s</body></html>`, css(700), navJA(), footerJA("週刊ITセキュリティ"))
	return tcase{
		name: "ja_related_links_sjis", url: "https://www.itsec-weekly.example/news/2019/0603_01.html",
		encoding: "shift_jis", html: page,
		drop: []string{"関連リンク", "USBメモリー", "証券会社の口座", "あわせて読みたい", "フィッシングが急増", "APT10", "900人分", "カード情報3万件", "フッターリンク"},
	}
}
