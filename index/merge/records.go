package merge

import (
	"cmp"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// figure is one report's record figure.
type figure struct {
	value     int64
	qualifier string
	own       bool // from the victim's own release
	// anchored: the report states the figure in its title or opening, not
	// only further down, where boilerplate and recaps of other incidents sit.
	anchored bool
	// revision: the report says in its title or opening that it revises
	// an earlier count ("raises breach tally to", "up from the 3.1
	// million it first reported", 上方修正).
	revision  bool
	published time.Time
}

// summaryRecords picks the story's record figure and its qualifier (see
// Summarize); nil when no report gives one.
func summaryRecords(docs []Doc) (*int64, string) {
	var figs []figure
	for _, d := range docs {
		if d.Records != nil && *d.Records > 0 {
			opening := d.Title + "\n" + truncateRunes(strings.TrimSpace(d.Text), params.openingChars)
			figs = append(figs, figure{*d.Records, d.RecordsQualifier, ownRelease(d),
				statesFigure(textFigures(opening), *d.Records), countRevision.MatchString(opening), d.Published})
		}
	}
	if len(figs) == 0 {
		return nil, ""
	}
	slices.SortFunc(figs, func(a, b figure) int { return cmp.Compare(a.value, b.value) })
	// Figures within tolerance of a group's smallest member join that group.
	var groups [][]figure
	for _, f := range figs {
		if n := len(groups); n > 0 && !recordsConflict(&groups[n-1][0].value, &f.value) {
			groups[n-1] = append(groups[n-1], f)
			continue
		}
		groups = append(groups, []figure{f})
	}
	// A figure only one report of several gives, and only deep in its text,
	// is more likely a leak from a related-articles box or a recap of another
	// incident than the story's figure: it is left out.
	if len(docs) >= params.loneFigureStory {
		groups = slices.DeleteFunc(groups, func(g []figure) bool { return len(g) == 1 && !g[0].anchored })
		if len(groups) == 0 {
			return nil, ""
		}
	}
	best := slices.MaxFunc(groups, func(a, b []figure) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(countOwn(a), countOwn(b)),
			cmp.Compare(countExact(a), countExact(b)), cmp.Compare(a[0].value, b[0].value))
	})
	pick := slices.MaxFunc(best, func(a, b figure) int {
		return cmp.Or(compareBool(a.own, b.own), compareBool(a.qualifier == "exact", b.qualifier == "exact"),
			cmp.Compare(countValue(best, a.value), countValue(best, b.value)), cmp.Compare(a.value, b.value))
	})
	if r, ok := latestRevision(figs, best); ok {
		// The count an investigation later revised, in a report after
		// every report of the commoner figure, is the story's figure.
		v := r.value
		return &v, r.qualifier
	}
	v := pick.value
	return &v, storyQualifier(best, pick)
}

// countRevision finds, in a title or opening, a report revising an
// earlier count of its incident. Bylines' "Updated" are no revision. It is
// narrower than revision, which merging takes as evidence of one incident:
// here the words must say that the count itself changed.
var countRevision = regexp.MustCompile(`(?i)\b(?:rais(?:es|ed|ing)|revis(?:es|ed|ing)|increas(?:es|ed)|updat(?:es|ed)) (?:(?:its|the|breach|data|victim|customer|patient|affected|estimated|total)\s+)*(?:tally|count|toll|estimate|figure)\b|\b(?:tally|count|toll|estimate|number of (?:people|customers|records|victims|patients|users|members|individuals) (?:affected|impacted|exposed))\b[^.]{0,40}?\b(?:rises|rose|risen|climbs|climbed|grows|grew|grown|jumps|jumped|swells|swelled|increases|increased) to\b|\bup from (?:the |an? |its )?(?:initial |earlier |first |previous |previously reported )?[\d,.]+(?: (?:million|thousand|billion))? (?:it (?:first|initially|originally|previously) (?:reported|disclosed|said|estimated)|(?:people|customers|records|accounts|users|patients|members|individuals|victims)\b)|\b(?:more|higher) than (?:double )?(?:the |its )?(?:initial|earlier|first|previous|previously reported) (?:estimate|count|tally|figure)|\bfinal (?:count|tally|figure)\b|上方修正|件数を修正|人数を修正|最終報`)

// latestRevision returns the figure of the latest report that revises an
// earlier count — saying so and stating its figure up front, or being the
// victim's own release with a higher figure (a 第3報 raising the count) —
// and came after every report of the best group, when its figure lies
// outside that group.
func latestRevision(figs, best []figure) (figure, bool) {
	top := slices.MaxFunc(best, func(a, b figure) int { return cmp.Compare(a.value, b.value) }).value
	var r figure
	found := false
	for _, f := range figs {
		if (f.revision && f.anchored || f.own && f.value > top) && !f.published.IsZero() && (!found || f.published.After(r.published)) {
			r, found = f, true
		}
	}
	if !found || slices.ContainsFunc(best, func(b figure) bool { return b.value == r.value }) {
		return figure{}, false
	}
	for _, b := range best {
		if b.published.IsZero() || !r.published.After(b.published) {
			return figure{}, false
		}
	}
	return r, true
}

// storyQualifier says how the story states its figure: as the victim's own
// release does, else as most reports of that figure do. On a tie the hedged
// form wins ("up to" over a bare figure): outlets drop a company's "up to"
// far more often than they add one.
func storyQualifier(group []figure, pick figure) string {
	if pick.own {
		return pick.qualifier
	}
	votes := map[string]int{}
	for _, f := range group {
		if f.value == pick.value && f.qualifier != "" {
			votes[f.qualifier]++
		}
	}
	best, bestVotes := pick.qualifier, 0
	for _, q := range []string{"up_to", "about", "at_least", "exact"} {
		if votes[q] > bestVotes {
			best, bestVotes = q, votes[q]
		}
	}
	return best
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func countOwn(fs []figure) (n int) {
	for _, f := range fs {
		if f.own {
			n++
		}
	}
	return n
}

func countExact(fs []figure) (n int) {
	for _, f := range fs {
		if f.qualifier == "exact" {
			n++
		}
	}
	return n
}

func countValue(fs []figure, v int64) (n int) {
	for _, f := range fs {
		if f.value == v {
			n++
		}
	}
	return n
}

// ownRelease reports whether d comes from one of its victims: the source
// name or host carries the victim's key (Toyota newsroom, global.toyota).
func ownRelease(d Doc) bool {
	outlet := squash(fold(d.Source))
	host := ""
	if u, err := url.Parse(d.URL); err == nil {
		host = u.Hostname()
		outlet += " " + squash(fold(host))
	}
	for _, k := range nameKeys(d) {
		if len(k) >= 3 && strings.Contains(outlet, k) {
			return true
		}
	}
	source := normalize(d.Source)
	for _, v := range d.Victims {
		// "東雲化成工業 ニュース": a Japanese newsroom names its company
		// in kanji, which no reading key of the name matches. (NHK 北海道
		// NEWS WEB, 東京大学新聞オンライン are outlets.)
		v = normalize(v)
		if rest, ok := strings.CutPrefix(source, v); ok && utf8.RuneCountInString(v) >= 3 && !isLatinName(v) && jaNewsroomRestRe.MatchString(rest) {
			return true
		}
	}
	// "Harrowgate newsroom" for Harrowgate Medical Center, "Fujimi IR"
	// for フジミ精機 (fujimiseiki): a newsroom's first name word opening
	// the victim's. (Bleeping Computer is no Computershare's, The
	// Guardian no Guardian Life's: only a newsroom's name counts.)
	if !newsroomRe.MatchString(strings.ToLower(d.Source + " " + d.URL)) {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(d.Source), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	words = append(words, strings.FieldsFunc(strings.ToLower(host), func(r rune) bool { return r == '.' || r == '-' })...)
	for _, k := range nameKeys(d) {
		for _, w := range words {
			if w = squash(fold(w)); len(w) >= 5 && !commonSourceWord[w] && strings.HasPrefix(k, w) {
				return true
			}
		}
	}
	return false
}

// jaNewsroomRestRe is what may follow a company's name in its own
// newsroom's name: nothing, or the newsroom's words (ニュース, お知らせ,
// ニュースリリース, IR情報, 広報).
var jaNewsroomRestRe = regexp.MustCompile(`^[\s・|｜:：-]*(?:(?:株式会社|グループ)?[\s・]*(?:ニュースリリース|プレスリリース|ニュース|お知らせ|新着情報|IR情報|IRニュース|IR|広報|報道発表|ニュースルーム|News|Newsroom|Press)[\s・]*(?:p\d+|\d+)?)?$`)

// newsroomRe finds the words of an organisation's own newsroom in a
// source's name or address: "Harrowgate newsroom", "Fujimi IR", /ir/,
// /press/, ニュースリリース.
var newsroomRe = regexp.MustCompile(`\b(?:newsroom|news ?room|ir|investors?|investor relations|press(?: ?room| releases?)?|media (?:centre|center|room)|notices?)\b|/(?:ir|investors?|press|newsroom|news-?releases?|pressrelease)/|ニュースリリース|プレスリリース|お知らせ|広報|ＩＲ`)

// commonSourceWord are words of outlets' names and hosts that open many
// organisations' names too.
var commonSourceWord = map[string]bool{"international": true, "national": true, "global": true, "daily": true, "security": true, "cyber": true, "health": true, "medical": true, "world": true, "japan": true, "nihon": true, "nippon": true, "united": true, "first": true, "american": true, "british": true}
