package incident

import "testing"

func TestLoanwordReadsAs(t *testing.T) {
	for _, c := range []struct {
		kana, latin string
		want        bool
	}{
		{"ヴェルダリア", "Verdalia", true},
		{"カザネホテルズ", "Kazane Hotels", true},
		{"ツバメコール", "Tsubame Call", true},
		{"マイクロソフト", "Microsoft", true},
		{"マリオット", "Marriott", false}, // m-r-t: too few consonants to tell
		{"クイックステップ", "Quickstep", true},
		{"ブライトン・ファーマシー", "Brighton Pharmacy", true},
		{"マリオット", "Marubeni", false},
		{"ヴェルダリア", "Verdant Labs", false},
		{"ソニー", "Sony", false},   // too few consonants to tell
		{"トヨタ", "Toyota", false}, // ditto; the dictionary's readings match it
		{"織部電機", "Oribe Electric", false},
		{"カザネホテルズ", "Kazan Hotel Group", false},
	} {
		if got := loanwordReadsAs(c.kana, c.latin); got != c.want {
			t.Errorf("loanwordReadsAs(%q, %q) = %v, want %v", c.kana, c.latin, got, c.want)
		}
	}
}
