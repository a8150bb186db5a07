package extract

import (
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedMetaKeys are <meta> names and properties that carry the date of
// first publication, most specific first.
var publishedMetaKeys = []string{
	"date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
	"dc.date", "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created",
	"dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
	"citation_date", "original-publish-date", "og:published_time", "release_date",
}

// Windows around the title inside which an in-page date is taken to be the
// article's own; further away it more likely belongs to a sidebar or the body.
const (
	dateWindowBefore = 600
	dateWindowAfter  = 1500
)

// findPublished returns the publication date: JSON-LD datePublished,
// article:published_time, a <time> in the article, other date <meta>s, the
// feed's date, then a date written next to the title. nil when none is found.
func findPublished(doc *goquery.Document, m pageMeta, hint time.Time, title string) *time.Time {
	loc := pageZone(doc, m)
	var cands []string
	for _, obj := range m.jsonLD {
		if isArticleType(obj) {
			cands = append(cands, jsonString(obj, "datePublished"))
		}
	}
	for _, obj := range m.jsonLD {
		cands = append(cands, jsonString(obj, "datePublished"))
	}
	cands = append(cands, metaContent(doc, "article:published_time", "datePublished", "article.published"))
	cands = append(cands, articleTimes(doc)...)
	cands = append(cands, metaContent(doc, publishedMetaKeys...))
	for _, c := range cands {
		if t, ok := parseDateTime(c, loc); ok {
			return utc(t)
		}
	}
	if !hint.IsZero() {
		return utc(hint)
	}
	if t, ok := dateNearTitle(doc, title, loc); ok {
		return utc(t)
	}
	return nil
}

func utc(t time.Time) *time.Time {
	u := t.UTC()
	return &u
}

// articleTimes returns the datetime values of <time> elements, those marked
// as the publication time first, skipping any inside page furniture.
func articleTimes(doc *goquery.Document) []string {
	var marked, plain []string
	doc.Find("time").Each(func(_ int, s *goquery.Selection) {
		if inBoilerplate(s) {
			return
		}
		v := s.AttrOr("datetime", "")
		if v == "" {
			v = cleanSpace(s.Text())
		}
		_, pub := s.Attr("pubdate")
		if pub || strings.EqualFold(s.AttrOr("itemprop", ""), "datePublished") {
			marked = append(marked, v)
		} else {
			plain = append(plain, v)
		}
	})
	return append(marked, plain...)
}

// pageZone returns the zone of the page's machine-readable timestamps, so a
// bare date can be read as midnight where the page lives; UTC when unknown.
func pageZone(doc *goquery.Document, m pageMeta) *time.Location {
	var vals []string
	for _, obj := range m.jsonLD {
		vals = append(vals, jsonString(obj, "datePublished"), jsonString(obj, "dateModified"))
	}
	vals = append(vals, metaContent(doc, "article:published_time", "article:modified_time", "og:updated_time"))
	doc.Find("time[datetime]").Each(func(_ int, s *goquery.Selection) { vals = append(vals, s.AttrOr("datetime", "")) })
	for _, v := range vals {
		for _, l := range timeLayouts[:7] {
			if t, err := time.Parse(l, strings.TrimSpace(v)); err == nil {
				return t.Location()
			}
		}
	}
	return time.UTC
}

// dateNearTitle finds the human-written date closest to the article title in
// the page's visible text, within a window around the title.
func dateNearTitle(doc *goquery.Document, title string, loc *time.Location) (time.Time, bool) {
	if len(doc.Nodes) == 0 {
		return time.Time{}, false
	}
	text, hStart, hEnd := flattenWithHeading(doc.Nodes[0])
	text = foldWidth(text)
	if hStart < 0 {
		if i := strings.Index(text, foldWidth(title)); title != "" && i >= 0 {
			hStart, hEnd = i, i+len(foldWidth(title))
		} else {
			hStart, hEnd = 0, 0
		}
	}
	dates, _ := findDates(text, loc)
	best, bestDist := time.Time{}, -1
	for _, d := range dates {
		var dist int
		switch {
		case d.end <= hStart:
			dist = (hStart - d.end) * dateWindowAfter / dateWindowBefore
			if hStart-d.end > dateWindowBefore {
				continue
			}
		case d.start >= hEnd:
			dist = d.start - hEnd
			if dist > dateWindowAfter {
				continue
			}
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = d.t, dist
		}
	}
	return best, bestDist >= 0
}

// flattenWithHeading returns the visible text of the page outside its
// furniture, and the byte span of the first <h1> in it (-1 when none).
// Positions are those of the width-folded text, which keeps ASCII offsets.
func flattenWithHeading(root *html.Node) (string, int, int) {
	var b strings.Builder
	hStart, hEnd := -1, -1
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(foldWidth(n.Data))
			return
		}
		if n.Type == html.ElementNode && (skipAtoms[n.DataAtom] || isBoilerplate(n)) {
			return
		}
		isH1 := n.Type == html.ElementNode && n.DataAtom == atom.H1 && hStart < 0
		if isH1 {
			hStart = b.Len()
		}
		b.WriteByte(' ')
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		b.WriteByte(' ')
		if isH1 {
			hEnd = b.Len()
		}
	}
	walk(root)
	return b.String(), hStart, hEnd
}
