package merge_test

import (
	"fmt"
	"time"

	"github.com/breachwire/breachwire/index/merge"
)

func ExampleSame() {
	at := time.Date(2019, 3, 29, 9, 0, 0, 0, time.UTC)
	three := int64(3100000)
	en := merge.Doc{
		URL: "https://news.example/toyota", Lang: "en", Published: at,
		Title:   "Toyota says data of 3.1 million customers may have leaked",
		Text:    "Hackers breached servers of Toyota's Tokyo sales subsidiaries, the carmaker said.",
		Victims: []string{"Toyota"}, Records: &three,
	}
	ja := merge.Doc{
		URL: "https://newsroom.example/jp/0329", Lang: "ja", Published: at.Add(-3 * time.Hour),
		Title:   "販売店への不正アクセスについて",
		Text:    "当社の販売子会社であるトヨタ東京販売ホールディングスのサーバーが不正アクセスを受けました。",
		Victims: []string{"トヨタ"}, Records: &three,
	}
	vietnam := merge.Doc{
		URL: "https://news.example/toyota-vietnam", Lang: "en", Published: at.Add(72 * time.Hour),
		Title:   "Toyota Vietnam discloses possible data breach",
		Text:    "Toyota Vietnam said hackers may have accessed customer data.",
		Victims: []string{"Toyota"},
	}
	fmt.Println(merge.Same(en, ja), merge.Same(en, vietnam))
	s := merge.Summarize([]merge.Doc{en, ja})
	fmt.Println(s.Title, s.Victims, *s.Records, s.Languages)
	// Output:
	// true false
	// Toyota says data of 3.1 million customers may have leaked [Toyota] 3100000 [en ja]
}
