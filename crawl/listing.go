package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ErrBadSelector is wrapped by the error for a links selector that is not CSS.
var ErrBadSelector = errors.New("crawl: links selector does not parse")

// listingLinks returns the article links on an HTML listing page: the href
// of every element the CSS selector matches (or of the first link inside
// it), resolved against the page's <base> or URL, without duplicates, links
// back to the page itself or non-http(s) links; at most max of them, all
// when max <= 0.
func listingLinks(body []byte, contentType, pageURL, selector string, max int) ([]link, error) {
	sel, err := cascadia.Compile(selector)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrBadSelector, selector, err)
	}
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		r = bytes.NewReader(body)
	}
	root, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("crawl: listing page does not parse: %w", err)
	}
	doc := goquery.NewDocumentFromNode(root)
	base, _ := url.Parse(pageURL)
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok && base != nil {
		if b, err := base.Parse(strings.TrimSpace(href)); err == nil {
			base = b
		}
	}
	self := ""
	if base != nil {
		self = stripFragment(pageURL)
	}
	seen := map[string]bool{}
	var links []link
	doc.FindMatcher(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		a := s
		if goquery.NodeName(s) != "a" || s.AttrOr("href", "") == "" {
			a = s.Find("a[href]").First()
		}
		u := absolute(stripFragment(a.AttrOr("href", "")), base)
		if u == "" || seen[u] || u == self {
			return true
		}
		seen[u] = true
		links = append(links, link{URL: u})
		return max <= 0 || len(links) < max
	})
	return links, nil
}

func stripFragment(u string) string {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		return u[:i]
	}
	return u
}
