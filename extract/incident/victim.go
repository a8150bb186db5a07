package incident

import (
	"regexp"
	"sort"
	"strings"
)

// victimCandidate gathers the cues pointing at one canonical name.
type victimCandidate struct {
	key    string
	victim Victim
	score  float64
	strong bool
	// stated marks a cue that says outright what befell the name.
	stated   bool
	roles    int
	bestCue  float64
	together map[string]bool
	first    int
}

// weigh scales a cue by where it stands: headlines and leads say what an
// article is about.
func weigh(h cueHit) float64 {
	switch {
	case h.title:
		return h.weight * 2
	case h.idx < 3:
		return h.weight * 1.5
	}
	return h.weight
}

// canonFunc maps a mention to its canonical name and the unit it names
// (empty when the mention is the organisation itself).
type canonFunc func(mention string) (name, unit string)

// victimInput is what chooseVictims weighs for one article.
type victimInput struct {
	hits, roles []cueHit
	canon       canonFunc
	// exclude reports names that cannot be victims (threat actors,
	// commenters).
	exclude func(name string, h cueHit) bool
	// brands maps a parent's mention to a separately branded unit the
	// text names as its own; when both are candidates the unit is the
	// victim and takes the parent's cues (the parent speaks for it).
	brands map[string]string
	// names are the names of every sentence, for salience.
	names []sentenceNames
	// breach says the article is about a breach (headline or lead), which
	// lets a salient name be the victim without a cue.
	breach bool
	// product says the article launches a product or advises on a flaw:
	// only strong cues name a victim there.
	product bool
	// contractors are the names (canonical, lower case) a client's
	// sentence says it entrusted work to: in the client's story their
	// cues are weak wherever they stand.
	contractors map[string]bool
	ja          bool
	// year is the year of publication, 0 when unknown.
	year int
	// publisher is the organisation whose site the page stands on, ""
	// when unknown or an outlet: a breach the page tells of in a sentence
	// naming its own publisher is the publisher's.
	publisher string
}

// jaEntrustRe ends with the words that make the next name a contractor:
// 印刷を委託していた|ツバメ印刷, 委託先の|ツバメ印刷.
var jaEntrustRe = regexp.MustCompile(jaEntrusted + `[^。、]{0,6}$`)

// jaEntrusted are the words that entrust work to the name after them.
const jaEntrusted = `委託(?:して|され)?(?:いた|いる|する|している|していた|先|先の|先である)`

// entrustedTo reports a mention that a sentence names as the contractor
// its subject entrusted work to: the client tells of the contractor's
// breach, so the sentence does not point at the contractor alone.
func entrustedTo(evidence, mention string) bool {
	i := strings.Index(evidence, mention)
	return i > 0 && jaEntrustRe.MatchString(evidence[:i])
}

// chooseVictims turns cue hits into the article's victims.
func chooseVictims(in victimInput) []Victim {
	canon, exclude := in.canon, in.exclude
	sal := newSalience(in.names, canon)
	cands := map[string]*victimCandidate{}
	perSentence := map[string]float64{} // key+sentence → best weight so far
	direct := map[string]string{}       // sentence → the name a direct cue points at there
	if in.ja {
		// 〇〇、ランサムウェア被害を受けた△△の復旧支援を完了: where a sentence
		// says outright whom the damage befell, its subject only speaks.
		for _, h := range in.hits {
			if h.weight >= 4 && !entrustedTo(h.evidence, h.mention) {
				if name, _ := canon(h.mention); name != "" && !exclude(name, h) {
					if prev, ok := direct[h.evidence]; ok && prev != strings.ToLower(name) {
						direct[h.evidence] = "\x00" // two names: no one stands out
					} else {
						direct[h.evidence] = strings.ToLower(name)
					}
				}
			}
		}
	}
	for i, h := range in.hits {
		name, unit := canon(h.mention)
		if name == "" || exclude(name, h) {
			continue
		}
		if d, ok := direct[h.evidence]; ok && h.weight < 4 && d != "\x00" && d != strings.ToLower(name) {
			continue
		}
		key := strings.ToLower(name)
		c := cands[key]
		if c == nil {
			c = &victimCandidate{key: key, victim: Victim{Name: name, Mention: h.mention}, together: map[string]bool{}, first: i}
			cands[key] = c
		}
		if unit != "" && !contains(c.victim.Units, unit) {
			c.victim.Units = append(c.victim.Units, unit)
		}
		for _, o := range h.list {
			if on, _ := canon(o); on != "" && strings.ToLower(on) != key {
				c.together[strings.ToLower(on)] = true
			}
		}
		w := weigh(h)
		if in.ja && (entrustedTo(h.evidence, h.mention) || in.contractors[strings.ToLower(name)]) {
			// 町は、…を委託している北栄印刷がランサムウェア攻撃を受け…
			// と発表した: the client tells of its contractor's breach.
			w = min(w, 2)
		}
		if !in.ja && disowned(h.evidence, h.mention) {
			// "had nothing to do with the attack on X": X is another
			// incident's victim, however early it is named.
			w = 0
		}
		if !h.title && otherIncident(h.evidence, in.ja) && !sal.title[key] && (!sal.lead[key] || oldYear(h.evidence, in.year)) {
			// "last year's breaches at Optus and Medibank": another
			// incident's victims, named in passing.
			w /= 4
		}
		sk := key + "\x00" + h.evidence
		if prev := perSentence[sk]; w > prev {
			c.score += w - prev
			perSentence[sk] = w
		}
		if w > c.bestCue {
			c.bestCue, c.victim.Evidence = w, h.evidence
			if unit == "" || c.victim.Mention == "" {
				c.victim.Mention = h.mention
			}
		}
		if h.weight >= 4 || h.title && h.weight >= 3 {
			c.strong = true
		}
		if h.weight >= 4 && !h.title {
			// A launch's headline speaks of ransomware around its
			// maker's name; only a cue that says outright what befell
			// the maker makes it a victim there.
			c.stated = true
		}
	}
	for _, r := range in.roles {
		name, _ := canon(r.mention)
		if c := cands[strings.ToLower(name)]; c != nil {
			c.roles++
		}
	}
	mergeBrands(cands, in.brands, canon)
	pub := ""
	if in.publisher != "" {
		if name, _ := canon(in.publisher); name != "" {
			pub = strings.ToLower(name)
		}
	}
	list := make([]*victimCandidate, 0, len(cands))
	for _, c := range cands {
		c.score -= 2 * float64(c.roles)
		if c.score > 0 {
			c.score += sal.bonus(c.key)
			if pub != "" && c.key == pub {
				c.score += 1.5
			}
		}
		if c.score >= 3 && (!in.product || c.stated) {
			list = append(list, c)
		}
	}
	if len(list) == 0 {
		if !in.breach || in.product {
			return nil
		}
		if c := fallbackVictim(sal, in.names, cands, roleNames(in.roles, canon), exclude, canon, in.ja); c != nil {
			return []Victim{c.victim}
		}
		return nil
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		return list[i].first < list[j].first
	})
	top := list[0]
	out := []Victim{top.victim}
	for _, c := range list[1:] {
		if c.strong && c.score >= 0.8*top.score && top.together[c.key] {
			out = append(out, c.victim)
		}
	}
	return out
}

// mergeBrands hands a parent's cues to the separately branded unit it
// speaks for, when both are candidates.
func mergeBrands(cands map[string]*victimCandidate, brands map[string]string, canon canonFunc) {
	for parent, unit := range brands {
		pn, _ := canon(parent)
		un, _ := canon(unit)
		p, u := cands[strings.ToLower(pn)], cands[strings.ToLower(un)]
		if p == nil || u == nil || p == u {
			continue
		}
		u.score += p.score
		u.strong = u.strong || p.strong
		delete(cands, p.key)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// commenters are security vendors, news outlets and authorities that speak
// about incidents far more often than they suffer one. They are victims only
// with direct cues ("Mandiant was breached").
var commenters = wordSet(strings.ToLower(`mandiant fireeye crowdstrike kaspersky eset symantec broadcom sophos
trendmicro checkpoint paloaltonetworks unit42 recordedfuture cybereason sentinelone sentinellabs
proofpoint emsisoft group-ib groupib bitdefender malwarebytes tenable rapid7 secureworks talos
ciscotalos huntress darktrace mcafee trellix avast norton gendigital kela hudsonrock flashpoint
intel471 cyble socradar falconfeeds ransomlooker ransomwatch haveibeenpwned hibp troyhunt
bleepingcomputer zdnet techcrunch reuters bloomberg therecord securityweek databreaches
databreachesnet wired theregister cnn bbc nhk kyodo nikkei asahishimbun yomiuri mainichi jiji itmedia
fbi cisa nsa ncsc jpcert jpcertcc ipa nisc europol interpol ico sec hhs ocr ftc doj police
nationalpolice npa ministry attorneygeneral dhs cert nist mitre microsoftthreatintelligence
googlethreatintelligence googlethreatanalysisgroup tag mandiantintelligence oaic opc dpc cnil aepd
garante ppc acsc anssi`))

// isCommenter reports whether a name is a known commenter.
func isCommenter(name string) bool {
	return commenters[latinKey(name)] || agencyRe.MatchString(name) || responseTeamRe.MatchString(name) && !strings.EqualFold(name, "concert")
}

// responseTeamRe matches a response team's name written as one word in
// capitals: MSCERT, KrCERT/CC, FS-ISAC (a whole name: not "Sapporo Concert
// Hall").
var responseTeamRe = regexp.MustCompile(`^[A-Z][A-Za-z]{0,7}-?(?:CERT|CSIRT|CIRT|ISAC)(?:/CC)?$`)

// agencyRe finds the names of authorities and response teams, which speak
// about incidents: National Cyber Security Centre, Federal Bureau of
// Investigation, Financial Services Agency. Ministries and departments are
// left out: they are breached as often as they comment.
var agencyRe = regexp.MustCompile(`(?i)\b(?:cyber ?security (?:cent(?:re|er)|directorate|council)|security cent(?:re|er)|infrastructure security agency|bureau of investigation|national crime agency|police|constabulary|commission|commissioner|regulator|supervisory|data protection (?:authority|agency)|financial services agency|cert|csirt|prosecutors?|attorney general|superintendent|ombudsman|inspector general|department of financial services|financial conduct authority|prudential regulation authority|gendarmerie|consumer (?:protection|affairs) (?:division|bureau|office|unit|section|department|agency)|(?:fraud|scam) (?:division|bureau|unit|squad)|cyber\b.{0,30}\b(?:agency|cent(?:re|er)|authority|directorate|command)|(?:national|federal|government) (?:cyber |network |information |infrastructure |computer |communications? )?security (?:office|agency|bureau|authority|directorate)|infrastructure security (?:office|bureau|authority|directorate))\b`)

// roleNames returns the canonical names (lower-cased) that role cues
// point at: researchers, outlets, authorities and the services they take
// down.
func roleNames(roles []cueHit, canon canonFunc) map[string]bool {
	out := map[string]bool{}
	for _, r := range roles {
		if name, _ := canon(r.mention); name != "" {
			out[strings.ToLower(name)] = true
		}
	}
	return out
}

// foldName case-folds a name for comparison.
func foldName(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// enDisownRe finds a phrase setting what follows apart from the article's
// incident: "had nothing to do with", "is unrelated to".
var enDisownRe = regexp.MustCompile(`(?i)\b(?:nothing to do with|unrelated to|unconnected (?:to|with)|not (?:connected|linked|related|tied) (?:to|with)|no (?:connection|link) (?:to|with)|separate from|distinct from)\b`)

// selfDenialRe follows a name that denies its own systems were breached,
// or that sets the incident apart from another ("Halden said it was
// unrelated to the incident at its Japanese unit").
var selfDenialRe = regexp.MustCompile(`(?i)^[^.;]{0,60}?\b(?:said|says|stated|insisted|maintained|confirmed)\b[^.;]{0,40}?\b(?:its|their) (?:own )?(?:systems|network|networks|servers|platform|infrastructure)(?: had| have| has| were| was)? (?:not|never) (?:been )?(?:breached|compromised|hacked|accessed|affected)\b|^[^.;]{0,40}?\b(?:said|says|stated)\b (?:that )?(?:it|this|the (?:attack|incident|breach)) (?:was|is) (?:unrelated|not (?:connected|linked|related|tied)) to\b`)

// disowned reports a mention a sentence sets apart from the article's
// incident: the name follows a disowning phrase in the same clause.
func disowned(sentence, mention string) bool {
	for from := 0; mention != ""; {
		i := strings.Index(sentence[from:], mention)
		if i < 0 {
			break
		}
		from += i + len(mention)
		if selfDenialRe.MatchString(sentence[from:]) {
			// "TabiLink said … that its own systems had not been
			// breached".
			return true
		}
	}
	loc := enDisownRe.FindStringIndex(sentence)
	if loc == nil || mention == "" {
		return false
	}
	rest := sentence[loc[1]:]
	i := strings.Index(rest, mention)
	return i >= 0 && i <= 80 && !strings.ContainsAny(rest[:i], ";:")
}
