package merge

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// victimRel is how the victims of two articles relate.
type victimRel int

const (
	// relNone: at most one article has a victim, and the other does not
	// name it near its start.
	relNone victimRel = iota
	// relSame: a shared key or one name spelt two ways (see namesAgree).
	relSame
	// relLoose: one key begins or ends the other (Sony, ソニー・インタラクティブ).
	relLoose
	// relMentioned: one article's title names the other's victim, or an
	// article whose own victim is missing or absent from its title names the
	// other's victim near its start: extraction picked the wrong name.
	relMentioned
	// relMutual: each article names the other's victim near its start (a
	// service and the organisation that runs it); weaker than relMentioned.
	relMutual
	// relDifferent: both have victims and nothing ties them.
	relDifferent
)

// victimRelation relates the victims of p and q; it is symmetric.
func (p *Prepared) victimRelation(q *Prepared) victimRel {
	pv, qv := len(p.victims) > 0, len(q.victims) > 0
	if pv && qv {
		switch {
		case sharedVictim(p.victims, q.victims) || overlap(p.names.forms, q.names.forms) ||
			transliterated(p.doc.Victims, q.doc.Victims):
			return relSame
		case looseVictim(p.victims, q.victims):
			return relLoose
		}
	}
	if p.namesVictimOf(q) || q.namesVictimOf(p) || pv && qv && overlap(p.names.coarse, q.names.coarse) {
		return relMentioned
	}
	if pv && qv && p.names.inOpening(&q.names) && q.names.inOpening(&p.names) {
		return relMutual
	}
	if pv && qv {
		return relDifferent
	}
	return relNone
}

// namesVictimOf reports whether q names p's victim where it says what it is
// about: in its title, or near its start when q's own victim is missing or
// not in its title.
func (p *Prepared) namesVictimOf(q *Prepared) bool {
	if len(p.doc.Victims) == 0 {
		return false
	}
	if len(q.doc.Victims) > 0 && q.contractor {
		// A client's notice on its own customers' data names the
		// contractor whose breach exposed it: two incidents, each
		// organisation's own.
		return false
	}
	if q.sure {
		return p.names.inTitle(&q.names)
	}
	return p.names.inOpening(&q.names)
}

// contractorRe finds an article's opening speaking of its organisation's
// contractor or vendor: 委託先, 業務を委託, "our vendor", "its billing
// contractor", "a third-party provider" (a processor's own breach is not).
var contractorRe = regexp.MustCompile(`(?i)委託先|委託して|委託する|業務委託|外部委託|委託業者|委託事業者|\b(?:our|its|their) (?:[a-z\-]+ ){0,2}?(?:contractor|vendor|supplier|service provider|processor)s?\b|\bthird-party (?:provider|vendor|service)\b|\boutsourc\w*`)

// nameFeatures are an article's victims and the names near its start, as
// victimRelation compares them.
type nameFeatures struct {
	vc    victimContext
	forms []string // sound keys of the victims, sorted
	// spoken are the forms that may be matched against a text's name runs:
	// those of whole names, and cut ones (see nameForms) of at least
	// params.minCutSkeleton consonants — Skyreach (skrt) cut from Skyreach
	// Airways is as short as Security.
	spoken []string
	// coarse are the victims' coarse sound keys (coarseForm), sorted.
	coarse             []string
	title, opening     string   // normalised
	titleSk, openingSk []string // sound keys of the name runs, sorted
	// titleRd, openingRd are the squashed readings of the katakana and
	// Latin runs (see victimContext.spans).
	titleRd, openingRd []runReading
}

func newNameFeatures(d Doc, vc victimContext, opening string) nameFeatures {
	title := d.Title
	if len(d.Victims) > 0 {
		// "東雲学院大、…漏えい 同週に清澄女子大も": a headline on its own
		// victim that adds another one in passing names that one for
		// another incident.
		title = alsoClauseRe.ReplaceAllString(title, "")
	}
	nf := nameFeatures{vc: vc, title: normalize(title), opening: normalize(opening)}
	for _, v := range d.Victims {
		for i, f := range nameForms(v) {
			nf.forms = append(nf.forms, f)
			if i == 0 || len([]rune(f)) >= params.minCutSkeleton {
				nf.spoken = append(nf.spoken, f)
			}
		}
	}
	nf.titleSk = runSkeletons(title)
	nf.openingSk = runSkeletons(opening)
	nf.titleRd = runReadings(nf.title)
	nf.openingRd = runReadings(nf.opening)
	slices.Sort(nf.forms)
	nf.forms = slices.Compact(nf.forms)
	nf.coarse = coarseForms(namedVictims(d.Victims))
	slices.Sort(nf.spoken)
	nf.spoken = slices.Compact(nf.spoken)
	return nf
}

// jaNewsShorts are the kind words Japanese headlines shorten: 東雲学院大学
// is 東雲学院大 there, みなと信用金庫 みなと信金.
var jaNewsShorts = [][2]string{{"大学", "大"}, {"高等学校", "高"}, {"信用金庫", "信金"}, {"信用組合", "信組"}, {"労働金庫", "労金"}, {"生活協同組合", "生協"}}

// jaNewsShortForm returns the headline's short form of a Japanese name
// that ends in a kind word news shortens, or "".
func jaNewsShortForm(name string) string {
	for _, p := range jaNewsShorts {
		if stem, ok := strings.CutSuffix(name, p[0]); ok && utf8.RuneCountInString(stem) >= 2 {
			return stem + p[1]
		}
	}
	return ""
}

// alsoClauseRe finds the closing clause of a headline that adds another
// organisation hit in the same days: "同週に清澄女子大も", "前日には〇〇でも",
// "; Tallgrass also hit".
var alsoClauseRe = regexp.MustCompile(`[\s　、,]+(?:同週|同日|同月|同時期|前日|前週|先週|翌日|翌週)(?:に|には)?[^\s　、,。]{1,24}(?:でも|にも|も)$|(?i)[;,—–]\s+(?:[A-Z][\w&.'-]*\s+){1,4}(?:also|too)\b[^;,—–]*$`)

// runSkeletons returns the sorted, distinct sound keys of the name runs of s.
func runSkeletons(s string) []string {
	var out []string
	for _, run := range nameRuns(s) {
		if k := runKey(run, params.minSkeleton); k != "" {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// runReading is the squashed reading of a katakana or Latin run; a victim
// key may begin a katakana run (トヨタ東京販売) but must be a whole Latin one.
type runReading struct {
	r    string
	kana bool
}

// names reports whether the run is the victim key k, or begins with it
// when the run is katakana.
func (rr runReading) names(k string) bool {
	return len(k) >= 3 && (rr.r == k || rr.kana && strings.HasPrefix(rr.r, k))
}

// runReadings returns the squashed readings of the script runs of s
// (normalised), as victimContext.spans reads them.
func runReadings(s string) []runReading {
	var out []runReading
	for _, run := range scriptRuns(s) {
		text := s[run[0]:run[1]]
		out = append(out, runReading{squash(kanaReading(text)), text[0] >= utf8.RuneSelf})
	}
	return out
}

// inTitle reports whether the title of o names one of n's victims.
func (n *nameFeatures) inTitle(o *nameFeatures) bool {
	return n.namedIn(o.title, o.titleSk, o.titleRd)
}

// inOpening reports whether the title or opening of o names one of n's
// victims.
func (n *nameFeatures) inOpening(o *nameFeatures) bool {
	return n.namedIn(o.opening, o.openingSk, o.openingRd)
}

// namedIn is namedIn on prepared features: a victim's name as written in
// text, its key at the start of a run, or its sound key as a run's.
func (n *nameFeatures) namedIn(text string, sks []string, readings []runReading) bool {
	if len(n.vc.names) == 0 {
		return false
	}
	if overlap(n.spoken, sks) {
		return true
	}
	for _, name := range n.vc.names {
		if containsName(text, name) {
			return true
		}
		if short := jaNewsShortForm(name); short != "" && containsName(text, short) {
			return true
		}
	}
	for _, r := range readings {
		for _, k := range n.vc.keys {
			if r.names(k) {
				return true
			}
		}
	}
	return false
}
