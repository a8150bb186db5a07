package incident

import "testing"

// TestSession18JapaneseNames: a clause saying what business a noun does
// (〇〇事業を手がける, 〇〇を運営する) makes it an organisation's name even
// when none of its words ends one (梓|浦|港|運 has no 株式会社, 工業 or 市).
func TestSession18JapaneseNames(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a name after the business it does, with no corporate word",
			lang:  "ja", title: "倉庫会社にランサム攻撃、取引先情報流出か",
			text: "倉庫事業を手がける朝凪倉運は、ランサムウェアの被害を受けた問題で、取引先に関する情報約1800件が外部に流出した可能性があると明らかにした。\n\nなお、同じ朝凪市では9月にも市の申込フォームで個人情報の流出があったが、今回の事案との関連は確認されていない。",
			want: []string{"朝凪倉運"},
		},
		{
			class: "a name after the site it runs",
			lang:  "ja", title: "通販サイトでカード情報流出の可能性",
			text: "雑貨の通販サイトを運営する灯台堂本舗は、決済画面の改ざんにより顧客のカード情報最大2400件が流出した可能性があると発表した。",
			want: []string{"灯台堂本舗"},
		},
		{
			class: "the clause before a pronoun names no one new",
			lang:  "ja", title: "鈴鳴精機に不正アクセス",
			text: "鈴鳴精機は、社内サーバーが不正アクセスを受けたと発表した。\n\n精密部品の製造を手がける同社は、取引先情報約500件が流出した可能性があるとしている。",
			want: []string{"鈴鳴精機"},
		},
	})
}
