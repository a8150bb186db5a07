package extract

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A message board's thread page (a 2ch/5ch-style board, or a まとめ blog
// that reposts one) opens every post with a header line: its number, the
// poster's name, a date with the weekday in brackets and often an ID. The
// thread's first post carries the news item the thread was started on;
// the replies are readers' talk, with tempting figures and group names of
// their own, and the header lines are no text at all.

// postHeaderRe reads a post's header line, whole: "2: 名無しさん＠お腹
// いっぱい。 2026/09/25(金) 19:13:20.11 ID:aB3dE5fG0", "1ぐれ ★2026/09/25(金)
// 19:12:45.67ID:???". Its group is the post's number.
var postHeaderRe = regexp.MustCompile(`^\s*(\d{1,4})\s*[:：]?\s*([^\n]{0,60}?)(?:19|20)\d\d/\d{1,2}/\d{1,2}\s*[(（][^)）]{1,3}[)）]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:ID\s*[:：]\s*(\S{1,20}))?\s*(?:BE\s*[:：]\s*\S{1,30})?\s*$`)

// boardPosterRe finds the poster's handle a news board's thread title ends
// with: "… [ぐれ★]", "… [蚤の市★]".
var boardPosterRe = regexp.MustCompile(`\s*[\[［][^\[\]［］★]{1,24}★[\]］]\s*$`)

// minBoardPosts is how many post headers make a page a thread.
const minBoardPosts = 3

// boardPost is one post header found on a page: an element that is the
// header alone (its body is the next element: div.meta + div.message, dt +
// dd, div.t_h + div.t_b), or a block whose first line is the header and
// whose next lines are the post (<p>3: 名無しさん … ID:Mm8a<br>本文</p>).
type boardPost struct {
	n      *html.Node
	number int
	inline bool
	poster string // the poster's ID, else name
}

// pruneBoardReplies removes from a thread page every post header, and
// every post but the first and its starter's next ones, whether headers
// and posts are elements of their own (as boards and まとめ blogs lay
// them out) or each post is one block of text, header first.
func pruneBoardReplies(root *html.Node) {
	if boardDates(root, minBoardPosts) < minBoardPosts {
		return // no thread: the common case, found in one pass
	}
	var posts []boardPost
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
				continue
			}
			if t := lineTextUpTo(c, 240); len(t) <= 200 && !strings.Contains(strings.TrimSpace(t), "\n") && !childHeader(c) {
				if number, poster, ok := readPostHeader(t); ok {
					posts = append(posts, boardPost{n: c, number: number, poster: poster})
					continue
				}
			}
			if postBlockAtoms[c.DataAtom] && !hasBlockChild(c) {
				if first, _, cut := strings.Cut(strings.TrimLeft(lineTextUpTo(c, 400), " \t\n"), "\n"); cut {
					if number, poster, ok := readPostHeader(first); ok {
						posts = append(posts, boardPost{n: c, number: number, inline: true, poster: poster})
						continue
					}
				}
			}
			find(c)
		}
	}
	find(root)
	if len(posts) < minBoardPosts {
		return
	}
	// A news board's starter may go on with the item in the posts right
	// after the first (続きは>>2): the same poster by ID or ★ name, the
	// next numbers. (Later posts of the starter are replies like any
	// other; see readPostHeader for who counts as one poster.)
	for i := 1; i < len(posts); i++ {
		prev, p := posts[i-1], posts[i]
		if prev.number != 1 || p.number != 2 && p.number != 3 || p.poster == "" || p.poster != prev.poster {
			break
		}
		posts[i].number = 1
	}
	for _, p := range posts {
		h := p.n
		if h.Parent == nil {
			continue
		}
		if p.inline {
			// A post written whole in one block, its header the first
			// line (a page that lays out a thread as text): the first
			// post loses its header, a reply goes whole.
			if p.number == 1 {
				dropFirstLine(h)
			} else {
				h.Parent.RemoveChild(h)
			}
			continue
		}
		body := h.NextSibling
		for body != nil && body.Type != html.ElementNode {
			if body.Type == html.TextNode && strings.TrimSpace(body.Data) != "" {
				body = nil // the post's text stands loose beside its header
				break
			}
			body = body.NextSibling
		}
		switch {
		case body != nil && p.number != 1:
			h.Parent.RemoveChild(body)
		case body != nil:
			// The first post quotes the news item, often in a
			// <blockquote>: here it is the article, not a quote in
			// one (trafilatura gives a quote and then the page again).
			unquote(body)
		}
		h.Parent.RemoveChild(h)
	}
}

// postBlockAtoms are the blocks a thread's post may be written in whole.
var postBlockAtoms = map[atom.Atom]bool{atom.P: true, atom.Div: true, atom.Dd: true, atom.Li: true, atom.Blockquote: true}

// readPostHeader reads a post's header line: its number and who posted
// it. It is one when it has the pattern and an ID or a poster's name as
// boards write them (not a timeline's "1 2026/11/20(金) 09:12", nor a
// headline that opens with a number). The poster is the ID; a hidden one
// (ID:???) is everyone's on some boards, and then a news board's capper is
// told by the ★ in the name, while an anonymous name (名無しさん) is
// everyone's and names no one.
func readPostHeader(line string) (number int, poster string, ok bool) {
	m := postHeaderRe.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil || m[3] == "" && !boardNameRe.MatchString(m[2]) {
		return 0, "", false
	}
	number, _ = strconv.Atoi(m[1])
	poster = m[3]
	if strings.Trim(poster, "?？ ") == "" {
		poster = ""
		if name := strings.TrimSpace(m[2]); strings.Contains(name, "★") {
			poster = name
		}
	}
	return number, poster, true
}

// boardNameRe finds a board poster's name: 名無しさん, a ★ capper, a
// trip code (◆).
var boardNameRe = regexp.MustCompile(`名無し|★|◆|風吹けば|ななし`)

// boardDateRe finds a post header's date with its weekday in brackets:
// 2026/09/25(金).
var boardDateRe = regexp.MustCompile(`(?:19|20)\d\d/\d{1,2}/\d{1,2}\s*[(（][^)）]{1,3}[)）]\s*\d{1,2}:\d{2}`)

// boardDates counts the post dates (see boardDateRe) in the text nodes
// below n, up to max.
func boardDates(n *html.Node, max int) int {
	found := 0
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for k := c.FirstChild; k != nil && found < max; k = k.NextSibling {
			switch {
			case k.Type == html.TextNode:
				if strings.Contains(k.Data, "/") {
					found += len(boardDateRe.FindAllStringIndex(k.Data, max-found))
				}
			case k.Type == html.ElementNode && !skipAtoms[k.DataAtom]:
				walk(k)
			}
		}
	}
	walk(n)
	return found
}

// lineTextUpTo is the text below n with a line break for each <br>,
// stopping past limit bytes.
func lineTextUpTo(n *html.Node, limit int) string {
	var b strings.Builder
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		if b.Len() > limit {
			return
		}
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			b.WriteByte('\n')
		case c.Type == html.ElementNode && skipAtoms[c.DataAtom]:
		default:
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				walk(k)
			}
		}
	}
	walk(n)
	return b.String()
}

// dropFirstLine removes the children of n up to and with its first <br>:
// a post's header line written above its text in one block.
func dropFirstLine(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		br := c.Type == html.ElementNode && c.DataAtom == atom.Br
		if c.Type == html.TextNode {
			if i := strings.Index(strings.TrimLeft(c.Data, " \t\n"), "\n"); i >= 0 {
				// The header ends at a line break in the text itself
				// (a page that keeps its source's lines).
				c.Data = strings.TrimLeft(c.Data, " \t\n")[i+1:]
				return
			}
		}
		n.RemoveChild(c)
		if br {
			return
		}
		c = next
	}
}

// childHeader reports whether an element child of n is itself a whole
// post header, so that the innermost element holding the header is taken.
func childHeader(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if t := lineTextUpTo(c, 240); len(t) <= 200 {
				if _, _, ok := readPostHeader(t); ok {
					return true
				}
			}
		}
	}
	return false
}

// unquote turns the blockquotes below n into plain blocks.
func unquote(n *html.Node) {
	if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote {
		n.DataAtom, n.Data = atom.Div, "div"
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		unquote(c)
	}
}
