package merge

import (
	"os"
	"testing"

	"github.com/breachwire/breachwire/extract/actors"
	"github.com/breachwire/breachwire/extract/incident"
	"github.com/breachwire/breachwire/internal/corpus"
)

func TestZZSet(t *testing.T) {
	arts, err := corpus.Load(corpus.SetDir(os.Getenv("ZZ_SET")))
	if err != nil {
		t.Fatal(err)
	}
	scoreExtracted(t, os.Getenv("ZZ_SET"), incident.New(actors.Embedded()), arts, true)
}
