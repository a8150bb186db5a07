package merge

import (
	"slices"
	"testing"
)

func TestPreferLatin(t *testing.T) {
	for _, tc := range []struct {
		in, want []string
	}{
		{[]string{"Nordhavn Telecom", "ノルドハウン・テレコム"}, []string{"Nordhavn Telecom"}},
		{[]string{"ノルドハウン・テレコム", "Nordhavn Telecom"}, []string{"Nordhavn Telecom"}},
		{[]string{"ことり堂"}, []string{"ことり堂"}},
		{[]string{"Toyota", "三菱電機"}, []string{"Toyota", "三菱電機"}},
	} {
		if got := preferLatin(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("preferLatin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
