package main

import (
	"strings"
	"testing"
)

func TestTableAlignsWideText(t *testing.T) {
	var tb table
	tb.add("SOURCE", "N")
	tb.add("セキュリティ速報", "30")
	tb.add("The Daily Breach", "33")
	var b strings.Builder
	tb.print(&b)
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	col := func(line string) int { return displayWidth(line[:strings.LastIndex(line, " ")+1]) }
	if col(lines[1]) != col(lines[2]) || col(lines[0]) != col(lines[1]) {
		t.Errorf("second column does not line up:\n%s", b.String())
	}
}

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"a longer title", 8, "a longe…"},
		{"不正アクセスによる", 8, "不正ア…"},
		{"bell\x07 and\nnewline", 40, "bell  and newline"},
	} {
		if got := clip(tc.in, tc.n); got != tc.want || displayWidth(got) > tc.n {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}
