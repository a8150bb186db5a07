package merge

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// vocabulary is a pool of made-up words for generated texts.
func vocabulary(rng *rand.Rand, n int) []string {
	const letters = "abcdefghijklmnoprstuvwy"
	words := make([]string, n)
	for i := range words {
		var b strings.Builder
		for range 3 + rng.IntN(6) {
			b.WriteByte(letters[rng.IntN(len(letters))])
		}
		words[i] = b.String()
	}
	return words
}

// essay is a text of n words drawn from vocab, with sentence breaks.
func essay(rng *rand.Rand, vocab []string, n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(vocab[rng.IntN(len(vocab))])
		if i%15 == 14 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// rewrite replaces a share of the words of text with others from vocab.
func rewrite(rng *rand.Rand, vocab []string, text string, share float64) string {
	w := strings.Fields(text)
	for i := range w {
		if rng.Float64() < share {
			w[i] = vocab[rng.IntN(len(vocab))]
		}
	}
	return strings.Join(w, " ")
}

func shareKey(a, b []string) bool {
	set := map[string]bool{}
	for _, k := range a {
		set[k] = true
	}
	for _, k := range b {
		if set[k] {
			return true
		}
	}
	return false
}

func TestKeysFindNearDuplicates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := vocabulary(rng, 3000)
	variants := map[string]func(string) string{
		"identical":          func(s string) string { return s },
		"wrapped in ads":     func(s string) string { return essay(rng, vocab, 60) + "\n" + s + "\n" + essay(rng, vocab, 80) },
		"5% words rewritten": func(s string) string { return rewrite(rng, vocab, s, 0.05) },
		"first half only":    func(s string) string { return s[:len(s)/2] },
	}
	const trials = 200
	for name, variant := range variants {
		found := 0
		for range trials {
			orig := essay(rng, vocab, 300)
			if shareKey(Keys(Doc{Text: orig}), Keys(Doc{Text: variant(orig)})) {
				found++
			}
		}
		if rate := float64(found) / trials; rate < 0.95 {
			t.Errorf("%s: near-duplicates share a band key in %.0f%% of trials, want >= 95%%", name, 100*rate)
		}
	}
	collisions := 0
	for range trials {
		if shareKey(Keys(Doc{Text: essay(rng, vocab, 300)}), Keys(Doc{Text: essay(rng, vocab, 300)})) {
			collisions++
		}
	}
	if rate := float64(collisions) / trials; rate > 0.02 {
		t.Errorf("unrelated texts share a band key in %.1f%% of trials, want <= 2%%", 100*rate)
	}
}

func TestKeysFormat(t *testing.T) {
	keys := Keys(tokyoZDNet)
	if len(keys) != params.bands {
		t.Fatalf("got %d keys, want %d", len(keys), params.bands)
	}
	valid := regexp.MustCompile(`^b\d\d:[0-9a-f]{8}$`)
	for i, k := range keys {
		if !valid.MatchString(k) || !strings.HasPrefix(k, fmt.Sprintf("b%02d:", i)) {
			t.Errorf("key %d = %q, want b%02d:<8 hex digits>", i, k, i)
		}
	}
	if again := Keys(tokyoZDNet); strings.Join(again, " ") != strings.Join(keys, " ") {
		t.Error("Keys is not deterministic")
	}
	for _, short := range []string{"", "   ", "Toyota hacked", "トヨタ"} {
		if k := Keys(Doc{Text: short}); k != nil {
			t.Errorf("Keys(%q) = %v, want none for a text too short to judge", short, k)
		}
	}
}

func TestKeysJapaneseNFKC(t *testing.T) {
	// Full-width digits and letters fold to their ASCII forms before shingling.
	half := Doc{Text: tokyoRelease.Text}
	full := Doc{Text: strings.NewReplacer("310", "３１０", "サーバー", "ｻｰﾊﾞｰ").Replace(tokyoRelease.Text)}
	if Similarity(half, full) < 0.99 {
		t.Errorf("Similarity of a text and its full-width/half-width variant = %.2f, want ~1", Similarity(half, full))
	}
	if !shareKey(Keys(half), Keys(full)) {
		t.Error("a Japanese text and its full-width variant share no band key")
	}
}

func TestSimilarityContainment(t *testing.T) {
	if s := Similarity(tokyoZDNet, tokyoRepost); s < 0.9 {
		t.Errorf("a copy wrapped in a blog's intro and ads: Similarity = %.2f, want >= 0.9", s)
	}
	if s := Similarity(tokyoZDNet, vietnam); s > 0.2 {
		t.Errorf("different stories: Similarity = %.2f, want < 0.2", s)
	}
	if s := Similarity(Doc{}, tokyoZDNet); s != 0 {
		t.Errorf("empty text: Similarity = %.2f, want 0", s)
	}
}
