// Package datadir owns breachwire's data directory: it creates it, names the
// files each stage keeps there, and makes sure only one process writes it at
// a time.
//
// A process that writes (crawl, serve, digest) takes the directory's lock
// with Acquire and keeps it until it exits. A second writer gets a
// *BusyError naming the holder at once; nothing ever waits on the lock.
package datadir

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// File and directory names inside the data directory.
const (
	lockName = "LOCK"
	// IndexDir is the Bleve index.
	IndexDir = "index"
	// CrawlState is the crawler's bbolt file.
	CrawlState = "crawl.db"
	// DigestLog is the digest's bbolt file.
	DigestLog = "digest.db"
)

// ErrBusy is wrapped by the error Acquire returns when another process holds
// the directory.
var ErrBusy = errors.New("datadir: held by another process")

// Holder describes the process that holds a data directory.
type Holder struct {
	PID     int    `json:"pid"`
	Command string `json:"command"`
	// Addr is where a serve process listens, so that others can ask it.
	Addr  string    `json:"addr,omitempty"`
	Since time.Time `json:"since"`
}

func (h Holder) String() string {
	s := fmt.Sprintf("breachwire %s (pid %d, since %s)", h.Command, h.PID, h.Since.Format(time.RFC3339))
	if h.Addr != "" {
		s += " listening on " + h.Addr
	}
	return s
}

// BusyError is returned by Acquire when another process holds the directory.
type BusyError struct {
	Dir string
	// Holder is what the holder wrote about itself; zero if unreadable.
	Holder Holder
}

func (e *BusyError) Error() string {
	if e.Holder.PID == 0 {
		return fmt.Sprintf("data dir %s is held by another breachwire process", e.Dir)
	}
	return fmt.Sprintf("data dir %s is held by %s", e.Dir, e.Holder)
}

func (e *BusyError) Unwrap() error { return ErrBusy }

// Dir is an open, locked data directory.
type Dir struct {
	path string
	lock *os.File
}

// Acquire creates dir if needed and takes its lock for the process described
// by command ("crawl", "serve", ...) and addr (for serve, else ""). It never
// blocks: when another process holds the lock it returns a *BusyError.
func Acquire(dir, command, addr string) (*Dir, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("datadir: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("datadir: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(abs, lockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("datadir: %w", err)
	}
	if err := tryLock(f); err != nil {
		f.Close()
		if errors.Is(err, errWouldBlock) {
			return nil, &BusyError{Dir: abs, Holder: readHolder(filepath.Join(abs, lockName))}
		}
		return nil, fmt.Errorf("datadir: lock %s: %w", abs, err)
	}
	h := Holder{PID: os.Getpid(), Command: command, Addr: addr, Since: time.Now().UTC().Truncate(time.Second)}
	b, _ := json.Marshal(h)
	if err := f.Truncate(0); err == nil {
		_, err = f.WriteAt(append(b, '\n'), 0)
	}
	return &Dir{path: abs, lock: f}, nil
}

// Path returns the absolute path of name inside the directory.
func (d *Dir) Path(name string) string { return filepath.Join(d.path, name) }

// Release gives the lock up. The holder note stays; it is only read while
// the lock is held.
func (d *Dir) Release() error {
	if d == nil || d.lock == nil {
		return nil
	}
	err := unlock(d.lock)
	if cerr := d.lock.Close(); err == nil {
		err = cerr
	}
	d.lock = nil
	return err
}

// Peek reports who holds dir, if anyone, without taking the lock for long.
func Peek(dir string) (Holder, bool) {
	d, err := Acquire(dir, "peek", "")
	var busy *BusyError
	if errors.As(err, &busy) {
		return busy.Holder, true
	}
	if err == nil {
		d.Release()
	}
	return Holder{}, false
}

func readHolder(path string) Holder {
	var h Holder
	b, err := os.ReadFile(path)
	if err != nil {
		return h
	}
	_ = json.Unmarshal([]byte(strings.TrimSpace(string(b))), &h)
	return h
}
