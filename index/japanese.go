package index

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
	"golang.org/x/text/unicode/norm"
)

// Names under which this package registers its analysis parts with Bleve.
const (
	// analyzerBigramQuery analyses queries on the character-gram fields:
	// bigrams only (a lone character stays a unigram), since requiring the
	// common single characters as well only slows the search.
	analyzerBigramQuery = "breachwire_jbigrams_query"
	kagomeTokenizerName = "breachwire_kagome"
	nfkcCharFilterName  = "breachwire_nfkc"
)

var (
	kagomeOnce sync.Once
	kagomeTok  *tokenizer.Tokenizer
	kagomeErr  error
)

// kagomeTokenizer loads the IPA dictionary once; loading takes a few
// hundred milliseconds and tens of megabytes, so it happens on first use.
func kagomeTokenizer() (*tokenizer.Tokenizer, error) {
	kagomeOnce.Do(func() {
		kagomeTok, kagomeErr = tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
	})
	return kagomeTok, kagomeErr
}

// japaneseTokenizer is a Bleve tokenizer that splits Japanese text into
// morphemes with kagome in search mode, which also splits long compounds
// (不正アクセス → 不正 / アクセス) so that their parts are found.
type japaneseTokenizer struct {
	t *tokenizer.Tokenizer
}

// Tokenize returns the morphemes of input with byte offsets into input,
// leaving out whitespace and punctuation. A morpheme that mixes scripts,
// such as the dictionary entry トヨタ自動車, also yields its runs of one
// script (トヨタ, 自動車) at the same position, so that the name alone finds
// it; inflected words (kanji with hiragana) are left whole.
func (j japaneseTokenizer) Tokenize(input []byte) analysis.TokenStream {
	toks := j.t.Analyze(string(input), tokenizer.Search)
	rv := make(analysis.TokenStream, 0, len(toks))
	pos := 0
	for _, tk := range toks {
		if tk.Surface == "" || !hasWordRune(tk.Surface) {
			continue
		}
		pos++
		rv = append(rv, &analysis.Token{
			Start:    tk.Position,
			End:      tk.Position + len(tk.Surface),
			Term:     []byte(tk.Surface),
			Position: pos,
			Type:     tokenType(tk.Surface),
		})
		if runs := scriptRuns(tk.Surface); len(runs) > 1 && !hasHiragana(tk.Surface) {
			for _, r := range runs {
				rv = append(rv, &analysis.Token{
					Start:    tk.Position + r[0],
					End:      tk.Position + r[1],
					Term:     []byte(tk.Surface[r[0]:r[1]]),
					Position: pos,
					Type:     tokenType(tk.Surface[r[0]:r[1]]),
				})
			}
		}
	}
	return rv
}

// hasHiragana reports whether s holds hiragana, as inflected words do
// (受け, お詫び); splitting those would only add noise.
func hasHiragana(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hiragana, r) {
			return true
		}
	}
	return false
}

// scriptRuns splits s into runs of one script (kanji, katakana, hiragana,
// other letters and digits) and returns their byte ranges.
func scriptRuns(s string) [][2]int {
	var runs [][2]int
	start, last := 0, -1
	for i, r := range s {
		sc := script(r)
		if i > 0 && sc != last {
			runs = append(runs, [2]int{start, i})
			start = i
		}
		last = sc
	}
	return append(runs, [2]int{start, len(s)})
}

func script(r rune) int {
	switch {
	case unicode.Is(unicode.Han, r):
		return 1
	case unicode.Is(unicode.Katakana, r) || r == 'ー':
		return 2
	case unicode.Is(unicode.Hiragana, r):
		return 3
	}
	return 4
}

// hasWordRune reports whether s holds a letter or a digit.
func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}

func tokenType(s string) analysis.TokenType {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsNumber(r):
		return analysis.Numeric
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
		return analysis.Ideographic
	}
	return analysis.AlphaNumeric
}

// nfkcCharFilter normalises width and compatibility forms (ＡＢＣ → ABC,
// ｶﾀｶﾅ → カタカナ) before tokenizing. Indexed text is normalised before it
// reaches Bleve, so on documents this filter is the identity and term
// offsets stay valid for highlighting; on queries it does the work.
type nfkcCharFilter struct{}

// Filter returns input in Unicode normalisation form NFKC.
func (nfkcCharFilter) Filter(input []byte) []byte {
	return norm.NFKC.Bytes(input)
}

var registerOnce sync.Once

// registerAnalysis registers the Japanese tokenizer and the NFKC character
// filter with Bleve's registry; Bleve needs them by name to open an index.
func registerAnalysis() {
	registerOnce.Do(func() {
		_ = registry.RegisterTokenizer(kagomeTokenizerName,
			func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
				t, err := kagomeTokenizer()
				if err != nil {
					return nil, err
				}
				return japaneseTokenizer{t: t}, nil
			})
		_ = registry.RegisterAnalyzer(analyzerBigramQuery,
			func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
				tok, err := cache.TokenizerNamed(unicodetok.Name)
				if err != nil {
					return nil, err
				}
				lower, err := cache.TokenFilterNamed(lowercase.Name)
				if err != nil {
					return nil, err
				}
				return &analysis.DefaultAnalyzer{
					CharFilters:  []analysis.CharFilter{nfkcCharFilter{}},
					Tokenizer:    tok,
					TokenFilters: []analysis.TokenFilter{lower, cjk.NewCJKBigramFilter(false)},
				}, nil
			})
		_ = registry.RegisterCharFilter(nfkcCharFilterName,
			func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
				return nfkcCharFilter{}, nil
			})
	})
}
