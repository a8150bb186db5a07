package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedMetaKeys are <meta> names and properties that carry the date of
// first publication, most specific first.
var publishedMetaKeys = []string{
	"date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
	"dc.date", "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created",
	"dcterms.date", "sailthru.date", "parsely-pub-date", "citation_online_date", "citation_publication_date",
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
// feed's date (unless the page's dateline is earlier and labels the feed's
// day a revision), then a date written next to the title. nil when none is
// found.
func findPublished(doc *goquery.Document, m pageMeta, hint time.Time, title string) *time.Time {
	loc := pageZone(doc, m)
	order := &dateOrder{doc: doc, m: m}
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
	cands = append(cands, microdataPublished(doc)...)
	cands = append(cands, metaContent(doc, publishedMetaKeys...))
	cands = append(cands, hAtomUpdated(doc)...)
	for _, c := range cands {
		if t, ok := parseDateTimeOrdered(c, loc, order); ok {
			if !strings.Contains(c, ":") {
				// <meta name="date" content="2026-05-27"> over
				// 「2026年05月27日 07時00分 公開」: the text's time of
				// the same day is the finer one.
				if n, ok := dateNearTitle(doc, title, loc, order); ok && sameDay(n, t) && (n.Hour() != 0 || n.Minute() != 0) {
					return utc(n)
				}
			}
			return utc(t)
		}
	}
	if !hint.IsZero() {
		if t, ok, own, revisions := datedNearTitle(doc, title, loc, order); ok && own && t.Before(hint) && !sameDay(t, hint) && hint.Sub(t) <= maxFeedLag &&
			slices.ContainsFunc(revisions, func(r time.Time) bool { return sameDay(r, hint.In(r.Location())) }) {
			// A feed's date may be the item's last update (an RDF
			// dc:date of 10-10 over an alert 公開 10-03, 更新 10-10):
			// when the page labels the feed's day as its revision, its
			// own dateline, earlier, is its publication, as extract
			// reads it without the feed.
			return utc(t)
		}
		return utc(hint)
	}
	if t, ok := filingDate(loc, order); ok {
		return utc(t)
	}
	if t, ok := dateNearTitle(doc, title, loc, order); ok {
		return utc(t)
	}
	return nil
}

// maxFeedLag bounds how much earlier than its feed's date a page's own
// dateline may be and still be taken over it (see findPublished).
const maxFeedLag = 90 * 24 * time.Hour

// filingDate returns the date an SEC filing shown as a bare page (an 8-K
// from EDGAR) was signed, "Date: April 1, 2024" in its signature block: the
// day it was made public, not the day of the incident its text tells first
// (nor its cover's "Date of earliest event reported").
func filingDate(loc *time.Location, order *dateOrder) (time.Time, bool) {
	text := order.bodyText()
	if !secFilingRe.MatchString(text) {
		return time.Time{}, false
	}
	if ms := signedDateRe.FindAllStringSubmatch(text, -1); len(ms) > 0 {
		if ds, ok := findDatesOrdered(ms[len(ms)-1][1], loc, order); ok {
			return ds[0].t, true
		}
	}
	return time.Time{}, false
}

// secFilingRe finds the cover of an SEC form; signedDateRe the date of its
// signature block ("INC.Date: April 1, 2024", not "Event Date:").
var (
	secFilingRe  = regexp.MustCompile(`(?i)SECURITIES AND EXCHANGE COMMISSION[\s\S]{0,400}?FORM (?:8-K|6-K|10-Q|10-K)`)
	signedDateRe = regexp.MustCompile(`(?:^|[^A-Za-z\s])\s*Date:\s*((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})`)
)

// sameDay reports whether two times fall on one calendar day as written.
func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.Month() == b.Month() && a.Day() == b.Day()
}

func utc(t time.Time) *time.Time {
	u := t.UTC()
	return &u
}

// hAtomUpdated returns hAtom's <abbr class="updated" title="…">, which a
// blog without a published mark writes its post's time in; it stands
// after every mark of publication.
func hAtomUpdated(doc *goquery.Document) []string {
	var out []string
	doc.Find(`abbr.updated[title]`).Each(func(_ int, s *goquery.Selection) {
		out = append(out, strings.TrimSpace(s.AttrOr("title", "")))
	})
	return out
}

// microdataPublished returns the publication times marked up outside
// <meta> and <time>: an element with itemprop="datePublished" (its
// content, datetime or title), hAtom's <abbr class="published"
// title="…">, as Blogger and older CMSs write them, or a link
// aggregator's <span class="age" title="2026-06-30T17:04:11">.
func microdataPublished(doc *goquery.Document) []string {
	var out []string
	doc.Find(`[itemprop="datePublished"], abbr.published, .published[title], abbr.dtstart, .age[title], .timestamp[title], .posted[title]`).Each(func(_ int, s *goquery.Selection) {
		if goquery.NodeName(s) == "meta" || goquery.NodeName(s) == "time" {
			return // read with the meta tags and <time> elements
		}
		for _, attr := range []string{"content", "datetime", "title"} {
			if v := strings.TrimSpace(s.AttrOr(attr, "")); v != "" {
				out = append(out, v)
				return
			}
		}
		out = append(out, cleanSpace(s.Text()))
	})
	return out
}

// articleTimes returns the datetime values of <time> elements, those marked
// as the publication time first (pubdate, itemprop, a "Release Date"
// label), one labelled as the last revision last, skipping any inside page
// furniture. In a timeline (three or more of one class) labels say what
// each update was, not which is the page's date.
func articleTimes(doc *goquery.Document) []string {
	type stamp struct {
		v, class string
		marked   bool
		role     int
	}
	var stamps []stamp
	classes := map[string]int{}
	// relative-time and local-time are the custom elements code hosts
	// write their dates in, with the same datetime attribute.
	doc.Find("time, relative-time, local-time").Each(func(_ int, s *goquery.Selection) {
		if inBoilerplate(s) && s.Closest("article").Length() == 0 {
			// An article's own <footer> ("Submitted by … on <time>")
			// holds its date; the page's furniture does not.
			return
		}
		v := s.AttrOr("datetime", "")
		if v == "" {
			v = cleanSpace(s.Text())
		}
		_, pub := s.Attr("pubdate")
		st := stamp{v: v, class: s.AttrOr("class", ""), marked: pub || strings.EqualFold(s.AttrOr("itemprop", ""), "datePublished"), role: timeRole(s)}
		if st.class != "" {
			classes[st.class]++
		}
		stamps = append(stamps, st)
	})
	timeline := false
	for _, n := range classes {
		timeline = timeline || n >= 3
	}
	var marked, plain, revised []string
	classOf := map[int]string{} // plain index → the <time>'s class
	for _, st := range stamps {
		switch {
		case st.marked || !timeline && st.role == roleReleased:
			marked = append(marked, st.v)
		case !timeline && st.role == roleRevised:
			revised = append(revised, st.v)
		default:
			classOf[len(plain)] = st.class
			plain = append(plain, st.v)
		}
	}
	// A social post's <abbr data-utime="1772572320" title="…">March 3
	// at 4:12 PM</abbr>: the Unix time of the post.
	doc.Find("abbr[data-utime]").Each(func(_ int, s *goquery.Selection) {
		if inBoilerplate(s) {
			return
		}
		if sec, err := strconv.ParseInt(strings.TrimSpace(s.AttrOr("data-utime", "")), 10, 64); err == nil && sec > 0 {
			if t := time.Unix(sec, 0).UTC(); plausibleYear(t.Year()) {
				plain = append(plain, t.Format(time.RFC3339))
			}
		}
	})
	return append(append(marked, timelineFirst(plain, classOf)...), revised...)
}

// Roles of a <time> element, as its markup or its label says.
const (
	roleNone = iota
	roleReleased
	roleRevised
)

var (
	// timeRevisedRe and timeReleasedRe find the words of a label or a
	// class that call a time the last revision or the release: "Last
	// Revised", "field-last-updated", 更新日; "Release Date", 公開日.
	timeRevisedRe  = regexp.MustCompile(`(?i)updat|modifi|revis|edited|更新|改訂|修正`)
	timeReleasedRe = regexp.MustCompile(`(?i)publish|releas|posted|issued|公開|掲載|発表|配信|投稿|発行`)
)

// timeRole reads what a <time> stands for from its own class and those of
// its two nearest ancestors, and from a short label beside it in them
// ("Last Revised" May 09, "Release Date" May 07). A time marked both ways
// ("Published … updated") has no role.
func timeRole(s *goquery.Selection) int {
	var words []string
	words = append(words, s.AttrOr("class", ""))
	own := cleanSpace(s.Text())
	ownInk := inkRunes(own, -1)
	for p, depth := s.Parent(), 0; p.Length() > 0 && depth < 2; p, depth = p.Parent(), depth+1 {
		words = append(words, p.AttrOr("class", ""), p.AttrOr("id", ""))
		// A label is at most 40 runes, so a parent with more ink than
		// the <time> and 40 runes holds none; telling that without
		// reading all its text keeps a list of thousands of dated
		// items (an archive, a comment thread) linear.
		if p.Length() == 1 && nodeInk(p.Get(0), ownInk+maxTimeLabel+1) > ownInk+maxTimeLabel {
			continue
		}
		if label := strings.Replace(cleanSpace(p.Text()), own, " ", 1); utf8.RuneCountInString(label) <= maxTimeLabel {
			words = append(words, label)
		}
	}
	w := strings.Join(words, " ")
	revised, released := timeRevisedRe.MatchString(w), timeReleasedRe.MatchString(w)
	switch {
	case revised && !released:
		return roleRevised
	case released && !revised:
		return roleReleased
	}
	return roleNone
}

// maxTimeLabel is the longest text, in runes, besides a <time>'s own that
// its parent or grandparent may hold to be read as the time's label.
const maxTimeLabel = 40

// inkRunes counts the runes of s that are not white space, stopping once
// the count passes limit (limit < 0: no limit).
func inkRunes(s string, limit int) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
			if limit >= 0 && n > limit {
				break
			}
		}
	}
	return n
}

// nodeInk counts the non-space runes of the text under n, stopping once the
// count passes limit.
func nodeInk(n *html.Node, limit int) int {
	total := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			total += inkRunes(n.Data, limit-total)
			return total <= limit
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(n)
	return total
}

// timelineFirst puts first, in an incident timeline (three or more <time>s
// of one class, as a status page lists its updates newest first), the
// earliest entry: the incident was first published then.
func timelineFirst(plain []string, classOf map[int]string) []string {
	if len(plain) < 3 || classOf[0] == "" {
		return plain
	}
	earliest, at, n := time.Time{}, -1, 0
	for i, v := range plain {
		if classOf[i] != classOf[0] {
			continue
		}
		n++
		if t, ok := parseDateTime(v, time.UTC); ok && (at < 0 || t.Before(earliest)) {
			earliest, at = t, i
		}
	}
	if n < 3 || at <= 0 {
		return plain
	}
	out := append([]string{plain[at]}, plain[:at]...)
	return append(out, plain[at+1:]...)
}

// pageZone returns the zone of the page's machine-readable timestamps, so a
// bare date can be read as midnight where the page lives; when they give
// none, japaneseDates for a page in Japanese, else UTC.
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
	if strings.HasPrefix(strings.ToLower(m.htmlLang), "ja") || hasKana(m.htmlTitle) {
		return japaneseDates
	}
	return time.UTC
}

// dateOrder tells, once asked, whether a page writes dates in figures day
// first; reading the whole page for it waits until a date in figures could
// be read either way. It reads the page's text once for every date rule
// that needs it.
type dateOrder struct {
	doc             *goquery.Document
	m               pageMeta
	text            *string
	known, dayFirst bool
}

func (o *dateOrder) isDayFirst() bool {
	if o == nil {
		return false
	}
	if !o.known {
		o.dayFirst, o.known = writesDayFirst(o.bodyText(), o.doc, o.m), true
	}
	return o.dayFirst
}

// bodyText returns the page's visible text, width-folded.
func (o *dateOrder) bodyText() string {
	if o.text == nil {
		t := foldWidth(o.doc.Find("body").Text())
		o.text = &t
	}
	return *o.text
}

// writesDayFirst reports whether the page, whose width-folded text is
// text, writes a date in figures day first ("02/04/2024" for 2 April), as
// most of the world outside the US does. What the page's own dates show decides: one whose first figure
// cannot be a month ("22/04/2024") or whose second cannot ("04/22/2024").
// Without such a date, the page's locale decides (en-GB, en-AU, fr-FR…
// day first; en-US month first), then how it writes dates in words ("2
// April 2024" against "April 2, 2024"). A page that shows nothing of the
// kind is read month first.
func writesDayFirst(text string, doc *goquery.Document, m pageMeta) bool {
	var day, month int
	for _, g := range figureDateRe.FindAllStringSubmatch(text, 200) {
		a, b := atoi(g[1]), atoi(g[3])
		switch {
		case g[2] != g[4]:
		case a > 12 && a <= 31 && b <= 12:
			day++
		case b > 12 && b <= 31 && a <= 12:
			month++
		}
	}
	if day != month {
		return day > month
	}
	for _, l := range []string{m.htmlLang, metaContent(doc, "og:locale", "language", "content-language", "dc.language"), httpEquiv(doc, "content-language")} {
		if first, ok := localeDayFirst(l); ok {
			return first
		}
	}
	return len(dayMonthWordsRe.FindAllStringIndex(text, 50)) > len(monthDayWordsRe.FindAllStringIndex(text, 50))
}

// figureDateRe finds a date in figures with the year last: 22/04/2024,
// 04-22-2024.
var figureDateRe = regexp.MustCompile(`\b(\d{1,2})([/-])(\d{1,2})([/-])\d{4}\b`)

// dayMonthWordsRe and monthDayWordsRe find dates in words written day
// first ("2 April 2024") and month first ("April 2, 2024").
var (
	dayMonthWordsRe = regexp.MustCompile(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b`)
	monthDayWordsRe = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`)
)

// httpEquiv returns the content of <meta http-equiv="name">.
func httpEquiv(doc *goquery.Document, name string) string {
	v := ""
	doc.Find("meta[http-equiv]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if strings.EqualFold(strings.TrimSpace(s.AttrOr("http-equiv", "")), name) {
			v = strings.TrimSpace(s.AttrOr("content", ""))
			return false
		}
		return true
	})
	return v
}

// localeDayFirst reads a locale tag ("en-GB", "en_US", "fr"): ok is false
// when it does not say how dates in figures are written.
func localeDayFirst(tag string) (dayFirst, ok bool) {
	tag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	lang, region, _ := strings.Cut(tag, "-")
	if len(region) > 2 {
		region = "" // a script ("zh-hant"), not a country
	}
	switch {
	case lang == "":
		return false, false
	case region == "us" || region == "ph" || region == "fm" || region == "mh" || region == "pw":
		return false, true
	case lang == "en" && region == "":
		return false, false // no country: no telling
	case lang == "en" && region == "ca":
		return false, false // Canada writes both
	case lang == "ja" || lang == "zh" || lang == "ko" || lang == "hu" || lang == "lt":
		return false, false // year first
	}
	return true, true
}

// hasKana reports hiragana or katakana in s, which only Japanese writes.
func hasKana(s string) bool {
	for _, r := range s {
		if r >= 'ぁ' && r <= 'ヺ' {
			return true
		}
	}
	return false
}

// dateNearTitle finds the human-written date closest to the article title in
// the page's visible text, within a window around the title; order tells
// whether "02/04/2024" is 2 April.
func dateNearTitle(doc *goquery.Document, title string, loc *time.Location, order *dateOrder) (time.Time, bool) {
	t, ok, _, _ := datedNearTitle(doc, title, loc, order)
	return t, ok
}

// datedNearTitle is dateNearTitle that also says whether the page marks
// the date it returns as its own (labelled as the publication date, 公開日,
// "Published:", or in an element classed as a dateline), and gives the
// dates near the headline the page labels as revisions (更新日, "Updated").
func datedNearTitle(doc *goquery.Document, title string, loc *time.Location, order *dateOrder) (_ time.Time, _ bool, own bool, revisions []time.Time) {
	if len(doc.Nodes) == 0 {
		return time.Time{}, false, false, nil
	}
	var marked [][2]int
	text, hStart, hEnd := flattenWithHeading(doc.Nodes[0], &marked, title)
	text = foldWidth(text)
	if hStart < 0 {
		if i := strings.Index(text, foldWidth(title)); title != "" && i >= 0 {
			hStart, hEnd = i, i+len(foldWidth(title))
		} else {
			hStart, hEnd = 0, 0
		}
	}
	if ms := creditDateRe.FindAllStringSubmatch(text, -1); len(ms) > 0 && !revisedNameRe.MatchString(ms[len(ms)-1][1]) {
		// （Security NEXT - 2026/11/25 ）: the outlet's credit line that
		// closes the article dates it, wherever it stands; the last one
		// is the article's own (an earlier one may be a source it cites).
		if ds, _ := findDatesOrdered(ms[len(ms)-1][2], loc, order); len(ds) == 1 {
			return ds[0].t, true, false, nil
		}
	}
	dates, _ := findDatesOrdered(text, loc, order)
	best, bestDist, bestRevised, bestMarked := time.Time{}, -1, false, false
	shown, shownDist := time.Time{}, -1 // the closest dated-element date not labelled a revision
	plain, plainDist := time.Time{}, -1 // the closest date outside a sentence not labelled a revision
	for _, d := range dates {
		var dist int
		labelled := publishedLabelRe.MatchString(text[max(0, d.start-30):d.start])
		switch {
		case d.end <= hStart:
			dist = (hStart - d.end) * dateWindowAfter / dateWindowBefore
			if hStart-d.end > dateWindowBefore && !(labelled && hStart-d.end <= 2*dateWindowBefore) {
				// (A date labelled as the filing's or the post's may
				// head a cover page twice as long.)
				continue
			}
		case d.start >= hEnd:
			dist = d.start - hEnd
			if dist > dateWindowAfter {
				continue
			}
		}
		if earlierNoticeDateRe.MatchString(text[d.end:min(len(text), d.end+40)]) {
			// 2026年10月2日付「…に関するお知らせ」: the date of an earlier
			// notice the page refers to.
			continue
		}
		if eventDateLabelRe.MatchString(text[max(0, d.start-60):d.start]) {
			// "Date(s) Breach Occurred 01/04/2027", 発生日: when the
			// incident happened, a form's field, not the page's date.
			continue
		}
		revised := revisedDateBeforeRe.MatchString(text[max(0, d.start-24):d.start]) || revisedDateAfterRe.MatchString(text[d.end:min(len(text), d.end+24)])
		if revised {
			revisions = append(revisions, d.t)
		}
		if labelled {
			// "Filing Date Mar 3, 2026": the page says which date is its
			// own, ahead of any date its sentences tell.
			dist /= 10
		}
		if inSpans(d.start, marked) {
			// A date in an element classed as one ("r-date",
			// "entry-date") is the page's dateline.
			dist /= 8
		} else if inSentence(text, d) && !labelled {
			// 2025年9月8日、当社の…: when something happened, not when
			// the page was published.
			dist = dist*4 + 200
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist, bestRevised, bestMarked = d.t, dist, revised, labelled || inSpans(d.start, marked)
		}
		if !revised && inSpans(d.start, marked) && (shownDist < 0 || dist < shownDist) {
			shown, shownDist = d.t, dist
		}
		if !revised && !inSentence(text, d) && dist <= 300 && (plainDist < 0 || dist < plainDist) {
			plain, plainDist = d.t, dist
		}
	}
	if bestRevised && shownDist >= 0 {
		// 公開日 2026年3月4日 更新日 2026年3月5日, 2026-03-04（新規）
		// 2026-03-06（更新）: the dateline's revision is no publication
		// when the dateline gives another date; alone, it is the page's.
		return shown, true, true, revisions
	}
	if bestRevised && plainDist >= 0 && plain.Before(best) {
		// 最終更新: 2026-12-02 over a document table's 2026-11-30 right
		// under the headline: a revision comes after the publication
		// an earlier date beside the headline gives.
		return plain, true, false, revisions
	}
	return best, bestDist >= 0, bestMarked && !bestRevised, revisions
}

// publishedLabelRe ends the label of the date a page was published or
// filed, opening its line or its table cell, or ending on a colon: "Filing Date",
// "Published:", "Release date", 公開日, 掲載日 (not "the advisory,
// published on", a sentence's).
var publishedLabelRe = regexp.MustCompile(`(?i)(?:^|[\n|｜•·]\s*|\s{2,}|\t)(?:filing date|date filed|filed on|published(?: on)?|publication date|release date|date released|posted(?: on)?|date posted|公開日|掲載日|発表日|発行日|公表日)\s*[:：]?\s*$|\b(?:filed|published|posted|released)\s*[:：]\s*$`)

// creditDateRe finds the credit line a Japanese outlet closes its article
// with, its name and the date in brackets: （Security NEXT - 2026/11/25 ）.
var creditDateRe = regexp.MustCompile(`[（(]\s*([^\s（）()\n][^（）()\n]{1,40}?)\s[-–—]\s+((?:19|20)\d\d/\d{1,2}/\d{1,2})\s*[)）]`)

// revisedNameRe finds a revision's label where a credit line's outlet
// would stand: (Last updated - 2026/12/02).
var revisedNameRe = regexp.MustCompile(`(?i)updat|revis|modif|更新|改訂|修正`)

// revisedDateBeforeRe ends the label of a date of revision (更新日,
// "Updated"); revisedDateAfterRe follows one in brackets ((更新)). A bare
// 更新 after a date is the next date's label, not this one's.
var (
	revisedDateBeforeRe = regexp.MustCompile(`(?i)(?:updated|modified|revised|last edited|更新日?|最終更新日?|改訂日?|修正日?|更新日時)\s*(?:on|at)?\s*[:：]?\s*$`)
	revisedDateAfterRe  = regexp.MustCompile(`(?i)^\s*[（(]\s*(?:更新|改訂|修正|最終更新|updated|revised|modified)`)
)

// earlierNoticeDateRe follows the date of an earlier notice a page refers
// to: 10月2日付「…」, 10月2日付のお知らせ, 10月2日に公表した. A dateline's
// 6月8日付 alone is the page's own date.
var earlierNoticeDateRe = regexp.MustCompile(`^\s*(?:付け?\s*(?:「|『|の\s*(?:「|『|お知らせ|ニュースリリース|プレスリリース|適時開示|開示|リリース|当社))|に(?:公表|発表|お知らせ|開示|掲載)(?:した|いたしました|しました))`)

// eventDateLabelRe ends the label of a date that says when an incident
// happened or was found, as a breach portal's or a notice's form gives it,
// or when a paper was received or accepted (受付日, 受理日), before it was
// published. (An English "Received" is a notice portal's posting date.)
var eventDateLabelRe = regexp.MustCompile(`(?i)(?:breach(?:es)? (?:occurred|discovered)|date of (?:the )?(?:breach|incident|discovery)|earliest event reported|incident date|date discovered|occurred on|発生日(?:時)?|発覚日|発生期間|被害期間|不正アクセス(?:の)?期間|受付日|受理日|採択日)\W{0,6}(?:[\d/.,\-–~〜年月日 ]{0,30})?$`)

// flattenWithHeading returns the visible text of the page outside its
// furniture, and the byte span of its headline in it: the <h1> that reads
// the title, else the first <h1> (-1 when none); it adds to marked the
// spans of elements whose class marks a date. Positions are those of the
// width-folded text, which keeps ASCII offsets.
func flattenWithHeading(root *html.Node, marked *[][2]int, title string) (string, int, int) {
	var b strings.Builder
	var h1s [][2]int
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(foldWidth(n.Data))
			return
		}
		if n.Type == html.ElementNode && (skipAtoms[n.DataAtom] || isBoilerplate(n) && !hasDescendant(n, atom.H1) && !headlineBody(n)) {
			// A wrapper whose class reads as furniture
			// ("wy-nav-content-wrap") but that holds the headline is
			// the page's body.
			return
		}
		if n.Type == html.ElementNode && datelineClass(n) {
			start := b.Len()
			defer func() { *marked = append(*marked, [2]int{start, b.Len()}) }()
		}
		isH1 := n.Type == html.ElementNode && n.DataAtom == atom.H1
		start := b.Len()
		b.WriteByte(' ')
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		b.WriteByte(' ')
		if isH1 {
			h1s = append(h1s, [2]int{start, b.Len()})
		}
	}
	walk(root)
	text := b.String()
	if len(h1s) == 0 {
		return text, -1, -1
	}
	want := cleanSpace(foldWidth(title))
	for _, h := range h1s {
		if want != "" && cleanSpace(text[h[0]:h[1]]) == want {
			// "District Alert" over the letter's own headline: the date
			// stands by the headline of the article.
			return text, h[0], h[1]
		}
	}
	return text, h1s[0][0], h1s[0][1]
}

// datelineClassRe finds a class or id naming a date element: "r-date",
// "entry-date", "post_time", "pubdate".
var datelineClassRe = regexp.MustCompile(`(?i)(?:^|[-_\s])(?:date|pubdate|dateline|published|posted|time|timestamp|datetime)(?:$|[-_\s])`)

func datelineClass(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && datelineClassRe.MatchString(a.Val) {
			return true
		}
	}
	return false
}

// headlineBody reports an element right after the one holding the
// headline that holds a dated line: a CMS widget's body
// (<div class="ui-widget-detail"><p class="posted">…) under its header.
func headlineBody(n *html.Node) bool {
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev == nil || !hasDescendant(prev, atom.H1) {
		return false
	}
	found := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for c := c.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type == html.ElementNode {
				found = datelineClass(c)
				walk(c)
			}
		}
	}
	walk(n)
	return found
}

func inSpans(pos int, spans [][2]int) bool {
	for _, s := range spans {
		if pos >= s[0] && pos < s[1] {
			return true
		}
	}
	return false
}

// sentenceOnRe ends the "On" that opens a sentence on a date (a byline's
// "by Ann Lee on" is lower-case).
var sentenceOnRe = regexp.MustCompile(`(?:^|[.!?\n])\s*On\s+$`)

// inSentence reports a date written inside a sentence: in Japanese a comma
// or a particle follows it (2025年9月8日、当社は / 9月8日に); in English a
// sentence opens on it ("On February 27, 2026, the Company…").
func inSentence(text string, d textDate) bool {
	rest := strings.TrimLeft(text[d.end:], " ")
	if strings.HasPrefix(rest, ",") && sentenceOnRe.MatchString(text[max(0, d.start-12):d.start]) {
		// "On February 27, 2026, the Company detected…": a sentence
		// opens on when something happened.
		return true
	}
	for _, p := range []string{"、", "に", "から", "まで", "より", "の", "頃", "ごろ", "未明", "早朝", "午前", "午後", "夜"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}
