package digest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/digest/digesttest"
	"github.com/breachwire/breachwire/extract"
)

// TestRunDryRunRecordsNothing: a dry run over a log that does not exist yet
// builds the whole message and leaves no log behind; the send that follows
// lists the same stories and records them.
func TestRunDryRunRecordsNothing(t *testing.T) {
	ctx := context.Background()
	ix, _ := openFlow(t)
	day := at("2019-03-29T09:00:00Z")
	if _, err := ix.Add(ctx, []extract.Article{article("https://news.example/quill", "Daily Breach", "Quillmark exposes customer database",
		"Quillmark left a database of 41,000 customer records open to the internet, researchers found.", day, "Quillmark", ptr(41_000), "")}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "digest.db")
	ro, err := OpenLogReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(ctx, ix, ro, nil, "", Request{Now: day.Add(time.Hour), DryRun: true})
	if err != nil || res.Sent || res.Digest.NewCount != 1 || !strings.Contains(string(res.Message), "Quillmark") {
		t.Fatalf("dry run: %+v, %v", res, err)
	}
	if err := ro.MarkSent(res.Digest, day); err == nil {
		t.Error("MarkSent on a log that was never opened for writing succeeded")
	}
	ro.Close()
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a dry run created the log: %v", err)
	}

	ms := digesttest.NewMailServer(t, "", "")
	log, err := OpenLog(path)
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	res, err = Run(ctx, ix, log, testConfig(ms.Addr), "", Request{Now: day.Add(2 * time.Hour)})
	if err != nil || !res.Sent || res.Recipients != 2 || res.Digest.NewCount != 1 || len(ms.Received()) != 1 {
		t.Fatalf("send: %+v, %v", res, err)
	}
	log.Close()
	ro, err = OpenLogReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if last, _ := ro.LastDigest(); !last.Equal(day.Add(2 * time.Hour)) {
		t.Errorf("read-only log: last digest %v", last)
	}
	res, err = Run(ctx, ix, ro, nil, "", Request{Now: day.Add(3 * time.Hour), DryRun: true})
	if err != nil || !res.Digest.Empty() {
		t.Errorf("dry run after the send: %+v, %v; want nothing new", res, err)
	}
}

func TestRunWithoutIndexOrSettings(t *testing.T) {
	ctx := context.Background()
	res, err := Run(ctx, nil, nil, nil, "", Request{DryRun: true})
	if err != nil || !res.Digest.Empty() || !strings.Contains(string(res.Message), dryRunTo) {
		t.Fatalf("dry run with nothing indexed: %+v, %v", res, err)
	}
	if _, err := Run(ctx, nil, nil, nil, "", Request{}); !errors.Is(err, ErrConfig) {
		t.Errorf("send without settings: %v, want ErrConfig", err)
	}
	ms := digesttest.NewMailServer(t, "", "")
	cfg := testConfig(ms.Addr)
	cfg.SkipEmpty = true
	res, err = Run(ctx, nil, nil, cfg, "", Request{})
	if err != nil || !res.Skipped || res.Sent || res.Message == nil || len(ms.Received()) != 0 {
		t.Errorf("empty digest with skip_empty: %+v, %v; want skipped, with a message, nothing sent", res, err)
	}
}
