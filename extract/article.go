package extract

import (
	"time"

	"github.com/breachwire/breachwire/extract/incident"
)

// Article is one page after extraction: its metadata, its main text and the
// incident facts found in that text. The JSON form is the one `extract --json`
// prints and the per-article object of a story (see CONTRACT.md); keys beyond
// the contract's carry detail.
type Article struct {
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Lang      string     `json:"lang"`
	Published *time.Time `json:"published"`
	Text      string     `json:"text"`
	Victims   []string   `json:"victims"`
	Records   *int64     `json:"records"`
	Actors    []string   `json:"actors"`

	// Incident holds the evidence behind Victims, Records and Actors.
	Incident incident.Facts `json:"incident"`

	// Source is the name of the sources.yaml entry the article came from;
	// empty for a page extracted on its own.
	Source string `json:"source,omitempty"`
	// Fetched is when the page was downloaded; zero for a local file.
	Fetched time.Time `json:"fetched,omitzero"`
}
