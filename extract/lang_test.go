package extract

import "testing"

func TestDetectLang(t *testing.T) {
	tests := []struct {
		name, text, hint, htmlLang, want string
	}{
		{"english", "Toyota said hackers breached servers of its sales subsidiaries and may have accessed data on up to 3.1 million customers.", "", "", "en"},
		{"japanese", "トヨタ自動車は、販売会社のサーバーが不正アクセスを受け、最大約310万人分の顧客情報が流出した可能性があると発表した。", "", "", "ja"},
		{"japanese with english names", "APT32（OceanLotus）による攻撃とみられ、Toyota Tokyo Salesのサーバーから情報が流出した可能性がある。", "", "", "ja"},
		{"english quoting japanese", "The notice, titled 「お詫びとお知らせ」, was posted on Friday. Toyota said the investigation was continuing and that customers would be contacted directly by their dealers.", "", "", "en"},
		{"kanji only is chinese", "丰田汽车公司表示，黑客入侵了其东京销售子公司的服务器，可能访问了多达三百一十万名客户的信息。", "", "", "zh"},
		{"korean", "도요타 자동차는 도쿄 판매 자회사의 서버가 해킹되어 최대 310만 명의 고객 정보가 유출되었을 수 있다고 밝혔다.", "", "", "ko"},
		{"german", "Der Autohersteller Toyota hat bestätigt, dass Angreifer in die Server mehrerer Vertriebsgesellschaften in Tokio eingedrungen sind und möglicherweise auf die Daten von bis zu 3,1 Millionen Kunden zugreifen konnten. Die Untersuchung dauert an.", "", "", "de"},
		{"russian", "Компания Toyota сообщила, что хакеры взломали серверы нескольких дилерских компаний в Токио и могли получить доступ к данным до 3,1 миллиона клиентов.", "", "", "ru"},
		{"hint wins", "Toyota said hackers breached servers.", "ja-JP", "", "ja"},
		{"no letters uses html lang", "2019 — 3.1 / 42", "", "en-US", "en"},
		{"nothing", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectLang(tt.text, tt.hint, tt.htmlLang); got != tt.want {
				t.Fatalf("detectLang = %q, want %q", got, tt.want)
			}
		})
	}
}
