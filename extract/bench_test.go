package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// benchPages are the golden pages of 50 KB and more, as a crawl meets them.
func benchPages(b *testing.B) []Page {
	inputs, _ := filepath.Glob("testdata/*.input.json")
	var pages []Page
	for _, in := range inputs {
		p, _ := loadCase(b, in)
		if len(p.Body) >= 50<<10 {
			pages = append(pages, p)
		}
	}
	if len(pages) == 0 {
		b.Fatal("no benchmark pages")
	}
	return pages
}

// BenchmarkExtract measures the whole pipeline; pages/s is the figure the
// crawl cares about.
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	x := New()
	for _, p := range pages {
		// Warm up: the Japanese dictionaries load once, on first use.
		if _, err := x.Extract(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Extract(pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkParseOnly is the floor: parsing the same pages with x/net/html.
func BenchmarkParseOnly(b *testing.B) {
	pages := benchPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := html.Parse(bytes.NewReader(pages[i%len(pages)].Body)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkRead is Extract without the incident stage, to tell this
// package's cost from extract/incident's.
func BenchmarkRead(b *testing.B) {
	pages := benchPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := read(pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkReadDatedList reads an archive page of 8,000 dated entries in
// one list (1 MB, as a blog's "all posts" page or a long comment thread
// is): the work per <time> must not grow with the list.
func BenchmarkReadDatedList(b *testing.B) {
	var body bytes.Buffer
	body.WriteString("<html><head><title>All posts</title></head><body><article><h1>All posts</h1><ul>")
	for i := 0; i < 8000; i++ {
		fmt.Fprintf(&body, `<li><time datetime="2026-01-%02dT10:00:00Z">January %d</time> <a href="/p/%d">Post number %d about a security incident at a company</a></li>`, i%28+1, i%28+1, i, i)
	}
	body.WriteString("</ul></article></body></html>")
	p := Page{URL: "https://blog.example/archive", ContentType: "text/html", Body: body.Bytes()}
	b.ReportAllocs()
	b.SetBytes(int64(body.Len()))
	for b.Loop() {
		read(p) // a list without article text is an error here; its cost is what is measured
	}
}
