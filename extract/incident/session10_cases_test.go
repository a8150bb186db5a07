package incident

import "testing"

// TestSession10VictimForms: where and how a victim is named on pages read in
// session 10, written afresh with invented organisations.
func TestSession10VictimForms(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			class: "a counter the dictionary cuts out of a maker's name (桜|割|工業)",
			lang:  "ja", title: "桜割工業にランサムウェア攻撃　受注データ暗号化",
			text: "金属部品の桜割工業（岐阜県大垣市）は3日、社内サーバーがランサムウェアに感染したと発表した。取引先の情報が閲覧された可能性がある。",
			want: []string{"桜割工業"},
		},
		{
			class: "a town's notice whose headline opens with the document its contractor printed",
			lang:  "ja", title: "固定資産税納税通知書の印刷委託先におけるランサムウェア被害について",
			text: "本町が納税通知書の印刷を委託している事業者のサーバーがランサムウェアに感染し、本町が提供した印刷用データが流出した可能性があることが判明しました。町民の皆様にご心配をおかけし、お詫び申し上げます。",
			site: "藤ヶ丘町",
			want: []string{"藤ヶ丘町"},
		},
		{
			class: "a headline opens with the country's possessive before the company",
			lang:  "en", title: "Japan's Morikawa Kiko shares slide after ransomware gang lists the toolmaker",
			text: "Shares fell 5% in Tokyo on Friday. The company said on Monday that servers at two plants had been encrypted and that it was investigating.",
			want: []string{"Morikawa Kiko"},
		},
		{
			class: "a wire's tag before the headline ('BRIEF-')",
			lang:  "en", title: "BRIEF-Hoshizora Trading says U.S. unit hit by email fraud",
			text: "Hoshizora Trading said its U.S. unit paid about $310,000 to a fraudster who posed as a supplier by email.",
			want: []string{"Hoshizora Trading"},
		},
		{
			class: "a lawsuit named after the company ('In re … Data Security Litigation')",
			lang:  "en", title: "Judge trims claims in Pellworth Dental breach suit",
			text: "A federal judge on Monday let most claims go forward in In re Pellworth Dental Group Data Security Litigation, the consolidated case over the 2024 ransomware attack on Pellworth Dental Group. Pellworth notified 88,000 patients in 2024.",
			want: []string{"Pellworth Dental Group"},
		},
		{
			class: "a regulator's consent order with the insurer over a late breach notice; a law's name opens a sentence",
			lang:  "en", title: "Department announces consent order with Cobbett Mutual over late data breach notice",
			text: "The Department of Insurance today announced a consent order with Cobbett Mutual Assurance over its handling of a cybersecurity event.\n\nUnder the state's insurance data security law, licensees must notify the Department within 72 hours. The Department found that intruders had accessed two mailboxes in the insurer's claims unit.",
			want: []string{"Cobbett Mutual Assurance"},
		},
		{
			class: "a city's name before an unnamed agency in the lead; the named agency says an employee's account was accessed",
			lang:  "en", title: "Salt Lake City home care agency says email breach exposed 2,300 clients",
			text: "SALT LAKE CITY (WNS) — A Salt Lake City home care agency is notifying 2,300 clients that their records may have been seen.\n\nCanyonrose Home Care said Monday that a scheduler's email account was accessed from abroad in June.",
			want: []string{"Canyonrose Home Care"},
		},
		{
			class: "the company's chief executive named after it in capitals, then by surname",
			lang:  "en", title: "Harbourline Outfitters CEO says online sales recovering after data theft",
			text: "Harbourline Outfitters Chief Executive Priya Venkataraman told analysts on Thursday that online sales had recovered since the theft of customer data in July.\n\nOn the company's results call, Venkataraman said the incident cost $4 million.",
			want: []string{"Harbourline Outfitters"},
		},
		{
			class: "a council staff report's agenda item and a results call's title are no organisations",
			lang:  "en", title: "Agenda Item 4.B — Ratification of emergency cyber incident response contracts",
			text: "CITY OF MARROWDALE\nCITY COUNCIL STAFF REPORT\n\nBACKGROUND\nOn March 3, City IT staff detected ransomware on servers at City Hall and isolated the network.",
			site: "City of Marrowdale",
			want: []string{"City of Marrowdale"},
		},
	})
}
