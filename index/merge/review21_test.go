package merge

import (
	"testing"
	"time"
)

// TestSession21ReviewGuards replays the over-matches a review of session
// 21's merging rules found, on invented reports: each pair must come out
// as it says.
func TestSession21ReviewGuards(t *testing.T) {
	n := func(v int64) *int64 { return &v }
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name string
		a, b Doc
		same bool
	}{
		{
			name: "two organisations whose names share only a first word",
			a: Doc{URL: "https://wire.example/a", Lang: "en", Published: at(2026, 3, 2), Title: "Fenmoor Council says residents' data stolen",
				Text: "Fenmoor Council said on Monday that hackers had stolen the data of 3,120 residents.", Victims: []string{"Fenmoor Council"}, Records: n(3120)},
			b: Doc{URL: "https://wire.example/b", Lang: "en", Published: at(2026, 3, 4), Title: "Fenmoor Airways confirms breach",
				Text: "Fenmoor Airways confirmed that an intruder reached its loyalty database.", Victims: []string{"Fenmoor Airways"}},
			same: false,
		},
		{
			name: "a client naming its billing vendor in its own headline is another incident",
			a: Doc{URL: "https://news.example/harbor-1", Lang: "en", Published: at(2026, 3, 10), Title: "Harborline Health hit by ransomware, 1.2 million patients affected",
				Text: "Harborline Health said data of 1,204,331 patients was stolen in a ransomware attack.", Victims: []string{"Harborline Health"}, Records: n(1204331)},
			b: Doc{URL: "https://news.example/harbor-2", Lang: "en", Published: at(2026, 3, 20), Title: "Harborline Health notifies 48,112 patients after its billing vendor was breached",
				Text: "Harborline Health is notifying 48,112 patients after its billing vendor told it that an intruder had copied claim files.", Victims: []string{"Harborline Health"}, Records: n(48112)},
			same: false,
		},
		{
			name: "a boilerplate sum and a month in a later, different incident",
			a: Doc{URL: "https://news.example/orrin-1", Lang: "en", Published: at(2026, 2, 10), Title: "Orrin Vale Hospital says email sent to wrong list exposed patient names",
				Text: "Orrin Vale Hospital said an email sent to the wrong list exposed the names of 412 patients. The average breach now costs $9.8 million, according to an industry study.", Victims: []string{"Orrin Vale Hospital"}},
			b: Doc{URL: "https://news.example/orrin-2", Lang: "en", Published: at(2026, 7, 14), Title: "Orrin Vale Hospital contractor's laptop stolen",
				Text: "Orrin Vale Hospital said a laptop stolen from a contractor's car held patient records. Breaches cost healthcare providers $9.8 million on average. The hospital was also hacked in February, when an email account was taken over.", Victims: []string{"Orrin Vale Hospital"}},
			same: false,
		},
		{
			name: "a later report recalling the first count of its incident",
			a: Doc{URL: "https://news.example/crest-1", Lang: "en", Published: at(2026, 4, 2), Title: "Crestmoor Dental Group says 12,400 patients affected by breach",
				Text: "Crestmoor Dental Group said the records of 12,400 patients were accessed.", Victims: []string{"Crestmoor Dental Group"}, Records: n(12400)},
			b: Doc{URL: "https://news.example/crest-2", Lang: "en", Published: at(2026, 5, 20), Title: "Crestmoor Dental breach now affects 96,000 patients",
				Text: "The breach at Crestmoor Dental, part of Halbern Health Partners, now affects 96,000 patients, far more than the 12,400 first reported.", Victims: []string{"Halbern Health Partners"}, Records: n(96000)},
			same: true,
		},
	} {
		d := Prepare(tc.a).Match(Prepare(tc.b))
		if d.Same != tc.same {
			t.Errorf("%s: Same = %v (%s), want %v", tc.name, d.Same, d.Reason, tc.same)
		}
	}
	if ownRelease(Doc{Source: "NHK 北海道 NEWS WEB", URL: "https://nhk.example/hokkaido/1", Victims: []string{"北海道"}}) {
		t.Error("an outlet named after a place is no newsroom of that place's government")
	}
	if ownRelease(Doc{Source: "白嶺大学新聞オンライン", URL: "https://hakurei-shimbun.example/1", Victims: []string{"白嶺大学"}}) {
		t.Error("a student paper is no university's newsroom")
	}
	if !ownRelease(Doc{Source: "白嶺化成 ニュースリリース", URL: "https://hakurei-kasei.example/news/1", Victims: []string{"白嶺化成"}}) {
		t.Error("a company's newsroom named after it in kanji is its own")
	}
}
