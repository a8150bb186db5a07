package incident

import "testing"

func TestParseCount(t *testing.T) {
	tests := []struct {
		name, in string
		want     int64
		qual     string
		ok       bool
	}{
		{"decimal million", "3.1 million", 3100000, Exact, true},
		{"commas", "3,100,000", 3100000, Exact, true},
		{"suffix M", "3.1M", 3100000, Exact, true},
		{"bn", "1.2bn", 1200000000, Exact, true},
		{"half a billion", "half a billion", 500000000, Exact, true},
		{"a million", "a million", 1000000, Exact, true},
		{"word number", "two million", 2000000, Exact, true},
		{"more than", "more than 9.7 million", 9700000, AtLeast, true},
		{"up to", "up to 11 million", 11000000, UpTo, true},
		{"nearly", "nearly 400,000", 400000, About, true},
		{"roughly billion", "roughly 2.5 billion", 2500000000, About, true},
		{"plus sign", "500k+", 500000, AtLeast, true},
		{"with unit", "533 million users", 533000000, Exact, true},
		{"unit after words", "as many as 40 million T-Mobile customers", 40000000, UpTo, true},
		{"ja man", "310万件", 3100000, Exact, true},
		{"ja about", "約2895万件", 28950000, About, true},
		{"ja mixed", "25万4241人", 254241, Exact, true},
		{"ja commas", "254,241人", 254241, Exact, true},
		{"full width", "３１０万", 3100000, Exact, true},
		{"oku man", "1億2500万", 125000000, Exact, true},
		{"ja up to about", "最大約310万人", 3100000, UpTo, true},
		{"ja at least", "1万件以上", 10000, AtLeast, true},
		{"ja over prefix", "3000人超", 3000, AtLeast, true},
		{"ja kanji", "三百十万人", 3100000, Exact, true},
		{"ja accounts", "およそ5万アカウント", 50000, About, true},
		{"empty", "", 0, "", false},
		{"words only", "many customers", 0, "", false},
		{"money", "$4.4 million", 0, "", false},
		{"yen", "310万円", 0, "", false},
		{"percent", "40%", 0, "", false},
		{"huge digits", "99999999999999999999 users", 0, "", false},
		{"googol", "10^100 records", 0, "", false},
		{"trillions", "5000 trillion records", 0, "", false},
		{"units out of order", "5万3億", 0, "", false},
		{"trailing junk", "3 million dollars", 0, "", false},
		{"english sentence", "Toyota has 3 million", 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, q, ok := ParseCount(tt.in)
			if ok != tt.ok || v != tt.want || ok && q != tt.qual {
				t.Errorf("ParseCount(%q) = %d, %q, %v; want %d, %q, %v", tt.in, v, q, ok, tt.want, tt.qual, tt.ok)
			}
		})
	}
}

func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"3.1 million", "最大約310万人", "25万4241人", "1,2,3", "9e99", "１億２５００万", "万", "0.0000001 billion", "half a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, q, ok := ParseCount(s)
		if !ok {
			return
		}
		if v < 0 || v > MaxCount {
			t.Fatalf("ParseCount(%q) = %d out of range", s, v)
		}
		switch q {
		case Exact, About, UpTo, AtLeast:
		default:
			t.Fatalf("ParseCount(%q) qualifier %q", s, q)
		}
	})
}
