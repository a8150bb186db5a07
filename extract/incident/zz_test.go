package incident

import (
	"encoding/json"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	var a struct{ Title, Text, Lang, URL, Source string }
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	json.Unmarshal(b, &a)
	x := New(nil)
	for _, site := range []string{a.Source, ""} {
		f := x.Extract(Doc{Title: a.Title, Text: a.Text, Lang: a.Lang, URL: a.URL, Site: site})
		out, _ := json.MarshalIndent(f, "", " ")
		t.Logf("site=%q %s", site, out)
	}
}
