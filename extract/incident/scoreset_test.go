package incident

import (
	"os"
	"testing"
)

// TestScoreSet scores extraction on any labelled set, the directory named
// by $INCIDENT_SET; it is a development aid for measuring a new held-out
// set before anyone reads it. Its misses print only with
// $INCIDENT_MISSES=1, so a set can be scored without being seen.
func TestScoreSet(t *testing.T) {
	dir := os.Getenv("INCIDENT_SET")
	if dir == "" {
		t.Skip("set INCIDENT_SET=dir to score a labelled set")
	}
	logUnthresholded(t, dir, 1, true)
}
