package merge

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// Prepared is a Doc with the features merging compares already computed;
// preparing once saves work when one article is compared with many.
type Prepared struct {
	// doc is the article without generic victim names (see namedVictims);
	// orig is the article as given.
	doc, orig Doc
	shingles  []uint64
	victims   []string
	places    []string
	lead      map[uint64]bool
	cves      []string
	actors    []string
	// figures are the numbers stated anywhere in the title and text.
	figures []int64
	// money are the sums of money among them (see moneyFigures).
	money []int64
	// opening is the title and the start of the text, where a report names
	// whom it is about; sure is whether the title names d's own victim.
	opening string
	sure    bool
	// names holds what victimRelation compares: the sound keys of d's
	// victims and of the names in its title and opening.
	names nameFeatures
	// dates are the calendar dates the text names.
	dates []time.Time
	// disclosed are the months in which the text says its incident was
	// first made known or happened (see disclosedMonths).
	disclosed []time.Month
	// recurs is whether the title or lead reports a further incident of
	// the victim ("second incident", 今度は).
	recurs bool
	// separates is whether the text sets its incident apart from an
	// earlier one of the same victim (see laterIncident).
	separates bool
	// revises is whether the title or lead says it updates an earlier
	// account of its incident ("update", "rises to", 第2報).
	revises bool
	// anchored is false when d writes its victim's name only past its
	// opening: such a victim may be another incident's, recalled in
	// passing. A name that the text never writes as given (日産 for Nissan)
	// leaves d anchored.
	anchored bool
	// roundup is whether d is a roundup of several stories with no victim
	// of its own (see isRoundup).
	roundup bool
	// credits are the outlets d credits as its source; outlets the names
	// of d's own outlet (see credits and outletNames).
	credits, outlets []string
	// disowned holds the sentences that set another organisation's
	// incident apart from d's (see disowningSentences).
	disowned string
	// kinds are the kinds of attack d's title and lead name (see
	// attackKinds).
	kinds []string
	// separated are the kinds of attack of another incident d's text
	// sets apart from its own (see separatedKinds).
	separated []string
	// contractor is whether d's opening speaks of its organisation's
	// contractor or vendor (see contractorRe).
	contractor bool
}

// Prepare computes the features of d that Match compares.
func Prepare(d Doc) *Prepared {
	orig := d
	d.Victims = namedVictims(d.Victims)
	vc := newVictimContext(d)
	lead := leadSentences(d, vc)
	p := &Prepared{
		doc:       d,
		orig:      orig,
		shingles:  shingleSet(docText(d)),
		victims:   vc.keys,
		places:    primaryPlaces(d, vc, lead),
		lead:      leadTerms(d, lead),
		cves:      cveIDs(d.Text + "\n" + d.Title),
		figures:   textFigures(d.Title + "\n" + withoutOtherIncidents(d.Text)),
		money:     moneyFigures(d.Title, withoutOtherIncidents(d.Text)),
		dates:     textDates(withoutSeparated(d.Text), d.Published),
		disclosed: disclosedMonths(d.Title + "\n" + d.Text),
		recurs:    recurs(d, lead),
		separates: separateIncident.MatchString(d.Text),
		revises:   revises(d, lead),
		kinds:     attackKindsOf(d, lead),
		separated: separatedKinds(d),
		opening:   d.Title + "\n" + truncateRunes(strings.TrimSpace(d.Text), params.openingChars),
		credits:   credits(d),
		outlets:   outletNames(d),
		disowned:  disowningSentences(d),
	}
	p.names = newNameFeatures(d, vc, p.opening)
	p.contractor = contractorRe.MatchString(p.opening)
	p.sure = len(d.Victims) > 0 && (p.names.inTitle(&p.names) || councilInTitle(d))
	p.roundup = len(vc.keys) == 0 && isRoundup(d)
	p.anchored = p.names.inOpening(&p.names) || !p.names.namedIn(normalize(d.Text), nil, nil)
	for _, a := range d.Actors {
		if f := fold(a); f != "" {
			p.actors = append(p.actors, f)
		}
	}
	slices.Sort(p.actors)
	p.actors = slices.Compact(p.actors)
	return p
}

// Doc returns the article p was prepared from.
func (p *Prepared) Doc() Doc { return p.orig }

// Decision is the outcome of comparing two articles, with the reason.
type Decision struct {
	// Same is true when the two articles cover one incident.
	Same bool
	// Reason names the rule that decided: "near-duplicate", "credited",
	// "incident", or why not ("different victims", "record figures differ",
	// "places differ", "too far apart", "no support", "unrelated").
	Reason string
	// Score orders merges by confidence (higher is surer); 0 when not Same.
	Score float64
	// Similarity is the text similarity of the pair.
	Similarity float64
}

// Same reports whether a and b are coverage of one incident; it is
// symmetric.
func Same(a, b Doc) bool { return Prepare(a).Match(Prepare(b)).Same }

// Match decides whether p and q cover one incident and says why; it is
// symmetric.
func (p *Prepared) Match(q *Prepared) Decision {
	sim := setSimilarity(p.shingles, q.shingles)
	d := Decision{Similarity: sim}
	rel := p.victimRelation(q)
	conflict := p.factsConflict(q, rel)
	switch {
	case sim >= params.conflictDupSim || sim >= params.dupSim && conflict == "":
		return d.yes("near-duplicate", 2+sim)
	case rel == relDifferent && p.acrossScripts(q):
		return d.yes("figure across scripts", 1)
	case conflict != "":
		return d.no(conflict)
	case sim >= params.creditSim && (p.creditsOutletOf(q) || q.creditsOutletOf(p)):
		return d.yes("credited", 1.5+sim)
	}
	if rel == relMentioned && p.doc.Source != "" && p.doc.Source == q.doc.Source && (p.offTopic() || q.offTopic()) {
		// "Vandelay Industries quarterly results" from the newsroom of
		// its breach notice: the victim's name, no incident.
		return d.no("no incident")
	}
	switch {
	case p.roundup || q.roundup:
		// A roundup recalls many incidents' victims, actors and figures.
		return d.no("roundup")
	case rel == relNone && len(p.victims) == 0 && len(q.victims) == 0:
		return p.matchCampaign(q, d)
	case rel == relNone:
		return p.matchFigure(q, d)
	case (rel == relLoose || rel == relMutual) && !p.bothFigures(q):
		// A loose name match (ゆめポイント and ポイント) or names that each
		// report only mentions near its start need both figures to agree.
		return d.no("different victims")
	}
	gap, known := timeGap(p.doc.Published, q.doc.Published)
	if known && gap > params.window {
		return d.no("too far apart")
	}
	if placesConflict(p.places, q.places) {
		return d.no("places differ")
	}
	lead := termJaccard(p.lead, q.lead)
	need := params.supportNear // an unknown date needs what a near one does
	switch {
	case known && gap <= params.closeTime:
		need = 0
	case known && gap > params.nearTime:
		need = params.supportFar
	}
	if rel == relMentioned {
		need = max(need, params.weak) // the name is the text's, not extraction's
	}
	if p.support(q, lead) < need {
		return d.no("no support")
	}
	return d.yes("incident", 1+lead)
}

// support weighs the evidence that two articles on one victim report one
// incident (see params).
func (p *Prepared) support(q *Prepared, lead float64) int {
	n := 0
	if p.bothFigures(q) {
		n += params.strong
	}
	if overlap(p.actors, q.actors) {
		n += params.strong
	}
	if placesAgree(p.places, q.places) {
		n += params.weak
	}
	if lead >= params.leadSim {
		n += params.weak
	}
	// A report with no victim of its own whose title names nobody may be a
	// roundup that recalls the dates and figures of many incidents.
	if !p.titled(q) || !q.titled(p) {
		return n
	}
	if p.refersBack(q) {
		n += params.weak
	}
	if p.sharesDate(q) {
		n += params.weak
	}
	if p.sharesMoney(q) {
		n += params.weak
	}
	if p.revisedBy(q) || q.revisedBy(p) {
		n += params.weak
	}
	switch shared := p.sharedFigures(q); {
	case shared >= 2:
		// Two precise figures alike are no coincidence.
		n += params.strong
	case shared == 1:
		n += params.weak
	}
	return n
}

// bothFigures reports whether both articles give a record figure and the
// figures agree (within tolerance, or an "at least" figure met).
func (p *Prepared) bothFigures(q *Prepared) bool {
	a, b := p.doc, q.doc
	if a.Records == nil || b.Records == nil || *a.Records <= 0 || *b.Records <= 0 {
		return false
	}
	return !recordsConflict(a.Records, b.Records) || atLeast(a, b) || atLeast(b, a) || upTo(a, b) || upTo(b, a)
}

// matchFigure decides when only one article names a victim (extraction
// missed it in the other): the same record figure, similar text and close
// publication are needed.
func (p *Prepared) matchFigure(q *Prepared, d Decision) Decision {
	gap, known := timeGap(p.doc.Published, q.doc.Published)
	if !p.bothFigures(q) || !known || gap > params.closeTime || d.Similarity < params.creditSim {
		return d.no("unrelated")
	}
	return d.yes("figure", 1+d.Similarity)
}

// matchCampaign decides for two articles without a victim: advisories or
// reports on one actor's campaign published close together.
func (p *Prepared) matchCampaign(q *Prepared, d Decision) Decision {
	gap, known := timeGap(p.doc.Published, q.doc.Published)
	if !known || gap > params.closeTime || len(p.actors) > params.campaignActors ||
		len(q.actors) > params.campaignActors || !overlap(p.actors, q.actors) {
		return d.no("unrelated")
	}
	return d.yes("campaign", 0.5+termJaccard(p.lead, q.lead))
}

func (d Decision) yes(reason string, score float64) Decision {
	d.Same, d.Reason, d.Score = true, reason, score
	return d
}

func (d Decision) no(reason string) Decision {
	d.Reason = reason
	return d
}

// factsConflict names the hard fact two articles disagree on, or "": named
// victims that share nothing, record figures out of tolerance, or CVE ids
// that share nothing.
func (p *Prepared) factsConflict(q *Prepared, rel victimRel) string {
	switch {
	case rel == relDifferent:
		return "different victims"
	case rel == relMentioned && len(p.victims) > 0 && len(q.victims) > 0 && p.ownFiguresDiffer(q):
		// Holloway County's report that recalls "Brenford Logistics
		// disclosed … 1,284,517 customers": each names its own victim
		// with its own figure; the other's, quoted in passing, is
		// another incident's.
		return "record figures differ"
	case p.figuresConflict(q):
		return "record figures differ"
	case len(p.cves) > 0 && len(q.cves) > 0 && !overlap(p.cves, q.cves):
		return "different CVEs"
	case rel != relNone && p.laterIncident(q):
		return "later incident"
	case rel != relNone && p.kindsConflict(q):
		return "different kinds of attack"
	case rel != relNone && (p.separatedFrom(q) || q.separatedFrom(p)):
		return "set apart"
	case rel != relNone && p.actorsConflict(q):
		return "different actors"
	case rel != relSame && (p.disowns(q) || q.disowns(p)):
		return "disowned"
	}
	return ""
}

// Conflict reports whether a and b cannot be in one story: they name one
// victim but disagree on the record figure or on the place or unit hit, and
// are not near-duplicates. The index checks it against a story's members
// before a union, so that an article saying too little cannot chain two
// incidents together.
func Conflict(a, b Doc) bool { return Prepare(a).Conflicts(Prepare(b)) }

// Conflicts is Conflict on prepared articles.
func (p *Prepared) Conflicts(q *Prepared) bool {
	rel := p.victimRelation(q)
	if rel == relNone || rel == relDifferent {
		return false
	}
	disowned := rel != relSame && (p.disowns(q) || q.disowns(p))
	if !p.figuresConflict(q) && !placesConflict(p.places, q.places) && !p.laterIncident(q) && !disowned && !p.kindsConflict(q) && !p.actorsConflict(q) && !p.separatedFrom(q) && !q.separatedFrom(p) {
		return false
	}
	return setSimilarity(p.shingles, q.shingles) < params.conflictDupSim
}

// minCrossFigure is the smallest record figure that, given exactly by an
// English report and a Japanese one, ties their victims together.
const minCrossFigure = 1000

// acrossScripts reports whether two reports whose victims nothing ties
// together are yet one incident: one names its victim in Latin letters,
// the other only in Japanese script (a company's kanji name no reading
// links to its English one: 清嵐自動車, Seiran Motor), both give the same
// record figure, of two significant digits or more (1,860,000 and 最大約
// 186万), they were published within params.nearTime, and no group named
// by both sets them apart; or, without a shared figure, both name one
// group and one place within two weeks.
func (p *Prepared) acrossScripts(q *Prepared) bool {
	if !scriptsDiffer(p.doc.Victims, q.doc.Victims) || p.actorsConflict(q) || p.figuresConflict(q) ||
		p.laterIncident(q) || p.kindsConflict(q) || placesConflict(p.places, q.places) {
		return false
	}
	gap, known := timeGap(p.doc.Published, q.doc.Published)
	if !known || gap > params.nearTime {
		return false
	}
	a, b := p.doc.Records, q.doc.Records
	if a != nil && b != nil && *a == *b && *a >= minCrossFigure && sigDigits(*a) >= 2 {
		return true
	}
	// No shared figure: the same group and the same place (a Mexican
	// plant, a Taiwanese unit), named by both, within a fortnight, and at
	// most one of them gives a figure.
	return gap <= 2*params.closeTime && overlap(p.actors, q.actors) && placesAgree(p.places, q.places) &&
		(p.doc.Records == nil || q.doc.Records == nil)
}

// scriptsDiffer reports whether one list of victims is all in Latin
// letters and the other all in Japanese script.
func scriptsDiffer(a, b []string) bool {
	all := func(vs []string, latin bool) bool {
		for _, v := range vs {
			if isLatinName(v) != latin {
				return false
			}
		}
		return len(vs) > 0
	}
	return all(a, true) && all(b, false) || all(a, false) && all(b, true)
}

// actorsConflict reports whether both articles tie their incident to a
// group and no group is common to them: one company's two incidents, one
// claimed by each of two gangs, are two stories.
func (p *Prepared) actorsConflict(q *Prepared) bool {
	return len(p.actors) > 0 && len(q.actors) > 0 && !overlap(p.actors, q.actors)
}

// figuresConflict reports whether two articles' record figures disagree: a
// figure "at least" n agrees with any figure from n up (an early lower
// bound and the final count), others must agree within tolerance — unless
// one article also states the other's figure (a later report recalling the
// first tally, a total beside the subset extraction picked), which makes
// the difference one of extraction or of an updated count, not of incident.
// That needs both articles to name their victim in their title or opening:
// an article whose victim is named only further down may be about another
// victim, and then the figure it states is that victim's, merely quoted.
func (p *Prepared) figuresConflict(q *Prepared) bool {
	a, b := p.doc, q.doc
	if p.figuresReconciled(q) {
		return false
	}
	if !p.anchored || !q.anchored {
		return true
	}
	return !statesFigure(p.figures, *b.Records) && !statesFigure(q.figures, *a.Records)
}

// clientShare reports whether p's figure may be one client's share of
// q's: p's opening speaks of its organisation's contractor (a city's notice
// that the contractor printing its tax notices was breached, 18,604 of its
// residents among the data), its title does not name its victim (the
// contractor, which the client's headline calls 業務委託先), q's opening
// speaks of no contractor, and p's figure is the smaller. A client's count
// is part of its contractor's total. ("Harbor Health notifies 48,112 after
// its billing vendor was breached" names its own victim: another incident.)
func (p *Prepared) clientShare(q *Prepared) bool {
	return p.contractor && !p.sure && !q.contractor && *p.doc.Records < *q.doc.Records
}

// councilInTitle reports whether the title names a victim that is a
// council by its place alone, as headlines do: "Holloway County confirms…"
// for Holloway County Council.
func councilInTitle(d Doc) bool {
	for _, v := range d.Victims {
		if head, ok := strings.CutSuffix(strings.TrimSpace(v), " Council"); ok && len(strings.Fields(head)) >= 2 && containsName(normalize(d.Title), normalize(head)) {
			return true
		}
	}
	return false
}

// ownFiguresDiffer reports whether two reports' own record figures
// disagree, whatever else either text states: out of tolerance, no bound
// met, no revision or client's share between them.
func (p *Prepared) ownFiguresDiffer(q *Prepared) bool {
	return !p.figuresReconciled(q) && !recallsFirstCount(p.doc.Text, *q.doc.Records) && !recallsFirstCount(q.doc.Text, *p.doc.Records)
}

// figuresReconciled reports whether two reports' record figures agree or
// are told apart by what they are: within tolerance (or one unknown), a
// bound the other meets, a revision, or a client's share.
func (p *Prepared) figuresReconciled(q *Prepared) bool {
	a, b := p.doc, q.doc
	return !recordsConflict(a.Records, b.Records) || atLeast(a, b) || atLeast(b, a) || upTo(a, b) || upTo(b, a) ||
		p.revisedBy(q) || q.revisedBy(p) || p.clientShare(q) || q.clientShare(p)
}

// firstCountRe finds the words that recall an earlier count of the same
// incident next to it: "the 12,400 first reported", "up from", 当初.
var firstCountRe = regexp.MustCompile(`(?i)\b(?:first|initially|originally|previously|earlier) (?:reported|disclosed|announced|estimated|said)\b|\bup from\b|\b(?:initial|earlier|first|previous|original) (?:estimate|count|tally|figure|report)\b|当初|前回|第1報|第一報`)

// recallsFirstCount reports whether text states v with words recalling it
// as the first count of its own incident (within 80 bytes either side).
func recallsFirstCount(text string, v int64) bool {
	text, spans := figureSpans(text)
	for _, m := range spans {
		if m.v == v && firstCountRe.MatchString(text[max(0, m.start-80):min(len(text), m.end+80)]) {
			return true
		}
	}
	return false
}

// atLeast reports whether a gives a lower bound that b's figure meets.
func atLeast(a, b Doc) bool {
	return a.RecordsQualifier == "at_least" && *b.Records >= *a.Records
}

// upTo reports whether a gives an upper bound ("最大約210万件", "up to
// 2.1 million") that b's figure, itself no bound, stays under and fills
// at least half of (1,834,612, as a later count narrows it).
func upTo(a, b Doc) bool {
	return a.RecordsQualifier == "up_to" && b.RecordsQualifier != "up_to" && *b.Records <= *a.Records && 2**b.Records >= *a.Records
}

// recordsConflict reports whether two known record figures differ by more
// than the tolerance.
func recordsConflict(a, b *int64) bool {
	if a == nil || b == nil || *a <= 0 || *b <= 0 {
		return false
	}
	x, y := float64(*a), float64(*b)
	return abs(x-y) > params.recordTolerance*max(x, y)
}

// placesConflict reports whether both articles name places and none agree.
func placesConflict(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && !placesAgree(a, b)
}

// timeGap returns how far apart two publication times are, and whether
// both are known.
func timeGap(a, b time.Time) (time.Duration, bool) {
	if a.IsZero() || b.IsZero() {
		return 0, false
	}
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	return d, true
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// overlap reports whether two sorted string slices share a value.
func overlap(a, b []string) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			return true
		}
	}
	return false
}

var cvePattern = regexp.MustCompile(`(?i)\bCVE-\d{4}-\d{4,7}\b`)

// cveIDs returns the CVE ids named in s, uppercase, sorted and distinct.
func cveIDs(s string) []string {
	if !strings.Contains(s, "CVE-") && !strings.Contains(s, "cve-") {
		return nil
	}
	ids := cvePattern.FindAllString(s, -1)
	for i := range ids {
		ids[i] = strings.ToUpper(ids[i])
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// offTopic reports an article that extraction found no fact in and whose
// title and opening speak of no security incident at all: a company's
// results or product news beside its breach notice in its newsroom (the
// caller asks both to come from one source: coverage elsewhere whose facts
// extraction missed still merges).
func (p *Prepared) offTopic() bool {
	d := &p.doc
	if len(d.Victims) > 0 || d.Records != nil || len(d.Actors) > 0 {
		return false
	}
	opening := d.Text
	if len(opening) > 1200 {
		opening = opening[:1200]
	}
	return !incidentWordRe.MatchString(d.Title + "\n" + opening)
}

// incidentWordRe finds a word of a security incident, in English or
// Japanese.
var incidentWordRe = regexp.MustCompile(`(?i)breach|hack|attack|ransom|leak|unauthori[sz]ed|intrusion|intruder|compromis|stolen|stole|theft|exfiltrat|exposed|exposure|cyber|incident|malware|phish|extort|encrypt|outage|vulnerab|accessed|copied|criminal|fraud|skimm|suspicious|offline|漏えい|漏洩|漏れ|流出|不正|攻撃|ランサム|被害|侵入|感染|窃取|盗難|盗まれ|抜き取|改ざん|書き換え|乗っ取|なりすまし|フィッシング|詐欺|ウイルス|マルウェア|紛失|誤送信|誤送付|誤って|閲覧可能|閲覧できる|不審|インシデント|障害`)
