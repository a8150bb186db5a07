package blackbox

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// buildBinary compiles cmd/breachwire from the module root into dir.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH; the black-box test needs it to build the binary")
	}
	out, err := exec.Command(goBin, "env", "GOMOD").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" || strings.TrimSpace(string(out)) == os.DevNull {
		t.Fatalf("cannot find the module root: %v (%q)", err, out)
	}
	root := filepath.Dir(strings.TrimSpace(string(out)))
	bin := filepath.Join(dir, "breachwire")
	cmd := exec.Command(goBin, "build", "-o", bin, "./cmd/breachwire")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	return bin
}

// result is what one run of the binary produced.
type result struct {
	args           []string
	stdout, stderr string
	code           int
	took           time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("breachwire %s → exit %d in %v\n--- stdout ---\n%s\n--- stderr ---\n%s",
		strings.Join(r.args, " "), r.code, r.took.Round(time.Millisecond), clip(r.stdout, 4000), clip(r.stderr, 2000))
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + fmt.Sprintf("\n… (%d more bytes)", len(s)-n)
}

// cli runs the binary with a clean environment.
type cli struct {
	bin, dir string
	env      []string // extra KEY=value pairs
}

func (c cli) command(ctx context.Context, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	cmd := exec.CommandContext(ctx, c.bin, args...)
	cmd.Dir = c.dir
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "BREACHWIRE_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, c.env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	return cmd, &stdout, &stderr
}

func (c cli) run(t *testing.T, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd, stdout, stderr := c.command(ctx, args...)
	start := time.Now()
	err := cmd.Run()
	r := result{args: args, stdout: stdout.String(), stderr: stderr.String(), took: time.Since(start)}
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			r.code = ee.ExitCode()
		} else {
			t.Fatalf("breachwire %v: %v", args, err)
		}
	}
	return r
}

// lastLine is the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return lines[i]
		}
	}
	return ""
}

// jsonLines decodes JSON Lines into raw objects.
func jsonLines(t *testing.T, what, s string) []map[string]json.RawMessage {
	t.Helper()
	var out []map[string]json.RawMessage
	for i, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Errorf("%s: line %d is not a JSON object: %v\n%s", what, i+1, err, clip(line, 300))
			continue
		}
		out = append(out, m)
	}
	return out
}

var intRe = regexp.MustCompile(`^-?[0-9]+$`)

// shapeChecker reports a field whose JSON kind differs from the contract.
type shapeChecker struct {
	t    *testing.T
	what string
	bad  int
}

func (c *shapeChecker) fail(format string, args ...any) {
	c.t.Helper()
	c.bad++
	if c.bad <= 15 {
		c.t.Errorf(c.what+": "+format, args...)
	}
}

func (c *shapeChecker) has(m map[string]json.RawMessage, key string) (json.RawMessage, bool) {
	c.t.Helper()
	v, ok := m[key]
	if !ok {
		c.fail("key %q missing (keys: %v)", key, keysOf(m))
	}
	return v, ok
}

func (c *shapeChecker) str(m map[string]json.RawMessage, key string, nonEmpty bool) {
	c.t.Helper()
	v, ok := c.has(m, key)
	if !ok {
		return
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		c.fail("%q is %s, want a string", key, v)
		return
	}
	if nonEmpty && strings.TrimSpace(s) == "" {
		c.fail("%q is empty", key)
	}
}

func (c *shapeChecker) strList(m map[string]json.RawMessage, key string) {
	c.t.Helper()
	v, ok := c.has(m, key)
	if !ok {
		return
	}
	if string(v) == "null" {
		// The contract shows lists, "[]" when empty.
		c.fail("%q is null, want a list ([] when empty)", key)
		return
	}
	var l []string
	if err := json.Unmarshal(v, &l); err != nil {
		c.fail("%q is %s, want a list of strings", key, v)
	}
	for _, s := range l {
		if strings.TrimSpace(s) == "" {
			c.fail("%q holds an empty name: %s", key, v)
		}
	}
}

func (c *shapeChecker) count(m map[string]json.RawMessage, key string) {
	c.t.Helper()
	v, ok := c.has(m, key)
	if !ok {
		return
	}
	if string(v) != "null" && !intRe.Match(v) {
		c.fail("%q is %s, want an integer or null", key, v)
	}
}

func (c *shapeChecker) time(m map[string]json.RawMessage, key string, nullable bool) {
	c.t.Helper()
	v, ok := c.has(m, key)
	if !ok {
		return
	}
	if string(v) == "null" {
		if !nullable {
			c.fail("%q is null", key)
		}
		return
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		c.fail("%q is %s, want an RFC 3339 time", key, v)
		return
	}
	if _, err := time.Parse(time.RFC3339, s); err != nil {
		c.fail("%q is %q, want an RFC 3339 time", key, s)
	}
}

func keysOf(m map[string]json.RawMessage) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// checkStoryShape checks one story object field by field against CONTRACT.md.
func checkStoryShape(c *shapeChecker, m map[string]json.RawMessage) {
	c.t.Helper()
	c.str(m, "id", true)
	c.str(m, "title", true)
	c.strList(m, "victims")
	c.count(m, "records")
	c.strList(m, "actors")
	c.time(m, "first_seen", false)
	c.time(m, "updated", false)
	c.strList(m, "languages")
	v, ok := c.has(m, "articles")
	if !ok {
		return
	}
	var arts []map[string]json.RawMessage
	if err := json.Unmarshal(v, &arts); err != nil || len(arts) == 0 {
		c.fail("articles is %s, want a non-empty list of objects", clip(string(v), 200))
		return
	}
	for _, a := range arts {
		c.str(a, "url", true)
		c.str(a, "source", true)
		c.str(a, "title", true)
		c.str(a, "lang", true)
		c.time(a, "published", true)
		c.strList(a, "victims")
		c.count(a, "records")
		c.strList(a, "actors")
	}
}

// story is the typed view of a story line.
type story struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Victims   []string  `json:"victims"`
	Records   *int64    `json:"records"`
	Actors    []string  `json:"actors"`
	FirstSeen time.Time `json:"first_seen"`
	Updated   time.Time `json:"updated"`
	Languages []string  `json:"languages"`
	Articles  []struct {
		URL       string     `json:"url"`
		Source    string     `json:"source"`
		Title     string     `json:"title"`
		Lang      string     `json:"lang"`
		Published *time.Time `json:"published"`
		Victims   []string   `json:"victims"`
		Records   *int64     `json:"records"`
		Actors    []string   `json:"actors"`
	} `json:"articles"`
}

func (s story) String() string {
	rec := "null"
	if s.Records != nil {
		rec = fmt.Sprint(*s.Records)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "story %s %q victims=%q records=%s actors=%q langs=%q first_seen=%s updated=%s\n",
		s.ID, s.Title, s.Victims, rec, s.Actors, s.Languages, s.FirstSeen.Format(time.RFC3339), s.Updated.Format(time.RFC3339))
	for _, a := range s.Articles {
		rec := "null"
		if a.Records != nil {
			rec = fmt.Sprint(*a.Records)
		}
		pub := "null"
		if a.Published != nil {
			pub = a.Published.Format(time.RFC3339)
		}
		fmt.Fprintf(&b, "    - [%s] %s | %q | %s | victims=%q records=%s actors=%q\n", a.Lang, a.URL, a.Title, pub, a.Victims, rec, a.Actors)
	}
	return b.String()
}

func decodeStories(t *testing.T, s string) []story {
	t.Helper()
	var out []story
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var st story
		if err := json.Unmarshal([]byte(line), &st); err != nil {
			t.Errorf("story line does not decode: %v\n%s", err, clip(line, 300))
			continue
		}
		out = append(out, st)
	}
	return out
}

func dump(stories []story) string {
	var b strings.Builder
	for _, s := range stories {
		b.WriteString(s.String())
	}
	return b.String()
}

// storyWith returns the story holding an article at url.
func storyWith(stories []story, url string) (story, bool) {
	for _, s := range stories {
		for _, a := range s.Articles {
			if a.URL == url {
				return s, true
			}
		}
	}
	return story{}, false
}

// sameName compares organisation names the way an analyst would: case and a
// trailing legal form do not matter.
func sameName(got, want string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, suf := range []string{", inc.", " inc.", " inc", " co., ltd.", " co., ltd", " corporation", " corp."} {
			s = strings.TrimSuffix(s, suf)
		}
		return strings.TrimSpace(s)
	}
	return norm(got) == norm(want)
}

func hasName(list []string, want string) bool {
	for _, g := range list {
		if sameName(g, want) {
			return true
		}
	}
	return false
}

// re compiles a pattern of the test's own.
func re(pattern string) *regexp.Regexp { return regexp.MustCompile(pattern) }
