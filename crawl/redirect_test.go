package crawl

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/breachwire/breachwire/config"
)

// redirectSite is a host whose feeds link one article directly, through a
// 301, with tracking parameters and through an AMP copy naming it canonical.
func redirectSite(t *testing.T) *fakeSite {
	var s *fakeSite
	feed := func(paths ...string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for _, p := range paths {
				fmt.Fprintf(w, "<item><title>Hospital</title><link>%s%s</link></item>", s.URL, p)
			}
			fmt.Fprint(w, "</channel></rss>")
		}
	}
	const html = "text/html; charset=utf-8"
	s = newFakeSite(t, "", map[string]route{
		// No validators: both feeds are read in full on every run.
		"/f1.xml":   {handler: feed("/a/wayne?utm_source=f1", "/r/wayne2", "/r/solo", "/amp/wayne")},
		"/f2.xml":   {handler: feed("/a/wayne?utm_source=f2&amp;utm_medium=x#c", "/a/wayne")},
		"/r/wayne2": {redirect: "/a/wayne"},
		"/r/solo":   {redirect: "/a/solo"},
		"/a/wayne":  {file: "news/hospital.html", ctype: html},
		"/a/solo":   {file: "news/telecom.html", ctype: html},
		"/amp/wayne": {handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", html)
			fmt.Fprintf(w, `<html><head><title>Hospital chain hit by ransomware (AMP)</title>
<link rel="canonical" href="%s/a/wayne"></head><body><article><h1>Hospital chain hit by ransomware</h1>
<p>A regional hospital chain diverted ambulances on Thursday after a ransomware attack encrypted systems at four of its sites, the company said in a statement.</p>
<p>Staff reverted to paper records while the chain's IT team worked with an outside incident response firm to restore the affected servers.</p>
</article></body></html>`, s.URL)
		}},
	})
	return s
}

func redirectSources(s *fakeSite) []config.Source {
	return []config.Source{
		{Name: "F1", Type: config.TypeFeed, URL: s.URL + "/f1.xml"},
		{Name: "F2", Type: config.TypeFeed, URL: s.URL + "/f2.xml"},
	}
}

// requested lists the paths s was asked for, in order.
func requested(s *fakeSite) []string {
	var out []string
	for _, h := range s.requests() {
		out = append(out, h.Path)
	}
	return out
}

// TestRedirectedLinkNotFetchedAgain: a feed link that redirects to an
// article is known once the article is stored, so no later run fetches it
// (or the article) again; within one run the article is downloaded once.
func TestRedirectedLinkNotFetchedAgain(t *testing.T) {
	s := redirectSite(t)
	dir := t.TempDir()
	sink := &memSink{}
	ctx := context.Background()
	st := openTestState(t, dir)
	sum, err := newTestCrawler(st).Run(ctx, redirectSources(s), sink.store)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{s.URL + "/a/solo", s.URL + "/a/wayne"}; !slices.Equal(sink.urls(), want) || sum.NewArticles != 2 {
		t.Errorf("first run stored %q, want %q", sink.urls(), want)
	}
	for _, p := range []string{"/a/wayne", "/r/wayne2", "/r/solo", "/a/solo", "/amp/wayne"} {
		if n := s.count(p); n != 1 {
			t.Errorf("first run requested %s %d times, want once; requests %q", p, n, requested(s))
		}
	}
	for _, p := range []string{"/r/wayne2", "/r/solo", "/amp/wayne"} {
		if k, _ := st.Known(s.URL + p); !k {
			t.Errorf("%s leads to a stored article but is not known", p)
		}
	}

	// The next run, a new process: only the feeds are read.
	st.Close()
	st = openTestState(t, dir)
	defer st.Close()
	s.reset()
	if _, err := newTestCrawler(st).Run(ctx, redirectSources(s), sink.store); err != nil {
		t.Fatal(err)
	}
	if got := requested(s); !slices.Equal(got, []string{"/f1.xml", "/f2.xml"}) {
		t.Errorf("second run requested %q, want only the two feeds", got)
	}
}

// TestRedirectToKnownArticleInOldState: a data dir from before links were
// recorded knows the article but not the link that redirects to it; the
// link's redirect is asked once, the article is not downloaded again, and
// from then on the link is known.
func TestRedirectToKnownArticleInOldState(t *testing.T) {
	s := redirectSite(t)
	st := openTestState(t, t.TempDir())
	defer st.Close()
	old := []string{s.URL + "/a/wayne", s.URL + "/a/solo", s.URL + "/r/solo", s.URL + "/amp/wayne"}
	if err := st.markKnown(old, time.Now()); err != nil {
		t.Fatal(err)
	}
	sink := &memSink{}
	for run := 1; run <= 2; run++ {
		s.reset()
		sum, err := newTestCrawler(st).Run(context.Background(), redirectSources(s), sink.store)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"/f1.xml", "/r/wayne2", "/f2.xml"}
		if run == 2 {
			want = []string{"/f1.xml", "/f2.xml"}
		}
		if got := requested(s); !slices.Equal(got, want) || sum.NewArticles != 0 {
			t.Errorf("run %d requested %q, stored %d; want %q and nothing stored", run, got, sum.NewArticles, want)
		}
	}
}
