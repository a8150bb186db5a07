package incident

import (
	"strings"
	"testing"
)

// TestVictimFallbackEN checks English articles whose victim no cue phrase
// names outright: the article is plainly about one organisation (the
// headline and the lead name it, a sentence has it attacked or an attack
// on it), or it is not, and then no victim is given. Each row is written
// the way one kind of outlet writes; all names are invented.
func TestVictimFallbackEN(t *testing.T) {
	x := New(nil)
	tests := []struct {
		class, title, text string
		want               []string
	}{
		// Taken: one organisation stands out.
		{
			class: "wire copy, headline noun phrase, victim object of 'at'",
			title: "Cyber incident at Brindlecombe Water disrupts billing",
			text:  "Customers of Brindlecombe Water could not pay bills online on Tuesday. A cyber incident at Brindlecombe Water forced staff to take billing systems offline, a spokesperson said. The utility serves about 90,000 homes.",
			want:  []string{"Brindlecombe Water"},
		},
		{
			class: "trade press, victim subject of an attack verb in the lead",
			title: "Ransomware gang claims Quillfeather Logistics",
			text:  "Quillfeather Logistics has been struggling to restore its dispatch systems since the weekend. The ransomware crew posted samples of what it says are Quillfeather Logistics contracts. The firm did not respond to questions.",
			want:  []string{"Quillfeather Logistics"},
		},
		{
			class: "local news, victim named in headline and lead, commenter quoted",
			title: "Ashgrove Unified School District hit by cyberattack, classes go on",
			text:  "Classes at Ashgrove Unified School District continued on paper on Monday after a cyberattack. Analysts at Pellucid Security said attacks on schools rose this year. Ashgrove Unified School District said it had called in outside help.",
			want:  []string{"Ashgrove Unified School District"},
		},
		{
			class: "notice style, issuer speaks, vendor helps",
			title: "Important update from Corrabeck Credit Union",
			text:  "Corrabeck Credit Union recently learned that an unauthorized party gained access to an employee email account. Corrabeck Credit Union engaged Tarnwell Forensics to investigate. Tarnwell Forensics found no sign that member accounts were used.",
			want:  []string{"Corrabeck Credit Union"},
		},
		{
			class: "blog style, object of 'hit'",
			title: "Hackers hit Merrowdale Veterinary Group",
			text:  "Hackers hit Merrowdale Veterinary Group last week, locking staff out of appointment records. Merrowdale Veterinary Group runs 40 clinics. The company said it was restoring systems from backups.",
			want:  []string{"Merrowdale Veterinary Group"},
		},
		{
			class: "headline subject, cue sentence names a commenter first",
			title: "Fenwright Insurance confirms data theft",
			text:  "Fenwright Insurance said customer files were copied from a file-sharing server. Researchers at Obsidia Labs said the intrusion resembled earlier ones. Fenwright Insurance has notified regulators.",
			want:  []string{"Fenwright Insurance"},
		},
		{
			class: "headline possessive, lead names the victim again",
			title: "Lorrimer Brewing's systems down after ransomware",
			text:  "Lorrimer Brewing said ransomware had encrypted servers at its main brewery. Lorrimer Brewing expects deliveries to resume next week.",
			want:  []string{"Lorrimer Brewing"},
		},
		{
			class: "headline 'attack on', police quoted",
			title: "Attack on Hestercombe Council leaves residents without services",
			text:  "Hestercombe Council's phone lines and website remained down on Friday. Police said they were aware of the attack on Hestercombe Council and were working with the authority. Hestercombe Council said it had no evidence that data was taken.",
			want:  []string{"Hestercombe Council"},
		},
		{
			class: "law firm investigating is a commenter, the breached company is the victim",
			title: "Garrow & Pike investigates Dunmere Foods data breach",
			text:  "The law firm Garrow & Pike said it is investigating claims on behalf of people affected by the Dunmere Foods data breach. Dunmere Foods disclosed last month that hackers accessed payroll files. Garrow & Pike urged affected people to get in touch.",
			want:  []string{"Dunmere Foods"},
		},
		{
			class: "researcher finds an open database",
			title: "Researcher finds Glenholt Pharmacy database open to anyone",
			text:  "A security researcher found a Glenholt Pharmacy database that anyone could read without a password. The exposed database held prescription records, the researcher said. Glenholt Pharmacy closed access after being told.",
			want:  []string{"Glenholt Pharmacy"},
		},
		// Refused: no organisation clearly stands out, or the one that
		// stands out comments, is a place or is an attacker.
		{
			class: "round-up of several victims, none stands out",
			title: "Ransomware roundup: three firms hit this week",
			text:  "Dunmere Foods, Pellow Freight and Carrick Textiles all reported attacks this week. Dunmere Foods said production was slowed. Pellow Freight said deliveries continued. Carrick Textiles did not comment.",
			want:  nil,
		},
		{
			class: "vendor report, the vendor is the only salient name",
			title: "Obsidia Labs report: ransomware attacks rose 30% in spring",
			text:  "Obsidia Labs said ransomware attacks rose 30% between March and May. Obsidia Labs researchers tracked 412 leak-site posts. The report does not name victims.",
			want:  nil,
		},
		{
			class: "regulator fines, no breach described as news",
			title: "Information Commissioner warns councils on phishing",
			text:  "The Information Commissioner said councils must train staff to spot phishing. The Information Commissioner published guidance on Tuesday.",
			want:  nil,
		},
		{
			class: "a place as headline subject",
			title: "Nevada reports surge in cyberattacks on small businesses",
			text:  "Nevada officials said cyberattacks on small businesses doubled last year. Nevada plans a training programme for owners.",
			want:  nil,
		},
		{
			class: "threat actor is the only salient name",
			title: "LockBit returns with new leak site",
			text:  "LockBit has launched a new leak site after months of silence. LockBit affiliates posted twelve new entries.",
			want:  nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.class, func(t *testing.T) {
			f := x.Extract(Doc{Title: tc.title, Text: tc.text, Lang: "en"})
			got := f.VictimNames()
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("victims = %q, want %q", got, tc.want)
			}
		})
	}
}
