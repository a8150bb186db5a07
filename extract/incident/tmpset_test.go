package incident

import (
	"os"
	"testing"
)

func TestTmpSet(t *testing.T) {
	dir := os.Getenv("TMPSET")
	if dir == "" {
		t.Skip()
	}
	logUnthresholded(t, dir, 10, true)
}
