package incident

import (
	"testing"
)

// TestSession12BreachWords: a notice of how many people an organisation
// is notifying, and a break-in, speak of a breach as plainly as "hacked".
func TestSession12BreachWords(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "an organisation notifying a number of members, the only breach word a mailbox a stranger could open",
			lang:  "en", title: "Credit union owns up to mailbox trouble",
			text: "Fernhollow Credit Union has begun notifying 5,112 members that their loan files sat in an employee mailbox that a stranger could open for nine days in April. The union says it has since turned on multi-factor sign-in for all staff.",
			want: []string{"Fernhollow Credit Union"},
		},
		{
			class: "a break-in at a named firm",
			lang:  "en", title: "Accountants warn clients after weekend break-in",
			text: "Tollan & Reade Accountants said an outsider broke into its document portal over the weekend. The firm has written to clients whose tax returns were stored there.",
			want: []string{"Tollan & Reade Accountants"},
		},
	})
}
