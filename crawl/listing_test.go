package crawl

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

func TestListingLinks(t *testing.T) {
	page := `<html><head><title>News</title></head><body>
		<nav><a href="/">Home</a><a href="/about">About</a></nav>
		<ul>
		<li class="item"><a href="/news/1.html">One</a></li>
		<li class="item"><span>Two</span> <a href="2.html#top">Two</a></li>
		<li class="item"><a href="https://other.example/3">Three</a></li>
		<li class="item"><a href="/news/1.html">One again</a></li>
		<li class="item"><a href="javascript:void(0)">More</a></li>
		<li class="item"><a href="mailto:press@example.org">Mail</a></li>
		<li class="item"><a href="list.html">Self</a></li>
		<li class="item">No link</li>
		</ul></body></html>`
	want := []string{"https://site.example/news/1.html", "https://site.example/news/2.html", "https://other.example/3"}
	for _, sel := range []string{"li.item a", "li.item"} {
		links, err := listingLinks([]byte(page), "text/html", "https://site.example/news/list.html", sel, MaxLinks)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range links {
			got = append(got, l.URL)
		}
		if !slices.Equal(got, want) {
			t.Errorf("selector %q: got %q, want %q", sel, got, want)
		}
	}
}

func TestListingLinksBaseAndCharset(t *testing.T) {
	page := `<html><head><meta charset="Shift_JIS"><base href="https://cdn.example/ja/"></head><body>
		<a class="news-link" href="release/お知らせ.html">お知らせ</a></body></html>`
	body, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(page))
	links, err := listingLinks(body, "text/html", "https://site.example/", "a.news-link", MaxLinks)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 1 || links[0].URL != "https://cdn.example/ja/release/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B.html" {
		t.Fatalf("links = %+v", links)
	}
}

func TestListingLinksErrorsAndCap(t *testing.T) {
	if _, err := listingLinks([]byte("<a href=x>x</a>"), "", "https://s.example/", "a[", MaxLinks); !errors.Is(err, ErrBadSelector) {
		t.Errorf("bad selector: %v", err)
	}
	links, err := listingLinks(manyLinks(10000), "text/html", "https://s.example/", "a", MaxLinks)
	if err != nil || len(links) != MaxLinks {
		t.Errorf("%d links, %v; want the cap of %d", len(links), err, MaxLinks)
	}
}

func manyLinks(n int) []byte {
	var b strings.Builder
	b.WriteString("<html><body><ul>")
	for i := range n {
		fmt.Fprintf(&b, `<li><a href="/a/%d">Article %d</a></li>`, i, i)
	}
	b.WriteString("</ul></body></html>")
	return []byte(b.String())
}

func BenchmarkListingLinks(b *testing.B) {
	page := manyLinks(100000) // about 4 MB, near the default body limit
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := listingLinks(page, "text/html; charset=utf-8", "https://s.example/", "li a", 0); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzListingLinks(f *testing.F) {
	f.Add([]byte(`<base href="/x/"><a class="n" href="../a#b">a</a>`), "a.n")
	f.Add(manyLinks(20), "li")
	f.Fuzz(func(t *testing.T, body []byte, sel string) {
		links, err := listingLinks(body, "text/html", "https://fuzz.example/list", sel, 20)
		if err == nil && len(links) > 20 {
			t.Fatalf("%d links over the cap", len(links))
		}
	})
}
