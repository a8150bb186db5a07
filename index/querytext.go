package index

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/breachwire/breachwire/extract/actors"
	"github.com/breachwire/breachwire/index/merge"
)

// defaultFields are searched by free text without a field.
var defaultFields = []string{fTitleEN, fTitleJA, fTitleJG, fTextEN, fTextJA, fTextJG, fVictim, fActor}

// fieldNames maps the field names users write to the fields of a story
// document; text and title search both languages.
var fieldNames = map[string][]string{
	"":          defaultFields,
	"text":      {fTextEN, fTextJA, fTextJG},
	"title":     {fTitleEN, fTitleJA, fTitleJG},
	"victims":   {fVictim},
	"actors":    {fActor},
	"sources":   {fSource},
	"language":  {fLang},
	"languages": {fLang},
	"date":      {fPublished},
	"id":        {fStoryID},
}

// parseQuery parses a query in Bleve's query-string syntax and maps it onto
// the story fields; an empty query matches every story.
func parseQuery(s string) (query.Query, error) {
	if t := strings.TrimSpace(s); t == "" || t == "*" {
		// "*" asks for every story, as an empty query does (a wildcard
		// over every word of every text would find the same at a cost).
		return query.NewMatchAllQuery(), nil
	}
	qs, err := boolWords(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadQuery, err)
	}
	q, err := query.NewQueryStringQuery(qs).Parse()
	if err != nil {
		if m := unquotedDateRe.FindStringSubmatch(s); m != nil {
			// published:>2024-03-06: Bleve reads a bare date as a
			// number and says only "syntax error".
			return nil, fmt.Errorf("%w: %v (a date is written in quotes: %s%s\"%s\")", ErrBadQuery, err, m[1], m[2], m[3])
		}
		return nil, fmt.Errorf("%w: %v", ErrBadQuery, err)
	}
	if err := checkRegexps(q); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadQuery, err)
	}
	return rewrite(q), nil
}

// unquotedDateRe finds a field compared with a date not in quotes.
var unquotedDateRe = regexp.MustCompile(`(\w+:)([<>]=?)(\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?)`)

// boolWords reads the words AND and OR (and && and ||) standing alone
// outside quotes, which Bleve's syntax does not know and would search for
// as words: OR is dropped, since bare clauses are alternatives already
// ("actor:APT32 OR actor:FIN7"); AND makes the clauses on either side
// required ("lang:ja AND records:>1000000" is "+lang:ja +records:>1000000").
func boolWords(s string) (string, error) {
	var words []string
	quoted, start := false, -1
	for i, r := range s {
		switch {
		case r == '"' && (i == 0 || s[i-1] != '\\'):
			quoted = !quoted
			if start < 0 {
				start = i
			}
		case !quoted && unicode.IsSpace(r) && (i == 0 || s[i-1] != '\\'):
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	require := func(i int) {
		if i >= 0 && i < len(words) && !strings.HasPrefix(words[i], "+") && !strings.HasPrefix(words[i], "-") && !isBoolWord(words[i]) {
			words[i] = "+" + words[i]
		}
	}
	for i, w := range words {
		if isBoolWord(w) && w != "OR" && len(words) > 1 && (i == 0 || i == len(words)-1 || isBoolWord(words[i-1]) || isBoolWord(words[i+1])) {
			// "acme AND", "&& acme", "acme AND || fin7": an operator
			// with no clause on one side. (A lone OR at either end is
			// the word: "Portland OR".)
			return "", fmt.Errorf("%s needs a clause on each side", w)
		}
		if w == "AND" || w == "&&" {
			require(i - 1)
			require(i + 1)
		}
	}
	out := words[:0]
	for _, w := range words {
		if !isBoolWord(w) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return s, nil // "OR" alone is a word after all
	}
	return strings.Join(out, " "), nil
}

// isBoolWord reports an operator word boolWords reads.
func isBoolWord(w string) bool {
	return w == "AND" || w == "OR" || w == "&&" || w == "||"
}

// checkRegexps compiles the /regexp/ terms of q, which the parser takes
// unchecked, so that a bad one is a bad query rather than a failed search.
func checkRegexps(q query.Query) error {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, c := range []query.Query{q.Must, q.Should, q.MustNot} {
			if c != nil {
				if err := checkRegexps(c); err != nil {
					return err
				}
			}
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			if err := checkRegexps(c); err != nil {
				return err
			}
		}
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			if err := checkRegexps(c); err != nil {
				return err
			}
		}
	case *query.RegexpQuery:
		if _, err := regexp.Compile(q.Regexp); err != nil {
			return err
		}
	}
	return nil
}

// rewrite maps user field names onto index fields, in place where it can.
// Analysed matches require all their tokens (a Japanese word the tokenizer
// splits, such as 不正アクセス, must match whole, not by any one part).
func rewrite(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		q.Must, q.Should, q.MustNot = rewriteOpt(q.Must), rewriteOpt(q.Should), rewriteOpt(q.MustNot)
		return q
	case *query.ConjunctionQuery:
		for i, c := range q.Conjuncts {
			q.Conjuncts[i] = rewrite(c)
		}
		return q
	case *query.DisjunctionQuery:
		for i, c := range q.Disjuncts {
			q.Disjuncts[i] = rewrite(c)
		}
		return q
	case *query.MatchQuery:
		if keywordFields[q.FieldVal] {
			return keywordQuery(q.FieldVal, q.Match)
		}
		q.Operator = query.MatchQueryOperatorAnd
		if q.FieldVal == fSource || q.FieldVal == "sources" {
			// source:InfoSec narrows, as a quoted source does.
			q.SetBoost(filterBoost)
		}
		out := expand(q.FieldVal, func(f string) query.Query {
			c := *q
			c.FieldVal, c.Analyzer = f, queryAnalyzer(f)
			return &c
		})
		return withActorName(withVictimKeys(out, q.FieldVal, q.Match), q.FieldVal, q.Match)
	case *query.MatchPhraseQuery:
		if keywordFields[q.FieldVal] {
			return keywordQuery(q.FieldVal, q.MatchPhrase)
		}
		if q.FieldVal == fSource || q.FieldVal == "sources" {
			// source:"EduSec Watch" is that source, not also "EduSec
			// Watch archive": a quoted source is a whole name.
			t := query.NewTermQuery(sourceKey(q.MatchPhrase))
			t.SetField(fSourceKey)
			t.SetBoost(filterBoost)
			return t
		}
		out := expand(q.FieldVal, func(f string) query.Query {
			c := *q
			c.FieldVal, c.Analyzer = f, queryAnalyzer(f)
			return &c
		})
		return withActorName(withVictimKeys(out, q.FieldVal, q.MatchPhrase), q.FieldVal, q.MatchPhrase)
	case *query.WildcardQuery:
		if q.FieldVal == "" && strings.Trim(q.Wildcard, "*") == "" {
			// A bare "*" clause (* lang:ja) is every story, not a
			// wildcard over every word of every text.
			return query.NewMatchAllQuery()
		}
		q.Wildcard = strings.ToLower(q.Wildcard)
		return expand(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.RegexpQuery:
		return expand(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.FuzzyQuery:
		q.Term = strings.ToLower(q.Term)
		return expand(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.PrefixQuery:
		q.Prefix = strings.ToLower(q.Prefix)
		return expand(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.DateRangeQuery:
		if q.FieldVal == "" || q.FieldVal == "date" {
			q.FieldVal = fPublished
		}
		q.SetBoost(filterBoost)
		return q
	case *query.NumericRangeQuery:
		q.SetBoost(filterBoost)
		return q
	}
	return q
}

// keywordFields hold exact values; lang, month and qualifier in lower case.
var keywordFields = map[string]bool{
	fURL: true, fStoryID: true, fAlias: true, fLang: true, "language": true, fMonth: true, fQualifier: true,
}

func keywordQuery(field, value string) query.Query {
	if field == "language" {
		field = fLang
	}
	if field != fURL && field != fStoryID && field != fAlias {
		value = strings.ToLower(value)
	}
	q := query.NewTermQuery(value)
	q.SetField(field)
	if filterFields[field] {
		q.SetBoost(filterBoost)
	}
	return q
}

// filterFields are the fields a clause on only narrows the hits: a
// story's languages, month and qualifier (and, below, its dates, record
// figure and sources). Their clauses weigh next to
// nothing, so +lang:en keeps the order the ranked words give; left at
// full weight, lang:en would rank a story told in English alone above one
// also told in Japanese (one of two values scores lower) and drown the
// words.
var filterFields = map[string]bool{fLang: true, fMonth: true, fQualifier: true}

// filterBoost is the weight of a filter clause.
const filterBoost = 1e-4

// queryAnalyzer is the analyzer for query text on field, "" for the field's own.
func queryAnalyzer(field string) string {
	if field == fTextJG || field == fTitleJG {
		return analyzerBigramQuery
	}
	return ""
}

func rewriteOpt(q query.Query) query.Query {
	if q == nil {
		return nil
	}
	return rewrite(q)
}

// expand gives one copy of a query per index field behind a user field.
func expand(field string, withField func(string) query.Query) query.Query {
	fields, ok := fieldNames[field]
	if !ok {
		fields = []string{field}
	}
	if len(fields) == 1 {
		return withField(fields[0])
	}
	qs := make([]query.Query, len(fields))
	for i, f := range fields {
		qs[i] = withField(f)
	}
	return query.NewDisjunctionQuery(qs)
}

// withVictimKeys lets victim:トヨタ find the stories whose victim is Toyota,
// and victim:Sony those of Sony Interactive Entertainment, through the
// name keys of the story's and its articles' victims (see victimNameKeys).
// The query's own keys are its whole name's (merge.NameKeys):
// victim:"Kestrel Foods Australia" finds no other Kestrel.
func withVictimKeys(q query.Query, field, text string) query.Query {
	if field != fVictim && field != "victims" {
		return q
	}
	keys := merge.NameKeys([]string{text})
	if len(keys) == 0 {
		return q
	}
	return query.NewDisjunctionQuery([]query.Query{q, termsQuery(fVictimKey, keys)})
}

// victimNameKeys are the keys on which a victim: query meets the victims a
// story and its articles name: package merge's keys of whole names (a
// Latin reading without legal forms, so that Toyota, トヨタ and Toyota
// Motor Corporation meet) and of a long name's first word. merge's other
// keys find merge candidates, not victims: sound forms and near spellings
// (Nakamura would meet Nakamori), and the names, figures and actors of a
// report's title and opening (a product launch by Nakamura Robotics names
// no victim); merge writes each of those as "kind:value".
func victimNameKeys(names []string) []string {
	if len(names) == 0 {
		return nil
	}
	keys := merge.VictimKeys(merge.Doc{Victims: names})
	return slices.DeleteFunc(keys, func(k string) bool { return strings.Contains(k, ":") })
}

// withActorName lets actor:OceanLotus find the stories of APT32: a story
// keeps an actor's canonical name from the embedded catalogue, while
// analysts type any alias. Free text naming an actor by an alias finds its
// stories too, by the catalogue's rules for text, so that an alias that
// is an everyday word ("Agenda" for Qilin) is not taken for the actor.
func withActorName(q query.Query, field, text string) query.Query {
	var g *actors.Group
	switch field {
	case fActor, "actors":
		g, _ = actors.Embedded().Lookup(text)
	case "":
		text = strings.TrimSpace(text)
		if ms := actors.Embedded().Find(text); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(text) {
			g = ms[0].Group
		}
	}
	if g == nil || strings.EqualFold(g.Name, strings.TrimSpace(text)) {
		return q // unknown, or the name stories store, which q searches already
	}
	name := query.NewMatchPhraseQuery(g.Name)
	name.SetField(fActor)
	return query.NewDisjunctionQuery([]query.Query{q, name})
}
