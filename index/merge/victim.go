package merge

import (
	"github.com/breachwire/breachwire/extract/incident"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// reading gives the Latin reading of a name (トヨタ and Toyota → "toyota");
// incident.Reading also reads kanji (with kagome) and knows the English
// names of well-known Japanese companies.
var reading = incident.Reading

// legalWords are legal forms and group words that say nothing about which
// company a name means; they are dropped from either end of a name.
var legalWords = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true,
	"company": true, "ltd": true, "limited": true, "llc": true, "llp": true, "plc": true,
	"gmbh": true, "ag": true, "sa": true, "nv": true, "bv": true, "kk": true, "pty": true,
	"spa": true, "srl": true, "oy": true, "ab": true, "asa": true, "se": true,
	"holdings": true, "holding": true, "group": true, "the": true,
	"motor": true, "motors": true, "international": true,
}

// legalAffixes are the Japanese counterparts of legalWords, written without
// spaces at either end of a name.
var legalAffixes = []string{
	"株式会社", "(株)", "有限会社", "合同会社", "ホールディングス", "グループ", "自動車",
}

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
// meets the reports whose victim its title names. An article without a
// victim also gets its CampaignKeys, so that one lookup of these keys finds
// the reports of one actor's campaign too. Keys are sorted and distinct.
// Same itself compares the whole names.
func VictimKeys(d Doc) []string {
	keys := append(nameKeys(d), CampaignKeys(d)...)
	for _, v := range d.Victims {
		if k := headKey(v); len(k) >= params.minLooseKey {
			keys = append(keys, k)
		}
		for _, f := range nameForms(v) {
			keys = append(keys, "sk:"+f)
		}
	}
	if strings.TrimSpace(d.Title) != "" && (len(d.Victims) == 0 || !namedIn(d.Victims, d.Title)) {
		for _, run := range nameRuns(d.Title) {
			if f := skeleton(run); len([]rune(f)) >= params.minSkeleton {
				keys = append(keys, "sk:"+f)
			}
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

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

// keyCache memoises victimKey: names repeat across articles, and reading a
// kanji name runs a morphological analyser.
var keyCache = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

// victimKey is the key of one victim name.
func victimKey(name string) string {
	keyCache.Lock()
	k, ok := keyCache.m[name]
	keyCache.Unlock()
	if ok {
		return k
	}
	k = computeVictimKey(name)
	keyCache.Lock()
	if len(keyCache.m) >= 50000 {
		clear(keyCache.m) // bounded: a long-running serve sees many names
	}
	keyCache.m[name] = k
	keyCache.Unlock()
	return k
}

// computeVictimKey is victimKey without the cache.
func computeVictimKey(name string) string {
	name = normalize(name)
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
