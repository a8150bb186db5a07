package corpus

import (
	"fmt"
	"strings"
	"unicode"
)

// Victim miss kinds, as returned by VictimMiss.
const (
	MissNone     = "none"     // nothing found where the labels name a victim
	MissSpurious = "spurious" // a victim found where the labels have none
	MissForm     = "form"     // the right organisations in another form of their names
	MissPartial  = "partial"  // some labelled victim found, another missed or added
	MissScript   = "script"   // names found and labelled in different scripts, none pairing up
	MissOther    = "other"    // a different organisation
)

// MissKinds lists the victim miss kinds in the order reports print them.
var MissKinds = []string{MissNone, MissSpurious, MissForm, MissPartial, MissScript, MissOther}

// VictimMiss sorts a wrong victim set into what went wrong, so a set kept
// unread can still say, in totals only, whether its misses are names found
// in the wrong form or the wrong organisations. Two names pair up when one
// holds the other once case, spaces and punctuation are set aside
// ("Veltmark" and "Veltmark Payroll Ltd"); a miss is of kind MissForm when
// every name found and every name labelled pairs up. A miss where no name
// pairs up is of kind MissScript when the names found are all in one script
// and the labelled ones all in the other (Latin letters against Japanese
// kana or kanji): most often one firm's romanised and Japanese names, which
// the sets' labels do not always choose alike, though the kind cannot tell
// that from a different organisation written in the other script.
func VictimMiss(got, want []string) string {
	switch {
	case len(got) == 0:
		return MissNone
	case len(want) == 0:
		return MissSpurious
	}
	g, w := paired(got, want), paired(want, got)
	switch {
	case g == len(got) && w == len(want):
		return MissForm
	case g > 0 || w > 0:
		return MissPartial
	}
	if gj, wj := scriptOf(got), scriptOf(want); gj != 0 && wj != 0 && gj != wj {
		return MissScript
	}
	return MissOther
}

// MissLine formats counts of victim misses by kind in MissKinds order.
func MissLine(counts map[string]int) string {
	parts := make([]string, 0, len(MissKinds))
	for _, k := range MissKinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, counts[k]))
	}
	return strings.Join(parts, ", ")
}

// paired counts the names of xs that pair up with some name of ys.
func paired(xs, ys []string) int {
	n := 0
	for _, x := range xs {
		for _, y := range ys {
			if nearName(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// nearName reports whether one name holds the other once both are folded
// to lower-case letters and digits.
func nearName(a, b string) bool {
	a, b = looseName(a), looseName(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// looseName folds a name to lower-case letters and digits only.
func looseName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// scriptOf reports 1 when every name is written in Latin letters only, 2
// when every name holds kana or kanji, and 0 when the names are mixed.
func scriptOf(names []string) int {
	kind := 0
	for _, n := range names {
		k := 1
		for _, r := range n {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				k = 2
				break
			}
		}
		if kind != 0 && kind != k {
			return 0
		}
		kind = k
	}
	return kind
}
