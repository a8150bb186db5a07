// Package actors is the catalogue of threat-actor groups and their aliases
// that incident extraction matches text against.
package actors

// Placeholder API; the implementation is issue 3's work in progress.

// Group is one threat-actor group.
type Group struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Kind is "apt", "ransomware" or "crime".
	Kind    string `json:"kind,omitempty"`
	Country string `json:"country,omitempty"`
}

// Match is one place a group's name or alias occurs in a text.
type Match struct {
	Group *Group
	// Alias is the text as written.
	Alias string
	// Start and End are byte offsets into the text.
	Start, End int
}

// Catalogue is a set of groups indexed for matching. It is safe for
// concurrent use once built.
type Catalogue struct{ groups []*Group }

// Embedded returns the catalogue built into the binary.
func Embedded() *Catalogue { return &Catalogue{} }

// Find returns every match of a group name or alias in text.
func (c *Catalogue) Find(text string) []Match { return nil }
