package actors

import (
	"bytes"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// entry is one searchable spelling of a name or alias.
type entry struct {
	group  *Group
	folded []byte
	// caps are the capitalisation demands the text must meet.
	caps      []capRule
	ambiguous bool
	// wordEnd is true when the alias ends in a Latin word character, so the
	// text must not continue the word.
	wordEnd bool
	// kataStart and kataEnd are true when the alias starts or ends in
	// katakana, so the text must not continue the katakana word.
	kataStart, kataEnd bool
}

// id identifies the spelling an entry matches: its folded form and its
// capitalisation demands, so "INC Ransom" and "Inc Ransom" are two entries.
func (e *entry) id() string {
	b := append([]byte(nil), e.folded...)
	for _, r := range e.caps {
		b = append(b, 0, byte(r.off), byte(r.off>>8))
		if r.all {
			b = append(b, 1)
		}
	}
	return string(b)
}

// capRule asks that the word at offset off of a match starts with a capital
// letter or, when all is set, is written in capitals throughout.
type capRule struct {
	off int
	all bool
	n   int // the word's length in bytes
}

// numbered matches designations such as APT32, TA505 or Storm-0558, which
// the press also writes "APT 32" or "APT-32". The prefix must look like a
// vendor's designation (capitals, or Storm), so "Group 3" is not one.
var numbered = regexp.MustCompile(`^([A-Z]{2,5}|Storm|STORM)[- ]?([0-9]+)$`)

// spellings returns the alias and its other common spellings: designations
// with and without a space or hyphen, and Japanese names with and without
// the middle dot that stands for a space (ボルト・タイフーン, ボルトタイフーン).
func spellings(alias string) []string {
	if strings.Contains(alias, "・") {
		return []string{alias, strings.ReplaceAll(alias, "・", "")}
	}
	m := numbered.FindStringSubmatch(alias)
	if m == nil {
		return []string{alias}
	}
	return []string{alias, m[1] + m[2], m[1] + " " + m[2], m[1] + "-" + m[2]}
}

// index builds the matching tables from the groups.
func (c *Catalogue) index() {
	c.byWord = map[string][]*entry{}
	c.byRune = map[rune][]*entry{}
	seen := map[string]bool{}
	for _, g := range c.groups {
		for _, name := range g.Names() {
			amb := c.amb[g][key(name)] || autoAmbiguous(name)
			for _, sp := range spellings(name) {
				e := newEntry(g, sp, amb)
				if e == nil || seen[e.id()] {
					continue
				}
				seen[e.id()] = true
				r, _ := utf8.DecodeRune(e.folded)
				if isCJK(r) {
					c.byRune[r] = append(c.byRune[r], e)
				} else {
					w := string(e.folded[:wordEnd(e.folded, 0)])
					c.byWord[w] = append(c.byWord[w], e)
				}
			}
		}
	}
	// Longest first, so "Lazarus Group" wins over "Lazarus".
	longest := func(a, b *entry) int { return len(b.folded) - len(a.folded) }
	for _, es := range c.byWord {
		slices.SortStableFunc(es, longest)
	}
	for _, es := range c.byRune {
		slices.SortStableFunc(es, longest)
	}
}

// newEntry prepares one spelling for matching; nil when it cannot be
// matched (it does not start with a letter, digit or CJK character).
func newEntry(g *Group, alias string, amb bool) *entry {
	var f folded
	f.fold(alias)
	if len(f.s) == 0 {
		return nil
	}
	first, _ := utf8.DecodeRune(f.s)
	last, _ := utf8.DecodeLastRune(f.s)
	if !isWordRune(first) && !isCJK(first) {
		return nil
	}
	e := &entry{
		group: g, folded: f.s, ambiguous: amb,
		wordEnd:   isWordRune(last),
		kataStart: isKatakana(first), kataEnd: isKatakana(last),
	}
	if !numbered.MatchString(alias) {
		// A designation's digits make it distinctive in any case.
		e.caps = capRules(&f)
	}
	return e
}

// capRules derives the capitalisation a text must show from how the alias
// is written: a word written as a proper noun ("Turla", "Cozy Bear") or in
// capitals ("NOBELIUM") must start with a capital in the text; a capitalised
// word of up to four letters ("GOP") must be all capitals. Words with digits
// or inner capitals ("APT32", "LockBit") match in any case.
func capRules(f *folded) []capRule {
	var rules []capRule
	for i := 0; i < len(f.s); {
		r, _ := utf8.DecodeRune(f.s[i:])
		if !isWordRune(r) {
			i++
			continue
		}
		j := wordEnd(f.s, i)
		upper, letters, digits := 0, 0, 0
		for k, r := range string(f.s[i:j]) {
			if r >= '0' && r <= '9' {
				digits++
				continue
			}
			letters++
			if f.upper[i+k] {
				upper++
			}
		}
		switch {
		case digits > 0 || letters == 0 || !f.upper[i]:
		case upper == letters && letters <= 4 && letters > 1:
			rules = append(rules, capRule{off: i, all: true, n: j - i})
		case upper == 1 || upper == letters:
			rules = append(rules, capRule{off: i, n: j - i})
		}
		i = j
	}
	return rules
}

// capsOK reports whether the text at s[i:] meets e's capitalisation rules.
func (e *entry) capsOK(f *folded, i int) bool {
	for _, r := range e.caps {
		p := i + r.off
		if !f.upper[p] {
			return false
		}
		if r.all {
			for k := range string(f.s[p : p+r.n]) {
				if !f.upper[p+k] {
					return false
				}
			}
		}
	}
	return true
}

var foldPool = sync.Pool{New: func() any { return new(folded) }}

// Find returns every match of a group name or alias in text, in text order,
// without overlaps; at one place the longest alias wins. The package
// documentation gives the matching rules. Texts of 2 GB or more are not
// searched.
func (c *Catalogue) Find(text string) []Match {
	if c == nil || len(c.groups) == 0 || text == "" || len(text) > math.MaxInt32 {
		return nil
	}
	f := foldPool.Get().(*folded)
	defer foldPool.Put(f)
	f.fold(text)
	var out []Match
	s := f.s
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		var cands []*entry
		next := i + n
		switch {
		case isCJK(r):
			cands = c.byRune[r]
		case isWordRune(r):
			next = wordEnd(s, i)
			cands = c.byWord[string(s[i:next])]
		}
		if e, end := c.first(f, i, cands); e != nil {
			start, stop := int(f.start[i]), int(f.end[end-1])
			out = append(out, Match{Group: e.group, Alias: text[start:stop], Start: start, End: stop, Ambiguous: e.ambiguous})
			next = end
		}
		i = next
	}
	return out
}

// first returns the first candidate that matches at s[i:] and the end of the
// match.
func (c *Catalogue) first(f *folded, i int, cands []*entry) (*entry, int) {
	s := f.s
	for _, e := range cands {
		if !bytes.HasPrefix(s[i:], e.folded) {
			continue
		}
		end := i + len(e.folded)
		if e.wordEnd && end < len(s) {
			if r, _ := utf8.DecodeRune(s[end:]); isWordRune(r) {
				continue
			}
		}
		if e.kataStart && !kataBoundaryBefore(s, i) || e.kataEnd && !kataBoundaryAfter(s, end) {
			continue
		}
		if !e.capsOK(f, i) {
			continue
		}
		if e.ambiguous && !hasCue(f, i, end) {
			continue
		}
		return e, end
	}
	return nil, 0
}
