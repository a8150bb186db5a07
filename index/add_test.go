package index

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract"
)

func byURL(t *testing.T, arts []extract.Article, url string) extract.Article {
	t.Helper()
	for _, a := range arts {
		if a.URL == url {
			return a
		}
	}
	t.Fatalf("no test article %s", url)
	return extract.Article{}
}

// groups returns the article URL sets of every story, sorted.
func groups(t *testing.T, ix *Index) []string {
	t.Helper()
	sts, err := ix.Stories(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, st := range sts {
		var urls []string
		for _, a := range st.Articles {
			urls = append(urls, a.URL)
		}
		out = append(out, urls)
	}
	return set(out...)
}

func TestAddMergesCoverage(t *testing.T) {
	ix, _ := openTemp(t)
	arts := loadArticles(t, "testdata/articles.jsonl")
	res, err := ix.Add(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 6 || res.NewStories() != 4 || res.UpdatedStories() != 0 || len(res.Created) != 4 {
		t.Errorf("Add = %+v", res)
	}
	if got, want := groups(t, ix), set(toyota, australia, hospital, sakura); !slices.Equal(got, want) {
		t.Fatalf("stories =\n %q\nwant\n %q", got, want)
	}
	st := storyOf(t, ix, urlToyotaJA)
	if !slices.Equal(st.Victims, []string{"Toyota"}) || st.Records == nil || *st.Records != 3100000 ||
		!slices.Equal(st.Actors, []string{"APT32"}) || !slices.Equal(st.Languages, []string{"en", "ja"}) {
		t.Errorf("Toyota story = %+v", st)
	}
	origins := 0
	for _, a := range st.Articles {
		if a.Origin {
			origins++
			if a.URL != st.Origin {
				t.Errorf("article %s marked origin, story origin %s", a.URL, st.Origin)
			}
		}
	}
	if origins != 1 {
		t.Errorf("%d origin articles", origins)
	}
	if !st.FirstSeen.Equal(time.Date(2019, 3, 29, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("first seen %v", st.FirstSeen)
	}
}

// storyOf finds the story holding the article at url.
func storyOf(t *testing.T, ix *Index, url string) *Story {
	t.Helper()
	res := mustSearch(t, ix, SearchRequest{Query: `url:"` + url + `"`})
	if len(res.Stories) != 1 {
		t.Fatalf("url:%s gave %d stories", url, len(res.Stories))
	}
	return &res.Stories[0].Story
}

func TestAddOrderDoesNotMatter(t *testing.T) {
	arts := loadArticles(t, "testdata/articles.jsonl")
	want := set(toyota, australia, hospital, sakura)
	orders := map[string][][]extract.Article{"one at a time, reversed": nil, "pairs": nil}
	for i := len(arts) - 1; i >= 0; i-- {
		orders["one at a time, reversed"] = append(orders["one at a time, reversed"], arts[i:i+1])
	}
	for i := 0; i < len(arts); i += 2 {
		orders["pairs"] = append(orders["pairs"], []extract.Article{arts[(i+3)%6], arts[(i+4)%6]})
	}
	for name, batches := range orders {
		t.Run(name, func(t *testing.T) {
			ix, _ := openTemp(t)
			for _, b := range batches {
				if _, err := ix.Add(context.Background(), b); err != nil {
					t.Fatal(err)
				}
			}
			if got := groups(t, ix); !slices.Equal(got, want) {
				t.Errorf("stories =\n %q\nwant\n %q", got, want)
			}
		})
	}
}

func TestStoryAliasAfterMerge(t *testing.T) {
	ctx := context.Background()
	arts := loadArticles(t, "testdata/articles.jsonl")
	// Without its facts, and with the victim's name written out of it, the
	// English report is linked to the Japanese release by nothing; the
	// repost, a near-copy of it that names Toyota and the figure, is the
	// same incident as both.
	bare := byURL(t, arts, urlToyotaEN)
	anon := strings.NewReplacer("Toyota's", "the carmaker's", "Toyota", "the carmaker")
	bare.Title, bare.Text = anon.Replace(bare.Title), anon.Replace(bare.Text)
	bare.Victims, bare.Records, bare.Actors = nil, nil, nil
	bare.Incident = byURL(t, arts, urlHospital).Incident
	bare.Incident.Records, bare.Incident.Actors, bare.Incident.Victims = nil, nil, nil
	ix, _ := openTemp(t)
	if _, err := ix.Add(ctx, []extract.Article{bare, byURL(t, arts, urlToyotaJA)}); err != nil {
		t.Fatal(err)
	}
	if got := groups(t, ix); len(got) != 2 {
		t.Fatalf("before the repost: %q", got)
	}
	enID, jaID := storyOf(t, ix, urlToyotaEN).ID, storyOf(t, ix, urlToyotaJA).ID
	res, err := ix.Add(ctx, []extract.Article{byURL(t, arts, urlToyotaRe)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 1 || res.NewStories() != 0 || res.UpdatedStories() != 1 || len(res.Updated) != 1 {
		t.Errorf("Add = %+v", res)
	}
	if got := groups(t, ix); !slices.Equal(got, set(toyota)) {
		t.Fatalf("after the repost: %q", got)
	}
	// The Japanese release came first, so its story's id survives.
	for _, id := range []string{enID, jaID} {
		st, err := ix.Story(ctx, id)
		if err != nil {
			t.Fatalf("Story(%s): %v", id, err)
		}
		if st.ID != jaID || len(st.Articles) != 3 || !slices.Equal(st.Aliases, []string{enID}) {
			t.Errorf("Story(%s) = id %s, %d articles, aliases %v", id, st.ID, len(st.Articles), st.Aliases)
		}
	}
	if _, err := ix.Story(ctx, "nosuchstory"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestAddSkipsKnownURLs(t *testing.T) {
	ctx := context.Background()
	ix := corpus(t)
	arts := loadArticles(t, "testdata/articles.jsonl")
	res, err := ix.Add(ctx, append(arts, arts[0]))
	if err != nil || res.Articles != 0 || res.NewStories() != 0 || res.UpdatedStories() != 0 {
		t.Fatalf("re-adding: %+v, %v", res, err)
	}
	if ok, err := ix.Has(ctx, urlToyotaJA); !ok || err != nil {
		t.Errorf("Has(known) = %v, %v", ok, err)
	}
	if ok, err := ix.Has(ctx, "https://example.com/other"); ok || err != nil {
		t.Errorf("Has(unknown) = %v, %v", ok, err)
	}
	n := arts[4]
	n.URL = "https://mirror.example/hospital"
	res, err = ix.Add(ctx, []extract.Article{n, n})
	if err != nil || res.Articles != 1 {
		t.Fatalf("new url twice: %+v, %v", res, err)
	}
}

func TestStoriesSince(t *testing.T) {
	ix := corpus(t)
	all, err := ix.Stories(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != storiesInAll {
		t.Fatalf("%d stories", len(all))
	}
	for i := 1; i < len(all); i++ {
		if all[i].Updated.After(all[i-1].Updated) {
			t.Errorf("not newest first: %v then %v", all[i-1].Updated, all[i].Updated)
		}
	}
	since := time.Date(2019, 3, 30, 7, 30, 0, 0, time.UTC) // the repost: inclusive
	got, err := ix.Stories(context.Background(), since)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[2].Updated != since {
		t.Errorf("Stories(since) = %d stories, last updated %v", len(got), got[len(got)-1].Updated)
	}
	changed, err := ix.ChangedStories(context.Background(), time.Now().Add(-time.Hour))
	if err != nil || len(changed) != storiesInAll {
		t.Errorf("ChangedStories = %d, %v", len(changed), err)
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Add(ctx, loadArticles(t, "testdata/articles.jsonl")); err != nil {
		t.Fatal(err)
	}
	before := groups(t, ix)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := groups(t, ix); !slices.Equal(got, before) {
		t.Errorf("after reopen %q, before %q", got, before)
	}
	if res := mustSearch(t, ix, SearchRequest{Query: "トヨタ"}); res.Total != 1 {
		t.Errorf("トヨタ after reopen: %d", res.Total)
	}
}

func TestOpenLocked(t *testing.T) {
	ix, dir := openTemp(t)
	_, err := Open(dir)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	if _, err := OpenReadOnly(dir); !errors.Is(err, ErrLocked) {
		t.Fatalf("OpenReadOnly while held: %v, want ErrLocked", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	r1, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer r2.Close()
	if _, err := r1.Add(context.Background(), nil); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Add on reader: %v", err)
	}
}

func TestVictimBucketsCoverWindow(t *testing.T) {
	d := time.Date(2019, 3, 29, 6, 0, 0, 0, time.UTC)
	w := 365 * 24 * time.Hour
	got := victimBuckets([]string{"toyota"}, d, w)
	for _, other := range []time.Time{d.Add(-w), d.Add(-w / 3), d, d.Add(w / 2), d.Add(w), {}} {
		if !slices.Contains(got, victimBucket("toyota", other)) {
			t.Errorf("weeks around %v miss %v: %v", d, other, got)
		}
	}
	if slices.Contains(got, victimBucket("toyota", d.Add(w+victimSpan))) || len(got) > 11 {
		t.Errorf("weeks too wide: %v", got)
	}
}

// TestStoryArticlesSpellVictimAsStory: an article that writes the story's
// victim in katakana lists it, inside the story, as the story spells it.
func TestStoryArticlesSpellVictimAsStory(t *testing.T) {
	ix, _ := openTemp(t)
	d := time.Date(2025, 5, 12, 9, 0, 0, 0, time.UTC)
	recs := int64(48210)
	en := extract.Article{URL: "https://news.example/kestrel", Lang: "en", Published: &d, Source: "News",
		Title:   "Kestrel Bank says hackers stole data of 48,210 customers",
		Text:    "Kestrel Bank said hackers stole data of 48,210 customers in a breach of its loan system.",
		Victims: []string{"Kestrel Bank"}, Records: &recs}
	d2 := d.Add(20 * time.Hour)
	ja := extract.Article{URL: "https://news.example.jp/kestrel", Lang: "ja", Published: &d2, Source: "ニュース",
		Title:   "ケストレル・バンク、顧客4万8210人の情報流出",
		Text:    "米国のケストレル・バンクは、融資システムへの不正アクセスにより顧客4万8210人の情報が流出したと発表した。",
		Victims: []string{"ケストレル・バンク"}, Records: &recs}
	if _, err := ix.Add(context.Background(), []extract.Article{en, ja}); err != nil {
		t.Fatal(err)
	}
	st := storyOf(t, ix, ja.URL)
	if len(st.Articles) != 2 {
		t.Fatalf("the two reports are %d stories' worth: %+v", len(st.Articles), st)
	}
	for _, a := range st.Articles {
		if !slices.Equal(a.Victims, []string{"Kestrel Bank"}) {
			t.Errorf("article %s victims = %q, want the story's spelling", a.URL, a.Victims)
		}
		if a.Lang == "ja" && !slices.Equal(a.VictimsWritten, []string{"ケストレル・バンク"}) {
			t.Errorf("article %s victims as written = %q, want its own spelling", a.URL, a.VictimsWritten)
		}
	}
}

// TestLearnedSpellingReachesOtherStories: a company's Japanese notice
// names it in kanji, which merging ties to the English coverage of one
// incident by a shared figure; the company's other incident, told only in
// Japanese, is then spelt the same way, whichever incident the index
// stores first, and an unrelated Japanese-only story keeps its name.
func TestLearnedSpellingReachesOtherStories(t *testing.T) {
	day := func(y int, m time.Month, d int) *time.Time {
		t := time.Date(y, m, d, 3, 0, 0, 0, time.UTC)
		return &t
	}
	n := func(v int64) *int64 { return &v }
	coverage := []extract.Article{
		{URL: "https://news.example/yukimori-2025", Lang: "en", Published: day(2025, 6, 10), Source: "News",
			Title:   "Yukimori Motor says dealer database breach exposed 1.2 million customers",
			Text:    "Yukimori Motor said attackers broke into a database of its sales subsidiaries, exposing data on up to 1.2 million customers.",
			Victims: []string{"Yukimori Motor"}, Records: n(1200000)},
		{URL: "https://yukimori.example/jp/news/0609", Lang: "ja", Published: day(2025, 6, 9), Source: "雪森自動車",
			Title:   "当社販売子会社への不正アクセスに関するお詫びとお知らせ",
			Text:    "当社販売子会社のサーバーが不正アクセスを受け、最大約120万人分のお客様情報が流出した可能性があることが判明しました。",
			Victims: []string{"雪森自動車"}, Records: n(1200000)},
	}
	earlier := extract.Article{URL: "https://yukimori.example/jp/news/2021-0402", Lang: "ja", Published: day(2021, 4, 2), Source: "雪森自動車",
		Title:   "アプリ登録情報の外部閲覧可能状態に関するお知らせ",
		Text:    "当社が提供するスマートフォンアプリにおいて、クラウド環境の設定に誤りがあり、お客様情報の一部が外部から閲覧可能な状態となっていたことが判明いたしました。",
		Victims: []string{"雪森自動車"}, Records: n(27000)}
	// A trade paper's report of the earlier incident, in kanji, beside a
	// notice the site spells in Latin letters.
	earlierNews := extract.Article{URL: "https://hoken.example/jp/2021/0403-yukimori", Lang: "ja", Published: day(2021, 4, 3), Source: "業界紙",
		Title:   "雪森自動車のアプリで顧客情報が閲覧可能に",
		Text:    "雪森自動車は、スマートフォンアプリのクラウド設定の誤りにより、顧客情報2万7000人分が外部から閲覧可能だったと発表した。",
		Victims: []string{"雪森自動車"}, Records: n(27000)}
	earlierLatin := earlier
	earlierLatin.Victims = []string{"Yukimori Motor"}
	other := extract.Article{URL: "https://itnews.example/jp/minato", Lang: "ja", Published: day(2025, 6, 12), Source: "ITニュース",
		Title:   "みなと精工にランサムウェア攻撃",
		Text:    "みなと精工は、サーバーがランサムウェアに感染したと発表した。",
		Victims: []string{"みなと精工"}}
	for name, batches := range map[string][][]extract.Article{
		"notice first":   {{earlier, other}, coverage},
		"coverage first": {coverage, {earlier, other}},
		"one batch":      {append(append([]extract.Article{}, coverage...), earlier, other)},
		// The earlier story names the company both ways until the
		// coverage teaches the index that they are one.
		"both spellings first": {{earlierLatin, earlierNews, other}, coverage},
	} {
		t.Run(name, func(t *testing.T) {
			ix, _ := openTemp(t)
			for _, b := range batches {
				if _, err := ix.Add(context.Background(), b); err != nil {
					t.Fatal(err)
				}
			}
			st := storyOf(t, ix, earlier.URL)
			if !slices.Equal(st.Victims, []string{"Yukimori Motor"}) {
				t.Errorf("earlier incident's story victims = %q, want [Yukimori Motor]", st.Victims)
			}
			want := 1
			if name == "both spellings first" {
				want = 2
			}
			if len(st.Articles) != want {
				t.Errorf("earlier incident's story has %d articles, want %d: %+v", len(st.Articles), want, st.Articles)
			}
			for _, a := range st.Articles {
				if !slices.Equal(a.Victims, []string{"Yukimori Motor"}) {
					t.Errorf("earlier incident's article %s victims = %q, want [Yukimori Motor]", a.URL, a.Victims)
				}
			}
			if o := storyOf(t, ix, other.URL); !slices.Equal(o.Victims, []string{"みなと精工"}) {
				t.Errorf("unrelated story victims = %q, want [みなと精工]", o.Victims)
			}
		})
	}
}

// TestAddResultThen: the results of two Adds of one crawl sum as one Add
// would say it: a story the first made and the second merged away is no
// new story, one the first made and the second changed is new.
func TestAddResultThen(t *testing.T) {
	first := AddResult{Articles: 3, Created: []string{"s1", "s2"}, Updated: []string{"s0"}}
	second := AddResult{Articles: 2, Created: []string{"s3"}, Updated: []string{"s1", "s4"}, Removed: []string{"s2", "s5"}}
	got := first.Then(second)
	if got.Articles != 5 || got.NewStories() != 2 || got.UpdatedStories() != 2 {
		t.Errorf("Then = %+v, want 5 articles, 2 new stories (s1, s3), 2 updated (s0, s4)", got)
	}
	if !slices.Equal(got.Created, []string{"s1", "s3"}) || !slices.Equal(got.Updated, []string{"s0", "s4"}) || !slices.Equal(got.Removed, []string{"s5"}) {
		t.Errorf("Then ids = created %q updated %q removed %q", got.Created, got.Updated, got.Removed)
	}
}
