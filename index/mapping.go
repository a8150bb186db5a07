package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Document types, in the field named by typeField.
const (
	typeField   = "type"
	typeArticle = "article"
	typeStory   = "story"
)

// Analyzer names defined in the index mapping.
const (
	analyzerEnglish  = "breachwire_en"
	analyzerJapanese = "breachwire_ja"
	analyzerName     = "breachwire_name" // names: victims, actors, sources
	// analyzerGrams indexes Japanese as single characters and bigrams, so a
	// query finds any text that contains it, one character long or not
	// on a word boundary.
	analyzerGrams = "breachwire_jgrams"
	bigramFilter  = "breachwire_cjk_bigram"
)

// Fields of a story document; these are the ones queries see.
const (
	fStoryID   = "sid"
	fAlias     = "alias"
	fTitleEN   = "title_en"
	fTitleJA   = "title_ja"
	fTextEN    = "text_en"
	fTextJA    = "text_ja"
	fTitleJG   = "title_jg"
	fTextJG    = "text_jg"
	fVictim    = "victim"
	fActor     = "actor"
	fSource    = "source"
	fSourceKey = "skey" // a source's whole name in lower case: source:"Name" finds that source alone
	fVictimKey = "vkey"
	fFacet     = "facet" // "victims:Toyota", "languages:ja", ...: every facet in one field
	fLang      = "lang"
	fMonth     = "month"
	fRecords   = "records"
	fQualifier = "records_qualifier"
	fPublished = "published"
	fFirstSeen = "first_seen"
	fUpdated   = "updated"
	fChanged   = "changed"
	fURL       = "url"
	fStoryJSON = "s_json"
)

// Fields of an article document. They carry an a_ prefix so that queries
// written for stories never match articles.
const (
	fArtURL        = "a_url"
	fArtStory      = "a_story"
	fArtBand       = "a_band"
	fArtVictimKey  = "a_vkey"
	fArtVictimSpan = "a_vspan"
	fArtPublished  = "a_published"
	fArtFetched    = "a_fetched"
	fArtSource     = "a_source"
	fArtLang       = "a_lang"
	fArtVictim     = "a_victim"
	fArtActor      = "a_actor"
	fArtRecords    = "a_records"
	fArtQualifier  = "a_records_qualifier"
	fArtJSON       = "a_json"
)

// newMapping returns the index mapping: two static document types, article
// and story, with English and Japanese text in separate fields.
func newMapping() (*mapping.IndexMappingImpl, error) {
	registerAnalysis()
	im := mapping.NewIndexMapping()
	im.TypeField = typeField
	im.DefaultAnalyzer = analyzerEnglish
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	analyzers := map[string]map[string]interface{}{
		analyzerEnglish: {
			"type":          custom.Name,
			"char_filters":  []string{nfkcCharFilterName},
			"tokenizer":     unicode.Name,
			"token_filters": []string{en.PossessiveName, lowercase.Name, en.StopName, en.SnowballStemmerName},
		},
		analyzerJapanese: {
			"type":          custom.Name,
			"char_filters":  []string{nfkcCharFilterName},
			"tokenizer":     kagomeTokenizerName,
			"token_filters": []string{lowercase.Name},
		},
		analyzerGrams: {
			"type":          custom.Name,
			"char_filters":  []string{nfkcCharFilterName},
			"tokenizer":     unicode.Name,
			"token_filters": []string{lowercase.Name, bigramFilter},
		},
		analyzerName: {
			"type":          custom.Name,
			"char_filters":  []string{nfkcCharFilterName},
			"tokenizer":     unicode.Name,
			"token_filters": []string{lowercase.Name},
		},
	}
	err := im.AddCustomTokenFilter(bigramFilter, map[string]interface{}{
		"type": cjk.BigramName, "output_unigram": true,
	})
	if err != nil {
		return nil, err
	}
	for name, cfg := range analyzers {
		if err := im.AddCustomAnalyzer(name, cfg); err != nil {
			return nil, err
		}
	}
	im.AddDocumentMapping(typeStory, storyMapping())
	im.AddDocumentMapping(typeArticle, articleMapping())
	im.DefaultMapping = mapping.NewDocumentDisabledMapping()
	return im, nil
}

func storyMapping() *mapping.DocumentMapping {
	dm := mapping.NewDocumentStaticMapping()
	add := func(name string, fm *mapping.FieldMapping) { dm.AddFieldMappingsAt(name, fm) }
	add(typeField, keywordField(false))
	add(fStoryID, keywordField(false))
	add(fAlias, keywordField(false))
	add(fTitleEN, textField(analyzerEnglish, true))
	add(fTitleJA, textField(analyzerJapanese, true))
	add(fTextEN, textField(analyzerEnglish, true))
	add(fTextJA, textField(analyzerJapanese, true))
	add(fTitleJG, textField(analyzerGrams, false))
	add(fTextJG, textField(analyzerGrams, false))
	add(fVictim, nameField())
	add(fActor, nameField())
	add(fSource, nameField())
	add(fVictimKey, keywordField(false))
	add(fSourceKey, keywordField(false))
	add(fFacet, keywordField(true))
	add(fLang, keywordField(false))
	add(fMonth, keywordField(false))
	add(fRecords, numericField(true))
	add(fQualifier, keywordField(false))
	add(fPublished, dateField(false))
	add(fFirstSeen, dateField(true))
	add(fUpdated, dateField(true))
	add(fChanged, dateField(true))
	add(fURL, keywordField(false))
	add(fStoryJSON, storedOnly())
	return dm
}

func articleMapping() *mapping.DocumentMapping {
	dm := mapping.NewDocumentStaticMapping()
	add := func(name string, fm *mapping.FieldMapping) { dm.AddFieldMappingsAt(name, fm) }
	add(typeField, keywordField(false))
	for _, f := range []string{fArtURL, fArtStory, fArtBand, fArtVictimKey, fArtSource,
		fArtLang, fArtVictim, fArtActor, fArtQualifier, fArtVictimSpan} {
		add(f, keywordField(false))
	}
	add(fArtPublished, dateField(false))
	add(fArtFetched, dateField(false))
	add(fArtRecords, numericField(false))
	add(fArtJSON, storedOnly())
	return dm
}

// textField is analysed text; stored ones keep term vectors for highlighting.
func textField(analyzer string, stored bool) *mapping.FieldMapping {
	fm := mapping.NewTextFieldMapping()
	fm.Analyzer = analyzer
	fm.Store = stored
	fm.IncludeTermVectors = stored
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}

// nameField is a name searched by its words; positions allow phrases.
func nameField() *mapping.FieldMapping {
	fm := textField(analyzerName, false)
	fm.IncludeTermVectors = true
	return fm
}

// keywordField is an exact term; docValues ones can be faceted and sorted.
func keywordField(docValues bool) *mapping.FieldMapping {
	fm := mapping.NewKeywordFieldMapping()
	fm.Analyzer = keyword.Name
	fm.Store = false
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = docValues
	return fm
}

func numericField(docValues bool) *mapping.FieldMapping {
	fm := mapping.NewNumericFieldMapping()
	fm.Store = false
	fm.IncludeInAll = false
	fm.DocValues = docValues
	return fm
}

func dateField(docValues bool) *mapping.FieldMapping {
	fm := mapping.NewDateTimeFieldMapping()
	fm.Store = false
	fm.IncludeInAll = false
	fm.DocValues = docValues
	return fm
}

// storedOnly keeps a value for reading back without indexing it.
func storedOnly() *mapping.FieldMapping {
	fm := mapping.NewTextFieldMapping()
	fm.Analyzer = keyword.Name
	fm.Index = false
	fm.Store = true
	fm.IncludeTermVectors = false
	fm.IncludeInAll = false
	fm.DocValues = false
	return fm
}
