package incident

import "strings"

func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// neverNames are capitalised words that never start or join an
// organisation's name: pronouns, days, months, titles.
var neverNames = wordSet(`i we our us it its they their he she his her you your this that these those
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr ceo cto ciso cio coo cfo pii ssn ssns it vpn rdp api sql cve cves ip os faq q a
am pm utc gmt jst est pst edt pdt bst cest cet update updated editor note read more related
breaking exclusive
is are was were been being has have had does did doing responds responded responding announces
announced notifies confirms says provides`)

// commonWords are ordinary words that headlines and sentence starts
// capitalise; there they are not names.
var commonWords = wordSet(`neighboring neighbouring nearby rival fellow
the a an and or but of in on at to for from by with as into over after
before amid about against via up out off than then also yet still so if when while since because
though although however meanwhile moreover furthermore additionally separately similarly earlier
later last this next new latest another other some many most all any each every both no not none
now today yesterday tonight here there what why how who whom which where is are was were be been
being has have had do does did will would can could may might must should shall just only even
data breach breaches breached hack hacks hacked hacker hackers hacking hit hits attack attacks
attacked attacker attackers cyberattack cyberattacks cyber cybersecurity security incident incidents
leak leaks leaked exposes exposed exposing exposure confirms confirmed confirm discloses disclosed
disclose disclosure reveals revealed reveal says said say warns warned warning admits admitted
million millions billion billions thousand thousands customers customer users user records record
accounts account employees employee patients patient members member personal information info
details stolen steal steals stole theft ransomware malware gang gangs group groups behind linked
tied suspected suspect claims claim claimed claiming notice notifies notified notify notification
investigating investigates investigation probe probes suffers suffered targeted targets target
affected affects affecting impacted impacts compromised compromise systems system servers server
network networks outage disruption disrupted shuts shut down offline report reports reported
possible potential major massive huge big large largest sale sold dark web forum threat threats
actor actors unauthorized unauthorised access accessed payment card cards credit email emails
addresses passwords password credentials database databases cloud misconfigured week weeks month
months year years day days company companies firm firms giant maker carmaker automaker retailer
accountants solicitors lawyers dentists vets
provider operator vendor researchers researcher experts analysts police officials authorities
government investigators according statement press release announcement hackers' free
victims victim cybercriminals criminals extortion ransom demands demand paid pay pays files
stealing encrypted encrypts encrypt spy spies espionage state sponsored state-sponsored
japanese chinese russian american british korean vietnamese iranian north south global
international national local regional online digital here's what know need you're
top more less first second third one two three four five six seven eight nine ten
how why what when half important urgent notice dear upon recent issue issues
vulnerability vulnerabilities critical flaw flaws patch patches zero-day exploit exploited advisory
survey study poll analysis opinion explainer interview podcast video watch listen analysis
announces announced completes completed concludes concluded provides provided shares updates responds
responded releases released publishes published begins offers addresses acknowledges acknowledged
restores restored resumes resumed settles settled agrees agreed receives received informs informed
mails mailed sends finalizes finalises finalized finalised resets halts halted pauses paused suspends suspended
delays delayed cancels cancelled canceled urges`)

// continuation words join a name only after a capitalised word:
// "Stanford University", "Toyota Group".
var continuation = wordSet(`university hospital bank group holdings holding airlines airways motor
motors electric health healthcare college school council insurance financial services systems
technologies technology labs laboratories clinic clinics pharmacy institute foundation
association authority agency department ministry corp corporation inc co ltd llc plc gmbh`)

// neverAlone are words that are not a name on their own.
var neverAlone = wordSet(`group holdings holding university hospital bank college school council
department ministry agency authority inc corp co ltd llc plc gmbh company the
club firm trust society charity association foundation institute partnership federation union board
ransom ransomware extortion
nearly almost approximately roughly around some`)

// leadingWords are dropped from the start of a name run.
var leadingWords = wordSet(`the a an yesterday today earlier later last this on in at after before
meanwhile however but and also while when according both japanese chinese russian american british
korean vietnamese iranian israeli australian german french indian canadian dutch swiss swedish
taiwanese european us u.s. uk global
sincerely regards respectfully cordially warmly thanks`)

// nationalities are adjectives and place names that are not a victim on
// their own.
var nationalities = wordSet(`japan japanese china chinese russia russian us u.s. usa america american
uk britain british england english europe european eu asia asian africa african ukraine ukrainian
iran iranian korea korean vietnam vietnamese india indian germany german france french taiwan
taiwanese israel israeli canada canadian australia australian brazil brazilian mexico mexican
italy italian spain spanish netherlands dutch singapore hong kong tokyo osaka washington london
beijing moscow pyongyang tehran kyiv california texas new york western eastern southeast
internet windows linux android ios north northern ireland scotland wales prc dprk south east west
alabama alaska arizona arkansas colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee utah vermont virginia
wisconsin wyoming carolina dakota hampshire jersey queensland victoria tasmania ontario quebec alberta
manitoba saskatchewan
philippines philippine filipino thailand thai malaysia malaysian indonesia indonesian argentina chile
colombia peru poland polish sweden swedish norway norwegian denmark danish finland finnish belgium
austria switzerland swiss portugal portuguese greece turkey saudi arabia uae emirates egypt nigeria
kenya pakistan bangladesh zealand ontario quebec bavaria asean apac emea latam americas pacific
belgian austrian greek turkish egyptian nigerian kenyan pakistani czech slovak hungarian romanian
bulgarian croatian serbian slovenian estonian latvian lithuanian icelandic luxembourgish maltese
cypriot scottish welsh irish saudi emirati qatari kuwaiti omani jordanian lebanese moroccan
tunisian algerian ethiopian ghanaian south-african chilean colombian peruvian venezuelan ecuadorian
uruguayan argentine argentinian cuban dominican jamaican zealander sri lankan nepalese
nordic scandinavian baltic balkan nordics benelux iberian gulf
cambodian laotian burmese mongolian kazakh uzbek georgian armenian azerbaijani belarusian moldovan`)

// departmentWords end a signature after the organisation's name: Customer
// Care, Privacy Team.
var departmentWords = wordSet(`customer customers care support team privacy office desk communications relations press newsroom pressroom security trust safety incident response legal compliance`)

// loneDepartments are the departmentWords that end a signature on their
// own: "The Fernhollow Team", or a site's name: "Fennick Newsroom".
var loneDepartments = wordSet(`team newsroom pressroom`)

// genericOrgWords make up a phrase that describes an organisation without
// naming it: "Our Consolidated Subsidiary", "a Group Company", "Affiliated
// Companies".
var genericOrgWords = wordSet(`our its their the a an one two several certain another this that these those
consolidated wholly wholly-owned owned majority-owned overseas domestic foreign local regional japanese
subsidiary subsidiaries group groups company companies affiliate affiliates affiliated sister parent
holding holdings operating sales related partner partners member members entity entities corporation
business businesses unit units
chain chains firm firms provider providers operator operators retailer retailers insurer insurers lender lenders
dental medical health healthcare hospital clinic pharmacy grocery restaurant hotel payroll software logistics
trucking manufacturing`)

// genericOrgCore are the words a generic phrase speaks of.
var genericOrgCore = wordSet(`subsidiary subsidiaries company companies affiliate affiliates affiliated entity entities
group groups corporation business businesses unit units chain chains firm firms provider providers operator
operators retailer retailers insurer insurers lender lenders`)

// functionUnitEnds end the names of units known by their function.
var functionUnitEnds = wordSet(`department dept office division unit team desk section bureau services`)

// functionWords name what a unit does.
var functionWords = wordSet(`information technology it human resources finance financial communications public works legal
marketing security cybersecurity emergency management customer service services support accounts billing utility
utilities planning parks recreation administration administrative operations facilities procurement payroll
records compliance privacy risk internal audit network systems data digital technical engineering`)

// genericOrgPhrase reports whether a name is only a generic description of
// an organisation ("Consolidated Subsidiary", "Group Company").
func genericOrgPhrase(name string) bool {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "'s", "")))
	if n := len(words); n > 1 && functionUnitEnds[words[n-1]] && allIn(words[:n-1], functionWords) {
		// "Information Technology Department", "Communications Office":
		// a unit by its function, of an organisation named elsewhere.
		return true
	}
	if len(words) == 2 && (words[0] == "city" || words[0] == "town" || words[0] == "village") && (words[1] == "hall" || words[1] == "council") {
		// "City Hall", "Town Council": a building or a body of some
		// municipality the text names elsewhere, never a name alone.
		return true
	}
	if len(words) == 0 || !allIn(words, genericOrgWords) {
		return false
	}
	for _, w := range words {
		if genericOrgCore[w] {
			return true
		}
	}
	return false
}
