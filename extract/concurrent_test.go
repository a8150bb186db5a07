package extract

import (
	"path/filepath"
	"sync"
	"testing"
)

// TestExtractConcurrent runs one Extractor from several goroutines, as the
// crawl does; run with -race to check the shared state.
func TestExtractConcurrent(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.input.json")
	x := New()
	want := make(map[string]string)
	for _, in := range inputs {
		p, _ := loadCase(t, in)
		art, err := x.Extract(p)
		if err != nil {
			t.Fatal(err)
		}
		want[in] = art.Text
	}
	var wg sync.WaitGroup
	for _, in := range inputs {
		p, _ := loadCase(t, in)
		wg.Add(1)
		go func() {
			defer wg.Done()
			art, err := x.Extract(p)
			if err != nil || art.Text != want[in] {
				t.Errorf("%s: concurrent result differs (%v)", in, err)
			}
		}()
	}
	wg.Wait()
}
