package digest

import (
	"bytes"
	"embed"
	htmltemplate "html/template"
	"net/url"
	"strconv"
	"strings"
	texttemplate "text/template"
	"unicode/utf8"

	"github.com/breachwire/breachwire/index"
)

//go:embed templates
var templates embed.FS

var funcs = map[string]any{
	"records": Records,
	"join":    func(xs []string) string { return strings.Join(xs, ", ") },
	"outlets": outlets,
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	},
}

var (
	htmlTmpl = htmltemplate.Must(htmltemplate.New("digest.html").Funcs(funcs).ParseFS(templates, "templates/digest.html"))
	textTmpl = texttemplate.Must(texttemplate.New("digest.txt").Funcs(funcs).ParseFS(templates, "templates/digest.txt"))
)

// view is what the templates see.
type view struct {
	*Digest
	Subject string
	Watched []entryView
	Others  []entryView
}

// entryView is one entry, with the links and summary worked out.
type entryView struct {
	Entry
	// Link is the origin article, StoryLink the story page; each is empty
	// unless it is an http(s) URL.
	Link, StoryLink string
	Summary         string
	Outlets         int
}

// Subject returns the digest's subject line.
func (d *Digest) Subject() string {
	s := "breachwire digest " + d.Date.Format("2006-01-02") + ": "
	if d.Empty() {
		return s + "nothing new"
	}
	return s + strconv.Itoa(d.NewCount) + " new " + pl(d.NewCount, "story", "stories") + ", " + strconv.Itoa(d.UpdatedCount) + " updated"
}

func pl(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Render returns the digest as HTML and as plain text with the same content.
// baseURL, when set, links each story to its page in the web UI.
func Render(d *Digest, baseURL string) (html, text string, err error) {
	v := view{Digest: d, Subject: d.Subject()}
	for _, e := range d.Watched {
		v.Watched = append(v.Watched, newEntryView(e, baseURL))
	}
	for _, e := range d.Others {
		v.Others = append(v.Others, newEntryView(e, baseURL))
	}
	var hb, tb bytes.Buffer
	if err := htmlTmpl.Execute(&hb, v); err != nil {
		return "", "", err
	}
	if err := textTmpl.Execute(&tb, v); err != nil {
		return "", "", err
	}
	return hb.String(), tb.String(), nil
}

func newEntryView(e Entry, baseURL string) entryView {
	v := entryView{Entry: e, Outlets: outlets(&e.Story)}
	origin := headlineArticle(&e.Story)
	if origin == nil {
		origin = originArticle(&e.Story)
	}
	if origin != nil {
		v.Link = safeURL(origin.URL)
		v.Summary = summary(origin.Summary, 280)
	}
	if baseURL != "" {
		v.StoryLink = safeURL(strings.TrimRight(baseURL, "/") + "/stories/" + url.PathEscape(e.Story.ID))
	}
	return v
}

// headlineArticle returns the article whose title the story carries as
// its headline, so that the headline, the link and the summary under it
// speak of one report; nil when none does.
func headlineArticle(s *index.Story) *index.StoryArticle {
	if o := originArticle(s); o != nil && o.Title == s.Title {
		return o // a syndicated copy under the same title is not the report
	}
	for i := range s.Articles {
		if s.Articles[i].Title == s.Title {
			return &s.Articles[i]
		}
	}
	return nil
}

// originArticle returns the story's origin report, or its first article.
func originArticle(s *index.Story) *index.StoryArticle {
	for i := range s.Articles {
		if s.Articles[i].Origin || s.Articles[i].URL == s.Origin {
			return &s.Articles[i]
		}
	}
	if len(s.Articles) > 0 {
		return &s.Articles[0]
	}
	return nil
}

// safeURL returns u when it is an absolute http(s) URL, else "": a scraped
// "javascript:" link must never become a link in the mail.
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// summary cuts text to about max characters at a word or sentence end, as
// the "two lines" of an entry.
func summary(text string, max int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= max {
		return text
	}
	r := []rune(text)[:max]
	cut := string(r)
	if i := strings.LastIndexAny(cut, "。.!?"); i > max/2 {
		return cut[:i+len(string([]rune(cut[i:])[0]))]
	}
	if i := strings.LastIndex(cut, " "); i > max/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// Records writes a story's record figure the way a reader says it, with its
// qualifier: "up to 3.1 million", "about 254,241", "" when unknown.
func Records(n *int64, qualifier string) string {
	if n == nil {
		return ""
	}
	s := humanCount(*n)
	switch qualifier {
	case "up_to":
		return "up to " + s
	case "about":
		return "about " + s
	case "at_least":
		return "at least " + s
	}
	return s
}

// humanCount writes round millions and billions in words (3.1 million) and
// other figures with thousands separators (254,241).
func humanCount(n int64) string {
	for _, u := range []struct {
		div  int64
		name string
	}{{1_000_000_000, "billion"}, {1_000_000, "million"}} {
		if n >= u.div && (n*10)%u.div == 0 {
			return strconv.FormatFloat(float64(n)/float64(u.div), 'f', -1, 64) + " " + u.name
		}
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[0] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
