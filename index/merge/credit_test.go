package merge

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestCreditMatchesAsWholeText: searching only the lines that may hold a
// credit finds exactly what the pattern finds in the whole text, credits
// split over lines and in Japanese included.
func TestCreditMatchesAsWholeText(t *testing.T) {
	texts := []string{
		"",
		"No credit here at all.\n\nJust a report.",
		"Body text.\n\nSource: ZDNet",
		"Body text.\n\nSOURCE:\n\nThe Record by Recorded Future, 3 March",
		"Read more at https://www.bleepingcomputer.example/news/x and (via SecurityWeek).",
		"本文。\n\n出典：セキュリティNEXT\n\n元記事 https://news.example/a",
		"Originally published on Dark Reading.\nCredit: Vet Business News, 12 February 2025.",
		"Our sources say nothing.\nh/t @someone",
	}
	rng := rand.New(rand.NewPCG(3, 9))
	pieces := []string{"source", "Source:", "via", " ", "\n", "\n\n", "ZDNet", "出典：", "記事", "credit", "—", "Originally posted by", "x", "。"}
	for range 300 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		want := creditPattern.FindAllStringSubmatch(text, -1)
		got := creditMatches(text)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("creditMatches(%q) = %q, want %q", text, got, want)
		}
	}
}
