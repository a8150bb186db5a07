package merge

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Summary is what a story says as a whole, drawn from its articles.
type Summary struct {
	Title            string
	Victims          []string
	Records          *int64
	RecordsQualifier string
	Actors           []string
	FirstSeen        time.Time
	Updated          time.Time
	Languages        []string
	// Origin is the URL of the origin report.
	Origin string
}

// Summarize draws a story's summary from its articles.
//
//   - Origin: the report the others credit ("Source: X" naming its outlet);
//     else the earliest of the largest group of near-duplicates (what the
//     others copy); else the earliest report.
//   - Title: the origin's title when the origin is in English or no report
//     is; else the earliest English report's title. Analysts read English
//     across the board, and the languages list still shows "ja". A title
//     that names the victim beats a generic one ("Notice of Data Security
//     Incident"), in the same order.
//   - Victims: those named by at least half as many reports as the most
//     named one, but not a name one report alone gives beside one two or
//     more give in the same script; spelled as most reports spell them
//     (Latin script first).
//   - Records: figures within tolerance form one group; the group named by
//     most reports wins (the victim's own release breaks ties); within it
//     the victim's own figure, else an exact figure, else the commonest. In
//     a story of params.loneFigureStory or more reports, a figure given by
//     one report only and not in its title or opening is ignored (a leak
//     from a boilerplate box or a recap of another incident); a story whose
//     only figure is such a one has no figure.
//   - Actors: those stated by some report; only when none is stated, the
//     suspected ones; most supported first.
//   - FirstSeen/Updated: the earliest and latest known publication time.
//   - Languages: the distinct primary language tags, sorted.
func Summarize(docs []Doc) Summary {
	prep := make([]*Prepared, len(docs))
	for i, d := range docs {
		prep[i] = Prepare(d)
	}
	return SummarizePrepared(prep)
}

// SummarizePrepared is Summarize over articles already prepared (as the
// index keeps them), so that a story's summary costs no Prepare per article.
func SummarizePrepared(prep []*Prepared) Summary {
	if len(prep) == 0 {
		return Summary{}
	}
	docs := make([]Doc, len(prep))
	for i, p := range prep {
		docs[i] = p.orig
	}
	origin := originIndex(prep)
	s := Summary{
		Origin:    docs[origin].URL,
		Title:     summaryTitle(docs, origin),
		Victims:   summaryVictims(docs),
		Actors:    summaryActors(docs),
		Languages: summaryLanguages(docs),
	}
	s.Records, s.RecordsQualifier = summaryRecords(docs)
	if s.Records != nil {
		s.Title = titleWithFigure(docs, s.Title, *s.Records)
	}
	for _, d := range docs {
		if d.Published.IsZero() {
			continue
		}
		if s.FirstSeen.IsZero() || d.Published.Before(s.FirstSeen) {
			s.FirstSeen = d.Published
		}
		if d.Published.After(s.Updated) {
			s.Updated = d.Published
		}
	}
	return s
}

// earlier orders docs by publication (unknown last), then URL.
func earlier(a, b Doc) int {
	switch {
	case a.Published.IsZero() != b.Published.IsZero():
		if a.Published.IsZero() {
			return 1
		}
		return -1
	case !a.Published.Equal(b.Published):
		return a.Published.Compare(b.Published)
	}
	return cmp.Compare(a.URL, b.URL)
}

// originIndex picks the origin report (see Summarize).
func originIndex(prep []*Prepared) int {
	n := len(prep)
	votes, dups := make([]int, n), make([]int, n)
	for i := range prep {
		for j := range prep {
			if i == j {
				continue
			}
			if prep[j].creditsOutletOf(prep[i]) {
				votes[i]++
			}
			if setSimilarity(prep[i].shingles, prep[j].shingles) >= params.dupSim {
				dups[i]++
			}
		}
	}
	best := 0
	for i := 1; i < n; i++ {
		if c := cmp.Or(cmp.Compare(votes[i], votes[best]), cmp.Compare(dups[i], dups[best]),
			-earlier(prep[i].doc, prep[best].doc)); c > 0 {
			best = i
		}
	}
	return best
}

// summaryTitle picks the story title (see Summarize).
// titleWithFigure returns title, unless it states a figure other than the
// story's (a first report's "3.1 million" under a revised 4.2 million): then
// the title of a report that states the story's figure, English first.
func titleWithFigure(docs []Doc, title string, records int64) string {
	figs := textFigures(title)
	if len(figs) == 0 || statesFigure(figs, records) {
		return title
	}
	for _, english := range []bool{true, false} {
		for _, d := range slices.SortedFunc(slices.Values(docs), earlier) {
			t := strings.TrimSpace(d.Title)
			if isEnglish(d) == english && t != "" && statesFigure(textFigures(t), records) {
				return t
			}
		}
	}
	return title
}

func summaryTitle(docs []Doc, origin int) string {
	// Candidates in order of preference: the origin if English, the other
	// English reports from the earliest, then the origin and the rest.
	order := []Doc{}
	if isEnglish(docs[origin]) {
		order = append(order, docs[origin])
	}
	for _, d := range slices.SortedFunc(slices.Values(docs), earlier) {
		if isEnglish(d) && d.URL != docs[origin].URL {
			order = append(order, d)
		}
	}
	if len(order) == 0 {
		order = append(order, docs[origin])
		order = append(order, slices.SortedFunc(slices.Values(docs), earlier)...)
	}
	// A title that names the victim beats a generic one ("Notice of Data
	// Security Incident" on the victim's own site).
	for _, d := range order {
		if t := strings.TrimSpace(d.Title); t != "" && newVictimContext(d).mentionedIn(t) {
			return t
		}
	}
	for _, d := range order {
		if t := strings.TrimSpace(d.Title); t != "" {
			return t
		}
	}
	return ""
}

// isEnglish reports whether d is an English report, by its tag or, without
// one, by its script.
func isEnglish(d Doc) bool {
	if d.Lang != "" {
		return primaryTag(d.Lang) == "en"
	}
	return !japaneseText(d.Title + d.Text)
}

// primaryTag is the primary subtag of a language tag, lowercased: ja-JP → ja.
func primaryTag(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

func summaryLanguages(docs []Doc) []string {
	langs := []string{}
	for _, d := range docs {
		if t := primaryTag(d.Lang); t != "" {
			langs = append(langs, t)
		}
	}
	slices.Sort(langs)
	return slices.Compact(langs)
}

// latinFirst orders spellings: Latin script before others (but not a mere
// romanisation of a kanji spelling beside it), then by count, then
// alphabetically.
func latinFirst(counts map[string]int) string {
	var names []string
	for n := range counts {
		names = append(names, n)
	}
	score := make(map[string]int, len(names))
	for _, n := range names {
		score[n] = latinScore(n)
		if score[n] == 1 && romanised(n, names) {
			score[n] = -1 // the kanji read aloud: the firm's own name first
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(-cmp.Compare(score[a], score[b]), -cmp.Compare(counts[a], counts[b]), cmp.Compare(a, b))
	})
	return names[0]
}

func latinScore(s string) int {
	for _, r := range s {
		if unicode.IsLetter(r) && r > unicode.MaxLatin1 {
			return 0
		}
	}
	return 1
}

func summaryVictims(docs []Doc) []string {
	support := map[string]int{}
	spellings := map[string]map[string]int{}
	// A name spelt two ways (Lakeshore Dialysis Partners, Lakeshore
	// Dialysis: one sound key, see namesAgree; 蒼鷹運輸 and Aotaka
	// Transport across scripts, see transliterated) counts once, under the
	// key first seen.
	var named []string // a name per key, in the order first seen
	keyOf := func(v string) string {
		for _, n := range named {
			if victimKey(n) == victimKey(v) || namesAgree([]string{n}, []string{v}) || storyNamesAgree(n, v) || transliterated([]string{n}, []string{v}) {
				return victimKey(n)
			}
		}
		named = append(named, v)
		return victimKey(v)
	}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, v := range namedVictims(d.Victims) {
			if victimKey(v) == "" {
				continue
			}
			k := keyOf(v)
			if spellings[k] == nil {
				spellings[k] = map[string]int{}
			}
			spellings[k][strings.TrimSpace(v)]++
			if !seen[k] {
				seen[k] = true
				support[k]++
			}
		}
	}
	glossed := glossedRomaji(docs)
	return oneAcrossScripts(preferLatin(supported(support, spellings, 2, true), glossed), docs, glossed)
}

// oneAcrossScripts keeps only the Latin name of a story that names one
// victim in Latin letters and others only in Japanese script, when every
// report names a single victim: a company's Japanese notice and the
// English coverage it was merged with speak of one company, whose kanji
// name (清嵐自動車) no reading ties to its English one (Seiran Motor).
func oneAcrossScripts(names []string, docs []Doc, glossed map[string]bool) []string {
	var latin []string
	for _, n := range names {
		if isLatinName(n) {
			latin = append(latin, n)
		}
	}
	if len(latin) != 1 || len(latin) == len(names) || romanised(latin[0], names) || glossed[latin[0]] {
		return names
	}
	for _, d := range docs {
		if len(namedVictims(d.Victims)) > 1 {
			return names
		}
	}
	return latin
}

// storyNamesAgree reports two names that, in one story, name one
// organisation though the merge keys leave them apart: a Latin name and
// its katakana spelling whose sound keys are equal however short
// (Marrowby and マロウビー, both mrb), or a Latin name whose words open the
// other's (Marrowby and Marrowby Pharmacy). Merging never relies on it;
// the story's articles are already one incident's.
func storyNamesAgree(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	la, lb := isLatinName(a), isLatinName(b)
	if la != lb {
		x, y := skeleton(reading(a)), skeleton(reading(b))
		return utf8.RuneCountInString(x) >= 3 && x == y
	}
	if !la {
		return false
	}
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 || len(wa) == len(wb) || len(strings.Join(wa, "")) < 4 || legalWords[wa[0]] || genericTails[wa[0]] || enKindWords[wa[0]] {
		return false
	}
	return slices.Equal(wa, wb[:len(wa)])
}

// preferLatin drops a name written in Japanese script when the list also
// holds a Latin name that sounds the same (Nordhavn Telecom and
// ノルドハウン・テレコム): the story names its victim once, as the victim
// writes itself abroad.
func preferLatin(names []string, glossed map[string]bool) []string {
	var latin, romaji []string
	for _, n := range names {
		if isLatinName(n) {
			latin = append(latin, n)
		}
	}
	if len(latin) == 0 || len(latin) == len(names) {
		return names
	}
	// Marutatsu Kogyo beside 丸辰工業 is only the kanji read aloud: a
	// Japanese-only firm keeps its own name.
	for _, l := range latin {
		if romanised(l, names) || glossed[l] {
			romaji = append(romaji, l)
		}
	}
	if len(romaji) > 0 {
		out := names[:0:0]
		for _, n := range names {
			if !slices.Contains(romaji, n) {
				out = append(out, n)
			}
		}
		return out
	}
	out := names[:0:0]
	for _, n := range names {
		if !isLatinName(n) && soundsLikeAny(n, latin) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// romanised reports whether a Latin name is a romanisation, word for word,
// of a kanji name in names: every word reads as Japanese syllables
// (Marutatsu Kogyo, not Seiran Motor) and some reading of the kanji spells
// it; or an outlet's English for a Japanese body of a kind that seldom has
// an English name of its own (a hospital, a co-operative, a local railway),
// whose romaji words read as the Japanese name.
func romanised(latin string, names []string) bool {
	body := false // a public body's, a co-operative's or a hospital's
	var heads []string
	for _, w := range strings.FieldsFunc(strings.ToLower(latin), func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.Trim(w, ".,&'’")
		switch {
		case w == "":
		case romajiWordRe.MatchString(w):
			heads = append(heads, w)
		case bodyWords[w]:
			body = true
		case enKindWords[w] || translatedNameWords[w] != "":
		default:
			return false
		}
	}
	for _, n := range names {
		if isLatinName(n) {
			continue
		}
		if hasHan(n) && readsAs(n, latin) {
			return true
		}
		// Kusunoki Memorial Hospital, Akane-Minami Agricultural
		// Cooperative: an outlet's English for a Japanese body that has
		// none of its own; the body keeps its name.
		if body && len(heads) > 0 && (crossReads(latin, n) || readsAs(trimCoopPrefix(n), strings.Join(heads, " "))) {
			return true
		}
	}
	return false
}

// bodyWords are the English words for the kinds of Japanese body that
// seldom have an English name of their own (unlike companies): hospitals,
// co-operatives, local railways, temples, inns, towns.
var bodyWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`hospital clinic railway railways railroad cooperative coop co op agricultural
fisheries fishery consumers consumer temple shrine inn ryokan museum library school kindergarten city town village
prefecture association union`) {
		m[w] = true
	}
	return m
}()

// trimCoopPrefix drops the JA, JF or コープ that opens a co-operative's
// short name.
func trimCoopPrefix(n string) string {
	for _, p := range []string{"JA", "JF", "ＪＡ", "ＪＦ", "コープ", "生協"} {
		if rest, ok := strings.CutPrefix(n, p); ok && rest != "" {
			return rest
		}
	}
	return n
}

// hasHan reports a name with kanji in it: a brand in katakana (トヨタ) is
// itself a transcription, and its Latin spelling the brand's own.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// romajiWordRe matches a word of Hepburn syllables.
var romajiWordRe = regexp.MustCompile(`^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n)+$`)

func soundsLikeAny(name string, others []string) bool {
	f := coarseForm(name)
	for _, o := range others {
		if f != "" && f == coarseForm(o) || namesAgree([]string{name}, []string{o}) || transliterated([]string{name}, []string{o}) || storyNamesAgree(name, o) {
			return true
		}
	}
	return false
}

// IsLatinName reports whether a name is written in Latin letters (no
// Japanese or other script), as the story spelling of a victim is.
func IsLatinName(s string) bool { return isLatinName(s) }

// isLatinName reports whether a name is written in Latin letters.
func isLatinName(s string) bool {
	for _, r := range s {
		if r > unicode.MaxLatin1 && unicode.IsLetter(r) && !unicode.In(r, unicode.Latin) {
			return false
		}
	}
	return true
}

// supported returns the display names of the keys whose support is at
// least 1/div of the best, most supported first. With lone, a name only
// one report gives is left out when the best is given by two or more and
// is written in the same script: one report's stray name (a practice's
// tagline, a vendor it mentions) is no second victim of the story, while a
// name in the other script may be the same body's and is left to
// preferLatin.
func supported(support map[string]int, spellings map[string]map[string]int, div int, lone bool) []string {
	top := 0
	names := make(map[string]string, len(support)) // each key's display name
	topScripts := map[int]bool{}
	for k, n := range support {
		top = max(top, n)
		names[k] = latinFirst(spellings[k])
	}
	for k, n := range support {
		if n == top {
			topScripts[latinScore(names[k])] = true
		}
	}
	type kv struct {
		name string
		n    int
	}
	var keep []kv
	for k, n := range support {
		if n*div >= top && !(lone && top >= 2 && n == 1 && topScripts[latinScore(names[k])]) {
			keep = append(keep, kv{names[k], n})
		}
	}
	slices.SortFunc(keep, func(a, b kv) int { return cmp.Or(-cmp.Compare(a.n, b.n), cmp.Compare(a.name, b.name)) })
	out := []string{}
	for _, e := range keep {
		out = append(out, e.name)
	}
	return out
}

func summaryActors(docs []Doc) []string {
	stated, suspected := map[string]int{}, map[string]int{}
	spellings := map[string]map[string]int{}
	for _, d := range docs {
		susp := map[string]bool{}
		for _, a := range d.Suspected {
			susp[strings.ToLower(strings.TrimSpace(a))] = true
		}
		seen := map[string]bool{}
		for _, a := range d.Actors {
			k := strings.ToLower(strings.TrimSpace(a))
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			if spellings[k] == nil {
				spellings[k] = map[string]int{}
			}
			spellings[k][strings.TrimSpace(a)]++
			if susp[k] {
				suspected[k]++
			} else {
				stated[k]++
			}
		}
	}
	if len(stated) > 0 {
		return supported(stated, spellings, 3, false)
	}
	return supported(suspected, spellings, 3, false)
}

// StorySpelling rewrites an article's victims in the spelling its story
// gives them: a name with the same key as one of the story's victims
// (TOYOTA, トヨタ and Toyota Motor Corp. in a story on Toyota), written
// in Japanese script and sounding like one of its Latin names
// (ブラッドフォード・ヘルス in a story on Bradford Health), or the one
// Japanese-script victim of a report in a story on one Latin-named victim
// (or the one Latin-named victim of a report in a story on one
// Japanese-script victim), is that victim.
// Names of other organisations are left as they are; a generic word that
// names no organisation ("the practice", 当社) is dropped.
func StorySpelling(victims, story []string) []string {
	victims = namedVictims(victims)
	if len(victims) == 0 || len(story) == 0 {
		return victims
	}
	if len(story) == 1 && isLatinName(story[0]) && len(victims) == 1 && !isLatinName(victims[0]) && victimKey(victims[0]) != "" {
		// A story on one victim named in Latin letters, a report naming
		// one in Japanese script: the same company (see oneAcrossScripts).
		return story
	}
	if len(story) == 1 && !isLatinName(story[0]) && victimKey(story[0]) != "" && len(victims) == 1 && isLatinName(victims[0]) && readsAsStart(victims[0], story[0]) {
		// The other way round: a story on a Japanese-only organisation
		// (朝凪記念病院), English coverage naming it in translation
		// (Asanagi Memorial Hospital), its first word the reading of
		// the name's start.
		return story
	}
	out := make([]string, 0, len(victims))
	for _, v := range victims {
		w := v
		for _, s := range story {
			k := victimKey(v)
			if k != "" && k == victimKey(s) || storyNamesAgree(v, s) || !isLatinName(v) && isLatinName(s) && soundsLikeAny(v, []string{s}) {
				w = s
				break
			}
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// readsAsStart reports whether a Latin name's first word (Asanagi) is
// how the Japanese name (朝凪記念病院) reads at its start, by their keys.
func readsAsStart(latin, japanese string) bool {
	head, jk := headKey(latin), victimKey(japanese)
	if head == "" {
		head = victimKey(latin)
	}
	return len(head) >= 3 && strings.HasPrefix(jk, head)
}

// glossRe finds a Latin name glossed with its Japanese in brackets, as
// English coverage writes a Japanese-only firm: "Kogarashi Unyu (木枯運輸)".
var glossRe = regexp.MustCompile(`([A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+){0,4}) [(（]([^()（）A-Za-z]{2,20})[)）]`)

// glossedRomaji returns the Latin names the docs gloss with a Japanese
// name in brackets whose words all read as Japanese syllables (Kogarashi
// Unyu): the romanisation of a Japanese-only name, which a dictionary may
// not read (木枯 is こがらし only in 木枯らし), and no English name.
func glossedRomaji(docs []Doc) map[string]bool {
	var out map[string]bool
	for _, d := range docs {
		for _, m := range glossRe.FindAllStringSubmatch(d.Text, -1) {
			if !hasHan(m[2]) {
				continue
			}
			all := true
			for _, w := range strings.Fields(strings.ToLower(m[1])) {
				if !romajiWordRe.MatchString(strings.Trim(w, "-")) {
					all = false
					break
				}
			}
			if all {
				if out == nil {
					out = map[string]bool{}
				}
				out[m[1]] = true
			}
		}
	}
	return out
}
