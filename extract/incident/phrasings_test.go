package incident

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestPhrasings runs the hand-written headline/lead pairs of
// testdata/phrasings.tsv, varied news styles written apart from the
// labelled corpus, and checks the victim of each.
func TestPhrasings(t *testing.T) {
	f, err := os.Open("testdata/phrasings.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x := New(nil)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("bad line %q", line)
		}
		var want []string
		if cols[3] != "" {
			want = []string{cols[3]}
		}
		text := strings.ReplaceAll(cols[2], `\n`, "\n")
		got := x.Extract(Doc{Lang: cols[0], Title: cols[1], Text: text}).VictimNames()
		if !sameSet(got, want) {
			t.Errorf("%s: victims = %q, want %q", cols[1], got, want)
		}
	}
}
