package merge

import (
	"slices"
	"testing"
	"time"
)

// TestClusterClientShareOfContractorBreach: a printing contractor's own
// notice of its ransomware breach (its total), news on it, and a city's
// notice that its residents' data was among what the contractor held (the
// city's share, the contractor as victim) are one story; a client whose
// own database was breached at the same time stays its own.
func TestClusterClientShareOfContractorBreach(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 10, d, 3, 0, 0, 0, time.UTC) }
	n := func(v int64) *int64 { return &v }
	docs := []Doc{
		{
			URL: "https://www.harukaze-print.example/news/1001.html", Lang: "ja", Published: day(1),
			Title:   "当社サーバーへのランサムウェア攻撃による情報流出について（第2報）",
			Text:    "株式会社ハルカゼ印刷工房\n\n当社のサーバーがランサムウェアによる攻撃を受けた件につきまして、調査の結果、委託元の自治体・金融機関等からお預かりしていた個人情報最大約21万件が外部に流出した可能性があることが判明しました。",
			Victims: []string{"ハルカゼ印刷工房"}, Records: n(210000), RecordsQualifier: "up_to",
		},
		{
			URL: "https://news.kurogane-it.example/2026/10/03/harukaze.html", Lang: "ja", Published: day(3),
			Title:   "ハルカゼ印刷工房にランサムウェア攻撃、最大21万件流出か",
			Text:    "印刷業のハルカゼ印刷工房は、同社サーバーがランサムウェア攻撃を受け、委託元から預かる個人情報最大約21万件が流出した可能性があると発表した。委託元には複数の自治体が含まれる。",
			Victims: []string{"ハルカゼ印刷工房"}, Records: n(210000), RecordsQualifier: "up_to",
		},
		{
			URL: "https://www.city.kirigaoka.example/soshiki/zeimu/1005.html", Lang: "ja", Published: day(5),
			Title:   "業務委託先におけるランサムウェア被害について",
			Text:    "本市が住民税通知書の印刷業務を委託している株式会社ハルカゼ印刷工房（以下「委託先」）において、ランサムウェアによる被害が発生し、本市の提供データが流出した可能性があることが判明しました。本市のシステムへの影響はありません。対象は4,210人分です。",
			Victims: []string{"ハルカゼ印刷工房"}, Records: n(4210), RecordsQualifier: "exact",
		},
		{
			URL: "https://www.komorebi-denso.example/news/1004.html", Lang: "ja", Published: day(4),
			Title:   "当社顧客管理サーバーへの不正アクセスについて",
			Text:    "当社の顧客管理サーバーが第三者による不正アクセスを受け、顧客情報約3,900件が流出した可能性があることが判明しました。",
			Victims: []string{"コモレビ電装"}, Records: n(3900), RecordsQualifier: "about",
		},
	}
	got := Cluster(docs)
	want := [][]int{{0, 1, 2}, {3}}
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Errorf("Cluster = %v, want %v", got, want)
	}
}
