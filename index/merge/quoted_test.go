package merge

import (
	"slices"
	"testing"
)

// One gang claims two victims in two countries on one day, and each report
// quotes the other victim's figure. Extraction took the department store for
// the victim of the report on the pharmacy chain, whose name it writes only
// in its last paragraph.
var (
	pharmacyNews = Doc{
		URL: "https://shimbun.example/hibari", Lang: "ja", Published: day("2025-06-12 08:00"),
		Title: "ひばり薬局へのランサム攻撃、海外集団が犯行声明　会員約5万2千人分流出か",
		Text: "ドラッグストアチェーンのひばり薬局が受けたランサムウェア攻撃を巡り、集団「Kestrova」が11日、リークサイトに犯行声明を掲載した。\n\n" +
			"同社は5日、ポイント会員約5万2千人分の氏名や電話番号、生年月日、購買履歴などが流出した可能性があると発表していた。3日未明に会員管理システムのサーバーが暗号化されているのが見つかったという。" +
			"処方箋に関する情報を扱う調剤システムは別のネットワークで運用しており、影響はないとしている。\n\n" +
			"同社は県内を中心に90店舗を展開し、ポイント会員は約150万人。流出の可能性があるのは、旧システムから移行した会員の一部としている。" +
			"犯行声明について同社は「把握しているが、コメントは控える」とした。対象の会員には順次、郵送で通知するという。\n\n" +
			"Kestrovaは同じ日に英百貨店Ashcombe & Reedへの攻撃も主張した。英社は会員約31万人分の情報が盗まれたとしている。",
		Victims: []string{"Ashcombe & Reed"}, Records: n64(52000), Actors: []string{"Kestrova"},
	}
	storeNews = Doc{
		URL: "https://retail.example/ashcombe", Lang: "en", Published: day("2025-06-12 15:00"),
		Title: "Ashcombe & Reed confirms loyalty data theft as Kestrova posts claim",
		Text: "Department store group Ashcombe & Reed said the personal details of some 310,000 loyalty members were stolen. " +
			"The Kestrova gang listed the retailer on its leak site on Wednesday, the same day it claimed an attack on Japanese pharmacy chain Hibari Yakkyoku, which has said 52,000 members may be affected.",
		Victims: []string{"Ashcombe & Reed"}, Records: n64(310000), Actors: []string{"Kestrova"},
	}
	storeNotice = Doc{
		URL: "https://ashcombe.example/notice", Lang: "en", Published: day("2025-06-12 09:00"),
		Title: "Important information about your loyalty account",
		Text: "Dear member, we are writing to tell you about a cyber security incident at Ashcombe & Reed. " +
			"We have found that an unauthorised party copied the names and addresses of 309,870 loyalty members.",
		Victims: []string{"Ashcombe & Reed"}, Records: n64(309870),
	}
)

func TestQuotedFigureOfAnotherVictim(t *testing.T) {
	for _, other := range []Doc{storeNews, storeNotice} {
		if d := Prepare(pharmacyNews).Match(Prepare(other)); d.Same {
			t.Errorf("pharmacy report vs %s: %+v, want apart (its figure differs; the one it quotes is the other victim's)", other.URL, d)
		}
	}
	if !Same(storeNews, storeNotice) {
		t.Errorf("store news vs store notice: %+v, want Same", Prepare(storeNews).Match(Prepare(storeNotice)))
	}
	for _, g := range Cluster([]Doc{pharmacyNews, storeNews, storeNotice}) {
		if slices.Contains(g, 0) && len(g) > 1 {
			t.Errorf("Cluster put the pharmacy report with the store's: %v", g)
		}
	}
}
