package merge

import (
	"testing"
	"time"
)

// TestCrossFormKeepsKinds: crossForm takes the kind off both names
// (病院, University) and compares what is left, so a kanji name whose head
// is a place matches any English name on that place, whatever its kind:
// a Japanese report on 大阪病院's ransomware and an English one on Osaka
// University's phishing, two days apart, became one story.
func TestCrossFormKeepsKinds(t *testing.T) {
	for _, pair := range [][2]string{{"大阪病院", "Osaka University"}, {"東京電力", "Tokyo University"}} {
		if transliterated([]string{pair[0]}, []string{pair[1]}) {
			t.Errorf("transliterated(%s, %s) = true: a hospital or a power company is no university", pair[0], pair[1])
		}
	}
	d0 := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	en := Doc{URL: "https://news.example.com/a", Lang: "en", Published: d0,
		Title:   "Osaka University says phishing attack exposed student emails",
		Text:    "Osaka University said on Monday that a phishing attack let an intruder read the mailboxes of several staff members, exposing student email addresses.",
		Victims: []string{"Osaka University"}}
	ja := Doc{URL: "https://ja.example.jp/b", Lang: "ja", Published: d0.Add(48 * time.Hour),
		Title:   "大阪病院にランサムウェア攻撃、電子カルテが停止",
		Text:    "大阪病院は、ランサムウェアによるサイバー攻撃を受け、電子カルテシステムが停止したと発表した。",
		Victims: []string{"大阪病院"}}
	if d := Prepare(en).Match(Prepare(ja)); d.Same {
		t.Errorf("Osaka University and 大阪病院 merged (%s)", d.Reason)
	}
}

// TestAcrossScriptsNeedsOneVictim: acrossScripts joins an English and a
// Japanese report that name one group and one country within two weeks,
// though nothing ties their victims together and their record figures
// disagree: a gang that hits two companies' Mexican plants in one
// fortnight made them one story.
func TestAcrossScriptsNeedsOneVictim(t *testing.T) {
	d0 := time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC)
	n := func(v int64) *int64 { return &v }
	en := Doc{URL: "https://news.example.com/a", Lang: "en", Published: d0,
		Title:   "Akira ransomware hits Hartwell Foods' plant in Mexico",
		Text:    "Hartwell Foods, a US snack maker, said its plant in Mexico was hit by ransomware on Friday. The Akira gang claimed the attack on its leak site. Production at the plant in Mexico was halted while the company restored systems from backups.",
		Victims: []string{"Hartwell Foods"}, Actors: []string{"Akira"}, Records: n(1200)}
	ja := Doc{URL: "https://ja.example.jp/b", Lang: "ja", Published: d0.Add(72 * time.Hour),
		Title:   "サンプル電機のメキシコ工場にランサムウェア攻撃、Akiraが犯行声明",
		Text:    "サンプル電機は、メキシコにある工場のサーバーがランサムウェアに感染したと発表した。ランサムウェアグループのAkiraがリークサイトで犯行声明を出した。同社は従業員の個人情報約50万件が流出した可能性があるとしている。",
		Victims: []string{"サンプル電機"}, Actors: []string{"Akira"}, Records: n(500000)}
	if d := Prepare(en).Match(Prepare(ja)); d.Same {
		t.Errorf("Hartwell Foods (1,200 records) and サンプル電機 (500,000) merged (%s)", d.Reason)
	}
}
