package incident

import (
	"encoding/json"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	b, _ := os.ReadFile("/tmp/t.json")
	var a struct{ Title, Text, Lang string }
	json.Unmarshal(b, &a)
	for _, site := range []string{"東雲野市立図書館", "東雲野市"} {
		ss := sentences(normalise(a.Title), normalise(a.Text))
		f := New(nil).Extract(Doc{Title: a.Title, Text: a.Text, Lang: a.Lang, Site: site})
		t.Logf("site=%s own=%v pub=%q victims=%v", site, firstPersonNotice(ss, true), siteOrganisation(site, true), f.VictimNames())
	}
}
