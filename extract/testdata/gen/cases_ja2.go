package main

import "fmt"

// jaHeaderOnlySJIS is Shift_JIS whose charset is only in the HTTP header.
func jaHeaderOnlySJIS() tcase {
	page := fmt.Sprintf(`<html><head><title>ニュースリリース：ランサムウェア被害に関するお知らせ｜サンプル製薬株式会社</title>
%s</head><body>
<div id="wrapper"><div id="head">%s</div>
<div id="main"><div id="news">
<p class="newsDate">2019.6.7</p>
<h2 class="newsTitle">ランサムウェア被害に関するお知らせ</h2>
<div class="newsBody">
<p>当社グループの一部サーバーが、６月３日未明にランサムウェアによる攻撃を受け、社内システムの一部が停止いたしました。</p>
<p>現時点で、お客様および取引先様の情報が外部に流出した事実は確認されておりません。製品の出荷には影響はございません。</p>
<p>今後、新たにお知らせすべき事項が判明した場合には、速やかに公表いたします。</p>
</div>
<p class="back"><a href="/news/">ニュース一覧へ戻る</a></p>
</div></div>
%s</div></body></html>`, css(700), navJA(), footerJA("SAMPLE PHARMA"))
	return tcase{
		name: "ja_header_only_sjis", url: "https://www.sample-pharma.example/news/20190607.html",
		contentType: "text/html; charset=Shift_JIS", encoding: "shift_jis", html: page,
		drop: []string{"ニュース一覧へ戻る", "フッターリンク", "採用情報のご案内"},
	}
}

// jaUndeclaredSJIS declares no charset anywhere: detection must find Shift_JIS.
func jaUndeclaredSJIS() tcase {
	page := fmt.Sprintf(`<html><head><title>個人情報の漏えいに関するお詫び</title>%s</head><body>
<div class="menu"><a href="/">トップページ</a> <a href="/shop/">オンラインショップ</a> <a href="/faq/">よくあるご質問</a></div>
<div class="main">
<h1>個人情報の漏えいに関するお詫び</h1>
<p>令和元年５月２０日</p>
<p>株式会社サンプル通販</p>
<p>弊社が運営するオンラインショップにおいて、第三者による不正アクセスがあり、お客様のクレジットカード情報７，２１９件が流出した可能性があることが判明いたしました。</p>
<p>ご迷惑をおかけしたお客様に、心よりお詫び申し上げます。</p>
</div>
<div class="foot">Copyright (C) Sample Tsuhan Co., Ltd.</div>
</body></html>`, css(1300))
	return tcase{
		name: "ja_undeclared_sjis", url: "https://sample-tsuhan.example/info/owabi.html",
		encoding: "shift_jis", html: page,
		drop: []string{"オンラインショップ よくあるご質問", "Copyright"},
	}
}

// jaISO2022JP is an undeclared ISO-2022-JP page, as mailing-list archives are.
func jaISO2022JP() tcase {
	page := fmt.Sprintf(`<html><head><title>[sec-ml 0412] 脆弱性情報：サンプルルーターの認証回避</title>%s</head><body>
<div class="archive-nav"><a href="/ml/0411.html">前の記事</a> | <a href="/ml/0413.html">次の記事</a> | <a href="/ml/">スレッド一覧</a></div>
<div class="message">
<h1>[sec-ml 0412] 脆弱性情報：サンプルルーターの認証回避</h1>
<pre>日付: 2019/07/02
差出人: セキュリティ情報配信</pre>
<p>サンプル社製の家庭用ルーターに、認証を回避して管理画面にアクセスできる脆弱性が見つかりました。</p>
<p>影響を受けるのはファームウェア 1.0.3 以前です。開発者は修正版 1.0.4 を公開しています。速やかにアップデートしてください。</p>
</div>
<div class="archive-nav"><a href="/ml/0411.html">前の記事</a> | <a href="/ml/0413.html">次の記事</a></div>
</body></html>`, css(900))
	return tcase{
		name: "ja_iso2022jp", url: "https://ml.example.jp/archive/0412.html",
		encoding: "iso-2022-jp", html: page,
		drop: []string{"前の記事", "スレッド一覧"},
	}
}

// jaWordPressBlog is a Japanese WordPress blog with a slash date near the title.
func jaWordPressBlog() tcase {
	var related string
	for i := 1; i <= 8; i++ {
		related += fmt.Sprintf(`<li><a href="/archives/%d">標的型攻撃の最新動向 第%d回</a><span>2019/02/%02d</span></li>`, 100+i, i, i)
	}
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8">
<title>APT32によるとみられる自動車業界への攻撃まとめ | セキュリティ研究ノート</title>
<meta property="og:title" content="APT32によるとみられる自動車業界への攻撃まとめ">
<meta property="og:site_name" content="セキュリティ研究ノート">
%s%s</head><body class="post-template-default single single-post">
%s
<div id="page"><header id="masthead" class="site-header"><p class="site-title">セキュリティ研究ノート</p>%s</header>
<div id="content"><main id="main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">APT32によるとみられる自動車業界への攻撃まとめ</h1>
<div class="entry-meta"><span class="posted-on">投稿日：２０１９／０４／０２</span></div></header>
<div class="entry-content">
<p>2019年に入り、自動車メーカーやその販売会社を狙ったサイバー攻撃の報告が相次いでいます。本記事では、公開情報をもとに主な事例を整理します。</p>
<p>2月にはトヨタ自動車のオーストラリア法人が攻撃を受け、メールシステムが数日間停止しました。また、ベトナム法人でも不正アクセスが確認されています。</p>
<p>3月29日には、トヨタ東京販売ホールディングスなどの販売会社で、最大約310万人分の顧客情報が流出した可能性があると発表されました。</p>
<p>海外の研究者は、これらの攻撃の一部について、OceanLotusとも呼ばれるAPT32の関与を指摘しています。ただし、販売会社への攻撃について公式な帰属は発表されていません。</p>
</div>
<div class="sns-share-buttons"><a href="#">ツイート</a><a href="#">シェア</a><a href="#">はてブ</a></div>
</article>
<div class="related-posts"><h3>関連記事</h3><ul>%s</ul></div>
<div id="comments" class="comments-area"><h3>コメントを残す</h3><form><textarea></textarea></form></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>最近の投稿</h2><ul><li><a href="/archives/1">ランサムウェア対策の基本</a> 2019/03/30</li></ul></section></aside></div>
%s</div></body></html>`, css(1000), script(60), cookieJA, navJA(), related, footerJA("セキュリティ研究ノート"))
	return tcase{
		name: "ja_wordpress_blog", url: "https://secnote.example/archives/2019/04/02/apt32-auto/",
		html: page,
		drop: []string{"標的型攻撃の最新動向", "コメントを残す", "最近の投稿", "ランサムウェア対策の基本", "クッキー", "はてブ"},
	}
}
