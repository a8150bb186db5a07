package digest

import (
	"strings"
	"testing"

	"github.com/breachwire/breachwire/index"
)

// TestEntryLinksItsHeadline: an entry's link and summary come from the
// report whose title the story carries as its headline, not from the
// story's first report in another language.
func TestEntryLinksItsHeadline(t *testing.T) {
	s := index.Story{
		ID: "s-nagi", Title: "Qilin claims attack on Japan's Nagisa Logistics",
		Victims: []string{"凪沙物流"}, FirstSeen: at("2026-11-10T01:00:00Z"), Updated: at("2026-11-12T01:00:00Z"), Languages: []string{"en", "ja"},
		Articles: []index.StoryArticle{
			{URL: "https://nagisa-logi.example/ir/1", Source: "凪沙物流", Lang: "ja", Origin: true,
				Title: "当社サーバーへの不正アクセスについて（第1報）", Summary: "当社サーバーが外部から不正アクセスを受けたことを確認しました。"},
			{URL: "https://breachdesk.example/qilin-nagisa", Source: "Breach Desk", Lang: "en",
				Title: "Qilin claims attack on Japan's Nagisa Logistics", Summary: "The Qilin ransomware group listed Nagisa Logistics on its leak site on Wednesday."},
		},
	}
	html, text, err := Render(&Digest{Date: at("2026-11-13T07:00:00+09:00"), Others: []Entry{{Story: s, Status: New}}, NewCount: 1}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{html, text} {
		if !strings.Contains(part, "https://breachdesk.example/qilin-nagisa") || !strings.Contains(part, "listed Nagisa Logistics on its leak site") {
			t.Errorf("entry does not link and sum up the report its headline is from:\n%s", part)
		}
		if strings.Contains(part, "当社サーバーが外部から") {
			t.Error("entry sums up another report than its headline's")
		}
	}
}
