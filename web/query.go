package web

import (
	"strings"
	"time"
)

// facetField maps a facet of the search result to the query field that
// narrows by it.
var facetField = map[string]string{
	"actors":    "actor",
	"victims":   "victim",
	"sources":   "source",
	"languages": "lang",
	"months":    "month",
}

// facetClause is the query clause that keeps only stories with one facet
// value, or "" when the value cannot be written as a clause.
func facetClause(facet, term string) string {
	if facet == "months" {
		// Months are the month of first_seen, the same field the counts come from.
		if _, err := time.Parse("2006-01", term); err != nil {
			return ""
		}
	}
	field, ok := facetField[facet]
	if !ok || term == "" {
		return ""
	}
	if facet == "sources" {
		// Quoted, a source is its whole name: the count's source and
		// no other whose name runs on ("EduSec Watch archive").
		return "+" + field + ":\"" + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(term) + "\""
	}
	return "+" + field + ":" + escapeTerm(term)
}

// querySpecials are the characters the query language lets a backslash
// escape, the space among them.
const querySpecials = "+-=&|><!(){}[]^\"~*?:\\/ "

// escapeTerm writes a value as one query term. Escaping rather than quoting
// keeps it a plain match: a quoted phrase needs positions, which keyword
// and name fields do not keep.
func escapeTerm(term string) string {
	var b strings.Builder
	for _, r := range term {
		if strings.ContainsRune(querySpecials, r) {
			b.WriteByte('\\')
		} else if r == '\u3000' || r == '\t' || r == '\n' {
			b.WriteByte('\\')
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// toggleClause returns q narrowed by clause, or q without clause when it
// already holds it. Narrowing makes every bare clause of q required: in the
// query language a bare term is optional once a required one is present, so
// "toyota" plus a required actor would otherwise match every story of that
// actor.
func toggleClause(q, clause string) (string, bool) {
	parts := splitClauses(q)
	kept := parts[:0:0]
	for _, p := range parts {
		if p != clause && "+"+p != clause {
			kept = append(kept, p)
		}
	}
	if len(kept) < len(parts) {
		return strings.Join(kept, " "), true
	}
	for i, p := range parts {
		if !strings.HasPrefix(p, "+") && !strings.HasPrefix(p, "-") {
			parts[i] = "+" + p
		}
	}
	return strings.Join(append(parts, clause), " "), false
}

// splitClauses splits a query at spaces outside double quotes.
func splitClauses(q string) []string {
	var out []string
	var cur strings.Builder
	quoted, escaped := false, false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range q {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ' ' || r == '\t' || r == '\n' || r == '\u3000'):
			flush()
			continue
		}
		cur.WriteRune(r)
	}
	flush()
	return out
}
