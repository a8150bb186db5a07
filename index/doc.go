// Package index keeps breachwire's articles and stories in a Bleve index on
// disk and answers searches for stories.
//
// Every article is a Bleve document (type "article", id "a:"+URL) holding
// its extracted fields, the id of its story, and the merge keys of package
// merge: the LSH band keys of its text and its normalised victim keys. Every
// story is a document too (type "story", id "s:"+story id) with the
// story-level fields, the text of its articles and its JSON; searches,
// facets and story listings read only story documents, so they cost what a
// search over the stories costs, whatever the number of articles.
//
// Add places each new article in a story: it looks up candidates in the
// index by term (a shared band key, or a shared victim key in a quarter
// within merge.Window), decides with merge's pairwise Match and Conflict, and joins
// the story of every candidate it matches, merging those stories into the
// one seen first; the others' ids become aliases that Story still answers.
// Articles of one Add see each other as candidates. A derived victim key
// (a sound form, an actor, a figure) shared by more than 40 stored
// articles within the window finds no candidates: it names no one incident. Add keeps the
// articles it read and wrote lately decoded, with their merge features, so
// the next Add compares with them without decoding them again. The new and
// changed documents go to Bleve in one batch, which scorch persists and
// fsyncs before Add returns; a process killed at any moment leaves an index that
// opens cleanly and holds every article whose Add returned.
//
// Facets are counted from tables of facet term ids per scorch segment,
// read once per segment (segments never change), as Bleve's collector
// passes every hit; the counts are exact. Decoded stories are kept while
// their stored JSON is unchanged.
//
// Text is analysed per language: English with Bleve's English pipeline,
// Japanese with kagome (IPA dictionary, search mode) and again as single
// characters and bigrams, so that one- and two-character queries and names
// inside dictionary compounds (トヨタ in トヨタ自動車) are found. Both are
// NFKC-normalised. A query without a field searches titles, texts, victims
// and actors in both languages.
//
// Queries are Bleve's query string with three changes. Bare field clauses
// are required, so that "records:>1000000 lang:ja" filters; bare words stay
// alternatives that rank. victim: matches the story's victims by their
// words and the story's and its articles' victims by merge's name keys
// (any spelling or script of a whole name, or a long name's first word),
// never by the names a title or text only mentions. actor: takes any alias
// in the embedded actor catalogue and matches the canonical name stories
// store; free text naming a group by an alias that is not an everyday word
// does too.
//
// On disk, under the directory given to Open:
//
//	index.bleve/              the Bleve index (scorch)
//	  index_meta.json         mapping and storage settings
//	  store/root.bolt         scorch's snapshot list; its file lock is the index lock
//	  store/*.zap             immutable segments
//
// An index is created as index.bleve.new and renamed into place, so an
// interrupted creation leaves nothing half made. An index written by an
// earlier release (another schema version) is rebuilt when opened for
// writing: its stored articles are added afresh to index.bleve.rebuild,
// each at the time it was first added, which replaces the old index once
// complete; a crash at any point leaves either index to open.
package index
