package incident

import (
	"regexp"
	"strings"
)

// unitNouns maps a noun that counts records or people to the unit reported.
// Files and documents are deliberately absent: a count of stolen files is
// not a count of records or people.
var unitNouns = map[string]string{}

func init() {
	for unit, words := range map[string][]string{
		"records":     {"records", "record", "rows", "entries", "data records", "lines"},
		"people":      {"people", "persons", "individuals", "victims", "households", "families", "lives", "identities", "americans", "residents", "citizens", "taxpayers", "voters", "participants", "volunteers", "veterans", "retirees", "pensioners", "claimants", "recipients", "visitors", "attendees", "inmates", "seniors", "adults", "minors", "homeowners", "renters", "occupants", "residents'", "constituents", "claimants'", "learners", "applicants'", "survivors", "clients'", "dependents", "dependants", "contacts", "individual contacts", "beneficiaries'", "tenants", "leaseholders", "lessees", "guardians", "parishioners", "congregants"},
		"customers":   {"customers", "customer", "clients", "consumers", "shoppers", "buyers", "guests", "passengers", "travelers", "travellers", "policyholders", "cardholders", "card holders", "patrons", "ticket holders", "ticketholders", "ticket buyers", "diners", "readers", "listeners", "viewers", "bidders", "account holders", "accountholders", "policy holders", "borrowers", "beneficiaries", "enrollees", "members", "subscribers", "donors", "supporters", "backers", "pledgers", "fans", "investors", "owners", "riders", "drivers", "sellers", "merchants", "business partners", "trading partners", "business contacts", "business customers", "corporate customers", "corporate clients", "business clients"},
		"users":       {"users", "user", "players", "gamers", "profiles", "usernames", "logins"},
		"accounts":    {"accounts", "account"},
		"patients":    {"patients"},
		"employees":   {"employees", "staff", "workers", "staffers", "personnel", "teachers", "students", "applicants", "candidates", "job seekers", "alumni", "parents", "children", "pupils", "seafarers", "crew", "crew members", "contractors", "nurses", "physicians", "doctors", "caregivers", "faculty", "officers", "agents", "dealers", "franchisees", "interns", "trainees", "athletes", "associates", "team members", "colleagues"},
		"credentials": {"credentials", "passwords", "password hashes", "login credentials"},
		"email addresses": {"email addresses", "e-mail addresses", "emails", "email accounts",
			"mail addresses", "email address"},
		"phone numbers": {"phone numbers", "telephone numbers", "mobile numbers"},
		"card numbers":  {"card numbers", "credit cards", "debit cards", "payment cards", "cards", "credit card numbers", "card details"},
		"ssns":          {"social security numbers", "ssns", "national insurance numbers", "passport numbers"},
	} {
		for _, w := range words {
			unitNouns[w] = unit
		}
	}
}

// unitGapWords may stand between a number and its noun: "3 million Facebook
// users", "500,000 current and former employees", "2 million of its customers".
var unitStopWords = map[string]bool{
	"in": true, "at": true, "on": true, "to": true, "from": true, "by": true, "for": true,
	"with": true, "per": true, "was": true, "were": true, "is": true, "are": true, "has": true,
	"have": true, "had": true, "been": true, "be": true, "will": true, "would": true,
	"could": true, "that": true, "which": true, "who": true, "since": true, "after": true,
	"before": true, "during": true, "than": true, "or": true, "a": true, "an": true,
	"times": true, "years": true, "days": true, "months": true, "hours": true, "servers": true,
	"files": true, "documents": true, "companies": true, "organizations": true,
	"organisations": true, "countries": true, "ransom": true, "dollars": true,
}

// partOfWholeRe follows a part with the whole it is counted from, up to
// the whole's figure: " of our 15,302", " out of the 40".
var partOfWholeRe = regexp.MustCompile(`^\s+(?:out\s+)?of\s+(?:our|its|their|the|all)\s+(?:(?:total|roughly|about|around|approximately|some)\s+)?\d[\d,.]*(?:\s?(?:million|thousand))?`)

var wordRe = regexp.MustCompile(`[A-Za-z][A-Za-z\-']*|[^\sA-Za-z]`)

// demonymRe matches words such as Americans, Japanese, Britons.
var demonymRe = regexp.MustCompile(`^[A-Z][a-z]+(?:ans|ese|ons)$`)

// englishUnit finds the noun a number at s[:end] counts, looking at most
// four words ahead; it returns "" when there is none.
func englishUnit(s string, end int) (string, int) {
	rest := s[end:]
	if m := partOfWholeRe.FindString(rest); m != "" {
		// "8,914 of our 15,302 backers": the part counts what the
		// whole does.
		return englishUnit(s, end+len(m))
	}
	// "211,874 current and former electricity and gas customers": a few
	// words of description may stand before the unit.
	words := wordRe.FindAllStringIndex(rest, 9)
	for i, w := range words {
		if i >= 8 {
			break
		}
		word := strings.TrimRight(rest[w[0]:w[1]], "'")
		lw := strings.ToLower(word)
		if i == 0 && sizeUnits[lw] {
			// "320 GB of patients' files": a size, not a count.
			return "", 0
		}
		if i+1 < len(words) {
			next := rest[words[i+1][0]:words[i+1][1]]
			if words[i+1][0]-w[1] <= 1 {
				if u, ok := unitNouns[lw+" "+strings.ToLower(next)]; ok {
					return u, end + words[i+1][1]
				}
			}
		}
		if u, ok := unitNouns[lw]; ok {
			return u, end + w[1]
		}
		if pre, noun, ok := strings.Cut(lw, "-"); ok && unitPrefixes[pre] {
			// "current and ex-staff", "ex-employees".
			if u, ok := unitNouns[noun]; ok {
				return u, end + w[1]
			}
		}
		if demonymRe.MatchString(word) {
			if i+1 < len(words) && bodyNouns[strings.ToLower(rest[words[i+1][0]:words[i+1][1]])] {
				// "96 Japanese organisations": a count of bodies.
				return "", 0
			}
			return "people", end + w[1]
		}
		if i == 0 && strings.ContainsAny(word, "\"”’»」") && strings.Trim(word, "\"”’»」") == "" {
			// '"more than 61,000" plan members': the quote closes
			// around the figure, the unit follows it.
			continue
		}
		if word == "." && i > 0 && abbreviationWord(rest[words[i-1][0]:words[i-1][1]]) {
			// "5,930 St. Aldric's patients": the dot of a name's
			// abbreviation.
			continue
		}
		if !isWordToken(word) || unitStopWords[lw] {
			return "", 0
		}
	}
	return "", 0
}

// bodyNouns count organisations and things, not people, after a demonym.
var bodyNouns = wordSet(`companies organizations organisations firms businesses countries servers files documents institutions entities agencies banks hospitals universities brands manufacturers retailers sites websites`)

// sizeUnits measure data, not people or records.
var sizeUnits = wordSet(`gb tb mb kb pb gigabytes terabytes megabytes petabytes gib tib mib bytes`)

// abbreviationWord reports a capitalised abbreviation that a name may
// open with or hold, written with a dot: St., Mt., Ft., Dr.
func abbreviationWord(w string) bool {
	switch w {
	case "St", "Mt", "Ft", "Dr", "Sta", "Ste":
		return true
	}
	return false
}

func isWordToken(w string) bool {
	return w != "" && (isASCIILetter(w[0]) || w == "-")
}

// unitPrefixes are the prefixes a unit noun may carry after a hyphen:
// ex-staff, non-members.
var unitPrefixes = wordSet(`ex former non co sub`)
