package main

import (
	"encoding/json"
	"fmt"
	"os"

	"golang.org/x/text/encoding/japanese"
)

// hints mirrors extract.Hints for the input files.
type hints struct {
	Lang      string `json:"lang,omitempty"`
	Content   string `json:"content,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}

// tcase is one golden page.
type tcase struct {
	name, url, contentType, encoding, html string
	hints                                  hints
	drop                                   []string
}

// input is the <case>.input.json file the golden test reads.
type input struct {
	URL         string   `json:"url"`
	ContentType string   `json:"content_type,omitempty"`
	Hints       hints    `json:"hints"`
	MustDrop    []string `json:"must_drop"`
}

func main() {
	cases := []tcase{
		enZDNetStyle(), enWordPressRepost(), enNestedDivs(), enAdvisory(), enContentSelector(), enShortFeedHints(),
		jaNewsroomUTF8(), jaTableShiftJIS(), jaEUCJP(), jaHeaderOnlySJIS(), jaUndeclaredSJIS(), jaISO2022JP(), jaWordPressBlog(),
		enLinkLists(), jaRelatedLinks(), enVendorCTA(), jaVendorCTA(), jaIssuerAbove(), jaTitleSegments(), enIssuerAbove(),
	}
	for _, c := range cases {
		body := []byte(c.html)
		var err error
		switch c.encoding {
		case "shift_jis":
			body, err = japanese.ShiftJIS.NewEncoder().Bytes(body)
		case "euc-jp":
			body, err = japanese.EUCJP.NewEncoder().Bytes(body)
		case "iso-2022-jp":
			body, err = japanese.ISO2022JP.NewEncoder().Bytes(body)
		}
		check(err)
		check(os.WriteFile(c.name+".html", body, 0o644))
		in, err := json.MarshalIndent(input{URL: c.url, ContentType: c.contentType, Hints: c.hints, MustDrop: c.drop}, "", "  ")
		check(err)
		check(os.WriteFile(c.name+".input.json", append(in, '\n'), 0o644))
		fmt.Printf("%-24s %6d bytes\n", c.name, len(body))
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
