package merge

import (
	"regexp"
	"strings"
)

// One organisation can suffer several incidents within a year: a wave of
// logins with reused passwords in spring, ransomware in autumn. Reports of
// each say in their title and lead what kind of attack it was, and when two
// reports of one victim months apart name kinds that share nothing, they
// are about different incidents, whatever else they share — a revised
// tally (第2報) included. Reports of one incident may name several kinds
// (a phishing e-mail that let ransomware in), so only disjoint kinds count.

// attackKinds are the kinds of incident told apart, each with the words
// that name it in English and Japanese.
var attackKinds = []struct {
	name string
	re   *regexp.Regexp
}{
	{"ransomware", regexp.MustCompile(`(?i)ransomware|\bencrypt(?:ed|ion)\b|ランサム|暗号化|身代金`)},
	{"credentials", regexp.MustCompile(`(?i)credential[- ]stuffing|password[- ]spraying|account takeover|brute[- ]force|reused passwords|login attempts|不正ログイン|リスト型攻撃|パスワードリスト|なりすましログイン|ブルートフォース`)},
	{"exposure", regexp.MustCompile(`(?i)misconfigur\w*|publicly accessible|left (?:open|exposed|unprotected)|exposed (?:database|bucket|server)|unsecured (?:database|bucket|server)|設定(?:不備|ミス)|閲覧(?:可能|できる状態)|公開状態`)},
	{"skimming", regexp.MustCompile(`(?i)skimm\w*|magecart|payment page|checkout page|決済画面|改ざん`)},
	{"mailbox", regexp.MustCompile(`(?i)phish\w*|mailbox(?:es)?|e-?mail accounts?|business e-?mail compromise|フィッシング|メールアカウント|メールボックス`)},
	{"misdelivery", regexp.MustCompile(`(?i)sent (?:to|in) error|misdirected|wrong recipient|誤送信|誤送付|誤配布|紛失|置き忘れ`)},
}

// recallRe finds a lead sentence that recalls an earlier incident, whose
// kind of attack is not the article's: "In November the society said
// criminals had logged in…", "last year's breach", 昨年の不正ログイン.
var recallRe = regexp.MustCompile(`(?i)^(?:(?:back |earlier )?in|last) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b|\b(?:last year|earlier (?:this|that) year|previous(?:ly)?|prior|a separate|an earlier|the earlier|months? (?:ago|earlier|before))\b|昨年|以前|前回|先の|別の|過去に|(?:19|20)\d\d年(?:には|にも)|月にも`)

// attackKindsOf returns the kinds of attack d's title and lead name,
// leaving out lead sentences that recall an earlier incident.
func attackKindsOf(d Doc, lead []string) []string {
	kept := make([]string, 0, len(lead))
	for _, s := range lead {
		if !recallRe.MatchString(s) {
			kept = append(kept, s)
		}
	}
	text := d.Title + "\n" + strings.Join(kept, "\n")
	var out []string
	for _, k := range attackKinds {
		if k.re.MatchString(text) {
			out = append(out, k.name)
		}
	}
	return out
}

// kindsConflict reports whether p and q name kinds of attack that share
// nothing and were published more than params.nearTime apart.
func (p *Prepared) kindsConflict(q *Prepared) bool {
	if len(p.kinds) == 0 || len(q.kinds) == 0 || overlap(p.kinds, q.kinds) {
		return false
	}
	gap, known := timeGap(p.doc.Published, q.doc.Published)
	return known && gap > params.nearTime
}
