package merge

import (
	"github.com/breachwire/breachwire/extract/incident"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reading gives the Latin reading of a name (トヨタ and Toyota → "toyota");
// incident.Reading also reads kanji (with kagome) and knows the English
// names of well-known Japanese companies.
var reading = incident.Reading

// readsAs reports whether some reading of a Japanese name spells a Latin
// one (see incident.ReadsAs).
var readsAs = incident.ReadsAs

// legalWords are legal forms and group words that say nothing about which
// company a name means; they are dropped from either end of a name.
var legalWords = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true,
	"company": true, "ltd": true, "limited": true, "llc": true, "llp": true, "plc": true,
	"gmbh": true, "ag": true, "sa": true, "nv": true, "bv": true, "kk": true, "pty": true,
	"spa": true, "srl": true, "oy": true, "ab": true, "asa": true, "se": true,
	"oyj": true, "aps": true, "bhd": true, "sdn": true, "pte": true, "tbk": true, "sas": true, "kg": true,
	"holdings": true, "holding": true, "group": true, "the": true,
	"motor": true, "motors": true, "international": true,
	"cooperative": true, "coop": true,
}

// legalAffixes are the Japanese counterparts of legalWords, written without
// spaces at either end of a name.
var legalAffixes = []string{
	"株式会社", "(株)", "有限会社", "合同会社", "ホールディングス", "グループ", "自動車",
	"農業協同組合", "漁業協同組合", "生活協同組合",
}

// coopPrefixes open a co-operative's short name before its Japanese core
// (JAしおかぜ is しおかぜ農業協同組合); normalised to lower case.
var coopPrefixes = []string{"ja", "jf"}

// VictimKeys returns the normalised keys of d's victims, for finding
// candidates: a Latin reading of each name without legal forms, folded so
// that spelling variants meet (トヨタ, Toyota, TOYOTA and Toyota Motor
// Corporation give one key), plus the key of a long name's first word
// (Sony for Sony Interactive Entertainment, ソニー for
// ソニー・インタラクティブエンタテインメント), since reports name a unit
// or its parent. Sound keys ("sk:" and a skeleton, see nameForms) let a
// katakana spelling meet the English one (チケットマスター, Ticketmaster);
// an article whose title does not name its extracted victim (or that has
// none) also gets the sound keys of the names in its title, so that it
// meets the reports whose victim its title names; so does an article whose
// title names its victim, for the Latin names of its title that its text
// also writes capitalised mid-sentence (Ticketmaster in a report on Live
// Nation). An article without a
// victim also gets its CampaignKeys, so that one lookup of these keys finds
// the reports of one actor's campaign too. Keys that survive extraction
// noise come too: "actor:" keys of a report's one or few actors, "n:" keys
// of its record figure (see figureKey) and, when its title does not name
// its victim, of the figures and the names in its title and opening. Keys
// are sorted and distinct.
// Same itself compares the whole names.
func VictimKeys(d Doc) []string {
	d.Victims = namedVictims(d.Victims)
	keys := append(nameKeys(d), CampaignKeys(d)...)
	for _, v := range d.Victims {
		if k := headKey(v); len(k) >= params.minLooseKey {
			keys = append(keys, k)
		}
		for _, f := range nameForms(v) {
			keys = append(keys, "sk:"+f)
		}
		if f := coarseForm(v); f != "" {
			keys = append(keys, "sc:"+f)
		}
	}
	if len(d.Victims) > 0 {
		keys = append(keys, deletionKeys(d.Victims[0])...)
	}
	unsure := len(d.Victims) == 0 || !namedIn(d.Victims, d.Title)
	if strings.TrimSpace(d.Title) != "" {
		keys = append(keys, titleNameKeys(d, unsure)...)
	}
	keys = append(keys, actorKeys(d)...)
	keys = append(keys, figureKeys(d, unsure)...)
	if unsure {
		keys = append(keys, openingNameKeys(d)...)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// NameKeys returns the keys of whole victim names alone, without those
// of their first words: what a search for the name "Kestrel Foods
// Australia" meets, which is not every Kestrel.
func NameKeys(names []string) []string { return nameKeys(Doc{Victims: namedVictims(names)}) }

// nameKeys returns the keys of d's victims' whole names, sorted and
// distinct.
func nameKeys(d Doc) []string {
	var keys []string
	for _, v := range d.Victims {
		if k := victimKey(v); k != "" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// headKey is the key of the first word of a name of several words (split
// at spaces and ・), or "" for a one-word name.
func headKey(name string) string {
	parts := strings.FieldsFunc(normalize(name), func(r rune) bool { return unicode.IsSpace(r) || r == '・' || r == '･' })
	if len(parts) < 2 || legalWords[parts[0]] || slices.Contains(legalAffixes, parts[0]) {
		return ""
	}
	return victimKey(parts[0])
}

// keyMemo memoises victimKey.
var keyMemo = newMemo(computeVictimKey)

// victimKey is the key of one victim name.
func victimKey(name string) string { return keyMemo.get(name) }

// computeVictimKey is victimKey without the cache.
func computeVictimKey(name string) string {
	name = strings.NewReplacer("co-operative", "cooperative", "co-op", "coop").Replace(normalize(name))
	for changed := true; changed; {
		changed = false
		for _, a := range legalAffixes {
			if s := strings.TrimSpace(strings.TrimSuffix(name, a)); s != name && s != "" {
				name, changed = s, true
			}
			if s := strings.TrimSpace(strings.TrimPrefix(name, a)); s != name && s != "" {
				name, changed = s, true
			}
		}
	}
	for _, p := range coopPrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok {
			if r, _ := utf8.DecodeRuneInString(rest); r >= utf8.RuneSelf && unicode.IsLetter(r) {
				name = rest
			}
		}
	}
	fields := strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&'
	})
	for len(fields) > 1 && legalWords[fields[len(fields)-1]] {
		fields = fields[:len(fields)-1]
	}
	for len(fields) > 1 && legalWords[fields[0]] {
		fields = fields[1:]
	}
	return squash(reading(strings.Join(fields, "")))
}

// squash folds the spelling differences between an English name and the
// romanised reading of its katakana form: y/i, c/k, doubled letters, long
// vowels, a final vowel after a consonant (ソニー → soni, Sony → soni;
// トヨタ → toiota, Toyota → toiota; マリオット → mariot, Marriott → mariot).
func squash(s string) string {
	var out []rune
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 'y':
			r = 'i'
		case r == 'c' && next == 'k':
			continue
		case r == 'c' && next != 'h':
			r = 'k'
		case r == 'p' && next == 'h':
			r = 'f'
			i++
		case r == 'h' && i > 0 && strings.ContainsRune("aeiou", rs[i-1]) && !strings.ContainsRune("aeiou", next):
			continue // "oh" in Ricoh, Yahoo-style long vowels
		}
		if n := len(out); n > 0 && out[n-1] == r {
			continue
		}
		if n := len(out); n > 0 && out[n-1] == 'o' && r == 'u' {
			continue // ou is a long o in romaji
		}
		out = append(out, r)
	}
	// Katakana end foreign names with a vowel English does not write:
	// マリオット → mariotto, パナソニック → panasonikku.
	if n := len(out); n > 3 && (out[n-1] == 'o' || out[n-1] == 'u') && !strings.ContainsRune("aeiou", out[n-2]) {
		out = out[:n-1]
	}
	return string(out)
}

// sharedVictim reports whether two docs name one victim.
func sharedVictim(a, b []string) bool {
	for _, k := range a {
		if _, ok := slices.BinarySearch(b, k); ok {
			return true
		}
	}
	return false
}

// CampaignKeys returns candidate keys for an article without a victim that
// attributes one or a few actors (an advisory on a campaign): "actor:" and
// the folded actor name. The index looks them up like victim keys, within
// Window; Same merges such articles only when close in time.
func CampaignKeys(d Doc) []string {
	if len(nameKeys(d)) > 0 || len(d.Actors) == 0 || len(d.Actors) > params.campaignActors {
		return nil
	}
	var keys []string
	for _, a := range d.Actors {
		if f := fold(a); f != "" {
			keys = append(keys, "actor:"+f)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// looseVictim reports whether two docs name one victim, or names of which
// one begins or ends the other (Sony and ソニー・インタラクティブ, ゆめポイント
// and ポイント) — as extraction may cut a name short or keep a unit's name.
func looseVictim(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			short, long := x, y
			if len(short) > len(long) {
				short, long = long, short
			}
			if short == long || len(short) >= params.minLooseKey && (strings.HasPrefix(long, short) || strings.HasSuffix(long, short)) {
				return true
			}
		}
	}
	return false
}

// titleNameKeys returns the sound keys of the names in d's title: of every
// katakana run and capitalised Latin run when all is true, else only of the
// Latin runs that the opening also writes capitalised mid-sentence (names,
// not the words of a Title Case headline).
func titleNameKeys(d Doc, all bool) []string {
	opening := truncateRunes(strings.TrimSpace(d.Text), params.openingChars)
	var keys []string
	for _, run := range nameRuns(d.Title) {
		f := runKey(run, params.minSkeleton)
		if f == "" || !all && !midSentence(opening, run) {
			continue
		}
		keys = append(keys, "sk:"+f)
	}
	return keys
}

// midSentence reports whether s contains the Latin run (its words joined
// without spaces, as nameRuns gives them) past the start of a sentence.
func midSentence(s, run string) bool {
	if !isLatinWord(run) {
		return false
	}
	toks := tokens(s)
	offs := make([]int, len(toks))
	for i, cur := 0, 0; i < len(toks); i++ {
		offs[i] = cur + strings.Index(s[cur:], toks[i])
		cur = offs[i] + len(toks[i])
	}
	for i := 1; i < len(toks); i++ {
		joined := ""
		for j := i; j < len(toks) && len(joined) < len(run); j++ {
			joined += toks[j]
		}
		before := strings.TrimRight(s[:offs[i]], " ")
		if joined == run && before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?\n") {
			return true
		}
	}
	return false
}

// isLatinWord reports whether s starts with an ASCII letter.
func isLatinWord(s string) bool {
	return s != "" && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z')
}

// genericNames are words that name a kind of organisation, not one: an
// extractor that takes "the Club" or "the Company" of a notice for its
// victim has found no name.
var genericNames = map[string]bool{
	"club": true, "company": true, "firm": true, "group": true, "council": true,
	"hospital": true, "university": true, "school": true, "bank": true, "trust": true,
	"charity": true, "foundation": true, "airline": true, "carrier": true, "operator": true,
	"retailer": true, "insurer": true, "provider": true, "business": true, "organisation": true,
	"organization": true, "agency": true, "authority": true, "department": true, "city": true,
	"town": true, "county": true, "district": true, "ministry": true, "institute": true,
	"association": true, "society": true, "union": true, "board": true, "partnership": true,
	"subsidiary": true, "consolidated subsidiary": true, "affiliate": true, "group company": true,
	"unit": true, "parent": true, "parent company": true, "子会社": true, "連結子会社": true, "グループ会社": true,
	"当社": true, "弊社": true, "同社": true, "当院": true, "本市": true, "本町": true, "本学": true,
	"practice": true, "clinic": true, "surgery": true, "pharmacy": true, "lab": true, "laboratory": true,
	"brewer": true, "manufacturer": true, "maker": true, "vendor": true, "supplier": true, "chain": true,
	"store": true, "shop": true, "platform": true, "service": true, "app": true, "website": true,
	"college": true, "academy": true, "office": true, "bureau": true, "commission": true,
	"health system": true, "health service": true, "water authority": true, "local authority": true,
	"当法人": true, "当協会": true, "本学園": true, "本校": true, "本村": true, "本県": true, "本病院": true,
}

// namedVictims drops the victims that are a generic word, not a name (see
// genericNames).
func namedVictims(vs []string) []string {
	out := vs[:0:0]
	for _, v := range vs {
		w := strings.ToLower(strings.TrimSpace(v))
		w = strings.TrimPrefix(w, "the ")
		if !genericNames[w] {
			out = append(out, v)
		}
	}
	return out
}
