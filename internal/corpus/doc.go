// Package corpus reads the labelled test set under testdata/corpus: news
// articles, re-posts, press releases and advisories, each with hand-written
// labels for victim, record count, threat actor and the incident it covers.
//
// The labels are written independently of the extraction rules, so scorers
// for extract/incident and index/merge can import this package, run their
// code over Article.Text and compare with Article.Labels:
//
//	arts, err := corpus.Load("testdata/corpus/articles")
//	if err != nil { ... }
//	for _, a := range arts { compare(extract(a.Text), a.Labels) }
//	stories := corpus.Incidents(arts) // incident id → its articles
package corpus
