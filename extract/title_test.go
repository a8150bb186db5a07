package extract

import "testing"

func TestHeadlineFromText(t *testing.T) {
	tests := []struct {
		name, title, text, wantTitle, wantText string
	}{
		{"issuer above the headline stays in the text", "ニュースリリース",
			"株式会社KADOKAWA\n\nランサムウェア攻撃による情報漏洩に関するご報告\n\n当社は調査結果を公表いたします。",
			"ランサムウェア攻撃による情報漏洩に関するご報告", "株式会社KADOKAWA\n\n当社は調査結果を公表いたします。"},
		{"issuer and signatory above the headline", "",
			"サンプル電機株式会社\n\n代表取締役社長 佐藤 花子\n\n当社サーバーへの不正アクセスについて\n\nこのたび不正アクセスが判明しました。",
			"当社サーバーへの不正アクセスについて", "サンプル電機株式会社\n\n代表取締役社長 佐藤 花子\n\nこのたび不正アクセスが判明しました。"},
		{"a title part standing on the page wins", "お知らせ | 会員情報流出の可能性に関するお詫び | 株式会社サンプル",
			"株式会社サンプル\n\n会員情報流出の可能性に関するお詫び\n\n本文です。",
			"会員情報流出の可能性に関するお詫び", "株式会社サンプル\n\n本文です。"},
		{"an English company line is no headline", "Newsroom",
			"Example Holdings, Inc.\n\nExample Holdings provides update on network incident\n\nThe company said systems are back.",
			"Example Holdings provides update on network incident", "Example Holdings, Inc.\n\nThe company said systems are back."},
		{"a sentence is no headline", "Newsroom",
			"The company said on Monday that systems are back.\n\nMore text.",
			"Newsroom", "The company said on Monday that systems are back.\n\nMore text."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title, text := headlineFromText(tc.title, tc.text)
			if title != tc.wantTitle || text != tc.wantText {
				t.Errorf("got %q / %q\nwant %q / %q", title, text, tc.wantTitle, tc.wantText)
			}
		})
	}
}

func TestIsOrgLine(t *testing.T) {
	for s, want := range map[string]bool{
		"株式会社KADOKAWA": true, "株式会社TAKUMI Robotics": true, "トヨタ自動車株式会社": true, "Harbor Freight Lines, Inc.": true,
		"Example Co., Ltd.": true, "ランサムウェア攻撃による情報漏洩に関するご報告": false,
		"Example Corp discloses breach of 2 million records": false, "株式会社サンプルは不正アクセスを受けたと発表した。": false,
	} {
		if got := isOrgLine(s); got != want {
			t.Errorf("isOrgLine(%q) = %v, want %v", s, got, want)
		}
	}
}
