package datadir

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestAcquireTwice(t *testing.T) {
	dir := t.TempDir()
	d, err := Acquire(dir, "serve", "127.0.0.1:8080")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(dir, "crawl", "")
	var busy *BusyError
	if !errors.As(err, &busy) || !errors.Is(err, ErrBusy) {
		t.Fatalf("second Acquire: got %v, want a BusyError", err)
	}
	if busy.Holder.Command != "serve" || busy.Holder.Addr != "127.0.0.1:8080" || busy.Holder.PID != os.Getpid() {
		t.Errorf("holder = %+v, want serve at 127.0.0.1:8080 with our pid", busy.Holder)
	}
	if !strings.Contains(err.Error(), "serve") {
		t.Errorf("message %q does not name the holder", err)
	}
	if h, held := Peek(dir); !held || h.Command != "serve" {
		t.Errorf("Peek = %+v, %v", h, held)
	}
	if err := d.Release(); err != nil {
		t.Fatal(err)
	}
	d2, err := Acquire(dir, "crawl", "")
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	d2.Release()
	if _, held := Peek(dir); held {
		t.Error("Peek reports a holder after Release")
	}
}

// TestLockDiesWithProcess checks that a killed holder leaves no stale lock.
func TestLockDiesWithProcess(t *testing.T) {
	if os.Getenv("DATADIR_HOLD") != "" {
		if _, err := Acquire(os.Getenv("DATADIR_HOLD"), "crawl", ""); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("held\n")
		select {}
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockDiesWithProcess$")
	cmd.Env = append(os.Environ(), "DATADIR_HOLD="+dir)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 5)
	if _, err := out.Read(buf); err != nil || string(buf[:4]) != "held" {
		t.Fatalf("child did not take the lock: %q %v", buf, err)
	}
	if _, err := Acquire(dir, "crawl", ""); !errors.Is(err, ErrBusy) {
		t.Fatalf("lock not held by child: %v", err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	d, err := Acquire(dir, "crawl", "")
	if err != nil {
		t.Fatalf("Acquire after the holder was killed: %v", err)
	}
	d.Release()
}

// TestReadersShare checks that readers run side by side, that a writer
// waits for them rather than failing, and that a reader is told about a
// writer.
func TestReadersShare(t *testing.T) {
	defer func(w time.Duration) { Wait = w }(Wait)
	Wait = 2 * time.Second
	dir := t.TempDir()
	r1, err := AcquireShared(dir, "search")
	if err != nil {
		t.Fatal(err)
	}
	r2, err := AcquireShared(dir, "stories")
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	if !r1.Shared() || !r2.Shared() {
		t.Error("readers' dirs do not report Shared")
	}
	if _, held := Peek(dir); held {
		t.Error("Peek counts readers as a writer")
	}

	// A writer arriving while they read waits for both to finish.
	released := make(chan time.Time, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		r1.Release()
		time.Sleep(100 * time.Millisecond)
		r2.Release()
		released <- time.Now()
	}()
	w, err := Acquire(dir, "crawl", "")
	got := time.Now()
	if err != nil {
		t.Fatalf("writer behind two readers: %v", err)
	}
	if at := <-released; got.Before(at.Add(-50 * time.Millisecond)) {
		t.Errorf("writer got the lock at %v, before the last reader let go at %v", got, at)
	}

	// While it writes, a reader learns who holds the dir, after waiting
	// for it at most Wait.
	start := time.Now()
	_, err = AcquireShared(dir, "search")
	var busy *BusyError
	if !errors.As(err, &busy) || busy.Holder.Command != "crawl" {
		t.Fatalf("reader during a crawl: got %v, want a BusyError naming crawl", err)
	}
	if d := time.Since(start); d < Wait || d > Wait+time.Second {
		t.Errorf("reader gave up after %v, want about %v", d, Wait)
	}
	w.Release()
	if h := readHolder(filepath.Join(dir, lockName)); h.PID != 0 {
		t.Errorf("holder note %+v left after Release", h)
	}
	r, err := AcquireShared(dir, "search")
	if err != nil {
		t.Fatalf("reader after the writer left: %v", err)
	}
	r.Release()
}

// TestReaderAsksWriterWithAddr checks that a reader does not wait for a
// writer it can ask, and that a writer does not wait for another writer.
func TestReaderAsksWriterWithAddr(t *testing.T) {
	dir := t.TempDir()
	w, err := Acquire(dir, "serve", "127.0.0.1:9")
	if err != nil {
		t.Fatal(err)
	}
	defer w.Release()
	start := time.Now()
	_, err = AcquireShared(dir, "search")
	var busy *BusyError
	if !errors.As(err, &busy) || busy.Holder.Addr != "127.0.0.1:9" {
		t.Fatalf("got %v, want a BusyError with serve's address", err)
	}
	if _, err := Acquire(dir, "crawl", ""); !errors.Is(err, ErrBusy) {
		t.Fatalf("second writer: got %v, want ErrBusy", err)
	}
	if d := time.Since(start); d > Wait/2 {
		t.Errorf("took %v; neither should wait for a writer with an address", d)
	}
}

// TestStaleNote checks that the note of a writer that died without
// releasing (killed outright) does not stop the next writer.
func TestStaleNote(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, lockName), []byte(`{"pid":999999999,"command":"crawl"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := AcquireShared(dir, "search")
	if err != nil {
		t.Fatalf("reader with a stale note: %v", err)
	}
	released := make(chan struct{})
	go func() {
		time.Sleep(100 * time.Millisecond)
		r.Release()
		close(released)
	}()
	w, err := Acquire(dir, "crawl", "")
	if err != nil {
		t.Fatalf("writer behind a reader, stale note of a dead writer: %v", err)
	}
	<-released
	w.Release()
}
