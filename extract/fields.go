package extract

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// A regulator's breach-notice portal lists each notice as a form of labels
// and values — Entity Name, Total number of persons affected — above or
// beside the letter the organisation sent. The letter is the main text;
// the form's figures are facts about it that the letter may not repeat.

// noticeFieldRe finds the label of a breach-notice field worth reading:
// the entity's name and the number of people affected.
var noticeFieldRe = regexp.MustCompile(`(?i)^(?:(?:entity|organi[sz]ation|company|business|covered entity|reporting entity) name|name of (?:the )?(?:entity|organi[sz]ation|company|business|covered entity)|(?:total )?(?:number of )?(?:persons|individuals|people|consumers|patients)(?: affected)?(?: \(including residents\))?|total (?:number of )?(?:persons|individuals|people) affected.*|individuals affected)\s*:?$`)

// noticeFields returns the breach-notice fields of a page's label/value
// tables as lines ("Total number of persons affected: 61,077"), or "".
// A count of one state's residents is left out: the total is the count.
// Both a name and a count must be there: one alone is some other table.
func noticeFields(doc *goquery.Document) string {
	var lines []string
	named, counted := false, false
	doc.Find("tr").Each(func(_ int, tr *goquery.Selection) {
		cells := tr.ChildrenFiltered("td, th")
		if cells.Length() != 2 {
			return
		}
		label := cleanSpace(cells.First().Text())
		value := cleanSpace(cells.Last().Text())
		if value == "" || len(value) > 120 || !noticeFieldRe.MatchString(label) {
			return
		}
		if l := strings.ToLower(label); strings.Contains(l, "resident") && !strings.Contains(l, "including") {
			return
		}
		lines = append(lines, strings.TrimSuffix(label, ":")+": "+value+".")
		if strings.Contains(strings.ToLower(label), "name") {
			named = true
		} else {
			counted = true
		}
	})
	if !named || !counted {
		return "" // a form names its entity and its count together
	}
	return strings.Join(lines, "\n")
}
