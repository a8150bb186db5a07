package incident

import (
	"net/url"
	"regexp"
	"strings"
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
// one in its text: the publisher the page names, else the well-known
// company its address belongs to.
func noticeIssuer(d Doc, ja bool) []Victim {
	name, evidence := siteOrganisation(d.Site, ja), d.Site
	if name == "" {
		name, evidence = siteIssuer(d.URL), d.URL
	}
	if name == "" {
		return nil
	}
	return []Victim{{Name: name, Mention: name, Evidence: evidence}}
}

// jaSiteWords and enSiteWords end a site's name after its owner's:
// カシオ計算機株式会社 ニュースリリース, Red Mesa Community College Newsroom.
var (
	jaSiteWordsRe = regexp.MustCompile(`[\s|｜:：-]*(?:ニュースリリース|プレスリリース|ニュース|お知らせ|公式サイト|公式ホームページ|ホームページ|ウェブサイト|サイト)$`)
	enSiteWordsRe = regexp.MustCompile(`(?i)[\s|:-]*\b(?:news ?room|news|press releases?|press|media centre|media center|official site|website|blog|updates?|status(?: page)?|system status|service status)$`)
)

// siteOrganisation canonicalises the publisher a page names, or returns ""
// when it does not read as an organisation's name or names an outlet or
// an authority.
func siteOrganisation(site string, ja bool) string {
	site = strings.TrimSpace(normalise(site))
	if site == "" {
		return ""
	}
	if ja {
		site = strings.TrimSpace(jaSiteWordsRe.ReplaceAllString(site, ""))
		name, _ := canonJapanese(site, map[string]bool{}, map[string]bool{})
		if name == "" || isJapaneseCommenter(name) || isCommenter(name) || hasJapanese(name) && strings.ContainsAny(name, " 　") {
			return ""
		}
		return name
	}
	site = strings.TrimSpace(enSiteWordsRe.ReplaceAllString(site, ""))
	words := strings.Fields(site)
	if len(words) == 0 || len(words) > 7 {
		return ""
	}
	for _, w := range words {
		if !capitalised(w) && !joinWords[w] && w != "&" {
			return ""
		}
	}
	name, _ := canonEnglish(site, map[string]string{}, false)
	if name == "" || isCommenter(name) {
		return ""
	}
	return name
}

// ownBreachJaRe finds a notice speaking of a breach of its issuer's own
// systems: 当社サーバーへの不正アクセス, 当院では…ランサムウェアによる.
var ownBreachJaRe = regexp.MustCompile(`(?:当社|弊社|当院|本学|当法人|当機構|当組合|当行|弊行|本市|当市|本町|当町|本村|当村|当協会|当会|当校|本校|当センター|当館|当金庫|当財団|当生協|本会|当団体|当病院|当大学|本組合|当グループ)(?:の|が|は|では|に|へ|で)?[^。]{0,30}?(?:不正アクセス|サイバー攻撃|ランサムウェア|攻撃|感染|侵入|漏えい|漏洩|流出|不正ログイン)`)

// ownBreachEnRe finds the same in English: "parts of our network", "we
// detected unusual activity".
var ownBreachEnRe = regexp.MustCompile(`\bour (?:[a-z\-]+ ){0,2}?(?:network|systems?|servers?|environment|email|databases?|files|it|tooling|tools|infrastructure|platform)\b|\bwe (?:recently |have )?(?:detected|discovered|became aware|identified|learned|experienced|were (?:the )?(?:target|victim))\b`)

// firstPersonNotice reports an organisation's own notice about a breach of
// its systems: the headline or the first sentences speak of one in the
// first person. A product launch or an advisory, where a vendor speaks of
// incidents it handled, is none.
func firstPersonNotice(ss []sentence, ja bool) bool {
	for _, s := range ss {
		if s.title && (ja && jaProductRe.MatchString(s.text) || !ja && (enLaunchRe.MatchString(s.text) || enAdvisoryRe.MatchString(s.text))) {
			return false
		}
	}
	if ja && noticeTitle(ss) {
		return true
	}
	for _, s := range ss {
		if !s.title && s.idx > 2 {
			break
		}
		if ja {
			if m := ownBreachJaRe.FindString(s.text); m != "" && !strings.Contains(m, "製品") {
				// 当社製品の脆弱性を悪用した攻撃 is about a product the
				// issuer sells, not its own systems.
				return true
			}
			continue
		}
		if l := strings.ToLower(s.text); ownBreachEnRe.MatchString(l) && (enBreachRe.MatchString(l) || enIncidentWordRe.MatchString(l)) {
			return true
		}
	}
	return false
}

// jaNoticeTitleRe finds the headline of an organisation's own numbered or
// apologetic notice: 〇〇について(第2報), お詫びとお知らせ, 【重要なお知らせ】.
var jaNoticeTitleRe = regexp.MustCompile(`第[0-9０-９一二三四五六七八九]+報|お詫び|おわび|重要なお知らせ`)

// jaOwnIncidentRe finds a breach spoken of without a subject, as a notice
// does of its issuer's systems.
var jaOwnIncidentRe = regexp.MustCompile(`不正アクセス|サイバー攻撃|ランサムウェア|漏えい|漏洩|流出|暗号化`)

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
