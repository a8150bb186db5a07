package index

import (
	"slices"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
)

// TestRespell: a learned Latin spelling replaces the Japanese-script name
// wherever a story names it, also beside the Latin name itself (a story
// joined before the index learnt the pair), and leaves other names and
// names spelt two ways alone.
func TestRespell(t *testing.T) {
	s := spellings{"雪森自動車": "Yukimori Motor", "みなと精工": ""}
	for _, c := range []struct{ in, want []string }{
		{[]string{"雪森自動車"}, []string{"Yukimori Motor"}},
		{[]string{"雪森自動車", "Yukimori Motor"}, []string{"Yukimori Motor"}},
		{[]string{"Yukimori Motor", "雪森自動車"}, []string{"Yukimori Motor"}},
		{[]string{"雪森自動車", "Harbor Bank"}, []string{"Yukimori Motor", "Harbor Bank"}},
		{[]string{"みなと精工"}, []string{"みなと精工"}},
		{[]string{"Harbor Bank"}, []string{"Harbor Bank"}},
		{nil, nil},
	} {
		if got := s.respell(c.in); !slices.Equal(got, c.want) {
			t.Errorf("respell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOwnLatinReportDecides: a story that has its own report naming the
// victim in Latin letters is spelt by its reports alone, not by a spelling
// learned earlier (which an intermediate state of the same story may have
// taught), so the order the reports arrived in does not decide it.
func TestOwnLatinReportDecides(t *testing.T) {
	day := func(d int) *time.Time {
		x := time.Date(2025, 12, d, 3, 0, 0, 0, time.UTC)
		return &x
	}
	n := int64(2046)
	arts := []extract.Article{
		{URL: "https://threatdesk.example/2025/12/ocean-institute", Lang: "en", Published: day(5), Source: "Threat Desk",
			Title:   "Japanese ocean research body says 2,046 people's data may have leaked",
			Text:    "The Coastal Ecology Research Organization said attackers may have taken names and e-mail addresses of 2,046 staff.",
			Victims: []string{"Coastal Ecology Research Organization"}, Records: &n},
		{URL: "https://kaigan.example/news/1203", Lang: "ja", Published: day(3), Source: "沿岸生態研究機構",
			Title:   "不正アクセスによる個人情報流出の可能性について",
			Text:    "沿岸生態研究機構は、不正アクセスにより職員計2,046名の個人情報が流出した可能性があると発表しました。",
			Victims: []string{"沿岸生態研究機構"}, Records: &n},
		{URL: "https://nippo.example/2025/12/04/kaigan", Lang: "ja", Published: day(4), Source: "港日報",
			Title:   "沿岸生態研究機構に不正アクセス　2046人分流出か",
			Text:    "沿岸生態研究機構は3日、不正アクセスを受け、職員ら計2046人分の氏名などが流出した可能性があると発表した。",
			Victims: []string{"沿岸生態研究機構"}, Records: &n},
		{URL: "https://suisan.example/2025/12/05/kaigan", Lang: "ja", Published: day(5), Source: "水産日報",
			Title:   "沿岸生態研究機構、職員情報流出の恐れ",
			Text:    "沿岸生態研究機構が不正アクセスを受けた問題で、同機構は流出の恐れがある人数を2046人と明らかにした。",
			Victims: []string{"沿岸生態研究機構"}, Records: &n},
	}
	now := time.Date(2025, 12, 6, 0, 0, 0, 0, time.UTC)
	var recs []*record
	for _, a := range arts {
		recs = append(recs, newRecord(a, now))
	}
	plain := buildStory("s1", recs, nil, now, nil, nil)
	learned := buildStory("s1", recs, nil, now, nil, spellings{"沿岸生態研究機構": "Coastal Ecology Research Organization"})
	if !slices.Equal(plain.Victims, learned.Victims) {
		t.Errorf("a learned spelling changed the story's own choice: %q, with it %q", plain.Victims, learned.Victims)
	}
	// A story of Japanese reports only still takes the learned spelling.
	ja := buildStory("s2", recs[1:], nil, now, nil, spellings{"沿岸生態研究機構": "Coastal Ecology Research Organization"})
	if !slices.Equal(ja.Victims, []string{"Coastal Ecology Research Organization"}) {
		t.Errorf("a Japanese-only story's victims = %q, want the learned spelling", ja.Victims)
	}
}
