package merge

import (
	"slices"
	"testing"
	"time"
)

func TestSummarizeTokyoStory(t *testing.T) {
	s := Summarize([]Doc{tokyoBrief, tokyoRelease, tokyoRepost, tokyoZDNet})
	if s.Origin != tokyoZDNet.URL {
		t.Errorf("Origin = %s, want the report the re-post credits, %s", s.Origin, tokyoZDNet.URL)
	}
	if s.Title != tokyoZDNet.Title {
		t.Errorf("Title = %q, want the origin's %q", s.Title, tokyoZDNet.Title)
	}
	if !slices.Equal(s.Victims, []string{"Toyota"}) {
		t.Errorf("Victims = %v, want [Toyota]", s.Victims)
	}
	if s.Records == nil || *s.Records != 3100000 || s.RecordsQualifier != "up_to" {
		t.Errorf("Records = %v %q, want 3100000 up_to", s.Records, s.RecordsQualifier)
	}
	if !slices.Equal(s.Actors, []string{"APT32"}) {
		t.Errorf("Actors = %v, want [APT32]", s.Actors)
	}
	if !slices.Equal(s.Languages, []string{"en", "ja"}) {
		t.Errorf("Languages = %v, want [en ja]", s.Languages)
	}
	if !s.FirstSeen.Equal(tokyoRelease.Published) || !s.Updated.Equal(tokyoRepost.Published) {
		t.Errorf("FirstSeen, Updated = %v, %v; want %v, %v", s.FirstSeen, s.Updated, tokyoRelease.Published, tokyoRepost.Published)
	}
}

func TestSummarizeOrigin(t *testing.T) {
	early, late := tokyoZDNet, tokyoZDNet
	early.URL, late.URL = "https://a.example/copy", "https://b.example/copy"
	late.Published = early.Published.Add(time.Hour)
	other := tokyoBrief
	other.Published = early.Published.Add(-time.Hour)
	if got := Summarize([]Doc{late, other, early}).Origin; got != early.URL {
		t.Errorf("Origin = %s, want the earliest of the near-duplicates %s", got, early.URL)
	}
	if got := Summarize([]Doc{tokyoBrief, vietnam}).Origin; got != tokyoBrief.URL {
		t.Errorf("Origin = %s, want the earliest report %s", got, tokyoBrief.URL)
	}
}

func TestSummarizeTitlePrefersEnglish(t *testing.T) {
	ja := tokyoRelease
	en := tokyoBrief
	if got := Summarize([]Doc{ja, en}).Title; got != en.Title {
		t.Errorf("Title = %q, want the English report's %q", got, en.Title)
	}
	if got := Summarize([]Doc{ja}).Title; got != ja.Title {
		t.Errorf("Title of a Japanese-only story = %q, want %q", got, ja.Title)
	}
}

func TestSummarizeRecords(t *testing.T) {
	doc := func(v int64, q, source string) Doc {
		return Doc{Victims: []string{"Mitsubishi Electric"}, Records: n64(v), RecordsQualifier: q, Source: source}
	}
	for _, tc := range []struct {
		name string
		docs []Doc
		want int64
		q    string
	}{
		{"most reports agree", []Doc{doc(2000000, "exact", "A"), doc(3000000, "about", "B"), doc(3100000, "up_to", "C"), doc(3100000, "up_to", "D")}, 3100000, "up_to"},
		{"exact beats about", []Doc{doc(8000, "about", "A"), doc(8122, "exact", "B")}, 8122, "exact"},
		{"the victim's own release", []Doc{doc(8000, "about", "A"), doc(8100, "exact", "B"), doc(8122, "about", "Mitsubishi Electric newsroom")}, 8122, "about"},
		{"a lone outlier loses", []Doc{doc(8122, "exact", "A"), doc(8122, "exact", "B"), doc(81220000, "exact", "C")}, 8122, "exact"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Summarize(tc.docs)
			if s.Records == nil || *s.Records != tc.want || s.RecordsQualifier != tc.q {
				t.Errorf("Records = %v %q, want %d %q", s.Records, s.RecordsQualifier, tc.want, tc.q)
			}
		})
	}
	if s := Summarize([]Doc{{Title: "x"}}); s.Records != nil {
		t.Errorf("Records = %d, want nil when no report gives a figure", *s.Records)
	}
}

func TestSummarizeActorsAndVictims(t *testing.T) {
	docs := []Doc{
		{Victims: []string{"トヨタ"}, Actors: []string{"APT32"}, Suspected: []string{"APT32"}},
		{Victims: []string{"Toyota", "Denso"}, Actors: []string{"APT10"}},
		{Victims: []string{"Toyota Motor Corporation"}},
	}
	s := Summarize(docs)
	if !slices.Equal(s.Actors, []string{"APT10"}) {
		t.Errorf("Actors = %v, want the stated [APT10] over the suspected APT32", s.Actors)
	}
	if !slices.Equal(s.Victims, []string{"Toyota"}) {
		t.Errorf("Victims = %v, want [Toyota] (Denso named by one report of three)", s.Victims)
	}
	if s := Summarize(nil); s.Title != "" || s.Origin != "" || s.Records != nil {
		t.Errorf("Summarize(nil) = %+v, want the zero Summary", s)
	}
}

func TestSummarizeTitleNamesTheVictim(t *testing.T) {
	notice := Doc{URL: "https://halverson.example/notice", Lang: "en", Title: "Notice of Data Security Incident",
		Text: "Halverson Health Partners is writing to inform you of an incident.", Victims: []string{"Halverson Health Partners"},
		Published: day("2023-02-20 09:00")}
	news := Doc{URL: "https://news.example/halverson", Lang: "en", Title: "Halverson Health Partners notifies 62,417 patients",
		Text: "Halverson Health Partners said data of 62,417 patients was taken.", Victims: []string{"Halverson Health Partners"},
		Published: day("2023-02-21 09:00")}
	if got := Summarize([]Doc{notice, news}).Title; got != news.Title {
		t.Errorf("Title = %q, want the headline that names the victim, %q", got, news.Title)
	}
}

// TestSummarizeLoneLeakedFigure: one report of four carries a figure only in
// a related-articles line at its end, the others give none; the story has
// no figure. The same figure in that report's opening is kept.
func TestSummarizeLoneLeakedFigure(t *testing.T) {
	base := Doc{Title: "Carmaker's Australian arm hit by cyber attack", Victims: []string{"Toyota"},
		Text: "Toyota Australia said on Thursday it was the victim of an attempted cyber attack. " +
			"Its IT systems were taken offline and no customer data appears to have been taken.\n\n" +
			"The company said its dealers could still sell and service vehicles while staff restored the " +
			"affected systems, and that it was working with the Australian Cyber Security Centre. It gave " +
			"no detail of who was behind the attack or how the attackers got into its network."}
	docs := make([]Doc, 4)
	for i := range docs {
		docs[i] = base
		docs[i].URL = "https://news" + string(rune('a'+i)) + ".example/toyota-au"
	}
	leak := int64(500000000)
	docs[2].Records = &leak
	docs[2].Text += "\n\nRelated: Hotel chain says data of 500 million guests exposed"
	if s := Summarize(docs); s.Records != nil {
		t.Errorf("Records = %d, want none: only one report of four gives it, past its opening", *s.Records)
	}
	docs[2].Text = "About 500 million records were exposed, Toyota Australia said. " + base.Text
	if s := Summarize(docs); s.Records == nil || *s.Records != leak {
		t.Errorf("Records = %v, want %d stated in the report's opening", s.Records, leak)
	}
}

func TestSummaryVictimsOneNameTwoSpellings(t *testing.T) {
	docs := []Doc{
		{Title: "a", Victims: []string{"Lakemont Dialysis Partners"}},
		{Title: "b", Victims: []string{"Lakemont Dialysis"}},
		{Title: "c", Victims: []string{"Lakemont Dialysis Partners", "Consolidated Subsidiary"}},
	}
	s := Summarize(docs)
	if len(s.Victims) != 1 || s.Victims[0] != "Lakemont Dialysis Partners" {
		t.Errorf("Summarize victims = %q, want one name, the most given spelling", s.Victims)
	}
	// A product word after a provider's name ("Cloud") is one of those
	// tails too: a status post signed by the company and reports on its
	// cloud name one victim.
	cloud := Summarize([]Doc{
		{Title: "a", Victims: []string{"Vellcrest Cloud"}},
		{Title: "b", Victims: []string{"Vellcrest"}},
		{Title: "c", Victims: []string{"Vellcrest Cloud"}},
	})
	if !slices.Equal(cloud.Victims, []string{"Vellcrest Cloud"}) {
		t.Errorf("Summarize victims = %q, want [Vellcrest Cloud]", cloud.Victims)
	}
}

func TestStorySpelling(t *testing.T) {
	story := []string{"Bradford Health", "Kestrel Bank"}
	cases := []struct{ in, want []string }{
		{[]string{"ブラッドフォード・ヘルス"}, []string{"Bradford Health"}},
		{[]string{"BRADFORD HEALTH"}, []string{"Bradford Health"}},
		{[]string{"Bradford Health Inc."}, []string{"Bradford Health"}},
		{[]string{"ブラッドフォード・ヘルス", "Bradford Health"}, []string{"Bradford Health"}},
		{[]string{"Ridgeway Clinic"}, []string{"Ridgeway Clinic"}},
		{[]string{"三ツ森化成"}, []string{"三ツ森化成"}},
		{[]string{"Practice", "Bradford Health"}, []string{"Bradford Health"}},
		{[]string{"当社"}, []string{}},
	}
	for _, c := range cases {
		if got := StorySpelling(c.in, story); !slices.Equal(got, c.want) {
			t.Errorf("StorySpelling(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOneVictimAcrossScripts checks that a story on one company, named in
// Latin letters by its English coverage and only in kanji by its own
// Japanese notice, names it once, in Latin letters, and spells the
// notice's victim so too.
func TestOneVictimAcrossScripts(t *testing.T) {
	docs := []Doc{
		{Lang: "en", Title: "Hackers raid Sorahata Motor dealer database", Victims: []string{"Sorahata Motor"}},
		{Lang: "en", Title: "Sorahata Motor breach: 1.2M car buyers", Victims: []string{"Sorahata Motor"}},
		{Lang: "ja", Title: "当社子会社における不正アクセスに関するお詫び", Victims: []string{"空端自動車"}},
	}
	s := Summarize(docs)
	if !slices.Equal(s.Victims, []string{"Sorahata Motor"}) {
		t.Errorf("story victims %q, want [Sorahata Motor]", s.Victims)
	}
	if got := StorySpelling([]string{"空端自動車"}, s.Victims); !slices.Equal(got, []string{"Sorahata Motor"}) {
		t.Errorf("the notice's victim spelt %q, want [Sorahata Motor]", got)
	}
	if got := StorySpelling([]string{"Asanagi Memorial Hospital"}, []string{"朝凪記念病院"}); !slices.Equal(got, []string{"朝凪記念病院"}) {
		t.Errorf("English coverage of a Japanese-only hospital spelt %q, want its story's [朝凪記念病院]", got)
	}
	two := append(docs, Doc{Lang: "ja", Title: "印刷委託先への攻撃", Victims: []string{"北辰印刷", "空端自動車"}})
	if s := Summarize(two); !slices.Contains(s.Victims, "Sorahata Motor") || slices.Contains(s.Victims, "空端自動車") {
		t.Errorf("with a report naming two victims, story victims %q, want Sorahata Motor once, in Latin letters", s.Victims)
	}
}

// TestStoryNamesAgree checks the spellings one story unifies: a Latin name
// and its short katakana spelling, a brand and its fuller name; and two
// different names it keeps.
func TestStoryNamesAgree(t *testing.T) {
	s := Summarize([]Doc{
		{Title: "a", Lang: "en", Victims: []string{"Tarrowby"}},
		{Title: "b", Lang: "en", Victims: []string{"Tarrowby"}},
		{Title: "c", Lang: "en", Victims: []string{"Tarrowby Pharmacy"}},
		{Title: "d", Lang: "ja", Victims: []string{"タロウビー"}},
	})
	if !slices.Equal(s.Victims, []string{"Tarrowby"}) {
		t.Errorf("Summarize victims = %q, want [Tarrowby]", s.Victims)
	}
	if got := StorySpelling([]string{"Tarrowby Pharmacy"}, []string{"Tarrowby"}); !slices.Equal(got, []string{"Tarrowby"}) {
		t.Errorf("StorySpelling = %q, want [Tarrowby]", got)
	}
	for _, p := range [][2]string{{"Tarrowby", "Kestrel Bank"}, {"Tarrowby", "タロウズ"}, {"Bank", "Bank of Wexmoor"}} {
		if storyNamesAgree(p[0], p[1]) {
			t.Errorf("storyNamesAgree(%q, %q) = true", p[0], p[1])
		}
	}
}

// TestSummarizeRevisedCount: a later report that says it revises the count
// ("raises breach tally to 4.2 million, up from the 3.1 million") gives the
// story its figure, though more reports carry the first one; a later report
// with another figure that revises nothing does not.
func TestSummarizeRevisedCount(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	first := func(d int, src string) Doc {
		return Doc{Source: src, Published: day(d), Victims: []string{"Kessering Pharma"}, Records: n64(3100000), RecordsQualifier: "up_to",
			Title: "Kessering Pharma says data of 3.1 million customers exposed",
			Text:  "Kessering Pharma said attackers reached servers holding data of up to 3.1 million customers."}
	}
	later := Doc{Source: "D", Published: day(9), Victims: []string{"Kessering Pharma"}, Records: n64(4200000), RecordsQualifier: "exact",
		Title: "Kessering Pharma raises breach tally to 4.2 million customers",
		Text:  "Kessering Pharma said its investigation found that data of 4.2 million customers had been exposed, up from the 3.1 million it first reported."}
	docs := []Doc{first(2, "A"), first(2, "B"), first(3, "C"), later}
	if s := Summarize(docs); s.Records == nil || *s.Records != 4200000 {
		t.Errorf("Records = %v, want the revised 4,200,000", s.Records)
	} else if s.Title != later.Title {
		t.Errorf("Title = %q, want the revision's %q, which states the story's figure", s.Title, later.Title)
	}
	plain := later
	plain.Title, plain.Text = "Kessering Pharma breach: what we know", "Kessering Pharma said data of 4.2 million customers may have been exposed."
	if s := Summarize([]Doc{first(2, "A"), first(2, "B"), first(3, "C"), plain}); s.Records == nil || *s.Records != 3100000 {
		t.Errorf("Records = %v, want 3,100,000: the later report revises nothing", s.Records)
	}
	early := later
	early.Published = day(1)
	if s := Summarize([]Doc{first(2, "A"), first(2, "B"), first(3, "C"), early}); s.Records == nil || *s.Records != 3100000 {
		t.Errorf("Records = %v, want 3,100,000: the 'revision' came before the other reports", s.Records)
	}
}

// TestCountRevision: the words of a revised count, and words that only
// look like them (a share price "up from 212p", staff numbers).
func TestCountRevision(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Kessering Pharma raises breach tally to 4.2 million customers", true},
		{"Breach toll climbs to 4.2 million", true},
		{"data of 4.2 million customers had been exposed, up from the 3.1 million it first reported", true},
		{"The number of people affected rose to 212,000", true},
		{"第3報: 上方修正", true},
		{"Kessering shares rose 4%, up from a 212p low", false},
		{"Kessering increased the number of call-centre staff", false},
		{"Updated 9:02 a.m. CT", false},
	} {
		if got := countRevision.MatchString(tc.s); got != tc.want {
			t.Errorf("countRevision(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestSummaryVictimsLoneName: a name one report alone gives beside a victim
// two or more reports give is no second victim; a name in the other script
// is left for the spelling rules, and two names each given by one report
// stay.
func TestSummaryVictimsLoneName(t *testing.T) {
	for _, tc := range []struct {
		docs []Doc
		want []string
	}{
		{[]Doc{{Source: "A", Victims: []string{"Harrowden Orthopaedic Partners"}}, {Source: "B", Victims: []string{"Harrowden Orthopaedic Partners"}}, {Source: "C", Victims: []string{"Sports Medicine"}}}, []string{"Harrowden Orthopaedic Partners"}},
		{[]Doc{{Source: "A", Victims: []string{"Kestrel Ridge Credit Union", "Quillfeather Billing"}}, {Source: "B", Victims: []string{"Kestrel Ridge Credit Union", "Quillfeather Billing"}}, {Source: "C", Victims: []string{"Kestrel Ridge Credit Union"}}}, []string{"Kestrel Ridge Credit Union", "Quillfeather Billing"}},
		{[]Doc{{Source: "A", Victims: []string{"Brackmoor Mutual"}}, {Source: "B", Victims: []string{"Orrin Dental"}}}, []string{"Brackmoor Mutual", "Orrin Dental"}},
	} {
		if got := Summarize(tc.docs).Victims; !slices.Equal(got, tc.want) {
			t.Errorf("Victims = %q, want %q", got, tc.want)
		}
	}
}

// TestStorySpellingAcrossScriptsNeedsTheReading: an English report's one
// victim is spelt as a story's one Japanese name only when it reads as
// that name's start; a supplier the report names keeps its name.
func TestStorySpellingAcrossScriptsNeedsTheReading(t *testing.T) {
	if got := StorySpelling([]string{"Kestrel Components"}, []string{"朝凪記念病院"}); !slices.Equal(got, []string{"Kestrel Components"}) {
		t.Errorf("StorySpelling = %q, want [Kestrel Components]", got)
	}
}

// TestSummarizeOwnRaisedCount: the victim's own later release that raises
// the count (a 第3報 after the press carried the 第2報's figure) gives the
// story its figure without saying "revised"; an own later release with a
// smaller figure, or a later outlet's higher one, does not.
func TestSummarizeOwnRaisedCount(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }
	news := func(d int, src string) Doc {
		return Doc{Source: src, URL: "https://" + src + ".example/a", Lang: "ja", Published: day(d), Victims: []string{"ハルカゼ運輸"}, Records: n64(42000), RecordsQualifier: "up_to",
			Title: "ハルカゼ運輸にランサムウェア攻撃、最大4万2千件流出か",
			Text:  "ハルカゼ運輸は、ランサムウェア攻撃により取引先と顧客の情報最大約4万2千件が流出した可能性があると発表した。"}
	}
	own := func(d int, n int64, title string) Doc {
		return Doc{Source: "ハルカゼ運輸", URL: "https://harukaze-unyu.example/news/" + title, Lang: "ja", Published: day(d), Victims: []string{"ハルカゼ運輸"}, Records: n64(n), RecordsQualifier: "up_to",
			Title: title, Text: "当社サーバーへのランサムウェア攻撃について、調査の結果を下記のとおりお知らせいたします。"}
	}
	second := own(10, 42000, "ランサムウェア被害に関するお知らせ（第2報）")
	third := own(20, 90000, "ランサムウェア被害に関するお知らせ（第3報）")
	if s := Summarize([]Doc{second, news(11, "a"), news(12, "b"), third}); s.Records == nil || *s.Records != 90000 {
		t.Errorf("Records = %v, want the own 第3報's 90,000", s.Records)
	}
	subset := own(20, 8000, "ランサムウェア被害に関するお知らせ（第3報）")
	if s := Summarize([]Doc{second, news(11, "a"), news(12, "b"), subset}); s.Records == nil || *s.Records != 42000 {
		t.Errorf("Records = %v, want 42,000: the later own figure is smaller", s.Records)
	}
	outlet := news(20, "c")
	outlet.Records = n64(90000)
	if s := Summarize([]Doc{second, news(11, "a"), news(12, "b"), outlet}); s.Records == nil || *s.Records != 42000 {
		t.Errorf("Records = %v, want 42,000: an outlet's later figure revises nothing it says", s.Records)
	}
}

// TestSummarizeOwnUpdateOverOwnFirstFigure: the victim's own first notice
// and the press give one figure; its own later update, from a newsroom
// named by the victim's first word, raises it.
func TestSummarizeOwnUpdateOverOwnFirstFigure(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 12, d, 15, 0, 0, 0, time.UTC) }
	doc := func(src, url string, d int, n int64) Doc {
		return Doc{Source: src, URL: url, Lang: "en", Published: day(d), Victims: []string{"Marlowe Regional Hospital"}, Records: n64(n), RecordsQualifier: "exact",
			Title: "Marlowe Regional Hospital data security incident", Text: "Marlowe Regional Hospital said patient information was involved."}
	}
	docs := []Doc{
		doc("Marlowe newsroom", "https://marlowe-hospital.example/news/notice", 1, 12400),
		doc("Health Breach News", "https://hbn.example/marlowe", 2, 12400),
		doc("Clinic IT Weekly", "https://ciw.example/marlowe", 3, 12400),
		doc("Marlowe newsroom", "https://marlowe-hospital.example/news/update", 6, 48750),
	}
	if s := Summarize(docs); s.Records == nil || *s.Records != 48750 {
		t.Errorf("Records = %v, want the own update's 48,750", s.Records)
	}
}

// TestOwnReleaseNeedsNewsroom: a source whose first word opens the
// victim's name is the victim's own only when it is a newsroom.
func TestOwnReleaseNeedsNewsroom(t *testing.T) {
	for _, tc := range []struct {
		source, url, victim string
		want                bool
	}{
		{"Marlowe newsroom", "https://marlowe-hospital.example/news/update", "Marlowe Regional Hospital", true},
		{"Fujisawa IR", "https://fujisawa-seiki.example/ir/2026/1204.html", "Fujisawa Seiki", true},
		{"Bleeping Computer", "https://bleepingcomputer.example/news/security/x", "Computershare", false},
		{"The Guardian", "https://guardian.example/technology/x", "Guardian Life", false},
		{"Dark Reading", "https://darkreading.example/x", "Reading Hospital", false},
	} {
		d := Doc{Source: tc.source, URL: tc.url, Victims: []string{tc.victim}}
		if got := ownRelease(d); got != tc.want {
			t.Errorf("ownRelease(%q on %q) = %v, want %v", tc.victim, tc.source, got, tc.want)
		}
	}
}
