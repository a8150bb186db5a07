package merge

import (
	"slices"
	"testing"
	"time"
)

func TestTextFigures(t *testing.T) {
	for _, c := range []struct {
		text string
		want []int64
	}{
		{"up to 3.1 million customers", []int64{3100000}},
		{"about 328,000 people, later 14 million", []int64{328000, 14000000}},
		{"最大約310万人分", []int64{3100000}},
		{"２５万４２４１人", []int64{254241}},
		{"1万2千人以上", []int64{12000}},
		{"12,350人のうち2,418人", []int64{2418, 12350}},
		{"roughly 1.9m users and 2bn rows", []int64{1900000, 2000000000}},
		{"CVE-2024-3400 and APT32", nil},
		{"no figure at all", nil},
	} {
		if got := textFigures(c.text); !slices.Equal(got, c.want) {
			t.Errorf("textFigures(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzTextFigures(f *testing.F) {
	for _, s := range []string{"3.1 million", "25万4241人", "1,2,3", "9.", "1e9", "億万千"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range textFigures(s) {
			if v <= 0 {
				t.Fatalf("textFigures(%q) gave %d", s, v)
			}
		}
	})
}

func TestSkeletonAcrossScripts(t *testing.T) {
	for _, c := range [][2]string{
		{"Ticketmaster", "チケットマスター"},
		{"Westmere Regional Medical Center", "ウェストミア・リージョナル・メディカルセンター"},
		{"Facebook", "フェイスブック"},
		{"Latitude Financial Services", "Latitude Financial"},
	} {
		if !namesAgree([]string{c[0]}, []string{c[1]}) {
			t.Errorf("%s and %s should agree: %v vs %v", c[0], c[1], nameForms(c[0]), nameForms(c[1]))
		}
	}
	for _, c := range [][2]string{
		{"Calder Freight Lines", "みどり野運輸"},
		{"Optus", "Medibank"},
		{"Toyota", "Honda"},
	} {
		if namesAgree([]string{c[0]}, []string{c[1]}) {
			t.Errorf("%s and %s should not agree", c[0], c[1])
		}
	}
	if !namedIn([]string{"Ticketmaster"}, "米チケットマスターに不正アクセス") {
		t.Error("Ticketmaster not found in katakana")
	}
	if !namedIn([]string{"チケットマスター"}, "Hackers claim Ticketmaster data") {
		t.Error("チケットマスター not found in Latin text")
	}
}

func TestTextDates(t *testing.T) {
	dates := func(s string, pub time.Time) []string {
		var out []string
		for _, d := range textDates(s, pub) {
			out = append(out, d.Format("2006-01-02"))
		}
		return out
	}
	if got := dates("identified on September 10, 2023; notice of 3 Oct. 2023 and ２０２３年１０月５日に公表", time.Time{}); !slices.Equal(got, []string{"2023-09-10", "2023-10-03", "2023-10-05"}) {
		t.Errorf("textDates = %v", got)
	}
	if d := textDates("in 2023 it had 10 servers", time.Time{}); d != nil {
		t.Errorf("textDates without a full date = %v", d)
	}
	// Without a year, a date is the last one on or just before publication.
	pub := time.Date(2025, 1, 9, 8, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The breach was found on Dec. 28 and disclosed on January 8.", []string{"2024-12-28", "2025-01-08"}},
		{"Between 21 December and 3 January, attackers copied files.", []string{"2024-12-21", "2025-01-03"}},
		{"12月30日未明にサーバーが暗号化され、同社は8日に公表した。", []string{"2024-12-30", "2025-01-08"}},
		{"9日、同社は7日から3日間、システムを停止したと発表。10日後に再開し、5日以内に通知する。", []string{"2025-01-07", "2025-01-09"}},
		{"Customers may 3 times reset; on February 30 nothing.", nil},
		{"Mayor 12 council members and Marsh 3 said Junction 5 was closed; 3 Mayors came.", nil},
		{"It happened on Sept. 4 and on 30 December.", []string{"2024-09-04", "2024-12-30"}},
	} {
		if got := dates(c.text, pub); !slices.Equal(got, c.want) {
			t.Errorf("textDates(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if got := dates("on Sept. 27", time.Time{}); got != nil {
		t.Errorf("a date without year and without a publication date = %v", got)
	}
}

func TestTitleNameKeys(t *testing.T) {
	d := Doc{Title: "Live Nation Confirms Ticketmaster Data Breach", Victims: []string{"Live Nation Entertainment"},
		Text: "Live Nation said on Friday that its subsidiary Ticketmaster had found unauthorised activity. Data was stolen."}
	keys := VictimKeys(d)
	if !slices.Contains(keys, "sk:"+skeleton("Ticketmaster")) {
		t.Errorf("VictimKeys = %v, want the sound key of Ticketmaster, a name in the title and mid-sentence in the text", keys)
	}
	if slices.Contains(keys, "sk:"+skeleton("Confirms")) || slices.Contains(keys, "sk:"+skeleton("Breach")) {
		t.Errorf("VictimKeys = %v: headline words are not names", keys)
	}
}
