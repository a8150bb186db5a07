package incident

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// cue is a pattern over a sentence shape whose name groups point at a
// victim (or, for role cues, at a commenter).
type cue struct {
	re     *regexp.Regexp
	weight float64
	// needsBreach means the sentence (or the title) must speak of a breach.
	needsBreach bool
	// activeCheck drops matches where the verb is followed by another name:
	// "LockBit hit Toyota" names LockBit as the attacker, not the victim.
	activeCheck bool
	// leadOnly limits the cue to the first sentences of the body.
	leadOnly bool
	// notBefore, when it matches the text after a match, drops the match.
	notBefore *regexp.Regexp
	// notInside, when it matches the match's own text after its first
	// name, drops the match.
	notInside *regexp.Regexp
	// subject drops a match whose name stands after a preposition of
	// place: "an operator in the Japanese Alps has warned" is no word of
	// the Alps.
	subject bool
	// letterhead marks the cue of a page's letterhead line: its name is
	// the page's author, a victim only when the author speaks of itself.
	letterhead bool
}

// locativeBeforeRe ends with a preposition of place and its article.
// officialsInRe ends the words before a place that is the body speaking:
// "Officials in Pike Hollow County said…".
var officialsInRe = regexp.MustCompile(`\b(?:officials|authorities|leaders|administrators|staff|employees|workers|managers|executives|spokesperson|spokesman|spokeswoman|officers) (?:in|at|from) (?:the )?$`)

// workBeforeRe ends the words that make the name after them a product
// or a work, not the sentence's subject: "the studio, best known for the
// RPG Starfall, disclosed…", "the developer of Starfall said…".
var workBeforeRe = regexp.MustCompile(`\b(?:known for|famous for|renowned for|popular for|behind|maker of|makers of|developer of|developers of|publisher of|creator of|creators of|creators behind) (?:the |its |their |a |an )?(?:[a-z\-]+ ){0,3}$`)

var locativeBeforeRe = regexp.MustCompile(`\b(?:in|at|near|across|around|outside|inside|throughout|from) (?:the )?(?:[a-z\-]+ ){0,2}$`)

const (
	// enSaidWhen is what may stand between "said" and what was said: a
	// day, a place or a channel ("said on Thursday", "said in a filing").
	enSaidWhen = `(?: (?:on|late on|early on|this|last|earlier|in|in a|in an|via|through|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: [a-z0-9\-]+){0,3}?)?`
	enName1    = `(N\d+)`
	enList     = `(N\d+(?: , N\d+)*(?: ,)? (?:and|&) N\d+|N\d+)`
	enAppos    = `(?:\( [^)]{1,60}? \) (?:, (?:[^,]|\d,\d\d\d){1,80}? , )?|, (?:[^,]|\d,\d\d\d){1,80}? , |, (?:which|who|whose) [^.;]{1,120}? , )?`
)

// enOffWith is the phrase of thieves who "made off with" or "waltzed off
// with" what they took.
const enOffWith = `(?:made|makes|making|make|walked|walks|walking|ran|runs|running|got|gets|getting|went|gone|slipped|escaped|waltzed|sailed|strolled|sauntered) (?:off|away) with\b`

var enBreachRe = regexp.MustCompile(`breach|hack|\b(?:open|unprotected|unsecured|passwordless|publicly accessible) (?:elasticsearch|mongodb|kibana|s3|cloud storage|database|cluster|bucket)s?\b|\b(?:accessible|reachable|available|open|answered (?:every |any )?(?:query|queries|request|requests)) without (?:asking for |requiring |any )?(?:credentials|a password|authentication)\b|\b(?:data|information|records|files|details)\b[^.]{0,80}?\b(?:was|were|had been|has been|have been|may have been|might have been) (?:copied|accessed|downloaded|viewed|obtained|removed)\b|\b(?:data|information|records|files|details) (?:[a-z\-]+ ){0,3}?(?:was|were|had been|has been|have been|may have been) taken\b|attack|intrusion|break-?ins?\b|broke into|broken into|unauthori[sz]ed|without authori[sz]ation|ransom\b|compromis|ransomware|cyber|incident|leak|exposed|exposure|misconfigur|stolen|stole|exfiltrat|malware|infected|encrypt|threat actor|extort|phish|intruder|criminals|theft|steal|skimm|malicious|took over|taken over|\b` + enOffWith + `|fraudster|\b(?:code|script|javascript)\b[^.]{0,60}\b(?:copied|captured|recorded|harvested)\b|may have been (?:taken|captured|copied)|\b(?:unusual|suspicious|anomalous|irregular|unexplained) (?:[a-z\-]+ )?(?:activity|access|exports?|downloads?|transfers?|log-?ins?|sign-?ins?|network traffic|queries)\b|\b(?:sold|selling|sells|exported|exporting|copied|copying|downloaded|downloading) (?:the |their |its )?(?:[a-z\-]+ ){0,2}?(?:data|records|information|files|details)\b|\b(?:offered|put up|advertised|listed|posted|up) for sale\b|\bnotif(?:y|ies|ied|ying) (?:about |roughly |nearly |more than |over |some |approximately |almost )?[\d,.]+ (?:million |thousand )?(?:people|individuals|customers|patients|members|employees|users|students|residents|clients|policyholders|workers|consumers|account holders)\b`)

// enBreachListingRe follows the name of a body that lists breaches, not
// one that suffered them: "listed the breach on the HHS breach portal".
// enBreachOwnerRe follows a name that owns or supplies the body hit, or
// lists breaches: "an incident at a Halden business", "attack on a Toyota
// supplier", "breach on the HHS breach portal".
var enBreachOwnerRe = regexp.MustCompile(enBreachListingRe.String() + `|^ (?:business|businesses|unit|units|subsidiary|subsidiaries|brand|brands|supplier|suppliers|vendor|vendors|contractor|contractors|dealer|dealers|dealership|dealerships|franchise|franchisee|franchisees|partner|partners|affiliate|affiliates|division|divisions)\b`)

var enBreachListingRe = regexp.MustCompile(`^ (?:'s )?(?:data )?(?:breach|breaches|incident|incidents|reporting|notification|notifications) (?:portal|tracker|database|register|registry|list|tool|site|website|page|report|reports)\b`)

// enListingNounRe follows "N breach" when N lists breaches: "the HHS
// breach portal", "the attorney general's breach database".
var enListingNounRe = regexp.MustCompile(`^ (?:portal|tracker|database|register|registry|list|listing|tool|site|website|page|reports?|notifications?|tally)\b`)

// enCueNotBefore is enCue with a pattern that, matching the shape after a
// match, drops it.
func enCueNotBefore(weight float64, needsBreach, activeCheck bool, pattern string, notBefore *regexp.Regexp) cue {
	c := enCue(weight, needsBreach, activeCheck, pattern)
	c.notBefore = notBefore
	return c
}

// subjectCue is enCue for a cue whose name is the sentence's subject.
func subjectCue(weight float64, needsBreach bool, pattern string) cue {
	c := enCue(weight, needsBreach, false, pattern)
	c.subject = true
	return c
}

func enCue(weight float64, needsBreach, activeCheck bool, pattern string) cue {
	return cue{re: regexp.MustCompile(pattern), weight: weight, needsBreach: needsBreach, activeCheck: activeCheck}
}

// enMachinesAfterRe follows a product named before the machines that run
// it: "VMware ESXi hosts", "FortiGate appliances".
// A place named before the kind of site it locates ("stole files from its
// Fresno plant") is no victim either (see enSiteAfterRe).
var enMachinesAfterRe = regexp.MustCompile(`^ (?:hosts|hypervisors|appliances|devices|instances|endpoints|firewalls|routers|gateways|virtual machines|vms|boxes|deployments|installations)\b|` + enSiteAfterRe.String())

var enVictimCues = []cue{
	// Toyota confirmed / disclosed / notified ... (in a sentence about a breach)
	subjectCue(3, true, enList+` `+enAppos+`(?:(?:has|have|had|is|are|was|were|also|recently|now|then|first|publicly|officially|previously|later|this week|on \w+) )*`+
		`(?:confirmed|confirms|confirm|disclosed|discloses|disclose|announced|announces|revealed|reveals|admitted|admits|notified|notifies|notifying|informed|informs|alerted|alerts|`+
		`acknowledged|acknowledges|detected|detects|discovered|discovers|identified|identifies|suffered|suffers|experienced|experiences|fell victim|falls victim|apologi[sz]ed|apologi[sz]es|`+
		`(?:is |was )?investigating|investigates|became aware|become aware|learned|began notifying|begun notifying|filed|files|is recovering|recovering|`+
		`took (?:[a-z]+ ){0,3}offline|shut down|taken (?:[a-z]+ ){0,3}offline|sent (?:[a-z]+ ){0,3}notifications?|has been notifying|warned|warns|`+
		`(?:is |are |has |have |had |began |begun |started )?(?:mailing|mailed|sending|sent|sends|mails|emailing|emailed) (?:[a-z\-]+ ){0,2}?(?:letters|notices|notifications|notification letters|breach notices))\b`),
	enCue(1, true, false, enList+` `+enAppos+`(?:(?:has|have|had|also|later|then) )*(?:said|says|stated|states|told|reported|reports|wrote|explained|added)\b`),
	// "Lindqvist Dental listed the breach on the federal portal",
	// "the district reported the incident to regulators": an organisation
	// reports its own breach.
	enCue(3, false, true, enList+` `+enAppos+`(?:(?:has|have|had|also|later|then|recently|formally|publicly) )*(?:reported|reports|listed|lists|logged|logs|filed|files|submitted|submits) (?:a |the |an |its )(?:[a-z\-]+ ){0,3}?(?:breach|incident|attack|intrusion|hack|cyberattack)\b`),
	// Toyota was hit / breached / hacked ...
	// ("Embargo has hit four credit unions" is active: has/have/had
	// take "been" before the participle.)
	enCueNotBefore(4, false, true, enList+` `+enAppos+`(?:(?:has|have|had) (?:(?:also|reportedly|allegedly|apparently|recently|now) )*been |(?:was|were|is|are|been|got|gets|also|reportedly|allegedly|apparently|recently|itself|now|may|might) )*`+
		`(?:hit|breached|hacked|attacked|targeted|compromised|struck|infiltrated|penetrated|victimized|victimised|extorted|crippled|infected|knocked offline|`+
		`the victim|a victim|the target|the latest victim|latest victim|among (?:the )?(?:latest |newest |most recent |many |known )?(?:victims|targets)|victim)\b`, enHitRecordRe),
	enCue(3, true, true, enList+` `+enAppos+`(?:(?:has|have|had|was|were|is|are|been|also|reportedly) )+(?:affected|impacted|disrupted)\b`),
	// A wire brief's company line with its ticker: "Genkai Industries Co
	// Ltd <6498.T>:", the subject of the bullets under it.
	enCue(2, false, false, `(?:^|- )`+enName1+` < [\w.]{1,12} > :$`),
	// attack on Toyota, breach at Toyota, an intrusion at the Vietnamese
	// subsidiary of Tsurugaoka Seiko
	enCueNotBefore(4, false, false, `(?:breach|breaches|hack|hacks|hacking|attack|attacks|cyberattack|cyberattacks|cyber-attack|intrusion|intrusions|incident|compromise|leak|leaks|`+
		`infection|outage|ransomware|extortion|theft|exposure|heist|hit|hits|infiltration|break-in|break-ins|breakin|data grab|raid)`+
		` (?:at|on|against|of|affecting|targeting|impacting|hitting|involving|suffered by|(?:that|which) (?:has |had )?(?:hit|affected|targeted|struck|left|stopped|halted|crippled|paralysed|paralyzed|disrupted|knocked out|shut down|took down|forced))`+
		` (?:the |a |an )?(?:[a-z\-]+ ){0,3}?(?:(?:site|sites|subsidiary|subsidiaries|plant|plants|unit|office|offices|facility|facilities|division|branch|factory|arm|operations) of (?:the |a |an )?)?`+enList, enBreachOwnerRe),
	// hackers breached Toyota; not "the affiliate encrypted VMware ESXi
	// hosts", where the name is the kind of machine.
	enCueNotBefore(4, false, false, `(?:hackers|attackers|cybercriminals|criminals|crooks|intruders|actors|attacker|hacker|someone|party|parties|group|gang|operators|affiliates|affiliate|ransomware|`+
		`thieves|spies|perpetrators|it|they|N\d+) (?:[a-z\-]+ ){0,2}?(?:(?:have|had|has|reportedly|allegedly|successfully|recently|were able to|was able to|managed to|that|who|had) )*`+
		`(?:breached|hacked|hacked into|accessed|compromised|infiltrated|attacked|targeted|stole (?:[a-z\-]+ ){0,4}?from|gained access to|got access to|obtained access to|gained entry to|`+
		`broke into|penetrated|encrypted|struck|breach|hack|target|attack|infiltrate|compromise|leaked (?:[a-z\-]+ ){0,4}?from|exfiltrated (?:[a-z\-]+ ){0,4}?from|extorted|extorting|`+
		`hit|hits)`+` (?:the |a |its |their )?(?:(?:systems|servers|network|networks|computers|data|databases?|it systems|accounts|website|email accounts?|cloud|environment|infrastructure) (?:of|at|belonging to) (?:the )?)?`+enList, enMachinesAfterRe),
	// "Kitewire's incident response team assisted the Toa Institute for
	// Maritime Policy, … after one of its researchers was targeted": a
	// responder's client, whose breach the write-up tells.
	enCue(4, true, false, `\b(?:incident response|incident-response|forensics?|forensic|response|breach response) (?:team|teams|unit|practice|group|specialists|experts|responders|consultants|service) (?:(?:has|have|had|was|were) )?(?:assisted|helped|supported|aided|been engaged by|engaged by|been called in by|called in by|been retained by|retained by|brought in by) (?:the |a |an )?`+enList+`\b`),
	// "an open cluster exposed Glimmerpath Fitness members' workouts": the
	// organisation whose people's data lay open.
	enCue(4, false, false, `\b(?:exposed|exposes|exposing|leaked|leaks|leaking|spilled|spills) (?:the )?(?:(?:personal )?(?:data|records|details|information) (?:of |on |about ))?`+enList+` (?:'s |’s )?(?:customers|members|users|patients|employees|students|clients|subscribers|guests|policyholders|residents)\b`),
	// "exchange Kumo Wallet lost about $32 million from a hot wallet":
	// a platform robbed of funds.
	enCue(4, false, false, enList+` `+enAppos+`(?:(?:has|have|had|reportedly|allegedly) )*(?:lost|loses|lose) (?:an estimated |about |approximately |roughly |nearly |some |more than |over |at least |almost )?(?:us ?)?(?:\$|€|£|¥) ?[\d.,]+ ?(?:million|billion|mn|bn|m)?\b`),
	// "The Commissioner has issued a reprimand to Thornbury Academies
	// Trust", "the watchdog found that X had left…", "X was fined": a
	// regulator acting on the body whose breach it examined.
	enCue(3, true, false, `(?:issued|issues|has issued|imposed|imposes|has imposed) (?:a |an )?(?:formal )?(?:reprimand|fine|penalty|monetary penalty|enforcement notice|warning|civil penalty|consent order) (?:to|against|on) (?:the )?`+enList),
	// "Findings: Ferrowind contravened the Act's safeguards requirement":
	// a regulator's finding against the body whose breach it examined.
	enCue(3, false, false, enList+` (?:has |had )?(?:contravened|violated|infringed|failed to comply with|did not comply with|was in breach of|were in breach of) (?:the |its |their )?(?:[a-z\-]+ |N\d+ |'s ){0,4}?(?:act|acts|regulation|regulations|law|laws|requirement|requirements|obligation|obligations|duty|duties|rules|gdpr|hipaa|code|principle|principles)\b`),
	// "a cloud storage container operated on behalf of Ferrowind could be
	// read by anyone": the organisation whose store lay open.
	enCue(4, false, false, `\b(?:operated|run|managed|hosted|maintained|created|set up) (?:on behalf of|for) (?:the )?`+enList+` (?:[a-z\-]+ ){0,3}?(?:could be|was|were|had been|has been|was left|were left) (?:read|accessed|viewed|downloaded|exposed|open|publicly accessible|accessible|left open)\b`),
	// "has issued formal guidance to Crestline Rewards" (guidance on a
	// product is advice, not action on its maker).
	enCue(3, true, false, `(?:issued|issues|has issued|gave|gives|has given) (?:a |an )?(?:formal )?(?:guidance|administrative guidance|recommendation|corrective order|improvement order|business improvement order|order|rebuke|caution) (?:to|against) (?:the )?`+enList),
	// "announced a consent order with Halberd Mutual Insurance Company
	// over late cybersecurity event notice": an enforcement action's
	// other party, in a breach's story.
	// "sent a letter to Hollins Bay Mutual Insurance Company demanding
	// answers about a cyberattack": a lawmaker's or a regulator's letter
	// to the breached organisation.
	enCue(3, true, false, `\b(?:letter|letters|questions|inquiry|demand) to (?:the )?(?:[a-z\-]+ ){0,2}?`+enList+` (?:demanding|seeking|requesting|asking|about|over|regarding|concerning|following|after|on)\b`),
	enCue(3, true, false, `(?:consent order|consent agreement|consent decree|settlement|settlement agreement|assurance of (?:voluntary )?(?:compliance|discontinuance)|enforcement action) (?:with|against) (?:the )?`+enList+` (?:, (?:a|an|the) [^,;]{1,140}? , )?(?:over|for|after|following|related to|relating to|regarding|concerning|resolving|that resolves)\b`),
	enCue(3, true, false, `(?:watchdog|regulator|commissioner|authority|agency|attorney general|ico|ftc|sec|ocr|hhs|office|N\d+) (?:has |have |had )?(?:found|concluded|ruled|determined) that (?:the )?`+enList+` (?:had|has|have|was|were|did|failed)\b`),
	enCue(3, true, false, enList+` `+enAppos+`(?:has been|have been|had been|was|were|is|are) (?:formally |publicly )?(?:reprimanded|fined|penali[sz]ed|sanctioned|censured|ordered to pay|ordered to notify)\b`),
	// LockBit listed Toyota on its leak site
	enCue(4, false, false, `(?:listed|added|named|posted|published|put|placed) `+enList+` (?:, [^,;]{1,160}? , )?(?:to|on) (?:its|their|the|a) (?:[a-z\-]+ ){0,3}?(?:site|blog|portal|page|list|hall of shame|wall of shame)`),
	// Toyota's servers ...
	enCue(2, true, false, enName1+` 's (?:[a-z\-]+ ){0,3}?(?:servers?|systems?|networks?|database|databases|infrastructure|website|computers?|cloud|platform|environment|email|data|`+
		`customers|users|employees|records|portal|app|store|accounts|subsidiar(?:y|ies)|files|source code|it|payment|customer|user|employee|members|patients|wallets?|exchange|loyalty|reservation|booking|guest|ehr)\b`),
	enCue(2, true, false, `(?:servers?|systems?|networks?|database|databases|data|customers|users|employees|members|patients|clients|records|information|store|stores|website|site|checkout|shop|app|platform|portal|service|accounts) (?:of|at|belonging to|held by|stored by) (?:the )?(?:[a-z\-]+ ){0,3}?`+enList),
	// "a misconfigured storage bucket belonging to Kairo Foods": the
	// owner of what lay open.
	enCue(3, true, false, `(?:buckets?|storage|blob containers?|containers?|instances?|repositor(?:y|ies)|backups?|databases?|servers?|elasticsearch clusters?|clusters?) (?:that )?(?:belonging to|belongs to|belonged to|owned by|operated by|run by|maintained by|used by)(?: the)? `+enList),
	// "StayLinq, a booking-engine provider, left an Elasticsearch cluster
	// open to the internet": the owner of what it left open.
	enCue(4, false, false, enList+` `+enAppos+`(?:(?:had|has|have|also|reportedly|apparently) )*(?:left|leaves|leaving|kept|exposed|misconfigured) (?:an? |the |its |their |one of its )?(?:[a-z\-]+ |N\d+ ){0,3}?(?:databases?|clusters?|buckets?|servers?|instances?|storage|repositor(?:y|ies)|backups?|indices|index|containers?|shares?|drives?|apis?) (?:[a-z\-]+ ){0,4}?(?:open|exposed|unprotected|unsecured|public|publicly|accessible|unencrypted|without (?:a )?(?:password|authentication))\b`),
	// "an open Elasticsearch cluster at StayLinq exposed…": the owner of
	// the store that lay open.
	enCue(3, false, false, `\b(?:open|exposed|unprotected|unsecured|misconfigured|public|publicly accessible|leaky) (?:[a-z\-]+ |N\d+ ){0,2}?(?:databases?|clusters?|buckets?|servers?|storage|repositor(?:y|ies)|backups?|indices|containers?) (?:at|belonging to|run by|owned by) (?:the )?`+enList),
	// Toyota provides notice of a data security incident
	enCue(4, false, false, enName1+` (?:\( [^)]{1,60}? \) )?(?:(?:is|has|was) )?(?:provides|provided|providing|issues|issued|gives|gave|giving|posted|posts|sending|sends|sent|shares|shared) (?:[a-z]+ ){0,2}?(?:notice|notification|update on (?:the |a |its )?(?:[a-z\-]+ ){0,2}?(?:incident|issue|breach|attack|event|matter))`),
	enCue(2, true, false, `on behalf of (?:the )?`+enName1),
	// Toyota said hackers gained access ...
	subjectCue(3, true, enList+` `+enAppos+`(?:(?:has|have|had|also|later|then|now|can|must|would like to|wishes to|wants to) )*(?:said|says|stated|states|told|reported|reports|confirmed|confirms|confirm|disclosed|discloses|revealed|reveals|admitted|admits|warned|warns)`+
		`(?: [^,]{0,30}?)? (?:that )?(?:(?:the |an? |unknown |unidentified |malicious |sophisticated )*(?:hackers|attackers|criminals|cybercriminals|intruders?|outsiders?|strangers?|unauthori[sz]ed|unknown|third|threat actors?|hacker|attacker|someone|ransomware|cyberattack|cyber-attack|attack|breach|intrusion|incident|crooks|fraudsters|(?:card[- ])?skimm(?:ers?|ing code)|malware|(?:malicious|rogue|injected) (?:code|scripts?|javascript|software))|`+
		`it (?:had |has |was |is )?(?:been |)(?:suffered|detected|discovered|experienced|identified|hit|breached|hacked|targeted|the target|the victim|affected|impacted|attacked|compromised)|its (?:[a-z\-]+ ){0,3}?(?:systems?|network|servers?|database|data|computers?|infrastructure|platform|website)|the (?:breach|attack|incident|intrusion|hack))`),
	// Minamo Denshi said personal data on 6,318 employees may have been
	// stolen: the organisation speaks of its own data taken.
	subjectCue(3, true, enList+` `+enAppos+`(?:(?:has|have|had|also|later|then|now) )*(?:said|says|confirmed|confirms|disclosed|discloses|revealed|reveals|admitted|admits|warned|warns)`+
		enSaidWhen+` (?:that )?(?:[a-z\-]+ ){0,3}?(?:data|information|records|details|files)\b[^.]{0,80}?\b(?:stolen|taken|accessed|exposed|compromised|leaked|copied|exfiltrated|viewed)\b`),
	// "Bellwether Home Health said Tuesday that a billing coordinator's
	// account was accessed": the organisation tells of its own staff's
	// account or device taken over.
	subjectCue(3, true, enList+` `+enAppos+`(?:(?:has|have|had|also|later|then) )*(?:said|says|confirmed|confirms|disclosed|discloses|revealed|reveals|reported|reports|stated|states)`+
		enSaidWhen+` (?:that )?(?:an? |one |two |three |several |some |the )?(?:[a-z\-]+ (?:'s )?){0,3}?(?:email |e-mail |office 365 |microsoft 365 )?(?:accounts?|mailbox(?:es)?|inbox(?:es)?|credentials|laptops?|devices?|workstations?|computers?) (?:(?:was|were|had been|has been|have been|may have been) )(?:accessed|compromised|breached|hacked|taken over|infiltrated|stolen|used)\b`),
	// "Shirahagi Memorial Hospital published its final report": the
	// breached organisation's own account of its incident.
	subjectCue(3, true, enList+` `+enAppos+`(?:(?:has|have|had|also|then|today|yesterday|recently) )*(?:published|publishes|released|releases|issued|issues|posted|posts|filed|files) (?:its|their) (?:final|interim|second|third|first|latest|full|updated) (?:[a-z\-]+ ){0,2}?(?:report|findings|update|notice)\b`),
	// "Marlowe Precision Castings said in the filing that names, Social
	// Security numbers and health-plan details were taken": a list of
	// the data taken.
	subjectCue(3, true, enList+` `+enAppos+`(?:(?:has|have|had|also) )*(?:said|says|confirmed|confirms|disclosed|discloses|stated|states|reported|reports)(?: on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+ \d{1,2}))?(?: in (?:a|the|its|their) (?:[a-z\-]+ )?(?:filing|notice|notification|letter|letters|statement|disclosure|report))?(?: that)? (?:names|[a-z\-]+ names|the names)\b[^.]{0,120}?\b(?:were|was|had been|have been|may have been) (?:stolen|taken|accessed|exposed|compromised|copied|exfiltrated|viewed|involved)\b`),
	// "The inn, Kagetsuro, said a member of staff…": the body the lead
	// spoke of by its kind, named in an appositive.
	enCue(3, false, false, `^the (?:[a-z\-]+ ){0,2}?(?:inn|hotel|ryokan|company|firm|business|hospital|clinic|practice|school|college|charity|retailer|insurer|bank|lender|maker|manufacturer|cooperative|co-op|club|society|museum|council|district|utility|operator|provider|chain|shop|store|restaurant|brewery|airline|carrier) , `+enName1+` , (?:(?:has|had|also|already|previously|first) )*(?:said|says|told|confirmed|confirms|admitted|admits|explained|disclosed|discloses|announced|reported|notified|began notifying)\b`),
	// "put hospitality conglomerate Kestrelmoor's name on their leak
	// blog": a leak site's listing.
	enCue(4, false, false, `\b(?:put|puts|putting|posted|posts|posting|added|adds|adding|listed|lists|listing|published|publishes|placed|places) (?:[a-z\-]+ ){0,3}?`+enName1+` 's name (?:on|to) (?:its|their|the|a) (?:[a-z\-]+ ){0,2}?(?:leak|extortion|data leak|dark web|shame|shaming|tor|dark)\b`),
	// "Marlowe Precision Castings has been named by the Akira ransomware
	// gang": a leak site's listing reported in the passive.
	enCue(4, false, false, enList+` `+enAppos+`(?:(?:has|have|had) been|was|were|is|are) (?:(?:publicly|reportedly|now) )?(?:named|listed|posted|added|claimed)(?: as (?:a|its|their) (?:latest )?victims?)? (?:by|on|to)\b`),
	// A filing's cover: "TIDEWELL BANCORP, INC. (Exact name of registrant
	// as specified in its charter)"; a breach notice's form: "Entity name:
	// Calder Outfitters LLC".
	enCue(5, true, false, enName1+` \( (?:N\d+ )?(?:exact )?name of (?:the )?registrant\b`),
	// A filing or notice defining its issuer: 'Elmside Foods, Inc. (the
	// "Company")', 'Harlow Bancorp ("Harlow" or the "Company")'.
	enCue(4, true, false, enName1+` \( (?:" N\d+ " (?:or|and) )?(?:the )?" (?:company|registrant|corporation|bank|issuer) " \)`),
	enCue(4, true, false, `^(?:N\d+ |(?:entity|organi[sz]ation|company|business|registrant|reporting entity) )?name(?: of (?:the )?(?:entity|organi[sz]ation|company|business|registrant|covered entity))? : `+enName1),
	// St. Odran's hospital hack, Acme's data breach
	enCue(3, false, false, enName1+` 's (?:[a-z\-]+ ){0,2}?(?:hack|breach|data breach|cyberattack|cyber-attack|ransomware attack|data leak|leak|intrusion)\b`),
	// the $1.5B Bybit hack, the Marriott breach
	// (not "the HHS breach portal", which lists breaches).
	enCueNotBefore(3, false, false, enName1+` (?:[a-z\-]+ )?(?:hack|breach|data breach|heist|cyberattack|cyber-attack|cyber attack|ransomware attack|ransomware incident|security incident|cyber incident|data leak|leak|intrusion|attack|compromise|theft|outage)\b`, enListingNounRe),
	// stole ether from exchange Bybit
	enCueNotBefore(3, true, false, `(?:stole|stolen|steal|steals|theft|taken|took|siphoned|drained|exfiltrated|withdrawn|copied|downloaded|obtained|lifted|made off with|walked off with|got away with)(?: (?:[^,.]|\.\d){0,80}?)? from (?:the |a |an )?(?:[a-z\-]+ ){0,3}?`+enList, enSiteAfterRe),
	// "the personal information of 9,312 current and former Millbrook
	// Valley School District students and employees was stolen": whose
	// people they are (not "offering the data of 2 million Gmail users").
	enCue(3, true, false, `\b(?:information|data|records|details|files) (?:of|on|about|belonging to) (?:some |about |approximately |nearly |more than |over |roughly )?(?:[\d,.]+ (?:million |thousand )?)?(?:current and former |former and current |former |current |past and present )?`+enName1+` (?:students|employees|staff|customers|patients|members|clients|users|residents|workers|pupils|teachers|policyholders|retirees|donors|alumni)\b[^.;]{0,60}?\b(?:was|were|had been|has been|have been|may have been|might have been) (?:stolen|taken|exposed|accessed|compromised|copied|leaked|exfiltrated|viewed|obtained)\b`),
	// A responder's report naming its client: "HIBANA GAMES has consented
	// to being named in this report".
	enCue(4, false, false, enName1+` (?:(?:has|have|had) )?(?:consented|agreed) to (?:be|being) (?:named|identified)\b`),
	// "a developer at Tokyo-based game studio Hibana Games ran a
	// trojanized test": the way in went through one of its staff.
	enCue(3, true, false, `\b(?:an?|one|the) (?:[a-z\-]+ )?(?:employee|staff member|developer|engineer|worker|administrator|contractor|member of staff) (?:at|of) (?:[a-z\-]+ ){0,4}?`+enName1+` (?:(?:had|was|who) )?(?:ran|run|opened|installed|clicked|downloaded|executed|entered|received|tricked|phished|targeted|lured|duped)\b`),
	// A tracker's card: "Victim: Marutatsu Kogyo Co., Ltd.".
	enCue(4, false, false, `^(?:victim|victim name|victim (?:posted|listed|added|named)|target|company|organi[sz]ation|affected (?:company|organi[sz]ation|entity)) : `+enName1),
}

// parentStatementRe finds a parent company's headline over its
// subsidiary's incident: "N0 group statement regarding cybersecurity
// incident at N2 subsidiary".
var parentStatementRe = regexp.MustCompile(`^N\d+ (?:[a-z]+ )?(?:statement|update|comment|comments|response|announcement|notice) (?:regarding|on|about|concerning|to) (?:[a-z\-]+ ){0,3}?(?:incident|attack|breach|intrusion|cyberattack|cyber-attack|event) (?:at|affecting|involving) (?:its )?N(\d+) (?:subsidiary|unit|division|business|affiliate)\b`)

// lawFirmVictimRe follows a law firm's name when the firm is the one
// breached: "law firm Anstey Marlow has confirmed that client files…".
var lawFirmVictimRe = regexp.MustCompile(`^ (?:(?:has|have|had|was|were|is|also|itself) )*(?:confirmed|disclosed|suffered|detected|discovered|been hit|hit|breached|hacked|notified|experienced|fell victim|the victim|a victim|targeted|attacked|compromised)\b`)

// registrantCaptionRe is a filing cover's caption under the registrant's
// name.
var registrantCaptionRe = regexp.MustCompile(`\( (?:N\d+ )?(?:exact )?name of (?:the )?registrant\b`)

// enTitleDescriptorRe finds the words a headline may put before the name
// it leads with, saying what kind of business it is: "Fintech startup
// Bluejay exposed…", "UK retailer Fenwick hit…".
var enTitleDescriptorRe = regexp.MustCompile(`^(?:(?:[a-z\-]+ ){0,2}?[a-z\-]+ )?` + enKindNoun + ` N\d`)

// enKindNoun is a word for a kind of business that news writes, without
// an article, before the name it describes: "UK retailer Fenwick",
// "Japanese mobile game publisher Ozuhara Games".
const enKindNoun = `(?:startup|start-up|firm|company|maker|retailer|insurer|bank|lender|provider|chain|operator|giant|app|platform|developer|publisher|studio|brand|carrier|airline|manufacturer|supplier|distributor|wholesaler|conglomerate|fintech|telco|broker|brokerage|exchange|marketplace|utility|charity)`

// enSecurityWordRe finds the words of a security firm's description, whose
// name a headline introduces as a commenter's: "Security firm Quillon
// warns…".
var enSecurityWordRe = regexp.MustCompile(`\b(?:security|cybersecurity|cyber|threat|intelligence|research|infosec|antivirus|forensics?)\b`)

// enHitRecordRe follows "hit" when it means reached: "hit record",
// "hit an all-time high".
var enHitRecordRe = regexp.MustCompile(`^ (?:a |an |new |the )?(?:all-time |record |new )?(?:record|records|high|highs|peak|low|lows|milestone|ceiling|plateau)\b`)

// enSiteAfterRe follows a place named before the kind of site it locates:
// "stole files from its Fresno plant".
var enSiteAfterRe = regexp.MustCompile(`^ (?:plant|plants|factory|factories|facility|facilities|office|offices|warehouse|warehouses|depot|campus|site|sites|branch|branches|store|stores|location|locations|headquarters|distribution (?:centre|center))\b`)

// enTrendTitleRe finds a headline reporting a statistic's move or record
// ("Vendor: leak-site postings rose 20% in May", "Ransomware attacks up 34%
// in Q1", "Leak-Site Postings Hit A Record"): the names before it publish
// the figure, none was breached.
var enTrendTitleRe = regexp.MustCompile(`(?i)\b(?:attacks|breaches|incidents|postings|posts|listings|victims|claims|leaks|cases|payments|ransoms|demands|intrusions)\b[^.:;]{0,30}?\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|jumped|jumps|climbed|climbs|doubled|doubles|tripled|triples|surged|surges|soared|soars|spiked|spikes|dropped|drops|declined|declines|up|down|hit (?:a )?record)\b[^.:;]{0,20}?(?:\d+(?:\.\d+)?\s?%|\bpercent\b|\bper cent\b|\brecord\b)` +
	`|(?i)\b(?:attacks|breaches|incidents|postings|posts|listings|victims|claims|leaks|cases|payments|ransoms|demands|intrusions)\b[^.:;]{0,30}?\b(?:hit|hits|reach|reached|reaches|set|sets) (?:(?:a|an) (?:new |fresh )?(?:all-time |quarterly |annual |monthly )?(?:record|high|peak)|(?:new |fresh )?record (?:highs?|levels?|numbers?)|(?:an )?all-time high)\b`)

// enTitleCues apply to headlines only.
var enTitleCues = []cue{
	// "Senator Presses Hollins Bay Mutual on Breach…", "Regulator fines
	// Tarrow Bank over data leak": someone acts on the organisation
	// over its breach.
	enCue(4, false, false, `\b(?:presses|pressed|grills|grilled|questions|questioned|quizzes|probes|probed|sues|sued|fines|fined|penalizes|penalises|censures|reprimands|reprimanded|rebukes|rebuked|admonishes|admonished|scolds|scolded|slams|blasts|demands answers from|seeks answers from|targets|investigates|settles with) (?:the )?`+enList+` (?:on|over|about|after|for|following|in) (?:[a-z\-]+ ){0,3}?(?:breach\w*|hack\w*|attack\w*|cyberattack\w*|leak\w*|incident|ransomware|data theft|theft|exposure)\b`),
	// "Qilin lists Harrow Mills", "RansomHub claims attack on Ostra Bank":
	// a headline led by a group (shaped threatgroup) names its victim.
	enCue(4, false, false, `^threatgroup (?:ransomware )?(?:gang |group |hackers )?(?:(?:says|claims) (?:it )?)?(?:lists|listed|adds|added|names|named|posts|posted|leaks|leaked|claims|claimed|hits|hit|hacks|hacked|breaches|breached|targets|targeted|extorts|threatens|threatened)(?: (?:to leak|responsibility for))?(?: (?:an |the )?(?:attack|hack|breach|data|files|cyberattack|ransomware attack) (?:on|of|at|from|against))? (?:[a-z\-]+ ){0,3}?`+enList+`\b`),
	// ("Leak-site postings hit record in first quarter" reached one.)
	enCueNotBefore(3, false, false, `^`+enList+` (?:, (?:N\d+|[a-z]+) )?(?:[a-z\-']+ ){0,4}?(?:hack\w*|breach\w*|attack\w*|cyberattack\w*|cyber-attack\w*|ransomware|leak\w*|expos\w*|incident|intrusion|outage|compromis\w*|stolen|theft|hit|struck|victims?|data|cyber\w* (?:issue|event|matter))\b`, enHitRecordRe),
	// "Ozuhara Games resets 140K accounts after credential stuffing
	// attack": what the subject does after its own incident.
	enCue(3, false, false, `^`+enList+` (?:[a-z\-']+ |[\d,.]+[km]? ){1,8}?(?:after|following|amid) (?:an? |the |' )*(?:[a-z\-]+ ){0,3}?(?:hack|breach|attack|cyberattack|cyber-attack|ransomware attack|data leak|leak|incident|intrusion)s?\b`),
	enCueNotBefore(3, false, false, `^`+enList+` (?:(?:'s )?(?:ceo|cfo|coo|cto|ciso|cio|boss|chief|chief executive|chair|chairman|chairwoman|president|spokesperson|spokesman|spokeswoman|founder) )?(?:confirms|discloses|reveals|admits|says|reports|announces|notifies|warns|suffers|investigating|investigates|probes|hit|hacked|breached|`+
		`struck|targeted|attacked|falls victim|recovering|restores|shuts|takes|paid|pays|notifying|alerts|sued|fined|update|updates|responds|responding|addresses|provides update)\b`, enHitRecordRe),
	enCue(3, true, false, `^`+enList+` (?::|-|—|–|\|) `),
	// "Brackwater Mutual customers can't file claims online after 'cyber
	// event'": the organisation whose people an incident leaves stranded.
	enCue(3, false, false, `^`+enList+` (?:'s )?(?:customers|users|members|patients|clients|residents|students|policyholders|shoppers|passengers|guests|subscribers|employees|staff) (?:[a-z\-']+ ){0,10}?(?:after|following|amid|due to|because of|hit by|caught in|caught up in) (?:an? |the |' )*(?:[a-z\-]+ ){0,2}?(?:hack\w*|breach\w*|attack\w*|cyberattack\w*|cyber-attack\w*|ransomware|leak\w*|incident|intrusion|cyber (?:event|incident|issue))\b`),
	// "Tamsworth Learning Completes Review of Classroom App Security
	// Incident": a release closing the investigation of its own breach.
	enCue(3, false, false, `^`+enList+` (?:completes|completed|concludes|concluded|finishes|finished|finalizes|finalises|closes|wraps up|publishes|releases|shares) (?:[a-z\-']+ |N\d+ ){0,7}?(?:hack|breach|attack|cyberattack|cyber-attack|ransomware|incident|intrusion|compromise|cyber (?:event|matter))\b`),
	// "Marlowe Outfitters finds card skimmer on its web store": a find on
	// the finder's own systems.
	enCue(3, false, false, `^`+enList+` (?:finds|found|discovers|discovered|detects|detected|uncovers|uncovered|spots|spotted|removes|removed) (?:a |an )?(?:[a-z\-]+ ){0,2}?(?:skimmer|skimming code|malware|backdoor|intrusion|breach|ransomware|intruder|hackers|compromise|web shell|malicious code)s? (?:on|in|at|inside) (?:its|their) `),
	// "BRIEF-Japan's Genkai Industries says 12,480 records may have
	// leaked": the speaker counts its own records.
	enCue(3, false, false, `^(?:N\d+ 's )?`+enList+` (?:says|said) (?:it |its )?(?:[\d,.]+ (?:million |billion )?)?(?:[a-z\-]+ ){0,2}?(?:records|data|information|details|accounts|files|people|customers|users|employees|members|patients) (?:[a-z]+ ){0,3}?(?:leaked|exposed|stolen|accessed|compromised|taken|breached)\b`),
	enCue(3, true, false, `^`+enList+` 's (?:[a-z\-]+ ){0,4}?(?:hack\w*|breach\w*|attack\w*|cyberattack|down|offline|outage|leak\w*|expos\w*|stolen|compromis\w*)\b`),
	// "Ransomware halts lines at Seiran's Celaya plant": the owner of the
	// site hit, not the place.
	enCue(3, true, false, `\bN(\d+) 's (?:N\d+ )?(?:[a-z\-]+ )?(?:plant|plants|factory|factories|facility|facilities|mill|site|sites|office|offices|warehouse|depot|campus|headquarters|unit|subsidiary|division|arm|operations)\b`),
	enCue(3, true, false, `\b(?:million|billion|thousand|[\d,.]+m?) `+enList+` (?:users|customers|members|subscribers|patients|accounts|clients|guests|employees|records|players)\b`),
	enCue(3, false, false, `notice of (?:a )?(?:data )?(?:security )?(?:privacy )?(?:incident|breach|event)`),
	// "Data Breach Notification: Calder Outfitters LLC".
	enCue(3, false, false, `^(?:(?:data|security|privacy|cyber|cybersecurity) ){0,2}(?:breach |incident |event )?(?:notification|notice|disclosure|report)s? (?::|-|—|–|\|) `+enName1+`$`),
	// "investigated a breach reported by Calloway Insurance Brokers Ltd":
	// a regulator's account of the breach an organisation reported.
	enCue(4, false, false, `\b(?:a|the) (?:data |security |privacy |cyber )?(?:breach|incident) (?:reported|notified|self-reported|disclosed) (?:to (?:the |us |it )?(?:N\d+ )?)?by `+enList),
}

// enRoleCues mark names that comment on an incident rather than suffer it:
// researchers, security firms, news outlets, authorities.
var enRoleCues = []cue{
	// "Halcyra Incident Response was engaged by a manufacturing
	// customer": the responder, hired by the victim.
	enCue(4, false, false, enList+` (?:(?:has|had) been|was|were) (?:engaged|retained|hired|called in|brought in|contracted) by\b`),
	// "Calderwood & Pike LLP, a national class-action firm, is
	// investigating claims on behalf of…": a law firm's advert.
	enCue(2, false, false, enList+` `+enAppos+`(?:(?:is|are|has been|have been|now) )*(?:investigating|reviewing|pursuing|evaluating|looking into) (?:potential |possible )?(?:legal )?(?:claims|a class action|class actions|class-action claims|lawsuits?|litigation)\b`),
	enCue(1, false, false, `(?:researchers?|analysts?|experts?|investigators?|specialists?|intelligence|team|analysis|report|reports|reporting|blog) (?:at|from|with|of|by) `+enList),
	enCue(1, false, false, `(?:security|cybersecurity|cyber security|threat intelligence|intelligence|research|antivirus|infosec|forensics?|incident response|news|tech) `+
		`(?:firm|company|vendor|provider|outlet|site|publication|researchers?|team|agency|specialist|consultancy|website|blog|newsletter) `+enList),
	enCue(1, false, false, `(?:according to|via|cited by|citing|told|(?:^|as |first |initially |previously |widely |was |were |been |, )reported by|spotted by|discovered by|found by|identified by|observed by|tracked by|confirmed to|surveyed by|polled by|interviewed by|(?:a |an |the )?(?:survey|study|poll|report|analysis) (?:by|from|of)) (?:the )?`+enList),
	enCue(1, false, false, enName1+` (?:security |threat |)(?:researchers?|analysts?|experts?|threat intelligence|research team|reported that|reports that|first reported|found that|observed|believes|assessed|analy[sz]ed|tracks|spokesperson told)\b`),
	// ("StayLinq's security.txt" is a file of the company's.)
	enCue(1, false, false, enName1+` 's (?:research|threat|security|intelligence|incident response|analysis|report|researchers)(?: |$)`),
	// "according to a survey of brokers by Dovecote Partners": the
	// survey's author.
	enCue(1, false, false, `(?:survey|study|poll|report|analysis|review|index|tally) of (?:[a-z\-]+ ){1,4}?(?:by|from|conducted by|carried out by) (?:the )?`+enList),
	// A headline or line led by its author's report: "Obsidia Labs
	// report: attacks rose", "Kestrel study finds ...".
	enCue(1, false, false, `^`+enName1+` (?:'s )?(?:report|research|study|survey|analysis|findings|data) (?::|-|—|–|finds|found|shows|showed|says|warns|reveals)`),
	// A re-posting outlet's own labels: "RiskMemo note:", "RiskMemo
	// comment: …", "Editor's take".
	enCue(2, false, false, `^`+enName1+` (?:'s )?(?:note|notes|comment|comments|take|view|editor 's note|commentary|intro|update|says) :`),
	// A vendor publishing research: "Lanternfish Labs today published
	// research into a skimming campaign".
	// ("Shirahagi Memorial Hospital published its final report" on its
	// own breach is no researcher's.)
	enCue(1, false, false, enName1+` (?:(?:today|yesterday|recently|has|have|on \w+) )*(?:published|publishes|released|releases|shared|shares|issued|issues) (?:(?:new |a |an )?(?:[a-z\-]+ )?(?:research|report|analysis|findings|study|paper|whitepaper|threat intelligence|advisory)|its (?:new |latest |annual |quarterly |monthly )?(?:[a-z\-]+ )?(?:research|analysis|findings|study|paper|whitepaper|threat intelligence|threat report|research report|annual report|trends report))\b`),
	// A law firm gathering clients: "Kessler Marsh LLP, a national
	// class action firm, is investigating potential claims".
	enCue(2, false, false, enName1+` (?:, (?:a|an|the) [^,]{0,80}?(?:law firm|class action|attorneys|lawyers|legal|litigation)[^,]{0,40}, )?(?:is|are) (?:now )?(?:investigating|pursuing|reviewing|filing) (?:potential |possible )?(?:claims|lawsuits|class action|legal action)`),
	enCueNotBefore(2, false, false, `(?:law firm|class action firm|attorneys at|lawyers at|litigation firm) `+enList, lawFirmVictimRe),
	// A criminal service taken down by police is not a victim: "Police
	// in eleven countries have shut down PhishParlor".
	enCue(1, false, false, `(?:police|authorities|law enforcement|investigators|officers|agents|prosecutors) (?:[a-z\-]+ ){0,4}?(?:take|takes|took|taken|taking|shut|shuts|shutting|dismantle|dismantles|dismantled|seize|seizes|seized|disrupt|disrupts|disrupted) (?:down )?(?:the )?`+enList),
}

// enInvestigationRoleCue: "Mandiant's investigation" names an
// investigator, except in a notice whose issuer speaks of its own ("Ferrow's
// investigation ... the incident we first reported").
var enInvestigationRoleCue = []cue{enCue(1, false, false, enName1+` 's (?:investigations?)\b`)}

// nameIndexes returns the name indexes a list group such as "N1 , N2 and
// N3" stands for.
func nameIndexes(list string) []int {
	var out []int
	for _, m := range nameRefRe.FindAllStringSubmatch(list, -1) {
		if k, err := strconv.Atoi(m[1]); err == nil {
			out = append(out, k)
		}
	}
	return out
}

var nameRefRe = regexp.MustCompile(`N(\d+)`)

// cueHit is one name a cue pointed at.
type cueHit struct {
	mention  string
	weight   float64
	evidence string
	title    bool
	idx      int
	// list holds the other mentions named together with this one.
	list []string
	// letterhead marks a hit from the page's letterhead line.
	letterhead bool
}

// matchCues applies cues to one shaped sentence.
func matchCues(es enSentence, cues []cue, breach bool) []cueHit {
	var hits []cueHit
	for _, c := range cues {
		if c.needsBreach && !breach {
			continue
		}
		if c.leadOnly && (es.title || es.idx > 1) {
			continue
		}
		for _, m := range c.re.FindAllStringSubmatchIndex(es.shape, -1) {
			if c.activeCheck && followedByName(es.shape[m[1]:]) {
				continue
			}
			if c.notBefore != nil && c.notBefore.MatchString(es.shape[m[1]:]) {
				continue
			}
			if c.notInside != nil && len(m) > 3 && m[3] >= 0 && c.notInside.MatchString(es.shape[m[3]:m[1]]) {
				continue
			}
			if c.subject && (locativeBeforeRe.MatchString(es.shape[:m[0]]) && !officialsInRe.MatchString(es.shape[:m[0]]) || workBeforeRe.MatchString(es.shape[:m[0]])) {
				continue
			}
			if vendorObjectRe.MatchString(es.shape[m[1]:]) {
				// "Progress disclosed a vulnerability": a vendor, not a victim.
				continue
			}
			var ks []int
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					ks = append(ks, nameIndexes(es.shape[m[g]:m[g+1]])...)
				}
			}
			if len(ks) == 0 && es.title {
				// A title cue without a name slot (a "Notice of Data
				// Security Incident" headline) points at the title's names.
				for k := range es.names {
					ks = append(ks, k)
				}
			}
			var mentions []string
			for _, k := range ks {
				if k < len(es.names) && !ownerNamedBy(es.shape, k) {
					mentions = append(mentions, es.names[k].text)
				}
			}
			for _, mn := range mentions {
				hits = append(hits, cueHit{mention: mn, weight: c.weight, evidence: es.text, title: es.title, idx: es.idx, list: mentions, letterhead: c.letterhead})
			}
		}
	}
	return hits
}

// ownerNamedBy reports whether the k-th name of a shaped sentence only
// names whom another organisation owns or runs: "Fernhollow Inn parent
// confirms breach", "Lark Rail owner hit by ransomware". The cue is about
// the parent, named elsewhere.
func ownerNamedBy(shape string, k int) bool {
	tok := "N" + strconv.Itoa(k)
	for i := 0; ; {
		j := strings.Index(shape[i:], tok)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(tok)
		if (at == 0 || shape[at-1] == ' ') && (end == len(shape) || shape[end] == ' ') && ownerAfterRe.MatchString(shape[end:]) {
			return true
		}
		i = end
	}
}

// ownerAfterRe follows a name used to say whose parent or operator is
// meant.
var ownerAfterRe = regexp.MustCompile(`^ (?:'s )?(?:parent|owner|operator|parent company|holding company|parent firm|parent group)\b`)

// placePossessiveRe opens a headline with a country's possessive and up to
// two lower-case words of description: "japan 's ", "britain 's biggest
// ".
var placePossessiveRe = regexp.MustCompile(`^([a-z.]+) 's (?:[a-z\-]+ ){0,2}?(?:N\d)`)

// vendorObjectRe is what a software vendor discloses or discovers: a flaw
// in its product, not a breach of its own systems.
var vendorObjectRe = regexp.MustCompile(`^ (?:that )?(?:a |an |the |two |three |several |new |multiple )?(?:[a-z\-]+ ){0,3}?(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-days?|patch(?:es)?|fix(?:es)?|security updates?|advisory|advisories|cves?)\b`)

var followedByNameRe = regexp.MustCompile(`^ (?:the |a |an )?(?:[a-z\-]+ )?N\d+`)

func followedByName(rest string) bool {
	return followedByNameRe.MatchString(rest)
}

// firstPersonRe finds a breached organisation speaking for itself.
var firstPersonRe = regexp.MustCompile(`\b(?:we|our|us)\b`)

// enNotExploitedRe finds an advisory's line that a flaw has not been
// used: "Corvane is not aware of any malicious use of this vulnerability",
// "no evidence of exploitation in the wild".
var enNotExploitedRe = regexp.MustCompile(`\b(?:(?:is|are|was|were) not|isn't|aren't|(?:do|does) not|don't|doesn't) (?:currently )?(?:aware of|know of|seen|observed) (?:any )?(?:(?:active|malicious|public|in-the-wild) )*(?:use|exploitation|exploits?|attacks?|abuse)(?: of (?:this|these|the) (?:vulnerabilit(?:y|ies)|flaws?|issues?))?\b|\bno (?:known |evidence of |reports of )?(?:active |malicious |public )*(?:exploitation|exploits?) (?:in the wild|has been|have been|is known)`)

// enHypotheticalRe marks a sentence describing what a flaw would let an
// attacker do.
var enHypotheticalRe = regexp.MustCompile(`\b(?:could|can|may|might|would) (?:potentially )?(?:allow|enable|let|permit)(?:s)? (?:an? |remote |unauthenticated |malicious )*(?:attackers?|hackers?|adversar(?:y|ies)|threat actors?|users?)\b`)

// enTitleHitRe finds a headline's "9.7 million customers hit".
var enTitleHitRe = regexp.MustCompile(`\b(?:customers|users|members|patients|people|records|accounts|subscribers|clients|employees) (?:hit|affected|impacted|caught up)\b`)

// enOwnUnitRe finds a notice about the issuer's own unit: "our
// consolidated subsidiary", "a group company of the Company".
var enOwnUnitRe = regexp.MustCompile(`\bour (?:[a-z\-]+ ){0,2}?(?:subsidiar(?:y|ies)|group compan(?:y|ies)|affiliates?|affiliated compan(?:y|ies))\b|\b(?:subsidiar(?:y|ies)|group compan(?:y|ies)|affiliates?|affiliated compan(?:y|ies)) of the company\b`)

// enContactTail is a contact after a signature's name: " — privacy @
// example.com", " | +44 20 7946 0000".
const enContactTail = `(?: [-—–|:] (?:[\w.+-]+ @ [\w.-]+|[\w-]+(?:\.[\w-]+)+(?: / \S*)?|\+?[\d ()-]{6,}))?`

// issuerCues find the organisation behind a first-person notice.
var enIssuerCues = []cue{
	enCue(4, false, false, `^about `+enName1+`$`),
	enCue(4, false, false, enName1+` \( (?:" ?[^"()]{1,24}" ?, )?(?:the )?" ?(?:company|we|us|our)`),
	enCue(3, false, false, `^`+enName1+` (?:is|was) (?:a|an|the) (?:[a-z\-]+ ){0,4}?(?:company|provider|retailer|manufacturer|maker|firm|organization|organisation|hospital|bank|insurer|school|university)`),
	// A regulatory footer: "Halden Building Society is authorised by the
	// Prudential Regulation Authority", "Kestrel Bank is a member of FDIC".
	enCue(3, false, false, `^`+enName1+` (?:is|are) (?:(?:authori[sz]ed|regulated|licensed|registered|insured|accredited|supervised) (?:and (?:regulated|authori[sz]ed|supervised) )?by|a member of|(?:a )?registered (?:in|with|under))\b`),
	// The notice's first sentence opens with its issuer: "Northwind
	// Pension Services administers ...".
	{re: regexp.MustCompile(`^` + enName1 + ` (?:\( [^)]{1,60}? \) )?(?:is|was|has|have|would|wishes|wants|takes|values|operates|provides|administers|serves|runs|manages|offers|[a-z]+s) `), weight: 3, leadOnly: true},
	// "At Halden Credit Union, protecting your information is…": the
	// notice opens at its issuer.
	{re: regexp.MustCompile(`^(?:here )?at ` + enName1 + ` , `), weight: 3, leadOnly: true},
	// A signature: a line that is only the issuer's name and a department.
	// A signature that names the writer and title first: "Ruth Okafor ,
	// Chief Executive , Lanternway Aid".
	enCue(3, false, false, `^N\d+ , (?:N\d+|[a-z][a-z ]{2,40}) , `+enName1+`$`),
	// A letterhead: the issuer's name, then its address or trade after a
	// separator ("Larkmoor, Inc. · 88 Fenwick Row, Suite 2 ·
	// Austin, TX").
	// A masthead's one section after the name ("St. Ursula Regional
	// Medical Center — Newsroom") is a letterhead too; a tagline of
	// trades ("Sports Medicine · Joint Replacement · Spine") is not: its
	// N1, N2 are names, no address's numbers.
	{re: regexp.MustCompile(`^` + enName1 + ` (?:[·•|—–] )(?:[^.?!]*?[^N\d]\d|N\d+$)`), weight: 4, leadOnly: true, notBefore: bylineTailRe, letterhead: true},
	// A Nordic legal form the tokenizer splits: "Nordhavn Telecom A/S".
	enCue(3, false, false, `^`+enName1+` a / (?:s|N\d+)$`),
	enCue(3, false, false, `^(?:[-—–] )?(?:(?:sincerely|regards|best regards|kind regards|yours sincerely) , )?(?:the )?`+enName1+`(?: (?:team|customer care|customer service|customer support|support|management|privacy office|privacy team|board))?`+enContactTail+`$`),
	// A letter's closing from its people: "With apologies and thanks, the
	// Board and staff of Elmside Food Co-op".
	enCue(3, false, false, `^(?:[-—–] )?(?:[a-z ]{0,40}(?:thanks|regards|sincerely|apologies|wishes|gratitude) , )?(?:the )?(?:board|staff|team|management|trustees|directors|employees|volunteers|partners)(?: and (?:staff|team|management|trustees|directors|employees|volunteers|partners))? (?:of|at) (?:the )?`+enName1+enContactTail+`$`),
	// A footer with the issuer's company-register number: "Ferrow
	// Health Limited ABN 61 000 555 123", "Halden Ltd, registered in
	// England, company no. 0123".
	enRegistryCue,
	// A copyright line: "© 2025 Saltmarsh Ferries Ltd. | Privacy".
	enCue(3, false, false, `^(?:© |\( c \) |copyright (?:© |\( c \) )?)(?:\d{4} (?:[-–] \d{4} )?)?`+enName1+`(?: \.)?(?: [|,.·•]|$)`),
	// A page's byline: "Published by: Communications team, Amberley
	// Borough Council, Civic Centre".
	enCue(3, false, false, `^(?:published|issued|posted) by : (?:(?:N\d+ )?[a-z ]{0,30}(?:team|office|department|unit|service|desk) , )?`+enName1+`(?: ,|$)`),
}

// bylineTailRe follows a byline's author, not a letterhead's issuer: "|
// 12 min read", "· 5 minute read".
var bylineTailRe = regexp.MustCompile(`\b(?:min|mins|minute|minutes) read\b|\bread time\b|\bupdated\b|\bposted\b`)

// enFormNameRe is a breach form's line naming its entity: "Entity name:
// Calder Outfitters LLC".
var enFormNameRe = regexp.MustCompile(`^(?:(?:entity|organi[sz]ation|company|business|registrant|reporting entity) )?name(?: of (?:the )?(?:entity|organi[sz]ation|company|business|registrant|covered entity))? : `)

// enRegistryCue finds a line giving an organisation's company-register
// number: "Ferrow Health Limited ABN 61 000 555 123", "Halden Ltd,
// registered in England, company no. 0123". Only an organisation's own
// page gives its register number, so on a page about a breach it names
// the issuer even without a "we".
var enRegistryCue = enCue(4, false, false, `^`+enName1+` (?:, )?(?:\( )?(?:abn|acn|nzbn|company no|company number|company registration number|registered in|registered office|registered number|registration no|registration number)\b`)

// enPostOfRe is a signature line giving a post and then the body it
// serves: "superintendent , N0", "N0 and chief executive , N1".
var enPostOfRe = regexp.MustCompile(`^[^,]{2,60} , (?:the )?N(\d+)$`)

// plainSentences returns the sentences of shaped ones.
func plainSentences(es []enSentence) []sentence {
	out := make([]sentence, len(es))
	for i, e := range es {
		out[i] = e.sentence
	}
	return out
}

// enJobTitleRe is a signature's line giving the writer's post.
var enJobTitleRe = regexp.MustCompile(`(?i)^(?:(?:interim|acting|deputy|senior|executive|vice|managing|founding|general) )?(?:president|chief\b|ceo|coo|cfo|cto|ciso|cio|director|head of|chair|chairman|chairwoman|chairperson|managing director|general manager|founder|co-founder|partner|principal|superintendent|chancellor|provost|town clerk|chief executive|secretary|treasurer|mayor|city manager|county administrator|executive director|headteacher|head teacher|dean\b|rector\b|registrar|commissioner|sheriff|district attorney|attorney general|auditor|assessor|recorder|coroner|comptroller|controller|prosecutor|clerk)`)

// enImprintRe finds a line that is a name, a separator and more: the
// imprint at the foot of a notice when the rest is an address (see
// enAddressRe).
var enImprintRe = regexp.MustCompile(`^N(\d+) [·•|] [^.?!]{3,80}$`)

// enAddressRe finds an address in an imprint's tail: a street number, a
// street's kind, a postcode ("Ocean Quay · Southampton", "200 Market
// Street", "SO14 3QN").
var enAddressRe = regexp.MustCompile(`(?i)\b\d{1,5}\b|\b(?:street|st|road|rd|avenue|ave|lane|quay|wharf|way|square|place|row|court|park|house|drive|boulevard|blvd|suite|floor|building)\b|\b[a-z]{1,2}\d{1,2}[a-z]? ?\d[a-z]{2}\b`)

// imprintTail returns what follows an imprint line's first separator.
func imprintTail(line string) string {
	if i := strings.IndexAny(line, "·•|"); i >= 0 {
		return line[i:]
	}
	return ""
}

// enLawFirmRe finds the name of counsel who may sign a client's notice.
var enLawFirmRe = regexp.MustCompile(`(?i)\b(?:llp|law|legal|attorneys?|solicitors|counsel|advocates)\b`)

// responderRe finds an incident responder's account of a client's
// breach: "Torchlight was engaged by a retailer" (a victim's own notice
// says its experts were engaged by "the Company", and a firm's own notice
// speaks of "our clients").
var responderRe = regexp.MustCompile(`\b(?:was|were) (?:engaged|retained|called in|brought in) by (?:a|an)\b`)

// englishVictimHits scores the names of an English article.
func englishVictimHits(ss []enSentence) (hits, roles []cueHit) {
	titleBreach, anyBreach := false, false
	firstPerson, responder := 0, false
	for _, s := range ss {
		breach := enBreachRe.MatchString(s.shape)
		anyBreach = anyBreach || breach
		if s.title && (breach || enTitleHitRe.MatchString(s.shape)) {
			titleBreach = true
		}
		if !s.title && breach && firstPersonRe.MatchString(s.shape) || enOwnUnitRe.MatchString(strings.ToLower(s.text)) {
			// A notice in the first person, or one about "our
			// consolidated subsidiary": its issuer speaks for the victim.
			firstPerson++
		}
		if !s.title && responderRe.MatchString(s.shape) {
			// An incident responder's report: its "we" investigated
			// someone else's breach.
			responder = true
		}
	}
	if responder {
		firstPerson = 0
	}
	articleBreach := englishBreachArticle(ss)
	product := englishProductArticle(ss)
	for i, s := range ss {
		// A filing's cover names its registrant far from the headline
		// and the item that say what the filing reports.
		breach := enBreachRe.MatchString(s.shape) || titleBreach && (s.idx < 3 || s.title) ||
			(titleBreach || articleBreach) && enStorageOwnerRe.MatchString(s.shape) ||
			(titleBreach || articleBreach) && enFormNameRe.MatchString(s.shape) ||
			anyBreach && registrantCaptionRe.MatchString(s.shape)
		if enHypotheticalRe.MatchString(s.shape) || enNotExploitedRe.MatchString(s.shape) {
			// "could allow an attacker to gain access to X's database"
			// describes a flaw, not something that happened.
			roles = append(roles, matchCues(s, enRoleCues, true)...)
			continue
		}
		hits = append(hits, matchCues(s, enVictimCues, breach)...)
		if s.title && !enTrendTitleRe.MatchString(s.text) {
			t := s
			if m := placePossessiveRe.FindStringSubmatch(t.shape); m != nil && (nationalities[m[1]] || enPlaces[m[1]]) {
				// "Japan's Akanegumo Seiki shares slip after…": the
				// headline's subject comes after its country.
				t.shape = t.shape[len(m[0])-len("N0"):]
			}
			if m := enTitleDescriptorRe.FindString(t.shape); m != "" && !enSecurityWordRe.MatchString(m) {
				// "fintech startup N1 exposed…": the cues read the
				// headline from its name.
				t.shape = t.shape[len(m)-len("N0"):]
			}
			hits = append(hits, matchCues(t, enTitleCues, breach)...)
			if m := parentStatementRe.FindStringSubmatch(s.shape); m != nil {
				// "Halvard Group Statement Regarding Cybersecurity
				// Incident at Parkwise Subsidiary": the parent speaks
				// of its subsidiary's incident.
				if k, err := strconv.Atoi(m[1]); err == nil && k < len(s.names) {
					hits = append(hits, cueHit{mention: s.names[k].text, weight: 4, evidence: s.text, idx: s.idx, title: true})
				}
			}
		}
		roles = append(roles, matchCues(s, enRoleCues, true)...)
		if firstPerson == 0 || !firstPersonRe.MatchString(s.shape) {
			roles = append(roles, matchCues(s, enInvestigationRoleCue, true)...)
		}
		if firstPerson == 0 && articleBreach {
			hits = append(hits, matchCues(s, []cue{enRegistryCue}, true)...)
		}
		if firstPerson > 0 && !product && enJobTitleRe.MatchString(s.text) {
			// A signature's post and body on one line: "Superintendent,
			// Pinegrove Unified School District".
			if m := enPostOfRe.FindStringSubmatch(s.shape); m != nil {
				if k, err := strconv.Atoi(m[1]); err == nil && k < len(s.names) {
					hits = append(hits, cueHit{mention: s.names[k].text, weight: 3, evidence: s.text, idx: s.idx})
				}
			}
		}
		if firstPerson > 0 && !product && i >= len(ss)-3 {
			// An imprint under the notice: "Calderwick Line Limited ·
			// Ocean Quay · Southampton", the issuer's registered name
			// with its address, at the foot of the text.
			if m := enImprintRe.FindStringSubmatch(s.shape); m != nil && enAddressRe.MatchString(imprintTail(s.text)) {
				if k, err := strconv.Atoi(m[1]); err == nil && k < len(s.names) {
					if f := strings.Fields(s.names[k].text); len(f) > 1 && legalWord(f[len(f)-1]) && !enLawFirmRe.MatchString(s.names[k].text) {
						hits = append(hits, cueHit{mention: s.names[k].text, weight: 3, evidence: s.text, idx: s.idx, letterhead: true})
					}
				}
			}
		}
		if firstPerson > 0 && !product && !(i+1 < len(ss) && enJobTitleRe.MatchString(ss[i+1].text)) && !sectionHeadingBetween(ss, i) {
			// A launch's "About Acme Security" names its maker, no victim.
			// A signature line followed by a job title ("President and
			// CEO") is the writer's name, not the issuer's.
			hits = append(hits, matchCues(s, enIssuerCues, true)...)
		}
	}
	if titleBreach || articleBreach || englishIncidentLead(plainSentences(ss)) {
		hits = append(hits, openingSubjectHits(ss)...)
		hits = append(hits, kindReferenceHits(ss)...)
		hits = append(hits, leadKindHits(ss)...)
	}
	return hits, roles
}

// sectionHeadingBetween reports whether sentence i is a short line
// standing between two sentences of running text: a section's heading
// ("PaperKite" over the paragraphs on that backdoor), not an issuer's
// letterhead above the text or its signature below (a name with its
// legal form: "Marrowick Cold Chain B.V.").
func sectionHeadingBetween(ss []enSentence, i int) bool {
	f := strings.Fields(ss[i].text)
	if i == 0 || i+1 >= len(ss) || ss[i-1].title || len(f) > 4 || len(f) > 1 && legalWord(f[len(f)-1]) || strings.HasPrefix(strings.ToLower(ss[i].text), "about ") || strings.ContainsAny(ss[i].text, ",—–-·|") {
		// ("About Wendeler Antriebstechnik" heads the issuer's own
		// boilerplate: the heading names the issuer; "Sincerely,
		// Harwell Public Library" and "— The Board" sign a letter.)
		return false
	}
	return len(strings.Fields(ss[i-1].text)) >= 8 && len(strings.Fields(ss[i+1].text)) >= 8
}

// enKindSubjectRe finds a breach sentence's subject given by its kind:
// "The Zanesville-based credit union has started mailing letters", "the
// hospital said".
var enKindSubjectRe = regexp.MustCompile(`(?i)^(?:[a-z ,\-]{0,40}?, )?the (?:[\w'-]+ ){0,2}?(credit union|bank|hospital|school district|university|college|county|council|clinic|health system|medical center|water authority|utility) (?:has |had |have |is |was |said|says|confirmed|disclosed|notified|began|started|told|reported|detected|discovered|learned|is mailing|has been|started mailing)`)

// enLeadKindRe finds a lead that speaks of its victim by its kind before
// naming it: "A regional agricultural cooperative in Ibaraki has warned…",
// "A consumer co-operative that delivers groceries says…".
var enLeadKindRe = regexp.MustCompile(`(?i)^(?:[a-z ,\-]{0,30}?, )?an? (?:[\w'-]+ ){0,4}?(cooperative|co-operative|co-op|credit union|hospital|hospice|clinic|bank|insurer|university|college|school district|charity|trust|foundation|retailer|utility|inn|hotel|museum|orchestra|club|council|county|city|town|church|temple|association|union|society|railway|railroad|airline|manufacturer|maker|brewery|pharmacy)\b`)

// leadKindHits points at the organisation a breach lead speaks of by its
// kind, "a cooperative", when the article names one organisation whose
// name ends with that kind (the Akane-Minami Agricultural Cooperative) or
// gives the name beside the kind ("The inn, Kagetsuro, said…").
func leadKindHits(ss []enSentence) []cueHit {
	var kind string
	var lead enSentence
	for _, s := range ss {
		if s.title {
			continue
		}
		if s.idx > 2 {
			break
		}
		if m := enLeadKindRe.FindStringSubmatch(s.text); m != nil && enBreachRe.MatchString(s.shape) {
			kind, lead = normKind(m[1]), s
			break
		}
	}
	if kind == "" {
		return nil
	}
	var named []string
	var mention string
	for _, o := range ss {
		for _, n := range o.names {
			ln := normKind(stripLegalEnglish(n.text))
			if (ln == kind || strings.HasSuffix(ln, " "+kind)) && ln != kind && !slices.Contains(named, ln) {
				named, mention = append(named, ln), n.text
			}
		}
	}
	if len(named) == 1 {
		return []cueHit{{mention: mention, weight: 3, evidence: lead.text, idx: lead.idx}}
	}
	if len(named) == 0 {
		if s, ok := nextBodySentence(ss, lead); ok && len(s.names) > 0 && enNamedAfterLeadRe.MatchString(s.shape) {
			// "A small US water utility hit by ransomware … / Heronmouth
			// Water, which keeps the taps flowing…": the sentence after
			// a lead that withholds the name gives it.
			return []cueHit{{mention: s.names[0].text, weight: 3, evidence: lead.text, idx: lead.idx}}
		}
	}
	return nil
}

// enNamedAfterLeadRe finds a sentence opening on an organisation's name
// as its subject, described as a thing rather than a person ("N0 ,
// which", "N0 , the …", "N0 says … its").
var enNamedAfterLeadRe = regexp.MustCompile(`^N0 (?:, (?:which|whose|an?|the|based|headquartered) |(?:says|said|confirmed|disclosed|told|has|had|is|was) (?:[^.]* )?(?:its|it) )`)

// nextBodySentence returns the body sentence that follows s.
func nextBodySentence(ss []enSentence, s enSentence) (enSentence, bool) {
	for _, o := range ss {
		if !o.title && o.idx > s.idx {
			return o, true
		}
	}
	return enSentence{}, false
}

// normKind lower-cases a name or a kind and writes co-operative as
// cooperative.
func normKind(s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "co-operative", "cooperative")
	return strings.ReplaceAll(s, "co-op", "cooperative")
}

// enKindObjectRe finds a breach sentence's mention of a body by a kind
// that news leaves to the body's own name elsewhere: "published the
// trust's name", "data of the foundation's donors".
var enKindObjectRe = regexp.MustCompile(`(?i)\bthe (trust|hospice|foundation|charity|society|credit union|health system|medical center|school district|library|museum|hospital|clinic|college|university|club|council)(?:'s|’s)\b`)

// kindReferenceHits names the organisation a breach sentence refers to
// by its kind ("the credit union"), when the article names exactly one
// organisation whose name ends with that kind (Harrowgate Federal Credit
// Union): news writes the name once and the kind after.
func kindReferenceHits(ss []enSentence) []cueHit {
	var out []cueHit
	for _, s := range ss {
		if s.title || !enBreachRe.MatchString(s.shape) && !strings.Contains(s.shape, "letters") {
			continue
		}
		m := enKindSubjectRe.FindStringSubmatch(s.text)
		if m == nil {
			m = enKindObjectRe.FindStringSubmatch(s.text)
		}
		if m == nil {
			continue
		}
		kind := strings.ToLower(m[1])
		var named []string
		for _, o := range ss {
			for _, n := range o.names {
				ln := strings.ToLower(stripLegalEnglish(n.text))
				if strings.HasSuffix(ln, " "+kind) && !slices.Contains(named, ln) {
					named = append(named, ln)
				}
			}
		}
		if len(named) != 1 {
			continue
		}
		for _, o := range ss {
			for _, n := range o.names {
				if strings.ToLower(stripLegalEnglish(n.text)) == named[0] {
					return append(out, cueHit{mention: n.text, weight: 3, evidence: s.text, idx: s.idx})
				}
			}
		}
	}
	return out
}

// enStorageOwnerRe says whose an exposed store was, in an article about
// the exposure: "The cluster belonged to Lumitrek".
var enStorageOwnerRe = regexp.MustCompile(`\b(?:cluster|database|bucket|server|instance|index|indices|storage|repository|backup)s? (?:that )?(?:belonged|belongs|belonging) to N\d+`)
