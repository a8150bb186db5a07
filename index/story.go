package index

import "time"

// Story is one incident with all the coverage breachwire merged into it. Its
// JSON form is the contract's story object (CONTRACT.md); keys beyond the
// contract's carry detail.
type Story struct {
	ID        string         `json:"id"`
	Title     string         `json:"title"`
	Victims   []string       `json:"victims"`
	Records   *int64         `json:"records"`
	Actors    []string       `json:"actors"`
	FirstSeen time.Time      `json:"first_seen"`
	Updated   time.Time      `json:"updated"`
	Languages []string       `json:"languages"`
	Articles  []StoryArticle `json:"articles"`

	// RecordsQualifier is the qualifier of Records: "exact", "about", "up_to" or "at_least".
	RecordsQualifier string `json:"records_qualifier,omitempty"`
	// Origin is the URL of the origin report, the one the others copy or credit.
	Origin string `json:"origin,omitempty"`
	// Evidence holds the sentences behind the story's victims, records and actors.
	Evidence []string `json:"evidence,omitempty"`
	// Aliases are older ids of stories merged into this one.
	Aliases []string `json:"aliases,omitempty"`
	// Changed is when breachwire last changed the story (an article joined
	// or stories merged); Updated is when its coverage last appeared.
	Changed time.Time `json:"changed"`
}

// StoryArticle is one article of a story with its own extracted fields.
type StoryArticle struct {
	URL       string     `json:"url"`
	Source    string     `json:"source"`
	Title     string     `json:"title"`
	Lang      string     `json:"lang"`
	Published *time.Time `json:"published"`
	// Victims are spelt as the story spells them (see merge.StorySpelling);
	// VictimsWritten holds the article's own spelling when it differs.
	Victims        []string `json:"victims"`
	VictimsWritten []string `json:"victims_as_written,omitempty"`
	Records        *int64   `json:"records"`
	Actors         []string `json:"actors"`

	// Origin marks the origin report of the story.
	Origin bool `json:"origin,omitempty"`
	// Summary is the first lines of the article's text, for listings and the digest.
	Summary string `json:"summary,omitempty"`
}
