package incident

import "testing"

// TestMunicipalityInLowerCase: local news writes a city, a town or a
// village with its kind in lower case; where the text speaks of the body
// it is the victim under its own name, and where it only places something
// ("a clinic in the town of Redvale") it is not. The places are invented.
func TestMunicipalityInLowerCase(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "the city of X as the subject",
			lang:  "en", title: "Idaho city says it paid no ransom after attack",
			text: "The city of Hollis Ferry, Idaho, confirmed that a cyberattack in May exposed personal data of 7,800 residents, but said it did not pay the ransom. City staff restored the billing system on Friday.",
			want: []string{"City of Hollis Ferry"},
		},
		{
			class: "attack on the town of X",
			lang:  "en", title: "Ransomware attack on the town of Wexley disrupts permits",
			text: "A ransomware attack on the town of Wexley has shut down its permit and tax payment systems, officials said. The town said it had called in state investigators.",
			want: []string{"Town of Wexley"},
		},
		{
			class: "a clinic in the town of X",
			lang:  "en", title: "Dunmore Family Clinic reports data breach",
			text: "Dunmore Family Clinic, a practice in the town of Redvale, said hackers stole records of 2,300 patients. The clinic said it had notified the state attorney general.",
			want: []string{"Dunmore Family Clinic"},
		},
	})
}
