package merge

import (
	"slices"
	"testing"
	"time"
)

// TestClusterQuotedCountOfAnotherVictim: a report on one council's breach
// that recalls, in its standfirst and body, another victim of the same
// flaw and gang with that victim's count is its own incident — whether or
// not its headline names the council in full.
func TestClusterQuotedCountOfAnotherVictim(t *testing.T) {
	at := func(d int) time.Time { return time.Date(2026, 10, d, 9, 0, 0, 0, time.UTC) }
	n := func(v int64) *int64 { return &v }
	first := Doc{
		URL: "https://wire.example/2026/10/13/marrow-freight", Lang: "en", Published: at(13),
		Title:   "Marrow Freight says 906,112 customers hit in VPN breach",
		Text:    "Marrow Freight, the parcel carrier, has confirmed that hackers stole personal data belonging to 906,112 customers after breaking in through an unpatched VPN gateway. The Rhysida gang has claimed the attack.",
		Victims: []string{"Marrow Freight"}, Records: n(906112), RecordsQualifier: "exact", Actors: []string{"Rhysida"},
	}
	for _, title := range []string{
		"Tamsworth District confirms VPN breach as Rhysida claims attack",
		"Second organisation in a week hit through the same VPN flaw",
	} {
		second := Doc{
			URL: "https://wire.example/2026/10/15/tamsworth", Lang: "en", Published: at(15),
			Title:   title,
			Text:    "The district council says residents' data was taken through the same VPN flaw used against Marrow Freight.\n\nTamsworth District Council has confirmed that personal information of 5,402 residents was stolen in a cyberattack that began at its VPN gateway. Rhysida listed the council on its leak site on Thursday; parcel carrier Marrow Freight disclosed on Monday that data on 906,112 customers had been stolen in an attack the same group claimed.",
			Victims: []string{"Tamsworth District Council"}, Records: n(5402), RecordsQualifier: "exact", Actors: []string{"Rhysida"},
		}
		if got := Cluster([]Doc{first, second}); len(got) != 2 {
			t.Errorf("%q: Cluster = %v, want two stories", title, got)
		}
	}
}

// TestSummaryOwnJapaneseNewsroom: a company's second notice, from a
// newsroom named in kanji after the company, raises the count; re-posts of
// the first news report (a まとめ page, a board thread) keep quoting the
// first figure; the story takes the company's latest.
func TestSummaryOwnJapaneseNewsroom(t *testing.T) {
	n := func(v int64) *int64 { return &v }
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 3, 0, 0, 0, time.UTC) }
	docs := []Doc{
		{URL: "http://hanakaze.example/news/0925.html", Source: "花風精工 ニュース", Lang: "ja", Published: day(9, 25),
			Title: "ランサムウェア被害に関するお詫びとお知らせ", Text: "当社サーバーがランサムウェアによる攻撃を受け、最大27,314名の個人情報が流出した可能性があります。",
			Victims: []string{"花風精工"}, Records: n(27314), RecordsQualifier: "up_to"},
		{URL: "https://matome.example/archives/1.html", Source: "セキュリティ速報まとめ", Lang: "ja", Published: day(9, 26),
			Title: "【悲報】花風精工、ランサムで2万7000人分流出か", Text: "精密部品メーカーの花風精工は25日、約2万7000人分の個人情報が流出した可能性があると発表した。",
			Victims: []string{"花風精工"}, Records: n(27000), RecordsQualifier: "about"},
		{URL: "https://board.example/test/read.cgi/news/1/", Source: "ニュース速報板", Lang: "ja", Published: day(9, 26),
			Title: "【ランサム】精密部品の花風精工に不正アクセス　約2万7000人分流出の可能性", Text: "精密部品メーカーの花風精工は25日、約2万7000人分の個人情報が流出した可能性があると発表した。",
			Victims: []string{"花風精工"}, Records: n(27000), RecordsQualifier: "about"},
		{URL: "http://hanakaze.example/news/1023.html", Source: "花風精工 ニュース", Lang: "ja", Published: day(10, 23),
			Title: "ランサムウェア被害に関するお知らせ（第2報）", Text: "調査の結果、流出した可能性のある個人情報は合計38,902名であることが判明いたしました。",
			Victims: []string{"花風精工"}, Records: n(38902), RecordsQualifier: "exact"},
	}
	if got := Cluster(docs); !slices.EqualFunc(got, [][]int{{0, 1, 2, 3}}, slices.Equal[[]int]) {
		t.Fatalf("Cluster = %v, want one story", got)
	}
	s := Summarize(docs)
	if s.Records == nil {
		t.Fatal("story records = nil, want 38902")
	}
	if *s.Records != 38902 {
		t.Errorf("story records = %d, want 38902 (the company's second notice)", *s.Records)
	}
}
