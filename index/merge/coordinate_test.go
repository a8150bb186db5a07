package merge

import (
	"slices"
	"testing"
)

func TestCoordinatedPlacesShareTheUnit(t *testing.T) {
	vc := newVictimContext(Doc{Victims: []string{"Harwick Motors"}})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Harwick's Australian and New Zealand business was breached.", []string{"au", "nz"}},
		{"Harwick said its Australia & New Zealand arm was hit.", []string{"au", "nz"}},
		{"ハーウィックのオーストラリアとニュージーランドの事業がサイバー攻撃を受けた。", []string{"au", "nz"}},
		{"ハーウィックの豪州・ベトナム法人で不正アクセス。", []string{"au", "vn"}},
		// A place that only says where the victim comes from stays out.
		{"Japan's Harwick said its Vietnam subsidiary was hit.", []string{"vn"}},
		{"日本のハーウィック、ベトナム法人で不正アクセス。", []string{"vn"}},
	} {
		if got := placesOf(tc.text, vc); !slices.Equal(got, tc.want) {
			t.Errorf("placesOf(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
