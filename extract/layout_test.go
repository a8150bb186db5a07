package extract

import (
	"strings"
	"testing"
	"time"
)

// TestOldLayoutChrome: an old hand-made page's side column of events and a
// visitor counter (no links, set narrow by its width attribute), its
// side-info and foot rows, and the small print under its last rule are no
// part of the notice; its date under the emphasised headline is the
// page's. A heading whose slug holds "side" stays.
func TestOldLayoutChrome(t *testing.T) {
	body := strings.Repeat("このたび、当会のホームページで管理していた申込みフォームのデータが外部から閲覧された可能性があることが分かりました。", 7)
	pages := []struct {
		name, page string
		leaks      []string
	}{
		{"narrow side cell", `<html><head><meta charset="utf-8"><title>あおい会　お知らせ</title></head><body><table width="760"><tr>
<td width="160">■行事予定<br>・夏祭り　8月16日<br>■書道教室<br>毎月第2日曜<br>あなたは123人目の訪問者です</td>
<td width="600"><br><b>令和8年7月2日</b><br><font size="4"><b>申込みフォームへの不正アクセスについて（お詫び）</b></font><br><br>` + body + `</td></tr></table></body></html>`,
			[]string{"夏祭り", "書道教室", "訪問者"}},
		{"side and foot rows", `<html><head><meta charset="utf-8"><title>あおい会｜お知らせ</title></head><body><table width="800">
<tr><td class="body"><div class="info-date">2026年7月2日</div><div class="info-title">申込みフォームへの不正アクセスについて</div><p>` + body + `</p></td></tr>
<tr><td class="side-info">受付時間　9:00-17:00　休館日：月曜<br>駐車場10台</td></tr>
<tr><td class="foot">あおい会　〒460-0011 名古屋市中区1-2-3　TEL 052-555-0100</td></tr></table></body></html>`,
			[]string{"休館日", "駐車場", "TEL"}},
		{"small print after the last rule", `<html><head><meta charset="utf-8"><title>あおい会</title></head><body><div>
<p><font size="4"><b>申込みフォームへの不正アクセスについて</b></font></p><p><font size="2">令和8年7月2日</font></p><p>` + body + `</p>
<p align="right">あおい会 会長 山田 花子</p><hr>
<p><font size="2">◆今後の予定◆<br>8月16日　夏祭り</font></p><p align="center"><font size="2">事務局：中央公民館内<br>このホームページは会費で運営しています。</font></p></div></body></html>`,
			[]string{"今後の予定", "事務局", "会費で運営"}},
	}
	x := New()
	for _, p := range pages {
		a, err := x.Extract(Page{URL: "https://aoikai.example/news.html", ContentType: "text/html; charset=utf-8", Body: []byte(p.page)})
		if err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		if !strings.Contains(a.Text, "申込みフォームのデータが外部から閲覧された") {
			t.Errorf("%s: the notice's text is missing: %q", p.name, a.Text)
		}
		for _, l := range p.leaks {
			if strings.Contains(a.Text, l) {
				t.Errorf("%s: %q leaked into the text", p.name, l)
			}
		}
		if a.Published == nil || a.Published.Format("2006-01-02") != "2026-07-02" {
			t.Errorf("%s: published = %v, want 2026-07-02", p.name, a.Published)
		}
	}
	slug := `<html><head><meta charset="utf-8"><title>Dissecting a loader</title></head><body><article><h1>Dissecting a loader</h1>
<p>` + strings.Repeat("The installer drops a loader next to a signed binary that loads it. ", 6) + `</p>
<h2 id="the-side-loading-chain">The side-loading chain</h2><p>` + strings.Repeat("The signed binary loads the DLL from its own folder first. ", 6) + `</p></article></body></html>`
	a, err := x.Extract(Page{URL: "https://blog.example/p", ContentType: "text/html", Body: []byte(slug), Hints: Hints{Published: time.Date(2025, 4, 6, 0, 0, 0, 0, time.UTC)}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "The side-loading chain") {
		t.Errorf("a heading whose id holds 'side' was dropped: %q", a.Text)
	}
}
