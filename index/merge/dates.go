package merge

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var (
	// "September 10, 2023", "Sept. 10 2023", "10 September 2023"; without the
	// year, the month must be capitalised ("May 2", not "may 2").
	enMonthDay     = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	enDayMonth     = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	enMonthDayBare = regexp.MustCompile(`\b` + capitalMonth + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(,?\s+\d{4})?`)
	enDayMonthBare = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + capitalMonth + `(,?\s+\d{4})?`)
	// 2023年9月10日 (NFKC folds full-width digits first); 9月10日 and a bare
	// 10日 take their year and month from the publication date. A bare day
	// must not be a span or a deadline (3日間, 5日以内, 10日後).
	jaDate     = regexp.MustCompile(`(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日`)
	jaMonthDay = regexp.MustCompile(`(^|[^\d年\s])\s*(\d{1,2})月\s*(\d{1,2})日`)
	jaBareDay  = regexp.MustCompile(`\d{1,2}日`)
)

// capitalMonth is a month's name or its abbreviation, capitalised (not
// "Mayor" or "Marsh"); its group is the name's first three or four letters.
const capitalMonth = `(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:(?:uary|ruary|ch|il|e|y|ust|tember|ember|ober)?\b|\.)`

var monthNumbers = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// textDates returns the calendar dates a text names, sorted and distinct: a
// later report says when the incident it updates was found. Dates with
// their year ("September 10, 2023", 「2023年9月10日」) are taken as they
// stand; news mostly leaves the year out ("on Sept. 27", 「4日未明」), and
// such a date is read as the last one on or shortly before pub (the
// publication date; none are read when it is unknown).
func textDates(s string, pub time.Time) []time.Time {
	if !strings.ContainsAny(s, "0123456789０１２３４５６７８９") {
		return nil
	}
	s = norm.NFKC.String(s)
	var out []time.Time
	add := func(y, m, d int) {
		if y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if t.Day() == d { // not 30 February
				out = append(out, t)
			}
		}
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	month := func(name string) int { return int(monthNumbers[strings.ToLower(name)]) }
	for _, m := range enMonthDay.FindAllStringSubmatch(s, -1) {
		add(atoi(m[3]), month(m[1]), atoi(m[2]))
	}
	for _, m := range enDayMonth.FindAllStringSubmatch(s, -1) {
		add(atoi(m[3]), month(m[2]), atoi(m[1]))
	}
	for _, m := range jaDate.FindAllStringSubmatch(s, -1) {
		add(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if !pub.IsZero() {
		// A date read this way may lie a little after pub: a page dated
		// in one time zone may name the next day in another.
		limit := pub.UTC().AddDate(0, 0, 2)
		yearOf := func(m, d int) int {
			y := limit.Year()
			if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(limit) {
				y--
			}
			return y
		}
		for _, m := range enMonthDayBare.FindAllStringSubmatch(s, -1) {
			if m[3] == "" {
				add(yearOf(month(m[1]), atoi(m[2])), month(m[1]), atoi(m[2]))
			}
		}
		for _, m := range enDayMonthBare.FindAllStringSubmatch(s, -1) {
			if m[3] == "" {
				add(yearOf(month(m[2]), atoi(m[1])), month(m[2]), atoi(m[1]))
			}
		}
		for _, m := range jaMonthDay.FindAllStringSubmatch(s, -1) {
			add(yearOf(atoi(m[2]), atoi(m[3])), atoi(m[2]), atoi(m[3]))
		}
		for _, m := range jaBareDay.FindAllStringIndex(s, -1) {
			if !bareDay(s, m[0], m[1]) {
				continue
			}
			d := atoi(strings.TrimSuffix(s[m[0]:m[1]], "日"))
			y, mo := limit.Year(), limit.Month()
			if d > limit.Day() {
				prev := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
				y, mo = prev.Year(), prev.Month()
			}
			add(y, int(mo), d)
		}
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return slices.Compact(out)
}

// bareDay reports whether s[i:j], a number of days (10日), is a day of the
// month standing alone: not the end of a longer number or of a month and
// day (9月10日, 9/10日), and not a span, a rate or a deadline (3日間, 1日あたり,
// 5日以内, 10日後, 2日目).
func bareDay(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsDigit(r) || strings.ContainsRune("月/.年第毎", r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !strings.ContainsRune("間以分前後程目あほごおま", r)
}

// refersBack reports whether the later of two reports names a date from
// which the earlier one followed within params.closeTime (an update that
// recalls when the incident the first report covered was found), or the
// month the earlier one was published in as the month its incident was
// disclosed or happened.
func (p *Prepared) refersBack(q *Prepared) bool {
	early, late := p, q
	if late.doc.Published.Before(early.doc.Published) {
		early, late = late, early
	}
	pub := early.doc.Published
	if pub.IsZero() {
		return false
	}
	if slices.Contains(late.disclosed, pub.Month()) && late.doc.Published.Sub(pub) < 300*24*time.Hour {
		// "同社は4月に第1報を公表していた" under a report of May: the
		// earlier report is April's.
		return true
	}
	for _, d := range late.dates {
		if !pub.Before(d) && pub.Sub(d) <= params.closeTime {
			return true
		}
	}
	return false
}

// sharesDate reports whether both reports name one day before either was
// published: the day the incident happened or was found, which two reports
// of one incident give alike.
func (p *Prepared) sharesDate(q *Prepared) bool {
	first := p.doc.Published
	if first.IsZero() || !q.doc.Published.IsZero() && q.doc.Published.Before(first) {
		first = q.doc.Published
	}
	if first.IsZero() {
		return false
	}
	day := time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, time.UTC)
	for _, d := range p.dates {
		if d.Before(day) && slices.ContainsFunc(q.dates, d.Equal) {
			return true
		}
	}
	return false
}

var (
	// jaDisclosedMonth finds the month a Japanese report says its
	// incident was first made known: 4月に第1報を公表していた, 3月に公表した.
	jaDisclosedMonth = regexp.MustCompile(`(\d{1,2})月(?:上旬|中旬|下旬|初め|末)?に(?:[^。]{0,12}?)(?:第1報|第一報|公表|発表)`)
	// enDisclosedMonth finds the same in English: "first disclosed the
	// incident in April", "which it announced in March".
	enDisclosedMonth = regexp.MustCompile(`(?i)\b(?:disclosed|announced|revealed|reported|confirmed)(?: the (?:incident|breach|attack|intrusion|theft))? (?:in|earlier in|back in) ` + capitalMonth)
	// jaIncidentMonth finds the month a Japanese report says the incident
	// itself happened in, by month alone: 3月に暗号資産約48億円相当が不正に
	// 流出した事件.
	jaIncidentMonth = regexp.MustCompile(`(\d{1,2})月(?:\d{1,2}日)?(?:上旬|中旬|下旬|初め|末)?に(も)?[^。]{0,40}?(?:流出|不正(?:に)?送金|不正アクセスを受け|攻撃を受け|盗まれ|窃取され|被害に遭)`)
	// enIncidentMonth finds the same in English: "the theft of
	// cryptocurrency worth … from MITSUBA Coin in March" (not "breach
	// notification letters will be mailed in March").
	enIncidentMonth = regexp.MustCompile(`(?i:\b(?:theft|heist|breach|hack|intrusion|cyberattack|attack) (?:of|at|on|against|from)\b)(?:[^.]|\.\d){0,120}?\bin ` + capitalMonth)
)

// disclosedMonths returns the months text says its incident was first
// disclosed in, or happened in (by month alone: a report months later
// recalls "the theft in March"). A sentence about another incident ("is unrelated to the
// phishing attack disclosed in April") is left out (see
// withoutOtherIncidents).
func disclosedMonths(text string) []time.Month {
	text = withoutOtherIncidents(norm.NFKC.String(text))
	var out []time.Month
	for _, m := range jaDisclosedMonth.FindAllStringSubmatch(text, -1) {
		if n, err := strconv.Atoi(m[1]); err == nil && n >= 1 && n <= 12 {
			out = append(out, time.Month(n))
		}
	}
	for _, m := range jaIncidentMonth.FindAllStringSubmatch(text, -1) {
		if m[2] != "" {
			continue // 2月にも…: another incident's month
		}
		if n, err := strconv.Atoi(m[1]); err == nil && n >= 1 && n <= 12 {
			out = append(out, time.Month(n))
		}
	}
	for _, re := range []*regexp.Regexp{enDisclosedMonth, enIncidentMonth} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			out = append(out, monthNumbers[strings.ToLower(m[1])])
		}
	}
	return out
}
