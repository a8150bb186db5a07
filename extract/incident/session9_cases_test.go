package incident

import "testing"

// TestSession9VictimForms: where and how a victim is named on pages read in
// session 9, written afresh with invented organisations.
func TestSession9VictimForms(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a filing's cover names its registrant in capitals; only an item far below says it is about a breach",
			lang:  "en", title: "8-K Current report",
			text: "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\n\nFORM 8-K\n\nCURRENT REPORT\n\nBRAMWELL OPTICS, INC.\n(Exact name of registrant as specified in its charter)\n\nOhio 001-41022 31-4400192\n\n" +
				"Item 1.05 Material Cybersecurity Incidents.\n\nOn March 2, 2026, the Company detected unauthorized access to its order management environment and activated its incident response plan. The Company notified law enforcement.",
			want: []string{"Bramwell Optics"},
		},
		{
			class: "an alert platform's page: the agency box names the county the notice calls 'the County'",
			lang:  "en", title: "Community Advisory: county phone lines and online payments down",
			text: "The County is responding to a ransomware attack detected early this morning on its administrative network. Online tax payments are unavailable. County staff disconnected affected systems.",
			site: "AlertHub", issuer: "Marsh County Office of Emergency Management",
			want: []string{"Marsh County"},
		},
		{
			class: "an amount's currency code after the name is no part of it",
			lang:  "en", title: "Authority fines furniture chain over loyalty-club breach",
			text: "The Data Protection Authority has fined the furniture chain Ostervik Mobler AB SEK 4 million after attackers copied its loyalty-club database.\n\nOstervik Mobler reported the breach in May.",
			want: []string{"Ostervik Mobler"},
		},
		{
			class: "a title-cased release: 'Completes Review of … Incident' follows the name",
			lang:  "en", title: "Brambleton Foods Completes Review of Payment Card Security Incident",
			text: "The Company today announced that it has completed its investigation into unauthorized access to the checkout page of its online store, first disclosed in January. Card details of 8,200 customers may have been captured.",
			want: []string{"Brambleton Foods"},
		},
		{
			class: "a hospital's notice shortens its name; its site gives it whole",
			lang:  "en", title: "Notice of Data Security Incident",
			text: "Greywater Valley is providing notice of an incident that may have involved the health information of some of our patients. On May 2 we identified suspicious activity in an employee email account.",
			site: "Greywater Valley Medical Center",
			want: []string{"Greywater Valley Medical Center"},
		},
		{
			class: "a district calls itself by its kind ('the Library District')",
			lang:  "en", title: "Notice of Data Security Incident",
			text: "On November 3, the Library District discovered that an outside party had encrypted several of our servers. We disconnected our network and notified law enforcement.",
			site: "Oakmere Public Library District",
			want: []string{"Oakmere Public Library District"},
		},
		{
			class: "an orchestra calls itself 'the Symphony'; its vendor was breached",
			lang:  "en", title: "A message to our patrons about a data incident at our ticketing provider",
			text: "Dear friends,\n\nThe incident happened at Seatlane, the company that runs our online box office, and did not involve the Symphony's own systems. Seatlane told us that an unauthorized party copied files belonging to several arts clients, including the Symphony.",
			site: "Wexcombe Symphony Orchestra",
			want: []string{"Wexcombe Symphony Orchestra"},
		},
		{
			class: "a regulator's head who announces a penalty is no victim; the insurer fined is",
			lang:  "en", title: "Superintendent Announces $1.2 Million Penalty Against Dunlin Mutual Insurance Company Over Cybersecurity Failures",
			text: "The Superintendent of Financial Services today announced a consent order requiring Dunlin Mutual Insurance Company to pay a penalty. The Department's investigation found that attackers gained access to Dunlin Mutual's agent portal in 2025.",
			want: []string{"Dunlin Mutual Insurance"},
		},
		{
			class: "a club's committee tells members of an incident involving 'our membership records'",
			lang:  "en", title: "Important: members' data incident",
			text: "The committee has asked me to let all members know about an incident involving our membership records.\n\nA volunteer's email account was taken over and the membership spreadsheet was downloaded the same evening.",
			site: "Kelso Canoe Club",
			want: []string{"Kelso Canoe Club"},
		},
	})
}

// TestEmergencyNumberIsNoCount: "911 non-emergency lines" is a telephone
// number, not a count of anything.
func TestEmergencyNumberIsNoCount(t *testing.T) {
	f := New(nil).Extract(Doc{Lang: "en", Title: "County network outage affecting 911 non-emergency lines",
		Text: "Marsh County is responding to a ransomware attack on its network. 911 emergency calls are being answered normally. It is too early to say whether any personal information was taken."})
	if c := f.RecordCount(); c != nil {
		t.Errorf("records = %d, want none", *c)
	}
}
