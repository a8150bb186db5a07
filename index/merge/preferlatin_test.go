package merge

import (
	"slices"
	"testing"
	"time"
)

func TestPreferLatin(t *testing.T) {
	for _, tc := range []struct {
		in, want []string
	}{
		{[]string{"Nordhavn Telecom", "ノルドハウン・テレコム"}, []string{"Nordhavn Telecom"}},
		{[]string{"ノルドハウン・テレコム", "Nordhavn Telecom"}, []string{"Nordhavn Telecom"}},
		{[]string{"ことり堂"}, []string{"ことり堂"}},
		{[]string{"Toyota", "三菱電機"}, []string{"Toyota", "三菱電機"}},
		// An outlet's English for a hospital, a co-operative or a local
		// railway that has no English name of its own: the body keeps its
		// name. A company keeps its English one.
		{[]string{"Asunaro Memorial Hospital", "あすなろ記念病院"}, []string{"あすなろ記念病院"}},
		{[]string{"Hibana Agricultural Cooperative", "JAひばな"}, []string{"JAひばな"}},
		{[]string{"Kirigahara Highland Railway", "霧ヶ原高原鉄道"}, []string{"霧ヶ原高原鉄道"}},
		{[]string{"Mitsumine Chemical", "三峯化成"}, []string{"Mitsumine Chemical"}},
	} {
		if got := preferLatin(tc.in, nil); !slices.Equal(got, tc.want) {
			t.Errorf("preferLatin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestKanjiAndEnglishSpelling checks that a name in kanji and its English
// spelling are one name once the words for the kind of body are set aside
// on both sides, and that a different name or kind-only overlap is not.
func TestKanjiAndEnglishSpelling(t *testing.T) {
	for _, tc := range []struct {
		ja, en string
		want   bool
	}{
		{"白鷺化学工業", "Shirasagi Chemical", true},
		{"青葉台中央病院", "Aobadai Central Hospital", true},
		{"青葉台中央病院", "Kitamura General Hospital", false},
		{"白鷺化学工業", "Chemical Industries", false},
		// 中央 and 総合 are often left in romaji, 化成 is a chemical maker.
		{"みずほ台中央病院", "Mizuhodai Chuo Hospital", true},
		{"みずほ台総合病院", "Mizuhodai Sogo Hospital", true},
		{"三峯化成", "Mitsumine Chemical", true},
		{"三峯化成", "Mitsumine Kasei", true},
		{"三峯化成", "Mitsumine Bank", false},
		{"夕凪市民病院", "Yunagi City Hospital", true}, // 市民 is City, as 中央 is Chuo
		// Words English gives for common words of a Japanese name.
		{"霧ヶ原高原鉄道", "Kirigahara Highland Railway", true},
		{"あすなろ記念病院", "Asunaro Memorial Hospital", true},
		{"あすなろ記念病院", "Asunaro General Hospital", false},
	} {
		if got := transliterated([]string{tc.ja}, []string{tc.en}); got != tc.want {
			t.Errorf("transliterated(%q, %q) = %v, want %v", tc.ja, tc.en, got, tc.want)
		}
	}
}

// TestGlossedRomajiKeepsTheJapaneseName: English coverage that writes a
// Japanese-only firm by its romanisation with the kanji in brackets
// ("Kogarashi-like Unyu (…)") names the same firm the Japanese notice does;
// the story keeps the Japanese name, as for a romanisation the dictionary
// reads.
func TestGlossedRomajiKeepsTheJapaneseName(t *testing.T) {
	n := int64(42316)
	day := time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)
	en := Doc{URL: "https://news.example/a", Lang: "en", Published: day, Victims: []string{"Kogarashi Unyu"}, Records: &n,
		Title: "Akira gang claims attack on Japanese freight carrier",
		Text:  "Kogarashi Unyu (木枯運輸), a Tochigi-based carrier, put the number of affected people at 42,316."}
	ja := Doc{URL: "https://www.kogarashi.example/news/0530", Lang: "ja", Published: day.Add(-72 * time.Hour), Victims: []string{"木枯運輸"}, Records: &n,
		Title: "ランサムウェア被害に関するお知らせ（第2報）",
		Text:  "当社サーバーがランサムウェアに感染した件につきまして、漏えいのおそれがある個人情報は42,316名分であることが判明しました。"}
	if got := Summarize([]Doc{en, ja}).Victims; !slices.Equal(got, []string{"木枯運輸"}) {
		t.Errorf("victims = %q, want the Japanese name", got)
	}
	if g := glossedRomaji([]Doc{{Text: "Seiran Motor (清嵐自動車) said"}}); g["Seiran Motor"] {
		t.Error("glossedRomaji took an English name (Motor) for a romanisation")
	}
}
