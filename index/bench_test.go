package index

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/breachwire/breachwire/extract"
)

var (
	benchSizes = flag.String("index.sizes", "10000", "comma-separated index sizes (articles) for BenchmarkAdd and BenchmarkSearch, e.g. 10000,100000")
	benchDir   = flag.String("index.benchdir", "", "keep generated base indexes in this directory and reuse them across runs")
	benchFlat  = flag.Bool("index.flat", false, "build the base as one story per generated article, written directly without merging (fast to build at any size)")
)

// generator makes articles that look like a news feed: words from a fixed
// vocabulary, one of many victims, figures and actors on some, one in ten
// in Japanese, dates over five years. Seeded, so every run makes the same.
type generator struct {
	rng     *rand.Rand
	words   []string
	victims []string
	actors  []string
	jaWords []string
}

// victimSuffixes end the generated victims' names.
var victimSuffixes = []string{"Corp", "Bank", "Health", "Group", "Systems", "Foods", "Logistics", "Insurance", "Energy", "University"}

// newGenerator makes a generator of articles about 5,000 victims.
func newGenerator(seed uint64) *generator { return newGeneratorFor(seed, 20_000) }

// newGeneratorFor makes a generator for a feed of n articles: one victim
// for every four articles (at least 5,000), as a real feed names new
// victims as it grows. With a fixed pool, each victim's coverage would grow
// with the index, and a benchmark of index size would measure story size.
func newGeneratorFor(seed uint64, n int) *generator {
	g := &generator{rng: rand.New(rand.NewPCG(seed, 7))}
	syll := []string{"ka", "to", "ri", "mo", "se", "na", "lu", "pe", "di", "vo", "ra", "en", "ut", "is", "al"}
	for i := 0; i < 4000; i++ {
		var b strings.Builder
		for n := 2 + g.rng.IntN(3); n > 0; n-- {
			b.WriteString(syll[g.rng.IntN(len(syll))])
		}
		g.words = append(g.words, b.String())
	}
	// Victim names are two vocabulary words run together, so that distinct
	// victims rarely share a first word (as American Airlines and American
	// Express do, but not by the dozen).
	nv := max(n/4, 5000)
	for i := 0; i < nv; i++ {
		w := g.words[i%len(g.words)] + g.words[(i/len(g.words)*131+i*7+13)%len(g.words)]
		g.victims = append(g.victims, strings.ToUpper(w[:1])+w[1:]+" "+victimSuffixes[i%len(victimSuffixes)])
	}
	for i := 0; i < 60; i++ {
		g.actors = append(g.actors, "APT"+strconv.Itoa(i+1))
	}
	// Japanese texts mix common breach words with 3,000 other two-kanji
	// words, so that two generated Japanese reports are no nearer to each
	// other than two English ones.
	g.jaWords = []string{"不正アクセス", "情報", "流出", "会員", "サーバー", "被害", "調査", "お客様", "個人情報", "漏えい", "ランサムウェア", "攻撃", "確認", "公表", "システム", "障害"}
	kanji := []rune("安以宇衣於加幾久計己左之寸世曽太知川天止奈仁奴祢乃波比不部保末美武女毛也由与良利留礼呂和遠会社市町村県国大学病院銀行電機製作所商事工業情報通信運輸食品薬品化学鉄鋼")
	for range 3000 {
		g.jaWords = append(g.jaWords, string([]rune{kanji[g.rng.IntN(len(kanji))], kanji[g.rng.IntN(len(kanji))]}))
	}
	return g
}

func (g *generator) article(i int) extract.Article {
	pub := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(g.rng.IntN(5*365*24)) * time.Hour)
	a := extract.Article{
		URL:       fmt.Sprintf("https://gen%d.example/%d/%d", i%40, i, g.rng.Uint32()),
		Lang:      "en",
		Published: &pub,
		Fetched:   pub.Add(time.Hour),
		Source:    fmt.Sprintf("Source %d", i%40),
		Victims:   []string{g.victims[g.rng.IntN(len(g.victims))]},
	}
	var b strings.Builder
	if i%10 == 9 {
		a.Lang = "ja"
		for n := 0; n < 60; n++ {
			b.WriteString(g.jaWords[g.rng.IntN(len(g.jaWords))])
			b.WriteString([]string{"の", "を", "が", "は", "。"}[g.rng.IntN(5)])
		}
	} else {
		for n := 0; n < 180; n++ {
			b.WriteString(g.words[g.rng.IntN(len(g.words))])
			b.WriteByte(" .\n"[min(g.rng.IntN(12), 2)])
		}
	}
	a.Title = a.Victims[0] + " breach " + g.words[g.rng.IntN(len(g.words))]
	a.Text = a.Victims[0] + " said attackers reached its systems. " + b.String()
	if g.rng.IntN(2) == 0 {
		// Tallies spread over orders of magnitude, as reported ones do
		// (a few hundred to hundreds of millions), not evenly in one.
		r := int64(math.Round(math.Pow(10, 2.5+g.rng.Float64()*6)))
		a.Records = &r
	}
	if g.rng.IntN(4) == 0 {
		a.Actors = []string{g.actors[g.rng.IntN(len(g.actors))]}
	}
	return a
}

func sizes(b *testing.B) []int {
	var out []int
	for _, s := range strings.Split(*benchSizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			b.Fatalf("bad -index.sizes %q", *benchSizes)
		}
		out = append(out, n)
	}
	return out
}

// baseIndexOf opens an index holding n generated articles, building it in
// batches (flat: one story per article, see writeFlat) when it is not kept
// from an earlier run (-index.benchdir).
func baseIndexOf(b *testing.B, n int, flat bool) *Index {
	b.Helper()
	dir := b.TempDir()
	if *benchDir != "" {
		dir = filepath.Join(*benchDir, strconv.Itoa(n))
		if flat {
			dir = filepath.Join(*benchDir, "flat-"+strconv.Itoa(n))
		}
	}
	_, statErr := os.Stat(filepath.Join(dir, DirName))
	ix, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	if statErr == nil {
		settle(b, ix)
		return ix
	}
	g := newGeneratorFor(1, n)
	start := time.Now()
	const batch = 1000
	for i := 0; i < n; i += batch {
		arts := make([]extract.Article, 0, batch)
		for j := i; j < min(i+batch, n); j++ {
			arts = append(arts, g.article(j))
		}
		if flat {
			writeFlat(b, ix, arts)
		} else if _, err := ix.Add(context.Background(), arts); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("built %d articles in %v", n, time.Since(start))
	settle(b, ix)
	return ix
}

// writeFlat stores each article as a story of its own, without looking
// for candidates: a base of n stories for search benchmarks, built in a
// fraction of the time merging takes.
func writeFlat(b *testing.B, ix *Index, arts []extract.Article) {
	now := time.Now().UTC()
	batch := ix.b.NewBatch()
	for _, a := range arts {
		r := newRecord(a, now)
		r.Story = newStoryID(a.URL)
		if _, err := indexRecord(batch, r); err != nil {
			b.Fatal(err)
		}
		recs := []*record{r}
		st := buildStory(r.Story, recs, nil, now, nil, nil)
		js, err := json.Marshal(st)
		if err != nil {
			b.Fatal(err)
		}
		if err := batch.Index(storyDocID(r.Story), storyFields(st, recs, string(js))); err != nil {
			b.Fatal(err)
		}
	}
	if err := ix.b.Batch(batch); err != nil {
		b.Fatal(err)
	}
	ix.gen.Add(1)
}

// settle lets scorch finish the segment merges its merger would do in the
// background anyway, so that a benchmark does not time an index still
// catching up from its bulk build (nor compete with that work).
func settle(b *testing.B, ix *Index) {
	b.Helper()
	adv, err := ix.b.Advanced()
	if err != nil {
		b.Fatal(err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return
	}
	opts := mergeplan.DefaultMergePlanOptions
	if err := s.ForceMerge(context.Background(), &opts); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkAdd measures adding articles on top of indexes of the sizes in
// -index.sizes: one article per Add (one durable batch each) and twenty
// per Add, as a crawl of one feed would; ms/article is the figure to read.
func BenchmarkAdd(b *testing.B) {
	for _, n := range sizes(b) {
		for _, per := range []int{1, 20} {
			name := fmt.Sprintf("%d/per-add-%d", n, per)
			if *benchFlat {
				name = "flat-" + name
			}
			b.Run(name, func(b *testing.B) {
				ix := baseIndexOf(b, n, *benchFlat)
				g := newGeneratorFor(uint64(time.Now().UnixNano()), n)
				arts := make([]extract.Article, b.N*per)
				for i := range arts {
					arts[i] = g.article(n + i)
				}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if _, err := ix.Add(context.Background(), arts[i*per:(i+1)*per]); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N*per), "ms/article")
			})
		}
	}
}

// BenchmarkSearch measures story search with facets and reports the
// latency percentiles over a mix of free-text and field queries.
func BenchmarkSearch(b *testing.B) {
	g := newGenerator(1)
	// A mix of what analysts type: words, names, ranges, Japanese terms,
	// field combinations, and the front page (every story, all facets).
	queries := []string{g.words[5], `victim:"` + g.victims[123] + `"`, "records:>5000000", "lang:ja",
		"不正アクセス", "流出", `published:>"2023-06-01" actor:apt7`, g.words[17] + " " + g.words[99],
		`source:"Source 3" ` + g.words[42], "", g.words[300] + "*", `+` + g.words[7] + ` +lang:en`}
	for _, n := range sizes(b) {
		name := strconv.Itoa(n)
		if *benchFlat {
			name = "flat-" + name
		}
		b.Run(name, func(b *testing.B) {
			ix := baseIndexOf(b, n, *benchFlat)
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				_, err := ix.Search(context.Background(), SearchRequest{Query: queries[i%len(queries)], Facets: true, Limit: 20})
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			b.StopTimer()
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}
