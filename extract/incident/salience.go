package incident

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// sentenceNames are the organisation names one sentence writes, with
// where the sentence stands.
type sentenceNames struct {
	title bool
	idx   int
	// other marks a sentence that recalls another or an earlier incident.
	other bool
	names []string
	// text is the sentence, lower-cased, for references such as "the
	// institute".
	text string
}

// salience measures how central each canonical name is to an article:
// whether the headline and the lead name it and how many sentences do.
// Cue hits say what happened to a name; salience says whether the article
// is about it.
type salience struct {
	count       map[string]int
	title, lead map[string]bool
	mention     map[string]string
	// onlyOther marks names written only in sentences about other incidents.
	onlyOther map[string]bool
}

// newSalience counts the canonical names of an article's sentences.
func newSalience(sns []sentenceNames, canon canonFunc) salience {
	s := salience{count: map[string]int{}, title: map[string]bool{}, lead: map[string]bool{}, mention: map[string]string{}, onlyOther: map[string]bool{}}
	for _, sn := range sns {
		seen := map[string]bool{}
		for _, m := range sn.names {
			name, _ := canon(m)
			if name == "" {
				continue
			}
			key := strings.ToLower(name)
			if _, ok := s.mention[key]; !ok {
				s.mention[key] = m
				s.onlyOther[key] = true
			}
			if !sn.other {
				s.onlyOther[key] = false
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			s.count[key]++
			switch {
			case sn.title:
				s.title[key] = true
			case sn.idx < 2:
				s.lead[key] = true
			}
		}
	}
	s.countReferences(sns, canon)
	return s
}

// countReferences counts, for a name ending in a head noun such as
// Institute or Hospital, the further sentences that refer back to it as
// "the institute".
func (s salience) countReferences(sns []sentenceNames, canon canonFunc) {
	for key := range s.mention {
		f := strings.Fields(key)
		if len(f) < 2 || !headNouns[f[len(f)-1]] {
			continue
		}
		ref := "the " + f[len(f)-1]
		for _, sn := range sns {
			if sn.title || !strings.Contains(sn.text, ref) {
				continue
			}
			named := false
			for _, m := range sn.names {
				if name, _ := canon(m); strings.ToLower(name) == key {
					named = true
				}
			}
			if !named {
				s.count[key]++
			}
		}
	}
}

// headNouns end names that the text refers back to with "the": the
// institute, the hospital, the district.
var headNouns = wordSet(`institute hospital district university college school council bank insurer exchange
foundation association trust charity clinic museum library agency authority retailer airline
county city town borough township`)

// score rates how central a name is: a headline name counts most, then
// one in the first sentences, then every further sentence naming it.
func (s salience) score(key string) float64 {
	v := 0.5 * float64(min(s.count[key], 4))
	if s.title[key] {
		v += 2
	}
	if s.lead[key] {
		v += 1.5
	}
	return v
}

// bonus is what salience adds to a name that cues already point at: a
// little for every further sentence naming it.
func (s salience) bonus(key string) float64 {
	return 0.5 * float64(min(max(s.count[key]-1, 0), 3))
}

var (
	// enOtherIncidentRe marks a sentence recalling another or an earlier
	// incident: "last year's breaches at Optus and Medibank".
	enOtherIncidentRe = regexp.MustCompile(`(?i)\b(?:last year|previous(?:ly)?|years ago|back in|earlier (?:breach|attack|hack|incident)s?|(?:breach|attack|hack|incident)s? (?:last|earlier this) (?:year|month)|in (?:19|20)\d\d\b|(?:19|20)\d\d (?:attack|breach|hack|incident)|(?:the|a) (?:string|series|spate|wave|run) of|followed (?:an? |the )?(?:[a-z\-]+ ){0,2}?(?:breach|attack|hack|incident|intrusion|cyberattack)|in the wake of|comes? (?:\w+ )?(?:weeks? |months? |days? |years? )?after|(?:a|an) (?:separate|unrelated|different) (?:attack|breach|hack|incident|intrusion|cyberattack)|last (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter))\b`)
	jaOtherIncidentRe = regexp.MustCompile(`昨年|前年|過去に|過去の|かつて|以前(?:に|にも|の(?:事案|事件|被害|攻撃|不正))|年前|年に発覚|(?:19|20)\d\d年(?:には|にも|の)|をめぐっては|に続き|相次|(?:した|された)(?:事案|事件|事例)など|(?:19|20)\d\d年に[^。]{0,60}?(?:した|された)(?:事案|事件|事例)`)
)

var yearRe = regexp.MustCompile(`(?:19|20)\d\d`)

// oldYear reports a sentence naming a year at least two years before the
// article's: a lead that opens with an old incident recalls it.
func oldYear(text string, year int) bool {
	if year == 0 {
		return false
	}
	for _, y := range yearRe.FindAllString(text, -1) {
		if n, err := strconv.Atoi(y); err == nil && n <= year-2 {
			return true
		}
	}
	return false
}

// jaFormerPeopleRe finds former members, customers or staff: 過去の入居者.
var jaFormerPeopleRe = regexp.MustCompile(`過去の(?:入居者|会員|利用者|ご利用者|顧客|お客様|お客さま|従業員|社員|職員|患者|在籍者|卒業生|取引先|契約者|受講者|応募者|購入者)`)

// otherIncident reports a sentence that recalls another or an earlier
// incident.
func otherIncident(text string, ja bool) bool {
	if ja {
		// 現在および過去の入居者, 過去に登録した会員: who the figure
		// counts, not an earlier incident.
		text = jaPastMembersRe.ReplaceAllString(jaFormerPeopleRe.ReplaceAllString(text, ""), "")
		return jaOtherIncidentRe.MatchString(text)
	}
	// "As previously reported", "the previously disclosed incident": a
	// filing's or an update's word for the incident it updates.
	return enOtherIncidentRe.MatchString(enSameIncidentRe.ReplaceAllString(text, ""))
}

// enSameIncidentRe finds the words an update uses for the incident it
// updates, which are no earlier incident's.
var enSameIncidentRe = regexp.MustCompile(`(?i)\bas (?:previously|earlier) (?:reported|disclosed|announced|stated|notified)\b|\b(?:the|our|its) previously (?:reported|disclosed|announced) (?:[a-z\-]+ ){0,2}?(?:incident|breach|attack|intrusion|event)\b`)

// fallbackVictim picks, when no cue settled the victim, the name an
// article about a breach is plainly about: named in the headline or lead
// and again later, by no one rated a commenter. It returns nil when no
// name stands out.
//
// In English the name must also stand in a breach's place in some
// sentence (breachRole): the subject of an attack verb or its object.
//
// Japanese names are less sure (a noun run may be a place or a product),
// so there the headline must name the victim and the name must read as an
// organisation's.
func fallbackVictim(sal salience, sns []sentenceNames, cands map[string]*victimCandidate, roles map[string]bool, exclude func(name string, h cueHit) bool, canon canonFunc, ja bool) *victimCandidate {
	var best *victimCandidate
	second := 0.0
	bestScore := 0.0
	for _, sn := range sns {
		if sn.title && !ja && enTrendTitleRe.MatchString(sn.text) {
			// A headline on a statistic's move names its publisher.
			return nil
		}
	}
	advisory := false
	for _, sn := range sns {
		advisory = advisory || !ja && enVulnerabilityRe.MatchString(sn.text)
	}
	for key, m := range sal.mention {
		if !sal.title[key] && !sal.lead[key] || sal.count[key] < 2 || sal.onlyOther[key] {
			continue
		}
		name, _ := canon(m)
		if name == "" || exclude(name, cueHit{mention: m}) || ja && (!sal.title[key] || !jaOrgLike(name)) || !ja && (deviceName(name) || advisory && deviceName(m)) {
			// ("Verrantec FieldLink PLC" over an advisory on its
			// firmware: the controllers, not a public limited company.)
			continue
		}
		c := cands[key]
		if c != nil && c.roles > 0 || roles[key] {
			// A name that comments, researches or is taken down is
			// not the one breached.
			continue
		}
		if !ja && advisory && !breachRole(sns, key, canon) {
			// An advisory names the maker of the flawed product in its
			// headline and lead: only a breach's place makes a victim.
			continue
		}
		if !ja && signals(sal.title[key] || titleKind(sns, key), sal.lead[key], breachRole(sns, key, canon)) < 2 {
			// Named often is not enough in English: two of headline,
			// lead and a breach's place in a sentence must agree.
			continue
		}
		v := sal.score(key)
		if orgLike(name) {
			v += 0.5
		}
		if c == nil {
			c = &victimCandidate{key: key, victim: Victim{Name: name, Mention: m}, first: 1 << 30}
		}
		switch {
		case v > bestScore:
			second, bestScore, best = bestScore, v, c
		case v > second:
			second = v
		}
	}
	if best == nil || bestScore < 3 || bestScore-second < 1 {
		return nil
	}
	return best
}

// enVulnerabilityRe finds the words of an advisory on a device's flaw:
// its firmware, "successful exploitation of this vulnerability".
var enVulnerabilityRe = regexp.MustCompile(`(?i)\b(?:firmware|programmable logic controllers?|successful exploitation of (?:this|these) vulnerabilit(?:y|ies)|affected products?:|^(?:a|an) (?:[\w-]+ ){0,3}?vulnerability (?:in|exists in|has been (?:found|identified|discovered) in)\b)`)

// deviceWords end the names of products an advisory is about, not of a
// body breached: "Haldrix PLCs", "Corvane VPN appliances".
var deviceWords = wordSet(`plc plcs hmi hmis router routers firewall firewalls appliance appliances controller controllers
device devices camera cameras gateway gateways switch switches modem modems server servers printer printers
drive drives nas vpn vpns firmware plugin plugins extension extensions`)

// deviceName reports a name whose last word is a kind of device.
func deviceName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && deviceWords[f[len(f)-1]]
}

// orgWords end the names of organisations.
var orgWords = wordSet(`inc corp corporation co ltd llc plc gmbh group holdings company bank university college
school district hospital clinic health healthcare medical center centre institute foundation association
council city county airlines airways insurance financial services systems technologies labs games
outfitters logistics freight lines telecom network networks energy pharmacy trust charity partners dental`)

// orgLike reports a name that ends like an organisation's, or is written
// in capitals as many are.
func orgLike(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return orgWords[strings.ToLower(last)] || len(f) == 1 && isInitialism(last) || strings.ToUpper(name) == name && len(name) > 2 || jaInstitutionEnd(name)
}

// jaOrgLike reports a name in a Japanese text that reads as an
// organisation's: a well-known company, a Latin-script name, or one ending
// in a corporate or institution word.
func jaOrgLike(name string) bool {
	if _, ok := englishCanon[latinKey(name)]; ok || !hasJapanese(name) {
		return true
	}
	if jaInstitutionEnd(name) {
		return true
	}
	for w := range jaCorporateWords {
		if utf8.RuneCountInString(w) >= 2 && strings.HasSuffix(name, w) && name != w {
			return true
		}
	}
	return false
}

var (
	// enBreachSubjectRe finds, after a name, a verb of its being breached
	// or of its telling of its breach: "X was hit", "X suffered", "X has
	// been struggling to restore", "X's systems are down".
	enBreachSubjectRe = regexp.MustCompile(`^(?:\([^)]{0,40}\) ?)?(?:,[^,]{0,140}, )?(?:'s? )?(?:[a-z\-]+ ){0,3}?(?:hit|mail\w*|sending|breached|hacked|attacked|targeted|compromised|struck|infected|encrypted|suffered|suffers|experienced|disclosed|discloses|confirmed|confirms|detected|discovered|learned|notified|notifies|restor\w*|recover\w*|offline|down|disrupted|exposed|leaked|stolen|accessed)\b`)
	// enBreachObjectRe finds, before a name, an attack on it: "attack on",
	// "breach at", "hackers hit", "data stolen from".
	enBreachObjectRe = regexp.MustCompile(`\b(?:(?:breach|breaches|hack|attack|attacks|cyberattack|cyber-attack|intrusion|incident|ransomware|outage|leak|compromise|theft) (?:at|on|of|against|affecting|targeting|hitting)|hit|hits|breached|hacked|attacked|targeted|struck|compromised|claims|claimed|listed|lists|from|victim|victims) (?:the |a |an )?(?:[a-z\-]+ ){0,2}?$`)
)

// breachRole reports whether some sentence not about another incident
// puts the name key in a breach's place: the subject of a breach verb,
// or the object of an attack. The test reads the lower-cased text around
// each mention.
func breachRole(sns []sentenceNames, key string, canon canonFunc) bool {
	for _, sn := range sns {
		if sn.other || enNotExploitedRe.MatchString(strings.ToLower(sn.text)) {
			// ("Halden is not aware of any malicious use of this
			// vulnerability": a maker speaking of its product's flaw.)
			continue
		}
		for _, m := range sn.names {
			if name, _ := canon(m); strings.ToLower(name) != key || m == "" {
				continue
			}
			if anyOccurrence(sn.text, strings.ToLower(m), 0, func(i, end int) bool {
				before, after := sn.text[max(0, i-60):i], strings.TrimLeft(sn.text[end:], " ")
				return enBreachObjectRe.MatchString(before) || enBreachSubjectRe.MatchString(after) && enBreachRe.MatchString(sn.text)
			}) {
				return true
			}
		}
	}
	return false
}

// signals counts the independent signs that hold.
func signals(signs ...bool) int {
	n := 0
	for _, b := range signs {
		if b {
			n++
		}
	}
	return n
}

// titleKind reports a headline that writes the kind of organisation a
// name ends in without naming it: "intrusion at a regional land trust"
// for the Osprey Land Trust.
func titleKind(sns []sentenceNames, key string) bool {
	f := strings.Fields(key)
	if len(f) < 2 || !headNouns[f[len(f)-1]] && !orgWords[f[len(f)-1]] {
		return false
	}
	for _, sn := range sns {
		if sn.title {
			return regexp.MustCompile(`\b(?:a|an|the) (?:[a-z\-]+ ){0,3}` + regexp.QuoteMeta(f[len(f)-1]) + `\b`).MatchString(sn.text)
		}
	}
	return false
}
