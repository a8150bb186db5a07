package merge

import (
	"slices"
	"testing"
	"time"
)

// TestClusterAttributionMonthsLater: the police naming the group behind an
// exchange's crypto theft three months on recall the month and the sum
// stolen, not a record count; those reports join the exchange's own
// notice. A later, different incident at the same exchange (another sum,
// another month) stays apart.
func TestClusterAttributionMonthsLater(t *testing.T) {
	at := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 3, 0, 0, 0, time.UTC) }
	docs := []Doc{
		{
			URL: "https://www.kirara-coin.example/news/0311.html", Lang: "ja", Published: at(3, 11),
			Title:   "暗号資産の不正流出に関するお知らせ（第2報）",
			Text:    "2026年3月11日\nKIRARA Coin株式会社\n\n3月9日に当社ホットウォレットから暗号資産が不正に流出した件につきまして、流出額は時価換算で約27億円となりました。お客さまの資産は全額保全いたします。",
			Victims: []string{"KIRARA Coin"},
		},
		{
			URL: "https://news.hayate-it.example/2026/06/18/kirara.html", Lang: "ja", Published: at(6, 18),
			Title:   "KIRARA Coinの暗号資産流出、北朝鮮系グループの犯行と警察庁",
			Text:    "警察庁は18日、暗号資産交換業者KIRARA Coinから3月に約27億円相当の暗号資産が不正に流出した事件について、北朝鮮系のハッカー集団の犯行と特定したと発表した。",
			Victims: []string{"KIRARA Coin"}, Actors: []string{"Lazarus Group"},
		},
		{
			URL: "https://wire.example/2026/06/18/japan-police-kirara", Lang: "en", Published: at(6, 18),
			Title:   "Japan police blame North Korean hackers for crypto theft at KIRARA Coin",
			Text:    "TOKYO (Wire) - Japan's National Police Agency said on Thursday that North Korean hackers were behind the theft of cryptocurrency worth 2.7 billion yen from Tokyo-based exchange KIRARA Coin in March.",
			Victims: []string{"KIRARA Coin"}, Actors: []string{"Lazarus Group"},
		},
		{
			URL: "https://www.kirara-coin.example/news/0826.html", Lang: "ja", Published: at(8, 26),
			Title:   "当社を装ったフィッシングによる不正ログインについて",
			Text:    "2026年8月26日\nKIRARA Coin株式会社\n\n8月22日、当社を装ったフィッシングサイトで入手されたとみられる認証情報により、お客さま口座への不正ログインが発生し、約3,100万円相当の暗号資産が不正に送金されました。",
			Victims: []string{"KIRARA Coin"},
		},
	}
	got := Cluster(docs)
	want := [][]int{{0, 1, 2}, {3}}
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Errorf("Cluster = %v, want %v", got, want)
	}
}

func TestMoneyFigures(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []int64
	}{
		{"暗号資産約48億円相当が不正に流出した。", []int64{4_800_000_000}},
		{"the theft of cryptocurrency worth 4.8 billion yen ($32 million) from the exchange.", []int64{32_000_000, 4_800_000_000}},
		{"Thieves drained US$ 2.5m from the wallet; 41,000 customers were told.", []int64{2_500_000}},
		{"The average breach now costs $9.8 million. Attackers stole €1,200,000 from the fund.", []int64{1_200_000}},
		{"3.1 million customers in 2019 had data stolen.", nil},
	} {
		if got := moneyFigures("", tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("moneyFigures(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
