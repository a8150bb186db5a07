package main

import "fmt"

// enVendorCTA is a security vendor's blog post with call-to-action boxes
// between its paragraphs (a report with a button, a subscribe pitch), a
// dateline whose date sits in a <time> element, and a link inside the prose
// that must stay.
func enVendorCTA() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Inside the Cobalt Harbor intrusions at three logistics firms | Northgate Labs Blog</title>
<meta property="og:site_name" content="Northgate Labs Blog">
%s</head><body>
%s
<div class="container"><div class="row"><div class="col-md-8">
<div class="post">
<h1>Inside the Cobalt Harbor intrusions at three logistics firms</h1>
<p class="post-date">Updated <time datetime="2019-07-09T16:00:00Z">July 9, 2019</time></p>
<div class="post-content">
<p>Over the past two months our incident response team investigated intrusions at three European logistics companies. In each case the attackers, a group we track as Cobalt Harbor, entered through an internet-facing file transfer server and moved to the finance network within a day.</p>
<p>At the largest of the three companies, shipment records and invoices for about 18,000 business customers were copied to a cloud storage account before the intrusion was found.</p>
<div class="inline-box"><h4>2019 Incident Response Report</h4><p>See how 300 organisations handled the worst week of their year.</p><a class="btn btn-primary" href="/resources/ir-report-2019">Get the report</a></div>
<p>The group used a modified remote access tool and scheduled tasks named after legitimate updaters. Customers of the file transfer product should upgrade now: <a href="https://vendor.example.com/security/fta-2019-07">Download the patch</a> from the vendor's support portal and review logs from May onwards.</p>
<div class="box-sub"><p>Threat intelligence from our analysts, every Thursday.</p><p><a href="/newsletter/join">Join 40,000 defenders</a></p></div>
<p>We have shared the indicators from these cases with national CERTs and with the affected companies' sector group.</p>
</div>
</div>
</div><div class="col-md-4"><div class="box"><h4>Talk to us</h4><p>Under attack? Our responders are on call.</p><a class="button" href="/contact">Contact us</a></div></div></div></div>
%s%s</body></html>`, css(600), navEN("Northgate Labs"), footerEN("Northgate Labs"), script(40))
	return tcase{
		name: "en_vendor_cta", url: "https://www.northgate-labs.example/blog/cobalt-harbor-logistics",
		html: page,
		drop: []string{"Get the report", "300 organisations", "every Thursday", "Join 40,000", "Under attack", "Updated"},
	}
}

// jaVendorCTA is a Japanese vendor's news page in EUC-JP: a document
// download box with a 資料ダウンロード link, a printable-PDF link with its
// size, and a 公開日 label on its own line.
func jaVendorCTA() tcase {
	page := fmt.Sprintf(`<!DOCTYPE html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>製造業を狙う標的型攻撃の増加について｜お知らせ｜サンプルセキュア株式会社</title>
%s</head><body>
%s
<div id="wrap"><div class="con">
<h1>製造業を狙う標的型攻撃の増加について</h1>
<div class="day"><span>公開日</span></div><div class="day"><span>2019年8月20日</span></div>
<div class="txt">
<p>当社のセキュリティ監視センターでは、2019年6月以降、国内の製造業を狙った標的型メール攻撃が前年の約3倍に増えていることを確認しました。</p>
<p>攻撃メールは取引先を装って見積書や請求書を送る内容で、添付ファイルを開くと遠隔操作ツールが導入されます。確認された被害組織は12社で、このうち2社では設計図面などの技術情報が外部に送信されていました。</p>
<div class="bx"><p>標的型攻撃の最新の手口と対策をまとめた資料を無料でご提供しています。</p><p class="lnk"><a href="/download/apt-2019.html">資料ダウンロード</a></p></div>
<p>当社は、不審な添付ファイルを開かないよう社員への注意喚起を行うとともに、メールゲートウェイでのマクロ付き文書の遮断を検討するよう呼びかけています。</p>
<p class="file"><a href="/pdf/news20190820.pdf">本リリースの印刷用PDF（PDF：312KB）</a></p>
</div></div></div>
%s</body></html>`, css(500), navJA(), footerJA("SAMPLE SECURE"))
	return tcase{
		name: "ja_vendor_cta_eucjp", url: "https://www.sample-secure.example/news/20190820.html",
		encoding: "euc-jp", html: page,
		drop: []string{"資料ダウンロード", "無料でご提供", "印刷用PDF", "312KB", "公開日"},
	}
}
