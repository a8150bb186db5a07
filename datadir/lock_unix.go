//go:build unix

package datadir

import (
	"errors"
	"os"
	"syscall"
)

var errWouldBlock = errors.New("would block")

// tryLock takes an advisory lock, exclusive or shared, without waiting; the
// kernel drops it when the process dies, however it dies, so a killed crawl
// never leaves a stale lock.
func tryLock(f *os.File, shared bool) error {
	how := syscall.LOCK_EX
	if shared {
		how = syscall.LOCK_SH
	}
	err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errWouldBlock
	}
	return err
}

func unlock(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

// alive reports whether a process with this pid exists (signal 0 checks
// without sending anything; EPERM means it exists under another user).
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
