// Package extract turns one fetched web page into an Article: it decodes the
// bytes to UTF-8 (declared or detected charset, including the Japanese
// Shift_JIS, EUC-JP and ISO-2022-JP encodings), finds the main article text
// with go-trafilatura and a density fallback, reads the title, the
// publication date, the language and the canonical URL, and hands the text to
// extract/incident for the victim, record-count and threat-actor facts.
//
// The crawler and the `extract` command share one Extractor:
//
//	x := extract.New()
//	art, err := x.Extract(extract.Page{URL: u, Body: body, ContentType: ct})
//
// An Extractor is safe for concurrent use.
package extract
