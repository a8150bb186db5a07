package e2e

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

var servingRE = regexp.MustCompile(`http://(127\.0\.0\.1:\d+)`)

// startServe runs `serve` on a free port over the shared data dir and
// returns its base URL; the process gets SIGTERM when stop is called.
func startServe(t *testing.T, c *crawled) (base string, stop func() int) {
	t.Helper()
	cmd := exec.Command(bin, c.args("serve", "--addr", "127.0.0.1:0")...)
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(errPipe)
		sent := false
		for sc.Scan() {
			if m := servingRE.FindStringSubmatch(sc.Text()); m != nil && !sent {
				addr <- m[1]
				sent = true
			}
		}
		io.Copy(io.Discard, errPipe)
	}()
	done := make(chan int, 1)
	go func() {
		cmd.Wait()
		done <- cmd.ProcessState.ExitCode()
	}()
	select {
	case a := <-addr:
		base = "http://" + a
	case code := <-done:
		t.Fatalf("serve exited with %d before listening", code)
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("serve never said where it listens")
	}
	var code *int
	stop = func() int {
		if code != nil {
			return *code
		}
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case c := <-done:
			code = &c
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			c := <-done
			t.Errorf("serve did not stop within 20s of SIGTERM")
			code = &c
		}
		return *code
	}
	t.Cleanup(func() { stop() })
	return base, stop
}

func httpGet(t *testing.T, u string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	return resp.StatusCode, resp.Header, string(body)
}

func TestServe(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the server process")
	}
	c := sharedCrawl(t)
	base, stop := startServe(t, c)

	if code, _, body := httpGet(t, base+"/healthz"); code != 200 || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	code, _, body := httpGet(t, base+"/api/search?q=toyota&limit=50")
	var res struct {
		Total   int                         `json:"total"`
		Stories []story                     `json:"stories"`
		Facets  map[string][]map[string]any `json:"facets"`
	}
	if err := json.Unmarshal([]byte(body), &res); code != 200 || err != nil || res.Total == 0 {
		t.Errorf("/api/search?q=toyota: %d %v %.300s", code, err, body)
	}
	for _, f := range []string{"actors", "victims", "sources", "languages", "months"} {
		if _, ok := res.Facets[f]; !ok {
			t.Errorf("/api/search facets lack %q: %v", f, res.Facets)
		}
	}
	if code, _, body := httpGet(t, base+"/api/search?q="+url.QueryEscape(`"unterminated`)); code != 400 || !strings.Contains(body, `"error"`) {
		t.Errorf("bad query: %d %s", code, body)
	}
	id := c.stories[0].ID
	var one story
	if code, _, body := httpGet(t, base+"/api/stories/"+url.PathEscape(id)); code != 200 || json.Unmarshal([]byte(body), &one) != nil || one.ID != id {
		t.Errorf("/api/stories/%s: %d %.200s", id, code, body)
	}
	if code, _, _ := httpGet(t, base+"/api/stories/no-such-story"); code != 404 {
		t.Errorf("/api/stories/no-such-story: %d, want 404", code)
	}
	var all struct{ Stories []story }
	if code, _, body := httpGet(t, base+"/api/stories"); code != 200 || json.Unmarshal([]byte(body), &all) != nil || len(all.Stories) != len(c.stories) {
		t.Errorf("/api/stories: %d, %d stories, want %d", code, len(all.Stories), len(c.stories))
	}
	var srcs struct {
		Sources []struct{ Name string } `json:"sources"`
	}
	if code, _, body := httpGet(t, base+"/api/sources"); code != 200 || json.Unmarshal([]byte(body), &srcs) != nil || len(srcs.Sources) != len(c.web.Sites()) {
		t.Errorf("/api/sources: %d %.300s", code, body)
	}
	for name, want := range map[string]int{srcs.Sources[0].Name: 202, "no such source": 404} {
		resp, err := http.Post(base+"/api/sources/"+url.PathEscape(name)+"/crawl", "", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("POST crawl %q: %d, want %d", name, resp.StatusCode, want)
		}
	}
	code, _, body = httpGet(t, base+"/feed.atom")
	var feed struct {
		XMLName xml.Name
		Entries []struct{ Title string } `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(body), &feed); code != 200 || err != nil || feed.XMLName.Local != "feed" || len(feed.Entries) == 0 {
		t.Errorf("/feed.atom: %d %v %.200s", code, err, body)
	}
	if code, _, body := httpGet(t, base+"/metrics"); code != 200 || !strings.Contains(body, "breachwire_") {
		t.Errorf("/metrics: %d %.200s", code, body)
	}
	for _, page := range []string{"/", "/search?q=toyota", "/stories/" + url.PathEscape(id), "/sources"} {
		code, h, body := httpGet(t, base+page)
		if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/html") || !strings.Contains(body, "</html>") {
			t.Errorf("web UI %s: %d %s", page, code, h.Get("Content-Type"))
		}
	}
	// The CLI reads through the serve process that holds the data dir.
	if r := run(t, c.args("stories", "--json")...); r.code != 0 || strings.Count(r.stdout, "\n") != len(c.stories) {
		t.Errorf("stories --json while serve runs: %d lines, want %d\n%s", strings.Count(r.stdout, "\n"), len(c.stories), r)
	}
	if code := stop(); code != 0 {
		t.Errorf("serve exited with %d after SIGTERM, want 0", code)
	}
	// After the shutdown the data dir is free and the index opens cleanly.
	if r := run(t, c.args("stories", "--json")...); r.code != 0 || strings.Count(r.stdout, "\n") != len(c.stories) {
		t.Errorf("stories --json after serve stopped: %d lines, want %d\n%s", strings.Count(r.stdout, "\n"), len(c.stories), r)
	}
}
