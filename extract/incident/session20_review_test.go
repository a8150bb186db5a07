package incident

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// TestSession20ReviewGuards replays the cases a review of session 20's rules
// wrote against them (testdata/review20_guards.json): over-matches that had
// cost real victims and counts — a breached health system or publisher
// taken for a researcher, "they called the hospital's help desk" read as a
// campaign's codename, a university's "Office of the President" signature
// read as a person, "Python Software Foundation" losing a word, "open
// source database" and "sign in without a password" read as exposures, a
// Summary heading hiding a roundup, 被保険者数 or 生徒数 after 流出した read
// as a base, "more than 1 million" over an unrelated larger figure, a
// parent's or a city's page taking another body's unit. Each case keeps the
// victims and the count the session's starting code gave, which the review
// judged right.
func TestSession20ReviewGuards(t *testing.T) {
	data, err := os.ReadFile("testdata/review20_guards.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Lang, Site, Title, Text string
		VictimsFmt                    string `json:"victims_fmt"`
		Records                       int64
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	x := New(nil)
	for _, c := range cases {
		f := x.Extract(Doc{Lang: c.Lang, Title: c.Title, Text: c.Text, Site: c.Site})
		if got := fmt.Sprint(f.VictimNames()); got != c.VictimsFmt {
			t.Errorf("%s: victims %s, want %s", c.Name, got, c.VictimsFmt)
		}
		var rec int64
		if f.Records != nil {
			rec = f.Records.Value
		}
		if rec != c.Records {
			t.Errorf("%s: records %d, want %d", c.Name, rec, c.Records)
		}
	}
}
