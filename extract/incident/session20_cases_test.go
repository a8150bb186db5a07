package incident

import (
	"testing"
	"time"
)

// TestSession20Attribution: suspicion told with a description of the group
// running to the end of the sentence, with modifiers before the attack
// word, as a technique's "calling card" or investigators' working
// assumption — and a research post whose letterhead is the researcher's
// and whose points under "Summary" are its own, not a roundup's.
func TestSession20Attribution(t *testing.T) {
	pub := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	runFactCases(t, New(nil), pub, true, []factCase{
		{
			name: "suspected group described by a clause that ends the sentence",
			lang: "en", title: "Garnet Lane stores hit by cyber-attack",
			text: "Garnet Lane, the homeware retailer, said attackers had stolen customer contact details from its ordering system.\n\n" +
				"Responders suspect the Scattered Spider crew, which is known for talking help-desk staff into resetting passwords.",
			victims: []string{"Garnet Lane"}, actors: []string{"Scattered Spider"},
		},
		{
			name: "a group named as the technique's calling card",
			lang: "en", title: "Orrin Freight confirms network intrusion",
			text: "Orrin Freight said an intruder reached its dispatch servers in late April.\n\n" +
				"Two people briefed on the case said the way the attackers got in, by phoning the outsourced help desk, is the calling card of Scattered Spider.",
			victims: []string{"Orrin Freight"}, actors: []string{"Scattered Spider"},
		},
		{
			name: "attack word after modifiers in 'linked … to'",
			lang: "en", title: "Pellow Optics subsidiary breached",
			text: "Analysts looking into the breach at camera-lens maker Pellow Optics have tied the weeks-long espionage campaign to Kimsuky, the North Korean group.\n\n" +
				"Pellow Optics confirmed that design files were taken.",
			victims: []string{"Pellow Optics"}, actors: []string{"Kimsuky"},
		},
		{
			name: "a responder's research post with a letterhead and summary points",
			lang: "en", title: "Kimsuky phishing lure targets a policy foundation", site: "Brindle Threat Research",
			text: "Brindle Threat Research | Blog | 3 May 2026\n\n" +
				"Summary\n" +
				"- In April 2026 we responded to an intrusion at the Harrowgate Policy Foundation, a Seoul-focused think tank in London.\n" +
				"- We attribute the intrusion with moderate confidence to Kimsuky, based on the lure and the backdoor's configuration.\n" +
				"- The attackers compromised two mailboxes after a spear-phishing email posing as a conference invitation.\n" +
				"- Indicators of compromise for the campaign are listed at the end of this post.\n\n" +
				"The foundation's staff reported the email to their IT provider after the sender's domain was flagged.",
			victims: []string{"Harrowgate Policy Foundation"}, actors: []string{"Kimsuky"},
		},
	})
}
