package corpus_test

import (
	"fmt"
	"log"

	"github.com/breachwire/breachwire/internal/corpus"
)

func ExampleLoad() {
	arts, err := corpus.Load("../../testdata/corpus/articles")
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range corpus.Incidents(arts)["toyota-tokyo-2019"] {
		if a.ID == "toyota-tokyo-pr-ja" {
			fmt.Println(a.Lang, a.Kind, a.Labels.Victims, *a.Labels.Records)
		}
	}
	// Output: ja company_pr [Toyota] 3100000
}
