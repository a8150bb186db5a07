package merge

import "testing"

// weeklyDigest is a Japanese weekly roundup whose first item is the
// Brenwick breach, with its figure and its actor; it has no victim of its own.
var weeklyDigest = Doc{
	URL: "https://matome.example/2025/w19", Lang: "ja", Published: day("2025-05-10 09:00"),
	Title: "週刊セキュリティ・ダイジェスト（5月第2週）：Brenwick の流出、VPN 脆弱性",
	Text: "今週の主なニュースを振り返ります。\n" +
		"■英 Brenwick Logistics が不正アクセスを公表。約52万4千人分の配送先情報が流出した可能性があり、犯行声明を出したのは Kestrova とみられます。\n" +
		"■国内の病院で電子カルテが停止。復旧の見通しは立っていないとのことで、引き続き情報を追います。\n" +
		"■VPN 製品の脆弱性について各社が注意喚起を出しました。早めの更新と設定の確認をおすすめします。\n" +
		"来週もよろしくお願いします。",
	Actors: []string{"Kestrova"},
}

var brenwickNews = Doc{
	URL: "https://wire.example/brenwick", Lang: "en", Published: day("2025-05-08 10:00"),
	Title:   "Brenwick Logistics says 524,000 customers' delivery data stolen",
	Text:    "Parcel firm Brenwick Logistics said on Thursday that attackers took the delivery details of 524,000 customers. The Kestrova gang has claimed the attack on its leak site.",
	Victims: []string{"Brenwick Logistics"}, Records: n64(524000), Actors: []string{"Kestrova"},
}

func TestRoundupNeverJoins(t *testing.T) {
	if !isRoundup(weeklyDigest) {
		t.Fatal("isRoundup(weekly digest) = false")
	}
	if d := Prepare(weeklyDigest).Match(Prepare(brenwickNews)); d.Same {
		t.Errorf("a roundup without a victim joined the report of one of its items: %+v", d)
	}
	// Without the bullets and the periodical headline it is a report whose
	// victim extraction missed, and it may join.
	single := weeklyDigest
	single.Title = "英物流 Brenwick Logistics に不正アクセス、約52万4千人分流出か"
	single.Text = "英 Brenwick Logistics が不正アクセスを公表した。約52万4千人分の配送先情報が流出した可能性があり、犯行声明を出したのは Kestrova とみられる。"
	if isRoundup(single) {
		t.Fatal("isRoundup(single report) = true")
	}
	if d := Prepare(single).Match(Prepare(brenwickNews)); !d.Same {
		t.Errorf("a single report whose victim extraction missed: %+v, want Same", d)
	}
}

func TestIsRoundupNotNoticeSections(t *testing.T) {
	notice := Doc{Title: "不正アクセスによる個人情報流出に関するお知らせ", Text: "1．経緯\n当社サーバーに外部から不正なアクセスがあったことを2025年4月2日に確認いたしました。\n" +
		"2．流出した可能性のある情報\n・氏名\n・住所\n・電話番号\n3．今後の対応\n再発防止に努めてまいります。"}
	if isRoundup(notice) {
		t.Error("isRoundup(numbered notice with a list of data items) = true")
	}
}

// A notice whose extracted "victim" is the descriptor of its subsidiary
// (a Consolidated Subsidiary) has no name: it meets the report on the
// parent by the names in its opening and the figure both give.
func TestDescriptorIsNoVictim(t *testing.T) {
	notice := Doc{
		URL: "https://ir.example/notice", Lang: "en", Published: day("2025-04-15 15:00"),
		Title:   "Notice Regarding Unauthorized Access to a Consolidated Subsidiary's Servers",
		Text:    "Orvane Industries Co., Ltd. hereby announces that servers of Orvane Logistics Co., Ltd., a consolidated subsidiary of the Company, were encrypted by ransomware. Data on about 5,300 business partners may have been exposed.",
		Victims: []string{"Consolidated Subsidiary"}, Records: n64(5300),
	}
	news := Doc{
		URL: "https://wire.example/orvane", Lang: "en", Published: day("2025-04-16 09:00"),
		Title:   "Ransomware hits Orvane Industries' logistics arm, 5,300 partners' data at risk",
		Text:    "Precision-parts maker Orvane Industries said ransomware encrypted servers at its logistics subsidiary and that data on some 5,300 business partners may have leaked.",
		Victims: []string{"Orvane Industries"}, Records: n64(5300),
	}
	if got := namedVictims(notice.Victims); len(got) != 0 {
		t.Errorf("namedVictims(%q) = %q, want none", notice.Victims, got)
	}
	if d := Prepare(notice).Match(Prepare(news)); !d.Same {
		t.Errorf("notice vs news: %+v, want Same", d)
	}
}
