package main

import "fmt"

// jaIssuerAbove is a UTF-8 press release without <h1> whose <title> names
// only the section and the company; the issuer's name stands above the
// bold headline, and must stay in the text.
func jaIssuerAbove() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8">
<title>ニュース｜サンプル物流株式会社</title>
%s</head><body>
%s
<div class="nr">
<p class="nr-co">サンプル物流株式会社</p>
<p class="nr-tt"><strong>当社グループ会社のサーバーへの不正アクセスについて（第2報）</strong></p>
<p class="nr-dt">2019年4月12日</p>
<div class="nr-bd">
<p>2019年4月5日に公表いたしました当社子会社サンプル倉庫株式会社のサーバーへの不正アクセスにつきまして、外部専門機関による調査の結果、お取引先様の担当者情報約5,600件が外部に流出した可能性があることが判明いたしました。</p>
<p>流出した可能性がある情報は、会社名、部署名、氏名、電話番号およびメールアドレスであり、金融機関の口座情報は含まれておりません。</p>
<p>お取引先様には多大なるご迷惑とご心配をおかけしますことを深くお詫び申し上げます。</p>
</div></div>
%s</body></html>`, css(300), navJA(), footerJA("SAMPLE LOGISTICS"))
	return tcase{
		name: "ja_issuer_above_utf8", url: "https://www.sample-butsuryu.example/news/2019/0412.html",
		html: page,
		drop: []string{"フッターリンク", "企業情報のご案内"},
	}
}

// jaTitleSegments is a Shift_JIS table-layout release whose <title> reads
// section | headline | company, with the company's name and its
// representative above the headline in the cell.
func jaTitleSegments() tcase {
	page := fmt.Sprintf(`<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>お知らせ | 会員サイトへの不正ログイン発生に関するお詫び | 株式会社サンプルスポーツ</title>
%s</head><body>
<table width="800"><tr><td><img src="/img/logo.gif" alt="サンプルスポーツ"> <a href="/">HOME</a> | <a href="/shop/">店舗一覧</a> | <a href="/company/">会社概要</a></td></tr>
<tr><td>
<table width="100%%" cellpadding="6"><tr><td align="right">2019年7月2日</td></tr>
<tr><td>株式会社サンプルスポーツ<br>代表取締役社長 山田 一郎</td></tr>
<tr><td><div class="midashi">会員サイトへの不正ログイン発生に関するお詫び</div></td></tr>
<tr><td>
このたび、当社が運営する会員サイトにおいて、第三者による不正ログインが発生し、会員様2,031名の個人情報が閲覧された可能性があることが判明いたしました。<br><br>
不正ログインは、他社サービスから流出したとみられるIDとパスワードを用いたリスト型攻撃によるものと考えられます。当社からの情報流出は確認されておりません。<br><br>
対象の会員様にはメールにてご連絡し、パスワードの変更をお願いしております。
</td></tr></table>
</td></tr>
<tr><td align="center"><font size="1">Copyright (C) SAMPLE SPORTS Co., Ltd. All Rights Reserved.</font></td></tr></table>
</body></html>`, css(300))
	return tcase{
		name: "ja_title_segments_sjis", url: "http://www.sample-sports.example/info/20190702.html",
		encoding: "shift_jis", html: page,
		drop: []string{"店舗一覧", "会社概要", "Copyright"},
	}
}

// enIssuerAbove is an English press-release page without <h1> or og:title
// whose company name, with its legal form, stands above the headline.
func enIssuerAbove() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Press Releases</title>
%s</head><body>
%s
<div class="pr-page"><div class="pr-co">Harbor Freight Lines, Inc.</div>
<div class="pr-hd"><b>Harbor Freight Lines Notifies Customers of Data Security Incident</b></div>
<div class="pr-dt">August 14, 2019</div>
<div class="pr-tx">
<p>SEATTLE — Harbor Freight Lines today announced that an unauthorized party accessed an online shipping portal between June 2 and July 19, 2019, and may have viewed the names, addresses and account numbers of about 74,000 customers.</p>
<p>The company discovered unusual activity on July 19, took the portal offline and engaged a forensic firm. Law enforcement has been notified.</p>
<p>Harbor Freight Lines is mailing letters to affected customers and offering two years of credit monitoring.</p>
</div></div>
%s</body></html>`, css(300), navEN("Harbor Freight Lines"), footerEN("Harbor Freight Lines"))
	return tcase{
		name: "en_issuer_above", url: "https://www.harborfreightlines.example/press/2019-08-14-notice",
		html: page,
		drop: []string{"Footer section", "All rights reserved"},
	}
}
