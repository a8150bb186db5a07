package merge

import "testing"

func TestStoryQualifier(t *testing.T) {
	f := func(v int64, q string, own bool) figure { return figure{value: v, qualifier: q, own: own} }
	for _, tc := range []struct {
		name  string
		group []figure
		pick  figure
		want  string
	}{
		{"own release wins", []figure{f(3100000, "exact", false), f(3100000, "exact", false), f(3100000, "up_to", true)}, f(3100000, "up_to", true), "up_to"},
		{"majority", []figure{f(3100000, "exact", false), f(3100000, "exact", false), f(3100000, "up_to", false)}, f(3100000, "exact", false), "exact"},
		{"tie goes to the hedge", []figure{f(3100000, "exact", false), f(3100000, "up_to", false)}, f(3100000, "exact", false), "up_to"},
		{"other values do not vote", []figure{f(3000000, "about", false), f(3000000, "about", false), f(3100000, "exact", false)}, f(3100000, "exact", false), "exact"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := storyQualifier(tc.group, tc.pick); got != tc.want {
				t.Errorf("storyQualifier = %q, want %q", got, tc.want)
			}
		})
	}
}
