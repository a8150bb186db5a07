package crawl

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/japanese"
)

const jaFeed = `<?xml version="1.0"%s?>
<rss version="2.0"><channel><title>お知らせ</title><link>https://jp.example/</link><description>d</description>
<item><title>不正アクセスによる個人情報流出のお知らせ（最大約310万人）</title><link>/release/1.html</link><pubDate>Fri, 29 Mar 2019 18:00:00 +0900</pubDate></item>
</channel></rss>`

const jaTitle = "不正アクセスによる個人情報流出のお知らせ（最大約310万人）"

func TestParseFeedJapaneseCharsets(t *testing.T) {
	encs := map[string]func(string) []byte{
		"Shift_JIS":   func(s string) []byte { b, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s)); return b },
		"EUC-JP":      func(s string) []byte { b, _ := japanese.EUCJP.NewEncoder().Bytes([]byte(s)); return b },
		"ISO-2022-JP": func(s string) []byte { b, _ := japanese.ISO2022JP.NewEncoder().Bytes([]byte(s)); return b },
		"UTF-8":       func(s string) []byte { return []byte(s) },
	}
	for name, enc := range encs {
		cases := []struct {
			where, decl, ctype string
		}{
			{"header only", "", "application/rss+xml; charset=" + name},
			{"declaration only", ` encoding="` + name + `"`, "application/rss+xml"},
			{"both", ` encoding='` + strings.ToLower(name) + `'`, "text/xml; charset=" + name},
			{"declaration wins over a server default", ` encoding="` + name + `"`, "text/xml; charset=ISO-8859-1"},
		}
		for _, c := range cases {
			t.Run(name+"/"+c.where, func(t *testing.T) {
				body := enc(fmt.Sprintf(jaFeed, c.decl))
				links, err := parseFeed(body, c.ctype, "https://jp.example/index.xml", MaxLinks, false)
				if err != nil {
					t.Fatal(err)
				}
				if len(links) != 1 || links[0].Title != jaTitle || links[0].URL != "https://jp.example/release/1.html" {
					t.Fatalf("links = %+v", links)
				}
				if want := time.Date(2019, 3, 29, 9, 0, 0, 0, time.UTC); !links[0].Published.Equal(want) {
					t.Errorf("published %v, want %v", links[0].Published, want)
				}
			})
		}
	}
	t.Run("UTF-8 BOM", func(t *testing.T) {
		links, err := parseFeed(append([]byte("\xEF\xBB\xBF"), fmt.Sprintf(jaFeed, ` encoding="utf-8"`)...), "", "https://jp.example/", MaxLinks, false)
		if err != nil || len(links) != 1 || links[0].Title != jaTitle {
			t.Fatalf("%+v, %v", links, err)
		}
	})
	t.Run("header says UTF-8 of Shift_JIS bytes", func(t *testing.T) {
		body := encs["Shift_JIS"](fmt.Sprintf(jaFeed, ` encoding="Shift_JIS"`))
		links, err := parseFeed(body, "text/xml; charset=utf-8", "https://jp.example/", MaxLinks, false)
		if err != nil || len(links) != 1 || links[0].Title != jaTitle {
			t.Fatalf("%+v, %v", links, err)
		}
	})
}

func TestParseFeedTypes(t *testing.T) {
	const base = "https://news.example/feeds/main"
	for _, c := range []struct {
		name, body string
		want       []link
	}{
		{"RSS 2.0 with guid permalink", `<rss version="2.0"><channel><title>t</title>
			<item><title>A</title><link>https://news.example/a</link></item>
			<item><title>B</title><guid isPermaLink="true">https://news.example/b</guid></item>
			<item><title>mail</title><link>mailto:x@example.org</link></item></channel></rss>`,
			[]link{{URL: "https://news.example/a", Title: "A"}, {URL: "https://news.example/b", Title: "B"}}},
		{"Atom with relative links", `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
			<entry><title>A</title><link rel="alternate" href="../posts/a"/><updated>2019-04-01T10:00:00Z</updated></entry></feed>`,
			[]link{{URL: "https://news.example/posts/a", Title: "A", Published: time.Date(2019, 4, 1, 10, 0, 0, 0, time.UTC)}}},
		{"RDF / RSS 1.0", `<?xml version="1.0"?><rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
			<channel rdf:about="x"><title>t</title><link>https://news.example/</link></channel>
			<item rdf:about="https://news.example/r1"><title>R1</title><link>https://news.example/r1</link><dc:date>2019-03-29T18:00:00+09:00</dc:date></item></rdf:RDF>`,
			[]link{{URL: "https://news.example/r1", Title: "R1", Published: time.Date(2019, 3, 29, 9, 0, 0, 0, time.UTC)}}},
		{"JSON Feed", `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","url":"/j/1","title":"J1"}]}`,
			[]link{{URL: "https://news.example/j/1", Title: "J1"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseFeed([]byte(c.body), "", base, MaxLinks, false)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %+v, want %+v", got, c.want)
			}
			for i := range got {
				if got[i].URL != c.want[i].URL || got[i].Title != c.want[i].Title || !got[i].Published.Equal(c.want[i].Published) {
					t.Errorf("link %d = %+v, want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestParseFeedErrorsAndLimits(t *testing.T) {
	for _, body := range []string{"", "<html><body>not a feed</body></html>", "<rss><channel><item><title>x", "{not json"} {
		if _, err := parseFeed([]byte(body), "", "https://x.example/", MaxLinks, false); err == nil {
			t.Errorf("%q parsed without error", body)
		}
	}
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>t</title>`)
	for i := range 2000 {
		fmt.Fprintf(&b, "<item><title>%d</title><link>https://x.example/%d</link></item>\n", i, i)
	}
	full := b.String() + "</channel></rss>"
	links, err := parseFeed([]byte(full), "", "https://x.example/", 10, false)
	if err != nil || len(links) != 10 {
		t.Fatalf("cap: %d links, %v", len(links), err)
	}
	// A feed cut off at the body limit keeps its complete items.
	cut := full[:len(full)/2]
	links, err = parseFeed([]byte(cut), "", "https://x.example/", 5000, true)
	if err != nil || len(links) < 900 || len(links) >= 2000 || links[len(links)-1].URL != fmt.Sprintf("https://x.example/%d", len(links)-1) {
		t.Fatalf("truncated feed: %d links, %v", len(links), err)
	}
	if _, err := parseFeed([]byte(full[:40]), "", "https://x.example/", MaxLinks, true); err == nil {
		t.Error("a feed cut before its first item parsed")
	}
}

func FuzzParseFeed(f *testing.F) {
	for _, name := range []string{"news/rss.xml", "news/atom.xml", "news/feed.json", "jp/index.rdf", "news/malformed.xml"} {
		data, err := os.ReadFile("testdata/web/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "application/rss+xml", false)
	}
	f.Add([]byte(`<?xml version="1.0" encoding="Shift_JIS"?><rss><channel><item><link>/x</link></item>`), "text/xml; charset=EUC-JP", true)
	f.Fuzz(func(t *testing.T, body []byte, ctype string, truncated bool) {
		links, err := parseFeed(body, ctype, "https://fuzz.example/feed", 50, truncated)
		if err == nil && len(links) > 50 {
			t.Fatalf("%d links over the cap", len(links))
		}
		for _, l := range links {
			if !strings.HasPrefix(l.URL, "http://") && !strings.HasPrefix(l.URL, "https://") {
				t.Fatalf("non-http link %q", l.URL)
			}
		}
	})
}
