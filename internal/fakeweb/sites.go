package fakeweb

import (
	"crypto/sha1"
	"encoding/hex"
	"sort"
	"time"

	"github.com/breachwire/breachwire/internal/corpus"
)

// builder describes one fake site and how it becomes a source in Config.
type builder struct {
	key   string // group of corpus articles it serves (see siteFor)
	name  string // site and source name
	kind  string // for Site.kind: news, blog, hub, newsroom, jnews
	typ   string // source type: feed or page
	entry string // path of the feed or listing page
	links string // links selector of a page source
	lang  string // language hint
	build func(w *Web, s *site, arts []corpus.Article)
}

// Site names, equal to the source names in Config.
const (
	SiteNews     = "The Daily Breach"
	SiteBlog     = "SecBytes Blog"
	SiteHub      = "Advisory & Press Hub"
	SiteNewsroom = "ニュースリリース配信センター"
	SiteJNews    = "セキュリティ速報"
)

var builders = []builder{
	{key: "en-news", name: SiteNews, kind: "news", typ: "feed", entry: "/feed/", build: buildNews},
	{key: "en-blog", name: SiteBlog, kind: "blog", typ: "feed", entry: "/feed/atom/", build: buildBlog},
	{key: "en-hub", name: SiteHub, kind: "hub", typ: "feed", entry: "/feed.json", build: buildHub},
	{key: "ja-pr", name: SiteNewsroom, kind: "newsroom", typ: "page", entry: "/news/", links: "ul.news-list a.title", lang: "ja", build: buildNewsroom},
	{key: "ja-news", name: SiteJNews, kind: "jnews", typ: "feed", entry: "/index.rdf", build: buildJNews},
}

// siteFor picks the site whose kind of publishing fits the article.
func siteFor(a corpus.Article) string {
	switch {
	case a.Lang == "en" && (a.Kind == corpus.KindRepost || a.Kind == corpus.KindSummary):
		return "en-blog"
	case a.Lang == "en" && (a.Kind == corpus.KindVendorPR || a.Kind == corpus.KindAdvisory || a.Kind == corpus.KindCompanyPR):
		return "en-hub"
	case a.Lang == "en":
		return "en-news"
	case a.Kind == corpus.KindCompanyPR || a.Kind == corpus.KindVendorPR || a.Kind == corpus.KindAdvisory:
		return "ja-pr"
	default:
		return "ja-news"
	}
}

// jst is Japan's time zone, in which the Japanese sites print dates.
var jst = time.FixedZone("JST", 9*60*60)

// newestFirst sorts articles by publication time, newest first, as feeds list them.
func newestFirst(arts []corpus.Article) []corpus.Article {
	out := append([]corpus.Article(nil), arts...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published.After(out[j].Published) })
	return out
}

// lastModified is the Last-Modified of a feed listing arts: its newest item, plus an hour.
func lastModified(arts []corpus.Article) time.Time {
	var t time.Time
	for _, a := range arts {
		if a.Published.After(t) {
			t = a.Published
		}
	}
	return t.Add(time.Hour).Truncate(time.Second)
}

// etagOf is a strong entity tag for a body.
func etagOf(body []byte) string {
	sum := sha1.Sum(body)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}

// others picks articles other than arts[i] at fixed offsets, for related-story boxes.
func others(arts []corpus.Article, i int, offsets ...int) []corpus.Article {
	var out []corpus.Article
	for _, off := range offsets {
		if len(arts) < 2 {
			break
		}
		j := (i + off) % len(arts)
		if j == i {
			j = (j + 1) % len(arts)
		}
		out = append(out, arts[j])
	}
	return out
}

// titles returns the titles of arts.
func titles(arts []corpus.Article) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.Title
	}
	return out
}
