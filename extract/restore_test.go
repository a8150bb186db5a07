package extract

import (
	"strings"
	"testing"
)

func TestPreAndTableCells(t *testing.T) {
	body := `<p>The advisory shows the request that triggers the flaw:</p>
<pre>GET /admin/backup.cgi HTTP/1.1
Host: router.local
X-Bypass: 1</pre>
<p>Affected versions are listed below.</p>
<table><tr><th>Model</th><th>Firmware</th></tr><tr><td>RT-200</td><td>1.0.3 and earlier</td></tr></table>`
	art, err := New().Extract(Page{URL: "https://news.example/a/0", Body: storyPage(body, "")})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"GET /admin/backup.cgi HTTP/1.1\nHost: router.local\nX-Bypass: 1", "Model\tFirmware", "RT-200\t1.0.3 and earlier"} {
		if !strings.Contains(art.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, art.Text)
		}
	}
}
