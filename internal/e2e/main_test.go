package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/breachwire/breachwire/internal/fakeweb"
)

// corpusDir lets the shared crawl serve another labelled set, e.g.
// -args -corpus ../../testdata/holdout2/articles, to measure the whole
// pipeline on articles its rules were not tuned on.
var corpusDir = flag.String("corpus", "", "labelled articles the shared fake web serves (default: the tuning corpus)")

// bin is the breachwire binary built for this test run; tmpRoot holds it and
// every shared data dir.
var bin, tmpRoot string

func TestMain(m *testing.M) {
	flag.Parse()
	code := func() int {
		var err error
		tmpRoot, err = os.MkdirTemp("", "breachwire-e2e-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(tmpRoot)
		if err := build(); err != nil {
			fmt.Fprintln(os.Stderr, "e2e: building cmd/breachwire:", err)
			return 1
		}
		defer shared.close()
		return m.Run()
	}()
	os.Exit(code)
}

// build compiles cmd/breachwire from the module root into tmpRoot.
func build() error {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return err
	}
	root := filepath.Dir(strings.TrimSpace(string(out)))
	if strings.TrimSpace(string(out)) == "" || strings.TrimSpace(string(out)) == os.DevNull {
		root = filepath.Join("..", "..")
	}
	bin = filepath.Join(tmpRoot, "breachwire")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/breachwire")
	cmd.Dir = root
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%w\n%s", err, msg)
	}
	return nil
}

// result is what one run of the binary left.
type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, clipLog(r.stdout), clipLog(r.stderr))
}

// clipLog keeps the last lines of a long output for a failure message.
func clipLog(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > 30 {
		lines = append([]string{fmt.Sprintf("[%d lines cut]", len(lines)-30)}, lines[len(lines)-30:]...)
	}
	return strings.Join(lines, "\n")
}

// run runs breachwire with args and waits at most two minutes.
func run(t testing.TB, args ...string) result {
	t.Helper()
	r, err := tryRun(args...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tryRun is run for goroutines other than the test's: it returns what
// run would fail the test with.
func tryRun(args ...string) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "BREACHWIRE_DATA=", "BREACHWIRE_SMTP_PASSWORD=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		return r, fmt.Errorf("breachwire %s: %v", strings.Join(args, " "), err)
	}
	if ctx.Err() != nil {
		return r, fmt.Errorf("breachwire %s did not finish in time\n%s", strings.Join(args, " "), r)
	}
	return r, nil
}

// site is a fake web with its config file and a data dir.
type site struct {
	web  *fakeweb.Web
	cfg  string
	data string
}

// newSite starts a fake web and writes its sources.yaml into dir.
func newSite(dir string, opts fakeweb.Options) (*site, error) {
	w, err := fakeweb.Start(opts)
	if err != nil {
		return nil, err
	}
	s := &site{web: w, cfg: filepath.Join(dir, "sources.yaml"), data: filepath.Join(dir, "data")}
	if err := os.WriteFile(s.cfg, []byte(w.Config()), 0o644); err != nil {
		w.Close()
		return nil, err
	}
	return s, nil
}

// args prefixes a command with the site's --config and --data flags.
func (s *site) args(command string, more ...string) []string {
	return append([]string{command, "--config", s.cfg, "--data", s.data}, more...)
}

// crawled is the shared fixture: one fake web crawled once.
type crawled struct {
	*site
	first     result
	firstReqs int // requests received by the end of the first crawl
	stories   []story
	raw       []map[string]any
}

// fixture holds the shared crawl, made once per test run.
type fixture struct {
	once sync.Once
	c    *crawled
	err  error
}

var shared fixture

// sharedCrawl starts the shared fake web and crawls it once, the first time
// a test asks; later tests reuse the result.
func sharedCrawl(t *testing.T) *crawled {
	t.Helper()
	shared.once.Do(func() {
		dir := filepath.Join(tmpRoot, "shared")
		if shared.err = os.MkdirAll(dir, 0o755); shared.err != nil {
			return
		}
		s, err := newSite(dir, fakeweb.Options{CorpusDir: *corpusDir})
		if err != nil {
			shared.err = err
			return
		}
		c := &crawled{site: s}
		c.first = run(t, s.args("crawl")...)
		c.firstReqs = len(s.web.Requests())
		if c.first.code != 0 {
			shared.err = fmt.Errorf("first crawl failed:\n%s", c.first)
			shared.c = c
			return
		}
		c.stories, c.raw, shared.err = readStories(t, s)
		shared.c = c
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.c
}

// close stops the shared fake web.
func (f *fixture) close() {
	if f.c != nil {
		f.c.web.Close()
	}
}

// readStories runs `stories --json` and parses its JSON Lines.
func readStories(t testing.TB, s *site) ([]story, []map[string]any, error) {
	r := run(t, s.args("stories", "--json")...)
	if r.code != 0 {
		return nil, nil, fmt.Errorf("stories --json:\n%s", r)
	}
	var out []story
	var raw []map[string]any
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var st story
		var m map[string]any
		if err := json.Unmarshal(line, &st); err != nil {
			return nil, nil, fmt.Errorf("stories --json line %d is not a story: %w", n, err)
		}
		if err := json.Unmarshal(line, &m); err != nil {
			return nil, nil, err
		}
		out, raw = append(out, st), append(raw, m)
	}
	return out, raw, sc.Err()
}

// story is one line of `stories --json`, as CONTRACT.md describes it.
type story struct {
	ID        string         `json:"id"`
	Title     string         `json:"title"`
	Victims   []string       `json:"victims"`
	Records   *int64         `json:"records"`
	Actors    []string       `json:"actors"`
	FirstSeen time.Time      `json:"first_seen"`
	Updated   time.Time      `json:"updated"`
	Languages []string       `json:"languages"`
	Articles  []storyArticle `json:"articles"`
}

// storyArticle is one article inside a story.
type storyArticle struct {
	URL       string     `json:"url"`
	Source    string     `json:"source"`
	Title     string     `json:"title"`
	Lang      string     `json:"lang"`
	Published *time.Time `json:"published"`
	Victims   []string   `json:"victims"`
	Records   *int64     `json:"records"`
	Actors    []string   `json:"actors"`
}
