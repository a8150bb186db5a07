package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/breachwire/breachwire/datadir"
	"github.com/breachwire/breachwire/digest"
	"github.com/breachwire/breachwire/digest/digesttest"
	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/extract/incident"
	"github.com/breachwire/breachwire/index"
)

// Titles of the two stories seedIndex stores.
const (
	harborTitle = "Harbor Freightways confirms ransomware attack"
	quillTitle  = "Quillmark exposes customer database"
)

// seedIndex stores two unrelated incidents in the data dir's index, as a
// crawl would have.
func seedIndex(t *testing.T, data string) {
	t.Helper()
	ix, err := index.Open(filepath.Join(data, datadir.IndexDir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	day := time.Now().Add(-3 * time.Hour).UTC()
	mk := func(url, title, text, victim string, records int64) extract.Article {
		return extract.Article{URL: url, Source: "Daily Breach", Title: title, Text: text, Lang: "en", Published: &day, Fetched: day,
			Victims: []string{victim}, Records: &records, Actors: []string{},
			Incident: incident.Facts{Victims: []incident.Victim{{Name: victim}}, Records: &incident.Count{Value: records, Qualifier: "exact"}}}
	}
	_, err = ix.Add(context.Background(), []extract.Article{
		mk("https://news.example/harbor", harborTitle,
			"Harbor Freightways said hackers breached its dispatch systems and stole 12,000 shipment records. The company has notified the police.",
			"Harbor Freightways", 12_000),
		mk("https://news.example/quill", quillTitle,
			"Quillmark left a database of 41,000 customer records open to the internet, researchers found. The database has been secured.",
			"Quillmark", 41_000),
	})
	if err != nil {
		t.Fatal(err)
	}
}

// writeDigestConfig writes a sources file with one (empty) feed and, when
// smtp is set, a digest: section sending through it.
func writeDigestConfig(t *testing.T, smtp string) string {
	t.Helper()
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>empty</title><link>http://example.org/</link><description>x</description></channel></rss>`)
	}))
	t.Cleanup(feed.Close)
	cfg := fmt.Sprintf("sources:\n  - name: Empty Feed\n    type: feed\n    url: %s/rss.xml\n", feed.URL)
	if smtp != "" {
		cfg += fmt.Sprintf("digest:\n  to: [\"soc@example.org\", \"cti@example.org\"]\n  from: \"breachwire <breachwire@example.org>\"\n  smtp: %q\n  tls: none\n", smtp)
	}
	path := filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// syncBuffer is a bytes.Buffer that goroutines may write at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs `serve` in this process on a loopback port over data and
// returns a func that stops it and waits for it to let the dir go.
func startServe(t *testing.T, data, cfg string) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var logs syncBuffer
	e := &env{stdout: &logs, stderr: &logs, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, e, []string{"serve", "--config", cfg, "--data", data, "--addr", "127.0.0.1:0"})
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if h, held := datadir.Peek(data); held && h.Command == "serve" && h.Addr != "" && answers("http://"+h.Addr) {
			break
		}
		select {
		case code := <-done:
			cancel()
			t.Fatalf("serve exited with %d:\n%s", code, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not answer in time:\n%s", logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if code := <-done; code != exitOK {
				t.Errorf("serve exited with %d:\n%s", code, logs.String())
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// digestCmd runs `breachwire digest args...` in this process.
func digestCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb strings.Builder
	e := &env{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = run(context.Background(), e, append([]string{"digest"}, args...))
	return code, out.String(), errb.String()
}

// messageText returns the subject and the plain-text part of a MIME message.
func messageText(t *testing.T, raw string) (subject, text string) {
	t.Helper()
	m, err := mail.ReadMessage(strings.NewReader(raw))
	if err != nil {
		t.Fatalf("not a mail message: %v\n%.500s", err, raw)
	}
	subject, _ = new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	_, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			t.Fatalf("no text/plain part: %v", err)
		}
		if strings.HasPrefix(p.Header.Get("Content-Type"), "text/plain") {
			b, _ := io.ReadAll(p)
			return subject, string(b)
		}
	}
}

// lastDigest reads when the digest log says a digest last went out.
func lastDigest(t *testing.T, data string) time.Time {
	t.Helper()
	log, err := digest.OpenLogReadOnly(filepath.Join(data, datadir.DigestLog))
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	last, err := log.LastDigest()
	if err != nil {
		t.Fatal(err)
	}
	return last
}

// TestDigestDryRunThroughServe: while serve holds the data dir, a dry run
// is answered by serve: the whole message, exit 0, nothing sent or recorded.
func TestDigestDryRunThroughServe(t *testing.T) {
	ms := digesttest.NewMailServer(t, "", "")
	data := filepath.Join(t.TempDir(), "data")
	seedIndex(t, data)
	cfg := writeDigestConfig(t, ms.Addr)
	startServe(t, data, cfg)

	eml := filepath.Join(t.TempDir(), "digest.eml")
	for range 2 { // the second run sees what the first would have recorded
		code, stdout, stderr := digestCmd(t, "--dry-run", "--out", eml, "--config", cfg, "--data", data)
		if code != exitOK {
			t.Fatalf("digest --dry-run with serve running: exit %d\n%s", code, stderr)
		}
		subject, text := messageText(t, stdout)
		if !strings.Contains(subject, "2 new stories") || !strings.Contains(text, harborTitle) || !strings.Contains(text, quillTitle) {
			t.Fatalf("dry run through serve: subject %q, text:\n%s", subject, text)
		}
		if file, err := os.ReadFile(eml); err != nil || !strings.Contains(string(file), "Subject:") {
			t.Fatalf("--out file: %v\n%.300s", err, file)
		}
	}
	if got := ms.Received(); len(got) != 0 {
		t.Fatalf("a dry run sent %d messages", len(got))
	}
	if exists(filepath.Join(data, datadir.DigestLog)) {
		t.Error("a dry run through serve created the digest log")
	}
}

// TestDigestSendThroughServe: while serve holds the data dir, a digest is
// sent by serve with its settings and recorded in its digest log.
func TestDigestSendThroughServe(t *testing.T) {
	ms := digesttest.NewMailServer(t, "", "")
	data := filepath.Join(t.TempDir(), "data")
	seedIndex(t, data)
	cfg := writeDigestConfig(t, ms.Addr)
	stop := startServe(t, data, cfg)
	if info, err := os.Stat(filepath.Join(data, datadir.ServeToken)); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("serve's token file: %v, %v; want mode 0600", info, err)
	}

	eml := filepath.Join(t.TempDir(), "sent.eml")
	code, stdout, stderr := digestCmd(t, "--out", eml, "--config", cfg, "--data", data)
	if code != exitOK || !strings.Contains(stdout, "digest: sent to 2 recipients: 2 new, 0 updated") {
		t.Fatalf("digest with serve running: exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	got := ms.Received()
	if len(got) != 1 {
		t.Fatalf("mail server received %d messages, want 1", len(got))
	}
	if _, text := messageText(t, string(got[0])); !strings.Contains(text, harborTitle) {
		t.Errorf("delivered digest lacks %q:\n%s", harborTitle, text)
	}
	if file, err := os.ReadFile(eml); err != nil || !strings.Contains(string(file), "Quillmark") {
		t.Errorf("--out file of a send through serve: %v", err)
	}
	// Recorded: the next digest has nothing new.
	code, stdout, _ = digestCmd(t, "--dry-run", "--config", cfg, "--data", data)
	if subject, _ := messageText(t, stdout); code != exitOK || !strings.Contains(subject, "nothing new") {
		t.Errorf("dry run after the send: exit %d, subject %q", code, subject)
	}
	stop()
	if lastDigest(t, data).IsZero() {
		t.Error("serve's digest log does not record the digest sent")
	}
	if exists(filepath.Join(data, datadir.ServeToken)) {
		t.Error("serve left its token behind")
	}
}

// TestDigestThroughServeUnreachable: a mail server that cannot be reached
// gives 69 through serve, as it does locally, and nothing is marked sent.
func TestDigestThroughServeUnreachable(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	seedIndex(t, data)
	cfg := writeDigestConfig(t, "127.0.0.1:1") // nothing listens on tcpmux
	stop := startServe(t, data, cfg)

	code, stdout, stderr := digestCmd(t, "--config", cfg, "--data", data)
	if code != exitUnavailable || !strings.Contains(stderr, "nothing was marked sent") || !strings.Contains(stderr, "127.0.0.1:1") {
		t.Fatalf("unreachable mail server through serve: exit %d, want %d\nstdout: %s\nstderr: %s", code, exitUnavailable, stdout, stderr)
	}
	if strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("want one line on stderr, got\n%s", stderr)
	}
	code, stdout, _ = digestCmd(t, "--dry-run", "--config", cfg, "--data", data)
	if subject, _ := messageText(t, stdout); code != exitOK || !strings.Contains(subject, "2 new stories") {
		t.Errorf("after the failed send: exit %d, subject %q; want both stories still new", code, subject)
	}
	stop()
	if !lastDigest(t, data).IsZero() {
		t.Error("a digest that was not delivered was recorded as sent")
	}
}

// TestDigestThroughServeWithoutSettings: serve without a digest: section
// cannot send; that is a configuration error, exit 1.
func TestDigestThroughServeWithoutSettings(t *testing.T) {
	ms := digesttest.NewMailServer(t, "", "")
	data := filepath.Join(t.TempDir(), "data")
	seedIndex(t, data)
	startServe(t, data, writeDigestConfig(t, ""))
	code, _, stderr := digestCmd(t, "--config", writeDigestConfig(t, ms.Addr), "--data", data)
	if code != exitFailure || !strings.Contains(stderr, "digest: section") {
		t.Fatalf("send through serve without settings: exit %d, want 1\n%s", code, stderr)
	}
}

// TestDigestDryRunCreatesNothing: a dry run records nothing, so it makes
// neither a data dir nor a digest log that did not exist.
func TestDigestDryRunCreatesNothing(t *testing.T) {
	cfg := writeDigestConfig(t, "")
	data := filepath.Join(t.TempDir(), "data")
	code, stdout, stderr := digestCmd(t, "--dry-run", "--config", cfg, "--data", data)
	if code != exitOK {
		t.Fatalf("dry run without a data dir: exit %d\n%s", code, stderr)
	}
	if subject, _ := messageText(t, stdout); !strings.Contains(subject, "nothing new") {
		t.Errorf("dry run without a data dir: subject %q, want an empty digest", subject)
	}
	if exists(data) {
		t.Error("a dry run created the data dir")
	}

	seedIndex(t, data)
	code, stdout, stderr = digestCmd(t, "--dry-run", "--config", cfg, "--data", data)
	if subject, _ := messageText(t, stdout); code != exitOK || !strings.Contains(subject, "2 new stories") {
		t.Fatalf("dry run over an index: exit %d, subject %q\n%s", code, subject, stderr)
	}
	if exists(filepath.Join(data, datadir.DigestLog)) {
		t.Error("a dry run created the digest log")
	}
}

// TestDigestWaitsForCrawl: a crawl holds the data dir for minutes; a digest
// waits for it, and past digestWait gives up with 69, nothing sent.
func TestDigestWaitsForCrawl(t *testing.T) {
	defer func(w, dw time.Duration) { datadir.Wait, digestWait = w, dw }(datadir.Wait, digestWait)
	datadir.Wait = 100 * time.Millisecond
	cfg := writeDigestConfig(t, "")
	data := filepath.Join(t.TempDir(), "data")
	seedIndex(t, data)

	crawl, err := datadir.Acquire(data, "crawl", "")
	if err != nil {
		t.Fatal(err)
	}
	digestWait = 300 * time.Millisecond
	code, _, stderr := digestCmd(t, "--dry-run", "--config", cfg, "--data", data)
	if code != exitUnavailable || !strings.Contains(stderr, "crawl") || !strings.Contains(stderr, "nothing was sent") || strings.Contains(stderr, "curl") {
		t.Errorf("digest while a crawl holds the dir too long: exit %d, want %d\n%s", code, exitUnavailable, stderr)
	}

	digestWait = time.Minute
	go func() {
		time.Sleep(300 * time.Millisecond)
		crawl.Release()
	}()
	code, stdout, stderr := digestCmd(t, "--dry-run", "--config", cfg, "--data", data)
	if subject, _ := messageText(t, stdout); code != exitOK || !strings.Contains(subject, "2 new stories") || !strings.Contains(stderr, "waiting") {
		t.Errorf("digest after the crawl finished: exit %d, subject %q\n%s", code, subject, stderr)
	}
}

func TestBusyHint(t *testing.T) {
	serve := datadir.Holder{PID: 1, Command: "serve", Addr: "127.0.0.1:8080"}
	crawl := datadir.Holder{PID: 2, Command: "crawl"}
	for _, c := range []struct {
		command string
		holder  datadir.Holder
		want    string
	}{
		{"crawl", serve, "curl -X POST http://127.0.0.1:8080/api/sources/NAME/crawl"},
		{"serve", serve, "already serves this data dir at http://127.0.0.1:8080"},
		{"search", serve, "try again"},
		{"crawl", crawl, "try again when it has finished"},
	} {
		got := busyHint(c.command, c.holder)
		if !strings.Contains(got, c.want) || (c.command != "crawl" && strings.Contains(got, "curl")) {
			t.Errorf("busyHint(%s, %s) = %q, want %q", c.command, c.holder.Command, got, c.want)
		}
	}
}
