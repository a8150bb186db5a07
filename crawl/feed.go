package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/breachwire/breachwire/extract"
)

// ErrBadFeed is wrapped by the error for a feed that does not parse.
var ErrBadFeed = errors.New("crawl: feed does not parse")

// link is one article link found in a feed or on a listing page, with what
// the feed says about it.
type link struct {
	URL       string
	Title     string
	Published time.Time
}

// parseFeed reads the article links of an RSS, Atom, RDF or JSON feed. The
// bytes are decoded to UTF-8 first (gofeed does not look at the HTTP
// charset); base resolves relative links; an item linking again to an
// article listed before (tracking parameters and fragment aside) is dropped;
// at most max links are returned, all of them when max <= 0. A truncated XML
// feed is cut after its last complete item.
func parseFeed(body []byte, contentType, base string, max int, truncated bool) ([]link, error) {
	text := decodeFeed(body, contentType)
	if truncated {
		if text = salvageFeed(text); text == nil {
			return nil, fmt.Errorf("%w: cut off at %d bytes before its first item", ErrBadFeed, len(body))
		}
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadFeed, err)
	}
	baseURL, _ := url.Parse(base)
	var links []link
	seen := map[string]bool{}
	for _, it := range feed.Items {
		if max > 0 && len(links) >= max {
			break
		}
		u := itemURL(it, baseURL)
		key := extract.CleanURL(u)
		if u == "" || seen[key] {
			continue
		}
		seen[key] = true
		l := link{URL: u, Title: strings.TrimSpace(it.Title)}
		switch {
		case it.PublishedParsed != nil:
			l.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			l.Published = *it.UpdatedParsed
		}
		links = append(links, l)
	}
	return links, nil
}

// itemURL is the item's link made absolute; a permalink GUID stands in for a
// missing link. Anything but http(s) is dropped.
func itemURL(it *gofeed.Item, base *url.URL) string {
	candidates := []string{it.Link}
	candidates = append(candidates, it.Links...)
	candidates = append(candidates, it.GUID)
	for _, c := range candidates {
		if u := absolute(c, base); u != "" {
			return u
		}
	}
	return ""
}

// absolute resolves ref against base and keeps it only if it is http(s).
func absolute(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// salvageFeed makes a feed that was cut off at the body limit parse: it cuts
// after the last complete item or entry and closes the document. It returns
// nil when there is no complete item.
func salvageFeed(text []byte) []byte {
	end := -1
	for _, tag := range []string{"</item>", "</entry>", "</ITEM>"} {
		if i := bytes.LastIndex(text, []byte(tag)); i >= 0 && i+len(tag) > end {
			end = i + len(tag)
		}
	}
	if end < 0 {
		return nil
	}
	head := text[:min(len(text), 4096)]
	out := append([]byte{}, text[:end]...)
	switch {
	case bytes.Contains(head, []byte("<rdf:RDF")):
		// RSS 1.0 items follow the closed channel: only the root is open.
		out = append(out, "</rdf:RDF>"...)
	case bytes.Contains(head, []byte("<feed")):
		out = append(out, "</feed>"...)
	default:
		out = append(out, "</channel></rss>"...)
	}
	return out
}
