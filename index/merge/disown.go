package merge

import (
	"regexp"
	"strings"
)

// disowning finds a sentence that sets another organisation's incident
// apart from the report's own: "is a separate organisation", "unrelated to",
// "had nothing to do with", 別組織, 無関係, 関係はない.
var disowning = regexp.MustCompile(`(?i)\b(unrelated|not (related|connected|linked|affiliated)|no (connection|link|relation)|nothing to do with|(a )?(separate|different|distinct) (organi[sz]ation|company|entity|body|business))\b|別組織|別法人|別会社|無関係|関係(は|が)?(ない|なく|ありません|ございません)|関連(は|が)?(ない|なく|ありません)|関与(は|が)?(ない|ありません)`)

// disowningSentences returns the sentences of d's text that disown a link
// to another incident, joined; "" when there are none.
func disowningSentences(d Doc) string {
	var out []string
	for rest := d.Text; rest != ""; {
		end := sentenceEnd(rest)
		if end <= 0 || end > len(rest) {
			end = len(rest)
		}
		if s := rest[:end]; disowning.MatchString(s) {
			out = append(out, s)
		}
		rest = rest[end:]
	}
	return strings.Join(out, "\n")
}

// disowns reports whether p's text says that q's victim, another
// organisation, has nothing to do with p's incident (a credit union's notice
// that the farm co-operative of the same town, hacked last month, is a
// separate body).
func (p *Prepared) disowns(q *Prepared) bool {
	return p.disowned != "" && namedIn(q.doc.Victims, p.disowned)
}
