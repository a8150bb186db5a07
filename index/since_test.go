package index

import (
	"slices"
	"testing"
	"time"
)

func TestParseSince(t *testing.T) {
	now := time.Date(2019, 4, 1, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want Since
	}{
		{"", Since{}},
		{"36h", Since{now.Add(-36 * time.Hour), true}},
		{"7d", Since{now.AddDate(0, 0, -7), true}},
		{"2019-03-01", Since{Time: time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC)}},
		{"2019-03-01T09:30:00+09:00", Since{Time: time.Date(2019, 3, 1, 0, 30, 0, 0, time.UTC)}},
	}
	for _, c := range cases {
		got, err := ParseSince(c.in, now)
		if err != nil || !got.Time.Equal(c.want.Time) || got.Relative != c.want.Relative {
			t.Errorf("ParseSince(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"yesterday", "-5h", "2019-13-01", "7w"} {
		if _, err := ParseSince(bad, now); err == nil {
			t.Errorf("ParseSince(%q) accepted", bad)
		}
	}
}

func FuzzParseSince(f *testing.F) {
	for _, s := range []string{"24h", "7d", "2019-03-01", "2019-03-01T00:00:00Z", "99999999999d"} {
		f.Add(s)
	}
	now := time.Date(2019, 4, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseSince(s, now)
		if err == nil && got.Time.After(now) && !slices.Contains([]byte(s), '-') {
			t.Fatalf("ParseSince(%q) = %v, in the future", s, got)
		}
	})
}
