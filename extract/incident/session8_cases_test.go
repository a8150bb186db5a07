package incident

import "testing"

// TestSession8VictimForms: forms of a victim's name and of a letter's
// signature met on text read in session 8, written afresh with invented
// organisations.
func TestSession8VictimForms(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a body named with a plural possessive",
			lang:  "en", title: "Nurses' union confirms members' data stolen",
			text: "The Coastal Nurses' Association has confirmed that hackers copied a membership database holding details of about 21,000 nurses. The association said it had told the regulator.",
			want: []string{"Coastal Nurses' Association"},
		},
		{
			class: "a letter signed by a general secretary",
			lang:  "en", title: "A message to our members",
			text: "Dear member,\n\nOn 3 June our IT team found that criminals had got into the servers that hold our membership records. We shut the systems down and reported the attack to the police.\n\nThe stolen files hold records of around 9,000 members.\n\nIn solidarity,\n\nMarguerite Oyelaran\nGeneral Secretary\nHarbour Dockers' Union",
			want: []string{"Harbour Dockers' Union"},
		},
		{
			class: "a prosecutor's release: the office and its head are no victims, the employer whose records were taken is",
			lang:  "en", title: "Former IT Contractor Pleads Guilty to Selling Patient Records",
			text: "FOR IMMEDIATE RELEASE\n\nMILLBROOK — County Prosecutor Janet Orwell announced today that Dale R. Pike, 41, pleaded guilty to one count of computer trespass.\n\nPike worked as a contractor placed at Larkspur Imaging Centers, where he used an administrator account to export records of 12,940 patients and sold them online.\n\nLarkspur detected the unusual export during a routine audit and notified law enforcement.",
			want: []string{"Larkspur Imaging Centers"},
		},
	})
}
