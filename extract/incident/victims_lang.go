package incident

import (
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// englishVictims finds the victims of an English article.
func englishVictims(ss []sentence, isActor func(string) bool) []Victim {
	es := make([]enSentence, len(ss))
	standalone := map[string]bool{}
	for i, s := range ss {
		es[i] = englishSentence(s)
		for _, n := range es[i].names {
			standalone[strings.ToLower(stripLegalEnglish(n.text))] = true
		}
	}
	hits, roles := englishVictimHits(es)
	canon := func(m string) (string, string) { return canonEnglish(m, standalone) }
	exclude := func(name string, h cueHit) bool {
		return isActor(name) || isActor(h.mention) || isCommenter(name) && h.weight < 4
	}
	return chooseVictims(hits, roles, canon, exclude)
}

var corporateRest = wordSet(`motor motors manufacturing industries industry corporation company group holdings
international global japan america north europe usa us u.s. co corp inc ltd`)

// canonEnglish canonicalises an English mention: legal forms go, a
// well-known company reads as its canonical name, and a name that extends
// another name the text uses on its own ("Toyota Tokyo Sales" next to
// "Toyota") is a unit of that organisation.
func canonEnglish(mention string, standalone map[string]bool) (string, string) {
	s := stripLegalEnglish(mention)
	ls := strings.ToLower(s)
	if s == "" || nationalities[ls] || neverAlone[ls] || commonWords[ls] || neverNames[ls] {
		return "", ""
	}
	if en, ok := englishCanon[latinKey(s)]; ok {
		return en, ""
	}
	words := strings.Fields(s)
	for k := 1; k < len(words); k++ {
		p := strings.Join(words[:k], " ")
		lp := strings.ToLower(p)
		if nationalities[lp] || commonWords[lp] || neverAlone[lp] || len(p) < 2 {
			continue
		}
		en, known := englishCanon[latinKey(p)]
		if known && allIn(words[k:], corporateRest) {
			return en, ""
		}
		if standalone[lp] {
			if known {
				p = en
			}
			return p, s
		}
	}
	return s, ""
}

func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// japaneseVictims tokenises a Japanese article once and finds its victims.
func japaneseVictims(ss []sentence, isActor func(string) bool) []Victim {
	tk := japaneseTokenizer()
	if tk == nil {
		return nil
	}
	js := japaneseSentences(tk, ss)
	standalone := map[string]bool{}
	for _, s := range js {
		for _, n := range s.names {
			standalone[stripLegalJapanese(n.text)] = true
		}
	}
	hits, roles := japaneseVictimHits(js)
	canon := func(m string) (string, string) { return canonJapanese(m, standalone) }
	exclude := func(name string, h cueHit) bool {
		return isActor(name) || isActor(h.mention) || isJapaneseCommenter(name) || isCommenter(name) && h.weight < 4
	}
	return chooseVictims(hits, roles, canon, exclude)
}

// japaneseSentences tokenises all sentences in one kagome call and hands
// each sentence its tokens.
func japaneseSentences(tk *tokenizer.Tokenizer, ss []sentence) []jaSentence {
	var b strings.Builder
	starts := make([]int, len(ss))
	for i, s := range ss {
		starts[i] = b.Len()
		b.WriteString(s.text)
		b.WriteString("\n")
	}
	toks := tk.Tokenize(b.String())
	out := make([]jaSentence, len(ss))
	t := 0
	for i, s := range ss {
		end := starts[i] + len(s.text)
		var own []tokenizer.Token
		for t < len(toks) && toks[t].Position < end {
			if toks[t].Position >= starts[i] && strings.TrimSpace(toks[t].Surface) != "" {
				own = append(own, toks[t])
			}
			t++
		}
		out[i] = japaneseSentence(s, own)
	}
	return out
}

// canonJapanese canonicalises a Japanese organisation name: legal forms go,
// well-known companies take their English names, and a subsidiary whose
// name starts with a parent the text also names (トヨタ東京販売 next to
// トヨタ) becomes a unit of the parent.
func canonJapanese(mention string, standalone map[string]bool) (string, string) {
	s := stripLegalJapanese(mention)
	if s == "" || jaCommenters[s] || utf8.RuneCountInString(s) < 2 && !isLatinWord(s) {
		return "", ""
	}
	if en, ok := jaCompanies[s]; ok {
		return en, ""
	}
	if !hasJapanese(s) {
		if en, ok := englishCanon[latinKey(s)]; ok {
			return en, ""
		}
		return s, ""
	}
	rs := []rune(s)
	for k := len(rs) - 1; k >= 2; k-- {
		p := string(rs[:k])
		en, known := jaCompanies[p]
		if known && parentNamed(en, p, standalone) {
			return en, s
		}
		if !known && standalone[p] {
			return p, s
		}
	}
	return s, ""
}

// parentNamed reports whether the text names the parent company on its own,
// in any of its spellings.
func parentNamed(en, ja string, standalone map[string]bool) bool {
	if standalone[ja] {
		return true
	}
	for n := range standalone {
		if jaCompanies[n] == en {
			return true
		}
	}
	return false
}
