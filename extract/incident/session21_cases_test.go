package incident

import "testing"

// TestSession21ClientNoticeOfContractor: a client's notice that its own
// systems were untouched, in the ways municipalities and companies say it
// (影響はありません, 不正アクセスは確認されておりません, 起因するものでは
// ありません), names the contractor it entrusted as the one breached; a
// company's own breach notice that only spares its other systems keeps
// itself, even when it names a contractor.
func TestSession21ClientNoticeOfContractor(t *testing.T) {
	const body = "が住民税通知書の印刷・発送業務を委託している株式会社ハルカゼ印刷工房（以下「委託先」）において、ランサムウェアによる被害が発生し、提供したデータの一部が外部に流出した可能性があることが判明しました。\n\n"
	runVictimCases(t, []victimCase{
		{
			class: "影響はありません",
			lang:  "ja", title: "業務委託先におけるランサムウェア被害について",
			text: "令和8年10月2日\n桐ヶ丘市\n\n本市" + body + "本市のシステムへの影響はありません。\n\n流出した可能性のある情報　4,210人分",
			want: []string{"ハルカゼ印刷工房"},
		},
		{
			class: "不正アクセスは確認されておりません",
			lang:  "ja", title: "委託先事業者への不正アクセスについて（お詫び）",
			text: "2026年10月2日\n白糸町\n\n本町" + body + "なお、本町が管理するサーバーへの不正アクセスは確認されておりません。",
			want: []string{"ハルカゼ印刷工房"},
		},
		{
			class: "起因するものではありません",
			lang:  "ja", title: "個人情報流出の可能性に関するお知らせ",
			text: "2026年10月2日\n湊川信用組合\n\n当組合" + body + "本件は当組合のシステムに起因するものではございません。",
			want: []string{"ハルカゼ印刷工房"},
		},
		{
			class: "a company's own breach sparing its other systems",
			lang:  "ja", title: "当社サーバーへの不正アクセスに関するお知らせ",
			text: "2026年10月2日\n株式会社コモレビ電装\n\n当社の顧客管理サーバーが第三者による不正アクセスを受け、顧客情報が流出した可能性があることが判明しました。現在、調査を委託している株式会社ハルカゼ印刷工房とともに原因を調べております。\n\nなお、当社のその他のシステムへの影響はありません。",
			want: []string{"コモレビ電装"},
		},
	})
}
