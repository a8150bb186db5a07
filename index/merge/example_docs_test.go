package merge

import "time"

// Hand-written articles about the running example, in our own words. They
// are the package's unit-test material; the labelled corpus is measured in
// corpus_test.go.

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

func n64(v int64) *int64 { return &v }

const tokyoBody = `Toyota said on Friday that attackers broke into servers of several of its Tokyo sales subsidiaries and may have reached data on up to 3.1 million customers. The carmaker said the affected units include Toyota Tokyo Sales Holdings, Tokyo Toyopet and Lexus Koishikawa Sales. The exposed data includes names, birth dates and employment information, but the company said no credit card data was stored on the servers. Investigators have not said who was behind the intrusion, although researchers pointed to APT32, a group also known as OceanLotus, which has targeted carmakers before. It is the second incident at the company in five weeks, after its Australian subsidiary reported an attempted attack in February.`

var (
	tokyoZDNet = Doc{
		URL: "https://news.example.com/article/toyota-tokyo-breach", Source: "Example News",
		Title: "Toyota announces second security breach in five weeks", Lang: "en",
		Text: tokyoBody, Published: day("2019-03-29 09:00"), Victims: []string{"Toyota"},
		Records: n64(3100000), RecordsQualifier: "up_to", Actors: []string{"APT32"}, Suspected: []string{"APT32"},
	}
	tokyoRepost = Doc{
		URL: "https://blog.example.org/2019/03/30/toyota", Source: "Security Blog",
		Title: "[Repost] Toyota hit again", Lang: "en",
		Text: "Welcome back to our daily roundup of what matters in security. Today we share a story our readers asked about.\n" +
			tokyoBody + "\nSubscribe to our newsletter for more stories like this one. Sponsored: try our endpoint scanner for free this month.\nSource: Example News",
		Published: day("2019-03-30 07:00"), Victims: []string{"Toyota"}, Records: n64(3100000), RecordsQualifier: "up_to",
	}
	tokyoRelease = Doc{
		URL: "https://global.toyota.example/jp/newsroom/2019/0329.html", Source: "Toyota newsroom (ja)",
		Title: "販売店への不正アクセスについて", Lang: "ja",
		Text:      "このたび、当社の販売子会社であるトヨタ東京販売ホールディングス株式会社および傘下の販売店のサーバーが外部から不正アクセスを受けたことが判明しました。流出した可能性のあるお客様情報は最大約310万人分です。なお、クレジットカード情報は含まれておりません。お客様には多大なるご迷惑とご心配をおかけしますことを深くお詫び申し上げます。",
		Published: day("2019-03-29 06:00"), Victims: []string{"トヨタ"}, Records: n64(3100000), RecordsQualifier: "up_to",
	}
	tokyoBrief = Doc{
		URL: "https://wire.example.net/toyota-customers", Source: "Wire",
		Title: "Toyota says customer data may have leaked", Lang: "en",
		Text:      "Toyota disclosed that hackers accessed servers at dealerships in Tokyo, with names and birth dates of customers possibly exposed. The automaker did not say how the attackers got in and said it would notify customers.",
		Published: day("2019-03-29 15:00"), Victims: []string{"Toyota Motor Corporation"},
	}
	vietnam = Doc{
		URL: "https://news.example.com/article/toyota-vietnam", Source: "Example News",
		Title: "Toyota Vietnam discloses possible data breach", Lang: "en",
		Text:      "Toyota Vietnam said on Monday that hackers may have accessed customer data on its systems, days after Toyota's Tokyo sales subsidiaries reported a breach affecting up to 3.1 million people. The Vietnamese unit said it was investigating with authorities and had not found evidence that data was stolen.",
		Published: day("2019-04-01 10:00"), Victims: []string{"Toyota"},
	}
	australia = Doc{
		URL: "https://au.example.com/toyota-australia-attack", Source: "AU Tech",
		Title: "Toyota Australia hit by attempted cyber attack", Lang: "en",
		Text:      "Toyota Australia says it was the target of an attempted cyber attack that took down its email systems. The company said no customer data appeared to have been taken and that it was working with government cyber security experts to restore systems.",
		Published: day("2019-02-21 08:00"), Victims: []string{"Toyota"},
	}
	otherVictim = Doc{
		URL: "https://news.example.com/article/carmaker-x", Source: "Example News",
		Title: "APT32 targets another carmaker", Lang: "en",
		Text:      "Researchers said the APT32 group, also known as OceanLotus, breached networks of the carmaker Hyundai in an espionage campaign. The attackers used phishing emails with fake job offers to deliver a backdoor to engineers.",
		Published: day("2019-03-30 10:00"), Victims: []string{"Hyundai"}, Actors: []string{"APT32"},
	}
	advisory = Doc{
		URL: "https://cert.example.org/advisories/2019-0401", Source: "CERT",
		Title: "Vulnerability in VPN appliances exploited", Lang: "en",
		Text:      "Attackers are exploiting CVE-2019-11510 in VPN appliances to read arbitrary files, including cached credentials. Administrators should apply the vendor's update immediately and reset passwords of accounts that used the appliance. Indicators of compromise are listed below.",
		Published: day("2019-04-01 12:00"), Actors: []string{"APT32"},
	}
)

// allExamples lists every hand-written article with its incident label.
var allExamples = []struct {
	doc      Doc
	incident string
}{
	{tokyoZDNet, "tokyo"}, {tokyoRepost, "tokyo"}, {tokyoRelease, "tokyo"}, {tokyoBrief, "tokyo"},
	{vietnam, "vietnam"}, {australia, "australia"}, {otherVictim, "hyundai"}, {advisory, "advisory"},
}
