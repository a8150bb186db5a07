package e2e

import (
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"slices"
	"strings"
	"testing"
)

// searchResult is the JSON `search --json` prints.
type searchResult struct {
	Total   int     `json:"total"`
	Stories []story `json:"stories"`
}

func searchJSON(t *testing.T, c *crawled, query string) searchResult {
	t.Helper()
	r := run(t, c.args("search", "--json", "--limit", "1000", query)...)
	if r.code != 0 {
		t.Fatalf("search --json %q:\n%s", query, r)
	}
	var res searchResult
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatalf("search --json %q printed no JSON object: %v\n%s", query, err, r.stdout)
	}
	if res.Total != len(res.Stories) {
		t.Errorf("search --json %q: total %d but %d stories", query, res.Total, len(res.Stories))
	}
	return res
}

// storyIDs lists the ids of the stories that pass keep.
func storyIDs(stories []story, keep func(story) bool) []string {
	var ids []string
	for _, s := range stories {
		if keep(s) {
			ids = append(ids, s.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

func TestSearch(t *testing.T) {
	c := sharedCrawl(t)
	for _, q := range []string{"toyota", "不正アクセス"} {
		r := run(t, c.args("search", q)...)
		if r.code != 0 || strings.Contains(r.stdout, "no stories found") || strings.TrimSpace(r.stdout) == "" {
			t.Errorf("search %q should list stories:\n%s", q, r)
		}
	}
	if r := run(t, c.args("search", "toyota")...); !strings.Contains(r.stdout, "Toyota") {
		t.Errorf("search toyota does not show Toyota:\n%s", r.stdout)
	}

	// Field queries must agree with what `stories --json` says.
	res := searchJSON(t, c, "victim:Toyota")
	got := storyIDs(res.Stories, func(story) bool { return true })
	want := storyIDs(c.stories, func(s story) bool { return slices.Contains(s.Victims, "Toyota") })
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("victim:Toyota found %d stories %v; stories --json has %d with victim Toyota %v", len(got), got, len(want), want)
	}
	res = searchJSON(t, c, "records:>1000000")
	got = storyIDs(res.Stories, func(story) bool { return true })
	want = storyIDs(c.stories, func(s story) bool { return s.Records != nil && *s.Records > 1000000 })
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("records:>1000000 found %v; stories --json has %v", got, want)
	}
	if r := run(t, c.args("search", "records:>1000000")...); r.code != 0 {
		t.Errorf("search records:>1000000 as a table:\n%s", r)
	}
	if res := searchJSON(t, c, "zzqxnotaword"); res.Total != 0 {
		t.Errorf("a nonsense word found %d stories", res.Total)
	}
	r := run(t, c.args("search", `"unterminated`)...)
	if r.code != 2 || strings.TrimSpace(r.stderr) == "" {
		t.Errorf("a query that does not parse: want exit 2 and a message\n%s", r)
	}
}

func TestDigestDryRun(t *testing.T) {
	c := sharedCrawl(t)
	first := run(t, c.args("digest", "--dry-run")...)
	if first.code != 0 {
		t.Fatalf("digest --dry-run:\n%s", first)
	}
	subject, text := readDigest(t, first.stdout)
	listed := 0
	for _, s := range c.stories {
		if strings.Contains(text, s.Title) {
			listed++
		}
	}
	t.Logf("digest %q lists %d of %d story titles", subject, listed, len(c.stories))
	if listed < min(5, len(c.stories)) {
		t.Errorf("the digest's text lists only %d story titles", listed)
	}
	// A dry run records nothing, so a second one lists the same stories.
	again := run(t, c.args("digest", "--dry-run")...)
	if _, text2 := readDigest(t, again.stdout); again.code != 0 || strings.Count(text2, "\n") != strings.Count(text, "\n") {
		t.Errorf("a second dry run differs from the first: it must not have marked anything sent\n%s", again)
	}
}

// readDigest parses a MIME message and returns its subject and plain text.
func readDigest(t *testing.T, raw string) (subject, text string) {
	t.Helper()
	m, err := mail.ReadMessage(strings.NewReader(raw))
	if err != nil {
		t.Fatalf("digest is not a mail message: %v\n%.500s", err, raw)
	}
	subject, _ = new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if subject == "" || m.Header.Get("From") == "" || m.Header.Get("To") == "" || m.Header.Get("Date") == "" {
		t.Errorf("digest headers incomplete: %v", m.Header)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") {
		t.Fatalf("digest Content-Type %q is not multipart (%v)", m.Header.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	var types []string
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("digest part: %v", err)
		}
		ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		types = append(types, ct)
		body, err := io.ReadAll(p) // quoted-printable is decoded by the reader
		if err != nil {
			t.Fatal(err)
		}
		if ct == "text/plain" {
			text = string(body)
		}
	}
	if !slices.Contains(types, "text/plain") || !slices.Contains(types, "text/html") {
		t.Errorf("digest parts are %v, want text/plain and text/html", types)
	}
	return subject, text
}
