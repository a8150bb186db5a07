package incident

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"
	"golang.org/x/text/unicode/norm"
)

// maxHits bounds the cue hits weighed for one article, so that the cost of
// choosing its victims stays linear in its length.
const maxHits = 400

// englishVictims finds the victims of an English article.
// productBeforeRe finds the noun that introduces a product's name: "the
// app", "its platform".
var productBeforeRe = regexp.MustCompile(`(?i)\b(?:app|apps|application|platform|service|brand|product|tool|software|game|website|marketplace|device|model|plugin|extension|browser|chatbot|wallet)\s+$`)

// ownerBeforeRe and productAfterRe find a product named after its maker:
// "its Tallyra Payroll service".
var (
	ownerBeforeRe  = regexp.MustCompile(`\b(?:its|their|the company's|the firm's|the company’s|the firm’s)\s+$`)
	productAfterRe = regexp.MustCompile(`^\s+(?:service|services|platform|app|application|software|product|portal|suite|tool|system|website|brand)\b`)
)

// salutationRe is the greeting before the name of whom a letter is
// written to: "Dear Library Community,", "To our Valued Customers:".
var salutationRe = regexp.MustCompile(`^\s*(?:(?:Dear|Hello|Hi|Greetings|To)(?: (?:our|all|the))?(?: valued)?)\s+$`)

func englishVictims(ss []sentence, isActor func(string) bool, year int, publisher, outlet string) []Victim {
	ss = joinRegistrantLines(ss)
	standalone := map[string]string{}
	// unitNames are names written in a sentence that speaks of
	// subsidiaries or dealers: there a longer name that starts with
	// another is a unit of it, elsewhere the shorter one is a nickname.
	unitNames, operators := map[string]bool{}, map[string]bool{}
	inTitle := map[string]bool{}
	joins := recurringPossessives(ss)
	brands := lowercaseBrands(ss)
	native := map[string]string{}
	es := englishShapes(ss, joins, brands, native)
	for i := range es {
		s := es[i].sentence
		if s.title && len(es[i].names) > 0 && strings.HasPrefix(es[i].shape, "N0 ") && isActor(es[i].names[0].text) {
			// "Akira lists Tarrow Castings": a headline led by a
			// catalogued group speaks of what the group did to the
			// organisation after it.
			es[i].shape = "threatgroup " + es[i].shape[len("N0 "):]
		}
		for _, n := range es[i].names {
			if s.title {
				inTitle[strings.ToLower(stripEnglishForms(n.text, true))] = true
			}
		}
		if subsidiaryRe.MatchString(s.text) {
			for _, n := range es[i].names {
				// The headline's name is the organisation the article is
				// about, not one of its units.
				// A name ending as a company's own full name does
				// ("Tancho Precision Industries, a Japanese maker…,
				// … its Thai subsidiary") is the parent's.
				if k := strings.ToLower(stripEnglishForms(n.text, true)); !inTitle[k] && !ownNameRest[finalWord(k)] {
					unitNames[k] = true
				}
			}
		}
		for _, n := range es[i].names {
			if n.start >= 0 && n.start <= len(s.text) && salutationRe.MatchString(s.text[:n.start]) {
				// "Dear Library Community,": whom a letter greets.
				continue
			}
			if n.start > 0 && n.start <= len(s.text) && productBeforeRe.MatchString(s.text[max(0, n.start-40):n.start]) {
				// "the scheduling app Koyomi Calendar": a product's
				// name, no fuller form of its maker's.
				continue
			}
			if n.start > 0 && n.end <= len(s.text) && ownerBeforeRe.MatchString(s.text[max(0, n.start-20):n.start]) && productAfterRe.MatchString(s.text[n.end:min(len(s.text), n.end+20)]) {
				// "its Tallyra Payroll service": the maker's product
				// under the maker's name, no fuller form of it.
				continue
			}
			if n.end >= 0 && n.end <= len(s.text) && operatorAfterRe.MatchString(s.text[n.end:min(len(s.text), n.end+120)]) {
				// "Crestline Rewards, the operator of the Crest Point
				// programme": a company, whatever its last word.
				operators[strings.ToLower(stripLegalEnglish(n.text))] = true
			}
			n := stripLegalEnglish(n.text)
			if _, seen := standalone[strings.ToLower(n)]; !seen {
				standalone[strings.ToLower(n)] = n
			}
		}
	}
	hits, roles := englishVictimHits(es)
	if len(hits) > maxHits {
		// A text naming thousands of organisations is a list or noise;
		// its first cues are its lead's.
		hits = hits[:maxHits]
	}
	owned, ownerHits := englishPlatformOwners(es)
	hits = append(hits, ownerHits...)
	short := shortForms(es)
	parents := parentsByUnit(es)
	groups := englishGroupForms(es)
	canon := func(m string) (string, string) {
		name, unit := canonEnglishMention(m, short, native, parents, standalone, unitNames, operators)
		if g, ok := groups[latinKey(name)]; ok && name != "" {
			// The text names the group's holding company: the group
			// is the victim, under its group name.
			return g, unit
		}
		return name, unit
	}
	hits = append(hits, subjectHits(es, hits, roles, canon)...)
	caseOnly := map[string]bool{}
	programmes := programmeNames(es)
	fullText := joinedText(ss)
	implausible := map[string]bool{}
	modifiers, people, vendors, tech, press := placeModifiers(es), titledPeople(es), clientVendors(es), technologyNames(es), reporters(es)
	for n := range campaignCodenames(es) {
		tech[n] = true // "a campaign we call PaperLantern": a name for activity, no organisation
	}
	described := placeDescriptions(es)
	research, researchers := researchWriteUp(es, fullText)
	exclude := func(name string, h cueHit) bool {
		if ln := strings.ToLower(name); research && (researcherName(researchers, ln) || researcherName(researchers, strings.ToLower(h.mention)) || h.letterhead && securityVendor(ln)) {
			// "Tessellate Threat Labs | Research" above "we responded to
			// an intrusion at …", "Ridgeline Threat Labs has been
			// tracking a spear-phishing campaign": the researcher's name
			// in its write-up.
			return true
		}
		if isActor(name) || isActor(h.mention) || isCommenter(name) && h.weight < 4 || ownedPlatform(owned, name) || ownOutlet(outlet, h.mention) {
			return true
		}
		if k := strings.ToLower(stripLegalEnglish(h.mention)); modifiers[k] || people[k] || vendors[k] || vendors[strings.ToLower(name)] || tech[k] || press[k] || described[k] {
			return true
		}
		if notVictimName(implausible, name, h, fullText, false) {
			return true
		}
		m := stripLegalEnglish(h.mention)
		if programmes[strings.ToLower(m)] || programmes[strings.ToLower(name)] {
			return true
		}
		if m != strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(h.mention, "'s"), "'")) {
			// A legal form (Larkmoor, Inc.) marks a name, however
			// seldom the text writes it.
			return false
		}
		only, ok := caseOnly[m]
		if !ok {
			_, known := englishCanon[latinKey(m)]
			only = !known && sentenceCaseOnly(m, es)
			caseOnly[m] = only
		}
		return only
	}
	if hosts := hostingVendors(es); len(hosts) > 0 && clientUntouchedRe.MatchString(strings.ToLower(joinedText(ss))) {
		// "Tallis Civic Systems, the vendor that operates the County's
		// payment portal … The County's own network and systems were
		// not affected": the breach was the host's, the client only
		// tells its people.
		base := exclude
		exclude = func(name string, h cueHit) bool {
			return base(name, h) || !hosts[strings.ToLower(stripLegalEnglish(h.mention))] && !hosts[strings.ToLower(name)]
		}
	} else if len(hosts) > 0 {
		// "ClassLedger, the company that hosts the system, alerted
		// the district": the host is a victim only when the text names
		// no other.
		base := exclude
		other := false
		for _, h := range hits {
			name, _ := canon(h.mention)
			k := strings.ToLower(stripLegalEnglish(h.mention))
			if name != "" && h.weight >= 2 && !hosts[k] && !hosts[strings.ToLower(name)] && !base(name, h) {
				other = true
				break
			}
		}
		if other {
			exclude = func(name string, h cueHit) bool {
				return base(name, h) || hosts[strings.ToLower(stripLegalEnglish(h.mention))] || hosts[strings.ToLower(name)]
			}
		}
	}
	if self := definedCompanyName(joinedText(ss)); self != "" {
		// The company a release defines as "the Company" speaks of its
		// own incident: its "believes" and "investigation" are no
		// commenter's.
		kept := roles[:0]
		for _, r := range roles {
			if !strings.EqualFold(stripLegalEnglish(r.mention), self) {
				kept = append(kept, r)
			}
		}
		roles = kept
	}
	return chooseVictims(victimInput{
		hits: hits, roles: roles, canon: canon, exclude: exclude, brands: brandedUnits(es),
		names: englishNameLists(es), breach: englishBreachArticle(es), product: englishProductArticle(es), year: year, publisher: publisher,
	})
}

// clientVendorRe finds a vendor a client's own notice names as its own:
// "our billing vendor Tallyway", "Our practice uses Tallyway Billing, an
// outside company", "an incident at Fenmore Property Services, one of
// the contractors that carries out repairs to our homes". News writing "its vendor X" may be about X's breach. A breach at the vendor that exposed the
// client's data is, in the client's story, the client's incident; the
// vendor is the way in (see testdata/corpus/README.md).
var clientVendorRe = regexp.MustCompile(`N(\d+) , an? (?:[a-z\-]+ ){0,3}?(?:contractor|vendor|provider|processor|subcontractor|supplier) (?:that|which|who) (?:[a-z\-]+ ){1,4}?(?:the|our|its) (?:N\d+ 's |[a-z\-]+ 's )?(?:[a-z\-]+ ){0,2}?(?:payroll|records|data|systems|billing|benefits|website|payments|mailings?|it|email|hr|accounts)\b|\bour (?:[a-z\-]+ ){0,2}?(?:vendor|service provider|provider|supplier|contractor|processor|business associate|billing company|mailing vendor|it provider|partner|warehouse)s? (?:, )?N(\d+) |N(\d+) , one of (?:our|the) (?:[a-z\-]+ ){0,2}?(?:vendors|service providers|providers|suppliers|contractors|processors|business associates)\b|N(\d+) , the (?:[a-z\-]+ ){0,2}?(?:company|vendor|provider|firm|contractor|partner) (?:that|which|who) (?:[a-z]+ ){0,2}?[a-z]+s our\b|N(\d+) , an? (?:[a-z\-]+ ){0,2}?(?:contractor|vendor|provider|company|firm|processor|subcontractor) (?:that|which|who) (?:[a-z\-]+ ){1,5}?for (?:the|our) (?:department|agency|district|county|city|state|authority|hospital|company|bank|board|university|college|school|practice|clinic|plan)\b|\b(?:we|our [a-z]+) (?:uses?|used|engaged|engages|contracts? with|contracted with|relies on|relied on) N(\d+) (?:, )?(?:an? |our )(?:[a-z\-]+ ){0,3}?(?:company|vendor|provider|firm|contractor|processor|service)\b|\bwe (?:keep|kept|store|stored|host|hosted|hold|held|manage|managed) (?:our|the) (?:[a-z\-]+ ){0,3}?(?:in|with|on|through|at) N(\d+) (?:, )?(?:an? |the )(?:[a-z\-]+ ){0,3}?(?:database|platform|service|system|software|provider|vendor|tool|app|application)\b` +
	`|\bour (?:[a-z\-]+ ){0,3}?(?:provider|vendor|processor|supplier|contractor|partner) (?:is|was) N(\d+)` +
	`|\b(?:uses?|used|engaged|engages|relies on|relied on|contracts? with|contracted with) an? (?:outside|third-party|third party|external) (?:company|vendor|provider|firm|contractor|processor) , N(\d+) , to\b` +
	`|N(\d+) , an? (?:[a-z\-]+ ){0,3}?(?:outsourcer|contractor|vendor|provider|processor|printer|supplier|company|firm|operator) (?:that|which) (?:handles|handled|processes|processed|prints|printed|runs|manages|provides|hosts|serves|mails) (?:[a-z\-]+ ){0,4}?for (?:several|many|multiple|dozens of|hundreds of|other|six|five|four|three|two|\d+) (?:[a-z\-]+ )?(?:municipalities|clients|customers|councils|cities|towns|hospitals|schools|districts|companies|businesses|organi[sz]ations|agencies|employers|insurers|banks)\b` +
	`|^N(\d+) (?:has |had )?(?:told|informed|notified|alerted) us (?:that )?(?:[a-z\-]+ ){0,6}?(?:into|to|on|in) (?:its|their) (?:[a-z\-]+ )?(?:network|servers?|systems?|platform|environment)\b`)

// hostingVendorRe finds a company described as the host or the maker of
// a system the story is about: "ClassLedger, the company that hosts the
// system", "Medora, which provides the district's payroll software",
// "Tessaline, Inc. ("Tessaline"), a third-party vendor that processes
// payroll for …".
var hostingVendorRe = regexp.MustCompile(`N(\d+) , (?:the|a|an) (?:[a-z\-]+ |N\d+ ){0,2}?(?:company|vendor|provider|firm|contractor|developer|maker) (?:that|which|who) (?:hosts|runs|operates|provides|supplies|manages|maintains|develops|built|makes|sells) (?:the|its|their|a) (?:N\d+ 's )?(?:[a-z\-']+ ){0,3}?(?:system|platform|software|portal|database|network|website|web page|page|site|app|application|service|tool)s?\b|N(\d+) (?:\( [^)]{1,40} \) )?, (?:the|a|an) (?:[a-z\-]+ ){0,2}?(?:vendor|provider|processor|contractor) (?:that|which|who) (?:processes|handles|runs|manages|administers) (?:payroll|billing|benefits|claims|payments|mailings|hr)\b|N(\d+) , which (?:hosts|runs|operates|provides|supplies|manages|maintains) (?:the|a) (?:[a-z\-']+ ){0,3}?(?:system|platform|software|portal|database|network|website|app|application|service|tool)s?\b`)

// clientUntouchedRe finds a client saying its own systems were not
// breached: "County-owned computers and networks were not involved", "The
// County's own network and systems were not affected", "This wasn't our
// system", "This incident did not involve Kettlebrook's own systems".
var clientUntouchedRe = regexp.MustCompile(`\b(?:(?:the )?(?:county|city|town|district|company|bank|hospital|school|college|university|council|agency|state|practice|clinic|firm|organi[sz]ation|authority)(?:'s|-owned)|our|its) (?:own )?(?:computers?|networks?|systems?|servers?|infrastructure|it systems?|it environment)(?: (?:and|or) (?:computers?|networks?|systems?|servers?))? (?:were|was|are|is|have|has)(?: not| never) (?:been )?(?:affected|involved|impacted|compromised|breached|accessed|touched)\b|\b(?:this|it) (?:wasn't|was not|isn't|is not) our (?:own )?system\b|\b(?:this|the) (?:incident|breach|attack) (?:did not|didn't|does not) (?:involve|affect|touch) (?:(?:[\w&.-]+ ){0,3}[\w&.-]+(?:'s|’s)|our) (?:own )?(?:computers?|networks?|systems?|servers?|environment)\b`)

// ownOutlet reports a mention naming the outlet whose page it is, in full
// or by its last word ("The Ledger confirmed…" in The Wrenfield Ledger):
// the reporter, not a victim.
func ownOutlet(outlet, mention string) bool {
	if outlet == "" {
		return false
	}
	o := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(outlet), "The "))
	m := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(mention), "The "))
	if m == o {
		return true
	}
	f := strings.Fields(o)
	return len(f) > 1 && m == f[len(f)-1] && outletWords[m]
}

// enReporterRe finds a name that reports the story rather than suffers
// it: an outlet or a researcher closing a sentence with "has learned",
// recalling what it "reported at the time", reviewing the files, alerting
// the company, being told something by someone.
var enReporterRe = regexp.MustCompile(`, N(\d+) (?:has|had) (?:learned|learnt|confirmed|found) \.?$|\bas N(\d+) (?:first )?(?:reported|revealed|wrote)\b|^N(\d+) (?:has |had )?(?:reviewed|obtained|saw|has seen) (?:a |the )?(?:sample|copy|copies|documents?|files?|screenshots?|emails?|letter|notice|data)\b|\bafter N(\d+) (?:alerted|contacted|notified|told) (?:the company|the firm|it|them)\b|\b(?:told|confirmed to|said to) N(\d+) (?:in|on|via|by|last|this|that|earlier)\b`)

// reporters returns the names (lower case) enReporterRe finds.
func reporters(es []enSentence) map[string]bool {
	return namesMatching(es, enReporterRe, func(string) bool { return true })
}

// hostingVendors returns the names (lower case) hostingVendorRe finds.
func hostingVendors(es []enSentence) map[string]bool {
	return namesMatching(es, hostingVendorRe, func(string) bool { return true })
}

// clientVendors returns the names (lower case) the text introduces as its
// organisation's vendor.
func clientVendors(es []enSentence) map[string]bool {
	return namesMatching(es, clientVendorRe, func(string) bool { return true })
}

// technologyRe finds a product named as the kind of a server or a store
// that lay open: "an open Elasticsearch cluster", "a misconfigured MongoDB
// instance", "the exposed S3 bucket".
var technologyRe = regexp.MustCompile(`\b(?:an?|the|one|its|their) (?:(?:open|exposed|unsecured|unprotected|misconfigured|unsecured|public|publicly accessible|forgotten|staging|unencrypted|vulnerable|internet-facing|old|legacy) )*N(\d+) (?:clusters?|buckets?|databases?|instances?|servers?|index|indices|deployments?|repositor(?:y|ies)|containers?|dashboards?)\b`)

// technologyNames returns the names (lower case) the text writes only as
// such a technology.
func technologyNames(es []enSentence) map[string]bool {
	// A product is one word (Elasticsearch, MongoDB); "a Glenholt
	// Pharmacy database" is the pharmacy's.
	return namesMatching(es, technologyRe, func(n string) bool { return !strings.Contains(n, " ") })
}

// campaignCodenameRe finds the name a researcher gives a campaign: "a
// campaign we call PaperLantern", "intrusions, which we track as Silent
// Ferry", "an operation tracked as GlassHarbor", the quoted "PaperLantern"
// campaign. Only a researcher's words or a quoted name: "they called the
// hospital's help desk" and "the Halden Foods operation" name firms.
var campaignCodenameRe = regexp.MustCompile(`\b(?:we|researchers|analysts) (?:now )?(?:call|calls|called|track|tracks|tracked|dub|dubs|dubbed|nickname|nicknamed|codename|codenamed|refer to)(?: (?:it|this|them|the (?:campaign|operation|activity|cluster|wave|intrusions?)))?(?: as)? " ?N(\d+)|\b(?:we|researchers|analysts) (?:now )?(?:track|tracks|tracked|refer to) (?:it |this |them |the (?:campaign|operation|activity|cluster|wave|intrusions?) )?as N(\d+)|\bwe (?:call|dub|named?) (?:it |this |the (?:campaign|operation|activity|cluster|wave) )?N(\d+)|\b(?:campaign|operation|activity|cluster|wave|intrusions?|malware|backdoor|implant|loader)s? (?:(?:being|is|are|was|were|now|internally|publicly) )?(?:tracked|dubbed|codenamed|nicknamed) (?:internally |publicly )?(?:as )?"? ?N(\d+)|" N(\d+) " (?:campaign|operation|cluster|wave)s?\b`)

// campaignCodenames returns the names (lower case) a text gives campaigns
// and tools as a researcher names them; they are no victims.
func campaignCodenames(es []enSentence) map[string]bool {
	return namesMatching(es, campaignCodenameRe, func(n string) bool { return stripLegalEnglish(n) == n })
}

// placeModifierRe finds a name written before a description of a business
// and the business's own name: "Leicester accountancy practice Ridgeway &
// Lusk", "Ohio insurer Brandt Mutual", or "an attack on the Tauranga
// charity last month" without the name. The first is where the business
// is (or what it belongs to), not an organisation of the story.
var placeModifierRe = regexp.MustCompile(`(?:^|[^\w ] |\b(?:the|a|an|of|at|in|by|for|from|on|and) )N(\d+) (?:[a-z\-]+ ){0,2}?(?:practice|firm|company|maker|manufacturer|producer|insurer|retailer|chain|operator|provider|hospital|clinic|lender|utility|developer|startup|supplier|distributor|carrier|airline|charity|brewer|brewery|cooperative|processor|wholesaler|grocer|builder|contractor|consultancy|agency|publisher|broadcaster|newspaper|accountants|solicitors|lawyers|dentist|pharmacy|bakery|hotelier|hotel group|care home|nursing home|school|academy|college) N\d+ |\b(?:the|a|an) N(\d+) (?:charity|hospice|hospital|clinic|insurer|retailer|lender|utility|firm|practice|school|college|council|nonprofit|non-profit|foundry|manufacturer|maker|company|business|supplier|brewery|bakery|winery|dealership) (?:last|this|earlier|on|in|at|after|since|and|which|that|who|said|says|was|is|has|had|,|\.)(?: |$)`)

// cityBusinessRe finds a city's name written before a description of a
// business the sentence does not name: "A Kansas City home health agency
// is notifying…", "the Salt Lake City dental practice said".
var cityBusinessRe = regexp.MustCompile(`\b(?:the|a|an) N(\d+) (?:[a-z\-]+ ){0,2}?(?:agency|provider|practice|firm|company|business|insurer|retailer|lender|hospital|clinic|charity|nonprofit|non-profit|manufacturer|maker|supplier|dealership|brewery|bakery|pharmacy|restaurant|hotel|chain|bank|credit union|distributor|wholesaler|contractor) (?:is|was|has|had|said|says|that|which|who|confirmed|disclosed|began|notified|,|\.)(?: |$)`)

// cityWords end the names of cities and towns.
var cityWords = wordSet(`city town village`)

// placeModifiers returns the names (lower case) the text writes only as
// such a modifier, never as a subject of their own.
func placeModifiers(es []enSentence) map[string]bool {
	// A place is one word (Leicester) or a known place; "Ahold Delhaize
	// grocery chain Hannaford" names the parent, not a place.
	out := namesMatching(es, placeModifierRe, func(n string) bool {
		f := strings.Fields(strings.ToLower(stripLegalEnglish(n)))
		return len(f) == 1 || allIn(f, enPlaces) || len(f) == 2 && enPlacePairs[f[0]+"_"+f[1]]
	})
	for n := range namesMatching(es, cityBusinessRe, func(n string) bool {
		f := strings.Fields(strings.ToLower(n))
		return len(f) >= 2 && len(f) <= 3 && cityWords[f[len(f)-1]]
	}) {
		out[n] = true
	}
	return out
}

// placeDescriptions returns the names (lower case) a headline writes as
// a place before words the text's own name for the organisation holds:
// "SafePay Ransomware Hits Ohio Orthopedic Network" over "Castellan
// Orthopedic Group, an Ohio-based network of … clinics". The headline
// describes the victim it does not name; the text never writes the
// descriptive name.
func placeDescriptions(es []enSentence) map[string]bool {
	var title []string
	body := map[string]map[string]bool{} // a body name's words
	for _, s := range es {
		for _, n := range s.names {
			k := strings.ToLower(stripLegalEnglish(n.text))
			if s.title {
				title = append(title, k)
			} else if body[k] == nil {
				body[k] = wordSet(k)
			}
		}
	}
	out := map[string]bool{}
	for _, k := range title {
		f := strings.Fields(k)
		rest := 0
		switch {
		case len(f) >= 3 && enPlacePairs[f[0]+"_"+f[1]]:
			rest = 2
		case len(f) >= 2 && enPlaces[f[0]]:
			rest = 1
		}
		if rest == 0 || body[k] != nil {
			continue
		}
		for b, words := range body {
			bf := strings.Fields(b)
			if len(bf) > len(f)-rest && !enPlaces[bf[0]] && allIn(f[rest:], words) {
				out[k] = true
				break
			}
		}
	}
	return out
}

// personTitleRe finds a name after a person's post written in lower case,
// as news writes it: "managing partner Helen Achterberg", "spokesperson
// Dana Reyes".
var personTitleRe = regexp.MustCompile(`\b(?:(?:managing|senior|founding|equity|name) partner|manager|director|president|ceo|cfo|cto|cio|ciso|founder|co-founder|officer|spokesperson|spokeswoman|spokesman|chair|chairman|chairwoman|superintendent|mayor|administrator|researcher|analyst|professor|attorney|lawyer|counsel|commissioner|executive|principal|dean|secretary|minister|governor|sheriff|detective|inspector|editor|reporter|correspondent|councillor|councilor|councilman|councilwoman|treasurer|clerk) N(\d+) `)

// titledPeople returns the names (lower case) of two or three capitalised
// words the text writes after a person's post: people, not organisations.
func titledPeople(es []enSentence) map[string]bool {
	people := namesMatching(es, personTitleRe, personLikeName)
	// "Chief Executive Nadia Ferreira": a post in capitals before the
	// name; the surname alone names the same person later.
	for _, s := range es {
		for _, n := range s.names {
			words := strings.Fields(n.text)
			lower := make([]string, len(words))
			for i, w := range words {
				lower[i] = strings.ToLower(strings.Trim(w, ".,"))
			}
			if len(words) >= 3 && titledPerson(words, lower) {
				people[lower[len(lower)-1]] = true
			}
		}
	}
	// A signature: a name alone on its line over the writer's post
	// ("Liesl Bramante" / "Internet Storm Watch Handler").
	for i := 0; i+1 < len(es); i++ {
		s, next := es[i], es[i+1]
		if s.title || len(s.names) != 1 || strings.TrimSpace(s.text) != s.names[0].text || !signaturePostRe.MatchString(strings.TrimSpace(next.text)) || bodyPostRe.MatchString(strings.TrimSpace(next.text)) {
			continue
		}
		if personLikeName(s.names[0].text) {
			people[strings.ToLower(s.names[0].text)] = true
			// (and the post is no organisation either)
			people[strings.ToLower(strings.TrimSpace(next.text))] = true
		}
	}
	for n := range people {
		if f := strings.Fields(n); len(f) >= 2 {
			people[f[len(f)-1]] = true
		}
	}
	return people
}

// personLikeName reports whether a name reads as a person's: two or three
// words, no legal form, none an organisation's word.
func personLikeName(n string) bool {
	f := strings.Fields(n)
	if len(f) < 2 || len(f) > 3 || stripLegalEnglish(n) != n {
		return false
	}
	for _, w := range f {
		if lw := strings.ToLower(w); orgWords[lw] || headNouns[lw] || legalSuffixes[lw] || w == "&" {
			return false
		}
	}
	return true
}

// bodyPostRe opens a line naming a body, not one person's post: "Office of
// the President", "Board of Directors".
var bodyPostRe = regexp.MustCompile(`(?i)^(?:the )?(?:office|board|department|division|faculty|school|ministry|bureau|council|committee)s? of\b`)

// signaturePostRe is the line under a signature's name that gives the
// writer's post: "Internet Storm Watch Handler", "Senior Editor".
var signaturePostRe = regexp.MustCompile(`(?i)^[\w .,&'-]{0,60}\b(?:handler|editor|analyst|researcher|reporter|writer|correspondent|contributor|columnist|director|manager|officer|president|ceo|cto|ciso|cfo|founder|engineer|consultant|lead|head of [\w ]+|partner|counsel)s?\.?$`)

// namesMatching returns the names (lower case, legal forms dropped) that
// re points at in the sentences' shapes, by the first of its groups that
// matched an N-index, and that keep accepts as written.
func namesMatching(es []enSentence, re *regexp.Regexp, keep func(name string) bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range es {
		for _, m := range re.FindAllStringSubmatch(s.shape, -1) {
			idx := ""
			for _, g := range m[1:] {
				if g != "" {
					idx = g
					break
				}
			}
			if k, err := strconv.Atoi(idx); err == nil && k < len(s.names) && keep(s.names[k].text) {
				out[strings.ToLower(stripLegalEnglish(s.names[k].text))] = true
			}
		}
	}
	return out
}

var (
	// enTitleSubjectRe finds the name a headline opens with, as its
	// subject: "Corvane says…", "Update: Corvane confirms…".
	enTitleSubjectRe = regexp.MustCompile(`^(?:[a-z]+ : )?N(\d+) (?:(?:has|is|was|also|now) )?(?:says|said|confirms|confirmed|discloses|disclosed|admits|admitted|reveals|revealed|announces|warns|notifies|alerts|suffers|suffered|investigates|investigating|probes|hit|hacked|breached|struck|attacked|targeted|restores|recovering|'s)\b`)
	// enLeadSubjectRe finds the name a lead sentence opens with, after a
	// dateline ("TOKYO — Corvane Group said…").
	enLeadSubjectRe = regexp.MustCompile(`^(?:[a-z. ]{2,24} [—–-] )?N(\d+) (?:(?:has|have|had|is|was|also|on \w+) )*(?:said|says|confirmed|confirms|disclosed|discloses|announced|announces|admitted|revealed|notified|informed|warned|told|detected|discovered|identified|became aware|suffered|experienced|was hit|has been hit|was targeted|was attacked|was breached)\b`)
)

// subjectHits points at the organisation an article is plainly about: the
// subject of its headline that is again the subject of a lead sentence
// about the breach ("Corvane says data may have leaked" over "Corvane
// Group said on Thursday that personal information…"). Something strong
// says otherwise when the lead names another organisation as the one
// breached (a strong cue on another name there), or the subject is a
// known commenter or speaks as one elsewhere ("X reports that…").
func subjectHits(es []enSentence, hits, roles []cueHit, canon canonFunc) []cueHit {
	subject := ""
	for _, s := range es {
		if !s.title {
			continue
		}
		if m := enTitleSubjectRe.FindStringSubmatch(s.shape); m != nil {
			if k, _ := strconv.Atoi(m[1]); k < len(s.names) {
				subject, _ = canon(s.names[k].text)
			}
		}
		break
	}
	if subject == "" || isCommenter(subject) {
		return nil
	}
	for _, r := range roles {
		if name, _ := canon(r.mention); strings.EqualFold(name, subject) {
			return nil
		}
	}
	for _, s := range es {
		if s.title || s.idx > 1 {
			continue
		}
		m := enLeadSubjectRe.FindStringSubmatch(s.shape)
		if m == nil || !enBreachRe.MatchString(s.shape) {
			continue
		}
		k, _ := strconv.Atoi(m[1])
		if k >= len(s.names) {
			continue
		}
		if name, _ := canon(s.names[k].text); !strings.EqualFold(name, subject) {
			continue
		}
		other := false
		for _, h := range hits {
			if h.evidence == s.text && h.weight >= 4 {
				if on, _ := canon(h.mention); !strings.EqualFold(on, subject) {
					other = true
				}
			}
		}
		if !other {
			return []cueHit{{mention: s.names[k].text, weight: 3, evidence: s.text, idx: s.idx}}
		}
	}
	return nil
}

// canonEnglishMention canonicalises one mention of an English article:
// its short form spelled out, its Japanese spelling, the parent of a unit.
//
// operators are the names the text calls a company in so many words
// (see operatorAfterRe), which no login system or loyalty programme is.
func canonEnglishMention(m string, short, native map[string]string, parents map[string]string, standalone map[string]string, unitNames, operators map[string]bool) (string, string) {
	if u := unitOfRe.FindStringSubmatch(m); u != nil {
		// "Salina clinic of Tallgrass Orthopedic Partners": a unit
		// written in lower case before its organisation.
		name, _ := canonEnglish(u[1], standalone, false)
		return name, m
	}
	if full, ok := short[strings.ToLower(stripLegalEnglish(m))]; ok {
		m = full
	}
	if maker := accountSystemMaker(m, standalone); maker != "" && !operators[strings.ToLower(stripLegalEnglish(m))] {
		// "the Momiji ID hack": the login system's maker was breached.
		m = maker
	}
	if ja, ok := native[stripLegalEnglish(m)]; ok {
		// Minamo Denshi (ミナモ電子): a romanised Japanese name is
		// written as the company writes it.
		return ja, ""
	}
	if parent, ok := parents[strings.ToLower(stripLegalEnglish(m))]; ok {
		name, _ := canonEnglish(parent, standalone, false)
		return name, m
	}
	name, unit := canonEnglish(m, standalone, unitNames[strings.ToLower(stripEnglishForms(m, true))])
	if parent, ok := parents[strings.ToLower(name)]; ok && unit == "" {
		// A short form ("Marrow") the text spells out as the unit.
		pn, _ := canonEnglish(parent, standalone, false)
		return pn, name
	}
	return name, unit
}

// unitOfRe finds a unit named by its place and a lower-case kind before
// the organisation it belongs to: "Salina clinic of Tallgrass Orthopedic
// Partners", "Osaka plant of Kurogane Seiki".
var unitOfRe = regexp.MustCompile(`^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)? (?:clinic|hospital|branch|office|plant|factory|store|campus|warehouse|depot|site|unit|division|location|facility) of (?:the )?([A-Z].+)$`)

// operatorAfterRe follows a name the text calls a company: ", the
// operator of", ", which runs", ", a Tokyo company".
var operatorAfterRe = regexp.MustCompile(`^,? (?:the|a|an) (?:[\w-]+ ){0,3}?(?:operator|company|firm|provider|owner|maker|developer|business|corporation)\b|^,? which (?:operates|runs|owns|manages)\b`)

// accountSystemWords end the name of a login system, app or loyalty
// programme a company runs under its own name: Momiji ID, Kestrel Account,
// Halden Pay, Tidewater Rewards.
var accountSystemWords = wordSet(`id account accounts login portal app pay wallet rewards loyalty club points perks`)

// accountSystemMaker returns the company whose login system or app m
// names, when the text also writes that company's name on its own; "".
func accountSystemMaker(m string, standalone map[string]string) string {
	words := strings.Fields(stripLegalEnglish(m))
	if len(words) < 2 || !accountSystemWords[strings.ToLower(words[len(words)-1])] {
		return ""
	}
	// "Kestrelnet Support Portal": words saying whom the system
	// serves may stand between the maker and the system.
	for k := len(words) - 1; k >= 1; k-- {
		if k < len(words)-1 && !systemAudienceWords[strings.ToLower(words[k])] {
			break
		}
		maker := strings.Join(words[:k], " ")
		if orig, ok := standalone[strings.ToLower(maker)]; ok {
			return orig
		}
	}
	return ""
}

// systemAudienceWords say whom a login system or portal serves: the
// Kestrelnet Support Portal, the Brightwater Patient Portal.
var systemAudienceWords = wordSet(`support customer customers partner partners developer developers member members patient patients
student students employee employees staff provider providers vendor vendors supplier suppliers dealer dealers client clients
parent parents online web mobile self-service service`)

// englishGroupForms finds the groups whose holding company an English
// text names ("Corvane Group Holdings"): the group is named with its group
// word, "Corvane Group", and so are its short form and units. The map's
// keys are latinKey of the group's brand.
func englishGroupForms(es []enSentence) map[string]string {
	var out map[string]string
	for _, s := range es {
		for _, n := range s.names {
			brand, ok := groupHoldingBrand(stripLegalEnglish(n.text))
			if !ok {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			name := brand
			if en, known := englishCanon[latinKey(brand)]; known {
				name = en
			}
			out[latinKey(brand)] = name + " Group"
		}
	}
	return out
}

// groupHoldingBrand returns the brand of a group's holding company's name
// written "<brand> Group Holdings" (or Holding), and whether it is one.
func groupHoldingBrand(name string) (string, bool) {
	words := strings.Fields(name)
	n := len(words)
	if n < 3 || !strings.EqualFold(words[n-2], "group") || !strings.EqualFold(words[n-1], "holdings") && !strings.EqualFold(words[n-1], "holding") {
		return "", false
	}
	brand := strings.Join(words[:n-2], " ")
	if lb := strings.ToLower(brand); commonWords[lb] || nationalities[lb] || neverAlone[lb] {
		return "", false
	}
	return brand, true
}

// nativeRe finds a name followed by its spelling in Japanese in brackets:
// Minamo Denshi (ミナモ電子), Toa Institute for Maritime Policy
// (東亜海洋政策研究所) — capitalised words and the joining words between.
var nativeRe = regexp.MustCompile(`((?:[A-Z][A-Za-z0-9&.'\-]*\s(?:(?:of|for|and|on|the)\s)?){0,5}[A-Z][A-Za-z0-9&.'\-]*)\s*[(（]([^()（）A-Za-z]*[\p{Han}\p{Hiragana}\p{Katakana}][^()（）A-Za-z]*)[)）]`)

// nativeSpellings drops the Japanese spelling a name is given in brackets
// and records it when the Latin name only romanises it (the company has
// no English name of its own); English names (Sorano Motors (ソラノ自動車))
// are kept.
func nativeSpellings(text string, native map[string]string) string {
	if !strings.ContainsAny(text, "(（") || !hasJapanese(text) {
		return text
	}
	return nativeRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := nativeRe.FindStringSubmatch(m)
		latin, ja := strings.TrimSpace(sub[1]), strings.TrimSpace(sub[2])
		for _, cut := range []int{0, 1, 2} {
			// Words opening the run ("Japanese manufacturer Minamo Denshi")
			// are not part of the name.
			ws := strings.Fields(latin)
			if cut >= len(ws) {
				break
			}
			name := strings.Join(ws[cut:], " ")
			if r := Reading(ja); r != "" && r == latinKey(name) {
				native[stripLegalEnglish(name)] = stripLegalJapanese(ja)
				break
			}
		}
		if translatedInstitution(latin, ja) {
			// Toa Institute for Maritime Policy (東亜海洋政策研究所): an
			// institution's name put into English for the reader; the
			// body's own name is the Japanese one.
			native[stripLegalEnglish(latin)] = stripLegalJapanese(ja)
		}
		return sub[1]
	})
}

// enInstitutionWordRe and jaPublicBodyEndRe find an institution's kind in
// its English and its Japanese name. Unlike jaInstitutionEnd, the
// Japanese ends are those of bodies that seldom have an English name of
// their own (an institute, a hospital, a municipality), not a bank's.
var (
	enInstitutionWordRe = regexp.MustCompile(`\b(?:Institute|Hospital|University|College|School|City|Prefecture|Prefectural|Town|Village|Ward|Foundation|Association|Organi[sz]ation|Agency|Center|Centre|Council|Museum|Library|Clinic|Society|Academy|Board of Education)\b`)
	jaPublicBodyEndRe   = regexp.MustCompile(`(?:研究所|研究機構|機構|研究センター|センター|病院|医院|クリニック|大学|学園|学院|学校|高校|市|町|村|区|県|府|財団|協会|学会|協議会|連合会|美術館|博物館|図書館|教育委員会|委員会|庁)$`)
)

// translatedInstitution reports an English rendering of a Japanese
// institution's name with the name itself in brackets: a hospital, a
// university, a municipality or an institute has no English name of its
// own that coverage would use, a company (Sorano Motors) may.
func translatedInstitution(latin, ja string) bool {
	return enInstitutionWordRe.MatchString(latin) && jaPublicBodyEndRe.MatchString(stripLegalJapanese(ja)) && !isKatakanaOrLatin(ja)
}

var subsidiaryRe = regexp.MustCompile(`(?i)\b(?:subsidiar(?:y|ies)|dealers?|dealerships?|sister compan(?:y|ies)|parent compan(?:y|ies)|group compan(?:y|ies)|operating compan(?:y|ies)|sales compan(?:y|ies))\b`)

var corporateRest = wordSet(`motor motors manufacturing industries industry corporation company group holdings
international global japan america north europe usa us u.s. co corp inc ltd services`)

// ownNameRest are the corporateRest words that belong to an organisation's
// own name: the text's "Sorano Motors" is named in full, not as "Sorano".
var ownNameRest = wordSet(ownNameWords)

// ownNameWords are the words of ownNameRest.
const ownNameWords = `motor motors manufacturing industries industry corporation company group holdings`

// seatOfGovernmentRe finds a town named by its seat: "Greyhaven Town
// Hall", "Elk Grove Village Hall". ("Atlantic City Hall" is Atlantic
// City's, so a city hall is left as it is.)
var seatOfGovernmentRe = regexp.MustCompile(`^([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}) (?i:(town|village)) (?i:hall|offices)$`)

// canonEnglish canonicalises an English mention: legal forms go, a
// well-known company reads as its canonical name, and a name that extends
// another name the text uses on its own ("Toyota Tokyo Sales" next to
// "Toyota") is a unit of that organisation.
//
// Without talk of subsidiaries (units false) a shorter form is a nickname
// ("Acme" for "Acme Logistics") and only generic trailing words such as
// "International" or "Group" are dropped.
func canonEnglish(mention string, standalone map[string]string, units bool) (string, string) {
	s := stripDepartment(stripLegalEnglish(mention))
	if m := regionalUnitRe.FindStringSubmatch(s); m != nil && !commonWords[strings.ToLower(m[1])] && !headNouns[strings.ToLower(m[1])] && !orgWords[strings.ToLower(m[1])] {
		// "Tsukishiro Precision of America": the parent's unit for a
		// region ("Bank of America" is a name of its own).
		if en, ok := englishCanon[latinKey(m[1])]; ok {
			return en, s
		}
		return m[1], s
	}
	if m := bracketCountryRe.FindStringSubmatch(s); m != nil && !bracketLegal[strings.ToLower(m[2])] {
		// Kurogane Seiki (Thailand): the company's unit for a country,
		// under the parent's name, as the text writes it in full
		// (Tancho Precision Industries).
		name, _ := canonEnglish(m[1], standalone, true)
		if long := longerForm(name, standalone); long != "" && allIn(strings.Fields(strings.ToLower(strings.TrimPrefix(long, name+" "))), ownNameRest) {
			name = long
		}
		return name, s
	}
	if m := homeCityRe.FindStringSubmatch(s); m != nil && !commonWords[strings.ToLower(strings.Fields(m[1])[0])] && !headNouns[strings.ToLower(strings.Fields(m[1])[0])] && !orgWords[strings.ToLower(m[1])] {
		// "a subsidiary of Mizuka Seiko of Nagoya, Japan": the company
		// the text also names alone, and its home city.
		if _, ok := standalone[strings.ToLower(m[1])]; ok {
			return m[1], ""
		}
	}
	if strings.HasSuffix(s, " Unified") && len(strings.Fields(s)) >= 2 {
		// "Brookhollow Unified" is how a Californian district goes by:
		// Brookhollow Unified School District.
		return s + " School District", ""
	}
	if f := strings.Fields(s); len(f) >= 2 && orgAbbreviations[f[len(f)-1]] != "" && !allIn(strings.Fields(strings.ToLower(strings.Join(f[:len(f)-1], " "))), nationalities) {
		// "Tillinghast FCU", "Pine Ridge ISD": the short forms credit
		// unions and school districts go by.
		return strings.Join(f[:len(f)-1], " ") + " " + orgAbbreviations[f[len(f)-1]], ""
	}
	if m := seatOfGovernmentRe.FindStringSubmatch(s); m != nil && !commonWords[strings.ToLower(m[1])] {
		// "Greyhaven Town Hall" is the town's government: Town of
		// Greyhaven, as a municipality names itself.
		kind := strings.ToLower(m[2])
		return strings.ToUpper(kind[:1]) + kind[1:] + " of " + m[1], s
	}
	ls := strings.ToLower(s)
	if s == "" || nationalities[ls] || neverAlone[ls] || commonWords[ls] || neverNames[ls] || allIn(strings.Fields(ls), nationalities) || genericOrgPhrase(s) || documentLabel(s) {
		return "", ""
	}
	if en, ok := englishCanon[latinKey(s)]; ok {
		return en, ""
	}
	words := strings.Fields(s)
	for k := 1; k < len(words); k++ {
		p := strings.Join(words[:k], " ")
		lp := strings.ToLower(p)
		if nationalities[lp] || commonWords[lp] || neverAlone[lp] || len(p) < 2 {
			continue
		}
		en, known := englishCanon[latinKey(p)]
		if _, ok := standalone[lp]; !known && !ok {
			continue
		}
		if known {
			p = en
		}
		switch {
		case !known && !units && allIn(words[k:], ownNameRest):
			// The organisation's own full name (Sorano Motors), not the
			// short form a headline uses.
			return s, ""
		case allIn(words[k:], corporateRest):
			return p, ""
		case known || allIn(words[k:], nationalities) || units || allInEither(words[k:], corporateRest, nationalities):
			// A well-known brand's units go under the brand (Sony
			// Interactive Entertainment is Sony).
			// Toyota Australia, Toyota Tokyo Sales: units of Toyota.
			return p, s
		}
	}
	if !units {
		if long := longerForm(s, standalone); long != "" {
			return canonEnglish(long, standalone, units)
		}
		if long := spelledOut(s, standalone); long != "" {
			return stripEnglishForms(long, false), ""
		}
	}
	return capsToTitle(s), ""
}

// orgAbbreviations are the initials that end the short names of credit
// unions and school districts, and what they stand for.
var orgAbbreviations = map[string]string{
	"FCU": "Federal Credit Union", "CU": "Credit Union", "USD": "Unified School District",
	"ISD": "Independent School District", "CISD": "Consolidated Independent School District",
}

// capsToTitle writes a name a letterhead or a filing sets in capitals
// ("PELHAM VASQUEZ", "TIDEWELL BANCORP") as a name is written, when every
// word is in capitals and one is a word rather than an initialism; a
// short word stays as it is (ABC).
func capsToTitle(s string) string {
	words := strings.Fields(s)
	long := false
	for _, w := range words {
		if strings.ToUpper(w) != w || !strings.ContainsFunc(w, unicode.IsLetter) {
			return s
		}
		if utf8.RuneCountInString(w) >= 5 {
			long = true
		}
	}
	if len(words) < 2 || !long {
		return s
	}
	for i, w := range words {
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		rs := []rune(strings.ToLower(w))
		for k := range rs {
			if k == 0 || !unicode.IsLetter(rs[k-1]) && rs[k-1] != '\'' {
				rs[k] = unicode.ToUpper(rs[k])
			}
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// documentLabels open the labels of a document's parts: Form 8-K, Item
// 1.05, Exhibit 99.1, Schedule 13D, Section 4.
var documentLabels = wordSet(`form item exhibit schedule section part table appendix annex figure page rule article chapter clause regulation`)

// documentLabel reports a label of a document's part, which a capital
// and a figure make look like a name: "Form 8-K", "Item 1.05", and with
// the document's kind before it, "Agenda Item 7.C".
func documentLabel(s string) bool {
	words := strings.Fields(s)
	if len(words) >= 3 && len(words) <= 4 && !documentLabels[strings.ToLower(words[0])] && documentLabels[strings.ToLower(words[1])] {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > 3 || !documentLabels[strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words[1:] {
		if strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return false
}

// spelledOut returns the text's fuller spelling of a shortened name: "Oak-Lea
// Veterinary Group" for "Oak-Lea Vets" (same first word, each later word
// shortened from the full one's, only corporate words beyond), or "".
func spelledOut(s string, standalone map[string]string) string {
	short := strings.Fields(strings.ToLower(s))
	if len(short) < 2 {
		return ""
	}
	best := ""
	for n, orig := range standalone {
		long := strings.Fields(n)
		if len(long) < len(short) || long[0] != short[0] || n == strings.ToLower(s) || !allIn(long[len(short):], corporateRest) {
			continue
		}
		same, shortened := true, false
		for i := 1; i < len(short); i++ {
			if !sharesStem(short[i], long[i]) {
				same = false
				break
			}
			shortened = shortened || short[i] != long[i]
		}
		if same && shortened && len(orig) > len(best) {
			best = orig
		}
	}
	return best
}

// sharesStem reports two words that are one shortened from the other: vets
// and veterinary, intl and international (a common opening of three letters).
func sharesStem(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 3 && (n == len(a) || n == len(b) || len(a) <= 5)
}

// bracketCountryRe finds a name with a country in brackets after it.
var bracketCountryRe = regexp.MustCompile(`^(.+?) \(([A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?)\)$`)

// bracketLegal are legal forms written in brackets: (Pty) Ltd.
var bracketLegal = wordSet(`pty pvt private proprietary`)

// homeCityRe finds a name followed by the one-word place it is from.
var homeCityRe = regexp.MustCompile(`^(.+?) of ([A-Z][\p{L}-]+)$`)

// regionalUnitRe finds a unit named after its parent and a region.
var regionalUnitRe = regexp.MustCompile(`^(.+?) (?:of (?:America|North America|the Americas|Europe|Asia|Asia Pacific|Japan|Canada|Australia|the USA|USA|the U\.S\.|U\.S\.A\.|the UK|Mexico|Brazil|India|China|Germany|France)|de (?:México|Mexico|Colombia|Chile|Argentina|España|Espana|France|Venezuela|Perú|Peru)|do Brasil|(?:Deutschland|Italia|Polska|Nederland|Iberica|Ibérica))$`)

// stripDepartment drops a department after an organisation's name:
// "Velora Telecom Customer Care" → "Velora Telecom". Only a department of
// two words or more (Customer Care, Privacy Team, Press Office) or a lone
// Team goes: a lone word that can name a department also ends real names
// (Tri-Lakes Kidney Care, Pellham Press, Harbor Communications).
func stripDepartment(name string) string {
	words := strings.Fields(name)
	k := len(words)
	for k > 1 && departmentWords[strings.ToLower(words[k-1])] {
		k--
	}
	if run := len(words) - k; run == 0 || run == 1 && !loneDepartments[strings.ToLower(words[k])] || k < 1 {
		return name
	}
	return strings.Join(words[:k], " ")
}

// longerForm returns the fuller name the text gives for a short form
// ("Caesars Entertainment" for "Caesars"), or "".
func longerForm(s string, standalone map[string]string) string {
	prefix := strings.ToLower(s) + " "
	possessive := strings.ToLower(s) + "'s "
	best := ""
	own := "" // the company's own full name: Hayase Motor Corporation for Hayase
	for n := range standalone {
		var rest []string
		switch {
		case strings.HasPrefix(n, prefix):
			rest = strings.Fields(n[len(prefix):])
		case strings.HasPrefix(n, possessive) && institutionAfter(n[len(possessive):]):
			// "St. Odran" of "St. Odran's Regional Medical Center".
			rest = strings.Fields(n[len(possessive):])
		default:
			continue
		}
		if len(rest) == 2 && (rest[0] == "for" || rest[0] == "in" || rest[0] == "at") && (enPlaces[rest[1]] || placeAbbrevs[rest[1]]) {
			// "Pelham & Crane for UK distribution": a role in a
			// place, run on into the name.
			continue
		}
		if len(rest) > 0 && strings.HasPrefix(rest[0], "(") {
			// "Tancho Precision (Thailand)": a unit for a country or a
			// gloss in brackets, no fuller name.
			continue
		}
		if len(rest) == 1 && standaloneFolded(standalone, rest[0]) {
			// "Brindlemoor Games Montréal" beside the Montreal the text
			// names on its own: a unit in a place, no fuller name.
			continue
		}
		if len(rest) >= 2 && regionWords[rest[len(rest)-1]] {
			// "MIYABINA Beauty USA", the brand's subsidiary for a
			// region, is no fuller name of the brand.
			continue
		}
		if anyIn(rest, incidentRestWords) {
			// "Kanetsugu Foods USA Data Breach Investigation", a law
			// firm's heading: the incident named after the
			// organisation, no fuller name of it.
			continue
		}
		if len(rest) > 0 && (enDocumentEnds[rest[len(rest)-1]] || caseWords[rest[len(rest)-1]]) {
			// "In re Corvane Pharmacy Services Data Security
			// Litigation": a case or a document named after the
			// organisation.
			continue
		}
		if len(rest) <= 2 && paperWords[rest[len(rest)-1]] {
			// "The Wexbury Courier" is the town's paper, no fuller
			// name of Wexbury.
			continue
		}
		if allIn(rest, groupSuffixes) {
			// "Corvane" beside "Corvane Group Holdings" and its units
			// "Corvane Freight": the short form names the group.
			return standalone[n]
		}
		if allIn(rest, corporateRest) && !(len(rest) == 1 && rest[0] == "services") && (own == "" || len(n) < len(own)) {
			own = n
		}
		if allIn(rest, corporateRest) && !allIn(rest, ownNameRest) && !(len(rest) == 1 && rest[0] == "services" && strings.Count(s, " ") > 0) || allIn(rest, nationalities) || allIn(rest, departmentWords) && !(len(rest) == 1 && rest[0] == "communications") || allIn(rest, accountSystemWords) ||
			len(rest) > 1 && accountSystemWords[rest[len(rest)-1]] && allIn(rest[:len(rest)-1], systemAudienceWords) {
			// (Momiji ID is the login system Momiji runs, no fuller name;
			// Kestrelline Communications is a carrier's, not a press
			// office.)
			continue
		}
		if best == "" || bodyRank(n) > bodyRank(best) || bodyRank(n) == bodyRank(best) && (len(n) < len(best) || len(n) == len(best) && n < best) {
			best = n
		}
	}
	if best == "" {
		return ""
	}
	if own != "" && own != best && !allIn(strings.Fields(strings.TrimPrefix(best, strings.ToLower(s)+" ")), corporateRest) {
		// "Hayase" beside "Hayase Motor Corporation" and its dealers
		// "Hayase Tokyo Sales Holdings": the short form is the
		// company's, not its unit's.
		return standalone[own]
	}
	return standalone[best]
}

// standaloneFolded reports whether w is a place: one of enPlaces, or a word
// the text also writes on its own without w's accents (Montréal beside
// Montreal). A capital the text writes alone may only open a sentence
// ("Logistics firms…").
func standaloneFolded(standalone map[string]string, w string) bool {
	if enPlaces[w] {
		return true
	}
	f := foldAccents(w)
	if f == w {
		return false
	}
	for n, orig := range standalone {
		if !strings.Contains(n, " ") && foldAccents(n) == f && orig != strings.ToUpper(orig) {
			return true
		}
	}
	return false
}

// foldAccents writes s without the accents on its Latin letters.
func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// paperWords end the names of newspapers, which a town's paper carries
// after the town's name (The Wexbury Courier); a firm's "Media" or "News"
// may be its own fuller name.
var paperWords = wordSet(`courier gazette herald tribune chronicle bulletin examiner dispatch sentinel observer`)

// incidentRestWords are words of an incident or an inquiry, which no
// organisation's fuller name carries after its short form.
var incidentRestWords = wordSet(`breach breaches hack hacks hacked attack attacks cyberattack cyberattacks incident incidents leak leaks
exposure ransomware investigation investigations intrusion compromise outage`)

// caseWords end the names of lawsuits and settlements named after a
// party.
var caseWords = wordSet(`litigation settlement settlements lawsuit lawsuits suit suits case cases action`)

// regionWords end the names of a company's regional subsidiaries.
var regionWords = wordSet(`usa us u.s. america americas uk europe emea apac asia japan canada australia india china germany france mexico brazil korea singapore`)

// parentBodyWords end the name of a body others are units of: a school
// district over its schools, a health system over its hospitals.
var parentBodyWords = wordSet(`district districts county city council system systems authority trust board network group holdings university`)

// bodyRank ranks a fuller form by whether it names the parent body: "X"
// beside "X School District" and "X Middle School" is the district.
func bodyRank(n string) int {
	f := strings.Fields(n)
	if len(f) > 0 && parentBodyWords[f[len(f)-1]] {
		return 1
	}
	return 0
}

// placeAbbrevs are places written as initials.
var placeAbbrevs = wordSet(`uk us usa eu emea apac u.s. u.k.`)

// institutionAfter reports whether words name an institution: one of
// them is an institution word (Hospital, Medical Center, School).
func institutionAfter(words string) bool {
	for _, w := range strings.Fields(words) {
		if institutionWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// allInEither reports whether every word is in one of two sets.
func allInEither(words []string, a, b map[string]bool) bool {
	for _, w := range words {
		if lw := strings.ToLower(w); !a[lw] && !b[lw] {
			return false
		}
	}
	return true
}

// anyIn reports whether any of words, lower-cased, is in set.
func anyIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// allIn reports whether every one of words, lower-cased, is in set.
func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// japaneseVictims tokenises a Japanese article once and finds its victims.
func japaneseVictims(ss []sentence, isActor func(string) bool, year int, publisher string) []Victim {
	tk := japaneseTokenizer()
	if tk == nil {
		return nil
	}
	js := japaneseSentences(tk, ss)
	// standalone maps each name the text uses to whether it stands in a
	// sentence about subsidiaries (there a longer name starting with a
	// shorter one is a unit of it; elsewhere the shorter is a nickname).
	standalone := map[string]bool{}
	units := map[string]bool{}
	for _, s := range js {
		sub := jaSubsidiaryRe.MatchString(s.text)
		for _, n := range s.names {
			standalone[stripLegalJapanese(n.text)] = true
			if sub {
				units[stripLegalJapanese(n.text)] = true
			}
		}
	}
	hits, roles := japaneseVictimHits(js)
	hits = parentInTitle(js, hits)
	if len(hits) == 0 && publisher == "" && jaFirstPersonRe.MatchString(joinedText(ss)) && !(japaneseProductArticle(js) && !japaneseBreachArticle(js)) {
		// A notice whose site names no issuer may name it on its
		// contact line, before the customer desk. (A maker's advisory
		// on a flaw in its product, 「…における複数の脆弱性について」,
		// names its support desk too: no breach, no victim.)
		hits = deskIssuerHit(js)
	}
	hits = append(hits, jaKindReferenceHits(tk, js)...)
	owned, ownerHits := japanesePlatformOwners(js)
	hits = append(hits, ownerHits...)
	ops := operators(js)
	for short, full := range ops {
		if full != "" && strings.HasPrefix(stripLegalJapanese(full), short) {
			// あおば物流 defined as the short form of あおば物流サービス
			// is that company, not a brand above it.
			delete(standalone, short)
		}
	}
	groups := japaneseGroupForms(js)
	shortened := jaShortenedNames(standalone)
	described := jaDescribedHeadlineNames(js)
	canon := func(m string) (string, string) {
		if b, ok := described[m]; ok {
			m = b
		}
		if op, ok := ops[m]; ok {
			if op == "" {
				return "", ""
			}
			m = op
		}
		if full, ok := shortened[stripLegalJapanese(m)]; ok {
			m = full
		}
		name, unit := canonJapanese(m, standalone, units)
		if base, ok := strings.CutSuffix(name, "民"); ok && standalone[base] && strings.ContainsAny(lastRune(base), "市町村区県都府道") {
			// 鶴見浜市民1万人: the municipality's residents, in a
			// headline over the 鶴見浜市 the text names.
			name = base
		}
		if op, ok := ops[name]; ok && op != "" && name != m {
			// 家具小売リンドクヴィスト&ベリ in a headline is the name the
			// lead glosses or defines, once its descriptor is gone.
			name, unit = canonJapanese(op, standalone, units)
		}
		if g, ok := groups[name]; ok {
			// The text names the group's holding company: the group
			// is the victim, under its group name.
			return g, unit
		}
		return name, unit
	}
	// sure holds the names the text sets off as names (quoted, with a
	// legal form) or makes the subject of an announcement (カジュアル衣料の
	// リネンハウスは、…と明らかにした): a name of common nouns is a name there.
	sure := map[string]bool{}
	for _, s := range js {
		announce := jaAnnounceRe.MatchString(s.shape)
		for k, n := range s.names {
			if n.sure || announce && strings.Contains(s.shape, "N"+strconv.Itoa(k)+" は") {
				name, _ := canon(n.text)
				sure[name] = true
			}
		}
	}
	for _, company := range ops {
		// 「よやくる」を運営するツキミダイニング: the text names the company
		// as the one running a service, so it is a name, common words
		// (月見, ダイニング) or not.
		if company != "" {
			if name, _ := canon(company); name != "" {
				sure[name] = true
			}
		}
	}
	common := map[string]bool{}
	implausible := map[string]bool{}
	places := jaPlaceModifiers(js)
	jaText := joinedText(ss)
	kinds := map[string]bool{} // mention → a description by kind (see countryKind, tradeKind)
	// An organisation's own notice signed with its name: a name the
	// notice only ever writes in quotes (「かなてつWeb定期」への不正ログイン)
	// is its service, not another victim.
	signed := false
	ownQuotes := ownQuotedNames(jaText)
	if jaFirstPersonRe.MatchString(jaText) {
		for _, h := range hits {
			if h.idx == 99 && h.weight >= 4 && !quotedOnly(h.mention, jaText) {
				signed = true
				break
			}
		}
	}
	exclude := func(name string, h cueHit) bool {
		legal := stripJaLegalForms(h.mention) != strings.TrimSpace(h.mention)
		if ownedPlatform(owned, name) || notVictimName(implausible, name, h, "", true) && !(legal && isLatinName(name)) || places[h.mention] {
			// (株式会社SORAIRO Apps: a company's name in Latin letters,
			// whatever its last word, when a legal form marks it.)
			return true
		}
		if signed && h.idx != 99 && (quotedOnly(h.mention, jaText) || ownQuotes[h.mention]) {
			return true
		}
		if mall, ok := strings.CutSuffix(h.mention, "出店"); ok && utf8.RuneCountInString(mall) >= 2 && strings.Contains(jaText, "「"+mall+"」") {
			// いろはモール出店の茶葉店: "a shop in the 「いろはモール」
			// mall" — the mall's name and a verb, no shop's name.
			return true
		}
		if isActor(name) || isActor(h.mention) || (isJapaneseCommenter(name) || isCommenter(name)) && h.weight < 4 {
			return true
		}
		if legal {
			// NPO法人ひだまり子ども食堂ネットワーク: a legal form marks a
			// name, however common its words.
			return false
		}
		kind, ok := kinds[h.mention]
		if !ok {
			kind = countryKind(tk, h.mention, jaText) || strings.Contains(jaText, h.mention+"の") && tradeKind(tk, h.mention)
			kinds[h.mention] = kind
		}
		if kind {
			// 保険代理店のミツバチ保険サービス: the kind the text puts
			// before a name, not a name.
			// 英住宅協会: "a British housing association", a kind of
			// body, not its name.
			return true
		}
		if h.idx == 99 && (signatureIssuer(h.evidence) == h.mention || deskIssuer(h.evidence) == h.mention) {
			// A signature's name read by its shape (湯元 月見荘 支配人,
			// ハマユウ旅行 お客様窓口): a name, however common its words.
			return false
		}
		only, ok := common[name]
		if !ok {
			only = !sure[name] && commonNounsOnly(tk, name)
			common[name] = only
		}
		return only
	}
	contractors := map[string]bool{}
	for _, s := range js {
		for _, m := range jaClientContractorRe.FindAllStringSubmatch(s.shape, -1) {
			a, b := nameIndexes(m[1]), nameIndexes(m[2])
			if len(a) == 1 && len(b) == 1 && a[0] < len(s.names) && b[0] < len(s.names) {
				if name, _ := canon(s.names[b[0]].text); name != "" && !ownIncidentTold(js, s.names[b[0]].text) {
					contractors[strings.ToLower(name)] = true
				}
			}
		}
	}
	victims := chooseVictims(victimInput{
		hits: hits, roles: roles, canon: canon, exclude: exclude, ja: true, contractors: contractors,
		names: japaneseNameLists(js), breach: japaneseBreachArticle(js), product: japaneseProductArticle(js), year: year, publisher: publisher,
	})
	if c := untouchedClientsContractor(js, jaText, canon); c != nil {
		// 当組合のシステムが攻撃を受けたものではございません: the client
		// tells of its contractor's breach.
		return []Victim{*c}
	}
	return municipalFacilities(victims, js)
}

// jaParentOfRe finds a name in a headline followed by its subsidiary:
// 「ハヤシ旅行の子会社、…」.
var jaParentOfRe = regexp.MustCompile(`N(\d+) の(?:海外|国内|米国|中国|欧州|台湾|タイ)?(?:子会社|孫会社|関連会社|グループ会社|系列会社|現地法人)`)

// parentInTitle weakens the headline's hit on a parent whose subsidiary
// the headline speaks of (「Xの子会社、…漏えいか」) when the body names
// that subsidiary under a name of its own.
func parentInTitle(js []jaSentence, hits []cueHit) []cueHit {
	parents := map[string]bool{}
	for _, s := range js {
		if !s.title {
			continue
		}
		for _, m := range jaParentOfRe.FindAllStringSubmatch(s.shape, -1) {
			if k, err := strconv.Atoi(m[1]); err == nil && k < len(s.names) {
				parents[s.names[k].text] = true
			}
		}
	}
	if len(parents) == 0 {
		return hits
	}
	for i := range hits {
		if hits[i].title && parents[hits[i].mention] && otherNamedSubsidiary(hits, hits[i].mention) {
			hits[i].weight = 1
		}
	}
	return hits
}

// otherNamedSubsidiary reports whether the body's cues name, in Japanese
// script, a subsidiary whose name does not carry the parent's
// (ハヤシツーリスト under ハヤシ旅行): one that does (ハヤシ旅行タイランド),
// or one in Latin letters the parent's name cannot be compared with, is
// the parent's under the labelling rules.
func otherNamedSubsidiary(hits []cueHit, parent string) bool {
	p := stripLegalJapanese(parent)
	other := false
	for _, h := range hits {
		if h.title || h.weight < 3 || h.mention == parent {
			continue
		}
		m := stripLegalJapanese(h.mention)
		if !hasJapanese(m) || strings.HasPrefix(m, p) {
			return false
		}
		other = true
	}
	return other
}

// jaClientUntouchedRe finds a client saying its own systems were not
// attacked: 当組合のシステムが攻撃を受けたものではございません.
var jaClientUntouchedRe = regexp.MustCompile(`(?:` + jaSelfWords + `)(?:の|が管理する|が運用する)?(?:[^。、]{0,8}?)(?:システム|サーバー?|ネットワーク|端末|パソコン)(?:等|など)?` +
	`(?:が|に|へ|は)[^。]{0,12}?(?:攻撃を受け|不正アクセスを受け|侵入され|被害を受け|感染し)た?(?:もの|わけ)?では(?:ございません|ありません|ない|なく)`)

// jaClientSystemsSpareRe finds a client saying its own systems as a whole
// were not affected, or not the cause: 本市のシステムへの影響はありません,
// 当組合のシステムに起因するものではございません. A named system
// (当社の店舗の決済システム) is not the whole: an own breach notice spares
// one system or another.
var jaClientSystemsSpareRe = regexp.MustCompile(`(?:` + jaSelfWords + `)(?:の|が管理する|が運用する)?(?:[^。、の\s]{0,12})(?:システム|サーバー?|ネットワーク)(?:等|など)?` +
	`(?:(?:への|に対する|へ|に)(?:影響|被害|不正アクセス|侵入|感染)(?:等|など)?(?:は|も)(?:ございません|ありません|ない|なく|確認されて(?:おりません|いません|おらず))` +
	`|(?:に起因する|が原因の?|からの)(?:流出|漏えい|漏洩)?(?:もの)?では(?:ございません|ありません|ない|なく))`)

// jaBreachAtContractorRe finds the breach told as the contractor's, in
// one sentence: 委託している〇〇(以下「委託先」)において、ランサムウェア…,
// 委託先のサーバーが不正アクセスを受け.
var jaBreachAtContractorRe = regexp.MustCompile(`委託(?:[^。]|。[)）」』])` + `{0,60}?(?:において|にて|で|の(?:[^。、]{0,10}?)(?:サーバー?|システム|ネットワーク|端末|パソコン)(?:が|に|へ))[^。]{0,40}?(?:ランサムウェア|不正アクセス|攻撃|感染|侵入|被害|流出|漏えい|漏洩)`)

// jaNamedContractorRe finds the contractor a client names: 業務を委託して
// おります〇〇株式会社(以下「委託先」), 委託先である〇〇.
var jaNamedContractorRe = regexp.MustCompile(`委託(?:しております|している|していた|しておりました|していました|先である|先の|業者である|事業者である)(N\d+) |(N\d+) \(以下[「"]?(?:委託先|委託業者|委託事業者)`)

// untouchedClientsContractor returns the one contractor a client's notice
// names when the notice says the client's own systems were not attacked,
// or nil.
func untouchedClientsContractor(js []jaSentence, text string, canon func(string) (string, string)) *Victim {
	if !jaClientUntouchedRe.MatchString(text) && !(jaClientSystemsSpareRe.MatchString(text) && jaBreachAtContractorRe.MatchString(text)) {
		return nil
	}
	var found *Victim
	for _, s := range js {
		for _, m := range jaNamedContractorRe.FindAllStringSubmatch(s.shape, -1) {
			idx := m[1] + m[2]
			k := nameIndexes(idx)
			if len(k) != 1 || k[0] >= len(s.names) {
				continue
			}
			mention := s.names[k[0]].text
			name, _ := canon(mention)
			if name == "" {
				continue
			}
			if found != nil && found.Name != name {
				return nil // several contractors: leave it to the cues
			}
			found = &Victim{Name: name, Mention: mention, Evidence: s.text}
		}
	}
	return found
}

// jaMunicipalFacilityNameRe finds a facility a municipality runs, named
// by the municipality's kind alone: 市民病院, 市立図書館, 町立中学校.
var jaMunicipalFacilityNameRe = regexp.MustCompile(`^([市町村区県])(?:民|立)\S{1,10}$`)

// municipalFacilities names a municipality's facility that the text calls
// only 市民病院 (朝凪市は…市民病院で…) after the one municipality of that
// kind the text names: 朝凪市民病院.
func municipalFacilities(victims []Victim, js []jaSentence) []Victim {
	for i, v := range victims {
		m := jaMunicipalFacilityNameRe.FindStringSubmatch(v.Name)
		if m == nil {
			continue
		}
		var places []string
		for _, s := range js {
			for _, n := range s.names {
				if t := n.text; strings.HasSuffix(t, m[1]) && utf8.RuneCountInString(t) >= 2 && utf8.RuneCountInString(t) <= 6 && !slices.Contains(places, t) && !strings.ContainsAny(strings.TrimSuffix(t, m[1]), "市町村区県都道府") {
					places = append(places, t)
				}
			}
		}
		if len(places) == 1 {
			victims[i].Name = strings.TrimSuffix(places[0], m[1]) + v.Name
		}
	}
	return victims
}

// jaHeadOfficeRe finds the place in a bracket after a name that says
// where the business is: (富士市), (本社:東京都江東区).
var jaHeadOfficeRe = regexp.MustCompile(`[一-龥ぁ-んァ-ヶA-Za-z」]\((?:本社|本店|所在地)?[:：]?([一-龥]{1,4}(?:都|道|府|県))?([一-龥ぁ-んァ-ヶ]{1,6}(?:市|区|町|村))(?:[0-9０-９一二三四五六七八九十]{1,4}(?:丁目)?(?:[-－の][0-9０-９]{1,4}){0,2})?\)`)

// jaClientContractorRe finds a client, the subject, and the contractor it
// entrusted work to: 大日向町は…印刷を委託している北栄印刷が….
var jaClientContractorRe = regexp.MustCompile(`(N\d+) (?:は|が)、?[^。]{0,40}?` + jaEntrusted + `[^。、N]{0,6}(N\d+) `)

// jaOwnIncidentToldRe finds what makes a contractor's breach its own
// story: a gang listing it, a tally over all its clients (取引先31団体分
// 延べ約14万件).
var jaOwnIncidentToldRe = regexp.MustCompile(`リークサイト|犯行声明|延べ|[0-9]+団体分|取引先[0-9]+`)

// ownIncidentTold reports a text that tells a contractor's breach as its
// own incident, naming the contractor where it gives a gang's listing or
// the tally over all its clients.
func ownIncidentTold(js []jaSentence, contractor string) bool {
	for _, s := range js {
		if jaOwnIncidentToldRe.MatchString(s.text) && (strings.Contains(s.text, contractor) || strings.HasPrefix(s.text, "同社")) {
			return true
		}
	}
	return false
}

// jaKindSubjectRe finds a sentence whose subject is a body named by its
// kind alone, as news does once the name is known: 病院は…と発表しました,
// 病院によりますと, 同大は.
var jaKindSubjectRe = regexp.MustCompile(`(?:^|、|で、|は、)(?:同)?(病院|医院|クリニック|大学|大|学校|高校|校|町|市|村|県|銀行|行|協会|組合|生協|金庫|財団|機構)(?:は|が|によると|によりますと|では|側は)`)

// jaKindReferenceHits finds the victim a report names once and then calls
// by its kind (名取市のみどりの森病院 …。病院は、…流出した恐れがあると発表
// しました): the one name in the text that ends with that kind.
func jaKindReferenceHits(tk *tokenizer.Tokenizer, js []jaSentence) []cueHit {
	var hits []cueHit
	byKind := map[string]string{} // kind → the one name of that kind, "\x00" for several
	for _, s := range js {
		m := jaKindSubjectRe.FindStringSubmatch(s.shape)
		if m == nil || !jaBreachRe.MatchString(s.shape) && !jaAnnounceRe.MatchString(s.shape) {
			continue
		}
		kind := map[string]string{"大": "大学", "校": "学校", "行": "銀行"}[m[1]]
		if kind == "" {
			kind = m[1]
		}
		found, seen := byKind[kind]
		for _, o := range js {
			if seen {
				break
			}
			for _, n := range o.names {
				if !strings.HasSuffix(n.text, kind) && !(kind == "学校" && strings.HasSuffix(n.text, "高校")) || utf8.RuneCountInString(n.text) <= utf8.RuneCountInString(kind)+1 || kindOnly(tk, n.text) {
					continue // (住宅金融組合 is a kind too)
				}
				if found != "" && found != n.text {
					found = "\x00" // two bodies of that kind: no one is meant
				} else if found == "" {
					found = n.text
				}
			}
		}
		byKind[kind] = found
		if found != "" && found != "\x00" {
			hits = append(hits, cueHit{mention: found, weight: 3, evidence: s.text, idx: s.idx})
		}
	}
	return hits
}

// jaPlaceModifierRe finds a place written before the kind of business it
// locates: 港区の倉庫会社, 大阪市の中堅メーカー.
var jaPlaceModifierRe = regexp.MustCompile(`(N\d+) の(?:[^、。N「」]{0,8}?)(?:会社|企業|業者|メーカー|医院|クリニック|病院|診療所|介護施設|福祉施設|学校|高校|私立高校|大学|学習塾|塾|工場|商店|小売店|販売店|店舗|法人|団体|組合|銀行|信用金庫|ホテル|旅館|事業者|運営会社|商社|問屋|卸|倉庫|スーパー|薬局)`)

// jaPlaceNameRe finds the name of a place: a prefecture, a city, a ward,
// or a town or village of three characters or more (中村 and 野村 are
// surnames; 西日本鉄道 ends in 道 and is a railway).
var jaPlaceNameRe = regexp.MustCompile(`^(?:[一-龥ぁ-んァ-ヶ]{1,4}(?:都|府|県))?[一-龥ぁ-んァ-ヶ]{1,5}(?:都|府|県|市|区|郡)$|^[一-龥ぁ-んァ-ヶ]{2,5}(?:町|村)$`)

// jaPlaceModifiers returns the place names a text writes only to locate a
// business (港区の倉庫会社「丸栄倉庫」): a modifier, not the victim.
func jaPlaceModifiers(js []jaSentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range js {
		for _, m := range jaHeadOfficeRe.FindAllStringSubmatch(s.text, -1) {
			// 朝凪化成(富士市): the place a business is in, which a
			// headline may write before it (富士市の朝凪化成).
			out[m[2]] = true
			if stem := strings.TrimSuffix(m[2], lastRune(m[2])); utf8.RuneCountInString(stem) >= 2 {
				// 浜崎の… over 「…」(浜崎町3): the headline writes the
				// place without its kind.
				out[stem] = true
			}
			if m[1] != "" {
				out[m[1]+m[2]] = true
			}
		}
		for _, m := range jaPlaceModifierRe.FindAllStringSubmatch(s.shape, -1) {
			if k := nameIndexes(m[1]); len(k) == 1 && k[0] < len(s.names) && jaPlaceNameRe.MatchString(s.names[k[0]].text) {
				out[s.names[k[0]].text] = true
			}
		}
	}
	return out
}

var (
	// jaOperatorRe finds a service and the company that runs it:
	// 通販サイト「ハーブの森」を運営する森野商店.
	jaOperatorRe = regexp.MustCompile(`(N\d+) 」?を(?:運営|運用|提供|展開|管理)する(?:[^、。N]{0,12})?(N\d+) `)
	// jaRunByRe finds the company first and the service it runs after:
	// 森野商店が運営する通販サイト「ハーブの森」, 森野商店は…運営する「ハーブの森」.
	jaLatinAliasRe = regexp.MustCompile(`(N\d+) \((N\d+) \)`)
	// jaNameBeforeLegalRe finds the name before a Latin legal form read
	// as a name of its own: "N1  N2 " with N2 "Co".
	jaNameBeforeLegalRe = regexp.MustCompile(`(N\d+)  ?N\d+ $`)
	// jaShortFormRe finds a name the text shortens for later use:
	// 東京ガスカスタマーサポート株式会社(以下「TGCS」), NIJIKAWA Electronics
	// Vietnam Co., Ltd.(以下「NEV」).
	jaShortFormRe = regexp.MustCompile(`(N\d+) (?:\.?, ?N\d+ \.? ?)?\((?:[^()N]{1,24}?[、,] ?)?以下[、,]?[「"]?(N\d+) `)
	jaSelfRunRe   = regexp.MustCompile(`(?:` + jaSelfWords + `)(?:が|の|で)(?:運営|運用|提供|展開|管理|開発)(?:する|している|中の)[^。、N]{0,16}?(?:(?:N\d+ )?[「『](N\d+) |(N\d+) )`)
	// jaSelfOwnRe finds a service the issuer calls its own: 本生協の会員向け
	// ウェブサイト「かなえネット」.
	jaSelfOwnRe = regexp.MustCompile(`(?:` + jaSelfWords + `)の[^。、N]{0,16}?(?:サイト|ウェブサイト|Webサイト|ホームページ|サービス|システム|アプリ|ショップ|ストア|ポータル)(?:「|『)(N\d+) `)
	// jaSubjectSelfRunRe finds a sentence whose subject, named, then
	// runs a service as 当社: 株式会社つむぎ書房は、当社が運営する…「つむぎ
	// BOOKS」.
	jaSubjectSelfRunRe = regexp.MustCompile(`^(N\d+) は、(?:` + jaSelfWords + `)(?:が|の|で)(?:運営|運用|提供|展開|管理|開発)(?:する|している|中の)[^。、N]{0,24}?(?:[「『](N\d+) |(N\d+) |[「『]([^」』N]{1,30})[」』])`)
	// jaSubjectRunsRe finds a news sentence whose subject, named, then
	// runs a shop or a service as 同社: 有限会社こだま園は10月28日、同社が
	// ECモール「…」に出店する「こだま茶舗 …店」が.
	jaSubjectRunsRe = regexp.MustCompile(`^(N\d+) は[^、。N]{0,16}?、同社が[^。N]{0,20}?(?:[「『]N\d+ [」』])?[^。、N]{0,8}?(?:運営|運用|提供|展開|管理|開発|出店|開設)(?:する|している|中の)[^。、N]{0,16}?(?:[「『](N\d+) |(N\d+) )`)
	jaRunByRe       = regexp.MustCompile(`(N\d+) (?:が|の|は[^。N]{0,12}?)(?:運営|運用|提供|展開|管理|開発)(?:する|している|中の)[^。、N]{0,16}?(?:(?:N\d+ )?[「『](N\d+) |(N\d+) )`)
)

// jaSelfDefinitionRe finds a name defined as the issuer's word for itself:
// 国立研究開発法人〇〇機構(以下「当機構」という。).
var jaSelfDefinitionRe = regexp.MustCompile(`([一-龥ァ-ヶー・A-Za-z0-9&]{3,40}?)\((?:[^()]{0,12}?[、,] ?)?以下[、,]?[「"]?(` + jaSelfWords + `)[」"]?`)

// jaSelfWords are the words an issuer calls itself by in its own notice.
const jaSelfWords = jaFundSelf + `|` + jaClubSelf + `|` + jaTempleSelf + `|当自治会|本自治会|当町内会|当管理組合|当同窓会|当事務所|当社|弊社|本市|当市|本町|当町|本村|当村|当院|本院|本学|当学|本学園|当学園|当行|本行|当法人|本法人|当協会|本協会|本会|当会|本生協|当生協|本組合|当組合|当財団|本財団|当機構|本機構|本校|当校|当店|弊店|当グループ|弊グループ`

// operators maps the services an article names to the companies that run
// them; the company is the victim.
func operators(js []jaSentence) map[string]string {
	out := map[string]string{}
	for _, s := range js {
		add := func(service, company string) {
			a, b := nameIndexes(service), nameIndexes(company)
			if len(a) == 1 && len(b) == 1 && a[0] < len(s.names) && b[0] < len(s.names) && s.names[a[0]].text != s.names[b[0]].text {
				if jaInstitutionEnd(s.names[a[0]].text) && corporationForm(s.names[b[0]].text) {
					// A hospital or school is named itself, not as the
					// corporation that runs it (医療法人〇〇会が運営する〇〇病院).
					return
				}
				out[s.names[a[0]].text] = s.names[b[0]].text
			}
		}
		for _, m := range jaOperatorRe.FindAllStringSubmatch(s.shape, -1) {
			add(m[1], m[2])
		}
		for _, m := range jaRunByRe.FindAllStringSubmatch(s.shape, -1) {
			add(m[2]+m[3], m[1])
		}
		// A foreign name in katakana followed by its Latin spelling:
		// ザイロン(Zylon) is Zylon.
		for _, m := range jaLatinAliasRe.FindAllStringSubmatch(s.shape, -1) {
			a, b := nameIndexes(m[1]), nameIndexes(m[2])
			if len(a) == 1 && len(b) == 1 && a[0] < len(s.names) && b[0] < len(s.names) && hasJapanese(s.names[a[0]].text) && isLatinName(s.names[b[0]].text) {
				add(m[1], m[2])
			} else if len(a) == 1 && len(b) == 1 && a[0] < len(s.names) && b[0] < len(s.names) && isInitialism(s.names[b[0]].text) && initials(s.names[a[0]].text) == s.names[b[0]].text {
				// NIJIKAWA Electronics Vietnam(NEV): the initials
				// stand for the name before them.
				add(m[2], m[1])
			}
		}
		// A short form stands for the full name it was defined as.
		for _, m := range jaShortFormRe.FindAllStringSubmatch(s.shape, -1) {
			full := m[1]
			if k := nameIndexes(full); len(k) == 1 && k[0] < len(s.names) && legalWord(s.names[k[0]].text) {
				// HAKUTO Devices Thailand | Co ., Ltd .(以下「HDT」):
				// the legal form was read as names of its own; the
				// name is the one before it.
				i := strings.Index(s.shape, m[0])
				p := jaNameBeforeLegalRe.FindStringSubmatch(s.shape[:i+len(full)+1])
				if p == nil {
					continue
				}
				full = p[1]
			}
			add(m[2], full)
		}
		// 国立研究開発法人〇〇機構(以下「当機構」という。): the issuer's word
		// for itself stands for the name it defines, whether or not that
		// name was read as one.
		for _, m := range jaSelfDefinitionRe.FindAllStringSubmatch(s.text, -1) {
			if _, ok := out[m[2]]; !ok && utf8.RuneCountInString(m[1]) >= 3 {
				out[m[2]] = m[1]
			}
		}
		// 株式会社つむぎ書房は、当社が運営する…「つむぎBOOKS」: the issuer
		// names itself as the sentence's subject and then runs the
		// service as 当社.
		if m := jaSubjectRunsRe.FindStringSubmatch(s.shape); m != nil {
			b, k := nameIndexes(m[1]), nameIndexes(m[2]+m[3])
			if len(b) == 1 && len(k) == 1 && b[0] < len(s.names) && k[0] < len(s.names) && s.names[k[0]].text != s.names[b[0]].text {
				out[s.names[k[0]].text] = s.names[b[0]].text
			}
		}
		if m := jaSubjectSelfRunRe.FindStringSubmatch(s.shape); m != nil {
			if b := nameIndexes(m[1]); len(b) == 1 && b[0] < len(s.names) {
				service := m[4]
				if k := nameIndexes(m[2] + m[3]); len(k) == 1 && k[0] < len(s.names) {
					service = s.names[k[0]].text
				}
				if service != "" && service != s.names[b[0]].text {
					out[service] = s.names[b[0]].text
				}
			}
		}
		// A service the issuer runs (弊社が運営する「…」) is not a victim of
		// its own; the issuer is found by its header or signature.
		self := jaSelfRunRe.FindAllStringSubmatch(s.shape, -1)
		for _, m := range jaSelfOwnRe.FindAllStringSubmatch(s.shape, -1) {
			self = append(self, []string{m[0], m[1], ""})
		}
		for _, m := range self {
			if k := nameIndexes(m[1] + m[2]); len(k) == 1 && k[0] < len(s.names) {
				if _, ok := out[s.names[k[0]].text]; !ok {
					out[s.names[k[0]].text] = ""
				}
			}
		}
	}
	return out
}

// japaneseSentences tokenises all sentences in one kagome call and hands
// each sentence its tokens.
func japaneseSentences(tk *tokenizer.Tokenizer, ss []sentence) []jaSentence {
	var b strings.Builder
	starts := make([]int, len(ss))
	for i, s := range ss {
		starts[i] = b.Len()
		b.WriteString(s.text)
		b.WriteString("\n")
	}
	toks := splitParticleNames(tk, joinKanjiVerbs(tk.Tokenize(b.String())))
	out := make([]jaSentence, len(ss))
	t := 0
	for i, s := range ss {
		end := starts[i] + len(s.text)
		var own []tokenizer.Token
		for t < len(toks) && toks[t].Position < end {
			if toks[t].Position >= starts[i] && toks[t].Surface != "\n" {
				own = append(own, toks[t])
			}
			t++
		}
		out[i] = japaneseSentence(s, joinKatakanaMisreads(joinLatinShapes(own)))
		out[i].wholeLineName()
		out[i].widenSchoolNames()
	}
	known := knownNames(out)
	for i := range out {
		out[i].applyKnownNames(known)
		out[i].buildShape()
	}
	return out
}

// splitParticleNames undoes a particle the dictionary made of の and the
// first kana of a name: 出版社の|みずなぎ書房 read as 出版社|のみ|ず|なぎ|書房.
// When a noun is followed by such a token, a few hiragana and a
// corporate word (書房, 商事, 電機), the span from the token to the
// corporate word is tokenised again as の and the name, so that the
// name's kana are read as its opening.
func splitParticleNames(tk *tokenizer.Tokenizer, toks []tokenizer.Token) []tokenizer.Token {
	var out []tokenizer.Token
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		rest, ok := strings.CutPrefix(t.Surface, "の")
		if !ok || rest == "" || !isHiragana(t.Surface) || utf8.RuneCountInString(t.Surface) > 3 || i == 0 || !isNoun(toks[i-1]) {
			out = append(out, t)
			continue
		}
		end, kana := i+1, utf8.RuneCountInString(rest)
		for end < len(toks) && end-i <= 4 && isHiragana(toks[end].Surface) {
			kana += utf8.RuneCountInString(toks[end].Surface)
			end++
		}
		if kana < 2 || kana > 6 || end >= len(toks) || !jaCorporateWords[toks[end].Surface] && !jaInstitutions[toks[end].Surface] {
			out = append(out, t)
			continue
		}
		var name strings.Builder
		name.WriteString(rest)
		for _, u := range toks[i+1 : end+1] {
			name.WriteString(u.Surface)
		}
		no := tk.Tokenize("の")
		parts := tk.Tokenize(name.String())
		if len(no) != 1 || len(parts) == 0 {
			out = append(out, t)
			continue
		}
		no[0].Position, no[0].Start, no[0].End = t.Position, t.Start, t.Start+1
		out = append(out, no[0])
		for _, u := range parts {
			u.Position += t.Position + len("の")
			u.Start += t.Start + 1
			u.End += t.Start + 1
			out = append(out, u)
		}
		i = end
	}
	return out
}

// canonJapanese canonicalises a Japanese organisation name: legal forms go,
// well-known companies take their English names, and a subsidiary whose
// name starts with a parent the text also names (トヨタ東京販売 next to
// トヨタ) becomes a unit of the parent.
func canonJapanese(mention string, standalone, units map[string]bool) (string, string) {
	return canonJapaneseDepth(mention, standalone, units, 3)
}

// jaUniversityHospitalRe finds a university's hospital by its name.
var jaUniversityHospitalRe = regexp.MustCompile(`^(\S+?大学)(?:医学部)?(?:附属|付属)?(?:病院|医療センター|歯科病院)$`)

// jaAbbreviations are the short endings news gives co-operative lenders
// and holding companies, with the full form the body's own name uses:
// やまぶき信金 is やまぶき信用金庫, みどり町社協 is みどり町社会福祉協議会,
// 〇〇GHD is 〇〇グループホールディングス.
var jaAbbreviations = [][2]string{{"信金", "信用金庫"}, {"信組", "信用組合"}, {"労金", "労働金庫"}, {"損保", "損害保険"}, {"生保", "生命保険"}, {"社協", "社会福祉協議会"}, {"商議所", "商工会議所"},
	{"漁協", "漁業協同組合"}, {"農協", "農業協同組合"}, {"教委", "教育委員会"}, {"選管", "選挙管理委員会"},
	{"GHD", "グループホールディングス"}, {"HD", "ホールディングス"}}

// expandJaAbbreviation writes an abbreviated ending in full. A Latin
// abbreviation counts only after a Japanese name (〇〇HD, not UltraHD).
func expandJaAbbreviation(name string) string {
	for _, a := range jaAbbreviations {
		rest, ok := strings.CutSuffix(name, a[0])
		if !ok || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		if isLatinWord(a[0]) {
			if r, _ := utf8.DecodeLastRuneInString(rest); !hasJapanese(string(r)) {
				continue
			}
		}
		return rest + a[1]
	}
	return name
}

// japaneseGroupForms finds the groups whose holding company a Japanese
// text names (〇〇グループホールディングス, 〇〇GHD): the group is named
// with its group word, as the English name of a well-known group is
// ("<name> Group"). The map's keys are the canonical names the brand
// would otherwise take.
func japaneseGroupForms(js []jaSentence) map[string]string {
	var out map[string]string
	for _, s := range js {
		for _, n := range s.names {
			brand, ok := strings.CutSuffix(stripJaLegalForms(expandJaAbbreviation(n.text)), "グループホールディングス")
			if !ok || utf8.RuneCountInString(brand) < 2 || jaGeneric[brand] {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			en, known := jaCompanies[brand+"グループ"]
			if !known {
				en, known = jaCompanies[brand]
			}
			if known {
				out[en] = en + " Group"
				continue
			}
			out[brand] = brand + "グループ"
		}
	}
	return out
}

// stripJaLegalForms drops only the legal forms (株式会社) around a name.
func stripJaLegalForms(name string) string {
	name = strings.TrimSpace(name)
	for _, f := range jaLegalForms {
		if r, ok := strings.CutPrefix(name, f); ok && r != "" {
			name = strings.TrimSpace(r)
		}
		if r, ok := strings.CutSuffix(name, f); ok && r != "" {
			name = strings.TrimSpace(r)
		}
	}
	return name
}

// canonJapaneseDepth canonicalises with at most depth steps from a short
// form to a longer one.
func canonJapaneseDepth(mention string, standalone, units map[string]bool, depth int) (string, string) {
	s := expandJaAbbreviation(stripJaDepartment(stripJaTrade(stripLegalJapanese(expandJaAbbreviation(stripJaHonorific(jaContactLabelRe.ReplaceAllString(mention, "")))))))
	// しおかぜ農業協同組合 is JAしおかぜ: agricultural and fishery
	// co-operatives go by their JA or JF name.
	if core, ok := strings.CutSuffix(s, "農業協同組合"); ok && core != "" && !jaGeneric[core] {
		return "JA" + core, ""
	}
	if core, ok := strings.CutSuffix(s, "漁業協同組合"); ok && core != "" && !jaGeneric[core] {
		return "JF" + core, ""
	}
	if m := jaUniversityHospitalRe.FindStringSubmatch(s); m != nil && utf8.RuneCountInString(m[1]) >= 4 {
		// 北翔医科大学病院, 〇〇大学医学部附属病院: the university's
		// hospital, a unit of the university.
		return m[1], s
	}
	if en, ok := jaCompanies[s]; ok {
		// A well-known outlet (日経) is a commenter, whom only a strong
		// cue names as a victim; exclude decides that by its English name.
		return en, ""
	}
	legal := stripJaLegalForms(mention) != strings.TrimSpace(mention)
	if s == "" || jaCommenters[s] || utf8.RuneCountInString(s) < 2 && !isLatinWord(s) || jaSystemName(s) && !legal {
		// (NPO法人〇〇ネットワーク names a body, whatever its last word.)
		return "", ""
	}
	if !hasJapanese(s) {
		if en, ok := englishCanon[latinKey(s)]; ok {
			return en, ""
		}
		if long := latinFullName(s, standalone); long != "" {
			return long, ""
		}
		return s, ""
	}
	if jaGeneric[s] {
		return "", ""
	}
	if rest, ok := strings.CutPrefix(s, "私立"); ok && utf8.RuneCountInString(rest) >= 2 && depth > 0 {
		// 私立〇〇学園: "private" says what kind of school, not its name.
		return canonJapaneseDepth(rest, standalone, units, depth-1)
	}
	if m := jaSchoolGroupRe.FindStringSubmatch(s); m != nil {
		// 〇〇学園中学校・高等学校: schools under one name are the 学園 that
		// runs them.
		return m[1], s
	}
	if m := jaSchoolNameRe.FindStringSubmatch(s); m != nil {
		if op := schoolOperator(m[1], standalone); op != "" {
			// 明鏡中学校・高等学校 beside 学校法人明鏡学園: a private
			// school goes under the corporation that runs it.
			return op, s
		}
	}
	if m := jaMunicipalFacilityRe.FindStringSubmatch(s); m != nil && (m[2] == "立" || municipalityNamed(m[1], standalone)) {
		// 東雲野市立図書館: a library or a hall the municipality runs as
		// one of its own offices is the municipality. Without 立
		// (北鳴市中央図書館) the text must name the municipality on its
		// own: 野村美術館 is no museum of a 野村.
		return m[1], s
	}
	if m := jaMunicipalSchoolRe.FindStringSubmatch(s); m != nil && municipalityNamed(m[1], standalone) {
		// 白浜市立小 in a story the city tells: the school's systems are
		// the municipality's.
		return m[1], s
	}
	if core := jaUnderDescriptor(s, standalone); core != "" && depth > 0 {
		// 老舗和菓子店いろは堂 in a headline is いろは堂, as the body
		// writes it.
		return canonJapaneseDepth(core, standalone, units, depth-1)
	}
	if long := jaLongForm(s, standalone); long != "" && depth > 0 && !particleAfter(s, long) {
		return canonJapaneseDepth(long, standalone, units, depth-1)
	}
	if long := jaTailForm(s, standalone); long != "" && depth > 0 && !particleAfter(s, long) {
		return canonJapaneseDepth(long, standalone, units, depth-1)
	}
	if long := jaFullName(s, standalone, units); long != "" && depth > 0 && !particleAfter(s, long) {
		return canonJapaneseDepth(long, standalone, units, depth-1)
	}
	if short, ok := strings.CutSuffix(s, "の"); ok && standalone[short] && depth > 0 {
		// コープななかまどのネット注文 in a headline: the dictionary ran
		// a name in kana on into the particle after it.
		return canonJapaneseDepth(short, standalone, units, depth-1)
	}
	rs := []rune(s)
	// A well-known company followed by ・ or a generic word is that
	// company: ソニー・インタラクティブ is Sony.
	for k := len(rs) - 1; k >= 2; k-- {
		p, rest := string(rs[:k]), string(rs[k:])
		if en, known := jaCompanies[p]; known && (strings.HasPrefix(rest, "・") || jaGenericSuffix[rest]) {
			return en, ""
		}
	}
	for k := len(rs) - 1; k >= 2; k-- {
		p := string(rs[:k])
		en, known := jaCompanies[p]
		if known && parentNamed(en, p, standalone) {
			return en, s
		}
		if !known && standalone[p] && jaLongForm(p, standalone) != s && units[s] {
			return p, s
		}
	}
	if units[s] {
		if parent := jaBrandParent(s, standalone, units); parent != "" && depth > 0 {
			// 当金庫の子会社である「やまぶきビジネスサービス」: a subsidiary
			// under its parent's brand is the parent's.
			name, _ := canonJapaneseDepth(parent, standalone, units, depth-1)
			return name, s
		}
	}
	return s, ""
}

// particleAfter reports whether long is short with a particle after it
// (コープななかまど, コープななかまどの): the dictionary's misreading of a
// kana name, not a longer name.
//
// A municipality with 内, 外 or 全域 after it (潮見市内, "within the city")
// is the place, not a longer name either.
func particleAfter(short, long string) bool {
	rest, ok := strings.CutPrefix(long, short)
	if !ok {
		return false
	}
	if jaMunicipalEndRe.MatchString(short) && (rest == "内" || rest == "外" || rest == "全域") {
		return true
	}
	return utf8.RuneCountInString(rest) == 1 && strings.ContainsAny(rest, "のはがをにでともへや")
}

// jaMunicipalEndRe finds a municipality's or a prefecture's last character.
var jaMunicipalEndRe = regexp.MustCompile(`[都道府県市区町村]$`)

// jaBrandParent returns the one organisation the text names on its own
// whose name opens with the same brand as the subsidiary s (やまぶき信用金庫
// for やまぶきビジネスサービス): at least three characters in common, ending
// where a word ends in both. "" when there is none or more than one.
func jaBrandParent(s string, standalone, units map[string]bool) string {
	rs := []rune(s)
	found := ""
	for q := range standalone {
		if units[q] || q == s {
			continue
		}
		rq := []rune(q)
		k := 0
		for k < len(rs) && k < len(rq) && rs[k] == rq[k] {
			k++
		}
		if k < 3 || k == len(rs) || k == len(rq) || sameScriptRun(rs[k-1], rs[k]) || sameScriptRun(rq[k-1], rq[k]) {
			continue
		}
		if !jaOrgEndingRe.MatchString(string(rq[k:])) {
			continue
		}
		if found != "" && found != q {
			return ""
		}
		found = q
	}
	return found
}

// sameScriptRun reports whether two neighbouring characters continue one
// word of katakana or of Latin letters, so that a brand cannot end between
// them.
func sameScriptRun(a, b rune) bool {
	kata := func(r rune) bool { return r >= 0x30A0 && r <= 0x30FF }
	latin := func(r rune) bool { return r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	return kata(a) && kata(b) || latin(a) && latin(b)
}

// jaOrgEndingRe finds what follows the brand in a parent's name: its
// kind of business or its legal standing.
var jaOrgEndingRe = regexp.MustCompile(`(?:信用金庫|信用組合|労働金庫|銀行|ホールディングス|グループ|生活協同組合|協同組合|保険|証券|電機|電気|工業|製作所|産業|商事|物産|建設|不動産|鉄道|電鉄|交通|運輸|物流|食品|製薬|薬品|化学|自動車|重工|電力|ガス|通信|放送|新聞|大学|病院|学園|財団|機構)$`)

// jaDescriptorRe finds a description of a business put before its name:
// 和菓子店, 老舗, 部品メーカー, 通販会社.
var jaDescriptorRe = regexp.MustCompile(`^[一-龥ぁ-んァ-ヶー・]{0,10}(?:店|屋|メーカー|会社|業者|企業|大手|老舗|商社|チェーン|事業者|運営会社|ブランド|船主|海運|運航会社|航空|運輸)$`)

// jaUnderDescriptor returns the name that s writes after a description of
// the business (和菓子店いろは堂 → いろは堂), when the text also writes that
// name on its own; "" otherwise.
func jaUnderDescriptor(s string, standalone map[string]bool) string {
	best := ""
	for t := range standalone {
		prefix, ok := strings.CutSuffix(s, t)
		if !ok || prefix == "" || utf8.RuneCountInString(t) < 2 || !jaDescriptorRe.MatchString(prefix) {
			continue
		}
		if len(t) > len(best) {
			best = t
		}
	}
	if best != "" {
		return best
	}
	// 保険金請求代行ペンウィック, ゲーム開発ブリンドルムーア in a headline:
	// kanji that say what the business does before a katakana name
	// the body writes in full (ペンウィック・クレーム・サービシズ).
	m := jaKanjiThenKanaRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	for t := range standalone {
		if strings.HasPrefix(t, m[2]+"・") && (best == "" || len(t) < len(best) || len(t) == len(best) && t < best) {
			best = t
		}
	}
	if best == "" && strings.Contains(m[2], "・") && jaKindNounRe.MatchString(m[1]) {
		// 医療機関ハロウゲート・メディカル・センター: a kind of body
		// before a foreign name written in full, even once.
		best = m[2]
	}
	return best
}

// jaKindNounRe is kanji that name a kind of organisation, standing before
// its name: 医療機関, 保険会社, 物流企業, 大学.
var jaKindNounRe = regexp.MustCompile(`(?:機関|会社|企業|法人|団体|病院|大学|銀行|業者|事業者|大手|商社|組織|当局|自治体|学校)$`)

// jaKanjiThenKanaRe splits a name into kanji and the katakana name after
// them.
var jaKanjiThenKanaRe = regexp.MustCompile(`^([一-龥ァ-ヶー]{0,10}[一-龥]{2})([ァ-ヶー]{3,}(?:・[ァ-ヶー]+)*)$`)

// latinFullName returns the fuller Latin name a Japanese text gives for a
// short one: GENKAI Industries for GENKAI, when the words after it are
// those that end a company's own name; "" otherwise.
func latinFullName(s string, standalone map[string]bool) string {
	best := ""
	for n := range standalone {
		rest, ok := strings.CutPrefix(n, s+" ")
		if !ok || hasJapanese(n) || !allIn(strings.Fields(rest), latinNameRest) {
			continue
		}
		if best == "" || len(n) < len(best) || len(n) == len(best) && n < best {
			best = n
		}
	}
	return best
}

// latinNameRest are the words that end a company's own Latin name.
var latinNameRest = wordSet(ownNameWords, `technologies technology electronics systems solutions chemical chemicals pharmaceutical pharmaceuticals
foods steel logistics airlines airways energy networks software semiconductor semiconductors precision
devices components instruments materials robotics optics`)

// jaAnnounceRe finds a sentence that reports an announcement.
var jaAnnounceRe = regexp.MustCompile(`発表|公表|明らかに|お知らせ|報告|謝罪|お詫び`)

// commonNounsOnly reports a Japanese candidate made only of words the
// dictionary knows as common nouns (データセンター, 受注・出荷, 社会), with
// no proper noun, no unknown word and no ending that makes an
// organisation (社, 銀行, 市, 大学, 病院, 機構): it names a thing or an
// activity, not who was breached. A name the text quotes or writes with
// a legal form is exempt.
func commonNounsOnly(tk *tokenizer.Tokenizer, name string) bool {
	if !hasJapanese(name) || strings.HasSuffix(name, "社") || jaOrgLike(name) && !strings.HasSuffix(name, "センター") {
		// センター ends a facility (データセンター) as often as a body.
		return false
	}
	for w := range jaKanaNameHeads {
		if strings.HasSuffix(name, w) {
			return false
		}
	}
	toks := tk.Tokenize(name)
	words := 0
	for _, t := range toks {
		if t.Surface == "・" || t.Surface == " " || t.Class == tokenizer.DUMMY {
			continue
		}
		pos := t.POS()
		if words > 0 && len(pos) > 2 && pos[0] == "名詞" && pos[1] == "接尾" && pos[2] == "一般" {
			// クラフトビール醸造|所: a suffix making common nouns a
			// place of business is common too.
			continue
		}
		if t.Class != tokenizer.KNOWN || len(pos) < 2 || pos[0] != "名詞" || (pos[1] != "一般" && pos[1] != "サ変接続") {
			return false
		}
		words++
	}
	return words > 0
}

// jaNationalityBeforeRe ends with the country news writes before a
// foreign body it describes by kind: 英|住宅協会, 英国の|住宅協会,
// オランダの|病院 (not 日英 inside a word).
var jaNationalityBeforeRe = regexp.MustCompile(`(?:(?:^|[^\p{Han}])[英米独仏豪中韓伊加露印台蘭]|(?:英|米|中|韓|仏|独|豪)国の|(?:イギリス|アメリカ|ドイツ|フランス|オランダ|スウェーデン|オーストラリア|カナダ|イタリア|スペイン|台湾|インド|ブラジル|メキシコ|ベルギー|スイス|ノルウェー|デンマーク|フィンランド|ポーランド|シンガポール|ニュージーランド|アイルランド)の)$`)

// countryKind reports a mention the text writes only after a
// one-character country name, made of common nouns and a body's word
// (英|住宅|協会, 米|病院): a description of a foreign body by its kind, not
// its name.
func countryKind(tk *tokenizer.Tokenizer, mention, text string) bool {
	if r, size := utf8.DecodeRuneInString(mention); strings.ContainsRune("英米独仏豪韓", r) && size < len(mention) {
		// 米|病院 read as one name: the country is written inside it,
		// before a kind of body alone (not 中村病院, 伊勢病院).
		if rest := mention[size:]; jaBodyKinds[rest] || tradeKind(tk, rest) {
			return true
		}
	}
	if mention == "" || !strings.Contains(text, mention) {
		return false
	}
	for rest := text; ; {
		i := strings.Index(rest, mention)
		if i < 0 {
			break
		}
		if !jaNationalityBeforeRe.MatchString(rest[max(0, i-40):i]) {
			return false
		}
		rest = rest[i+len(mention):]
	}
	return kindOnly(tk, mention)
}

// jaTradeNouns name lines of business, which with a kind of body after
// them (保険|代理店, 印刷|会社) describe a body without naming it.
var jaTradeNouns = wordSet(`保険 損保 代理 印刷 物流 運輸 運送 倉庫 医療 介護 福祉 情報 通信 不動産 旅行 住宅 金融 証券 建設 食品 化学 機械 電機 電子 自動車 部品 精密 製薬 教育 学習 人材 派遣 広告 出版 放送 小売 卸 IT ソフトウェア ソフト システム 清掃 警備 通販 物販 飲食 外食 観光 宿泊 農業 漁業 鉄鋼 繊維 アパレル 化粧品 家具 家電 文具 玩具 ゲーム 映像 音楽 会計 税理 法律 設計 測量 検査 試験 調査 コンサルティング 経営 商業 工業 製造 販売 開発 受託 発送`)

// jaKindEnds are the kinds of body a line of business goes before.
var jaKindEnds = wordSet(`代理店 会社 業者 企業 メーカー 協会 組合 法人 事業者 店 大手 中堅 専門店 チェーン 団体`)

// tradeKind reports a mention that is a line of business and a kind of
// body (保険代理店, 印刷会社): a description, not a name.
func tradeKind(tk *tokenizer.Tokenizer, mention string) bool {
	words := wordTokens(tk, mention)
	if len(words) < 2 || !jaKindEnds[words[len(words)-1].Surface] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !jaTradeNouns[w.Surface] {
			return false
		}
	}
	return true
}

// jaBodyKinds are kinds of body a country abbreviation may stand before:
// 米|病院, 英|銀行.
var jaBodyKinds = wordSet(`病院 銀行 大学 企業 会社 メーカー 大手 保険会社 証券会社 航空会社 通信会社 小売 小売大手 新聞社 放送局 自治体 政府機関 機関 団体 協会`)

// kindOnly reports a name made of common nouns and a body's word (住宅|協会,
// 病院): the kind of a body, not its name.
func kindOnly(tk *tokenizer.Tokenizer, mention string) bool {
	words := wordTokens(tk, mention)
	if len(words) < 1 {
		return false
	}
	last := words[len(words)-1].Surface
	if !jaCorporateWords[last] && !jaInstitutions[last] {
		return false
	}
	return len(words) == 1 || commonNounRun(words[:len(words)-1])
}

// wordTokens tokenizes s without the dictionary's sentence markers.
func wordTokens(tk *tokenizer.Tokenizer, s string) []tokenizer.Token {
	var words []tokenizer.Token
	for _, t := range tk.Tokenize(s) {
		if t.Class != tokenizer.DUMMY {
			words = append(words, t)
		}
	}
	return words
}

// jaMunicipalFacilityRe finds a facility a municipality runs as one of
// its offices: 〇〇市立図書館, 〇〇町立公民館.
var jaMunicipalFacilityRe = regexp.MustCompile(`^(.{1,10}?[市町村区])(立)?.{0,8}?(?:図書館|公民館|博物館|美術館|体育館|文化会館|資料館|児童館)$`)

// jaMunicipalSchoolRe finds a school a municipality runs, written after
// it: 白浜市立小, 北川町立第二中学校, 〇〇区立図書館.
var jaMunicipalSchoolRe = regexp.MustCompile(`^(.{1,10}?[市町村区])立.{0,8}?(?:小|中|小学校|中学校|高|高校|高等学校|中等教育学校|義務教育学校|学校|幼稚園|保育園|保育所|図書館|公民館)$`)

// municipalityNamed reports a text that names the municipality itself or
// one of its departments (白浜市, 白浜市教育委員会).
func municipalityNamed(town string, standalone map[string]bool) bool {
	for n := range standalone {
		if n == town || strings.HasPrefix(n, town) && stripJaDepartment(n) == town {
			return true
		}
	}
	return false
}

// jaDescribedHeadlineNames maps a headline's name that runs a description
// into the name (米クラウド会計レッジウェル) to the name the body writes on
// its own (クラウド会計ソフト大手のレッジウェル): a katakana or Latin name of
// three runes or more that the headline's name ends with, after words
// that hold a kanji. Names the body writes whole are left alone.
func jaDescribedHeadlineNames(js []jaSentence) map[string]string {
	body := map[string]bool{}
	for _, s := range js {
		if !s.title {
			for _, n := range s.names {
				body[n.text] = true
			}
		}
	}
	var out map[string]string
	for _, s := range js {
		if !s.title {
			continue
		}
		for _, n := range s.names {
			if body[n.text] {
				continue
			}
			// 米|給与計算ペイブルック: the country the dictionary cut off
			// stands before the name.
			country := false
			if i := strings.Index(s.text, n.text); i > 0 {
				r, _ := utf8.DecodeLastRuneInString(s.text[:i])
				country = strings.ContainsRune("米英独仏中韓露豪加蘭伊印台", r)
			}
			best := ""
			for b := range body {
				prefix, ok := strings.CutSuffix(n.text, b)
				if !ok || prefix == "" || utf8.RuneCountInString(b) < 3 || utf8.RuneCountInString(prefix) > 8 || !isKatakanaOrLatin(b) || !country && !jaHeadlineDescriptorRe.MatchString(prefix) {
					continue
				}
				if len(b) > len(best) || len(b) == len(best) && b < best {
					best = b
				}
			}
			if best != "" {
				if out == nil {
					out = map[string]string{}
				}
				out[n.text] = best
			}
		}
	}
	return out
}

// jaHeadlineDescriptorRe finds the description a headline writes before a
// foreign or a little-known company's name: a country's abbreviation, or a
// line of business (米クラウド会計, 英決済大手, 通販).
var jaHeadlineDescriptorRe = regexp.MustCompile(`^[米英独仏中韓露豪加蘭伊印台]|(?:大手|会計|通販|決済|予約|物流|小売|家電|製薬|医療|保険|証券|旅行|ゲーム|アプリ|ソフト|クラウド|IT|EC|SaaS|AI|SNS|セキュリティ|新興)$`)

// jaSubsidiaryRe finds a sentence about subsidiaries, branches or group
// companies.
var jaSubsidiaryRe = regexp.MustCompile(`子会社|孫会社|グループ会社|関連会社|販売会社|傘下|系列|親会社|現地法人|グループ企業|海外拠点|支社|支店`)

// jaFullName returns the full name a short name stands for when the text
// uses both outside talk of subsidiaries: ノースリッジ for ノースリッジ・ホテルズ,
// アルティア for アルティア少額短期保険. It returns "" when there is none or
// more than one.
func jaFullName(s string, standalone, units map[string]bool) string {
	if units[s] {
		return ""
	}
	best := ""
	for n := range standalone {
		rest, ok := strings.CutPrefix(n, s)
		if !ok || rest == "" || units[n] || stripJaDepartment(n) != n || strings.ContainsAny(rest, "()（）:「」、。 ") || jaGeneric[rest] || jaGenericSuffix[strings.TrimPrefix(rest, "・")] || jaSystemName(n) || serviceTail(rest) {
			continue
		}
		if best != "" {
			return ""
		}
		best = n
	}
	return best
}

// serviceTail reports words after a name that make it the name of a shop,
// site or app the organisation runs: オンラインストア, 公式通販サイト.
func serviceTail(rest string) bool {
	rest = strings.TrimPrefix(rest, "・")
	for rest != "" {
		cut := false
		for w := range jaServiceWords {
			if r, ok := strings.CutSuffix(rest, w); ok {
				rest, cut = r, true
				break
			}
		}
		if !cut {
			return false
		}
	}
	return true
}

// jaLongForm returns the full name a short form abbreviates, as 東都医療大
// does 東都医療大学: a name the text also uses that starts with the short
// form and adds at most two characters ending an institution's name.
func jaLongForm(s string, standalone map[string]bool) string {
	best := ""
	for n := range standalone {
		rest, ok := strings.CutPrefix(n, s)
		if !ok || rest == "" || utf8.RuneCountInString(rest) > 2 {
			continue
		}
		if !jaInstitutionEnd(n) {
			continue
		}
		if best == "" || len(n) < len(best) || len(n) == len(best) && n < best {
			best = n
		}
	}
	return best
}

// jaTailForm returns the full name a headline shortens to its last words,
// as 整備協会 does 全国プレジャーボート整備協会: the one name the text also
// uses that ends with the short form, when the short form is an
// association's kind (words, then 協会 or the like). "" otherwise.
func jaTailForm(s string, standalone map[string]bool) string {
	if !jaAssociationEndRe.MatchString(s) {
		return ""
	}
	found := ""
	for n := range standalone {
		if n == s || !strings.HasSuffix(n, s) || utf8.RuneCountInString(n)-utf8.RuneCountInString(s) < 2 {
			continue
		}
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// jaAssociationEndRe finds a short name that is an association's kind:
// 整備協会, 保険組合.
var jaAssociationEndRe = regexp.MustCompile(`^\p{Han}{2,4}(?:協会|機構|組合|財団|連合会|協議会|学会|振興会|連盟)$`)

// jaInstitutionEnd reports a name ending in a word such as 大学, 病院 or
// 銀行 that makes it an institution.
func jaInstitutionEnd(name string) bool {
	for w := range jaInstitutions {
		if utf8.RuneCountInString(w) >= 2 && strings.HasSuffix(name, w) && name != w {
			return true
		}
	}
	return false
}

// jaGenericSuffix are words after a company's name that do not make it
// another company.
var jaGenericSuffix = wordSet(`インターナショナル プライベート ジャパン ホールディングス グループ 本社 日本法人`)

// parentNamed reports whether the text names the parent company on its own,
// in any of its spellings.
func parentNamed(en, ja string, standalone map[string]bool) bool {
	if standalone[ja] {
		return true
	}
	for n := range standalone {
		if jaCompanies[n] == en {
			return true
		}
	}
	return false
}

// jaSystemSuffixes end the names of systems, sites and services, which
// are breached but are not the organisation that suffers it.
var jaSystemSuffixes = []string{"システム", "サイト", "ポータル", "サーバ", "サーバー", "アプリ", "ページ", "データベース", "ネットワーク", "クラウド", "プラットフォーム", "ターミナル", "端末", "環境", "搬出入", "ウォレット", "ストレージ", "メールボックス", "レプリカ", "インスタンス", "バケット", "クラスタ", "クラスター", "コンテナ", "リポジトリ", "バックアップ", "VPN装置", "ルーター", "ファイアウォール", "用", "型"}

// jaSystemName reports the name of a system or site: 電子カルテシステム等,
// 子育て支援ポータルサイト.
func jaSystemName(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "等"), "など")
	for _, suf := range jaSystemSuffixes {
		if rest, ok := strings.CutSuffix(s, suf); ok {
			// ハーバーライト・ヘルス・システム: a foreign name's own word
			// (Health System), set off by ・, not a system it runs.
			return !strings.HasSuffix(rest, "・")
		}
	}
	return false
}

// jaDepartmentRe finds a department after a municipality's or an
// institution's name: 北浜市こども未来部, 青葉学院大学情報システム課. A
// department's words hold no municipality, but they may speak of its
// residents (総務部市民税課, 県民生活部).
var jaDepartmentRe = regexp.MustCompile(`^(.{2,}?(?:市|町|村|県|府|区|大学|病院|協会|機構|銀行|学園))(?:[^市町村県府]|[市町村県府区都]民|都市){1,16}(?:部|課|局|室|係|本部|事務局|センター|委員会)$`)

// jaSchoolGroupRe finds two or more schools written under the name of the
// 学園 that runs them: 〇〇学園中学校・高等学校.
// jaSchoolNameRe finds a school's name and the name before its kind:
// 明鏡中学校・高等学校, 明鏡中・高, 明鏡高校.
var jaSchoolNameRe = regexp.MustCompile(`^(\S{2,}?)(?:中学校|高等学校|小学校|中等教育学校|中学|高校|中|高)(?:・(?:中学校|高等学校|小学校|中学|高校|高|中))*$`)

// schoolOperator returns the school corporation (〇〇学園, 〇〇学院) the
// text names whose name opens with the school's, or "".
func schoolOperator(school string, standalone map[string]bool) string {
	found := ""
	for n := range standalone {
		op := stripLegalJapanese(n)
		core, ok := strings.CutSuffix(op, "学園")
		if !ok {
			core, ok = strings.CutSuffix(op, "学院")
		}
		if !ok || core != school {
			continue
		}
		if found != "" && found != op {
			return ""
		}
		found = op
	}
	return found
}

var jaSchoolGroupRe = regexp.MustCompile(`^(.{2,}?学園)(?:中学校|高等学校|小学校|幼稚園|中学|高校)(?:・(?:中学校|高等学校|小学校|幼稚園|中学|高校))+$`)

// jaTownOfficeRe is a municipality's office: 〇〇町役場, 〇〇市役所.
var jaTownOfficeRe = regexp.MustCompile(`^(.{1,12}?[市町村区])(?:役場|役所)$`)

// jaTradeRe finds a line of business written before a name in kana or
// Latin letters as one word: 茶販売ことぶき茶舗, 電力小売りヤロウデール.
var jaTradeRe = regexp.MustCompile(`^\p{Han}{1,4}(?:販売|小売り|小売|卸売り|卸売|製造|運営|開発|通販)([\p{Hiragana}\p{Katakana}A-Za-zＡ-Ｚａ-ｚ].+)$`)

// jaTradeAcronymRe finds an industry's acronym glued before a Japanese
// name: LCCスカイ航空, EC通販〇〇.
var jaTradeAcronymRe = regexp.MustCompile(`^(?:LCC|EC|IT|ICT|SaaS|IoT|AI|MVNO|FX|ISP|DM)([\p{Hiragana}\p{Katakana}\p{Han}].+)$`)

// stripJaTrade drops a line of business glued before a name.
func stripJaTrade(s string) string {
	if m := jaTradeRe.FindStringSubmatch(s); m != nil && utf8.RuneCountInString(m[1]) >= 2 {
		return m[1]
	}
	if m := jaTradeAcronymRe.FindStringSubmatch(s); m != nil && utf8.RuneCountInString(m[1]) >= 3 {
		return m[1]
	}
	return s
}

// jaCorpFacilityRe finds a facility written after the name of the
// corporation that runs it: 〇〇会△△病院, 〇〇学園△△高等学校.
var jaCorpFacilityRe = regexp.MustCompile(`^\p{Han}{1,6}(?:会|学園|財団|福祉会)(\p{Hiragana}[^\s]*?(?:病院|クリニック|医院|診療所|高等学校|中学校|小学校|幼稚園|保育園)|[^\s]{2,}?(?:記念病院|中央病院|総合病院))$`)

// jaStaffSuffixRe finds people of an organisation written after its name as
// one word: 大浜市職員, 北浜銀行行員, 青葉学院大学学生.
var jaStaffSuffixRe = regexp.MustCompile(`^(.{2,}?)(?:教職員|職員|社員|従業員|行員|教員|役員|関係者|利用者|会員|顧客|患者|学生|生徒|児童)$`)

// stripJaDepartment drops a department, or the people of the
// organisation, written after its name.
func stripJaDepartment(s string) string {
	for _, label := range []string{"お問い合わせ先", "お問い合わせ", "問い合わせ先", "問い合わせ", "問合せ先", "問合せ", "連絡先", "発信元"} {
		// 問い合わせ北嶺学院大学: a contact line's label before the name.
		if rest, ok := strings.CutPrefix(s, label); ok && utf8.RuneCountInString(rest) >= 2 {
			s = strings.TrimLeft(rest, ":： ")
			break
		}
	}
	if m := jaCorpFacilityRe.FindStringSubmatch(s); m != nil {
		// 清泉会しらかば記念病院: the hospital, not the medical
		// corporation written before it.
		s = m[1]
	}
	for _, site := range []string{"公式ホームページ", "ホームページ", "公式サイト", "ウェブサイト", "HP"} {
		// 浜野市役所HP: the body's website stands for the body.
		if rest, ok := strings.CutSuffix(s, site); ok && utf8.RuneCountInString(rest) >= 2 {
			s = rest
			break
		}
	}
	if m := jaStaffSuffixRe.FindStringSubmatch(s); m != nil && !jaGeneric[m[1]] {
		s = m[1]
	}
	if m := jaTownOfficeRe.FindStringSubmatch(s); m != nil {
		// 奥霧村役場: the village's office stands for the village.
		return m[1]
	}
	if strings.HasSuffix(s, "医療センター") {
		// 北浜県こども医療センター: a public hospital, not a department.
		return s
	}
	if m := jaDepartmentRe.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

// isLatinName reports a name written in Latin letters, spaces and
// punctuation between them included.
func isLatinName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isLatinWord(w) {
			return false
		}
	}
	return strings.TrimSpace(s) != ""
}

// formLabelRe finds a notice form's label or a listing's heading written in
// title case ("Organization Name:", "Data Breach Notifications —"), which
// the name reader would take for a name.
var formLabelRe = regexp.MustCompile(`^(?i:(?:(?:organi[sz]ation|entity|company|business|registrant|covered entity|reporting entity) name|name of (?:the )?(?:organi[sz]ation|entity|company|business|covered entity)|published by|issued by|posted by)\s*:|(?:(?:data|security|privacy|cyber(?:security)?) ){1,2}(?:breach |incident )?(?:notifications?|notices?|disclosures?|reports?)\s*[:—–|-])`)

// lowerFormLabels writes a form label in lower case so that the name
// after it is read alone.
func lowerFormLabels(text string) string {
	if loc := formLabelRe.FindStringIndex(text); loc != nil {
		text = strings.ToLower(text[:loc[1]]) + text[loc[1]:]
	}
	return registrationRe.ReplaceAllStringFunc(text, strings.ToLower)
}

// registrationRe is a company-register label in a footer ("Ferrow Health
// Limited ABN 61 …", "Company No. 0123", "Registered in England").
var registrationRe = regexp.MustCompile(`\b(?:ABN|ACN|NZBN|Company (?:No\.?|Number|Registration Number)|Registered (?:in|office|number|No\.?)|Registration (?:No\.?|Number))(?:\s|:|$)`)

// jaShortenedNames maps a name a headline shortens by leaving characters
// out of the middle (海洋研究機構 for 海洋環境研究機構) to the one full name
// of the text it shortens: same first character, same last two, the short
// form's characters in order within the full one, at least four of them.
func jaShortenedNames(names map[string]bool) map[string]string {
	type name struct {
		s string
		r []rune
	}
	var all []name
	for n := range names {
		if hasJapanese(n) {
			all = append(all, name{n, []rune(n)})
		}
	}
	var out map[string]string
	for _, a := range all {
		ra := a.r
		if len(ra) < 4 {
			continue
		}
		full, n := "", 0
		for _, b := range all {
			rb := b.r
			if len(rb) <= len(ra) || rb[0] != ra[0] || rb[len(rb)-1] != ra[len(ra)-1] || rb[len(rb)-2] != ra[len(ra)-2] || strings.Contains(b.s, a.s) || !runeSubsequence(ra, rb) {
				continue
			}
			full, n = b.s, n+1
		}
		if n == 1 {
			if out == nil {
				out = map[string]string{}
			}
			out[a.s] = full
		}
	}
	return out
}

// runeSubsequence reports whether a's runes stand in b in order.
func runeSubsequence(a, b []rune) bool {
	i := 0
	for _, r := range b {
		if i < len(a) && a[i] == r {
			i++
		}
	}
	return i == len(a)
}

// ownQuoteRe finds a name a notice quotes as its own service or club:
// 当球団公式ファンクラブ「〇〇クラブ」, 当社が運営する「〇〇」.
var ownQuoteRe = regexp.MustCompile(`(?:` + jaSelfWords + `|当クラブ|弊団体)[^。「」]{0,20}「([^」]{1,40})」`)

// ownQuotedNames returns the names text quotes as its issuer's own.
func ownQuotedNames(text string) map[string]bool {
	var out map[string]bool
	for _, m := range ownQuoteRe.FindAllStringSubmatch(text, -1) {
		if out == nil {
			out = map[string]bool{}
		}
		out[m[1]] = true
	}
	return out
}

// quotedOnly reports a name that text writes only inside Japanese quotes
// (「…」, 『…』), as a service's or a product's.
func quotedOnly(name, text string) bool {
	if name == "" {
		return false
	}
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			break
		}
		at := i + j
		if !strings.HasSuffix(text[:at], "「") && !strings.HasSuffix(text[:at], "『") {
			return false
		}
		n++
		i = at + len(name)
	}
	return n > 0
}

// finalWord returns the last word of s, or "".
func finalWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// ownSystemsRe finds an organisation speaking of its own systems: "our
// network", "its own customer portal", "its servers" — which also ends a
// write-up's claim to be research only.
var ownSystemsRe = regexp.MustCompile(`\b(?:our|its) (?:own )?(?:[a-z\-]+ ){0,2}?(?:network|systems|environment|infrastructure|servers|email|mailboxes|accounts|portal|tenant|database)\b`)

// enResearcherVerbRe opens what a researcher does, right after its name:
// "has been tracking", "observed", "attributes", "is publishing its
// analysis" (not a bare "published", which any company does).
var enResearcherVerbRe = regexp.MustCompile(`(?i)^(?: \([A-Z0-9&]{2,10}\))?(?:'s?)?(?: (?:researchers|analysts|team|threat intelligence team|research team|labs?|threat hunters|experts))?,? (?:(?:has|have) been |(?:has|have) |is |are |recently |first |today |this week )?(?:tracking|tracked|tracks|observed|observes|attribut(?:ed|es|ing)|analy[sz](?:ed|es|ing)|uncovered|uncovers|monitor(?:ed|s|ing)|(?:publish|shar)(?:ed|es|ing) (?:its|their|new) (?:analysis|findings|research|report|write-up))\b`)

// enOurResearchRe finds a researcher's own words for its work: "our
// telemetry", "our researchers", "we attribute".
var enOurResearchRe = regexp.MustCompile(`\bour (?:telemetry|researchers|analysts|threat (?:intelligence|research)(?: team)?|research(?: team)?|analysis|sensors|honeypots)\b|\bwe (?:assess|attribute)\b`)

// researchWriteUp reports a security researcher's write-up of others'
// activity: its "we" observes, tracks or attributes, or a security
// firm it names does, and it says nothing of its own systems.
// The names it returns (lower case) are the security firms it has doing
// that work; a think tank or a laboratory it tells of is not among them.
func researchWriteUp(es []enSentence, fullText string) (bool, map[string]bool) {
	lt := strings.ToLower(fullText)
	if ownSystemsRe.MatchString(lt) {
		return false, nil
	}
	researchers := map[string]bool{}
	for _, s := range es {
		for _, n := range s.names {
			if securityVendor(strings.ToLower(n.text)) && researcherAfter(s.text, n.text) {
				researchers[strings.ToLower(n.text)] = true
			}
		}
	}
	return len(researchers) > 0 || enResearcherWeRe.MatchString(lt) || enOurResearchRe.MatchString(lt), researchers
}

// researcherName reports whether name is one of the researching firms, or
// the first words of one ("Brambleton Cyber" of "Brambleton Cyber Threat
// Research Unit").
func researcherName(researchers map[string]bool, name string) bool {
	if name == "" {
		return false
	}
	for r := range researchers {
		if r == name || strings.HasPrefix(r, name+" ") {
			return true
		}
	}
	return false
}

// researcherAfter reports whether the sentence has its named organisation
// doing a researcher's work: "Ridgeline Threat Labs has been tracking…".
func researcherAfter(sentence, mention string) bool {
	i := strings.Index(sentence, mention)
	return i >= 0 && enResearcherVerbRe.MatchString(sentence[i+len(mention):])
}
