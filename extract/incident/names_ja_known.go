package incident

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// knownNames returns the spellings the text itself sets off as names
// (quoted, with a legal form, with a bracketed head office), without their
// legal forms, longest first.
func knownNames(js []jaSentence) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range js {
		for _, n := range s.names {
			if !n.sure {
				continue
			}
			for _, k := range []string{n.text, stripLegalJapanese(n.text)} {
				if utf8.RuneCountInString(k) >= 2 && !seen[k] && !jaGeneric[k] {
					seen[k] = true
					out = append(out, k)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// applyKnownNames marks every place a sentence spells a known name as that
// name, where it lines up with token boundaries: the text's own spelling
// wins over noun runs the tokenizer cut differently (ゆめ|ポイント read as
// ポイント) and finds the name where no run was seen.
func (js *jaSentence) applyKnownNames(known []string) {
	if len(known) == 0 || len(js.toks) == 0 {
		return
	}
	// offsets[k] is the byte offset of token k in the joined surfaces.
	offsets := make([]int, len(js.toks)+1)
	var b strings.Builder
	for k, t := range js.toks {
		offsets[k] = b.Len()
		b.WriteString(t.Surface)
	}
	offsets[len(js.toks)] = b.Len()
	text := b.String()
	tokenAt := map[int]int{}
	for k, o := range offsets {
		tokenAt[o] = k
	}
	for _, name := range known {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			a, okA := tokenAt[i]
			z, okZ := tokenAt[i+len(name)]
			if okA && okZ {
				js.addSpan(jaSpan{a, z, z}, jaName{text: name, sure: true})
			}
		}
	}
}

// addSpan inserts a span unless a span at least as long already covers it;
// shorter spans it overlaps are dropped.
func (js *jaSentence) addSpan(sp jaSpan, n jaName) {
	var spans []jaSpan
	var names []jaName
	for k, o := range js.spans {
		if o.start < sp.end && sp.start < o.end {
			if o.end-o.start >= sp.end-sp.start {
				return
			}
			if o.skip > sp.end && o.end >= sp.end {
				sp.skip = o.skip
			}
			// 生活協同組合コープみなも|と re-read as the known コープみなもと
			// keeps the legal form written before it.
			n.legal = n.legal || js.names[k].legal
			continue
		}
		spans, names = append(spans, o), append(names, js.names[k])
	}
	k := sort.Search(len(spans), func(k int) bool { return spans[k].start > sp.start })
	spans = append(spans[:k], append([]jaSpan{sp}, spans[k:]...)...)
	names = append(names[:k], append([]jaName{n}, names[k:]...)...)
	js.spans, js.names = spans, names
}
