package merge

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// periodicalTitle marks the headline of a newsletter or weekly roundup: an
// issue number ("ThreatBrief #37"), or words for a week's digest
// ("weekly", "roundup", 週刊, 今週, 第2週).
var periodicalTitle = regexp.MustCompile(`(?i)#\s?\d+\b|\bweekly\b|\bround-?up\b|\bdigest\b|\bnewsletter\b|\bthis week\b|\bweek in\b|週刊|今週|先週|第\s*\d+\s*週|ダイジェスト`)

// bulletGlyphs start the items of a list of news blurbs (■ A …, • B …).
const bulletGlyphs = "■□●○◆◇▼▶►•▪◉★☆"

// isRoundup reports whether d reads as a roundup of several stories: a
// periodical's headline, or params.roundupItems or more paragraphs that
// start with a bullet and run to at least params.roundupItemChars
// characters (news blurbs, not the short lists of data items a notice
// gives). Numbered paragraphs are not counted: notices number their
// sections.
func isRoundup(d Doc) bool {
	if periodicalTitle.MatchString(normalize(d.Title)) {
		return true
	}
	items := 0
	for line := range strings.SplitSeq(d.Text, "\n") {
		line = strings.TrimSpace(line)
		r, _ := utf8.DecodeRuneInString(line)
		if strings.ContainsRune(bulletGlyphs, r) && utf8.RuneCountInString(line) >= params.roundupItemChars {
			items++
		}
	}
	return items >= params.roundupItems
}
