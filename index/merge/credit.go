package merge

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// creditPattern finds a credit to another outlet: "Source: ZDNet",
// "(via ZDNet)", "Originally published on ZDNet", "出典：ZDNet".
var creditPattern = regexp.MustCompile(`(?i)(?:\bsources?|\bvia|\boriginally (?:published|posted|appeared) (?:on|in|at|by)|\bcredit|\bread more (?:at|on)|\bh/t|出典|出所|引用元|元記事|情報元)\s*[:：\-–—]?\s*(\S[^\n]{0,80})`)

// creditStarts are the words a creditPattern match begins with, lowercase;
// the English ones must begin a word (the pattern's \b).
var creditStarts = []struct {
	word  string
	latin bool
}{
	{"source", true}, {"via", true}, {"originally", true}, {"credit", true},
	{"read more", true}, {"h/t", true},
	{"出典", false}, {"出所", false}, {"引用元", false}, {"元記事", false}, {"情報元", false},
}

// creditAnchored is creditPattern anchored at the start of its input.
var creditAnchored = regexp.MustCompile(`^(?:` + creditPattern.String() + `)`)

// creditMatches returns what creditPattern.FindAllStringSubmatch returns,
// without running the pattern over the whole text: a match can only start
// where one of creditStarts does, so it tries the anchored pattern at those
// places only, left to right, each search resuming after the last match as
// FindAll does. A long article without a credit costs a scan for a few
// words. (Letters that fold to ASCII under (?i), the Kelvin sign and the
// long s, are not looked for.)
func creditMatches(text string) [][]string {
	lower := asciiLower(text)
	var starts []int
	for _, w := range creditStarts {
		for off := 0; ; {
			i := strings.Index(lower[off:], w.word)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(w.word)
			if w.latin && at > 0 && asciiWordByte(text[at-1]) {
				continue
			}
			starts = append(starts, at)
		}
	}
	slices.Sort(starts)
	var out [][]string
	next := 0
	for _, at := range slices.Compact(starts) {
		if at < next {
			continue
		}
		m := creditAnchored.FindStringSubmatchIndex(text[at:])
		if m == nil {
			continue
		}
		sub := make([]string, len(m)/2)
		for i := range sub {
			if m[2*i] >= 0 {
				sub[i] = text[at+m[2*i] : at+m[2*i+1]]
			}
		}
		out = append(out, sub)
		next = at + m[1]
	}
	return out
}

// asciiLower lowercases the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// asciiWordByte reports whether c is an ASCII word character, as \b sees it.
func asciiWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// credits returns the folded names that d credits as its source.
func credits(d Doc) []string {
	var out []string
	ms := creditMatches(d.Text)
	for _, m := range ms {
		target := strings.TrimSpace(m[1])
		if u, err := url.Parse(strings.Fields(target)[0]); err == nil && u.Host != "" {
			out = append(out, hostNames(u.Host)...)
			continue
		}
		// The outlet name is the first few words, up to punctuation.
		end := strings.IndexFunc(target, func(r rune) bool {
			return strings.ContainsRune(",.;)(]|」』、。", r)
		})
		if end >= 0 {
			target = target[:end]
		}
		w := strings.Fields(target)
		if len(w) > 4 {
			w = w[:4]
		}
		for n := len(w); n > 0; n-- {
			if f := fold(strings.Join(w[:n], "")); len(f) >= 3 {
				out = append(out, f)
			}
		}
	}
	return out
}

// outletNames returns the folded names an outlet goes by: its source name
// and the main label of its host ("ZDNet Security", www.zdnet.com → zdnet).
func outletNames(d Doc) []string {
	var out []string
	if f := fold(d.Source); len(f) >= 3 {
		out = append(out, f)
	}
	if w := strings.Fields(d.Source); len(w) > 1 {
		if f := fold(w[0]); len(f) >= 3 {
			out = append(out, f)
		}
	}
	if u, err := url.Parse(d.URL); err == nil {
		out = append(out, hostNames(u.Hostname())...)
	}
	return out
}

// hostNames returns the distinctive labels of a host name: those other than
// www and the public suffix.
func hostNames(host string) []string {
	labels := strings.Split(strings.ToLower(host), ".")
	var out []string
	for i, l := range labels {
		if i == len(labels)-1 || len(l) < 3 || l == "www" || l == "com" || l == "net" || l == "org" {
			continue
		}
		out = append(out, fold(l))
	}
	return out
}

// fold lowercases and keeps only letters and digits.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// creditsOutletOf reports whether p credits the outlet of q.
func (p *Prepared) creditsOutletOf(q *Prepared) bool {
	for _, c := range p.credits {
		if slices.Contains(q.outlets, c) {
			return true
		}
	}
	return false
}
