package incident

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/breachwire/breachwire/extract/actors"
)

// Doc is the text incident extraction reads.
type Doc struct {
	Title, Text, Lang, URL string
	Published              time.Time
	// Site is the publisher the page names besides its text (its
	// og:site_name, or the site's name after the headline in its title),
	// "" when unknown. An organisation's own notice that calls itself only
	// 当社 or "we" is its issuer's.
	Site string
	// Issuer is the organisation the page names as its author or issuer
	// outside its text: a press-release hub's "News provided by X", a
	// byline "Published … by X School District", 「発表元：X」, a JSON-LD
	// author that is an organisation; "" when none. It stands in for Site
	// when Site names no organisation (a hub's or an outlet's name).
	Issuer string
	// PageName is the name a platform's page gives itself apart from
	// its headline — a shop on a gourmet portal or a marketplace, a
	// social page: og:title naming the page while og:site_name names the
	// platform; "" when none. A notice in the first person on such a
	// page is its owner's, not the platform's.
	PageName string
}

// quotedService reports a name the text writes only as a service in
// quotes: サービス「ハレクロック」, アプリ「〇〇」.
func quotedService(mention, text string) bool {
	if mention == "" {
		return false
	}
	for _, kind := range []string{"サービス", "アプリ", "サイト", "システム", "ストア", "ショップ"} {
		if strings.Contains(text, kind+"「"+mention+"」") {
			return true
		}
	}
	return false
}

// mailingAddressRe finds a newsletter's footer naming its sender on the
// line after its label.
var mailingAddressRe = regexp.MustCompile(`(?im)^\s*our (?:mailing|postal) address is:?\s*\n\s*([^\n]{2,80})$`)

// MaxText is the longest text read, in bytes; the rest of a longer text is
// ignored (the facts of an article stand in its first pages).
const MaxText = 256 << 10

// Extractor finds victims, record counts and threat actors. It is safe for
// concurrent use.
type Extractor struct{ cat *actors.Catalogue }

// New returns an Extractor that matches actors against cat; nil means the
// embedded catalogue.
func New(cat *actors.Catalogue) *Extractor {
	if cat == nil {
		cat = actors.Embedded()
	}
	return &Extractor{cat: cat}
}

// Extract returns the incident facts of one article.
func (x *Extractor) Extract(d Doc) Facts {
	title, text := normalise(formTabRe.ReplaceAllString(d.Title, "$1: ")), normalise(formTabRe.ReplaceAllString(withoutRelatedLinks(truncate(d.Text, MaxText)), "$1: "))
	ja := isJapaneseDoc(d.Lang, title+"\n"+text)
	var victims []Victim
	var ss []sentence
	publisher := siteOrganisation(d.Site, ja)
	if userPostRe.MatchString(d.URL) {
		// https://inkwell.example/@bram.ov/…: a member's post on a
		// publishing platform speaks for its writer, not the site.
		publisher = ""
	}
	if publisher == "" && !ja {
		if m := mailingAddressRe.FindStringSubmatch(d.Text); m != nil {
			// A newsletter's footer: "Our mailing address is: /
			// Wrenhollow Yarns / 14 Mill Race Lane".
			publisher = siteOrganisation(m[1], false)
		}
	}
	if publisher == "" && d.Issuer != "" {
		if p := siteOrganisation(d.Issuer, ja); p != "" {
			publisher, d.Site = p, d.Issuer
		}
	}
	if ja {
		title, text = jaLegalAbbrev.Replace(title), jaLegalAbbrev.Replace(text)
	} else {
		text = municipalNames(definedCompany(text))
		title = municipalNames(title)
	}
	ss = sentences(title, text)
	own := firstPersonNotice(ss, ja)
	if !own && !ja {
		if lead := withoutUpdateNotes(text); lead != text {
			// "Update, March 5: we have completed mailing letters…" boxed
			// above a notice: its own first sentences follow the box.
			own = firstPersonNotice(sentences(title, lead), ja)
		}
	}
	responder := !ja && responderRe.MatchString(strings.ToLower(text))
	if own && responder {
		// "Our incident response team was engaged by a manufacturer":
		// a responder's "we" tells of a client's breach.
		own = false
	}
	if own && securityPublisher(publisher, ja) && !ownNoticeHeadline(title, ja) {
		// ヤマセミ・サイバーリサーチ's post on a campaign: 当社が把握して
		// いる範囲では…2組織で感染を確認 is a vendor's "we" over others'
		// incidents; its own breach would have a notice's headline.
		own = false
	}
	if own && d.PageName != "" {
		if p := siteOrganisation(d.PageName, ja); p != "" {
			publisher, d.Site = p, d.PageName
		}
	}
	if ja {
		victims = japaneseVictims(ss, x.isActor, d.Published.Year(), publisher)
	} else {
		outlet := ""
		if outletName(d.Site) {
			outlet = d.Site
		}
		victims = englishVictims(ss, x.isActor, d.Published.Year(), publisher, outlet)
	}
	if own && !ja && len(victims) == 1 && publisher != "" && !strings.EqualFold(victims[0].Name, publisher) &&
		productOnly(victims[0].Mention, text) && !containsFold(text, publisher) {
		// "we detected unusual activity against the Inkwell Cloud
		// workspace service" on Pellucid Works' forum: the issuer's
		// product, named only as such; the issuer is the victim.
		victims = nil
	}
	if (own || strings.HasPrefix(strings.TrimSpace(text), publisher+" ")) && !ja && len(victims) == 1 && publisher != "" && !strings.EqualFold(victims[0].Name, publisher) &&
		productOnly(victims[0].Mention, text) && containsWord(strings.ToLower(text), strings.ToLower(publisher)) {
		// "Skyhaven Airways is providing an update on the access to
		// SkyPoints member accounts" on the airline's site: the issuer,
		// naming itself first in its own notice, over the programme it
		// runs.
		victims = []Victim{{Name: publisher, Mention: publisher, Evidence: victims[0].Evidence}}
	}
	if own && ja && len(victims) == 1 && publisher != "" && victims[0].Name != publisher && victims[0].Name == stripJaLegalForms(victims[0].Mention) && quotedService(victims[0].Mention, text) {
		// 当社の…クラウド勤怠管理サービス「ハレクロック」: the issuer's
		// own service, named only as such; the issuer is the victim.
		// (One the text says a named company runs is that company's.)
		victims = nil
	}
	if len(victims) == 0 && own {
		victims = noticeIssuer(d, publisher)
	}
	if len(victims) == 0 && own && !ja {
		victims = writerOrganisation(ss)
	}
	if len(victims) == 0 && !ja {
		victims = publisherVictim(d.Site, publisher, ss)
	}
	if len(victims) == 0 && !ja && d.Issuer != "" && d.Issuer != d.Site {
		// An alert platform's or a wire's page: the site is the
		// platform's, the agency box names whose notice it is.
		victims = publisherVictim(d.Issuer, siteOrganisation(d.Issuer, false), ss)
	}
	if len(victims) == 0 && !ja {
		victims = datelineMunicipality(text, ss)
	}
	var government []Victim // a place's government: a name validation refuses as a place
	if len(victims) == 0 && !ja {
		government = placeGovernment(title, ss)
		victims = government
	}
	if len(victims) == 0 && !ja {
		victims = selfKindOrganisation(text, ss)
	}
	if len(victims) == 0 && !ja {
		victims = anaphoricOrganisation(text, ss)
	}
	// An organisation's own notice or filing speaks of its own affairs,
	// however many numbered items it has (決算短信, 10-Q).
	single := singleIncident(title, text, victims) || own && len(victims) > 0 && !digestTitle(title) && ownBreachNote(ss, ja)
	denied := deniedIncident(title)
	if !single || denied || policyTitle(title, victims) {
		victims = nil
	}
	markPast(ss, d.Published)
	as := attribute(x.cat, ss, ja, victims)
	if (publisherOnly(victims, publisher) || publisherOnly(victims, d.Site)) && tallyTitleRe.MatchString(title) && x.groupsNamed(text) >= 4 {
		// A threat-intelligence firm's monthly count of four groups'
		// postings or more: its own name in the heading and the "About"
		// box is the report's author, not a victim.
		return Facts{Actors: demote(as)}
	}
	if drillTitleRe.MatchString(title) && !titleBreachRe.MatchString(drillTitleRe.ReplaceAllString(title, "")) {
		// 〇〇病院でサイバー攻撃を想定した訓練, "county runs ransomware
		// drill": an exercise, no breach.
		return Facts{Actors: demote(as)}
	}
	if fictionTitleRe.MatchString(title) {
		// "Tabletop: 72 Hours Inside a Fictional Hospital Ransomware
		// Attack": a scenario, whatever befalls its invented victim.
		return Facts{Actors: demote(as)}
	}
	if genuineQuestionRe.MatchString(title) {
		// "I got a mail from X about a leak. Is it real?": a question
		// about a message, no breach.
		return Facts{Actors: demote(as)}
	}
	if impersonationWarning(title) {
		// "Beware of texts pretending to be from us", 本市をかたる不審な
		// SMSにご注意ください: a warning about scams in someone's name,
		// no breach of theirs.
		return Facts{Actors: demote(as)}
	}
	if len(victims) == 0 && (statistics(as, x.writeUpGroups(title, responder)) || roundup(title, text) || policyTitleRe.MatchString(title)) {
		return Facts{Actors: demote(as)}
	}
	records := recordCount(ss, ja, victims)
	if denied {
		// "No, Acme did not leak 40 million records": the figure of a
		// breach the headline denies counts nothing.
		records = nil
	}
	if len(victims) == 0 && records != nil && !headlineFigure(ss, records) && !own && !responder {
		// Without a victim, a figure deep in the text belongs to another
		// incident or a statistic; one in the headline or lead is the
		// article's own, as is one in a notice of its issuer's own breach
		// whose issuer went unnamed, or in a responder's write-up of the
		// one client it may not name.
		records = nil
	}
	whole := title + "\n" + text
	if ja {
		victims = widenJapaneseVictims(victims, whole, publisher)
		victims = distinctVictims(latinVictims(groupParents(victims, whole), d.URL, whole, d.Site))
	}
	if ja && own && len(victims) == 1 && publisher != "" && victims[0].Name != publisher && strings.Contains(text, "子会社") && sameBrandHead(victims[0].Name, publisher) {
		// 当社の連結子会社である東雲ロジスティクス on 東雲ファインケミカル's
		// own page: a subsidiary under the parent's brand is the
		// parent's, as the parent's other notices are.
		victims = issuerOverUnit(publisher, victims[0])
	}
	if ja && own && len(victims) == 1 && municipalIssuerSchool(victims[0].Name, publisher) {
		// 夕凪市立みなみ小学校, 県立鷺ノ浦高等学校 on the city's or the
		// prefecture's own page: the school is the body's own.
		victims = issuerOverUnit(publisher, victims[0])
	}
	had := len(victims) > 0
	victims = x.notActors(validVictims(victims, whole, ja))
	if had && len(victims) == 0 && len(government) > 0 {
		victims = government
	}
	if !ja && publisher != "" {
		victims = publisherFullName(victims, publisher)
	}
	if !ja {
		victims = universityForm(municipalForm(victims, whole), title, whole)
	}
	if had && len(victims) == 0 && own {
		// 本会ボランティアセンター read as a name and then refused: the
		// notice is still its issuer's own.
		victims = noticeIssuer(d, publisher)
	}
	if len(victims) == 0 && !responder {
		// (A responder's write-up of the one client it may not name
		// keeps the group it attributes that intrusion to.)
		as = x.headlineActors(as, ss, ja)
	} else if len(victims) == 0 {
		// "Crypto24 Intrusion Walkthrough": the write-up's headline
		// names the group of the intrusion it tells.
		as = x.promoteCampaignSubject(as, ss)
	}
	return Facts{Victims: victims, Records: records, Actors: as}
}

// promoteCampaignSubject makes the one group a campaign's or a write-up's
// headline names (see campaignSubject) the actor of what it describes.
func (x *Extractor) promoteCampaignSubject(as []Attribution, ss []sentence) []Attribution {
	if g, title := x.campaignSubject(ss); g != "" && !x.ruledOut(g, ss) {
		for i := range as {
			if as[i].Name == g && as[i].Strength == Mentioned {
				as[i].Strength, as[i].Evidence = Stated, title
			}
		}
	}
	return as
}

// sectionHeading reports whether a line is a section's heading ("Summary",
// "Initial access"), not a sentence: a few words without a full stop.
func sectionHeading(line string) bool {
	line = strings.TrimSpace(line)
	return len(strings.Fields(line)) <= 4 && !strings.ContainsAny(line, ".!?。！？:：")
}

// tallyTitleRe finds the headline of a count over a period or many groups:
// "June ransomware report", "July tally", "Threat Pulse".
var tallyTitleRe = regexp.MustCompile(`(?i)\b(?:report|tally|pulse|monthly|quarterly|annual|statistics|stats|ranking|index|review|tracker|by the numbers|leaderboard)\b|月報|月次|四半期|レポート|ランキング|動向`)

// groupsNamed returns how many catalogued groups text names.
func (x *Extractor) groupsNamed(text string) int {
	seen := map[string]bool{}
	for _, m := range x.cat.Find(text) {
		if m.Group != nil {
			seen[m.Group.Name] = true
		}
	}
	return len(seen)
}

// userPostRe finds the address of a member's post on a publishing
// platform: a path opening with the member's @handle.
var userPostRe = regexp.MustCompile(`^https?://[^/]+/@[\w.\-]+/`)

// publisherOnly reports whether the victims found are the page's own
// publisher and no one else.
func publisherOnly(victims []Victim, publisher string) bool {
	if len(victims) == 0 || publisher == "" {
		return false
	}
	for _, v := range victims {
		if !strings.EqualFold(v.Name, publisher) {
			return false
		}
	}
	return true
}

// writeUpGroups returns the groups a responder's write-up names in its
// headline ("Inside a Play Ransomware Intrusion"), or nil for any other
// page.
func (x *Extractor) writeUpGroups(title string, responder bool) map[string]bool {
	if !responder {
		return nil
	}
	out := map[string]bool{}
	for _, m := range x.cat.Find(title) {
		if m.Group != nil {
			out[m.Group.Name] = true
		}
	}
	return out
}

// formTabRe finds a breach portal's field label that a table cell parts
// from its value by a tab, as the text gives a flattened table ("Name of
// Covered Entity⇥Quenby Family Medicine"): the label reads as with a colon.
var formTabRe = regexp.MustCompile(`(?im)^((?:name of (?:the )?(?:covered entity|entity|organi[sz]ation|company|business|registrant)|(?:entity|organi[sz]ation|company|business|covered entity) name|(?:total )?(?:number of )?(?:individuals|persons|people|residents|patients|consumers) affected(?: \([^)	]{0,40}\))?|(?:total )?(?:number of )?(?:individuals|persons|residents) (?:notified|impacted)))	`)

// deniedRe finds a headline's denial of an attack: "outage was a failed
// upgrade, not a cyberattack", 「サイバー攻撃ではない」.
var deniedRe = regexp.MustCompile(`(?i)\bnot (?:a |an |the result of (?:a |an )?|caused by (?:a |an )?|due to (?:a |an )?)?(?:cyber-?attack|cyber ?incident|cyber-?security incident|hack|breach|data breach|intrusion|ransomware(?: attack)?)\b|\bno (?:sign of (?:a |any )?|evidence of (?:a |any )?)?(?:cyber-?attack|hack|intrusion)\b|\b(?:wasn't|was not|were not|weren't|not) hacked\b|\b(?:(?:has|have|had|was|were) not|hasn't|haven't|hadn't|wasn't|weren't) been (?:breached|hacked|compromised)\b|\bdid(?:n't| not) (?:just )?(?:leak|lose|expose|suffer)\b|\brules? out (?:a |any )?(?:cyber-?attack|hack|breach|intrusion)|(?:サイバー攻撃|不正アクセス|攻撃)(?:によるもの)?ではな|(?:サイバー攻撃|不正アクセス)ではありません`)

// deniedIncident reports a headline that denies the attack it speaks of
// and names no other: such an article has no victim.
func deniedIncident(title string) bool {
	loc := deniedRe.FindStringIndex(title)
	if loc == nil {
		return false
	}
	rest := title[:loc[0]] + " " + title[loc[1]:]
	return !titleBreachRe.MatchString(rest)
}

// policyTitleRe finds the headline of a story on law or regulation: a
// legislature voting on a bill, a regulator proposing a rule. A council
// voting to rebuild its systems after an attack is no such story.
var policyTitleRe = regexp.MustCompile(`(?i)\b(?:senate|house|assembly|legislature|lawmakers|legislators|congress|parliament|regulators?)s? (?:votes?|voted|pass(?:es|ed)?|approves?|approved|advances?|advanced|proposes?|proposed|introduces?|introduced|signs?|signed|adopts?|adopted|weighs?|considers?|debates?|moves?|moved)\b.*\b(?:bill|law|act|rules?|regulations?|legislation|deadline|notification|notice|disclosure|penalt(?:y|ies))\b|法案|法改正|改正案|(?:条例|規則|指針|ガイドライン)(?:を|の)?(?:改正|制定|策定|施行)|閣議決定`)

// policyTitle reports a story on law or regulation whose headline names
// none of its victims: a breach it cites is background.
func policyTitle(title string, victims []Victim) bool {
	if breachLawTitleRe.MatchString(title) {
		// "Norland Tightens Its Breach Notification Law": the state
		// that changes its law suffers no breach in the story.
		return true
	}
	if !policyTitleRe.MatchString(title) {
		return false
	}
	for _, v := range victims {
		if !legislatureNameRe.MatchString(v.Name) && mentionsVictim(title, []Victim{v}) {
			return false
		}
	}
	return true
}

// breachLawTitleRe finds a headline about a change to a breach or privacy
// law: its notification deadlines, its reporting duties.
var breachLawTitleRe = regexp.MustCompile(`(?i)\b(?:tightens?|tightened|amends?|amended|updates?|updated|expands?|expanded|changes?|changed|overhauls?|overhauled|strengthens?|strengthened|revises?|revised|enacts?|enacted|new)\b.{0,30}\b(?:data )?(?:breach|privacy|cyber ?security|data protection) (?:notification |reporting |disclosure )?(?:law|laws|statute|act|rule|rules|regulations?|requirements?|deadlines?)\b|(?:個人情報保護法|情報漏えい報告制度)(?:の)?(?:改正|見直し)`)

// legislatureNameRe finds the name of a legislature or a chamber ("Maine
// House"), which votes on a breach law and suffers none in its story.
var legislatureNameRe = regexp.MustCompile(`(?i)\b(?:house|senate|assembly|legislature|congress|parliament|diet)$|国会$`)

// fictionTitleRe finds a headline that says its attack is invented: a
// tabletop, a fictional or hypothetical case, a simulated attack.
var fictionTitleRe = regexp.MustCompile(`(?i)\b(?:tabletop|fictional|fictitious|hypothetical|imaginary|simulated)\b|架空の|仮想の(?:企業|病院|組織)`)

// drillTitleRe finds a headline about an exercise that simulates an
// attack, or a place built to train for one (a cyber range).
var drillTitleRe = regexp.MustCompile(`(?i)[^、。 ]{0,20}(?:を想定した|想定の|を想定し|模擬)[^、。 ]{0,12}(?:訓練|演習)|[^、。 ]{0,20}を想定[\s　][^。]{0,24}?(?:訓練|演習)|(?:サイバー攻撃|サイバー|ランサムウェア|インシデント)(?:対応)?の?(?:訓練|演習)|\b(?:cyber ?attack|ransomware|incident response|cyber)? ?(?:drill|tabletop exercise|simulation exercise|cyber exercise|war game)s?\b|\b(?:cyber|security|ransomware)[- ]?(?:range|training (?:lab|center|centre|course|programme|program|academy))s?\b`)

// impersonationRe and scamWarningRe find a headline warning of scams in
// an organisation's name.
var (
	impersonationRe = regexp.MustCompile(`(?i)\b(?:impersonat\w+|pretending to be|posing as|claiming to be|purporting to be|spoofed)\b|をかたる|をかたった|かたる|を装う|を装った|を名乗る|なりすまし`)
	scamWarningRe   = regexp.MustCompile(`(?i)\b(?:beware|be aware|be alert|warning|warns?|alert|scam|phishing)\b|ご注意|注意喚起|注意してください|にご注意ください`)
)

// impersonationWarning reports a headline warning of scams that use an
// organisation's name.
func impersonationWarning(title string) bool {
	// "…: our systems have not been breached" denies the breach it names.
	return impersonationRe.MatchString(title) && scamWarningRe.MatchString(title) && !titleBreachRe.MatchString(deniedRe.ReplaceAllString(title, ""))
}

// genuineQuestionRe finds a headline asking whether a message is genuine.
var genuineQuestionRe = regexp.MustCompile(`(?i)(?:本物|正規|公式)(?:のメール|のSMS|の連絡)?(?:ですか|でしょうか|なのか|なの|か)\s*[？?]|\b(?:is|are) (?:this|these|it|they) (?:email|message|text|letter|call)?s? ?(?:real|legit|legitimate|genuine)\b|\breal or (?:fake|scam|phishing)\b`)

// titleBreachRe finds a breach in a headline, which a scam warning after a
// breach ("fake emails after the Acme breach") still reports.
var titleBreachRe = regexp.MustCompile(`(?i)breach|hack|leak|stolen|ransomware|intrusion|exposed|unauthori[sz]ed|(?:security|cyber|data) incident|流出|漏えい|漏洩|不正アクセス|ランサム|サイバー攻撃`)

// headlineActors keeps an attribution in an article without a victim only
// for a group its headline or first two sentences name, or one a sentence
// ties to "the attack": a campaign advisory is about
// the group it names first, while a group first named further down an
// explainer, a warning or business news is context.
func (x *Extractor) headlineActors(as []Attribution, ss []sentence, ja bool) []Attribution {
	named := map[string]bool{}
	for _, s := range ss {
		if s.title && noIncidentTitleRe.MatchString(s.text) {
			return demote(as)
		}
	}
	lead := 0 // the body's sentences read so far, section headings left out
	for _, s := range ss {
		if !s.title {
			if sectionHeading(s.text) {
				continue
			}
			if lead++; lead > 2 {
				continue
			}
		}
		for _, m := range x.cat.Find(s.text) {
			if m.Group != nil {
				named[m.Group.Name] = true
			}
		}
	}
	for i := range as {
		if !ja && as[i].Strength == Mentioned && attributeThisRe.MatchString(as[i].Evidence) {
			// "We attribute this activity with high confidence to
			// Famous Chollima": the write-up names the actor of what it
			// describes in its own voice.
			as[i].Strength = Stated
			continue
		}
		if !named[as[i].Name] && !pointsBack(as[i].Evidence, ja) && !(!ja && thisActivityRe.MatchString(as[i].Evidence)) {
			as[i].Strength = Mentioned
		}
	}
	// An advisory or a research post on one group's campaign: the group
	// is the actor of what it describes, victims or none.
	return x.promoteCampaignSubject(as, ss)
}

// thisActivityRe finds a write-up's own subject in its attribution: "we
// attribute this activity to", "this intrusion set". Only a write-up with
// no victim reads it so; a report on a breach may say it of another
// campaign it recalls.
var thisActivityRe = regexp.MustCompile(`(?i)\bthis (?:activity|activity cluster|intrusion set|wave|threat cluster)\b`)

// attributeThisRe finds a write-up attributing what it describes in its
// own voice: "We attribute this activity with high confidence to",
// "we assess this campaign is the work of".
var attributeThisRe = regexp.MustCompile(`(?i)\bwe (?:now )?(?:attribute|assess|believe)(?: with (?:high|moderate|medium|low) confidence)? (?:that )?this (?:activity|activity cluster|intrusion set|wave|threat cluster|campaign|operation)\b`)

// ruledOut reports whether a sentence rules group g out ("found no
// evidence that LockBit was involved").
func (x *Extractor) ruledOut(g string, ss []sentence) bool {
	for _, s := range ss {
		for _, m := range x.cat.Find(s.text) {
			if m.Group != nil && m.Group.Name == g && (negatedGroup(s.text, m.Alias) || enRejectedRe.MatchString(s.text)) {
				return true
			}
		}
	}
	return false
}

// campaignTitleRe marks a headline over one group's campaign: an advisory,
// its tactics and indicators, a research post on its playbook, its lures
// or its new backdoor, a responder's walkthrough of one intrusion.
var campaignTitleRe = regexp.MustCompile(`(?i)#stop\w+|\b(?:advisory|alert|tactics|techniques|ttps|indicators|iocs|playbook|campaigns?|activity|targeting|targets|operations?|waves?|phishing|deploys?|deploying|wipers?|affiliates?|intrusions|walkthrough|case study|anatomy of|lures?|luring|spear-?phish\w*|spies on|spying on|backdoor|implant)\b|注意喚起|攻撃キャンペーン|手口|標的|潜伏`)

// trendTitleRe marks a headline over a trend, not over one campaign:
// "LockBit activity falls after takedown".
var trendTitleRe = regexp.MustCompile(`(?i)\b(?:rise[sn]?|rising|surg\w+|fall(?:s|en)?|fell|declin\w+|drop(?:s|ped)?|most active|top|trends?|report|quarter(?:ly)?|q[1-4]|statistics|ranking|year in review)\b|増加|減少|急増|動向|まとめ|ランキング|四半期`)

// likenedTitleRe finds a headline about a new or unnamed group likened
// to a known one.
var likenedTitleRe = regexp.MustCompile(`(?i)新(?:たな|興)?(?:グループ|集団|勢力)|\b(?:new|unnamed|unknown|emerging) (?:group|gang|crew|actor|operation)\b|\b(?:copycat|successor|offshoot|lookalike|clone)\b`)

// campaignSubject returns the one group a campaign headline names when the
// text goes on to name it, and the headline; "" otherwise.
func (x *Extractor) campaignSubject(ss []sentence) (group, title string) {
	for _, s := range ss {
		if !s.title {
			continue
		}
		if !campaignTitleRe.MatchString(s.text) || trendTitleRe.MatchString(s.text) {
			return "", ""
		}
		for _, m := range x.cat.Find(s.text) {
			if m.Group == nil || group != "" && m.Group.Name != group {
				return "", ""
			}
			if jaLineageAfterRe.MatchString(s.text[m.End:]) || enLineageBeforeRe.MatchString(s.text[:m.Start]) || likenedTitleRe.MatchString(s.text) {
				// 「LockBit」の後継か、新グループが…, "a LockBit
				// offshoot": the headline's group is another's model.
				return "", ""
			}
			group = m.Group.Name
		}
		title = s.text
		break
	}
	if group == "" {
		return "", ""
	}
	n := 0
	for _, s := range ss {
		if s.title {
			continue
		}
		for _, m := range x.cat.Find(s.text) {
			if m.Group != nil && m.Group.Name == group {
				n++
				break
			}
		}
	}
	if n < 1 {
		return "", ""
	}
	return group, title
}

// noIncidentTitleRe marks a headline over news with no incident of its
// own: an arrest, a sanction or a takedown, an explainer or a profile.
var noIncidentTitleRe = regexp.MustCompile(`(?i)\b(?:arrest\w*|sanction\w*|indict\w*|charged|charges|extradit\w*|sentenced|takedown|taken down|takes? down|took down|seiz\w*|dismantl\w*|disrupt(?:s|ed)? (?:the )?(?:gang|group|operation|infrastructure)|what is|who (?:is|are)|explained|explainer|a guide|primer|profile)\b|^(?:got|received|did you (?:get|receive)) (?:a|an|the) [^?]{0,60}\?|とは|逮捕|摘発|制裁|起訴|送検|解説|入門|いまさら聞けない`)

// pointsBack reports a sentence that refers to the article's own incident
// ("the attack", 今回の攻撃, 同社は): there a group is tied to it even
// when the victim's name was not read.
func pointsBack(text string, ja bool) bool {
	if ja {
		return jaMainRefRe.MatchString(text) || jaThisRe.MatchString(text)
	}
	return enMainRefRe.MatchString(text)
}

// notActors drops a victim that is a catalogued threat actor, however it
// was found (a site's name, a Latin spelling): a group is never the
// organisation breached.
func (x *Extractor) notActors(vs []Victim) []Victim {
	out := vs[:0]
	for _, v := range vs {
		if !x.isActor(v.Name) && !x.isActor(v.Mention) {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

var jaLegalAbbrev = strings.NewReplacer("(株)", "株式会社", "(有)", "有限会社")

// isActor reports whether a name is a threat actor in the catalogue.
func (x *Extractor) isActor(name string) bool {
	if x.cat == nil {
		return false
	}
	if _, ok := x.cat.Lookup(name); ok {
		return true
	}
	ms := x.cat.Find(name)
	return len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(name)
}

func isJapaneseDoc(lang, text string) bool {
	switch l := strings.ToLower(lang); {
	case strings.HasPrefix(l, "ja"):
		return true
	case strings.HasPrefix(l, "en"):
		return false
	}
	return isJapanese(text)
}

// truncate cuts s to at most n bytes at a line or rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], '\n')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut]
}

// VictimNames returns the canonical names of the victims.
func (f Facts) VictimNames() []string {
	out := []string{}
	for _, v := range f.Victims {
		out = append(out, v.Name)
	}
	return out
}

// RecordCount returns the record count, nil when none is known.
func (f Facts) RecordCount() *int64 {
	if f.Records == nil {
		return nil
	}
	n := f.Records.Value
	return &n
}

// ActorNames returns the canonical names of actors with stated or suspected
// attribution.
func (f Facts) ActorNames() []string {
	out := []string{}
	for _, a := range f.Actors {
		if a.Strength == Stated || a.Strength == Suspected {
			out = append(out, a.Name)
		}
	}
	return out
}

// headlineFigure reports whether a count was found in the title or the
// first sentence.
func headlineFigure(ss []sentence, c *Count) bool {
	for _, s := range ss {
		if s.text == c.Evidence {
			return s.title || s.idx == 0
		}
	}
	return false
}

// jaSecurityVendorRe finds the words of a Japanese security vendor's or
// research group's name.
var jaSecurityVendorRe = regexp.MustCompile(`サイバー|セキュリティ|セキュア|リサーチ|脅威|インテリジェンス|フォレンジック`)

// securityPublisher reports whether the page's publisher is a security
// vendor or research group, whose "we" reports on others.
func securityPublisher(publisher string, ja bool) bool {
	if publisher == "" {
		return false
	}
	if ja && hasJapanese(publisher) {
		return jaSecurityVendorRe.MatchString(publisher)
	}
	return securityVendor(strings.ToLower(publisher))
}

// ownNoticeHeadline reports a headline that reads as an organisation's
// notice of its own breach: お詫び, 第2報, "Notice of Data Security
// Incident", "Cybersecurity incident update".
func ownNoticeHeadline(title string, ja bool) bool {
	if ja {
		return jaNoticeTitleRe.MatchString(title) || noticeTitleRe.MatchString(title)
	}
	return noticeTitleRe.MatchString(title) || enNoticeTitleRe.MatchString(title) || bareNoticeTitleRe.MatchString(title)
}

// updateNoteRe opens an update or an editor's note boxed above an
// article: "Update, March 5, 2026:", "UPDATE (3/5):", "Editor’s note:"
// (not "Updated security guidance from CISA: patch now").
var updateNoteRe = regexp.MustCompile(`(?i)^\s*(?:\*\*)?(?:(?:update[ds]?|latest update)(?:[ ,(]+[^:\n]{0,30}?\d[^:\n]{0,20}?\)?)?|editor['’]?s note|correction|clarification)\s*:`)

// withoutUpdateNotes returns text without the update or editor's notes
// among its first three paragraphs, so that what leads the article itself
// can be read; text is returned unchanged when it has none.
func withoutUpdateNotes(text string) string {
	paras := strings.Split(text, "\n")
	kept := paras[:0:0]
	seen := 0
	for _, p := range paras {
		if strings.TrimSpace(p) == "" {
			kept = append(kept, p)
			continue
		}
		seen++
		if seen <= 3 && updateNoteRe.MatchString(p) {
			continue
		}
		kept = append(kept, p)
	}
	if len(kept) == len(paras) {
		return text
	}
	return strings.Join(kept, "\n")
}

// relatedHeadingRe is the heading over a page's links to other stories:
// "関連記事", "Related articles", "Read more", "Related:".
var relatedHeadingRe = regexp.MustCompile(`(?i)^\s*[■□▼▶●・【\[]?\s*(?:関連記事|関連ニュース|関連する記事|あわせて読みたい|合わせて読みたい|こちらもおすすめ|related(?: (?:articles?|stories|story|news|coverage|posts?|reading|content))?|read more|more on this(?: story| topic)?|further reading|see also|you may also like|recommended (?:articles|stories|reading))\s*[】\]]?\s*[:：]?\s*$`)

// withoutRelatedLinks returns text cut before a heading over links to other
// stories, when only a list of short lines follows it to the end: their
// headlines (…流出 - 約2900件) are other incidents' figures and names, not
// this article's. A heading with prose after it is left alone.
func withoutRelatedLinks(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i == 0 || !relatedHeadingRe.MatchString(l) || !linkListTail(lines[i+1:]) {
			continue
		}
		return strings.TrimRight(strings.Join(lines[:i], "\n"), "\n ")
	}
	return text
}

// linkListTail reports whether lines hold at least one line and every
// non-empty one reads as a link's title: short, and a bullet item or
// without a sentence's full stop.
func linkListTail(lines []string) bool {
	n := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		bullet := strings.HasPrefix(l, "・") || strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "• ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "■") || strings.HasPrefix(l, "▶")
		if utf8.RuneCountInString(l) > 90 || !bullet && (strings.HasSuffix(l, "。") || strings.HasSuffix(l, ".")) {
			return false
		}
		n++
	}
	return n > 0
}

// distinctVictims drops a victim whose name an earlier one already has:
// 米Lumenvane（ルーメンベイン） read as two names gives Lumenvane twice once
// the katakana is written in Latin letters.
func distinctVictims(vs []Victim) []Victim {
	out := vs[:0:0]
	for _, v := range vs {
		if !slices.ContainsFunc(out, func(w Victim) bool { return strings.EqualFold(w.Name, v.Name) }) {
			out = append(out, v)
		}
	}
	return out
}

// issuerOverUnit makes the page's issuer the victim, with the unit the text
// named as the breached one among its units.
func issuerOverUnit(issuer string, unit Victim) []Victim {
	return []Victim{{Name: issuer, Mention: issuer, Units: []string{unit.Name}, Evidence: unit.Evidence}}
}

// sameBrandHead reports whether two Japanese names open with the same two
// characters (東雲ロジスティクス and 東雲ファインケミカル), unless those
// open many companies' names (日本, 東京, 三菱).
func sameBrandHead(a, b string) bool {
	ra, rb := []rune(stripJaLegalForms(a)), []rune(stripJaLegalForms(b))
	if len(ra) < 2 || len(rb) < 2 || !hasJapanese(string(ra)) || !hasJapanese(string(rb)) {
		return false
	}
	if jaGeneric[string(ra[:2])] || commonNameHeads[string(ra[:2])] {
		return false
	}
	return ra[0] == rb[0] && ra[1] == rb[1]
}

// commonNameHeads open many unrelated companies' names: places and words
// such as 日本, 東京, 国際, 第一.
var commonNameHeads = map[string]bool{"日本": true, "東京": true, "大阪": true, "京都": true, "北海": true, "九州": true, "関西": true, "関東": true, "中部": true, "東日": true, "西日": true, "全国": true, "国際": true, "中央": true, "第一": true, "新日": true, "三菱": true, "三井": true, "住友": true}

// municipalIssuerSchool reports whether name is a school or a facility the
// publishing municipality runs, named after it (夕凪市立… on 夕凪市's own
// notice) or by its kind alone (県立… on a prefecture's).
func municipalIssuerSchool(name, publisher string) bool {
	if publisher == "" || !jaMunicipalEndRe.MatchString(publisher) || name == publisher {
		return false
	}
	kind := string([]rune(publisher)[len([]rune(publisher))-1])
	return strings.HasPrefix(name, publisher+"立") || strings.HasPrefix(name, kind+"立")
}
