package incident

import (
	"regexp"
	"strconv"
	"strings"
)

// Cue patterns list the verbs reporters use for a breach ("X confirmed",
// "X was hit"), and every newsroom and press office has a few more: "X is
// responding to a cybersecurity incident", "X became aware that a third
// party had accessed…", "X has brought systems back online". What they
// share is their shape: a sentence about an incident opens with the
// organisation it happened to as its subject, whatever the verb — unless
// the verb is one of speaking about someone else's incident (researchers
// "found", outlets "reported", vendors "released").

// enOpeningSubjectRe finds the name a sentence opens with as its subject:
// after a dateline dash or a time ("On 22 July 2025", "On December 30,
// 2024,", "Earlier this month,") and the words describing its business
// ("British department store chain"), before an appositive, then the first
// words of its predicate.
var enOpeningSubjectRe = regexp.MustCompile(`^(?:(?:N\d+ (?:, N\d+ )?)?[—–-] )?(?:(?:N\d+ )?(?:on|in|since|earlier|late|last|this|early|yesterday|today|overnight|over|shortly|at|around|in late|in early) (?:[a-z0-9]+ (?:, )?){0,4}?(?:, )?|(?:(?:a|one|two|three|four|five|six|several|days|weeks|hours|months) (?:(?:day|days|week|weeks|month|months|hour|hours) )?)?(?:after|since|following) [^,N]{4,80}? , )?(?:the )?(?:(?:[a-z\-]+ ){0,4}?` + enKindNoun + ` )?N(\d+) (?:\( [^)]{1,60}? \) |, (?:[^,]|\d,\d\d\d){1,80}? , )?((?:[a-z']+ ){1,3})`)

// enIncidentSentenceRe finds the words of an incident in a sentence,
// beyond enBreachRe: access by someone else, systems taken down.
var enIncidentSentenceRe = regexp.MustCompile(`\b(?:accessed|gained access|access to|third party|outside party|unknown party|unusual activity|suspicious activity|without (?:authori[sz]ation|permission)|disrupt\w*|offline|outage|impersonat\w*|fraudulent|locked out)\b`)

// enCommentVerbs are predicates of a subject that speaks about an
// incident, or does business, rather than suffers one.
var enCommentVerbs = wordSet(`said says told tells reported reports wrote writes noted notes added adds explained explains
found finds observed observes published publishes released releases tracked tracks tracking believes believed assessed
estimated estimates warned warns urged urges advised advises recommends recommended called calls described describes
analysed analyzed analyses analyzes attributed attributes linked links spotted spots uncovered researched monitors
monitored sells sold offers offered launched launches unveiled unveils acquired acquires patched patches fixed fixes
helps helped helping assists assisted assisting declined declines refused refuses did does didn doesn could would
should may might will can filed sued sues charged charges arrested arrests seized seizes sanctioned
summarises summarizes summarised summarized lists listed collects compiles compiled covers covered aggregates
responded responds investigated investigates studied studies surveyed surveys counted counts
asked asks contacted contacts reached`)

// enNotPredicate are words that, straight after a name, show it is not a
// subject: a list or a phrase going on.
var enNotPredicate = wordSet(`and or of for to in on at by with from as than nor but 's`)

// enCommentNouns follow a subject that is a commenter's name used as a
// modifier: "Mandiant researchers", "Acme spokesperson".
var enCommentNouns = wordSet(`researchers researcher analysts analyst spokesperson spokesman spokeswoman representative
experts expert team lab labs unit officials official executives executive ceo chief report reports data customers
clients users members`)

// openingSubjectHits points at the organisations that open the incident
// sentences of an article about a breach as their subjects.
func openingSubjectHits(ss []enSentence) []cueHit {
	var hits []cueHit
	prose := 0
	for _, s := range ss {
		if !s.title && len(strings.Fields(s.shape)) >= 8 {
			prose++
		}
		if s.title || !(enBreachRe.MatchString(s.shape) || enIncidentSentenceRe.MatchString(s.shape)) || enHypotheticalRe.MatchString(s.shape) || enNotExploitedRe.MatchString(s.shape) {
			continue
		}
		m := enOpeningSubjectRe.FindStringSubmatch(s.shape)
		if m == nil {
			continue
		}
		k, err := strconv.Atoi(m[1])
		if err != nil || k >= len(s.names) {
			continue
		}
		if !predicateOfIncident(m[2]) {
			continue
		}
		w := 2.0
		if prose <= 3 && s.idx >= 3 {
			// A lead under a press release's dateline and contact
			// lines is a lead all the same.
			w = 3
		}
		hits = append(hits, cueHit{mention: s.names[k].text, weight: w, evidence: s.text, idx: s.idx})
	}
	return hits
}

// predicateOfIncident reports whether the first words after a subject
// read as a predicate of its own: not a speech or business verb, not a
// noun that makes the name a modifier, not a list going on.
func predicateOfIncident(words string) bool {
	for i, w := range strings.Fields(words) {
		if enCommentVerbs[w] || i == 0 && (enCommentNouns[w] || enNotPredicate[w]) {
			return false
		}
	}
	return true
}
