package index_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/index"
)

func Example() {
	dir, err := os.MkdirTemp("", "breachwire-index")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ix, err := index.Open(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	published := time.Date(2019, 3, 29, 6, 0, 0, 0, time.UTC)
	records := int64(3100000)
	res, err := ix.Add(context.Background(), []extract.Article{{
		URL: "https://newsroom.example.jp/2019/0329.html", Lang: "ja", Published: &published,
		Title:   "販売店への不正アクセスについて",
		Text:    "トヨタ自動車の販売会社のサーバーが不正アクセスを受け、最大約310万人の情報が流出した可能性があります。",
		Victims: []string{"Toyota"}, Records: &records,
	}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Articles, "article,", res.NewStories(), "new story")

	found, err := ix.Search(context.Background(), index.SearchRequest{Query: "トヨタ records:>1000000"})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range found.Stories {
		fmt.Println(h.Victims, *h.Records, h.Languages)
	}
	// Output:
	// 1 article, 1 new story
	// [Toyota] 3100000 [ja]
}
