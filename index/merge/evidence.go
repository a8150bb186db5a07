package merge

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// figureKey is the candidate key of a figure: "n:" and its first two
// significant digits with the exponent ("n:43e3" for 43,218 and 43,000,
// "n:31e4" for 312,447 and 「31万人超」), so that a rounded report and an
// exact notice meet. Figures under params.minKeyFigure, year-like numbers
// and figures of one significant digit (six million, 2,000) are too common
// to find one incident by and give "".
func figureKey(v int64) string {
	if v < params.minKeyFigure || v >= 1900 && v <= 2100 {
		return ""
	}
	exp := 0
	for x := v; x >= 100; x /= 10 {
		exp++
	}
	lead := v / int64(math.Pow10(exp))
	if lead%10 == 0 && v%int64(math.Pow10(exp)) == 0 {
		return "" // one significant digit
	}
	return "n:" + strconv.FormatInt(lead, 10) + "e" + strconv.Itoa(exp)
}

// figureKeys are the figure keys of d's record figure and, when d's title
// does not name its victim (or it has none), of the figures in its title
// and opening, where a report states its toll.
func figureKeys(d Doc, unsure bool) []string {
	var keys []string
	if d.Records != nil {
		keys = append(keys, figureKey(*d.Records))
	}
	if unsure {
		for _, v := range textFigures(d.Title + "\n" + opening(d)) {
			keys = append(keys, figureKey(v))
		}
	}
	return slices.DeleteFunc(keys, func(k string) bool { return k == "" })
}

// opening is the start of d's text (see params.openingChars).
func opening(d Doc) string {
	return truncateRunes(strings.TrimSpace(d.Text), params.openingChars)
}

// actorKeys are "actor:" keys of the one or few actors d attributes, so
// that a report whose victim extraction missed meets the reports of the
// same attack by its actor; Match still needs a victim named in both.
func actorKeys(d Doc) []string {
	if len(d.Actors) == 0 || len(d.Actors) > params.campaignActors {
		return nil
	}
	var keys []string
	for _, a := range d.Actors {
		if f := fold(a); f != "" {
			keys = append(keys, "actor:"+f)
		}
	}
	return keys
}

// openingNameKeys are the sound keys of the names an unsure report writes
// in its opening: runs of two or more capitalised words, or one written
// capitalised mid-sentence, and katakana runs — at most
// params.maxOpeningKeys of them, of at least params.minCutSkeleton
// consonants.
func openingNameKeys(d Doc) []string {
	open := opening(d)
	var keys []string
	for _, run := range nameRuns(open) {
		if len(keys) == params.maxOpeningKeys {
			break
		}
		f := runKey(run, params.minCutSkeleton)
		if f == "" {
			continue
		}
		if isLatinWord(run) && !japaneseText(open) && !strings.Contains(run, " ") && !midSentence(open, run) && !multiWord(open, run) {
			continue
		}
		keys = append(keys, "sk:"+f)
	}
	return keys
}

// multiWord reports whether the Latin run (words joined without spaces)
// is written in s as two or more capitalised words.
func multiWord(s, run string) bool {
	toks := tokens(s)
	for i := range toks {
		joined, n := "", 0
		for j := i; j < len(toks) && len(joined) < len(run); j++ {
			joined += toks[j]
			n++
		}
		if joined == run && n >= 2 {
			return true
		}
	}
	return false
}

// sharedFigures counts the figures both texts state that are precise
// enough to tell an incident (three or more significant digits, at least
// params.minKeyFigure, not a year): 43,218 in a notice and in a blog's
// recap of it; 1,020 bitcoin and 148億円 in an exchange's notice and in
// the police's attribution months later.
//
// A figure that is either report's record count says less: a later
// incident's report recalls the earlier one's toll ("In November … 3,412
// members' accounts"), so with one among them the count is at most one.
func (p *Prepared) sharedFigures(q *Prepared) int {
	n, recalled := 0, false
	for _, v := range p.figures {
		if v < params.minKeyFigure || v >= 1900 && v <= 2100 || sigDigits(v) < 3 {
			continue
		}
		if _, ok := slices.BinarySearch(q.figures, v); ok {
			n++
			recalled = recalled || isRecords(p.doc, v) || isRecords(q.doc, v)
		}
	}
	if recalled {
		return min(n, 1)
	}
	return n
}

// sharesMoney reports whether both texts state one sum of money of at
// least params.minMoney with two significant digits (約48億円 in an
// exchange's notice and "4.8 billion yen" in the police's attribution
// months later; "$5 million" is too round to tell, and a sum of three
// digits or more counts among sharedFigures already).
func (p *Prepared) sharesMoney(q *Prepared) bool {
	for _, v := range p.money {
		if v < params.minMoney || sigDigits(v) != 2 {
			continue // (three or more digits count in sharedFigures already)
		}
		if _, ok := slices.BinarySearch(q.money, v); ok {
			return true
		}
	}
	return false
}

// isRecords reports whether v is d's record figure.
func isRecords(d Doc, v int64) bool { return d.Records != nil && *d.Records == v }

// sigDigits counts the significant digits of v.
func sigDigits(v int64) int {
	for v > 0 && v%10 == 0 {
		v /= 10
	}
	return len(strconv.FormatInt(v, 10))
}

// recurrence marks a headline or lead that reports a victim's next
// incident: "second incident", "another breach", "again", 今度は, 再び, またも.
var recurrence = regexp.MustCompile(`(?i)\b(second|third|another|fresh|new|latest)\s+(?:(?:cyber|security|cybersecurity|data|major|serious)\s*)?(incident|breach|attack|hack|intrusion|ransomware attack)\b|\b(hit|breached|hacked|attacked|targeted)\s+again\b|\bagain\s+(hit|breached|hacked|attacked|targeted)\b|今度は|再び|またも|再度の|2度目|二度目|相次ぐ被害`)

// separateIncident finds a sentence anywhere in a report that sets its
// incident apart from an earlier one of the same victim: "本件は、…にて公表
// した事案とは別の事案です", "is a separate incident from the breach it
// disclosed in March".
var separateIncident = regexp.MustCompile(`(?i)\b(?:a|an) (?:separate|different|distinct|unrelated) (?:incident|attack|breach|intrusion|event)\b|\b(?:is|was|are|were) (?:entirely |completely |wholly |also )?(?:separate|distinct|unrelated|different) (?:from|to) (?:the|an?|its|our|their) (?:[a-z\-]+ ){0,3}?(?:incident|attack|cyberattack|breach|intrusion|event|compromise|hack|(?:unauthori[sz]ed|illegal|unlawful) access|data leak|data exposure)\b|\b(?:separate|distinct) from the (?:earlier|previous|prior)\b|\bunrelated to (?:the|an|its) (?:earlier|previous|prior|last)\b|とは別の(?:事案|インシデント|攻撃|事件|件|問題)|別の事案|別事案|全く別の問題|とは(?:無関係|関係(?:は)?ありません|関連(?:は)?ありません)`)

// withoutSeparated returns text without its sentences that set another
// incident apart (see separateIncident): the dates they give are the other
// incident's ("is separate from the unauthorised access we announced on
// July 15").
func withoutSeparated(text string) string { return withoutSentences(text, separateIncident) }

// separatedKinds returns the kinds of attack d's sentences that set
// another incident apart name (…メール誤送信は、本件とは別の事案です;
// 不正ログインとは全く別の問題): the other incident's kinds.
func separatedKinds(d Doc) []string {
	if !separateIncident.MatchString(d.Text) {
		return nil
	}
	var out []string
	for rest := d.Text; rest != ""; {
		end := sentenceEnd(rest)
		if end <= 0 || end > len(rest) {
			end = len(rest)
		}
		if s := rest[:end]; separateIncident.MatchString(s) {
			for _, k := range attackKinds {
				if k.re.MatchString(s) && !slices.Contains(out, k.name) {
					out = append(out, k.name)
				}
			}
		}
		rest = rest[end:]
	}
	return out
}

// separatedFrom reports whether p's text sets apart an incident of q's
// kind of attack, which is not p's own: one organisation's two incidents
// the same week. p must name its own kind; a q that sets the same incident
// apart (its headline recalling it: 2月のランサム被害とは別) stands on p's
// side.
func (p *Prepared) separatedFrom(q *Prepared) bool {
	return len(p.kinds) > 0 && len(q.kinds) > 0 && overlap(p.separated, q.kinds) && !overlap(p.kinds, q.kinds) && !overlap(p.separated, q.separated)
}

// recurs reports whether d's title or lead says it reports a further
// incident of its victim.
func recurs(d Doc, lead []string) bool {
	return recurrence.MatchString(d.Title) || recurrence.MatchString(strings.Join(lead, " "))
}

// revision finds, in a title or lead, a report that updates an earlier
// count of the same incident: "update", "revised", "rises to", "more than
// the initial estimate", "final tally", 続報, 第2報, 最終報, 拡大, 上方修正.
var revision = regexp.MustCompile(`(?i)\b(update[sd]?|revised|revises|rises|risen|climbs|climbed|grows|grown|jumps|jumped|swells|swelled)\b|\b(more|fewer|higher|lower)\s+than\s+(the\s+)?(early|earlier|initial|first|previous|previously)\b|\b(initial|earlier|first|previous)\s+(estimate|count|tally|figure)s?\b|\bfinal\s+(count|tally|figure|number)\b|\bup\s+from\b|続報|第[2-9２-９二三四五]報|最終報|拡大|上方修正|下方修正|増加|増えた|修正`)

// revises reports whether d's title or lead says it updates an earlier
// account of its incident.
func revises(d Doc, lead []string) bool {
	return revision.MatchString(d.Title) || revision.MatchString(strings.Join(lead, " "))
}

// revisedBy reports whether q, published after p, says it updates an
// earlier account: its figure may differ from p's (tallies grow as an
// investigation ends), and the update is evidence of one incident.
func (p *Prepared) revisedBy(q *Prepared) bool {
	return q.revises && !p.doc.Published.IsZero() && q.doc.Published.After(p.doc.Published) && !q.recurs
}

// laterIncident reports whether one article announces a further incident
// of the victim and the other, which announces none, was published more
// than params.closeTime before it: the earlier report is about the earlier
// incident.
//
// A report whose text only says, further down, that its incident is not an
// earlier one (本件は…とは別の事案です) counts against reports more than
// params.nearTime before it: coverage of one incident a few weeks apart may
// well recall another incident in passing.
func (p *Prepared) laterIncident(q *Prepared) bool {
	check := func(late, early *Prepared) bool {
		gap, known := timeGap(late.doc.Published, early.doc.Published)
		if !known || !early.doc.Published.Before(late.doc.Published) {
			return false
		}
		// Two reports that both tell of a further incident ("hit again",
		// 半年で2度目), or that both set theirs apart from an earlier one,
		// tell of the same one.
		return late.recurs && !early.recurs && gap > params.closeTime || late.separates && !early.separates && gap > params.nearTime
	}
	return check(p, q) || check(q, p)
}

// titled reports whether p has a victim of its own or its title names q's:
// p is a report on one victim, not a roundup that names many in its text.
func (p *Prepared) titled(q *Prepared) bool {
	return len(p.victims) > 0 || q.names.inTitle(&p.names)
}

// coarseForm is a rougher sound key of a name than its nameForms, for
// katakana that writes sounds English drops or keeps: r, h, w, v and b are
// left out (Nordhavn Telecom and ノルドハウン・テレコム are both ndntkm).
// Shorter than params.minCoarse it gives "".
func coarseForm(name string) string {
	var b strings.Builder
	for _, r := range skeleton(strings.ReplaceAll(fold(reading(name)), "v", "")) {
		if !strings.ContainsRune("rhwb", r) {
			b.WriteRune(r)
		}
	}
	if len([]rune(b.String())) < params.minCoarse {
		return ""
	}
	return b.String()
}

// coarseForms are the coarse forms of names, sorted and distinct.
func coarseForms(names []string) []string {
	var out []string
	for _, n := range names {
		if f := coarseForm(n); f != "" {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
