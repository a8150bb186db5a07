package extract

import (
	"reflect"
	"testing"
)

// A breached organisation's own notice often calls itself only "we" or
// 当社 and names itself in the page's header, logo or footer, which text
// extraction leaves out; the page's metadata still names the publisher.
const ownNoticeOGSite = `<!DOCTYPE html><html lang="en"><head>
<meta property="og:site_name" content="Fernhollow Dental Partners">
<meta property="og:title" content="Notice of a data security incident">
<title>Notice of a data security incident</title></head><body>
<header><img src="/logo.png" alt=""></header>
<article><h1>Notice of a data security incident</h1>
<p>We are writing to let our patients know about an incident that may involve some of their information. On March 3 we detected unusual activity on our network and immediately took our systems offline.</p>
<p>An investigation with outside forensic specialists found that an unauthorized party copied some files from our file server between March 1 and March 3. The files held names, dates of birth and treatment notes.</p>
<p>We are offering affected patients twelve months of credit monitoring and have added further safeguards to our systems.</p>
</article><footer>Privacy questions: call our help line on weekdays.</footer></body></html>`

// The same kind of notice in Japanese, on a site that names itself only
// after the headline in its <title>.
const ownNoticeTitleSite = `<!DOCTYPE html><html lang="ja"><head>
<title>当社サーバーへの不正アクセスに関するお知らせ｜ひばり野精工株式会社</title></head><body>
<main><h1>当社サーバーへの不正アクセスに関するお知らせ</h1>
<p>このたび、当社のファイルサーバーが第三者による不正アクセスを受け、取引先の皆様の情報の一部が外部に流出した可能性があることが判明いたしました。</p>
<p>当社は直ちに当該サーバーをネットワークから切り離し、外部の専門機関とともに調査を進めております。関係者の皆様には多大なるご心配とご迷惑をおかけしますことを深くお詫び申し上げます。</p>
</main></body></html>`

// A news report on a breach that names no victim: the outlet that
// publishes it is not one.
const outletReport = `<!DOCTYPE html><html lang="en"><head>
<meta property="og:site_name" content="Harbor Wire">
<title>Ransomware gangs shift to data theft | Harbor Wire</title></head><body>
<article><h1>Ransomware gangs shift to data theft</h1>
<p>Ransomware crews increasingly skip encryption and only steal data, researchers said this week, as victims restore from backups more often than before.</p>
<p>The change makes attacks quicker and harder to spot, the researchers added, urging companies to watch for large outbound transfers.</p>
</article></body></html>`

// A charity's notice of its vendor's breach, whose <title> adds the
// charity's name after a dash to the post's own headline; a rumour about a
// gang is set aside in the next sentence.
const vendorBreachNotice = `<!DOCTYPE html><html lang="en"><head>
<title>An update for our donors about GiftVault &#8211; Fernside Community Food Bank</title></head><body>
<article><h1>An update for our donors about GiftVault</h1>
<p>To everyone who gives to the food bank,</p>
<p>Like hundreds of other charities, we keep our donor list in GiftVault, a hosted fundraising database. On March 19, GiftVault told us that an intruder had copied files belonging to a number of its customers, including us.</p>
<p>Records for 6,204 of our donors were among them: names, addresses and the date and amount of each gift.</p>
<p>Some posts on social media have blamed the LockBit ransomware gang. GiftVault told us its investigators found nothing to support that.</p>
</article></body></html>`

func TestPublisherNamesFirstPersonNotice(t *testing.T) {
	x := New()
	tests := []struct {
		name, url, page string
		want            []string
	}{
		{"og:site_name", "https://www.fernhollow.example/notice", ownNoticeOGSite, []string{"Fernhollow Dental Partners"}},
		{"site name after the headline in <title>", "https://www.hibarino.example/news/0412.html", ownNoticeTitleSite, []string{"ひばり野精工"}},
		{"outlet's own report", "https://harborwire.example/2025/ransomware", outletReport, []string{}},
		{"a vendor's breach told by its client, named after a dash in <title>", "https://fernsidefood.example/2026/04/08/update/", vendorBreachNotice, []string{"Fernside Community Food Bank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := x.Extract(Page{URL: tt.url, Body: []byte(tt.page)})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a.Victims, tt.want) {
				t.Errorf("victims = %q, want %q", a.Victims, tt.want)
			}
			if tt.page == vendorBreachNotice && len(a.Actors) != 0 {
				t.Errorf("actors = %q, want none (the rumour is set aside)", a.Actors)
			}
		})
	}
}

func TestPublisher(t *testing.T) {
	tests := []struct {
		og, title, headline, app, want string
	}{
		{"Fernhollow Dental", "Notice | Other", "Notice", "App", "Fernhollow Dental"},
		{"", "Notice of a data security incident | Quarrystone Mutual", "Notice of a data security incident", "", "Quarrystone Mutual"},
		{"", "Quarrystone Mutual | Notice of a data security incident", "Notice of a data security incident", "", "Quarrystone Mutual"},
		{"", "不正アクセスに関するお知らせ - ひばり野精工株式会社", "不正アクセスに関するお知らせ", "", "ひばり野精工株式会社"},
		// A dash inside a headline is not a site's name.
		{"", "Attack on the port - what we know so far", "Attack on the port - what we know so far", "", ""},
		{"", "Notice of a data security incident", "Notice of a data security incident", "Quarrystone", "Quarrystone"},
		{"", "", "Notice", "", ""},
	}
	for _, tt := range tests {
		if got := publisher(tt.og, tt.title, tt.headline, tt.app); got != tt.want {
			t.Errorf("publisher(%q, %q, %q, %q) = %q, want %q", tt.og, tt.title, tt.headline, tt.app, got, tt.want)
		}
	}
}
