package actors_test

import (
	"fmt"

	"github.com/breachwire/breachwire/extract/actors"
)

func ExampleCatalogue_Find() {
	text := "Researchers linked the breach to OceanLotus; the Play ransomware gang was not involved, despite the display."
	for _, m := range actors.Embedded().Find(text) {
		fmt.Printf("%s (as %q at %d)\n", m.Group.Name, m.Alias, m.Start)
	}
	// Output:
	// APT32 (as "OceanLotus" at 33)
	// Play (as "Play" at 49)
}

func ExampleNew() {
	// A list loaded with Load, e.g. MISP's threat-actor.json, merged into
	// the embedded catalogue: the embedded canonical names win.
	misp := []actors.Group{{Name: "Ocean Lotus Group", Aliases: []string{"APT 32", "Sea Lotus Team"}}}
	emb, err := actors.EmbeddedGroups()
	if err != nil {
		panic(err)
	}
	c := actors.New(emb, misp)
	g, _ := c.Lookup("Sea Lotus Team")
	fmt.Println(g.Name)
	// Output: APT32
}
