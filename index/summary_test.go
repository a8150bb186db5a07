package index

import (
	"strings"
	"testing"
)

// TestSummarySkipsReleaseHeader: an article's summary starts at its first
// line of prose when only a release's header (date, 各位, issuer, officers,
// securities code, contact) stands before it; a text that opens with prose,
// or whose short first lines are followed by no prose, is summed up from
// its start.
func TestSummarySkipsReleaseHeader(t *testing.T) {
	release := "2026年11月9日\n各　位\n会 社 名　凪沙ホールディングス株式会社\n代表者名　代表取締役社長　凪沙 一郎\n（コード番号：0000　東証プライム）\n問合せ先　広報部長　三宅 直子（TEL 06-0000-0001）\n" +
		"当社子会社におけるシステム障害について（第1報）\n" +
		"当社の連結子会社である凪沙物流株式会社のサーバーがランサムウェアによる攻撃を受けたことを確認しました。現在、外部専門家とともに調査を進めております。"
	if got := summaryText(release, 300); !strings.HasPrefix(got, "当社の連結子会社である") {
		t.Errorf("summary of a release = %q, want it from the first sentence", got)
	}
	news := "Nagisa Logistics said on Monday that ransomware had hit its servers.\nThe company is investigating."
	if got := summaryText(news, 300); !strings.HasPrefix(got, "Nagisa Logistics said") {
		t.Errorf("summary of a report = %q", got)
	}
	list := "Tokyo\nOsaka\nNagoya"
	if got := summaryText(list, 300); got != list {
		t.Errorf("summary of prose-less lines = %q, want them all", got)
	}
}
