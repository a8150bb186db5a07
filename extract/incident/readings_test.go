package incident

import "testing"

// TestReadsAs checks kanji names against English spellings of them: any
// cut into dictionary words and any of their readings counts, a later word
// may start voiced, and a spelling that is not a reading, or too short to
// tell, does not.
func TestReadsAs(t *testing.T) {
	tests := []struct {
		name, latin string
		want        bool
	}{
		{"梅沢精工", "Umezawa Seiko", true}, // the best path reads 精 as a given name
		{"雪代電機", "Yukishiro Denki", true},
		{"鷹花電機", "Takabana Denki", true}, // 花 voiced after 鷹
		{"霧島精密", "Kirishima Seimitsu", true},
		{"霧ヶ原精機", "Kirigahara Seiki", true}, // the small ke of a place's name reads ga
		{"関ケ原電機", "Sekigahara Denki", true},
		{"株式会社雪代", "Yukishiro", false}, // the legal form has a reading of its own
		{"梅沢精工", "Umeda Seiki", false},
		{"東京", "Tokyo Gas", false},
		{"雪代", "Yuki", false},
		{"", "Umezawa", false},
	}
	for _, tc := range tests {
		if got := ReadsAs(tc.name, tc.latin); got != tc.want {
			t.Errorf("ReadsAs(%q, %q) = %v, want %v", tc.name, tc.latin, got, tc.want)
		}
	}
}

// TestKanjiNameTakesItsLatinSpelling checks a company's notice that names
// itself in kanji and its subsidiary in Latin letters: the victim is
// spelt as the company spells itself abroad.
func TestKanjiNameTakesItsLatinSpelling(t *testing.T) {
	x := New(nil)
	f := x.Extract(Doc{Lang: "ja", Site: "宮坂化成株式会社",
		Title: "当社米国子会社へのランサムウェア攻撃について",
		Text: "各位\n\n宮坂化成株式会社\n\n当社の連結子会社であるMiyasaka Kasei USA, Inc.（以下「MKU」）において、第三者による不正アクセスを受け、" +
			"サーバーのデータが暗号化されたことを確認いたしました。現在、外部の専門機関と調査を進めております。"})
	if got := f.VictimNames(); len(got) != 1 || got[0] != "Miyasaka Kasei" {
		t.Errorf("victims = %q, want [Miyasaka Kasei]", got)
	}
}
