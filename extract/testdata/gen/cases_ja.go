package main

import "fmt"

func jaNewsroomUTF8() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8">
<title>不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ | トヨタ自動車株式会社 公式企業サイト</title>
<meta property="og:site_name" content="トヨタ自動車株式会社 公式企業サイト">
<link rel="canonical" href="https://global.toyota.example/jp/newsroom/corporate/27374741.html">
%s%s</head><body>
%s
<header class="l-header"><div class="logo"><a href="/jp/">TOYOTA</a></div>%s</header>
<div class="l-contents"><div class="topicpath"><a href="/jp/">トップ</a> &gt; <a href="/jp/newsroom/">ニュースルーム</a> &gt; 企業</div>
<main><article class="newsroom-article">
<div class="article-head"><p class="date">2019年03月29日</p>
<h1>不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ</h1>
<p class="category">企業</p></div>
%s
<div class="article-body">
<p>このたび、トヨタ東京販売ホールディングス株式会社およびその傘下の販売店（以下、販売会社）のサーバーに対し、外部から不正アクセスが行われたことが判明いたしました。</p>
<p>調査の結果、販売会社のお客様情報（氏名、生年月日、勤務先等）最大約310
万人分が流出した可能性があることが分かりました。なお、クレジットカード情報は含まれておりません。</p>
<p>対象となる販売会社は、トヨタ東京販売ホールディングス、東京トヨペット、トヨタ東京カローラ、ネッツトヨタ東京、レクサス高輪、レクサス小石川、ジャミールショウジ、トヨタウエスト東京カローラです。</p>
<p>お客様をはじめ関係者の皆様に多大なご迷惑とご心配をおかけしましたことを、深くお詫び申し上げます。今後、情報セキュリティの強化を図り、再発防止に努めてまいります。</p>
<h2>本件に関するお問い合わせ</h2>
<p>トヨタ東京販売ホールディングス　お客様相談窓口<br>電話：0120-000-000（受付時間 9:00～18:00）</p>
</div>
%s
<div class="related-news"><h3>関連ニュース</h3><ul><li><span>2019年02月21日</span><a href="/jp/newsroom/1.html">新型車の発売について</a></li><li><span>2019年02月15日</span><a href="/jp/newsroom/2.html">決算説明会の開催について</a></li></ul></div>
</article></main></div>
%s
%s</body></html>`, css(800), script(70), cookieJA, navJA(), shareJA, shareJA, footerJA("TOYOTA MOTOR CORPORATION."), script(40))
	return tcase{
		name: "ja_newsroom_utf8", url: "https://global.toyota.example/jp/newsroom/corporate/27374741.html",
		html: page,
		drop: []string{"クッキー", "ツイートする", "関連ニュース", "新型車の発売について", "フッターリンク", "ページの先頭へ", "企業情報のご案内"},
	}
}

// jaTableShiftJIS is an old corporate site: table layout, <font>, <br><br>
// paragraphs, Shift_JIS declared only by <meta http-equiv>.
func jaTableShiftJIS() tcase {
	var side string
	for i := 1; i <= 25; i++ {
		side += fmt.Sprintf(`<tr><td class="side"><a href="/news/%d.html"><font size="2">・製品情報%dのご案内</font></a></td></tr>`, i, i)
	}
	page := fmt.Sprintf(`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<!-- 旧サイト テンプレート ver.2.3 更新履歴: 2008/04/01 新規作成 -->
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>株式会社サンプル電機　ニュースリリース</title>
%s</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="900" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/img/logo.gif" alt="株式会社サンプル電機"><a href="/">ホーム</a>｜<a href="/company/">会社情報</a>｜<a href="/ir/">IR情報</a>｜<a href="/recruit/">採用情報</a>｜<a href="/contact/">お問い合わせ</a></td></tr>
<tr><td width="180" valign="top"><table width="180">%s</table></td>
<td width="720" valign="top">
<table width="700"><tr><td align="right"><font size="2">平成31年3月29日</font></td></tr>
<tr><td><font size="4"><b>当社サーバーへの不正アクセスについて</b></font></td></tr>
<tr><td class="honbun"><font size="2">
このたび、当社の通信販売サイトを運営するサーバーが第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明いたしました。<br><br>
流出した可能性がある情報は、2017年4月1日から2019年3月10日までに当サイトでご注文いただいたお客様の氏名、住所、電話番号、メールアドレスで、件数は最大で12,408件です。<br><br>
お客様には多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。<br>
当社では、外部の専門調査会社による調査を進めるとともに、監督官庁および警察への届け出を行っております。<br><br>
【お問い合わせ先】<br>
株式会社サンプル電機　お客様相談室<br>
電話：０１２０－１２３－４５６
</font></td></tr></table>
</td></tr>
<tr><td colspan="2" align="center"><font size="1">Copyright(C) SAMPLE DENKI Co.,Ltd. All Rights Reserved.</font><br><a href="#top">ページトップへ</a></td></tr>
</table>
%s
</body></html>`, css(600), side, script(40))
	return tcase{
		name: "ja_table_br_sjis", url: "http://www.sample-denki.example/news/2019/0329.html",
		encoding: "shift_jis", html: page,
		drop: []string{"製品情報", "会社情報", "Copyright", "ページトップへ", "IR情報"},
	}
}

// jaEUCJP is a Japanese news site in EUC-JP with nested divs, full-width
// dates and a ranking sidebar full of other dates.
func jaEUCJP() tcase {
	var ranking string
	for i := 1; i <= 10; i++ {
		ranking += fmt.Sprintf(`<li><span class="rank">%d</span><a href="/news/r%d">ランキング記事その%dの見出し</a><span class="d">２０１９年３月%d日</span></li>`, i, i, i, i+10)
	}
	page := fmt.Sprintf(`<html><head>
<meta charset="EUC-JP">
<title>大手旅行会社に不正アクセス、会員情報約９万件流出か - セキュリティ速報</title>
%s%s</head><body>
<div id="header"><div class="site-title">セキュリティ速報</div>%s</div>
<div id="container"><div id="content"><div class="entry"><div class="entry-inner">
<h1 class="entry-title">大手旅行会社に不正アクセス、会員情報約９万件流出か</h1>
<div class="entry-date">２０１９年４月５日　１５時３０分</div>
<div class="entry-body"><div class="body-wrap">
<div>旅行大手のサンプル旅行は４日、会員向けウェブサイトが不正アクセスを受け、会員約９万２千人分の個人情報が流出した可能性があると発表した。</div>
<div>同社によると、３月下旬にサーバーの異常な通信を検知し、調査したところ、氏名や住所、パスポート番号などが外部に送信された痕跡が見つかった。クレジットカード情報は別のシステムで管理しており、影響はないとしている。</div>
<div>同社は警視庁に相談するとともに、対象となる会員に個別にメールで連絡する。攻撃者は特定されていない。</div>
</div></div>
<div class="entry-footer-share"><a href="#">ツイート</a> <a href="#">シェア</a></div>
</div></div>
<div class="comment-area"><h3>コメント</h3><div class="comment">またか。パスポート番号まで漏れるのはひどい。</div><div class="comment">管理体制を見直すべきだと思います。</div></div>
</div>
<div id="sidebar"><h3>アクセスランキング</h3><ol>%s</ol>%s</div></div>
%s</body></html>`, css(900), script(50), navJA(), ranking, adJA, footerJA("セキュリティ速報"))
	return tcase{
		name: "ja_nested_eucjp", url: "https://sec-sokuho.example/news/2019/04/05/travel-breach.html",
		encoding: "euc-jp", html: page,
		drop: []string{"ランキング記事", "またか", "管理体制を見直す", "【PR】", "フッターリンク", "ツイート"},
	}
}
