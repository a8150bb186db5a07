package merge

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
)

// creditPattern finds a credit to another outlet: "Source: ZDNet",
// "(via ZDNet)", "Originally published on ZDNet", "出典：ZDNet".
var creditPattern = regexp.MustCompile(`(?i)(?:\bsources?|\bvia|\boriginally (?:published|posted|appeared) (?:on|in|at|by)|\bcredit|\bread more (?:at|on)|\bh/t|出典|出所|引用元|元記事|情報元)\s*[:：\-–—]?\s*(\S[^\n]{0,80})`)

// credits returns the folded names that d credits as its source.
func credits(d Doc) []string {
	var out []string
	for _, m := range creditPattern.FindAllStringSubmatch(d.Text, -1) {
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

// credited reports whether doc a credits the outlet of doc b.
func credited(a, b Doc) bool {
	names := outletNames(b)
	if len(names) == 0 {
		return false
	}
	for _, c := range credits(a) {
		for _, n := range names {
			if c == n {
				return true
			}
		}
	}
	return false
}
