package web

import (
	"fmt"
	"html/template"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/microcosm-cc/bluemonday"

	"github.com/breachwire/breachwire/index"
)

// Length limits that keep pages small whatever a scraped page holds.
const (
	maxTitle    = 300
	maxName     = 120
	maxNames    = 12
	maxFragment = 600
	maxSummary  = 500
	maxEvidence = 400
	maxError    = 300
)

// storyView is a story prepared for a template: truncated, formatted, and
// with outbound links vetted.
type storyView struct {
	ID, Path                string
	Title, TitleLang        string
	Victims, Actors         []string
	Records                 string
	Coverage                string
	Languages               []string
	FirstSeen, Updated      string
	Fragment                template.HTML
	Evidence, Aliases       []string
	Articles                []articleView
	Origin                  string
	OriginURL               template.URL
	MoreVictims, MoreActors int
}

// articleView is one article of a story prepared for a template.
type articleView struct {
	Source, Title, Lang, Date string
	URL                       template.URL // empty unless http or https
	RawURL                    string       // shown as text when URL is not safe to link
	Victims, Actors           []string
	Records                   string
	Origin                    bool
	Summary                   string
}

// newStoryView prepares st for display.
func newStoryView(st index.Story) storyView {
	v := storyView{
		ID:        st.ID,
		Path:      "/stories/" + url.PathEscape(st.ID),
		Title:     truncate(orDefault(st.Title, "(untitled)"), maxTitle),
		Records:   formatRecords(st.Records, st.RecordsQualifier),
		Languages: cleanLangs(st.Languages),
		FirstSeen: formatDate(st.FirstSeen),
		Updated:   formatDate(st.Updated),
	}
	v.Victims, v.MoreVictims = names(st.Victims)
	v.Actors, v.MoreActors = names(st.Actors)
	v.Coverage = coverage(st.Articles)
	for _, a := range st.Articles {
		if a.Title == st.Title {
			v.TitleLang = cleanLang(a.Lang)
			break
		}
	}
	return v
}

// newStoryDetail prepares st for its own page, with evidence and articles.
func newStoryDetail(st index.Story) storyView {
	v := newStoryView(st)
	for i, e := range st.Evidence {
		if i == 20 {
			break
		}
		v.Evidence = append(v.Evidence, truncate(e, maxEvidence))
	}
	v.Aliases = st.Aliases
	if u, ok := safeURL(st.Origin); ok {
		v.OriginURL = u
	}
	v.Origin = truncate(st.Origin, maxTitle)
	for _, a := range st.Articles {
		v.Articles = append(v.Articles, newArticleView(a))
	}
	return v
}

func newArticleView(a index.StoryArticle) articleView {
	v := articleView{
		Source:  truncate(orDefault(a.Source, "—"), maxName),
		Title:   truncate(orDefault(a.Title, "(untitled)"), maxTitle),
		Lang:    cleanLang(a.Lang),
		Records: formatRecords(a.Records, ""),
		Origin:  a.Origin,
		Summary: truncate(a.Summary, maxSummary),
	}
	if a.Published != nil {
		v.Date = formatDate(*a.Published)
	}
	v.Victims, _ = names(a.Victims)
	v.Actors, _ = names(a.Actors)
	if u, ok := safeURL(a.URL); ok {
		v.URL = u
	} else {
		v.RawURL = truncate(a.URL, maxTitle)
	}
	return v
}

// safeURL vets a scraped URL for use as a link: only absolute http and
// https URLs pass, so javascript:, data: and the like never become links.
func safeURL(raw string) (template.URL, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	return template.URL(u.String()), true
}

// fragmentPolicy keeps <mark> and drops every other tag and attribute.
var fragmentPolicy = bluemonday.NewPolicy().AllowElements("mark")

// safeFragment sanitises a highlighted fragment down to text and <mark>.
func safeFragment(f string) template.HTML {
	if f == "" {
		return ""
	}
	if len(f) > maxFragment {
		f = cutMarkup(f, maxFragment)
	}
	out := fragmentPolicy.Sanitize(f)
	if open := strings.Count(out, "<mark>") - strings.Count(out, "</mark>"); open > 0 {
		out += strings.Repeat("</mark>", open)
	}
	return template.HTML(out)
}

// cutMarkup shortens HTML text to about n bytes without splitting a tag, an
// entity or a UTF-8 sequence.
func cutMarkup(s string, n int) string {
	s = truncateBytes(s, n)
	if i := strings.LastIndexByte(s, '<'); i > strings.LastIndexByte(s, '>') {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '&'); i > strings.LastIndexByte(s, ';') {
		s = s[:i]
	}
	return s + "…"
}

// truncateBytes cuts s to at most n bytes on a rune boundary.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// truncate shortens s to n runes, marking the cut with an ellipsis.
func truncate(s string, n int) string {
	s = strings.TrimSpace(s)
	i := 0
	for pos := range s {
		if i == n {
			return strings.TrimSpace(s[:pos]) + "…"
		}
		i++
	}
	return s
}

// names truncates a list of names for display and says how many were left out.
func names(in []string) ([]string, int) {
	var out []string
	for i, n := range in {
		if i == maxNames {
			return out, len(in) - maxNames
		}
		out = append(out, truncate(n, maxName))
	}
	return out, 0
}

var qualifiers = map[string]string{"about": "about ", "up_to": "up to ", "at_least": "at least "}

// formatRecords writes a record count with thousands separators and its qualifier.
func formatRecords(n *int64, qualifier string) string {
	if n == nil {
		return ""
	}
	return qualifiers[qualifier] + groupDigits(*n)
}

// groupDigits writes n with comma thousands separators.
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// coverage says how many articles from how many outlets a story has.
func coverage(arts []index.StoryArticle) string {
	outlets := map[string]bool{}
	for _, a := range arts {
		outlets[a.Source] = true
	}
	return fmt.Sprintf("%s from %s", plural(len(arts), "article"), plural(len(outlets), "outlet"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

var langRE = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$`)

// cleanLang returns a language tag fit for a lang attribute, or "".
func cleanLang(l string) string {
	if langRE.MatchString(l) {
		return l
	}
	return ""
}

func cleanLangs(in []string) []string {
	var out []string
	for _, l := range in {
		if c := cleanLang(l); c != "" {
			out = append(out, c)
		}
	}
	return out
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
