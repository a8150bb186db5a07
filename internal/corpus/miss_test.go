package corpus

import "testing"

func TestVictimMiss(t *testing.T) {
	cases := []struct {
		got, want []string
		kind      string
	}{
		{nil, []string{"Toyota"}, MissNone},
		{[]string{"Toyota"}, nil, MissSpurious},
		{[]string{"Veltmark"}, []string{"Veltmark Payroll"}, MissForm},
		{[]string{"TAKUMI robotics"}, []string{"TAKUMI Robotics Inc."}, MissForm},
		{[]string{"Toyota"}, []string{"Toyota", "Denso"}, MissPartial},
		{[]string{"Toyota", "ZDNet"}, []string{"Toyota"}, MissPartial},
		{[]string{"ZDNet"}, []string{"Toyota"}, MissOther},
		{[]string{"トヨタ"}, []string{"Toyota"}, MissScript},
		{[]string{"Kiso Denki"}, []string{"木曽電機"}, MissScript},
		{[]string{"ZDNet"}, []string{"トヨタ", "Denso"}, MissOther},
		{[]string{"日経"}, []string{"トヨタ"}, MissOther},
	}
	for _, c := range cases {
		if got := VictimMiss(c.got, c.want); got != c.kind {
			t.Errorf("VictimMiss(%q, %q) = %s, want %s", c.got, c.want, got, c.kind)
		}
	}
	if got, want := MissLine(map[string]int{MissOther: 2, MissNone: 1}), "none 1, spurious 0, form 0, partial 0, script 0, other 2"; got != want {
		t.Errorf("MissLine = %q, want %q", got, want)
	}
}
