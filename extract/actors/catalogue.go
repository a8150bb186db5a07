package actors

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sync"
)

// Catalogue is a set of groups indexed for lookup and matching. It is safe
// for concurrent use once built; the groups it hands out must not be
// modified.
type Catalogue struct {
	groups []*Group
	byKey  map[string]*Group // key of every name and alias
	byStem map[string]*Group // stem of every name and alias, first owner wins
	// amb holds the keys each group marks ambiguous.
	amb map[*Group]map[string]bool
	// byWord indexes Latin-script aliases by their first folded word,
	// byRune indexes the other aliases by their first rune.
	byWord map[string][]*entry
	byRune map[rune][]*entry
}

// New returns a catalogue of the given group lists. Groups are taken in
// order: a group whose name or alias equals (after normalisation) a name or
// alias of a group already taken merges into that group, which keeps its
// canonical name, kind and country and gains the new aliases. An alias
// already owned by another group stays with that group. So
// New(EmbeddedGroups(), misp) keeps the embedded names and adds MISP's
// synonyms.
func New(groups ...[]Group) *Catalogue {
	c := &Catalogue{
		byKey:  map[string]*Group{},
		byStem: map[string]*Group{},
		amb:    map[*Group]map[string]bool{},
	}
	for _, list := range groups {
		for i := range list {
			c.add(&list[i])
		}
	}
	c.index()
	return c
}

// lookupKey finds the group owning k, falling back to its stem.
func (c *Catalogue) lookupKey(k string) *Group {
	if g := c.byKey[k]; g != nil {
		return g
	}
	return c.byStem[stem(k)]
}

// add takes one group into c, merging it into an existing group when one of
// its names is already known.
func (c *Catalogue) add(in *Group) {
	name, ok := cleanName(in.Name)
	if !ok {
		return
	}
	names := append([]string{name}, in.Aliases...)
	var g *Group
	for _, n := range names {
		if n, ok := cleanName(n); ok {
			if g = c.lookupKey(key(n)); g != nil {
				break
			}
		}
	}
	if g == nil {
		g = &Group{Name: name, Kind: in.Kind, Country: in.Country}
		c.groups = append(c.groups, g)
		c.amb[g] = map[string]bool{}
	}
	if g.Kind == "" {
		g.Kind = in.Kind
	}
	if g.Country == "" {
		g.Country = in.Country
	}
	ambiguous := map[string]bool{}
	for _, a := range in.Ambiguous {
		ambiguous[key(a)] = true
	}
	// mine holds the keys this input registered, so that spellings it lists
	// which differ only in case or punctuation ("INC Ransom", "Inc. Ransom")
	// are all kept and matched, while a later list's mere case variants of
	// known names are not.
	mine := map[string]bool{}
	for _, n := range names {
		n, ok := cleanName(n)
		if !ok {
			continue
		}
		k := key(n)
		if owner := c.byKey[k]; owner != nil && owner != g {
			continue
		}
		switch {
		case c.byKey[k] == nil:
			c.byKey[k] = g
			mine[k] = true
			if n != g.Name {
				g.Aliases = append(g.Aliases, n)
			}
		case mine[k] && n != g.Name && !slices.Contains(g.Aliases, n):
			g.Aliases = append(g.Aliases, n)
		}
		if s := stem(k); c.byStem[s] == nil {
			c.byStem[s] = g
		}
		if ambiguous[k] && !c.amb[g][k] {
			c.amb[g][k] = true
			g.Ambiguous = append(g.Ambiguous, n)
		}
	}
}

// Lookup returns the group that has nameOrAlias as its name or one of its
// aliases, compared after normalisation ("apt-32" finds APT32); failing
// that, it tries without a generic trailing word ("Gamaredon Group" finds
// Gamaredon).
func (c *Catalogue) Lookup(nameOrAlias string) (*Group, bool) {
	if c == nil {
		return nil, false
	}
	g := c.lookupKey(key(nameOrAlias))
	return g, g != nil
}

// Len returns the number of groups in the catalogue.
func (c *Catalogue) Len() int {
	if c == nil {
		return 0
	}
	return len(c.groups)
}

// Groups returns the catalogue's groups in the order they were added.
func (c *Catalogue) Groups() []*Group {
	if c == nil {
		return nil
	}
	return append([]*Group(nil), c.groups...)
}

// The embedded catalogue is a directory of JSON files in this package's own
// format (a JSON array of Group), one per region or kind of actor.
//
//go:embed catalogue/*.json
var embeddedFS embed.FS

var embedded = sync.OnceValues(func() ([]Group, error) {
	files, err := fs.Glob(embeddedFS, "catalogue/*.json")
	if err != nil {
		return nil, err
	}
	var all []Group
	for _, name := range files { // Glob sorts, so the order is stable
		data, err := embeddedFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		gs, err := Load(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("actors: embedded catalogue %s: %w", name, err)
		}
		all = append(all, gs...)
	}
	return all, nil
})

var embeddedCatalogue = sync.OnceValue(func() *Catalogue {
	gs, err := EmbeddedGroups()
	if err != nil {
		// The embedded data is part of the program and checked by tests;
		// a broken copy is a build defect, not bad input.
		panic(err)
	}
	return New(gs)
})

// EmbeddedGroups returns a copy of the groups built into the binary, to be
// merged with loaded lists through New.
func EmbeddedGroups() ([]Group, error) {
	gs, err := embedded()
	if err != nil {
		return nil, err
	}
	out := make([]Group, len(gs))
	for i, g := range gs {
		g.Aliases = append([]string(nil), g.Aliases...)
		g.Ambiguous = append([]string(nil), g.Ambiguous...)
		out[i] = g
	}
	return out, nil
}

// Embedded returns the catalogue built into the binary.
func Embedded() *Catalogue { return embeddedCatalogue() }
