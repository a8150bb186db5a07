package incident

import "testing"

// TestSession13PlaceGovernment: a local story names a municipality only by
// its place and "the city": the place's government is the victim, while a
// place that only locates a company, or that the story never calls "the
// city", is none.
func TestSession13PlaceGovernment(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "headline subject and dateline are the place, the lead says 'the city says'",
			lang:  "en", title: "Brockwell Falls says cyberattack exposed data of 2,100 residents",
			text: "BROCKWELL FALLS — The city says personal details of 2,104 residents were stolen in a cyberattack that took its permit portal offline in March.\n\nThe city manager said letters went out on Friday.",
			want: []string{"Brockwell Falls"},
		},
		{
			class: "an attack on the place, the town's servers",
			lang:  "en", title: "Ransomware attack on Tilbury Cross disrupts council tax payments",
			text: "Residents of Tilbury Cross cannot pay council tax online after a ransomware attack encrypted the town's servers on Sunday. The town said it had called in outside specialists.",
			want: []string{"Tilbury Cross"},
		},
		{
			class: "the place only locates a company the story is about",
			lang:  "en", title: "Brockwell Falls hit by factory breach",
			text: "BROCKWELL FALLS — Hackers stole design files from a gearbox plant, its owner said. The plant employs 300 people.",
			want: nil,
		},
	})
}
