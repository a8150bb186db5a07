package extract

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
)

// pageMeta is what the page says about itself outside its text.
type pageMeta struct {
	ogTitle, jsonTitle, htmlTitle string
	siteName                      string
	canonical, ogURL              string
	htmlLang                      string
	jsonLD                        []map[string]any
}

func readMeta(doc *goquery.Document) pageMeta {
	var m pageMeta
	m.htmlTitle = cleanTitle(doc.Find("head title").First().Text())
	if m.htmlTitle == "" {
		m.htmlTitle = cleanTitle(doc.Find("title").First().Text())
	}
	m.ogTitle = metaContent(doc, "og:title", "twitter:title")
	m.siteName = metaContent(doc, "og:site_name", "application-name")
	m.ogURL = metaContent(doc, "og:url")
	m.canonical, _ = doc.Find(`link[rel~="canonical"]`).First().Attr("href")
	m.htmlLang, _ = doc.Find("html").First().Attr("lang")
	m.jsonLD = readJSONLD(doc)
	for _, obj := range m.jsonLD {
		if h := jsonString(obj, "headline"); h != "" && isArticleType(obj) {
			m.jsonTitle = cleanTitle(h)
			break
		}
	}
	return m
}

// metaContent returns the content of the first <meta> whose property, name or
// itemprop is one of keys (case-insensitive), in the order of keys.
func metaContent(doc *goquery.Document, keys ...string) string {
	metas := doc.Find("meta")
	for _, k := range keys {
		var val string
		metas.EachWithBreak(func(_ int, s *goquery.Selection) bool {
			for _, attr := range []string{"property", "name", "itemprop"} {
				if v, ok := s.Attr(attr); ok && strings.EqualFold(strings.TrimSpace(v), k) {
					val = strings.TrimSpace(s.AttrOr("content", ""))
					return val == ""
				}
			}
			return true
		})
		if val != "" {
			return val
		}
	}
	return ""
}

// readJSONLD returns every JSON-LD object of the page, flattening arrays and
// @graph lists; unparsable blocks are skipped.
func readJSONLD(doc *goquery.Document) []map[string]any {
	var out []map[string]any
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return
		}
		out = appendJSONObjects(out, v, 0)
	})
	return out
}

func appendJSONObjects(out []map[string]any, v any, depth int) []map[string]any {
	if depth > 4 {
		return out
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			out = appendJSONObjects(out, e, depth+1)
		}
	case map[string]any:
		out = append(out, t)
		if g, ok := t["@graph"]; ok {
			out = appendJSONObjects(out, g, depth+1)
		}
		if e, ok := t["mainEntity"]; ok {
			out = appendJSONObjects(out, e, depth+1)
		}
	}
	return out
}

func jsonString(obj map[string]any, key string) string {
	switch v := obj[key].(type) {
	case string:
		return v
	case []any:
		if len(v) > 0 {
			if s, ok := v[0].(string); ok {
				return s
			}
		}
	}
	return ""
}

// isArticleType reports whether a JSON-LD object describes an article-like
// thing (Article, NewsArticle, BlogPosting, Report, ...) or has no type.
func isArticleType(obj map[string]any) bool {
	var types []string
	switch t := obj["@type"].(type) {
	case string:
		types = []string{t}
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				types = append(types, s)
			}
		}
	case nil:
		return true
	}
	for _, t := range types {
		t = strings.ToLower(t)
		if strings.Contains(t, "article") || strings.Contains(t, "posting") ||
			strings.Contains(t, "report") || t == "webpage" || strings.Contains(t, "release") {
			return true
		}
	}
	return false
}

func cleanSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// ideographicSpaces writes a Japanese headline's spaces as the page does:
// where the page parts two phrases with an ideographic space (被害拡大　各社が
// 警告) and the title, read through a path that folds white space, has a
// plain one, the page's is put back. source is the page's decoded markup.
func ideographicSpaces(title, source string) string {
	if !strings.Contains(title, " ") || !hasCJK(title) || !strings.Contains(source, "\u3000") {
		return title
	}
	parts := strings.Split(title, " ")
	for i := range parts {
		parts[i] = regexp.QuoteMeta(parts[i])
	}
	re, err := regexp.Compile(strings.Join(parts, `[ \t\x{3000}]+`))
	if err != nil {
		return title
	}
	if m := re.FindString(source); m != "" && strings.Contains(m, "\u3000") {
		return cleanTitle(m)
	}
	return title
}

// cleanTitle is cleanSpace for a headline: an ideographic space that
// parts two phrases of a Japanese headline (被害拡大　各社が警告) stays, as
// the page writes it; other runs of white space become one space.
func cleanTitle(s string) string {
	var b strings.Builder
	var prev rune // the last rune written
	space, wide := false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			wide = wide || r == '\u3000'
			continue
		}
		if space && prev != 0 {
			if wide && (prev >= 0x3000 || r >= 0x3000) {
				// 調査2026　結果概要, 振り返る　5つの事例: one side is
				// enough.
				b.WriteRune('\u3000')
			} else {
				b.WriteByte(' ')
			}
		}
		space, wide = false, false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

var (
	// blockEndRe finds the end of a block in markup an articleBody may
	// carry: a paragraph, a heading, a line break.
	blockEndRe  = regexp.MustCompile(`(?i)</(?:p|div|h[1-6]|li|blockquote)>|<br\s*/?>`)
	markupTagRe = regexp.MustCompile(`<[^>]*>`)
)

// minPageText is the text, in runes, below which a page's markup is
// taken to hold less than its structured data's articleBody.
const minPageText = 200

// jsonLDBody returns the articleBody of the page's article, as plain
// paragraphs: markup dropped, whitespace within a paragraph folded. ""
// when the page's structured data has none.
func jsonLDBody(objs []map[string]any) string {
	for _, obj := range objs {
		if !isArticleType(obj) {
			continue
		}
		body := jsonString(obj, "articleBody")
		if body == "" {
			continue
		}
		if strings.Contains(body, "<") {
			body = markupTagRe.ReplaceAllString(blockEndRe.ReplaceAllString(body, "\n"), "")
		}
		body = html.UnescapeString(body)
		var paras []string
		for _, p := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				paras = append(paras, p)
			}
		}
		return strings.Join(paras, "\n\n")
	}
	return ""
}
