//go:build !unix

package datadir

import (
	"errors"
	"os"
)

var errWouldBlock = errors.New("would block")

// On systems without flock the lock is not enforced; breachwire's supported
// platforms are unix.
func tryLock(f *os.File, shared bool) error { return nil }

func unlock(f *os.File) error { return nil }

// alive cannot tell here; a holder is taken to be alive.
func alive(pid int) bool { return true }
