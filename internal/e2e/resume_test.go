package e2e

import (
	"errors"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/internal/fakeweb"
)

// slowSite starts a fake web whose article pages answer slowly.
func slowSite(t *testing.T, delay time.Duration) *site {
	t.Helper()
	s, err := newSite(t.TempDir(), fakeweb.Options{ArticleDelay: delay})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.web.Close)
	return s
}

// startCrawl starts a crawl in the background; done is closed when it exits.
func startCrawl(t *testing.T, s *site) (cmd *exec.Cmd, done chan struct{}) {
	t.Helper()
	cmd = exec.Command(bin, s.args("crawl", "--quiet")...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done = make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-done
	})
	return cmd, done
}

// waitFor polls cond until it holds, the process exits or a minute passes.
func waitFor(t *testing.T, done chan struct{}, what string, cond func() bool) {
	t.Helper()
	deadline := time.After(time.Minute)
	for !cond() {
		select {
		case <-done:
			t.Fatalf("the crawl ended before %s", what)
		case <-deadline:
			t.Fatalf("gave up waiting for %s", what)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("slow crawl")
	}
	s := slowSite(t, 60*time.Millisecond)
	cmd, done := startCrawl(t, s)
	waitFor(t, done, "20 article pages were fetched", func() bool { return s.web.CountKind(fakeweb.KindArticle) >= 20 })
	if err := cmd.Process.Kill(); err != nil && !errors.Is(err, exec.ErrWaitDelay) {
		t.Fatal(err)
	}
	<-done
	// Requests the killed crawl had in flight are still being answered (each
	// answer waits 60 ms): count them as the killed crawl's, not the next's.
	before := settledCount(s, fakeweb.KindArticle)

	r := run(t, s.args("crawl")...)
	if r.code != 0 {
		t.Fatalf("crawl after SIGKILL:\n%s", r)
	}
	line, _ := summaryLine(t, r)
	again := s.web.CountKind(fakeweb.KindArticle) - before
	t.Logf("killed after %d article pages; the resumed crawl fetched %d more (%d served): %s", before, again, len(s.web.Pages()), line)
	if again > len(s.web.Pages()) {
		t.Errorf("the resumed crawl fetched %d article pages, more than the %d there are", again, len(s.web.Pages()))
	}
	stories, _, err := readStories(t, s)
	if err != nil {
		t.Fatal(err)
	}
	checkEveryArticleOnce(t, stories, s.web)
	if r := run(t, s.args("search", "toyota")...); r.code != 0 {
		t.Errorf("search after a resumed crawl:\n%s", r)
	}
	if r := run(t, s.args("crawl")...); r.code != 0 {
		t.Errorf("a third crawl:\n%s", r)
	} else if _, n := summaryLine(t, r); n != 0 {
		t.Errorf("a third crawl found %d new articles, want 0", n)
	}
}

func TestSecondCrawlWhileHeld(t *testing.T) {
	if testing.Short() {
		t.Skip("slow crawl")
	}
	s := slowSite(t, 100*time.Millisecond)
	cmd, done := startCrawl(t, s)
	waitFor(t, done, "the first crawl fetched a page", func() bool { return s.web.CountKind(fakeweb.KindArticle) >= 1 })
	start := time.Now()
	r := run(t, s.args("crawl")...)
	took := time.Since(start)
	select {
	case <-done:
		t.Fatal("the first crawl ended while the second ran; the test proves nothing")
	default:
	}
	if r.code != 75 {
		t.Errorf("a second crawl on a held data dir: want exit 75\n%s", r)
	}
	out := r.stdout + r.stderr
	pid := strconv.Itoa(cmd.Process.Pid)
	var named bool
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, pid) && strings.Contains(line, "crawl") {
			named = true
		}
	}
	if !named {
		t.Errorf("no line names the holder (crawl, pid %s):\n%s", pid, out)
	}
	t.Logf("second crawl answered in %v: %s", took.Round(time.Millisecond), strings.TrimSpace(out))
}

// settledCount returns the count of requests of kind once it has not
// changed for a while, so that answers still in flight are included.
func settledCount(s *site, kind string) int {
	n := s.web.CountKind(kind)
	for range 50 {
		time.Sleep(100 * time.Millisecond)
		m := s.web.CountKind(kind)
		if m == n {
			return n
		}
		n = m
	}
	return n
}

// TestReadWhileCrawling checks what an analyst sees running the reading
// commands while cron's crawl holds the data dir, and several at once
// after it: answers, never "try again".
func TestReadWhileCrawling(t *testing.T) {
	if testing.Short() {
		t.Skip("slow crawl")
	}
	s := slowSite(t, 100*time.Millisecond)
	_, done := startCrawl(t, s)
	waitFor(t, done, "the crawl stored a first batch", func() bool { return s.web.CountKind(fakeweb.KindArticle) >= 12 })
	for _, args := range [][]string{
		s.args("stories", "--json"),
		s.args("search", "--json", "breach"),
		s.args("sources"),
	} {
		if r := run(t, args...); r.code != 0 {
			t.Errorf("%s during a crawl:\n%s", args[0], r)
		}
	}
	select {
	case <-done:
		t.Fatal("the crawl ended before the reads; the test proves nothing")
	default:
	}
	<-done

	// Readers share the dir: none of several at once is turned away.
	type outcome struct {
		r   result
		err error
	}
	outs := make(chan outcome, 6)
	for i := range cap(outs) {
		go func() {
			args := s.args("stories", "--json")
			if i%2 == 0 {
				args = s.args("search", "--json", "toyota")
			}
			r, err := tryRun(args...)
			outs <- outcome{r, err}
		}()
	}
	for range cap(outs) {
		switch o := <-outs; {
		case o.err != nil:
			t.Error(o.err)
		case o.r.code != 0:
			t.Errorf("concurrent read:\n%s", o.r)
		}
	}
}
