package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// TestLooseTextLinear: restoreLooseText steps back from every loose text
// node over the <br>s before it. In a <br>-separated body (an old table
// layout's cell, a Blogger post) that trafilatura did not read, each line
// then walks back over every earlier line, so the step is quadratic in the
// lines of the cell: 20,000 lines took seconds where linear work takes
// milliseconds.
func TestLooseTextLinear(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><table><tr><td>")
	for i := range 20000 {
		fmt.Fprintf(&b, "Line number %d of an old page that sets its text apart with breaks.<br>\n", i)
	}
	b.WriteString("</td></tr></table></body></html>")
	root, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	restoreLooseText(root, "A paragraph trafilatura found elsewhere on the page.")
	if d := time.Since(start); d > time.Second {
		t.Errorf("restoreLooseText on a cell of 20,000 <br> lines took %v; it should be linear in the page", d)
	}
}
