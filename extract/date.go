package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// earliestYear bounds plausible publication years; older figures in a text
// are rarely its date.
const earliestYear = 1990

var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 Z07:00",
	time.RFC1123Z, time.RFC1123, time.RFC850, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.ANSIC,
}

var localLayouts = []string{
	"2006-01-02T15:04:05", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006/01/02 15:04:05", "2006/01/02 15:04",
}

// parseDateTime parses a machine-readable timestamp or, failing that, the
// first human date in s. Values without a zone are read in loc. ok is false
// when s holds no plausible date.
func parseDateTime(s string, loc *time.Location) (t time.Time, ok bool) {
	return parseDateTimeOrdered(s, loc, nil)
}

// parseDateTimeOrdered is parseDateTime reading "02/04/2024" day first
// when the page writes its dates so (order; nil is month first).
func parseDateTimeOrdered(s string, loc *time.Location, order *dateOrder) (t time.Time, ok bool) {
	s = strings.TrimSpace(foldWidth(s))
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, plausibleYear(t.Year())
		}
	}
	for _, l := range localLayouts {
		if t, err := time.ParseInLocation(l, s, clockZone(loc)); err == nil {
			return t, plausibleYear(t.Year())
		}
	}
	if d, ok := findDatesOrdered(s, loc, order); ok {
		return d[0].t, true
	}
	return time.Time{}, false
}

func plausibleYear(y int) bool { return y >= earliestYear && y <= time.Now().Year()+1 }

// textDate is a date found in running text and where it was found.
type textDate struct {
	t          time.Time
	start, end int
}

const monthNames = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var datePatterns = []struct {
	re    *regexp.Regexp
	parse func(m []string) (y, mo, d int)
	// layout, when set, reads the whole match with its time and zone.
	layout string
	// monthFirst marks "02/04/2024": month first as US pages write it,
	// day first on a page that writes its dates day first.
	monthFirst bool
}{
	// 2026年（令和8年）11月5日: the era year in brackets may stand between.
	{regexp.MustCompile(`(\d{4})\s*年\s*(?:[（(][^）)]{1,8}[）)]\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`), ymd(1, 2, 3), "", false},
	{regexp.MustCompile(`(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`), eraDate, "", false},
	{regexp.MustCompile(`\b(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})\b`), ymd(1, 3, 5), "", false},
	{regexp.MustCompile(`(?i)\b` + monthNames + `\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b`), mdy, "", false},
	{regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `,?\s+(\d{4})\b`), dmy, "", false},
	// year first with the month's name: "2026 July 21"
	{regexp.MustCompile(`(?i)\b(\d{4})\s+` + monthNames + `\s+(\d{1,2})\b`), ymName, "", false},
	// a mail archive's ctime: "Thu Jun 12 09:15:44 UTC 2025"
	{regexp.MustCompile(`(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+` + monthNames + `\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[a-z]{2,5}\s+)?(\d{4})\b`), mdy, time.UnixDate, false},
	// a form's "04/22/2025": month first, as US pages write it, unless
	// the first figure cannot be a month
	{regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`), numericDate, "", true},
	// a forum's "01-27-2026", month first as on US boards
	{regexp.MustCompile(`\b(\d{1,2})-(\d{1,2})-(\d{4})\b`), numericDate, "", true},
	// Europe's "03.02.2026": day first with dots
	{regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`), dotDMY, "", false},
}

// dotDMY reads "03.02.2026" day first, as the countries that write dates
// with dots do.
func dotDMY(m []string) (int, int, int) { return atoi(m[3]), atoi(m[2]), atoi(m[1]) }

func ymName(m []string) (int, int, int) { return atoi(m[1]), monthNumber(m[2]), atoi(m[3]) }

// numericDate reads "04/22/2025" month first, and "22/04/2025" day first
// when the first figure is no month.
func numericDate(m []string) (int, int, int) {
	a, b := atoi(m[1]), atoi(m[2])
	if a > 12 {
		return atoi(m[3]), b, a
	}
	return atoi(m[3]), a, b
}

func ymd(yi, mi, di int) func(m []string) (int, int, int) {
	return func(m []string) (int, int, int) { return atoi(m[yi]), atoi(m[mi]), atoi(m[di]) }
}

func eraDate(m []string) (int, int, int) {
	n := 1
	if m[2] != "元" {
		n = atoi(m[2])
	}
	base := 2018 // 令和1 = 2019
	if m[1] == "平成" {
		base = 1988 // 平成1 = 1989
	}
	return base + n, atoi(m[3]), atoi(m[4])
}

func mdy(m []string) (int, int, int) { return atoi(m[3]), monthNumber(m[1]), atoi(m[2]) }
func dmy(m []string) (int, int, int) { return atoi(m[3]), monthNumber(m[2]), atoi(m[1]) }

func monthNumber(s string) int {
	s = strings.ToLower(s)
	for i, p := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, p) {
			return i + 1
		}
	}
	return 0
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// findDates returns every valid date written in s, in order of position, as
// midnight in loc. s must already be width-folded.
func findDates(s string, loc *time.Location) ([]textDate, bool) {
	return findDatesOrdered(s, loc, nil)
}

// findDatesOrdered is findDates reading "02/04/2024" as 2 April when the
// page writes its dates day first (order; nil is month first).
func findDatesOrdered(s string, loc *time.Location, order *dateOrder) ([]textDate, bool) {
	var out []textDate
	for _, p := range datePatterns {
		for _, idx := range p.re.FindAllStringSubmatchIndex(s, -1) {
			m := make([]string, len(idx)/2)
			for i := range m {
				if idx[2*i] >= 0 {
					m[i] = s[idx[2*i]:idx[2*i+1]]
				}
			}
			if p.re == datePatterns[2].re && m[2] != m[4] {
				continue // 2019-03/29 is not a date
			}
			if p.layout != "" {
				if t, err := time.Parse(p.layout, m[0]); err == nil && plausibleYear(t.Year()) {
					out = append(out, textDate{t: t, start: idx[0], end: idx[1]})
					continue
				}
			}
			y, mo, d := p.parse(m)
			if p.monthFirst && d <= 12 && d != mo && order.isDayFirst() {
				mo, d = d, mo
			}
			if t, ok := validDate(y, mo, d, loc); ok {
				out = append(out, textDate{t: withTimeOfDay(t, s[idx[1]:], loc), start: idx[0], end: idx[1]})
			}
		}
	}
	sortDates(out)
	return out, len(out) > 0
}

func validDate(y, mo, d int, loc *time.Location) (time.Time, bool) {
	if !plausibleYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func sortDates(d []textDate) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j].start < d[j-1].start; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

// foldWidth turns full-width digits and date punctuation into ASCII, so
// 「２０１９年３月２９日」 and 「2019年3月29日」 read alike.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '／':
			return '/'
		case r == '．':
			return '.'
		case r == '－':
			return '-'
		case r == '：':
			return ':'
		}
		return r
	}, s)
}

// timeAfterRe finds a time of day right after a date: "2025-06-10 15:00
// UTC", "Dec 3, 2025 // 14:10 UTC", "14 Oct 2025 11:20:31 +0900",
// 「2025年12月2日 7時00分」.
var timeAfterRe = regexp.MustCompile(`^\s*([(（][月火水木金土日][)）])?\s*(?:\((?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))?\s*(?:,|at|@|//|\||-|–|—|T)?\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?i:(am|pm|a\.m\.|p\.m\.))?|(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分)?)\s*(?:\(?(UTC|GMT|Z|JST|KST|CET|CEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT)\)?|([+-]\d{2}):?(\d{2}))?`)

// zoneOffsets are the hours east of UTC of the zone names pages write.
var zoneOffsets = map[string]int{"UTC": 0, "GMT": 0, "Z": 0, "JST": 9, "KST": 9, "CET": 1, "CEST": 2, "BST": 1,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}

// usZones are the hours east of UTC in winter of the US zones pages name
// without saying whether standard or daylight time: "16:05 ET" in April is
// 20:05 UTC.
var usZones = map[string]int{"ET": -5, "CT": -6, "MT": -7, "PT": -8}

// usDaylight reports whether a local date and hour fall in US daylight
// saving time, as the rule has stood since 2007: from 2 a.m. on the second
// Sunday of March to 2 a.m. on the first Sunday of November.
func usDaylight(y int, m time.Month, d, h int) bool {
	at := time.Date(y, m, d, h, 0, 0, 0, time.UTC)
	start := nthSunday(y, time.March, 2).Add(2 * time.Hour)
	end := nthSunday(y, time.November, 1).Add(2 * time.Hour)
	return !at.Before(start) && at.Before(end)
}

// nthSunday returns the nth Sunday of a month, at midnight UTC.
func nthSunday(y int, m time.Month, n int) time.Time {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, (7-int(first.Weekday()))%7+7*(n-1))
}

// withTimeOfDay sets date d (midnight in loc) to the time of day written
// right after it, in the zone written with it; a time in 時/分 without a
// zone is Japan's. d is unchanged when no time follows.
func withTimeOfDay(d time.Time, after string, loc *time.Location) time.Time {
	m := timeAfterRe.FindStringSubmatch(after)
	if m == nil || m[2] == "" && m[6] == "" {
		return d
	}
	if m[1] != "" || loc == japaneseDates {
		// 2026/10/14(水) 17:45: a Japanese page's time is Japan's.
		loc = japan
	}
	var h, min, sec int
	if m[2] != "" {
		h, min, sec = atoi(m[2]), atoi(m[3]), atoi(m[4])
		switch strings.ToLower(strings.ReplaceAll(m[5], ".", "")) {
		case "pm":
			if h < 12 {
				h += 12
			}
		case "am":
			if h == 12 {
				h = 0
			}
		}
	} else {
		h, min = atoi(m[6]), atoi(m[7])
		if m[8] == "" && m[9] == "" {
			loc = japan
		}
	}
	if h > 23 || min > 59 || sec > 59 {
		return d
	}
	switch {
	case usZones[m[8]] != 0:
		off := usZones[m[8]]
		if usDaylight(d.Year(), d.Month(), d.Day(), h) {
			off++
		}
		loc = time.FixedZone(m[8], off*3600)
	case m[8] != "":
		loc = time.FixedZone(m[8], zoneOffsets[m[8]]*3600)
	case m[9] != "":
		hours, mins := atoi(m[9]), atoi(m[10])
		off := hours*3600 + mins*60
		if hours < 0 {
			off = hours*3600 - mins*60
		}
		loc = time.FixedZone("", off)
	}
	return time.Date(d.Year(), d.Month(), d.Day(), h, min, sec, 0, loc)
}

// japaneseDates is the zone of a Japanese page that gives no zone of its
// own: a bare date stays that calendar day (midnight UTC, as everywhere
// else), but a time of day is Japan's (2026-02-02 21:14 is 12:14 UTC).
var japaneseDates = time.FixedZone("UTC", 0)

// clockZone returns the zone in which a time of day without a zone is
// read on a page whose dates are read in loc.
func clockZone(loc *time.Location) *time.Location {
	if loc == japaneseDates {
		return japan
	}
	return loc
}

// japan is Japan Standard Time, which has no daylight saving.
var japan = time.FixedZone("JST", 9*3600)
