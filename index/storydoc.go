package index

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/index/merge"
	"golang.org/x/text/unicode/norm"
)

// Limits on what a story document holds, so one huge story cannot make
// every later update of it slow.
const (
	maxStoryText = 128 << 10 // bytes of article text per language
	// maxArticleText is the most of one article's text a story document
	// holds: highlighting a hit costs more than the square of a field's
	// length in matched terms, and a 1.7 MB page made one search take a
	// minute. Facts are read from the first 256 KB (incident.MaxText).
	maxArticleText = 64 << 10
	maxEvidence    = 12
	summaryLimit   = 400
	monthFormat    = "2006-01"
	storyIDHexSize = 16
)

// buildStory summarises the articles of one story; prepared gives an
// article's merge features (the plan keeps them), nil prepares them afresh;
// spell are the victim spellings learned from other stories (nil: none).
func buildStory(id string, recs []*record, aliases []string, changed time.Time, prepared func(*record) *merge.Prepared, spell spellings) *Story {
	sortRecords(recs)
	if prepared == nil {
		prepared = func(r *record) *merge.Prepared { return merge.Prepare(r.doc()) }
	}
	prep := make([]*merge.Prepared, len(recs))
	for i, r := range recs {
		prep[i] = prepared(r)
	}
	sum := merge.SummarizePrepared(prep)
	victims := sum.Victims
	if !latinVictimArticle(recs) {
		// A story none of whose reports spells the victim in Latin
		// letters takes the spelling learned from the company's other
		// stories; one that has such a report decides for itself, so
		// the order the reports came in does not.
		victims = spell.respell(victims)
	}
	st := &Story{
		ID: id, Title: sum.Title, Victims: nonNil(victims), Records: sum.Records,
		Actors: nonNil(sum.Actors), FirstSeen: sum.FirstSeen.UTC(), Updated: sum.Updated.UTC(),
		Languages: nonNil(sum.Languages), RecordsQualifier: sum.RecordsQualifier,
		Origin: sum.Origin, Aliases: aliases, Changed: changed.UTC(),
	}
	if st.Records == nil {
		st.RecordsQualifier = ""
	}
	for _, r := range recs {
		d := r.date()
		if sum.FirstSeen.IsZero() && (st.FirstSeen.IsZero() || d.Before(st.FirstSeen)) {
			st.FirstSeen = d
		}
		if sum.Updated.IsZero() && d.After(st.Updated) {
			st.Updated = d
		}
	}
	if st.Title == "" && len(recs) > 0 {
		st.Title = recs[0].Article.Title
	}
	for _, r := range recs {
		a := r.Article
		sa := StoryArticle{
			URL: a.URL, Source: r.source(), Title: a.Title, Lang: a.Lang, Published: a.Published,
			Victims: nonNil(merge.StorySpelling(a.Victims, st.Victims)), Records: a.Records, Actors: nonNil(a.Actors),
			Origin: a.URL == st.Origin, Summary: summaryText(a.Text, summaryLimit),
		}
		if !slices.Equal(sa.Victims, nonNil(a.Victims)) {
			sa.VictimsWritten = a.Victims
		} else if w := scriptSpellings(&a); len(w) > 0 {
			sa.VictimsWritten = w
		}
		st.Articles = append(st.Articles, sa)
	}
	st.Evidence = evidence(st, recs)
	return st
}

// sortRecords orders articles by date, then URL, so a story reads the same
// whatever order its articles arrived in.
func sortRecords(recs []*record) {
	sort.Slice(recs, func(i, j int) bool {
		di, dj := recs[i].date(), recs[j].date()
		if !di.Equal(dj) {
			return di.Before(dj)
		}
		return recs[i].Article.URL < recs[j].Article.URL
	})
}

// evidence collects the sentences behind the story's victims, records and actors.
func evidence(st *Story, recs []*record) []string {
	var out []string
	want := map[string]bool{}
	for _, v := range st.Victims {
		want[v] = true
	}
	for _, a := range st.Actors {
		want[a] = true
	}
	for _, r := range recs {
		f := r.Article.Incident
		for _, v := range f.Victims {
			if want[v.Name] {
				out = appendUnique(out, v.Evidence)
			}
		}
		if f.Records != nil && st.Records != nil && f.Records.Value == *st.Records {
			out = appendUnique(out, f.Records.Evidence)
		}
		for _, a := range f.Actors {
			if want[a.Name] {
				out = appendUnique(out, a.Evidence)
			}
		}
		if len(out) >= maxEvidence {
			return out[:maxEvidence]
		}
	}
	return out
}

// storyFields is the Bleve document of a story; js is the story's JSON.
func storyFields(st *Story, recs []*record, js string) map[string]interface{} {
	f := map[string]interface{}{
		typeField:  typeStory,
		fStoryID:   st.ID,
		fAlias:     st.Aliases,
		fVictim:    st.Victims,
		fActor:     st.Actors,
		fLang:      st.Languages,
		fFirstSeen: st.FirstSeen,
		fUpdated:   st.Updated,
		fChanged:   st.Changed,
		fMonth:     st.FirstSeen.UTC().Format(monthFormat),
		fStoryJSON: js,
	}
	if st.Records != nil {
		f[fRecords] = float64(*st.Records)
		f[fQualifier] = st.RecordsQualifier
	}
	var titlesEN, titlesJA, textEN, textJA, sources, urls []string
	// A victim: query finds the victims of the story and of its articles.
	vkeys := victimNameKeys(st.Victims)
	var published []interface{}
	sizeEN, sizeJA := 0, 0
	for _, r := range recs {
		a := &r.Article
		title, text := norm.NFKC.String(a.Title), norm.NFKC.String(cutText(a.Text, maxArticleText))
		if isJapanese(a.Lang) {
			titlesJA = append(titlesJA, title)
			if sizeJA < maxStoryText {
				text = cutText(text, maxStoryText-sizeJA)
				textJA, sizeJA = append(textJA, text), sizeJA+len(text)
			}
		} else {
			titlesEN = append(titlesEN, title)
			if sizeEN < maxStoryText {
				text = cutText(text, maxStoryText-sizeEN)
				textEN, sizeEN = append(textEN, text), sizeEN+len(text)
			}
		}
		sources = appendUnique(sources, r.source())
		urls = append(urls, a.URL)
		for _, k := range victimNameKeys(append(slices.Clone(a.Victims), scriptSpellings(a)...)) {
			vkeys = appendUnique(vkeys, k)
		}
		published = append(published, r.date())
	}
	f[fTitleEN], f[fTitleJA], f[fTextEN], f[fTextJA] = titlesEN, titlesJA, textEN, textJA
	f[fTitleJG], f[fTextJG] = titlesJA, textJA
	f[fSource], f[fURL], f[fVictimKey] = sources, urls, vkeys
	skeys := make([]string, len(sources))
	for i, src := range sources {
		skeys[i] = sourceKey(src)
	}
	f[fSourceKey] = skeys
	f[fFacet] = facetValues(st, sources)
	f[fPublished] = published
	return f
}

// scriptSpellings returns how a report wrote, in Japanese script, the
// victims it names in Latin letters: クレストライン・ミューチュアル for
// Crestline Mutual. A victim: query in that spelling finds the story, and
// the article shows it as its own spelling.
func scriptSpellings(a *extract.Article) []string {
	var out []string
	for _, v := range a.Incident.Victims {
		if v.Mention != "" && len(v.Units) == 0 && hasJapaneseScript(v.Mention) && !hasJapaneseScript(v.Name) {
			// (A mention that names a unit, トヨタ東京販売 for Toyota, is
			// the unit's spelling, not the victim's.)
			out = appendUnique(out, v.Mention)
		}
	}
	return out
}

// hasJapaneseScript reports whether s holds kana or kanji.
func hasJapaneseScript(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// isJapanese reports whether lang is a Japanese language code.
func isJapanese(lang string) bool { return strings.HasPrefix(strings.ToLower(lang), "ja") }

// facetValues are the story's values of every facet in one field, each
// prefixed with its facet's name: reading one field per hit instead of
// five makes facet counting several times faster.
func facetValues(st *Story, sources []string) []string {
	var out []string
	add := func(facet string, values ...string) {
		for _, v := range values {
			if v != "" {
				out = append(out, facet+":"+v)
			}
		}
	}
	add(facetVictims, st.Victims...)
	add(facetActors, st.Actors...)
	add(facetSources, sources...)
	add(facetLanguages, st.Languages...)
	add(facetMonths, st.FirstSeen.UTC().Format(monthFormat))
	return out
}

// latinVictimArticle reports whether one of the records names a victim in
// Latin letters.
func latinVictimArticle(recs []*record) bool {
	for _, r := range recs {
		for _, v := range r.Article.Victims {
			if merge.IsLatinName(v) {
				return true
			}
		}
	}
	return false
}

// cutText returns s cut to at most n bytes, on a rune boundary.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// sourceKey is the key a source's whole name is found by: folded to one
// width and lower case, its spaces collapsed ("ＩＴ　Ｗｉｒｅ" is "it wire").
func sourceKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFKC.String(name))), " ")
}
