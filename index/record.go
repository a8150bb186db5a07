package index

import (
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/extract/incident"
	"github.com/breachwire/breachwire/index/merge"
)

// record is what the index keeps of one article: the article as extracted,
// the story it belongs to and its merge keys. It is stored as JSON in the
// article document.
type record struct {
	Article extract.Article `json:"article"`
	Story   string          `json:"story"`
	Keys    []string        `json:"keys,omitempty"`
	VKeys   []string        `json:"vkeys,omitempty"`
	// Added is when the article entered the index.
	Added time.Time `json:"added"`
}

func newRecord(a extract.Article, now time.Time) *record {
	r := &record{Article: a, Added: now}
	d := r.doc()
	r.Keys = merge.Keys(d)
	r.VKeys = merge.VictimKeys(d)
	return r
}

func articleDocID(u string) string { return "a:" + u }
func storyDocID(id string) string  { return "s:" + id }

// published is the article's publication time, zero when unknown.
func (r *record) published() time.Time {
	if p := r.Article.Published; p != nil {
		return p.UTC()
	}
	return time.Time{}
}

// date is when the article appeared: published, else fetched, else added.
func (r *record) date() time.Time {
	a := &r.Article
	switch {
	case a.Published != nil && !a.Published.IsZero():
		return a.Published.UTC()
	case !a.Fetched.IsZero():
		return a.Fetched.UTC()
	}
	return r.Added.UTC()
}

// source is the article's source name, or its host for a page without one.
func (r *record) source() string {
	if r.Article.Source != "" {
		return r.Article.Source
	}
	if u, err := url.Parse(r.Article.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return ""
}

// doc is the article as package merge sees it.
func (r *record) doc() merge.Doc {
	a := &r.Article
	d := merge.Doc{
		URL: a.URL, Title: a.Title, Text: a.Text, Lang: a.Lang, Source: r.source(),
		Victims: a.Victims, Records: a.Records, Actors: a.Actors, Published: r.published(),
	}
	if c := a.Incident.Records; c != nil {
		d.RecordsQualifier = c.Qualifier
	}
	for _, v := range a.Incident.Victims {
		d.Units = append(d.Units, v.Units...)
	}
	if len(a.Incident.Actors) > 0 {
		d.Actors = nil
		for _, at := range a.Incident.Actors {
			switch at.Strength {
			case incident.Stated:
				d.Actors = appendUnique(d.Actors, at.Name)
			case incident.Suspected:
				d.Actors = appendUnique(d.Actors, at.Name)
				d.Suspected = appendUnique(d.Suspected, at.Name)
			}
		}
	}
	return d
}

// fields is the Bleve document of the article.
func (r *record) fields(js string) map[string]interface{} {
	a := &r.Article
	f := map[string]interface{}{
		typeField:     typeArticle,
		fArtURL:       a.URL,
		fArtStory:     r.Story,
		fArtBand:      r.Keys,
		fArtVictimKey: r.VKeys,
		fArtSource:    r.source(),
		fArtLang:      a.Lang,
		fArtVictim:    a.Victims,
		fArtActor:     a.Actors,
		fArtJSON:      js,
	}
	if p := r.published(); !p.IsZero() {
		f[fArtPublished] = p
	}
	spans := make([]string, len(r.VKeys))
	for i, k := range r.VKeys {
		spans[i] = victimBucket(k, r.published())
	}
	f[fArtVictimSpan] = spans
	if !a.Fetched.IsZero() {
		f[fArtFetched] = a.Fetched.UTC()
	}
	if a.Records != nil {
		f[fArtRecords] = float64(*a.Records)
	}
	if c := a.Incident.Records; c != nil {
		f[fArtQualifier] = c.Qualifier
	}
	return f
}

// summaryText is the first lines of the article's text, about limit bytes.
func summaryText(text string, limit int) string {
	text = strings.TrimSpace(leadProse(text))
	if len(text) <= limit {
		return text
	}
	cut := strings.LastIndexAny(text[:limit], "\n。.!?！？")
	if cut < limit/2 {
		cut = limit
		for cut > 0 && !isRuneStart(text[cut]) {
			cut--
		}
		return strings.TrimSpace(text[:cut]) + "…"
	}
	for cut < len(text) && !isRuneStart(text[cut]) {
		cut++
	}
	if cut < len(text) {
		cut++
		for cut < len(text) && !isRuneStart(text[cut]) {
			cut++
		}
	}
	return strings.TrimSpace(text[:cut])
}

// leadProse returns text from its first line of prose when only a
// release's header lines come before it (a date, 各位, the issuer's name,
// its officers, securities code and contact), so a summary tells what
// happened instead of whom to call; text itself otherwise.
func leadProse(text string) string {
	lines := strings.SplitAfter(text, "\n")
	offset := 0
	for i, line := range lines {
		if i >= 15 {
			break
		}
		l := strings.TrimSpace(line)
		last, _ := utf8.DecodeLastRuneInString(l)
		if strings.ContainsRune("。.!?！？", last) ||
			utf8.RuneCountInString(l) >= 30 && strings.ContainsAny(l, "。．.!?！？") && !strings.HasPrefix(l, "（") {
			// (A line that ends as a sentence does, however short:
			// "Crestline Mutual was hacked.")
			if i == 0 {
				return text
			}
			return text[offset:]
		}
		if utf8.RuneCountInString(l) > 60 {
			// A long line without a sentence's end is prose of its
			// own (a headline, a table row); keep the text whole.
			return text
		}
		offset += len(line)
	}
	return text
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func appendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
