package merge

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

var (
	// "September 10, 2023", "Sept. 10 2023", "10 September 2023".
	enMonthDay = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	enDayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	// 2023年9月10日 (NFKC folds full-width digits first).
	jaDate = regexp.MustCompile(`(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日`)
)

var monthNumbers = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// textDates returns the calendar dates a text names with their year
// ("September 10, 2023", 「2023年9月10日」), sorted and distinct: a later
// report says when the incident it updates was found.
func textDates(s string) []time.Time {
	if !strings.ContainsAny(s, "0123456789０１２３４５６７８９") {
		return nil
	}
	s = normalize(s)
	var out []time.Time
	add := func(y, m, d string) {
		yi, _ := strconv.Atoi(y)
		mi, _ := strconv.Atoi(m)
		di, _ := strconv.Atoi(d)
		if yi >= 1990 && yi <= 2100 && mi >= 1 && mi <= 12 && di >= 1 && di <= 31 {
			out = append(out, time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC))
		}
	}
	for _, m := range enMonthDay.FindAllStringSubmatch(s, -1) {
		add(m[3], strconv.Itoa(int(monthNumbers[strings.ToLower(m[1])])), m[2])
	}
	for _, m := range enDayMonth.FindAllStringSubmatch(s, -1) {
		add(m[3], strconv.Itoa(int(monthNumbers[strings.ToLower(m[2])])), m[1])
	}
	for _, m := range jaDate.FindAllStringSubmatch(s, -1) {
		add(m[1], m[2], m[3])
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return slices.Compact(out)
}

// refersBack reports whether the later of two reports names a date from
// which the earlier one followed within params.closeTime: an update that
// recalls when the incident the first report covered was found.
func (p *Prepared) refersBack(q *Prepared) bool {
	early, late := p, q
	if late.doc.Published.Before(early.doc.Published) {
		early, late = late, early
	}
	pub := early.doc.Published
	if pub.IsZero() {
		return false
	}
	for _, d := range late.dates {
		if !pub.Before(d) && pub.Sub(d) <= params.closeTime {
			return true
		}
	}
	return false
}
