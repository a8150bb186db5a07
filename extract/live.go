package extract

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A live page (a broadcaster's "Live updates", a newspaper's live blog)
// writes each update as an <article> of its own: a time of day, a heading,
// a paragraph or two, newest first, all under one stream. Read as a page
// of articles, only the newest update would be the text; the updates
// together are the story.

// minLiveUpdates is the number of updates from which a run of dated
// <article>s is read as a live stream.
const minLiveUpdates = 3

// liveSpan is the longest time the updates of one live stream cover; a
// listing's teasers are days or weeks apart.
const liveSpan = 72 * time.Hour

// liveStreams returns the elements under root that hold a live stream:
// minLiveUpdates or more of their children are <article>s that each carry a
// <time> and prose, none carries the page's <h1> or a heading that links to
// another page (a listing's teasers do), and their times fall within
// liveSpan of each other.
func liveStreams(root *html.Node) []*html.Node {
	var streams []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		var posts []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Article {
				posts = append(posts, c)
			}
		}
		if len(posts) >= minLiveUpdates && isLiveStream(posts) {
			streams = append(streams, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(root)
	return streams
}

// liveText renders the live streams found before the page was pruned, as
// far as pruning left them in the tree: the updates, newest first as the
// page has them.
func liveText(root *html.Node, streams []*html.Node) string {
	var parts []string
	for _, s := range streams {
		if attached(root, s) {
			parts = append(parts, normalizeText(renderText(s)))
		}
	}
	return strings.Join(parts, "\n\n")
}

// attached reports whether n is still under root.
func attached(root, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// isLiveStream reports whether sibling <article>s are the updates of one
// live stream (see unwrapLiveStreams).
func isLiveStream(posts []*html.Node) bool {
	var first, last time.Time
	for _, p := range posts {
		stamp, ok := postTime(p)
		if !ok || hasDescendant(p, atom.H1) || linkedHeading(p) || !hasProse(p) {
			return false
		}
		if first.IsZero() || stamp.Before(first) {
			first = stamp
		}
		if last.IsZero() || stamp.After(last) {
			last = stamp
		}
	}
	return last.Sub(first) <= liveSpan
}

// postTime returns the time of the first <time> under n that parses.
func postTime(n *html.Node) (time.Time, bool) {
	var out time.Time
	found := firstOfKind(n, atom.Time, func(t *html.Node) bool {
		v, _ := attr(t, "datetime")
		if v == "" {
			v = nodeText(t)
		}
		var ok bool
		out, ok = parseDateTime(v, time.UTC)
		return ok
	})
	return out, found != nil
}

// firstOfKind returns the first element of kind a under n, in document
// order, for which ok holds, not looking inside elements of that kind; nil
// when there is none.
func firstOfKind(n *html.Node, a atom.Atom, ok func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			if ok(c) {
				return c
			}
			continue
		}
		if f := firstOfKind(c, a, ok); f != nil {
			return f
		}
	}
	return nil
}

// linkedHeading reports whether a heading under n links to another page,
// as a teaser's title does; a link to an anchor on the page (an update's
// permalink) does not count.
func linkedHeading(n *html.Node) bool {
	linked := false
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inHeading bool) {
		for c := n.FirstChild; c != nil && !linked; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			h := inHeading
			switch c.DataAtom {
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				h = true
			case atom.A:
				href, _ := attr(c, "href")
				if href = strings.TrimSpace(href); h && href != "" && !strings.HasPrefix(href, "#") {
					linked = true
					return
				}
			}
			walk(c, h)
		}
	}
	walk(n, false)
	return linked
}

// hasProse reports whether n holds a paragraph of prose: a <p> that ends a
// sentence and is not a teaser's one-line summary.
func hasProse(n *html.Node) bool {
	return firstOfKind(n, atom.P, func(p *html.Node) bool {
		t := cleanSpace(nodeText(p))
		return proseLen(t) >= minProse && endsSentence(t)
	}) != nil
}
