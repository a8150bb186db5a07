package web

import (
	"strings"
	"testing"
)

// TestMetricsAllPrefixed: every metric /metrics exposes is named
// breachwire_*, the Go runtime and process metrics included, so that one
// scrape job's names never clash with another program's.
func TestMetricsAllPrefixed(t *testing.T) {
	ts, m := testServer(t, 0)
	m.PagesFetched("Example Security News", 1)
	get(t, ts, "/api/search?q=toyota")
	_, body := get(t, ts, "/metrics")
	for _, line := range strings.Split(body, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.HasPrefix(line, "breachwire_") {
			t.Errorf("metric not named breachwire_*: %s", line)
		}
	}
	// The runtime's metrics are kept, under the prefix: an operator
	// watching a long-running serve wants its memory and goroutines.
	for _, want := range []string{"breachwire_go_goroutines ", "breachwire_go_memstats_heap_alloc_bytes "} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
