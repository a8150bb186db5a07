package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSeparators split a document title from the site name around it.
var titleSeparators = []string{" | ", "｜", " ｜ ", "│", "／", " :: ", " » ", " « ", " · ", " • ", " - ", " – ", " — ", " : "}

var hasDigit = regexp.MustCompile(`\d`)

// pickTitle returns the article's title: og:title, the JSON-LD headline, an
// <h1> the <title> does not already contain (the title is the site's name),
// the <title>, any <h1>, then the feed's title; site names are stripped.
// strong is false when the title came from <title> or the feed alone, which
// on old sites is often the site's name or a section name.
func pickTitle(doc *goquery.Document, m pageMeta, hint, host string) (title string, strong bool) {
	strip := func(t string) string { return stripSiteName(t, m.siteName, host) }
	if q := socialPostTitleRe.FindStringSubmatch(cleanSpace(m.htmlTitle)); q != nil {
		// Wren Okafor: "Leak-site claim: DragonForce lists…" - bluehat.social:
		// a social post's page titles it by its opening words, which the
		// text gives in full (see headlineFromText).
		return strings.TrimSpace(q[1] + q[2]), false
	}
	if og, t := cleanSpace(m.ogTitle), strip(m.htmlTitle); og != "" && strings.HasPrefix(t, og) {
		// "Ridgeback Cycle Works - Important: a security notice about
		// our web store ...": a page's <title> gives its name and then
		// its post's opening words, cut off; og:title only the name.
		if rest := strings.TrimSpace(t[len(og):]); siteSuffixStartRe.MatchString(rest) {
			rest = strings.TrimSpace(siteSuffixStartRe.ReplaceAllString(rest, ""))
			if cut := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, "..."), "…")); cut != rest && utf8.RuneCountInString(cut) >= 20 {
				return cut, false
			}
		}
	}
	if accountTitleRe.MatchString(m.ogTitle) {
		m.ogTitle = "" // the account's name, not the post's headline
	}
	m.ogTitle = communityPrefixRe.ReplaceAllString(m.ogTitle, "")
	if og, t := strip(m.ogTitle), strip(m.htmlTitle); og != "" && len(t) > len(og) && strings.HasPrefix(t, og) && !siteSuffixStartRe.MatchString(t[len(og):]) {
		// og:title shortened, <title> whole (not merely the site's name
		// after a separator).
		m.ogTitle = t
	}
	h1 := firstHeading(doc)
	if h1 != "" && utf8.RuneCountInString(h1) >= 10 && m.ogTitle != "" && !strings.Contains(m.ogTitle, h1) && strings.TrimSpace(titleSplit.Split(cleanSpace(m.htmlTitle), 2)[0]) == h1 {
		// og:title names the shop or the page ("割烹すずかぜ - 神楽坂"),
		// the <title> opens with the page's own heading: the heading is
		// the article's.
		return h1, true
	}
	for _, t := range []string{m.ogTitle, m.jsonTitle} {
		if t = strip(t); t != "" {
			if within(h1, t) {
				return h1, true // "headline　Company" around the page's own headline
			}
			if utf8.RuneCountInString(t) < 12 && utf8.RuneCountInString(h1) > utf8.RuneCountInString(t) && strings.Contains(strings.ToLower(h1), strings.ToLower(t)) {
				// "Acme, Inc. - SEC Filing - 8-K" leaves "8-K", which the
				// heading "Current Report (Form 8-K): Item 1.05 …" names
				// in full.
				return h1, true
			}
			if h1 != t && quoteFolder.Replace(h1) == quoteFolder.Replace(t) {
				// The page's heading sets its quotes as the reader sees
				// them (customers’), the meta tag plainly (customers').
				return h1, true
			}
			return t, true
		}
	}
	if idTitleRe.MatchString(strings.TrimSpace(m.htmlTitle)) {
		// A file name or a document number ("vrnh-20261120") is no title.
		m.htmlTitle = ""
	}
	if ht := cleanSpace(m.htmlTitle); h1 != "" && utf8.RuneCountInString(h1) >= 10 && strings.HasPrefix(ht, h1) && siteSuffixStartRe.MatchString(ht[len(h1):]) {
		// "… の可能性 - 北辰精機：セキュアNOW" over the heading "… の
		// 可能性 - 北辰精機": the <title> adds the site's name to the
		// page's heading, whose own " - 北辰精機" is the headline's.
		return h1, true
	}
	if t := strip(m.htmlTitle); t != "" && within(h1, t) {
		return h1, true // 注意喚起: headline
	}
	if h1 != "" && utf8.RuneCountInString(h1) >= 6 && !strings.Contains(strings.ToLower(m.htmlTitle), strings.ToLower(h1)) {
		if t := strip(m.htmlTitle); utf8.RuneCountInString(t) >= minPostTitle && !strings.EqualFold(t, m.siteName) && pageHeading(doc, t) {
			// A blog's <h1> is its name; the post's own heading, an <h2>,
			// reads as the <title>.
			return t, true
		}
		return h1, true
	}
	if t := strip(m.htmlTitle); t != "" {
		return t, h1 != "" || pageHeading(doc, t)
	}
	if h1 != "" {
		return h1, true
	}
	return cleanSpace(hint), false
}

// idTitleRe matches a <title> that is a file name or a document number: one
// token of letters, digits and punctuation with a long run of digits.
var idTitleRe = regexp.MustCompile(`^[\w.\-]*\d{6,}[\w.\-]*$`)

// siteSuffixStartRe finds a separator opening what a <title> adds after
// the headline: ": Site", " | Site", " - Site".
var siteSuffixStartRe = regexp.MustCompile(`^\s*(?:[|｜│»«·•:：]|[-–—]\s)`)

// socialPostTitleRe finds the <title> of a social post's page: the
// author, then the post's opening words in quotes, cut off with an
// ellipsis (a quote headline, 'CEO: "We are sorry"', is whole).
var socialPostTitleRe = regexp.MustCompile(`^[^:"“]{1,60}: ["“](.{10,}?)(?:…|\.\.\.)["”](?: [-–|] .{1,40})?$|^[^「"“]{1,60}\(@[\w.@-]+\) [-–|] [「"“](.{10,}?)(?:…|\.\.\.)[」"”]$`)

// accountName returns the display name of the social account an og:title
// gives with its handle, without the handle and an "official" tag, or "".
func accountName(ogTitle string) string {
	t := cleanSpace(ogTitle)
	loc := accountTitleRe.FindStringIndex(t)
	if loc == nil {
		return ""
	}
	name := strings.TrimSpace(t[:loc[0]])
	for _, tag := range []string{"公式アカウント", "公式", "Official", "official", "(公式)", "【公式】"} {
		name = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(name, tag), tag))
	}
	return name
}

// accountTitleRe finds a social account's display name and handle, which
// a post's og:title may give instead of a headline: "霧ヶ岳町 公式
// (@kirigatake_town)".
var accountTitleRe = regexp.MustCompile(`\(@[\w.@-]+\)\s*$`)

// communityPrefixRe finds the label a forum's og:title puts before a
// thread's title: "From the truckingIT community on Threadit: ".
var communityPrefixRe = regexp.MustCompile(`(?i)^from the .{1,40}? community on .{1,30}?: `)

// within reports whether headline h stands inside a longer title t that
// only adds a label or a name to it: h is most of t.
func within(h, t string) bool {
	if utf8.RuneCountInString(h) < 6 || h == t || !strings.Contains(t, h) || genericTitle.MatchString(h) {
		return false
	}
	// Most of the title, its first part ("Headline | Section"), or a
	// long stretch of it ("Vendor Advisory: Headline (ID-2026-01)").
	n := utf8.RuneCountInString(h)
	first := strings.TrimSpace(titleSplit.Split(t, 2)[0])
	return n*2 >= utf8.RuneCountInString(t) || first == h || n >= minInnerHeadline || afterLabels(h, t)
}

// afterLabels reports whether headline h is a whole part of title t after
// parts that only label the kind of page: "裁判例結果詳細 | 損害賠償請求事件",
// "Article detail | Headline".
func afterLabels(h, t string) bool {
	parts := titleSplit.Split(t, -1)
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == h {
			return i > 0
		}
		if !genericTitle.MatchString(p) && !pageKindLabel.MatchString(p) {
			return false
		}
	}
	return false
}

// pageKindLabel finds a title part naming the kind of page: a detail
// view, a list, a search result (結果詳細, 記事一覧, "Article details").
var pageKindLabel = regexp.MustCompile(`(?i)^.{0,12}(?:詳細|一覧|検索結果|ページ)$|^(?:\w+ ){0,2}(?:details?|view|listing)$`)

// minInnerHeadline is the shortest <h1>, in runes, taken as the headline
// when the <title> only wraps it in labels.
const minInnerHeadline = 24

// headlineFromText finds the headline of a page whose title came from
// <title> or the feed alone and did not open the text: a part of that title
// (between its separators) standing as one of the first paragraphs, else
// the lead paragraph when it reads as a headline. The headline leaves the
// text; an issuer's name above it stays.
func headlineFromText(title, text string) (string, string) {
	paras := strings.Split(text, "\n\n")
	for _, seg := range titleSegments(title) {
		if genericTitle.MatchString(seg) {
			continue
		}
		for i := 0; i < len(paras) && i < 4; i++ {
			if cleanSpace(paras[i]) == seg {
				return seg, joinWithout(paras, i)
			}
			if utf8.RuneCountInString(paras[i]) > 40 {
				break
			}
		}
	}
	if n := utf8.RuneCountInString(title); n >= 20 {
		// A title cut off by the page (a social post's opening words)
		// opens a paragraph: its first line is the headline.
		for i := 0; i < len(paras) && i < 3; i++ {
			first, _, _ := strings.Cut(strings.TrimSpace(paras[i]), "\n")
			if strings.HasPrefix(cleanSpace(first), title) && utf8.RuneCountInString(first) <= 150 {
				if cleanSpace(first) == cleanSpace(paras[i]) {
					return cleanTitle(first), joinWithout(paras, i)
				}
				return cleanTitle(first), text
			}
		}
	}
	for i := 0; i < len(paras) && i < 8; i++ {
		// 件名	図書館システムへの不正アクセスについて: a notice's subject
		// field, in a table of 分類 / 件名 / 内容.
		if m := subjectFieldRe.FindStringSubmatch(strings.TrimSpace(paras[i])); m != nil && isHeadlineLine(m[1]) {
			return strings.TrimSpace(m[1]), joinWithout(paras, i)
		}
	}
	if i := leadHeadline(paras); i >= 0 {
		return strings.TrimRight(strings.TrimSpace(strings.TrimLeft(paras[i], headlineDecor)), headingAnchors), joinWithout(paras, i)
	}
	return title, text
}

func joinWithout(paras []string, i int) string {
	rest := append(append([]string{}, paras[:i]...), paras[i+1:]...)
	return strings.TrimSpace(strings.Join(rest, "\n\n"))
}

// subjectFieldRe finds a notice's subject field: 件名	…, Subject: ….
var subjectFieldRe = regexp.MustCompile(`^(?:件名|表題|タイトル|題名|Subject|Title)\s*[:：\t]\s*([^\n]{6,120})$`)

// titleSegments splits a document title at its separators into the parts
// long enough to be a headline and not only a company's name, longest first.
func titleSegments(title string) []string {
	parts := titleSplit.Split(cleanSpace(title), -1)
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); utf8.RuneCountInString(p) >= 6 && !isOrgLine(p) {
			out = append(out, p)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && utf8.RuneCountInString(out[j]) > utf8.RuneCountInString(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

var titleSplit = regexp.MustCompile(`\s*[|｜│»«·•]\s*|\s+(?:::|[-–—:])\s+`)

// leadHeadline returns the index of the paragraph that opens the text as its
// headline: short, not a sentence, not a date; -1 when there is none. Pages
// without og:title or <h1> (table layouts, press-release hubs) put their
// title there. A line naming only an organisation or a signatory (the
// issuer of a press release) is passed over for a longer headline below it.
func leadHeadline(paras []string) int {
	skipped := 0
	for i := 0; i < len(paras) && i < 3+skipped; i++ {
		if isOrgLine(paras[i]) || signatory.MatchString(paras[i]) {
			continue
		}
		if p := cleanSpace(paras[i]); skipped < 5 && (jaLetterheadTitleRe.MatchString(p) || isDateLine(p) || jaDepartmentLine.MatchString(p) || jaLabelledLineRe.MatchString(p) || contactLineRe.MatchString(p) || genericTitle.MatchString(p) || fieldLineRe.MatchString(p)) {
			// 報道発表資料 / 令和7年10月20日 / 鳴海県 保健福祉部: a
			// government release's letterhead above its headline.
			skipped++
			continue
		}
		if subtitleLine.MatchString(paras[i]) {
			return -1 // a release's subtitle stands under a headline the text lacks
		}
		if strings.Contains(paras[i], "\t") {
			return -1 // a table's row (label ⇥ value), no headline
		}
		if isHeadlineLine(paras[i]) {
			return i
		}
		return -1
	}
	return -1
}

// fieldLineRe finds a record's field line above a page's text: "Status:
// RESOLVED FIXED", "Product: Quillstone Billing", "Severity: High".
var fieldLineRe = regexp.MustCompile(`(?i)^(?:status|product|component|version|versions|severity|priority|reporter|reported by|assignee|assigned to|resolution|platform|category|tags?|type|cve|cvss(?: score)?|id|ref(?:erence)?|modified|last modified|opened|created|updated|posted|filed|keywords)\s*[:：]\s*\S`)

// contactLineRe finds a line giving a telephone or fax number, the
// banner's or the letterhead's contact: 法人本部　TEL 0998-41-2270.
var contactLineRe = regexp.MustCompile(`(?i)(?:\bTEL|\bFAX|電話|☎|℡)\s*[:：.]?\s*[0-9０-９(（]|\b\d{2,5}-\d{2,4}-\d{3,4}\b`)

func isHeadlineLine(first string) bool {
	if contactLineRe.MatchString(first) || fieldLineRe.MatchString(first) {
		return false
	}
	n := utf8.RuneCountInString(first)
	if n < 6 || n > 90 || strings.Contains(first, "\n") || isDateLine(first) || breadcrumbLine.MatchString(first) || genericTitle.MatchString(first) || jaLetterheadTitleRe.MatchString(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if strings.ContainsRune("。．.!！?？:：、,", last) {
		return false
	}
	return hasCJK(first) || len(strings.Fields(first)) >= 3
}

// subtitleLine matches a release's subtitle set between wave dashes or
// dashes: 〜取引先経由の攻撃リスクを可視化〜, "— a free check for small firms —".
var subtitleLine = regexp.MustCompile(`^\s*[～〜~\-–—―]\s*\S.*[～〜~\-–—―]\s*$`)

// breadcrumbLine matches a breadcrumb trail: "ホーム ＞ IR情報 ＞ ニュース",
// "Home › News".
var breadcrumbLine = regexp.MustCompile(`(?i)^\s*(?:home|top|ホーム|トップ|トップページ|TOP)\s*[>＞»›〉/／]`)

// orgLine matches a line that is only an organisation's name with its legal
// form: 「株式会社KADOKAWA」, 「サンプル電機株式会社」, "Example Holdings, Inc.".
var orgLine = regexp.MustCompile(`^(?:` +
	`(?:株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|医療法人|社会福祉法人|独立行政法人|国立研究開発法人|国立大学法人|地方独立行政法人)\s*[^\s。、，,]+(?:\s[^\s。、，,]+){0,2}|` +
	`[^\s。、，,]+(?:\s[^\s。、，,]+){0,2}\s*(?:株式会社|有限会社|合同会社|ホールディングス|（株）|\(株\))|` +
	// A hospital's, a school's or a town's name alone: みどり台総合病院.
	`[^\s。、，,「」：:！？!?]{2,18}(?:病院|医院|クリニック|大学|学園|高等学校|中学校|小学校|役所|役場|市|町|村|県|委員会|信用金庫|信用組合|協同組合|生活協同組合|協会|財団|機構|自治会|町内会|管理組合|同窓会|事務所)|` +
	`(?i:[\p{L}\p{N}&.'-]+(?:\s[\p{L}\p{N}&.'-]+){0,4},?\s(?:inc|corp|corporation|co\.,? ltd|ltd|limited|llc|plc|gmbh|ag|s\.a|k\.k|n\.v|holdings))\.?` +
	`)$`)

// isOrgLine reports whether a paragraph is only an organisation's name.
func isOrgLine(p string) bool {
	p = cleanSpace(p)
	return utf8.RuneCountInString(p) <= 50 && orgLine.MatchString(p)
}

// jaDepartmentLine is a letterhead's line naming the issuing department:
// 鳴海県　保健福祉部, 北浜市 総務部 情報政策課.
var jaDepartmentLine = regexp.MustCompile(`^\S{1,12}[都道府県市町村区]\s+\S{1,16}(?:部|課|局|室|係|センター)(?:\s+\S{1,16}(?:部|課|局|室|係|センター))?$`)

// signatory matches a line that names who signs a release: a title and a name.
var signatory = regexp.MustCompile(`^(?:代表取締役|取締役|代表執行役|執行役員|社長|会長|理事長|学長|院長|病院長|市長|代表理事)\S*\s*\S{1,6}(?:\s\S{1,6})?$`)

func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

// minPostTitle is the shortest <title>, in runes, that a post's <h2> must
// read for it to win over the page's <h1>: a short one may be the site's
// name, repeated as a heading in the footer.
const minPostTitle = 15

// pageHeading reports whether an <h2> or <h3> of the page reads t, so a
// title from <title> alone stands on the page ("Blog — Post title" over
// the post's <h2>).
func pageHeading(doc *goquery.Document, t string) bool {
	found := false
	doc.Find("h2, h3").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		found = strings.TrimRight(cleanTitle(s.Text()), headingAnchors) == t
		return !found
	})
	return found
}

// firstHeading returns the text of the first <h1> that is not page furniture,
// preferring one inside the article's body, <article> or the main region.
func firstHeading(doc *goquery.Document) string {
	for _, sel := range []string{"[itemprop=articleBody] h1", "article h1", "[role=main] h1", "main h1", "h1"} {
		var out string
		doc.Find(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			// Inside the article's own container a wrapper's class
			// ("wy-nav-content") says nothing about the heading.
			if sel == "h1" && inBoilerplate(s) || isLogo(s) {
				return true
			}
			out = strings.TrimRight(cleanTitle(s.Text()), headingAnchors)
			return out == ""
		})
		if out != "" {
			return out
		}
	}
	return ""
}

func inBoilerplate(s *goquery.Selection) bool {
	for _, n := range s.Parents().Nodes {
		if isBoilerplate(n) {
			return true
		}
	}
	return false
}

// stripSiteName removes a site-name prefix or suffix from a title: one that
// names the site (og:site_name or the host) or a short trailing segment after
// a pipe-like separator.
func stripSiteName(title, site, host string) string {
	title = cleanTitle(title)
	if isSiteName(title, site, host) || genericTitle.MatchString(title) {
		return "" // a title that only names the site or its section says nothing about the page
	}
	if head, tail, sep := splitFirst(title); sep != "" && isDateLine(head) {
		title = tail // a diary's or an archive's "2025-08-19 - Blog name"
	} else if head, tail, sep := splitLast(title); sep != "" && isDateLine(tail) {
		title = head
	}
	stripped := false // a section's name was taken off
	for range 2 {
		if genericTitle.MatchString(title) {
			return ""
		}
		head, tail, sep := splitLast(title)
		if sep == "" {
			break
		}
		if genericTitle.MatchString(tail) {
			title, stripped = head, true
			continue
		}
		if first, rest, sep2 := splitFirst(title); sep2 != "" && genericTitle.MatchString(first) {
			title, stripped = rest, true // "Newsroom | Acme Uncovers … | Acme"
			continue
		}
		if isSiteName(tail, site, host) || (isPipe(sep) && looksLikeSiteName(tail, head)) ||
			(!isPipe(sep) && looksLikeBrand(tail, head) && !subjectTag(tail, site)) {
			title = head
			continue
		}
		first, rest, sep2 := splitFirst(title)
		if sep2 != "" && isSiteName(first, site, host) {
			title = rest
			continue
		}
		break
	}
	if segs := titleSplit.Split(title, -1); len(segs) >= 3 {
		// "Acme Co. - Press Room - Acme Notifies Customers …": the
		// headline follows the section's name.
		for i := 1; i < len(segs)-1; i++ {
			if genericTitle.MatchString(strings.TrimSpace(segs[i])) {
				if rest := strings.TrimSpace(strings.Join(segs[i+1:], " - ")); len(segs) == i+2 {
					title, stripped = rest, true
				}
				break
			}
		}
	}
	if genericTitle.MatchString(title) || stripped && isOrgLine(title) {
		// What is left of "ニュース｜サンプル物流株式会社" is the
		// site owner's name, no headline.
		return ""
	}
	return strings.TrimSpace(title)
}

// genericTitle matches a title that names only a section of a site: a
// newsroom's <title> on every release ("ニュースリリース", "News").
var genericTitle = regexp.MustCompile(`(?i)^(?:news|newsroom|news ?releases?|press ?releases?|press ?room|press|media|media centre|media center|announcements?|notices?|information|topics|blog|latest news|all news|ニュース|ニュースリリース|プレスリリース|お知らせ|新着情報|トピックス|インフォメーション|報道発表|報道発表資料|報道資料|ブログ|記事|お知らせ一覧|ニュース一覧|お知らせ詳細|ニュース詳細|記事詳細|詳細|新着情報詳細|news detail|article detail|details?|investor relations|investors|ir news|ir|sec filings?|filings?|filing details?|document|documents|IR情報|IRニュース|投資家情報|株主・投資家情報|適時開示)$`)

func splitLast(t string) (head, tail, sep string) {
	best := -1
	for _, s := range titleSeparators {
		if i := strings.LastIndex(t, s); i > 0 && i > best {
			best, sep = i, s
		}
	}
	if best < 0 {
		return t, "", ""
	}
	return strings.TrimSpace(t[:best]), strings.TrimSpace(t[best+len(sep):]), sep
}

func splitFirst(t string) (head, tail, sep string) {
	best := len(t)
	for _, s := range titleSeparators {
		if i := strings.Index(t, s); i > 0 && i < best {
			best, sep = i, s
		}
	}
	if sep == "" {
		return t, "", ""
	}
	return strings.TrimSpace(t[:best]), strings.TrimSpace(t[best+len(sep):]), sep
}

func isPipe(sep string) bool {
	s := strings.TrimSpace(sep)
	return s == "|" || s == "｜" || s == "│" || s == "／" || s == "::" || s == "»" || s == "«" || s == "·" || s == "•"
}

// isSiteName reports whether s names the site: equal to og:site_name, or
// its letters spell the host's main label ("ZDNet" for www.zdnet.com).
func isSiteName(s, site, host string) bool {
	if s == "" {
		return false
	}
	if site != "" && strings.EqualFold(cleanSpace(s), cleanSpace(site)) {
		return true
	}
	key := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
	if key == "" || len(key) < 3 {
		return false
	}
	// A site's name may add a word or two to the host's label ("ZDNet
	// Security" on zdnet.com); a longer line that opens with the label is
	// a headline about the site's owner.
	short := len(strings.Fields(s)) <= 3
	for _, label := range strings.Split(strings.ToLower(host), ".") {
		if label != "www" && len(label) >= 3 && (label == key || short && strings.HasPrefix(key, label)) {
			return true
		}
	}
	return false
}

func looksLikeSiteName(tail, head string) bool {
	n := utf8.RuneCountInString(tail)
	return n > 0 && n <= 40 && len(strings.Fields(tail)) <= 5 && utf8.RuneCountInString(head) > n
}

// looksLikeBrand accepts a dash-separated tail only when it is a short run of
// capitalised words without figures, as site names are.
func looksLikeBrand(tail, head string) bool {
	words := strings.Fields(tail)
	if len(words) == 0 || len(words) > 3 || hasDigit.MatchString(tail) || utf8.RuneCountInString(head) < 2*utf8.RuneCountInString(tail) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && r < 0x3000 {
			return false
		}
	}
	return true
}

// subjectTag reports whether a Japanese tail after a dash tags the
// headline with whom it is about, as some news sites write their
// headlines ("… - 千鳥ヶ浦市などが公表", "… - 松籟学院大"), rather than
// naming the site: it says who did what, or the page names its site
// otherwise.
func subjectTag(tail, site string) bool {
	if !hasCJK(tail) {
		return false
	}
	if jaTagPredicateRe.MatchString(tail) {
		return true
	}
	return site != "" && !strings.Contains(site, tail) && !strings.Contains(tail, site)
}

// jaTagPredicateRe finds what a headline's tag says someone did: 公表,
// 発表, など.
var jaTagPredicateRe = regexp.MustCompile(`など|が(?:公表|発表|報告|確認)|を(?:公表|発表)|公表$|発表$|報告$|明らかに`)

var logoToken = regexp.MustCompile(`(?i)logo|site-?title|site-?name|brand|masthead`)

// isLogo reports whether a heading is the site's logo or name rather than
// the article's title, as many templates mark up their masthead with <h1>.
func isLogo(s *goquery.Selection) bool {
	for _, n := range append([]*html.Node{s.Nodes[0]}, s.Parent().Nodes...) {
		for _, a := range n.Attr {
			if (a.Key == "class" || a.Key == "id") && logoToken.MatchString(a.Val) {
				return true
			}
		}
	}
	return cleanSpace(s.Text()) == "" || (s.Find("img").Length() > 0 && len(cleanSpace(s.Text())) < 30 && s.Find("a[href='/']").Length() > 0) ||
		linksToSiteRoot(s)
}

// linksToSiteRoot reports a heading whose whole text is a link to the top
// of a site or a blog ("/", "/myblog/"): the masthead's name, not a title.
func linksToSiteRoot(s *goquery.Selection) bool {
	links := s.Find("a")
	if links.Length() != 1 || cleanSpace(links.Text()) != cleanSpace(s.Text()) {
		return false
	}
	href, _ := links.Attr("href")
	u, err := url.Parse(href)
	if err != nil || u.RawQuery != "" {
		return false
	}
	// "/" or a blog's "/myblog/" under a short name; a post's permalink
	// ("/post-slug/") under its headline is no masthead.
	depth := len(strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' }))
	return depth == 0 || depth == 1 && strings.HasSuffix(u.Path, "/") && len(strings.Fields(s.Text())) <= 3
}

// emphasisedHeadline returns the first emphasised line of the page that
// reads as a headline: an <h2>/<h3>, or a bold or large-font run that is a
// whole block's text. Old press-release templates set their headline so,
// without <h1>; it is the last resort when the title is only <title>.
func emphasisedHeadline(root *html.Node) string {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if isEmphasis(c) {
				t := strings.TrimLeft(cleanSpace(nodeText(c)), headlineDecor)
				t = strings.TrimSpace(t)
				if t != "" && isHeadlineLine(t) && !isOrgLine(t) && !signatory.MatchString(t) && !relatedHeading.MatchString(t) &&
					(strings.HasSuffix(cleanSpace(nodeText(blockAncestor(c))), t) || ownLine(c)) {
					// As the page writes it, ideographic spaces kept.
					found = strings.TrimSpace(strings.TrimLeft(cleanTitle(nodeText(c)), headlineDecor))
					return
				}
			}
			walk(c)
		}
	}
	walk(root)
	return found
}

// headingAnchors are the permalink marks documentation generators put
// after a heading: "Release notes¶".
const headingAnchors = "¶#§🔗 "

// headlineDecor are the marks a heading may open with: ■お知らせ, ◆Notice.
const headlineDecor = "■□◆◇●○▼▽▶►★☆※・-–— "

func isEmphasis(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.B, atom.Strong:
		return true
	case atom.Font:
		size, _ := attr(n, "size")
		return size >= "4" && size <= "7" || strings.HasPrefix(size, "+")
	}
	return false
}

// ownLine reports whether n stands on a line of its own: between line
// breaks or blocks, as a table-layout page sets its headline in a cell
// (<br><font size="4"><b>…</b></font><br>).
func ownLine(n *html.Node) bool {
	if hasBreak(n) {
		return false // lines of a letterhead, not one headline
	}
	for ; n != nil && n.Parent != nil; n = n.Parent {
		prev, next := lineNeighbour(n, true), lineNeighbour(n, false)
		if !lineEdge(prev) || !lineEdge(next) {
			return false
		}
		if prev != nil || next != nil || blockAtoms[n.Parent.DataAtom] {
			return true
		}
		// Alone inside an inline element: its parent's neighbours tell.
	}
	return false
}

// hasBreak reports whether n holds a <br>.
func hasBreak(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Br || hasBreak(c)) {
			return true
		}
	}
	return false
}

// lineNeighbour returns n's nearest sibling before (or after) it that is
// not blank text, or nil.
func lineNeighbour(n *html.Node, before bool) *html.Node {
	next := func(x *html.Node) *html.Node {
		if before {
			return x.PrevSibling
		}
		return x.NextSibling
	}
	for s := next(n); s != nil; s = next(s) {
		if s.Type == html.ElementNode || s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return s
		}
	}
	return nil
}

// lineEdge reports whether a neighbour ends a line: none, a <br> or a
// block.
func lineEdge(n *html.Node) bool {
	return n == nil || n.Type == html.ElementNode && (n.DataAtom == atom.Br || blockAtoms[n.DataAtom])
}

func blockAncestor(n *html.Node) *html.Node {
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && blockAtoms[p.DataAtom] {
			return p
		}
	}
	return n
}

// quoteFolder writes typographic quotes and apostrophes plainly.
var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "′", "'")
