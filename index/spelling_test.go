package index

import (
	"slices"
	"testing"
)

// TestRespell: a learned Latin spelling replaces the Japanese-script name
// wherever a story names it, also beside the Latin name itself (a story
// joined before the index learnt the pair), and leaves other names and
// names spelt two ways alone.
func TestRespell(t *testing.T) {
	s := spellings{"雪森自動車": "Yukimori Motor", "みなと精工": ""}
	for _, c := range []struct{ in, want []string }{
		{[]string{"雪森自動車"}, []string{"Yukimori Motor"}},
		{[]string{"雪森自動車", "Yukimori Motor"}, []string{"Yukimori Motor"}},
		{[]string{"Yukimori Motor", "雪森自動車"}, []string{"Yukimori Motor"}},
		{[]string{"雪森自動車", "Harbor Bank"}, []string{"Yukimori Motor", "Harbor Bank"}},
		{[]string{"みなと精工"}, []string{"みなと精工"}},
		{[]string{"Harbor Bank"}, []string{"Harbor Bank"}},
		{nil, nil},
	} {
		if got := s.respell(c.in); !slices.Equal(got, c.want) {
			t.Errorf("respell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
