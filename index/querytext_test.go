package index

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
)

const (
	urlALPHV    = "https://news.example.com/alphv-casino"
	urlQilin    = "https://news.example.com/qilin-clinic"
	urlLaunch   = "https://press.example.com/nakamura-launch"
	urlNakamura = "https://news.example.com/nakamura-breach"
)

var (
	alphv    = []string{urlALPHV}
	qilin    = []string{urlQilin}
	launch   = []string{urlLaunch}
	nakamura = []string{urlNakamura}
)

// fieldCorpus is the corpus of TestSearchFinds plus stories that tell
// field queries apart: an actor stored by its canonical name and written in
// the text only by it, a product launch whose title names a company that
// nobody breached, and a breach of a company of that name.
func fieldCorpus(t *testing.T) *Index {
	t.Helper()
	ix := corpus(t)
	at := func(y int, m time.Month, d int) *time.Time {
		p := time.Date(y, m, d, 9, 0, 0, 0, time.UTC)
		return &p
	}
	n := int64(12000)
	more := []extract.Article{
		{
			URL: urlALPHV, Source: "Example News", Lang: "en", Published: at(2023, 9, 14),
			Title:   "Casino operator hit by ALPHV ransomware",
			Text:    "The ALPHV ransomware operation claimed an attack on Lucky Star Casinos, which took its booking systems offline.",
			Victims: []string{"Lucky Star Casinos"}, Actors: []string{"ALPHV"},
		},
		{
			URL: urlQilin, Source: "Example News", Lang: "en", Published: at(2024, 6, 5),
			Title:   "Qilin claims attack on Harbour Clinic",
			Text:    "The Qilin ransomware gang listed Harbour Clinic on its leak site and published patient files.",
			Victims: []string{"Harbour Clinic"}, Actors: []string{"Qilin"},
		},
		{
			URL: urlLaunch, Source: "Example Wire", Lang: "en", Published: at(2024, 2, 1),
			Title:   "Nakamura Robotics launches its new firewall appliance",
			Text:    "Nakamura Robotics today launched a firewall appliance for small factories, with a web console and automatic updates.",
			Victims: []string{},
		},
		{
			URL: urlNakamura, Source: "Example News", Lang: "en", Published: at(2024, 4, 2),
			Title:   "Nakamura Seisakusho discloses breach of customer data",
			Text:    "Nakamura Seisakusho said attackers reached a file server holding the data of 12,000 customers.",
			Victims: []string{"Nakamura Seisakusho"}, Records: &n,
		},
	}
	if _, err := ix.Add(context.Background(), more); err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestSearchFields(t *testing.T) {
	ix := fieldCorpus(t)
	tests := []struct {
		name, query string
		want        []string
	}{
		// Stories store an actor's canonical name; analysts type any alias.
		{"actor alias", "actor:OceanLotus", set(toyota)},
		{"actor alias any case", "actor:oceanlotus", set(toyota)},
		{"actor alias phrase", `actor:"Ocean Lotus"`, set(toyota)},
		{"actor alias japanese", "actor:オーシャンロータス", set(toyota)},
		{"actor alias of a ransomware gang", "actor:BlackCat", set(alphv)},
		{"actor canonical name", "actor:ALPHV", set(alphv)},
		{"actor everyday-word alias in the field", "actor:Agenda", set(qilin)},
		{"actor unknown", "actor:Nobody", nil},
		{"free text alias", "BlackCat", set(alphv)},
		{"free text alias in japanese", "ブラックキャット", set(alphv)},
		// An everyday word is not taken for the actor it is an alias of.
		{"free text everyday-word alias", "Agenda", nil},

		// victim: matches the names of victims, not names a title or
		// text mentions.
		{"victim by the first word of its name", "victim:nakamura", set(nakamura)},
		{"victim by whole name", `victim:"Nakamura Seisakusho"`, set(nakamura)},
		{"victim by a word of its name", "victim:Seisakusho", set(nakamura)},
		{"victim in japanese script", "victim:中村", set(nakamura)},
		{"victim not a company in a title", "victim:robotics", nil},
		{"free text still finds the launch", "robotics", set(launch)},

		// Bare clauses are alternatives, as in Bleve; + or AND makes a
		// clause a filter.
		{"two fields required", "+records:>1000000 +lang:ja", set(toyota)},
		{"two fields with AND", "records:>1000000 AND lang:ja", set(toyota)},
		{"two fields other way", "lang:ja AND records:<50000", set(sakura)},
		{"victim and actor", "+victim:toyota +actor:apt32", set(toyota)},
		{"either of two actors", "actor:APT32 actor:ALPHV", set(toyota, alphv)},
		{"either of two actors with OR", "actor:APT32 OR actor:ALPHV", set(toyota, alphv)},
		{"required field and word", "lang:en AND hospital", set(hospital)},
		{"explicit required clause, optional word", "+lang:ja toyota", set(toyota, sakura)},
		{"field and excluded word", "victim:toyota -melbourne", set(toyota)},
		// Words without a field stay alternatives, ranked.
		{"free text either word", "hospitals casino", set(hospital, alphv)},
		{"both words with AND", "ransomware AND hospital", set(hospital)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSearch(t, ix, SearchRequest{Query: tc.query, Limit: 50})
			if got := hitSets(res); !slices.Equal(got, tc.want) {
				t.Errorf("Search(%q) =\n %q\nwant\n %q", tc.query, got, tc.want)
			}
		})
	}
}

// TestSearchFieldsRank: a bare word alongside a field clause still ranks
// the stories that match more of the words first.
func TestSearchFieldsRank(t *testing.T) {
	ix := fieldCorpus(t)
	res := mustSearch(t, ix, SearchRequest{Query: "lang:en ransomware hospital"})
	if len(res.Stories) < 2 || res.Stories[0].Articles[0].URL != urlHospital {
		t.Errorf("first hit = %v, want the hospital story", storyURLs(res))
	}
}

// TestBoolWords: OR standing alone outside quotes is dropped (bare
// clauses are alternatives already), AND makes its neighbours required;
// inside quotes, or as part of a word, they are words; one with nothing on
// a side is an error.
func TestBoolWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"actor:APT32 OR actor:FIN7", "actor:APT32 actor:FIN7"},
		{"records:>1000000 AND lang:ja", "+records:>1000000 +lang:ja"},
		{"a AND b AND c", "+a +b +c"},
		{"+a AND -b", "+a -b"},
		{`title:"black OR white" lang:en`, `title:"black OR white" lang:en`},
		{"toyota || sony", "toyota sony"},
		{"oregon ORacle", "oregon ORacle"},
		{"OR", "OR"},
		{"Portland OR", "Portland"},
	} {
		if got, err := boolWords(tc.in); err != nil || got != tc.want {
			t.Errorf("boolWords(%q) = %q, %v, want %q", tc.in, got, err, tc.want)
		}
	}
	// An operator with no clause on one side does not parse.
	for _, in := range []string{"acme AND", "&& acme", "acme AND OR fin7", "AND AND"} {
		if got, err := boolWords(in); err == nil {
			t.Errorf("boolWords(%q) = %q, want an error", in, got)
		}
	}
}
