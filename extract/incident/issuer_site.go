package incident

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A company's own notice may say only 当社 or "we" and name itself only in
// the page's header or footer, which text extraction leaves out. Such a
// notice stands on the company's own site, so a well-known company's web
// address names it: www.toyota.example/news/… is Toyota's.

// siteIssuer returns the well-known organisation a page's address belongs
// to, or "" when it names none or names a news outlet or an authority.
func siteIssuer(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	for _, label := range strings.Split(strings.ToLower(u.Hostname()), ".") {
		if label == "" || hostWords[label] {
			continue
		}
		en, ok := englishCanon[latinKey(strings.ReplaceAll(label, "-", " "))]
		if ok && !isCommenter(en) && !jaCommenters[en] {
			return en
		}
	}
	return ""
}

// hostWords are the labels of web addresses that name no organisation.
var hostWords = wordSet(`www www1 www2 www3 global corp corporate news newsroom press ir jp en com co ne or ac go net org example info biz`)

// noticeIssuer returns the issuer of a first-person notice that names no
// one in its text: the publisher the page names (see siteOrganisation),
// else the well-known company its address belongs to.
func noticeIssuer(d Doc, publisher string) []Victim {
	name, evidence := publisher, d.Site
	if name == "" {
		name, evidence = siteIssuer(d.URL), d.URL
	}
	if name == "" {
		return nil
	}
	return []Victim{{Name: name, Mention: name, Evidence: evidence}}
}

// publishingPlatforms are sites that host everyone's posts; their name as
// a page's site says nothing of who speaks.
var publishingPlatforms = wordSet(strings.ToLower(`linkedin medium substack github gitlab reddit mastodon twitter x facebook instagram youtube threads bluesky
note qiita zenn hatena ameba ameblo livedoor seesaa fc2 wordpress.com blogger tumblr ghost notion discourse dev.to hashnode
edinet tdnet prtimes pr-times beehiiv mailchimp`))

// disclosurePlatformRe finds the name of a filing or disclosure viewer a
// page stands on: EDINET閲覧(提出), TDnet, 適時開示情報閲覧サービス, SEC EDGAR.
var disclosurePlatformRe = regexp.MustCompile(`(?i)^(?:EDINET|TDnet|EDGAR|SEC EDGAR|PR TIMES|適時開示情報閲覧サービス|@Press|共同通信PRワイヤー)`)

// jaSiteWords and enSiteWords end a site's name after its owner's:
// カシオ計算機株式会社 ニュースリリース, Red Mesa Community College Newsroom.
var (
	jaSiteWordsRe = regexp.MustCompile(`[\s|｜:：-]*(?:だより|便り|ブログ|日記|ニュースリリース|プレスリリース|ニュース|お知らせ|公式サイト|公式ホームページ|ホームページ|ウェブサイト|サイト|ステータスページ|ステータス|稼働状況|障害情報|サポートサイト|サポート|ヘルプセンター|IRライブラリ|IRライブラリー|IR情報|IRニュース|IR|投資家情報|株主・投資家情報|株主・投資家の皆様へ|企業情報|会社情報|採用情報|ニュースルーム|報道発表|報道資料)$`)
	enSiteWordsRe = regexp.MustCompile(`(?i)[\s|:-]*\b(?:news ?room|news|press releases?|press|media centre|media center|official site|website|blog|updates?|news ?flash|news releases?|announcements|alerts|notices|status(?: page)?|system status|service status|(?:trust|security|help|support|privacy|customer|investor) (?:cent(?:er|re)|portal|hub|page)|trust|investor relations|support|(?:tech|engineering|developers?|dev|product|design|it) blog|(?:community |user |support |customer )?forums?|community|discussions?|user groups?|online|e-?learning|learning|learn|moodle|canvas|blackboard|student portal|portal|intranet)$`)
)

// jaOutletSiteRe finds the words of a news site's or a release hub's
// name: 〇〇新聞, セキュリティ速報, ニュースリリース配信センター, PRワイヤー.
var jaOutletSiteRe = regexp.MustCompile(`新聞|新報|速報|通信|配信|ワイヤー|ワイヤ|プレス|ニュース|タイムズ|ジャーナル|クロステック|メディア|ブログ|まとめ|ウォッチ|ダイジェスト|オンライン|ドットコム|放送|テレビ|ラジオ|日報|時報|週報|月報|PR`)

// jaFacilityEndRe ends the name of a clinic, a school or a library that a
// corporation runs: 医療法人社団やまびこ会 かすみ野クリニック.
var jaFacilityEndRe = regexp.MustCompile(`^\S{2,}(?:クリニック|医院|歯科|歯科医院|診療所|学校|中学校|小学校|幼稚園|保育園|こども園|図書館)$`)

// jaInnOrShopRe finds the name of an inn, a restaurant or a shop by its
// last word: かげろう亭, 松風庵, 山田屋, 旅館つばき.
// jaShopKindEndRe finds the kind of business a catchphrase before a
// shop's or an inn's name ends with: …の店, …の宿, …の工房.
var jaShopKindEndRe = regexp.MustCompile(`の(?:店|お店|宿|お宿|工房|教室|サロン|カフェ|ショップ|専門店|雑貨店|アトリエ)$`)

var jaInnOrShopRe = regexp.MustCompile(`^\S{2,}(?:亭|庵|堂|屋|館|荘|園|舗|旅館|ホテル|本舗)$|^(?:旅館|ホテル|料亭|民宿)\S{2,}$`)

// siteOrganisation canonicalises the publisher a page names, or returns ""
// when it does not read as an organisation's name or names an outlet or
// an authority.
func siteOrganisation(site string, ja bool) string {
	site = strings.TrimSpace(normalise(site))
	if site == "" || publishingPlatforms[strings.ToLower(site)] || disclosurePlatformRe.MatchString(site) {
		// LinkedIn, Medium, GitHub: the platform a post is on, not
		// whose notice it is.
		return ""
	}
	if ja {
		for {
			// KUMORI Cloud ステータス・お知らせ: site words may stand
			// two in a row.
			cut := strings.TrimRight(strings.TrimSpace(jaSiteWordsRe.ReplaceAllString(site, "")), "・･ ")
			if cut == site || cut == "" {
				break
			}
			site = cut
		}
		if !hasJapanese(site) {
			// A Latin site name on a Japanese page reads as in English;
			// a small firm's brand may open in lower case there
			// ("atelier NUIME").
			if name := siteOrganisation(site, false); name != "" {
				return name
			}
			return lowerCaseBrand(site)
		}
		if jaOutletSiteRe.MatchString(site) {
			return ""
		}
		site = japanesePart(site)
		if f := strings.Fields(site); len(f) > 1 && (jaInstitutionEnd(f[len(f)-1]) || jaFacilityEndRe.MatchString(f[len(f)-1])) {
			// 医療法人社団青葉会 あおば台記念病院: the facility after the
			// corporation that runs it.
			site = f[len(f)-1]
		} else if len(f) == 2 && strings.Contains(f[0], "の") && (jaInnOrShopRe.MatchString(f[1]) || jaShopKindEndRe.MatchString(f[0])) {
			// 湯守の宿 かげろう亭: a catchphrase before the inn's name;
			// 和雑貨と文具の店 ことりや: what the shop sells, then its name.
			site = f[1]
		}
		name, _ := canonJapanese(site, map[string]bool{}, map[string]bool{})
		if name == "" || isJapaneseCommenter(name) || isCommenter(name) || hasJapanese(name) && strings.ContainsAny(name, " 　") {
			return ""
		}
		return name
	}
	for _, sep := range []string{" — ", " – ", " | ", " - ", " · "} {
		// "City of Marlow Springs — News Flash": the owner before the
		// section.
		if i := strings.Index(site, sep); i > 0 {
			site = site[:i]
		}
	}
	site = strings.TrimSpace(enSiteWordsRe.ReplaceAllString(site, ""))
	if i := strings.Index(site, ", "); i > 0 && !legalFormRe.MatchString(site[i:]) {
		// "Tallow County, Oregon": the place after the name.
		site = site[:i]
	}
	if f := strings.Fields(strings.ToLower(site)); len(f) > 1 && journalWords[f[len(f)-1]] {
		// "Community College Information Systems Review": a journal
		// named for its field, not an institution's site.
		return ""
	}
	words := siteUnitCut(strings.Fields(site))
	if len(words) == 0 || len(words) > 7 {
		return ""
	}
	for _, w := range words {
		if !capitalised(w) && !joinWords[w] && w != "&" {
			return ""
		}
	}
	name, _ := canonEnglish(strings.Join(words, " "), map[string]string{}, false)
	if name == "" || isCommenter(name) || isCommenter(strings.Join(words, " ")) || outletName(name) {
		return ""
	}
	return name
}

// japanesePart returns the Japanese name of an institution's site name
// that gives it with its English one beside it ("北稜大学 Hokuryo
// University"), else the name as it is.
func japanesePart(site string) string {
	f := strings.Fields(site)
	if len(f) < 2 {
		return site
	}
	latin := func(ws []string) bool {
		for _, w := range ws {
			if hasJapanese(w) {
				return false
			}
		}
		return true
	}
	// The Japanese part is written in Japanese alone: "KOTOBUKI
	// Systems株式会社" is one name.
	// It is taken for an institution's (北稜大学, 青葉台市); a company may
	// go by its English name.
	japanese := func(w string) bool {
		return hasJapanese(w) && !strings.ContainsFunc(w, isASCIILetterRune) && jaPublicBodyEndRe.MatchString(w)
	}
	switch {
	case japanese(f[0]) && latin(f[1:]):
		return f[0]
	case japanese(f[len(f)-1]) && latin(f[:len(f)-1]):
		return f[len(f)-1]
	}
	return site
}

// isASCIILetterRune reports a Latin letter of ASCII.
func isASCIILetterRune(r rune) bool { return r < 128 && isASCIILetter(byte(r)) }

// journalWords end the names of journals and magazines.
var journalWords = wordSet(`review journal quarterly magazine gazette digest letters proceedings annals transactions bulletin monthly weekly`)

// lowerCaseBrand returns a Latin site name of two or three words that a
// Japanese page's owner writes with a lower-case word beside a capitalised
// one ("atelier NUIME", "studio Kumo"), or "" for anything else: a
// sentence, a figure, an outlet's name.
func lowerCaseBrand(site string) string {
	f := strings.Fields(site)
	if len(f) < 2 || len(f) > 3 || strings.ContainsAny(site, "0123456789") || outletName(site) || isCommenter(site) {
		return ""
	}
	upper := false
	for _, w := range f {
		if !isLatinWord(w) {
			return ""
		}
		if capitalised(w) {
			upper = true
		}
	}
	if !upper {
		return ""
	}
	return site
}

// legalFormRe finds a legal form after a comma: ", Inc.", ", LLC".
var legalFormRe = regexp.MustCompile(`(?i)^, (?:inc|llc|llp|ltd|limited|corp|co|plc|l\.l\.c|p\.c|pllc|lp|gmbh|ag|s\.a|n\.v|b\.v)\b`)

// siteUnits open the name of a unit whose site stands under its
// institution's name: "Brookhollow University Information Technology
// Services", "Marsh County Office of Emergency Management".
var siteUnits = wordSet(`information technology it its office department dept communications library libraries human
media public press marketing division news newsroom alumni admissions registrar student students faculty finance`)

// institutionHeads end the names of institutions whose units have sites
// of their own.
var institutionHeads = wordSet(`university college county city council hospital district bank town borough township
authority`)

// siteUnitCut cuts a site's name after its institution when a unit's name
// follows.
func siteUnitCut(words []string) []string {
	for i := 1; i+1 < len(words); i++ {
		if institutionHeads[strings.ToLower(words[i])] && siteUnits[strings.ToLower(words[i+1])] {
			return words[:i+1]
		}
	}
	return words
}

// outletWords end the names of news outlets and publications, whose
// sites tell of others' incidents.
var outletWords = wordSet(`news times post journal herald courier ledger gazette tribune daily weekly review wire
report reporter today magazine online insider record register observer chronicle digest press media tv radio blog
beacon bulletin dispatch star sun mail telegraph express standard monitor examiner inquirer sentinel leader
week world watch hub desk brief briefing newsletter podcast newswire releases wirehub tracker trackers database wiki feed
index roundup`)

// outletName reports a name that ends as a publication's does.
func outletName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && outletWords[f[len(f)-1]]
}

// publisherVictim returns the organisation publishing an English page
// about a breach that names no victim — name is what siteOrganisation
// made of site — when the text refers to that organisation: by its name,
// or as "the county" or "the University" after its head noun. It returns
// nil otherwise.
func publisherVictim(site, name string, ss []sentence) []Victim {
	if !englishIncidentLead(ss) {
		return nil
	}
	for _, s := range ss {
		if s.title && (enLaunchRe.MatchString(s.text) || enAdvisoryRe.MatchString(s.text) || enNotNoticeTitleRe.MatchString(withoutUpdateNumber(s.text)) || noIncidentTitleRe.MatchString(s.text)) {
			// A launch, an advisory, a roundup; an arrest or a takedown
			// ("Police dismantle PhishPlume platform"): the publisher
			// tells of others.
			return nil
		}
	}
	if name == "" || securityVendor(strings.ToLower(name)) {
		return nil
	}
	text := strings.ToLower(joinedText(ss))
	lname := strings.ToLower(name)
	if researchesOrAdvises(text, lname) || responderRe.MatchString(text) {
		// The publisher researches or advises (a vendor's blog), or
		// responded to a client's breach.
		return nil
	}
	f := strings.Fields(lname)
	// A first-person page names its writer; an organisation's name
	// (Bank, University, Inc) tells its notice from a columnist's or a
	// tracker's "we".
	plain := unquoted(text)
	named := containsWord(text, lname) || (orgLike(name) && firstPersonRe.MatchString(plain) || ownServiceRe.MatchString(plain)) && !enResearcherWeRe.MatchString(plain)
	if !named && len(f) > 1 && institutionHeads[f[len(f)-1]] {
		named = containsWord(text, "the "+f[len(f)-1])
	}
	if !named && len(f) > 2 && f[1] == "of" && institutionHeads[f[0]] {
		// "City of Marlow Springs" calls itself "the City".
		named = containsWord(text, "the "+f[0])
	}
	for i := 1; !named && i+1 < len(f); i++ {
		if (f[i+1] == "for" || f[i+1] == "of" || f[i+1] == "on") && (institutionHeads[f[i]] || kindTailWords[f[i]]) {
			// "Skerrow Institute for Marine Research" calls itself
			// "the Institute".
			named = containsWord(text, "the "+f[i])
		}
	}
	if !named {
		return nil
	}
	return []Victim{{Name: name, Mention: name, Evidence: site}}
}

// productNounRe follows a product's name used as one: "Inkwell Cloud
// accounts", "the Inkwell Cloud workspace service".
var productNounRe = regexp.MustCompile(`(?i)^(?:'s)?\s+(?:[a-z\-]+\s+)?(?:accounts?|services?|workspaces?|apps?|application|platform|users?|customers?|passwords?|subscriptions?|subscribers?|products?|api|dashboard|console|portal|logins?|instances?|tenants?|members?|data|tokens?|sessions?)\b`)

// productOnly reports whether the text writes name at least twice and
// always as a product's, before what the product holds or serves.
func productOnly(name, text string) bool {
	if name == "" {
		return false
	}
	n := 0
	for i := strings.Index(text, name); i >= 0; {
		n++
		if !productNounRe.MatchString(text[i+len(name):]) {
			return false
		}
		j := strings.Index(text[i+len(name):], name)
		if j < 0 {
			break
		}
		i += len(name) + j
	}
	return n >= 2
}

// containsFold reports whether s contains sub, case aside.
func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// leadOrgRe finds an organisation named in a first-person lead by where
// the writer was: "the phones at Corriveau Dental Partners started
// ringing", "our team at Halden Labs".
var leadOrgRe = regexp.MustCompile(`\b(?:at|for|with|of) ((?:[A-Z][\w&'.-]*\s){0,4}[A-Z][\w&'.-]*)`)

// writerOrganisation returns the one organisation a first-person account
// names in its first two sentences, or nil: a security leader's post about
// "our network" on a platform that names no company of its own.
func writerOrganisation(ss []sentence) []Victim {
	var found []string
	for _, s := range ss {
		if s.title || s.idx > 1 {
			continue
		}
		for _, m := range leadOrgRe.FindAllStringSubmatch(s.text, -1) {
			name := strings.TrimRight(m[1], " .,'")
			if orgLike(name) && len(strings.Fields(name)) >= 2 && !slices.Contains(found, name) {
				found = append(found, name)
			}
		}
	}
	if len(found) != 1 {
		return nil
	}
	return []Victim{{Name: found[0], Mention: found[0], Evidence: found[0]}}
}

// municipalSelfRe finds a municipality's notice calling itself by its
// kind, capitalised as a defined term: "the Town's computer network", "The
// City immediately disconnected".
var municipalSelfRe = regexp.MustCompile(`\b[Tt]he (Town|City|Village|County|Borough|Township)\b`)

// selfKind returns the one kind (Town, District) by which a text that
// speaks of a breach early on calls itself, as re's first group finds it,
// when it does so at least twice and by no other kind; "" otherwise.
func selfKind(re *regexp.Regexp, text string, ss []sentence) string {
	if !englishIncidentLead(ss) {
		return ""
	}
	kinds := map[string]int{}
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		kinds[m[1]]++
	}
	if len(kinds) != 1 {
		return ""
	}
	for k, n := range kinds {
		if n >= 2 {
			return k
		}
	}
	return ""
}

// datelineMunicipality returns the municipality a release names only by
// its dateline and "the Town" (GREYHAVEN — … the Town's network): Town of
// Greyhaven, or Greyhaven County; nil unless the text speaks of a breach
// early on and calls itself so at least twice, always by the same kind.
func datelineMunicipality(text string, ss []sentence) []Victim {
	kind := selfKind(municipalSelfRe, text, ss)
	if kind == "" {
		return nil
	}
	for _, m := range datelineRe.FindAllStringSubmatch(text[:min(len(text), 2000)], 3) {
		place := strings.TrimSpace(m[1])
		if strings.ToUpper(place) != place || legalFormDatelineRe.MatchString(m[0]) || len(strings.Fields(place)) > 3 {
			continue
		}
		words := strings.Fields(strings.ToLower(place))
		for i, w := range words {
			r, size := utf8.DecodeRuneInString(w)
			words[i] = string(unicode.ToUpper(r)) + w[size:]
		}
		name := kind + " of " + strings.Join(words, " ")
		if kind == "County" {
			name = strings.Join(words, " ") + " County"
		}
		return []Victim{{Name: name, Mention: place, Evidence: strings.TrimSpace(m[0])}}
	}
	return nil
}

// placeGovernment returns the municipality a local news story names only
// by its place and "the city" (headline "Port Alder says cyberattack
// exposed data …", lead "PORT ALDER — The city says …"): the place's
// government, under the name the headline gives it. The place's name
// alone reads as a place, so no cue keeps it; nil unless the headline
// puts the place before a breach or a statement about one, or after an
// attack "on" it, and the lead calls it "the city" (town, county, …).
func placeGovernment(title string, ss []sentence) []Victim {
	m := placeHeadlineRe.FindStringSubmatch(title)
	if m == nil {
		return nil
	}
	place := m[1]
	if place == "" {
		place = m[2]
	}
	if !titleBreachRe.MatchString(title) || !englishIncidentLead(ss) {
		return nil
	}
	for _, s := range ss {
		if s.title || s.idx > 2 {
			continue
		}
		if m := localGovernmentRe.FindStringSubmatch(s.text); m != nil {
			name := place
			if kind := strings.ToLower(m[3]); (kind == "township" || kind == "county") && !strings.HasSuffix(strings.ToLower(place), " "+kind) {
				// "Township officials said…" under "Marrowfield mailing
				// letters…": Marrowfield Township, the name a township
				// or a county goes by (and not "the county's largest
				// city", which is no township's own word).
				name = place + " " + strings.ToUpper(kind[:1]) + kind[1:]
			}
			return []Victim{{Name: name, Mention: place, Evidence: s.text}}
		}
	}
	return nil
}

// placeHeadlineRe finds the place a headline opens with, before what it
// says or suffered ("Port Alder says …", "Harlow hit by …"), or the place
// an attack was "on".
var placeHeadlineRe = regexp.MustCompile(`^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?:says|said|confirms|confirmed|discloses|disclosed|admits|admitted|notifies|notifying|warns|reports|hit|struck|suffers|suffered|investigating|investigates|recovering|recovers|mailing|mails|sending|sends|alerting|alerts|offering|offers)\b|\b(?:attack|breach|hack|intrusion) (?:on|at|against) ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b`)

// localGovernmentRe finds a story calling a municipality by its kind, as
// the one that speaks, owns systems or was attacked: "The city says",
// "the county's servers", "an attack on the town", "Township officials
// said". It captures the kind.
var localGovernmentRe = regexp.MustCompile(`(?i)\bthe (city|town|county|village|borough|township)(?: government)?(?:'s| (?:says|said|has said|confirmed|has confirmed|disclosed|reported|notified|is notifying|began|discovered|detected|shut|took|was hit|was attacked|was targeted))\b|\b(?:attack|breach|intrusion) on the (city|town|county|village|borough|township)\b|\b(city|town|county|village|borough|township) officials (?:on [A-Z][a-z]+ )?(?:said|say|says|confirmed|disclosed|told)\b`)

// selfKindRe finds a notice calling its issuer by its kind, capitalised
// as a defined term: "The District uses an outside company", "the
// Practice's email system".
var selfKindRe = regexp.MustCompile(`\b[Tt]he (District|Hospital|Practice|Bank|Credit Union|School|College|University|Library|Authority|Cooperative|Co-op|Clinic|Foundation|Association|Society|Trust|Commission|Agency|Museum|Church|Plan|Utility|Corporation)\b`)

// selfKindOrganisation returns the organisation a notice names only by
// its kind ("the District") and, once, in full somewhere on the page (a
// sign-off, a footer: "Cedar Notch Public Water District • 1150 Quarry
// Road"); nil unless the text speaks of a breach early on, calls itself by
// one kind at least twice and writes exactly one name ending in it.
func selfKindOrganisation(text string, ss []sentence) []Victim {
	kind := selfKind(selfKindRe, text, ss)
	if kind == "" {
		return nil
	}
	return selfKindName(text, kind)
}

// selfKindName returns the one name text writes ending in kind (Cedar
// Notch Public Water District), or nil when it writes none or several.
func selfKindName(text, kind string) []Victim {
	re, err := regexp.Compile(`\b((?:[A-Z][\w'&.-]*(?: of| for| and)? ){1,6}` + regexp.QuoteMeta(kind) + `)\b`)
	if err != nil {
		return nil
	}
	var found []string
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		name := strings.TrimPrefix(m[1], "The ")
		if len(strings.Fields(name)) < 2 || strings.HasPrefix(name, "the ") || slices.Contains(found, name) {
			continue
		}
		found = append(found, name)
	}
	if len(found) != 1 {
		return nil
	}
	return []Victim{{Name: found[0], Mention: found[0], Evidence: found[0]}}
}

// anaphoricKindRe finds a report calling an organisation by its kind in
// lower case, as news copy does after naming it once: "the county's
// online payment portal", "the hospital said".
var anaphoricKindRe = regexp.MustCompile(`\bthe (county|city|town|village|borough|township|hospital|university|college|district|council|credit union|bank|clinic|library|museum|utility|airport|port|cooperative|co-op)\b`)

// anaphoricOrganisation returns the organisation a report names in full
// (Fernbrook County, Marlow General Hospital) and then calls by its kind
// ("the county"); nil unless the text speaks of a breach early on, calls
// it so at least twice, always by the same kind, and writes exactly one
// name ending in that kind.
func anaphoricOrganisation(text string, ss []sentence) []Victim {
	kind := selfKind(anaphoricKindRe, text, ss)
	if kind == "" {
		return nil
	}
	words := strings.Fields(kind)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return selfKindName(text, strings.Join(words, " "))
}

var (
	// researchRoleBeforeRe and researchRoleAfterRe find, around a
	// name in lower-cased text, the name researching, advising or
	// reporting: "researchers at quillon labs", "quillon labs
	// researchers found", "the registry asked the utility".
	researchRoleBeforeRe = regexp.MustCompile(`\b(?:researchers?|analysts?|experts?|teams?) (?:at|from) $`)
	researchRoleAfterRe  = regexp.MustCompile(`^(?:(?:'s |’s )?(?:researchers?|analysts?|research|threat|labs?|team|report)|(?:has |have )?(?:found|observed|tracked|tracks|identified|published|recommends|warns|warned)|(?:has |have )?(?:asked|contacted|reached out to) [^.]{0,60}?(?:how|whether|why|what|for (?:a )?(?:comment|response|statement))|(?:has |have )?requested comment)\b`)
)

// researchesOrAdvises reports whether lower-cased text writes the name
// lname as a researcher's, an adviser's or a reporter's.
func researchesOrAdvises(text, lname string) bool {
	return anyOccurrence(text, lname, 0, func(i, end int) bool {
		after := strings.TrimPrefix(text[end:min(len(text), end+60)], " ")
		return researchRoleBeforeRe.MatchString(text[max(0, i-40):i]) || end < len(text) && (text[end] == ' ' || strings.HasPrefix(text[end:], "'s ")) && researchRoleAfterRe.MatchString(after)
	})
}

// enNotNoticeTitleRe finds the headline of a page that reports on others:
// research, alerts, newsletters, roundups.
var enNotNoticeTitleRe = regexp.MustCompile(`(?i)^(?:research|alert|advisory|analysis|report|opinion|podcast|webinar)\b|#\d|\b(?:weekly|newsletter|roundup|round-up|recap|digest|week in|this week)\b`)

// securityVendorRe finds the words of a security vendor's or a research
// group's name, whose "we" reports on others' incidents.
var securityVendorRe = regexp.MustCompile(`\b(?:threat|security|cyber\w*|intelligence|forensics?|infosec|defen[cs]e|sec\w*|breach\w*|hack\w*|news\w*)\b`)

// researchGroupRe finds the words of a research group's name; with an
// institution's word beside them they name a research institute of
// another field ("Skerrow Institute for Marine Research"), which may be
// breached like any body.
var researchGroupRe = regexp.MustCompile(`\b(?:research|labs?)\b`)

// researchInstitutionRe finds an institution's word in a name.
var researchInstitutionRe = regexp.MustCompile(`\b(?:institute|institution|university|college|school|hospital|centre|center|council|foundation|society|museum|trust|academy|agency)\b`)

// securityVendor reports whether a lower-case name is a security vendor's
// or a security research group's.
func securityVendor(lname string) bool {
	return securityVendorRe.MatchString(lname) || researchGroupRe.MatchString(lname) && !researchInstitutionRe.MatchString(lname)
}

// ownServiceRe finds a first person speaking of its own customers and
// their accounts, as a status page or a provider's notice does: "we have
// reset the passwords of every affected account", "our customers".
var ownServiceRe = regexp.MustCompile(`\bwe (?:have )?(?:reset|notified|contacted|revoked|rotated|disabled|locked|emailed)\b[^.]{0,60}\b(?:accounts?|customers?|users?|passwords?|tokens?|credentials)\b|\bour (?:customers|users|members|clients)' (?:accounts|data|information)\b`)

// enResearcherWeRe finds a researcher's first person: "we observed", "we
// tracked".
var enResearcherWeRe = regexp.MustCompile(`\bwe (?:have |had )?(?:observed|tracked|analy[sz]ed|saw|responded to|were called|assisted|helped)\b`)

// quotedRe finds quoted speech.
var quotedRe = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// unquoted returns text without its quoted speech.
func unquoted(text string) string { return quotedRe.ReplaceAllString(text, " ") }

// englishIncidentLead reports a headline or one of the first three
// sentences of prose that speaks of a breach.
func englishIncidentLead(ss []sentence) bool {
	prose := 0
	for _, s := range ss {
		l := strings.ToLower(s.text)
		if !s.title {
			if len(strings.Fields(l)) < 8 {
				continue
			}
			prose++
		}
		if enBreachRe.MatchString(l) || enIncidentWordRe.MatchString(l) || enIncidentSentenceRe.MatchString(l) {
			return true
		}
		if prose == 3 {
			break
		}
	}
	return false
}

// containsWord reports whether text holds phrase between word boundaries.
func containsWord(text, phrase string) bool {
	return anyOccurrence(text, phrase, 0, func(i, end int) bool {
		return (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end]))
	})
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z'
}

// ownBreachNote reports a text with a sentence in which its issuer tells
// of an attack on its own systems: 当社は、…当社サーバーが…不正アクセスを
// 受け, "the Company detected unauthorized access to its systems".
func ownBreachNote(ss []sentence, ja bool) bool {
	for _, s := range ss {
		if s.title {
			continue
		}
		if ja && jaOwnNoteRe.MatchString(s.text) || !ja && definedCompanyBreachRe.MatchString(s.text) {
			return true
		}
	}
	return false
}

// definedKindSelfRe finds a body speaking of itself by its kind, written
// as a defined term: "The Authority is notifying participants…", "The
// District has learned…".
var definedKindSelfRe = regexp.MustCompile(`^The (?:Authority|District|Company|County|City|Town|Trust|Hospital|Bank|Agency|Department|University|College|School|Practice|Clinic|Library|Board|Commission|Credit Union|Society|Association|Council|Foundation|Plan|Fund|Firm) (?:(?:is|has|was|have|had|recently|today) )*(?:notifying|notified|discovered|detected|learned|identified|became aware|experienced|writing|writes|wants|announced|confirmed|is investigating|investigated)\b`)

// jaResponderRe finds a security firm telling of the incident it answered
// for a client.
var jaResponderRe = regexp.MustCompile(`(?:インシデントレスポンス|IRチーム|フォレンジック(?:チーム)?)[^。]{0,60}?(?:依頼を受け|支援を行|調査を行|対応を支援)|(?:から|より)(?:の)?依頼を受け[^。]{0,40}?(?:調査|復旧支援|対応)`)

// jaOwnNoteRe finds a sentence opening on the issuer that tells of an
// attack on its own systems, wherever it stands.
var jaOwnNoteRe = regexp.MustCompile(`^(?:当社|弊社|当行|当院|本学|当法人|当組合)(?:は|では|において)、?[^。]{0,40}?(?:当社|弊社|当行|当院|本学|当法人|当組合)の?[^。]{0,10}?(?:サーバー?|システム|ネットワーク|パソコン|端末)[^。]{0,20}?(?:不正アクセス|ランサムウェア|サイバー攻撃|不正に?アクセス)[^。]{0,6}?(?:を受け|により|に感染|され)`)

// ownBreachJaRe finds a notice speaking of a breach of its issuer's own
// systems: 当社サーバーへの不正アクセス, 当院では…ランサムウェアによる.
var ownBreachJaRe = regexp.MustCompile(`(?:` + jaFundSelf + `|` + jaTempleSelf + `|当自治会|本自治会|当町内会|本町内会|当管理組合|本管理組合|当同窓会|本同窓会|当後援会|当クラブ|当教室|本教室|当塾|本塾|当園|本園|当サロン|当クリニック|当薬局|当医院|当事務所|当JA|本JA|本生協|本学園|当学園|当店|弊店|当ＪＡ|当社|弊社|当院|本学|当法人|当機構|当組合|当行|弊行|本市|当市|本町|当町|本村|当村|当協会|当会|当校|本校|当センター|当館|当金庫|当財団|当生協|本会|当団体|当病院|当大学|本組合|当グループ)(?:の|が|は|では|に|へ|で)?[^。]{0,60}?(?:不正な?アクセス|サイバー攻撃|ランサムウェア|攻撃|感染|侵入|漏えい|漏洩|流出|不正ログイン|閲覧可能|閲覧できる状態|公開状態|設定不備|誤送信|誤って[^。]{0,12}?(?:送信|送付|封入|発送|郵送|配布|配付|掲載)|誤送付|誤配送|誤交付|誤掲載|誤封入|誤発送|紛失|置き忘れ|誤廃棄|盗難|不正利用)`)

// ownBreachEnRe finds the same in English: "parts of our network", "we
// detected unusual activity".
var ownBreachEnRe = regexp.MustCompile(`\b(?:incident|breach|attack|cyberattack|unauthori[sz]ed access|intrusion|compromise) (?:involving|affecting|to|of|into|on|at) our\b|\bour (?:[a-z\-]+ ){0,2}?(?:network|systems?|servers?|environment|email|databases?|files|it|tooling|tools|infrastructure|platform|service|application|portal|website|shop|store|online shop|online store|checkout|checkout page|payment page|payment form|app|logs|api|endpoint)\b|\bwe (?:have |are |will |began |have begun )?(?:notified|notifying|notify|contacted|contacting|informed|alerting|alerted) (?:all |the |every )?(?:affected|impacted)\b|\bwe (?:recently |have )?(?:detected|discovered|became aware|identified|learned|experienced|were (?:the )?(?:target|victim))\b|\bwe (?:want to |would like to |are writing to )?(?:share|tell you|let (?:you|our [a-z]+|all (?:of )?(?:our )?[a-z]+|[a-z]+) know|inform you|update you) (?:what we know |(?:some |important )?(?:information|details) |an update )?about (?:a|the|an) (?:recent )?(?:(?:security|cybersecurity|cyber|data security|privacy) )?(?:incident|event|breach)\b|\b(?:told|informed|notified|alerted) us (?:that|of|about)\b[^.]*\b(?:including us|our (?:data|files|records|donors|customers|members|patients|clients|students))|\b(?:told|informed|notified|alerted) us\b(?: on [a-z]+ \d{1,2})? (?:that|of|about)\b[^.]*\b(?:attack|attacker|breach|intrusion|intruder|unauthori[sz]ed|broke into|broken into|hack)|\bour (?:donor|customer|member|patient|client|student|employee)s?(?: [a-z]+)? (?:list|data|database|records|files|information)\b|\bwe (?:have |had )?(?:established|confirmed|determined|concluded|found) that\b[^.]*\b(?:was|were|had been|has been|have been) (?:taken|stolen|accessed|copied|exfiltrated|exposed|compromised|obtained)\b`)

// shortLinesBefore reports whether the sentences before index idx are all
// short lines without a full stop (a date line, a section heading such as
// "What happened", the headline again), so
// that the text's first sentence of prose stands at idx.
func shortLinesBefore(ss []sentence, idx int) bool {
	for _, s := range ss {
		if s.title || s.idx >= idx {
			continue
		}
		n := utf8.RuneCountInString(s.text)
		if n > 80 || n > 40 && strings.HasSuffix(s.text, ".") {
			return false
		}
	}
	return true
}

// audienceTitleRe finds a headline addressed to the people a notice
// concerns ("Account security update for Copperline Rewards members"),
// which an advisory's ("Security update for Acme Gateway") is not.
var audienceTitleRe = regexp.MustCompile(`(?i)\bfor (?:[\w&'.-]+ ){0,4}?(?:members|customers|users|clients|patients|account ?holders|subscribers|employees|staff|students|families|parents|residents|guests|cardholders|policyholders|shoppers|donors|alumni)\s*$`)

// ownAnomalyEnRe finds a notice's account of what it saw on its own
// systems: "we saw an unusual volume of login attempts", "we noticed
// suspicious activity on our network".
var ownAnomalyEnRe = regexp.MustCompile(`\bwe (?:recently |first )?(?:saw|noticed|observed|identified|detected|became aware of) (?:an? )?(?:unusual|suspicious|unauthori[sz]ed|abnormal|irregular) (?:[a-z\-]+ ){0,2}?(?:volume|number|amount|activity|access|login|sign-in|traffic|behaviou?r)`)

// othersSystemsRe finds a researcher's account of activity at others:
// "across dozens of customer tenants", "at several of our clients".
var othersSystemsRe = regexp.MustCompile(`(?i)\b(?:across|at|in|among) (?:[a-z\-]+ ){0,3}?(?:customers?|clients?|tenants|organi[sz]ations|victims|targets|environments|companies|firms)\b|\bcustomers'|\bclients'`)

// ownAnomaly reports a sentence in which the notice's writer saw unusual
// activity on its own systems, on a page that is no research post or
// alert.
func ownAnomaly(ss []sentence, text string) bool {
	l := strings.ToLower(text)
	if !ownAnomalyEnRe.MatchString(l) || othersSystemsRe.MatchString(l) {
		return false
	}
	for _, s := range ss {
		if s.title && (enNotNoticeTitleRe.MatchString(withoutUpdateNumber(s.text)) || enAdvisoryRe.MatchString(s.text) && !audienceTitleRe.MatchString(s.text)) {
			return false
		}
	}
	return true
}

// definedCompanyBreachRe finds a filing's or a release's own voice, which
// calls its issuer "the Company" with a capital, learning of an incident:
// "the Company determined that a cybersecurity incident…". News writes
// "the company" of a firm it has named.
var definedCompanyBreachRe = regexp.MustCompile(`\bthe Company (?:recently |has |had )?(?:determined|detected|discovered|became aware|identified|learned|experienced|was the (?:target|victim))\b`)

// firstPersonNotice reports an organisation's own notice about a breach of
// its systems: the headline or the first sentences speak of one in the
// first person. A product launch or an advisory, where a vendor speaks of
// incidents it handled, is none.
func firstPersonNotice(ss []sentence, ja bool) bool {
	for _, s := range ss {
		if s.title && (ja && jaProductRe.MatchString(s.text) || !ja && (enLaunchRe.MatchString(s.text) || enAdvisoryRe.MatchString(s.text) && !titleBreachRe.MatchString(s.text) && !audienceTitleRe.MatchString(s.text) && !bareNoticeTitleRe.MatchString(s.text))) {
			// "Security update: unauthorized access to…" is a notice;
			// "Security update for Acme Gateway" is an advisory.
			return false
		}
	}
	if ja && noticeTitle(ss) {
		return true
	}
	if ja && len(ss) > 0 && ss[0].title && jaNoticeEndRe.MatchString(ss[0].text) && jaOwnIncidentRe.MatchString(ss[0].text) && !roundupTitleRe.MatchString(withoutUpdateNumber(ss[0].text)) {
		// 一部アカウントへの不正ログインについて: a notice's headline on
		// a breach, the issuer's own.
		return true
	}
	if ja {
		for _, s := range ss {
			if !s.title && jaOwnNoteRe.MatchString(s.text) {
				// A filing's note deep in the document (決算短信の追加
				// 情報): 当社は、…当社サーバーが第三者による不正アクセス
				// を受け….
				return true
			}
		}
	}
	notice := !ja && len(ss) > 0 && ss[0].title && enNoticeTitleRe.MatchString(ss[0].text)
	for _, s := range ss {
		if !s.title && s.idx > 2 && !(s.idx <= 5 && shortLinesBefore(ss, s.idx)) && !(ja && s.idx <= 10 && shortLinesBefore(ss, s.idx)) &&
			!(notice && s.idx <= 8 && !strings.ContainsAny(s.text, "\"“”")) {
			if s.idx <= 5 && !ja && ownAnomaly(ss, s.text) {
				// A greeting and a word on who writes may come first.
				return true
			}
			break
		}
		if ja {
			if jaResponderRe.MatchString(s.text) {
				// 弊社インシデントレスポンスチームは、A社から依頼を
				// 受け…調査と復旧支援を行いました: a responder's report
				// on its client, not its own breach.
				return false
			}
			if m := ownBreachJaRe.FindString(s.text); m != "" && !strings.Contains(m, "製品") {
				// 当社製品の脆弱性を悪用した攻撃 is about a product the
				// issuer sells, not its own systems.
				return true
			}
			continue
		}
		if l := strings.ToLower(s.text); (ownBreachEnRe.MatchString(l) || definedCompanyBreachRe.MatchString(s.text) || definedKindSelfRe.MatchString(s.text)) && (enBreachRe.MatchString(l) || enIncidentWordRe.MatchString(l) || enGainedAccessRe.MatchString(l)) || ownAnomaly(ss, s.text) {
			return true
		}
	}
	return false
}

// enGainedAccessRe finds an intruder who got into systems: "a criminal
// group had gained access to part of our IT network".
var enGainedAccessRe = regexp.MustCompile(`\b(?:gained|gaining|obtained) (?:unauthori[sz]ed |remote )?access to\b`)

// enNoticeTitleRe finds the headline of an organisation's own update or
// letter ("Service update and notice to patrons", "A message to our
// community"), under which its account of a breach may come a few
// sentences down, after the news it leads with.
var enNoticeTitleRe = regexp.MustCompile(`(?i)\b(?:update|notice|message|letter|statement|announcement)\b.*\b(?:to|for) (?:our |all )?(?:patrons|members|customers|clients|families|parents|students|employees|staff|community|residents|donors|guests|users|subscribers|policyholders|patients)\b|^(?:an? )?(?:important )?(?:service |security |privacy |cyber ?security |cyber |data security )?(?:incident )?(?:update|notice|message|letter)(?: (?:from|to) (?:the|our) \w+)?$|^(?:an? )?update on (?:the |our )?(?:cyber ?security |cyber |security )?incident$|^(?:an? )?(?:important )?(?:cyber ?security |cyber |security |data security |data |it )?(?:incident|breach) (?:update|notice)\b`)

// bareNoticeTitleRe finds a notice's headline that names no product:
// "Important Security Update", "Security Notice". An advisory's names
// what it patches.
var bareNoticeTitleRe = regexp.MustCompile(`(?i)^(?:an? )?(?:important|urgent|update(?:d)?:?|notice:?)?\s*(?:security|privacy|cybersecurity|cyber|data security) (?:incident )?(?:update|notice|alert|incident|announcement)s?(?: for (?:our )?(?:customers|members|patients|clients|users|families|students|employees))?\s*$`)

// jaNoticeTitleRe finds the headline of an organisation's own numbered or
// apologetic notice: 〇〇について(第2報), お詫びとお知らせ, 【重要なお知らせ】.
var jaNoticeTitleRe = regexp.MustCompile(`第[0-9０-９一二三四五六七八九]+報|お詫び|おわび|重要なお知らせ`)

// jaOwnIncidentRe finds a breach spoken of without a subject, as a notice
// does of its issuer's systems.
var jaOwnIncidentRe = regexp.MustCompile(`不正な?アクセス|不正ログイン|サイバー攻撃|ランサムウェア|漏えい|漏洩|流出|暗号化|閲覧可能|閲覧できる状態|公開状態|設定不備|誤送信|紛失|盗難|不正利用`)

// noticeTitle reports a Japanese notice whose headline reads as its
// issuer's own (a numbered report or an apology) and whose headline or
// first sentences speak of a breach.
func noticeTitle(ss []sentence) bool {
	titled := false
	for _, s := range ss {
		if s.title && jaNoticeTitleRe.MatchString(s.text) {
			titled = true
		}
	}
	if !titled {
		return false
	}
	for _, s := range ss {
		if !s.title && s.idx > 4 {
			break
		}
		if jaOwnIncidentRe.MatchString(s.text) {
			return true
		}
	}
	return false
}

// publisherFullName writes a victim by the page's publisher's name when
// that is the victim's name followed only by words of its kind: a
// hospital's notice says "St. Ansgar Regional" where its site is St.
// Ansgar Regional Medical Center's; a district's says "the Library
// District".
func publisherFullName(victims []Victim, publisher string) []Victim {
	lp := strings.ToLower(publisher)
	for i, v := range victims {
		lv := strings.ToLower(v.Name)
		if lv == "" {
			continue
		}
		if isInitialism(v.Name) && v.Name == strings.ToUpper(v.Name) && len(strings.Fields(publisher)) > 1 && initials(publisher) == v.Name {
			// "KRUSD" in the letter of Kestrel Ridge Unified School
			// District: the issuer by its initials.
			victims[i].Name = publisher
		} else if rest, ok := strings.CutPrefix(lp, lv+" "); ok && kindWords(rest) {
			victims[i].Name = publisher
		} else if strings.Contains(lp+" ", " "+lv+" ") && kindWords(lv) {
			// "the Library District" in the notice of Harwell Public
			// Library District, "the Symphony" in Foxbridge Symphony
			// Orchestra's: the issuer by its kind.
			victims[i].Name = publisher
		}
	}
	return victims
}

// municipalForm writes a victim the text calls "the city of Wexbury" (or a
// town, village or borough) as the municipality names itself: City of
// Wexbury. A name of more than two words is an organisation's own.
func municipalForm(victims []Victim, text string) []Victim {
	if !municipalRe.MatchString(text) {
		// (A firm named after its town, "the town of Marlow Bay", is
		// no municipality: the text must speak of one.)
		return victims
	}
	for i, v := range victims {
		if len(strings.Fields(v.Name)) > 2 || strings.Contains(strings.ToLower(v.Name), " of ") {
			continue
		}
		re, err := regexp.Compile(`\b((?i:city|town|village|borough)) of ` + regexp.QuoteMeta(v.Name) + `\b`)
		if err != nil {
			continue
		}
		if m := re.FindStringSubmatch(text); m != nil {
			kind := strings.ToLower(m[1])
			victims[i].Name = strings.ToUpper(kind[:1]) + kind[1:] + " of " + v.Name
		}
	}
	return victims
}

// universityForm writes a victim that the headline calls "X uni" (or "X
// university") as the text names the institution, "University of X".
func universityForm(victims []Victim, title, text string) []Victim {
	for i, v := range victims {
		if strings.Contains(v.Name, " ") {
			continue
		}
		q := regexp.QuoteMeta(v.Name)
		if regexp.MustCompile(`\b`+q+`(?:'s)? (?:uni|university)\b`).MatchString(title) && strings.Contains(text, "University of "+v.Name) {
			victims[i].Name = "University of " + v.Name
		}
	}
	return victims
}

// municipalRe finds the words of a municipality's own business: its
// residents, council, mayor, city hall and services.
var municipalRe = regexp.MustCompile(`(?i)\b(?:residents|council|councillors?|mayor|city (?:hall|manager|officials|services|government|employees|staff|computers?|systems?|servers?|network)|town (?:hall|manager|officials|council|clerk)|municipal|taxpayers)\b`)

// kindWords reports whether every word of s says what kind of body it is.
func kindWords(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && allInEither(f, institutionWords, kindTailWords)
}

// kindTailWords may end an organisation's full name besides institution
// words: "Regional Medical Center", "Public Library District". A legal
// form or a group word (Holdings, Inc.) is none: victims are named
// without them.
var kindTailWords = wordSet(`regional general memorial community public district system systems center centre unified independent consolidated union
symphony orchestra philharmonic opera ballet choir chorale theatre theater gallery zoo aquarium festival
university bank college council clinic pharmacy institute association authority agency department
networks technologies technology software solutions electronics interactive studios`)
