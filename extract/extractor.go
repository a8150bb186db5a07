package extract

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/breachwire/breachwire/extract/incident"
)

// Sentinel errors of Extract; they are wrapped with detail, test with errors.Is.
var (
	// ErrEmptyPage means the body was empty or only white space.
	ErrEmptyPage = errors.New("extract: empty page")
	// ErrNotHTML means the body is binary or of a media type that is not a web page.
	ErrNotHTML = errors.New("extract: not an HTML page")
	// ErrNoText means the page parsed but holds no article text.
	ErrNoText = errors.New("extract: no article text found")
)

// Page is one fetched page as Extract reads it.
type Page struct {
	// URL is the page's address after redirects; empty for a local file.
	URL string
	// Body is the raw response body, in any charset.
	Body []byte
	// ContentType is the HTTP Content-Type header; may be empty.
	ContentType string
	// Hints carries what the source configuration and the feed know.
	Hints Hints
}

// Hints are facts about a page known before it is read.
type Hints struct {
	// Lang is the source's language; it wins over detection when set.
	Lang string
	// Content is a CSS selector of the article body; it wins over automatic
	// extraction when it matches.
	Content string
	// Title is the feed item's title, used when the page gives none.
	Title string
	// Published is the feed item's date, used when the page's metadata gives
	// none, unless the page labels that day as its revision and dates
	// itself earlier by its own dateline.
	Published time.Time
}

// Extractor turns pages into Articles. It is safe for concurrent use.
type Extractor struct {
	inc *incident.Extractor
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithIncident makes the Extractor find incident facts with inc.
func WithIncident(inc *incident.Extractor) Option {
	return func(x *Extractor) {
		if inc != nil {
			x.inc = inc
		}
	}
}

// New returns an Extractor; without options it uses incident.New(nil).
func New(opts ...Option) *Extractor {
	x := &Extractor{}
	for _, o := range opts {
		o(x)
	}
	if x.inc == nil {
		x.inc = incident.New(nil)
	}
	return x
}

// Extract reads one page: charset, main text, title, date, language,
// canonical URL and incident facts. It fails with ErrEmptyPage, ErrNotHTML
// or ErrNoText.
func (x *Extractor) Extract(p Page) (*Article, error) {
	a, by, err := readPage(p)
	if err != nil {
		return nil, err
	}
	x.addFacts(a, by)
	return a, nil
}

// read runs every stage of Extract but the incident facts.
func read(p Page) (*Article, error) {
	a, _, err := readPage(p)
	return a, err
}

// origin is who a page says published and issued it, besides its text.
type origin struct {
	site   string // the publisher (see publisher)
	issuer string // the author or issuer organisation (see pageIssuer)
	// fields are a notice portal's label/value facts (see noticeFields),
	// one a line.
	fields string
	// pageName is the name a platform's page gives itself apart from its
	// headline (see platformPageName).
	pageName string
}

// inlineTagRe finds the tags of inline elements, which carry no block of
// text of their own.
var inlineTagRe = regexp.MustCompile(`(?i)</?(?:span|font|b|i|u|em|strong|small|big|sup|sub|mark|abbr|s|strike|ins|del|tt|nobr)\b[^>]*>`)

// readPage is read that also returns who the page names as its publisher
// and issuer besides its text, for the incident facts.
func readPage(p Page) (*Article, origin, error) {
	if len(bytes.TrimSpace(p.Body)) == 0 {
		return nil, origin{}, fmt.Errorf("%w: %s", ErrEmptyPage, describe(p))
	}
	if reason := notHTML(p); reason != "" {
		return nil, origin{}, fmt.Errorf("%w: %s: %s", ErrNotHTML, describe(p), reason)
	}
	source := decodeHTML(p.Body, p.ContentType)
	root, err := html.Parse(strings.NewReader(source))
	if err != nil && strings.Contains(err.Error(), "open stack") {
		// Hundreds of unclosed inline tags (<span><span>…), which
		// browsers render, nest deeper than the parser goes: without
		// them the page's blocks and text are all there.
		root, err = html.Parse(strings.NewReader(inlineTagRe.ReplaceAllString(source, "")))
	}
	if err != nil {
		return nil, origin{}, fmt.Errorf("%w: %s: %w", ErrNotHTML, describe(p), err)
	}
	rebuildPositionedLines(root)
	doc := goquery.NewDocumentFromNode(root)
	meta := readMeta(doc)
	ogSite := metaContent(doc, "og:site_name")
	appName := metaContent(doc, "application-name")
	host := ""
	if u, err := url.Parse(p.URL); err == nil {
		host = u.Hostname()
	}
	issuer := pageIssuer(doc, meta.jsonLD)
	if issuer == "" {
		// A social post's page names the account that posted it.
		issuer = accountName(metaContent(doc, "og:title"))
	}
	owner := copyrightOwner(doc)
	if issuer == "" && ogSite == "" {
		// The chrome's owner stands in for a site name the page does
		// not give in its metadata.
		issuer = pageOwner(doc, meta.jsonLD, owner)
	}
	pub := pagePublication(doc)
	fields := noticeFields(doc)
	title, strong := pickTitle(doc, meta, p.Hints.Title, host)
	// A news board's thread title ends with the poster's handle in
	// brackets, "… [ぐれ★]": the board's, not the headline's.
	title = strings.TrimSpace(boardPosterRe.ReplaceAllString(title, ""))
	if strong && (isOrgLine(title) && utf8.RuneCountInString(title) <= 25 || agencyNameRe.MatchString(title) || ogSite != "" && cleanSpace(title) == cleanSpace(ogSite) || isSiteName(title, meta.siteName, host)) {
		// A logo or a letterhead in <h1> ("Atelier Ruelle", "Office of
		// the Attorney General"): the page's owner, not its headline,
		// which the text may give below.
		strong = false
	}
	a := &Article{
		URL:       canonicalURL(p.URL, meta.canonical, meta.ogURL),
		Title:     title,
		Published: findPublished(doc, meta, p.Hints.Published, title),
		Victims:   []string{},
		Actors:    []string{},
	}
	if a.Published == nil && !strong {
		// A page whose <title> names only the site dates its headline,
		// which an emphasised line of the text gives.
		if h := emphasisedHeadline(root); h != "" {
			a.Published = findPublished(doc, meta, p.Hints.Published, h)
		}
	}
	// mainText prunes the tree, so it runs after everything that reads it whole.
	var sawTitle bool
	a.Text, sawTitle = mainText(doc, p.Hints.Content, a.Title, host)
	if !strong && !sawTitle {
		title, text := headlineFromText(a.Title, a.Text)
		if title == a.Title {
			if h := emphasisedHeadline(root); h != "" {
				title = h
			}
		}
		a.Title, a.Text = title, text
	}
	if f, ok := readFiling(a.Text); ok {
		// A bare filing: its report, not its cover page, and a headline
		// naming the registrant and the item for the letterhead the
		// page would otherwise be titled by.
		a.Text = f.text
		if f.registrant != "" && !f.exhibit {
			// The report calls its registrant "the Company" and names it
			// on the cover alone: the facts read the cover's name.
			fields = strings.TrimSpace(fields + "\n\n" + f.registrant + " (Exact name of registrant as specified in its charter)")
		}
		if t := cleanSpace(a.Title); t == "" || filingLetterheadRe.MatchString(t) || idTitleRe.MatchString(t) {
			a.Title = f.title()
		}
	}
	if body := jsonLDBody(meta.jsonLD); utf8.RuneCountInString(a.Text) < minPageText && utf8.RuneCountInString(body) > 2*utf8.RuneCountInString(a.Text) {
		// A page its scripts fill in, or one that shows a teaser:
		// the article's own structured data carries the text.
		a.Text = body
	}
	if a.Text == "" {
		return nil, origin{}, fmt.Errorf("%w: %s", ErrNoText, describe(p))
	}
	if a.Title == "" {
		a.Title = leadTitle(a.Text)
	}
	a.Title = ideographicSpaces(siteBitRe.ReplaceAllString(a.Title, ""), source)
	a.Lang = detectLang(a.Title+"\n"+a.Text, p.Hints.Lang, meta.htmlLang)
	site := publisher(ogSite, meta.htmlTitle, a.Title, appName)
	if pub != "" {
		site = pub // a company's publication on a blog platform
	}
	if fuller(owner, site) {
		// "Tillbrook Help Center" by name, "© 2026 Tillbrook Payments,
		// Inc." in the footer: the company's full name.
		site = owner
	}
	return a, origin{site: site, issuer: issuer, fields: fields, pageName: platformPageName(metaContent(doc, "og:title"), ogSite, a.Title)}, nil
}

// platformPageName returns the name a platform's page gives itself in
// og:title apart from its headline ("割烹すずかぜ - 神楽坂/割烹・小料理" on a
// gourmet portal, a shop's name on a marketplace), when og:site_name names
// another, the platform; "" when og:title is the headline or reads as no
// name.
func platformPageName(ogTitle, ogSite, headline string) string {
	og, site := cleanSpace(ogTitle), cleanSpace(ogSite)
	if og == "" || site == "" || strings.EqualFold(og, site) {
		return ""
	}
	name := strings.TrimSpace(titleSplit.Split(og, 2)[0])
	if name == "" || strings.EqualFold(name, site) || strings.Contains(strings.ToLower(headline), strings.ToLower(name)) || genericTitle.MatchString(name) {
		return ""
	}
	if hasKana(name) || strings.ContainsAny(name, "一二三四五六七八九十") || !isASCII(name) {
		// A Japanese page's name: short, and no sentence.
		if utf8.RuneCountInString(name) > 20 || strings.ContainsAny(name, "、。「」！？!?:：") {
			return ""
		}
		return name
	}
	words := strings.Fields(name)
	if len(words) > 6 || strings.ContainsAny(name, ":?!") {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "&" && w != "and" && w != "of" && w != "the" {
			return ""
		}
	}
	return name
}

// siteBitRe is the domain a link aggregator writes after a story's title:
// "Payroll firm says records taken (payroll.example)".
var siteBitRe = regexp.MustCompile(`\s+\((?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[\w./-]*)?\)$`)

// sentenceEndRe finds the end of a lead's first sentence: a full stop not
// after an abbreviation (Corp., Inc., St.).
var sentenceEndRe = regexp.MustCompile(`(?:[^A-Z][a-z]{3,}|[^A-Za-z.]|[a-z][A-Z]{2,})[.!?](?:\s|$)|[。！？]`)

// leadTitle stands in for a title a page does not give: the first
// paragraph when it is short, as a filing's item heading is, else the
// first sentence, clipped.
func leadTitle(text string) string {
	lead, _, _ := strings.Cut(text, "\n\n")
	lead = cleanSpace(lead)
	if utf8.RuneCountInString(lead) <= 120 {
		return strings.TrimSuffix(lead, ".")
	}
	if m := sentenceEndRe.FindStringIndex(lead); m != nil && utf8.RuneCountInString(lead[:m[0]]) <= 120 {
		return lead[:m[0]]
	}
	r := []rune(lead)
	return strings.TrimSpace(string(r[:100])) + "…"
}

// fuller reports whether the owner a page's chrome names (its copyright
// line) is the site's owner written in full: the same first word, more
// words, and the site's other words only a section's (Help Center, News).
func fuller(owner, site string) bool {
	o, st := strings.Fields(owner), strings.Fields(site)
	if len(o) < 2 || len(st) == 0 || !strings.EqualFold(o[0], st[0]) || strings.EqualFold(owner, site) {
		return false
	}
	for _, w := range st[1:] {
		if !siteSectionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// siteSectionWords name the part of a company's site a page is on.
var siteSectionWords = map[string]bool{"help": true, "center": true, "centre": true, "support": true, "news": true, "newsroom": true,
	"blog": true, "community": true, "status": true, "docs": true, "developers": true, "trust": true, "security": true, "press": true, "hub": true}

// publisher returns the name a page gives its publisher outside its text:
// og:site_name, else the part of the <title> beside the headline ("… |
// Larkmoor", "… - 北辰テクノ工業"), else the application-name meta; ""
// when the page names none.
func publisher(ogSite, htmlTitle, headline, appName string) string {
	if s := cleanSpace(ogSite); s != "" {
		if body := titleBody(cleanSpace(htmlTitle), headline); body != "" && strings.HasSuffix(cleanSpace(htmlTitle), s) {
			// "Notice | Sallow Creek Unified School District |
			// SquareNotes" with og:site_name SquareNotes: the platform
			// a school district posts on; the district is the publisher.
			return body
		}
		return s
	}
	if s := titleSite(htmlTitle, headline); s != "" {
		return s
	}
	return cleanSpace(appName)
}

// titleSite returns the site's name a <title> writes before or after the
// headline, or "": a short segment at either end, apart from a longer one.
func titleSite(htmlTitle, headline string) string {
	t := cleanSpace(htmlTitle)
	if body := titleBody(t, headline); body != "" {
		return body
	}
	head, tail, sep := splitLast(t)
	if sep != "" && tail != headline && siteSegment(tail, head, sep) {
		return tail
	}
	if sep != "" && head == cleanSpace(headline) && !hasDigit.MatchString(tail) && len(strings.Fields(tail)) <= 6 && !genericTitle.MatchString(tail) {
		// "An update for our donors – Saltmarsh Community Pantry" over
		// the page's own headline: what the <title> adds is the site.
		return tail
	}
	if sep != "" && tail != headline && genericTitle.MatchString(head) && !hasDigit.MatchString(tail) && (isOrgLine(tail) || jaOrgEndRe.MatchString(tail)) {
		// お知らせ｜医療法人社団やまびこ会 かすみ野クリニック: a section's
		// name, then the body whose site it is.
		return tail
	}
	first, rest, sep := splitFirst(t)
	if sep != "" && first != headline && siteSegment(first, rest, sep) {
		return first
	}
	if i := strings.LastIndex(t, " "); i > 0 && genericTitle.MatchString(t[i+1:]) && t[:i] != cleanSpace(headline) &&
		!hasDigit.MatchString(t[:i]) && (isOrgLine(t[:i]) || jaOrgEndRe.MatchString(t[:i])) {
		// 浄泉寺　お知らせ over a page whose headline is elsewhere: the
		// body, then the section.
		return t[:i]
	}
	return jaTitleSite(t, headline)
}

// agencyNameRe finds a public office's name standing alone, as a portal
// sets it in its <h1>: "Office of the Attorney General", "Eastmere
// Department of Human Services".
var agencyNameRe = regexp.MustCompile(`^(?:The )?(?:[A-Z][\w.'-]* ){0,3}(?:Office|Department|Ministry|Bureau|Agency|Commission|Division) of (?:the )?[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|and|&))*$`)

// jaTitleSeparatorRe splits a Japanese <title> at an ideographic space
// or a colon: 桜ケ丘三丁目自治会　ホームページ　【お知らせ】, ひだまり坂税理士
// 事務所 スタッフ日記: お詫び.
var jaTitleSeparatorRe = regexp.MustCompile(`\s*[　:：]\s*|\s+`)

// jaBlogWordsRe ends a site's name with what the site is: スタッフ日記,
// 公式ブログ, ホームページ.
var jaBlogWordsRe = regexp.MustCompile(`\s*(?:(?:スタッフ|公式|社長|院長|所長|会長)?(?:ブログ|日記)|ホームページ|公式サイト|ウェブサイト)$`)

// jaOrgEndRe ends the name of a small body that writes its own notices.
var jaOrgEndRe = regexp.MustCompile(`(?:事務所|自治会|町内会|管理組合|同窓会|後援会|協会|組合|病院|医院|クリニック|歯科|学校|高等学校|中学校|小学校|幼稚園|保育園|大学|学園|市|町|村|区役所|市役所|役場|株式会社|会社|店|堂|屋|庵|亭|館|工房|教室|塾|寺|院|神社|宮|教会)$`)

// jaTitleSite returns the body a Japanese <title> opens with before an
// ideographic space or a colon, when it reads as a body's name and not as
// the headline; "" otherwise.
func jaTitleSite(t, headline string) string {
	parts := jaTitleSeparatorRe.Split(t, -1)
	if len(parts) < 2 {
		return ""
	}
	first := strings.TrimSpace(jaBlogWordsRe.ReplaceAllString(parts[0], ""))
	if first == "" || first == headline || strings.Contains(headline, first) && len(first)*2 > len(headline) || hasDigit.MatchString(first) || utf8.RuneCountInString(first) > 20 {
		return ""
	}
	if !hasCJK(first) || !jaOrgEndRe.MatchString(first) {
		return ""
	}
	return first
}

// bodySegmentRe finds a public body's or an institution's name.
var bodySegmentRe = regexp.MustCompile(`\b(?:County|City|Town|Village|Township|Borough|Parish|School District|Public Schools|University|College|Hospital|Medical Center|Health System|Transit|Transit Authority|Transportation Authority|Port Authority|Housing Authority|Water Authority|Public Library|Library District|Utilities|Department of [A-Z]\w+)\b`)

// titleBody returns the segment of a title of three or more segments
// that names a public body or an institution, when the outer ones name a
// section and a platform: "News Flash • Ravensmere County, OH •
// CivicEngage".
func titleBody(t, headline string) string {
	for _, sep := range titleSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 3 {
			continue
		}
		for _, p := range parts[1 : len(parts)-1] {
			if p = strings.TrimSpace(p); p != headline && bodySegmentRe.MatchString(p) && !hasDigit.MatchString(p) && len(strings.Fields(p)) <= 7 {
				return p
			}
		}
	}
	return ""
}

// siteSegment reports a title segment that reads as a site's name beside
// the rest of the title: after a pipe any short segment, after a dash only
// a short run of capitalised words or an organisation's name with its
// legal form (a headline may hold a dash).
func siteSegment(seg, rest, sep string) bool {
	if hasDigit.MatchString(seg) || genericTitle.MatchString(seg) {
		return false // (お知らせ詳細 is a section's page, no site's name)
	}
	if isPipe(sep) {
		return looksLikeSiteName(seg, rest)
	}
	return looksLikeBrand(seg, rest) || isOrgLine(seg) || bodySegmentRe.MatchString(seg) && len(strings.Fields(seg)) <= 6
}

// addFacts finds the incident facts of an article; by is who the page
// names as its publisher and issuer besides its text, which names the
// issuer of a notice that calls itself only "we" or 当社.
func (x *Extractor) addFacts(a *Article, by origin) {
	text := a.Text
	if by.fields != "" {
		text += "\n\n" + by.fields
	}
	d := incident.Doc{Title: a.Title, Text: text, Lang: a.Lang, URL: a.URL, Site: by.site, Issuer: by.issuer, PageName: by.pageName}
	if a.Published != nil {
		d.Published = *a.Published
	}
	a.Incident = x.inc.Extract(d)
	if v := a.Incident.VictimNames(); v != nil {
		a.Victims = v
	}
	a.Records = a.Incident.RecordCount()
	if v := a.Incident.ActorNames(); v != nil {
		a.Actors = v
	}
}

func describe(p Page) string {
	if p.URL != "" {
		return p.URL
	}
	return fmt.Sprintf("%d-byte page", len(p.Body))
}

// notHTML says why a body cannot be a web page: a binary media type or NUL
// bytes where markup should be. Empty means it may be HTML.
func notHTML(p Page) string {
	if p.ContentType != "" {
		mt, _, err := mime.ParseMediaType(p.ContentType)
		if err == nil {
			major, _, _ := strings.Cut(mt, "/")
			switch {
			case major == "image" || major == "audio" || major == "video" || major == "font":
				return "media type " + mt
			case mt == "application/pdf" || mt == "application/zip" || mt == "application/gzip" ||
				mt == "application/octet-stream" || mt == "application/x-gzip":
				return "media type " + mt
			}
		}
	}
	head := p.Body
	if len(head) > 1024 {
		head = head[:1024]
	}
	if _, n := bomEncoding(head); n == 2 { // UTF-16 has NULs by design
		return ""
	}
	if bytes.Count(head, []byte{0}) > 0 {
		return "binary content"
	}
	return ""
}
