// Package merge decides which articles cover one incident, so that the index
// can show one story per incident instead of one per article.
//
// The index asks two things of it. Retrieval: Keys gives MinHash LSH band
// keys of an article's text (near-duplicates share at least one with high
// probability), VictimKeys gives normalised victim keys (トヨタ, Toyota and
// TOYOTA give one key) and CampaignKeys gives actor keys for articles
// without a victim; an article's candidates are the stored articles that
// share a band key, or share a victim or campaign key and were published
// within Window. Decision: Same (or Prepare + Match, to compare one article
// with many) says whether two articles cover one incident:
//
//   - near-duplicate text (re-posts, syndicated copies wrapped in a blog's
//     intro and ads, light rewrites), by Jaccard or containment of shingles;
//   - a summary that credits the other's outlet ("Source: ZDNet") and
//     shares some text;
//   - one victim, compatible record figures, no conflicting place or unit
//     in title and lead (Toyota Australia, Toyota Vietnam and Toyota's Tokyo
//     sales subsidiaries are three incidents), and evidence that grows with
//     the time between them — also across languages;
//   - without a victim: one actor's campaign reported within days.
//
// Extracted facts are noisy, so a victim name is matched by its sound key
// across spellings and scripts (Ticketmaster, チケットマスター), an article
// whose own victim is missing or absent from its title is about another
// article's victim when it names that victim near its start, and two differing
// figures agree when one article also states the other's (a first tally
// recalled by an update).
//
// Summarize turns the articles of one story into its title, victims,
// records, actors, dates, languages and origin report.
//
// Union-find over pairwise Same can chain two distinct incidents through an
// article that says too little (no figure, no place); Conflict tells the
// index when an article must not join a story because it contradicts one of
// its members, and Cluster shows the whole procedure on an in-memory set.
// Every threshold lives in params (params.go).
//
// Every function is pure and safe for concurrent use.
package merge

import (
	"time"
)

// Doc is what merging knows of one article.
type Doc struct {
	URL, Title, Text, Lang, Source string
	// Published is zero when the page gives no date.
	Published time.Time
	// Victims are canonical victim names, e.g. "Toyota".
	Victims []string
	// Records is the number of records or people affected; nil when unknown.
	Records *int64
	// RecordsQualifier is "exact", "about", "up_to" or "at_least".
	RecordsQualifier string
	// Actors are canonical threat-actor names with stated or suspected attribution.
	Actors []string

	// Suspected lists the actors of Actors that are only suspected, not
	// stated; optional, used by Summarize (stated beats suspected).
	Suspected []string
	// Units are subsidiaries or affected units named by extraction, e.g.
	// "Toyota Tokyo Sales Holdings"; optional. Merging reads places from
	// the title and lead instead, as extraction also collects the units of
	// other incidents that a text recaps.
	Units []string
}

// Window returns the time window within which a shared victim key makes a
// candidate.
func Window() time.Duration { return params.window }
