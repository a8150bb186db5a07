package actors

import (
	"strings"
	"unicode"
)

// Group is one threat-actor group.
type Group struct {
	// Name is the canonical name, the one most news coverage uses.
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Kind is "apt", "ransomware", "crime" or "hacktivist"; empty when unknown.
	Kind string `json:"kind,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the state the group is
	// publicly linked to or operates from, when one is known.
	Country string `json:"country,omitempty"`
	// Ambiguous lists the name or aliases that are everyday words; Find
	// reports them only next to a cue word such as "ransomware" or "group".
	Ambiguous []string `json:"ambiguous,omitempty"`
}

// Names returns the group's name followed by its aliases.
func (g *Group) Names() []string {
	out := make([]string, 0, 1+len(g.Aliases))
	out = append(out, g.Name)
	return append(out, g.Aliases...)
}

// Match is one place a group's name or alias occurs in a text.
type Match struct {
	Group *Group
	// Alias is the text as written.
	Alias string
	// Start and End are byte offsets into the text.
	Start, End int
	// Ambiguous is true when the alias is an everyday word that was reported
	// only because a cue word stood next to it.
	Ambiguous bool
}

// key is the form two names are compared in for identity: folded, with
// spaces, hyphens, dots and underscores dropped, so "APT 32", "apt-32" and
// "APT32" are one name.
func key(name string) string {
	f := foldString(name)
	var b strings.Builder
	b.Grow(len(f))
	for _, r := range f {
		switch {
		case r == ' ', r == '-', r == '.', r == '_', r == '\n', r == '\'', r == '"':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stemSuffixes are generic words that often trail a group's name in one
// source and not in another ("Gamaredon Group", "Akira Ransomware").
var stemSuffixes = []string{"ransomware", "group", "gang", "team", "apt"}

// stem strips generic trailing words from a key, for the weaker second
// lookup.
func stem(k string) string {
	for range 2 {
		cut := false
		for _, suf := range stemSuffixes {
			if rest, ok := strings.CutSuffix(k, suf); ok && len([]rune(rest)) >= 3 {
				k, cut = rest, true
				break
			}
		}
		if !cut {
			break
		}
	}
	return k
}

// cleanName trims a name and reports whether it is usable as a name or alias:
// it must hold a letter and, written in a script with spaces, be at least
// three characters long.
func cleanName(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	letters, cjk, n := 0, 0, 0
	for _, r := range s {
		n++
		if unicode.IsLetter(r) {
			letters++
		}
		if isCJK(r) {
			cjk++
		}
	}
	if letters == 0 || n > 100 {
		return "", false
	}
	if cjk == 0 && n < 3 || n < 2 {
		return "", false
	}
	return s, true
}
