package datadir

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
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
