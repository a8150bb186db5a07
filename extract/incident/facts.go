package incident

// Facts are the incident facts found in one article, each with the evidence
// that supports it. The zero value means nothing was found.
type Facts struct {
	Victims []Victim      `json:"victims,omitempty"`
	Records *Count        `json:"records,omitempty"`
	Actors  []Attribution `json:"actors,omitempty"`
}

// Victim is an organisation whose systems or data were breached.
type Victim struct {
	// Name is the canonical name, e.g. "Toyota".
	Name string `json:"name"`
	// Mention is the name as the text wrote it, e.g. "Toyota Tokyo Sales Holdings" or "トヨタ自動車".
	Mention string `json:"mention,omitempty"`
	// Units are subsidiaries or affected units named in the text.
	Units []string `json:"units,omitempty"`
	// Evidence is the sentence the victim was found in.
	Evidence string `json:"evidence,omitempty"`
}

// Count is the number of records or people affected by the main incident.
type Count struct {
	Value int64 `json:"value"`
	// Qualifier is one of "exact", "about", "up_to", "at_least".
	Qualifier string `json:"qualifier"`
	// Unit says what was counted: "records", "people", "customers", "accounts", ...
	Unit string `json:"unit,omitempty"`
	// Evidence is the sentence the figure was found in.
	Evidence string `json:"evidence,omitempty"`
}

// Attribution names a threat actor said to be behind the main incident.
type Attribution struct {
	// Name is the catalogue's canonical name, e.g. "APT32".
	Name string `json:"name"`
	// Alias is the name as the text wrote it, e.g. "OceanLotus".
	Alias string `json:"alias,omitempty"`
	// Strength is "stated", "suspected" or "mentioned".
	Strength string `json:"strength"`
	// Evidence is the sentence the name was found in.
	Evidence string `json:"evidence,omitempty"`
}

// Attribution strengths.
const (
	Stated    = "stated"
	Suspected = "suspected"
	Mentioned = "mentioned"
)
