package incident

import (
	"net/url"
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

// firstPersonNotice reports an organisation's own notice about a breach:
// the headline or the first sentences speak of one in the first person.
func firstPersonNotice(ss []sentence, ja bool) bool {
	for _, s := range ss {
		if !s.title && s.idx > 2 {
			break
		}
		if ja {
			if jaFirstPersonRe.MatchString(s.text) && jaBreachRe.MatchString(s.text) {
				return true
			}
			continue
		}
		if l := strings.ToLower(s.text); firstPersonRe.MatchString(l) && (enBreachRe.MatchString(l) || enIncidentWordRe.MatchString(l)) {
			return true
		}
	}
	return false
}
