package extract

import (
	"strings"
	"testing"
)

// storyPage wraps body paragraphs and what follows them in a plain page of
// the site news.example.
func storyPage(inBody, after string) []byte {
	return []byte(`<!DOCTYPE html><html><head><title>Water utility confirms ransomware attack | News Example</title></head><body>
<div class="top"><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a> <a href="/biz">Business</a></div>
<div class="wrap"><div class="main"><h1>Water utility confirms ransomware attack</h1>
<div class="copy">
<p>A regional water utility said on Monday that ransomware had encrypted its billing servers, and that the account details of about 61,000 customers may have been copied before the encryption started.</p>
<p>The utility said water treatment was not affected because the plant control network is kept separate from the office systems that were hit.</p>
` + inBody + `
<p>The company has notified the regulator and is writing to every affected customer this week.</p>
</div>` + after + `</div></div></body></html>`)
}

func TestLinkListsAfterTheStory(t *testing.T) {
	tests := []struct {
		name, inBody, after string
		gone                []string
	}{
		{"dated items under a Japanese heading", "",
			`<div class="box"><h3>関連記事</h3><ul><li><a href="/a/1">病院の電子カルテに障害、復旧に3週間</a>（2019/03/29）</li><li><a href="/a/2">製造業を狙う攻撃グループ「APT10」の手口</a>（2019/02/11）</li></ul></div>`,
			[]string{"関連記事", "電子カルテ", "APT10"}},
		{"heading wrapped in its own box over teaser cards", "",
			`<div class="hd"><span>More from News Example</span></div><div class="cards"><div class="card"><a href="https://www.news.example/a/3">Airline says 9.4 million passengers affected by breach</a><p>The carrier said passport numbers were among the data.</p></div><div class="card"><a href="/a/4">Hotel group fined over guest data</a><p>The regulator cited poor access controls.</p></div></div>`,
			[]string{"More from", "9.4 million", "Hotel group"}},
		{"undated items in a box of their own", "",
			`<div class="end"><ol><li><a href="/a/5">Port operator restores systems after attack by LockBit affiliate</a></li><li><a href="/a/6">City council pays 500,000 ransom</a></li></ol></div>`,
			[]string{"Port operator", "City council"}},
		{"a bold label on its line over <br>-separated links", "",
			`<p><b>過去のお知らせ</b><br>・<a href="/n/0801.html">8月の園庭開放日について</a><br>・<a href="/n/0715.html">夏祭りのお礼</a><br></p>`,
			[]string{"過去のお知らせ", "園庭開放日", "夏祭りのお礼"}},
		{"dated items between the paragraphs", `<ul><li><a href="/a/7">Energy firm reports intrusion blamed on APT33</a> 2 Apr 2019</li><li><a href="/a/8">Bank exposes 2 million statements</a> 28 Mar 2019</li></ul>`, "",
			[]string{"APT33", "2 million statements"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			art, err := New().Extract(Page{URL: "https://news.example/a/0", Body: storyPage(tc.inBody, tc.after)})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.gone {
				if strings.Contains(art.Text, s) {
					t.Errorf("text keeps %q:\n%s", s, art.Text)
				}
			}
			if !strings.Contains(art.Text, "61,000 customers") || !strings.Contains(art.Text, "writing to every affected customer") {
				t.Errorf("text lost the story:\n%s", art.Text)
			}
		})
	}
}

func TestListsOfTheStoryStay(t *testing.T) {
	tests := []struct {
		name, inBody string
		kept         []string
	}{
		{"sources with outside links",
			`<p>Sources:</p><ul><li><a href="https://regulator.example.gov/notices/2019-14">Regulator notice 2019-14</a></li><li><a href="https://utility.example.com/statement">Utility statement to customers</a></li></ul>`,
			[]string{"Regulator notice 2019-14", "Utility statement to customers"}},
		{"references to the site's own alerts among the paragraphs",
			`<p>The attack matches activity described in two earlier alerts:</p><ul><li><a href="/alerts/aa19-001">Alert AA19-001: ransomware against utilities</a></li><li><a href="/alerts/aa19-017">Alert AA19-017: exposed remote desktop services</a></li></ul>`,
			[]string{"Alert AA19-001", "Alert AA19-017"}},
		{"indicators without links",
			`<p>Indicators published by the utility:</p><ul><li>billing-update[.]net</li><li>185.220.101[.]4</li><li>SHA-256 4a7b1c9d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f</li></ul>`,
			[]string{"billing-update[.]net", "185.220.101[.]4", "SHA-256 4a7b"}},
		{"Japanese sources under 参考",
			`<h3>参考情報</h3><ul><li><a href="/news/2019/0301.html">水道事業者向けセキュリティ指針（2019/03/01）</a></li><li><a href="/news/2019/0115.html">重要インフラの情報セキュリティ対策</a>（2019/01/15）</li></ul>`,
			[]string{"水道事業者向けセキュリティ指針", "重要インフラの情報セキュリティ対策"}},
		{"a bold label over plain bulleted lines",
			`<p><b>過去のお知らせ</b><br>・夏祭りのお礼<br>・園庭開放日について</p>`,
			[]string{"夏祭りのお礼"}},
		{"a related-reading heading over plain text",
			`<p>▼関連記事</p><p>・水道局のシステム障害まとめ</p>`,
			[]string{"関連記事", "水道局のシステム障害まとめ"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			art, err := New().Extract(Page{URL: "https://news.example/a/0", Body: storyPage(tc.inBody, "")})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.kept {
				if !strings.Contains(art.Text, s) {
					t.Errorf("text lost %q:\n%s", s, art.Text)
				}
			}
		})
	}
}

// With a content selector only pruning stands between the page and the
// text: an unheaded, undated box of the site's links beside the body goes,
// a list among the paragraphs stays.
func TestArticleListsUnderContentSelector(t *testing.T) {
	inBody := `<p>The utility listed its earlier notices:</p><ul><li><a href="/notices/2019-02">Notice of planned maintenance works</a></li><li><a href="/notices/2019-03">Notice of billing system upgrade</a></li></ul>`
	after := `<div class="end"><ol><li><a href="/a/5">Port operator restores systems after attack by LockBit affiliate</a></li><li><a href="/a/6">City council pays 500,000 ransom</a></li></ol></div>`
	p := Page{URL: "https://news.example/a/0", Body: storyPage(inBody, after)}
	p.Hints.Content = ".main"
	art, err := New().Extract(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Port operator", "City council"} {
		if strings.Contains(art.Text, s) {
			t.Errorf("text keeps %q:\n%s", s, art.Text)
		}
	}
	for _, s := range []string{"planned maintenance works", "billing system upgrade", "61,000 customers"} {
		if !strings.Contains(art.Text, s) {
			t.Errorf("text lost %q:\n%s", s, art.Text)
		}
	}
}
