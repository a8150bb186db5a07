package incident

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// pastMonthRe finds a sentence opening on a month: "In November the
// society said…", "Back in March,", "Last September", 昨年11月, 11月には.
var pastMonthRe = regexp.MustCompile(`(?i)^(?:(?:back |earlier |late |early )?in|last|since) (january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,? ((?:19|20)\d\d))?`)

// jaPastMonthRe finds a Japanese sentence opening on an earlier month set
// against the article's incident: 2月の事案では, 昨年11月には.
var jaPastMonthRe = regexp.MustCompile(`^(昨年|去年)?([0-9]{1,2})月(?:の(?:事案|事件|被害|攻撃|インシデント|ランサムウェア被害|ランサム被害)(?:では|で)|には)`)

// jaOwnPastMonthRe finds a sentence opening on what befell the article's
// organisation in an earlier month: 同社では2月、…, 同市でも昨年11月、….
var jaOwnPastMonthRe = regexp.MustCompile(`^(?:同社|同市|同町|同村|同県|同院|同校|同大学|同行|同館|同組合|同法人|同グループ|同団体)(?:では|でも)、?(昨年|去年)?([0-9]{1,2})月(?:、|に|には)`)

var monthNames = map[string]time.Month{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}

// markPast marks the sentences that open on a month (or, in Japanese, an
// earlier month's incident: 2月の事案では) at least two months
// before the article's publication: they recall an earlier event, whose
// figures are not the article's incident's.
func markPast(ss []sentence, published time.Time) {
	if published.IsZero() {
		return
	}
	lead := leadMonths(ss)
	history := false // a sentence before opened the victim's past incidents
	for i := range ss {
		if ss[i].title {
			continue
		}
		m := pastMonthRe.FindStringSubmatch(strings.TrimSpace(ss[i].text))
		if m != nil && history && !lead[monthNames[strings.ToLower(m[1])]] {
			// "The breach is the third security incident at the group
			// this year. In March, the company disclosed …": the months
			// after tell of the earlier ones, however recent.
			ss[i].past, ss[i].recalled = true, true
			continue
		}
		history = enHistoryRe.MatchString(ss[i].text)
		var month time.Month
		year := published.Year()
		en := m != nil
		jm := jaPastMonthRe.FindStringSubmatch(strings.TrimSpace(ss[i].text))
		if jm == nil {
			jm = jaOwnPastMonthRe.FindStringSubmatch(strings.TrimSpace(ss[i].text))
		}
		switch {
		case m != nil:
			month = monthNames[strings.ToLower(m[1])]
		case jm != nil:
			n, _ := strconv.Atoi(jm[2])
			if n < 1 || n > 12 {
				continue
			}
			month, m = time.Month(n), []string{"", "", ""}
			if jm[1] != "" {
				m[2] = strconv.Itoa(year - 1) // 昨年: last year, whatever the month
			}
		default:
			continue
		}
		if month > published.Month() {
			// "In November" in a March article is last November.
			year--
		}
		if n, err := strconv.Atoi(m[2]); err == nil {
			year = n
		}
		then := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
		now := time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, time.UTC)
		if now.Sub(then) >= 55*24*time.Hour && !(en && lead[month]) {
			ss[i].past = true
		}
	}
	for i := 1; i < len(ss); i++ {
		// "In March, the company disclosed … Researchers attributed
		// that attack to APT32": the next sentence points back at the
		// earlier event.
		if ss[i-1].past && !ss[i].title && !ss[i-1].title && enThatEventRe.MatchString(ss[i].text) {
			ss[i].past, ss[i].recalled = true, ss[i-1].recalled
		}
	}
}

// leadMonths returns the months the headline and the lead name: the
// article's own incident's ("notifies 61,382 after March ransomware
// attack"), which an English sentence opening on that month tells of too.
// (A Japanese headline names an earlier month to set it apart:
// 2月のランサム被害とは別.)
func leadMonths(ss []sentence) map[time.Month]bool {
	out := map[time.Month]bool{}
	for _, s := range ss {
		if !s.title && s.idx > 0 {
			continue
		}
		for _, m := range anyMonthRe.FindAllStringSubmatch(s.text, -1) {
			switch {
			case m[1] != "":
				out[monthNames[strings.ToLower(m[1])]] = true
			case m[2] != "":
				out[monthNames[strings.ToLower(m[2])]] = true
			default:
				if n, _ := strconv.Atoi(m[3]); n >= 1 && n <= 12 {
					out[time.Month(n)] = true
				}
			}
		}
	}
	return out
}

// anyMonthRe finds a month written as one: a capitalised name after "in",
// "since"… or before a figure ("may have exposed" is no May), or a
// Japanese month.
var anyMonthRe = regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Aa]fter|[Bb]efore|[Dd]uring|[Oo]f|[Ff]rom|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Tt]his) (January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December) [0-9]|(?:^|[^0-9])([0-9]{1,2})月`)

// enHistoryRe opens an account of the victim's earlier incidents: "the
// breach is the third security incident at the group this year".
var enHistoryRe = regexp.MustCompile(`(?i)\b(?:is|was|marks) (?:the|its) (?:second|third|fourth|fifth|latest|most recent|newest) (?:[\w-]+ ){0,2}?(?:incident|breach|attack|cyberattack|intrusion|hack)s? (?:at|for|to hit|to affect|involving|against|on)\b|\bis not the first (?:time|incident|breach|attack)\b`)

// enThatEventRe points back at the event the sentence before told of.
var enThatEventRe = regexp.MustCompile(`(?i)\b(?:that|those|the same|the earlier|the previous) (?:attack|attacks|breach|breaches|incident|incidents|intrusion|intrusions|hack|compromise|leak)\b`)
