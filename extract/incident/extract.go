package incident

// Placeholder API; the implementation is issue 3's work in progress.

import (
	"time"

	"github.com/breachwire/breachwire/extract/actors"
)

// Doc is the text incident extraction reads.
type Doc struct {
	Title, Text, Lang, URL string
	Published          time.Time
}

// Extractor finds victims, record counts and threat actors. It is safe for
// concurrent use.
type Extractor struct{ cat *actors.Catalogue }

// New returns an Extractor that matches actors against cat; nil means the
// embedded catalogue.
func New(cat *actors.Catalogue) *Extractor { return &Extractor{cat: cat} }

// Extract returns the incident facts of one article.
func (x *Extractor) Extract(d Doc) Facts { return Facts{} }

// VictimNames returns the canonical names of the victims.
func (f Facts) VictimNames() []string {
	out := []string{}
	for _, v := range f.Victims {
		out = append(out, v.Name)
	}
	return out
}

// RecordCount returns the record count, nil when none is known.
func (f Facts) RecordCount() *int64 {
	if f.Records == nil {
		return nil
	}
	n := f.Records.Value
	return &n
}

// ActorNames returns the canonical names of actors with stated or suspected
// attribution.
func (f Facts) ActorNames() []string {
	out := []string{}
	for _, a := range f.Actors {
		if a.Strength == Stated || a.Strength == Suspected {
			out = append(out, a.Name)
		}
	}
	return out
}
