// Package datadir owns breachwire's data directory: it creates it, names the
// files each stage keeps there, and makes sure only one process writes it at
// a time.
//
// A process that writes (crawl, serve, a digest that sends) takes the
// directory's lock with Acquire and keeps it until it exits; a process that
// only reads (search, stories, sources, a dry-run digest) takes it shared
// with AcquireShared, so any number of readers run side by side. A writer that finds another writer
// gets a *BusyError naming the holder at once. Readers are brief, so a
// writer that finds only readers waits a few seconds for them, and a reader
// that finds a writer without an address to ask (see Holder.Addr) waits a
// few seconds for it, before either gives up with a *BusyError.
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
	// ServeToken holds, while serve runs, the secret a command must show
	// to have serve send the digest for it; only the user who may read the
	// data dir's private files can.
	ServeToken = "serve.token"
)

// ErrBusy is wrapped by the error Acquire returns when another process holds
// the directory.
var ErrBusy = errors.New("datadir: held by another process")

// Holder describes the process that holds a data directory.
type Holder struct {
	PID     int    `json:"pid"`
	Command string `json:"command"`
	// Addr is where the holder answers the read-only JSON API (serve, and
	// crawl for the length of its pass), so that readers can ask it.
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
	path   string
	lock   *os.File
	shared bool
	holder Holder // what a writer wrote in its note
}

// Wait is how long a writer waits for readers to finish, and a reader for
// a writer that cannot be asked, before Acquire or AcquireShared gives up.
// A variable so that tests can shorten it.
var Wait = 5 * time.Second

// poll is how often a waiting Acquire tries the lock again.
const poll = 25 * time.Millisecond

// Acquire creates dir if needed and takes its lock for writing, for the
// process described by command ("crawl", "serve", ...) and addr (where it
// answers the JSON API, else ""). When another writer holds the lock it
// returns a *BusyError at once; when only readers hold it, it waits up to
// Wait for them.
func Acquire(dir, command, addr string) (*Dir, error) {
	// Writers leave a note and readers do not, so a live note means a
	// writer: no use waiting for it. Without one, readers hold the lock,
	// and they are quick.
	abs, f, err := lockWaiting(dir, false, func(h Holder) bool { return h.PID != 0 })
	if err != nil {
		return nil, err
	}
	d := &Dir{path: abs, lock: f, holder: Holder{PID: os.Getpid(), Command: command, Addr: addr, Since: time.Now().UTC().Truncate(time.Second)}}
	d.writeNote()
	return d, nil
}

// lockWaiting opens dir's lock file and takes the lock, shared or not,
// trying again every poll for up to Wait while the lock is held; it gives up
// at once, with a *BusyError, when stop says so of the holder's note (a
// dead writer's note reads as none).
func lockWaiting(dir string, shared bool, stop func(Holder) bool) (string, *os.File, error) {
	abs, f, err := openLock(dir)
	if err != nil {
		return "", nil, err
	}
	deadline := time.Now().Add(Wait)
	for {
		err := tryLock(f, shared)
		if err == nil {
			return abs, f, nil
		}
		if !errors.Is(err, errWouldBlock) {
			f.Close()
			return "", nil, fmt.Errorf("datadir: lock %s: %w", abs, err)
		}
		h := readHolder(filepath.Join(abs, lockName))
		if h.PID != 0 && !alive(h.PID) {
			h = Holder{} // a writer killed outright left its note behind
		}
		if stop(h) || time.Now().After(deadline) {
			f.Close()
			return "", nil, &BusyError{Dir: abs, Holder: h}
		}
		time.Sleep(poll)
	}
}

// SetAddr tells readers where the writer holding d now answers the JSON API,
// or, with "", that it no longer does.
func (d *Dir) SetAddr(addr string) {
	if d == nil || d.lock == nil || d.shared {
		return
	}
	d.holder.Addr = addr
	d.writeNote()
}

// writeNote records the holder in the lock file for others to read. A note
// that cannot be written only costs others the holder's name.
func (d *Dir) writeNote() {
	b, _ := json.Marshal(d.holder)
	if err := d.lock.Truncate(0); err == nil {
		_, _ = d.lock.WriteAt(append(b, '\n'), 0)
	}
}

// AcquireShared creates dir if needed and takes its lock for reading, shared
// with other readers. When a writer holds the lock it returns a *BusyError
// naming it at once if the writer has an address to ask instead, and
// otherwise after waiting up to Wait for it to finish. command is unused
// but for symmetry with Acquire.
func AcquireShared(dir, command string) (*Dir, error) {
	abs, f, err := lockWaiting(dir, true, func(h Holder) bool { return h.Addr != "" })
	if err != nil {
		return nil, err
	}
	return &Dir{path: abs, lock: f, shared: true}, nil
}

// openLock creates dir if needed and opens its lock file.
func openLock(dir string) (string, *os.File, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", nil, fmt.Errorf("datadir: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", nil, fmt.Errorf("datadir: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(abs, lockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return "", nil, fmt.Errorf("datadir: %w", err)
	}
	return abs, f, nil
}

// Shared reports whether d was taken for reading only.
func (d *Dir) Shared() bool { return d.shared }

// Path returns the absolute path of name inside the directory.
func (d *Dir) Path(name string) string { return filepath.Join(d.path, name) }

// Release gives the lock up. A writer clears its holder note first, so that
// the note names a live writer whenever there is one to name.
func (d *Dir) Release() error {
	if d == nil || d.lock == nil {
		return nil
	}
	if !d.shared {
		_ = d.lock.Truncate(0)
	}
	err := unlock(d.lock)
	if cerr := d.lock.Close(); err == nil {
		err = cerr
	}
	d.lock = nil
	return err
}

// Peek reports which writer holds dir, if any, without waiting and without
// taking the lock for long. Readers do not count.
func Peek(dir string) (Holder, bool) {
	abs, f, err := openLock(dir)
	if err != nil {
		return Holder{}, false
	}
	defer f.Close()
	if err := tryLock(f, true); errors.Is(err, errWouldBlock) {
		return readHolder(filepath.Join(abs, lockName)), true
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
