package digest

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/digest/digesttest"
	"github.com/breachwire/breachwire/index"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func ptr(n int64) *int64 { return &n }

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sampleDigest is a fixed digest: a watched cross-language story, an updated
// one, a story with a hostile title and link, and one without any facts.
func sampleDigest() *Digest {
	toyota := index.Story{
		ID: "s-toyota", Title: "Toyota discloses second data breach in five weeks",
		Victims: []string{"Toyota"}, Records: ptr(3_100_000), RecordsQualifier: "up_to", Actors: []string{"APT32"},
		FirstSeen: at("2019-03-29T09:00:00Z"), Updated: at("2019-04-01T10:00:00Z"), Languages: []string{"en", "ja"},
		Articles: []index.StoryArticle{
			{URL: "https://zdnet.example/toyota", Source: "ZDNet", Lang: "en", Origin: true,
				Summary: "Toyota said hackers breached servers of its Tokyo sales subsidiaries that stored data on up to 3.1 million customers. The company is still investigating."},
			{URL: "https://blog.example/toyota", Source: "IT Blog", Lang: "en"},
			{URL: "https://global.toyota.example/jp/1", Source: "トヨタ", Lang: "ja", Title: "不正アクセスに関するお詫びとお知らせ"},
		},
	}
	updated := index.Story{
		ID: "s-hoken", Title: "保険代理店に不正アクセス、顧客情報25万件流出の可能性",
		Victims: []string{"みらい保険サービス"}, Records: ptr(254_241), RecordsQualifier: "exact",
		FirstSeen: at("2019-03-27T01:00:00Z"), Updated: at("2019-03-30T01:00:00Z"), Languages: []string{"ja"},
		Articles: []index.StoryArticle{{URL: "https://news.example.jp/a/1", Source: "Security NEXT", Lang: "ja", Origin: true, Summary: "同社によれば、顧客25万4241人分の氏名や住所が外部から閲覧できる状態にあった。"}},
	}
	hostile := index.Story{
		ID: "s-hostile", Title: `<script>alert(1)</script> "quoted" & more`,
		Victims: []string{`Evil <b>Corp</b>`}, FirstSeen: at("2019-03-28T12:00:00Z"), Updated: at("2019-03-28T12:00:00Z"), Languages: []string{"en"},
		Articles: []index.StoryArticle{{URL: "javascript:alert(1)", Source: "Shady", Lang: "en", Origin: true, Summary: `<img src=x onerror=alert(2)> Hidden text`}},
	}
	plain := index.Story{
		ID: "s-advisory", Title: "Vendor patches critical flaw in VPN appliance",
		FirstSeen: at("2019-03-29T15:00:00Z"), Updated: at("2019-03-29T15:00:00Z"), Languages: []string{"en"},
		Articles: []index.StoryArticle{{URL: "https://advisories.example/1", Source: "CERT", Lang: "en"}},
	}
	return &Digest{
		Date:         at("2019-03-30T07:00:00+09:00"),
		Watched:      []Entry{{Story: toyota, Status: New, Watch: []string{"victim:Toyota"}}},
		Others:       []Entry{{Story: updated, Status: Updated, Changes: []string{"new record figure"}}, {Story: hostile, Status: New}, {Story: plain, Status: New}},
		NewCount:     3,
		UpdatedCount: 1,
	}
}

func TestRenderGolden(t *testing.T) {
	html, text, err := Render(sampleDigest(), "https://breachwire.example.org")
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]string{"sample.html": html, "sample.txt": text} {
		path := filepath.Join("testdata", name)
		if *update {
			os.WriteFile(path, []byte(got), 0o644)
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./digest -update to create it)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from the golden file; rerun with -update and review the diff\n--- got ---\n%s", name, got)
		}
	}
}

func TestRenderContent(t *testing.T) {
	html, text, err := Render(sampleDigest(), "https://breachwire.example.org")
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{html, text} {
		for _, want := range []string{"up to 3.1 million", "APT32", "3 outlets", "en, ja", "保険代理店に不正アクセス", "25万4241人分", "254,241", "https://zdnet.example/toyota", "https://breachwire.example.org/stories/s-toyota"} {
			if !strings.Contains(part, want) {
				t.Errorf("digest lacks %q", want)
			}
		}
	}
	if strings.Index(html, "Watched") > strings.Index(html, "Toyota discloses") || strings.Index(text, "WATCHED") > strings.Index(text, "Toyota discloses") {
		t.Error("the watched story does not come under the Watched heading")
	}
	for _, bad := range []string{"<script>", "<img", "javascript:", "<b>Corp"} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML part contains live markup %q", bad)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("hostile title is not shown as text in the HTML part")
	}
	if !strings.Contains(text, "<script>alert(1)</script>") || strings.Contains(text, "Read: javascript:") {
		t.Error("text part should show the title verbatim and no javascript: link")
	}
	if strings.Contains(html, "<link") || strings.Contains(html, "<img") {
		t.Error("HTML part loads remote resources")
	}
}

func TestSubject(t *testing.T) {
	d := sampleDigest()
	if got, want := d.Subject(), "breachwire digest 2019-03-30: 3 new stories, 1 updated"; got != want {
		t.Errorf("Subject = %q, want %q", got, want)
	}
	empty := &Digest{Date: d.Date}
	if got := empty.Subject(); got != "breachwire digest 2019-03-30: nothing new" {
		t.Errorf("empty Subject = %q", got)
	}
}

func TestRecords(t *testing.T) {
	for _, tc := range []struct {
		n    *int64
		q    string
		want string
	}{
		{ptr(3_100_000), "up_to", "up to 3.1 million"},
		{ptr(254_241), "exact", "254,241"},
		{ptr(533_000_000), "about", "about 533 million"},
		{ptr(1_200_000_000), "at_least", "at least 1.2 billion"},
		{ptr(999), "", "999"},
		{ptr(1_234_567), "", "1,234,567"},
		{nil, "up_to", ""},
	} {
		if got := Records(tc.n, tc.q); got != tc.want {
			t.Errorf("Records(%v, %q) = %q, want %q", tc.n, tc.q, got, tc.want)
		}
	}
}

// parsed is a delivered message taken apart with the standard library.
type parsed struct {
	header      mail.Header
	subject     string
	text, html  string
	contentType string
}

func parseMessage(t *testing.T, raw []byte) parsed {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("message does not parse: %v", err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		t.Fatalf("subject: %v", err)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type %q, want multipart/alternative (%v)", m.Header.Get("Content-Type"), err)
	}
	p := parsed{header: m.Header, subject: subject, contentType: mt}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("part: %v", err)
		}
		ct, cparams, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if !strings.EqualFold(cparams["charset"], "utf-8") {
			t.Errorf("part %s charset %q, want UTF-8", ct, cparams["charset"])
		}
		body, err := io.ReadAll(part) // multipart decodes quoted-printable
		if err != nil {
			t.Fatal(err)
		}
		switch ct {
		case "text/plain":
			p.text = string(body)
		case "text/html":
			p.html = string(body)
		default:
			t.Errorf("unexpected part %s", ct)
		}
	}
	if p.text == "" || p.html == "" {
		t.Fatalf("want a text and an HTML part, got text %d bytes, html %d bytes", len(p.text), len(p.html))
	}
	return p
}

func testConfig(addr string) *config.Digest {
	return &config.Digest{To: []string{"soc@example.org", "cti@example.org"}, From: "breachwire <breachwire@example.org>", SMTP: addr, TLS: "none", BaseURL: "https://breachwire.example.org"}
}

func TestSendDelivers(t *testing.T) {
	ms := digesttest.NewMailServer(t, "", "")
	cfg := testConfig(ms.Addr)
	m, err := Message(sampleDigest(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := Send(context.Background(), cfg, "", m); err != nil {
		t.Fatal(err)
	}
	got := ms.Received()
	if len(got) != 1 {
		t.Fatalf("server received %d messages, want 1", len(got))
	}
	p := parseMessage(t, got[0])
	if p.subject != "breachwire digest 2019-03-30: 3 new stories, 1 updated" {
		t.Errorf("subject %q", p.subject)
	}
	if from := p.header.Get("From"); !strings.Contains(from, "breachwire@example.org") {
		t.Errorf("From %q", from)
	}
	if to := p.header.Get("To"); !strings.Contains(to, "soc@example.org") || !strings.Contains(to, "cti@example.org") {
		t.Errorf("To %q", to)
	}
	if p.header.Get("Date") == "" || p.header.Get("Message-Id") == "" {
		t.Error("Date or Message-ID missing")
	}
	if !strings.Contains(p.text, "保険代理店に不正アクセス") || !strings.Contains(p.html, "保険代理店に不正アクセス") {
		t.Error("Japanese title did not survive")
	}
	if strings.Contains(p.html, "<script>") || !strings.Contains(p.html, "&lt;script&gt;") {
		t.Error("hostile title arrived as markup")
	}
	if len(ms.Recipients()) != 2 {
		t.Errorf("recipients %v", ms.Recipients())
	}
}

func TestSendAuth(t *testing.T) {
	ms := digesttest.NewMailServer(t, "breachwire", "s3cret")
	cfg := testConfig(ms.Addr)
	cfg.User = "breachwire"
	m, _ := Message(sampleDigest(), cfg)
	err := Send(context.Background(), cfg, "wrong", m)
	if !errors.Is(err, ErrDelivery) {
		t.Fatalf("wrong password: got %v, want ErrDelivery", err)
	}
	if !strings.Contains(strings.ToLower(err.Error()), "auth") {
		t.Errorf("error %q does not say authentication failed", err)
	}
	if len(ms.Received()) != 0 {
		t.Fatal("message delivered despite failed login")
	}
	if err := Send(context.Background(), cfg, "s3cret", m); err != nil {
		t.Fatalf("right password: %v", err)
	}
	if len(ms.Received()) != 1 {
		t.Fatal("message not delivered after login")
	}
}

func TestSendFailures(t *testing.T) {
	ms := digesttest.NewMailServer(t, "", "")
	ms.SetReject(true)
	m, _ := Message(sampleDigest(), testConfig(ms.Addr))
	if err := Send(context.Background(), testConfig(ms.Addr), "", m); !errors.Is(err, ErrDelivery) || !strings.Contains(err.Error(), "refused") {
		t.Errorf("rejected message: got %v", err)
	}

	starttls := testConfig(ms.Addr)
	starttls.TLS = "starttls"
	if err := Send(context.Background(), starttls, "", m); !errors.Is(err, ErrDelivery) || !strings.Contains(strings.ToLower(err.Error()), "tls") {
		t.Errorf("server without STARTTLS: got %v, want a TLS error", err)
	}

	closed := testConfig(closedAddr(t))
	if err := Send(context.Background(), closed, "", m); !errors.Is(err, ErrDelivery) || !strings.Contains(err.Error(), "refused") {
		t.Errorf("no server: got %v, want connection refused", err)
	}

	if err := Send(context.Background(), &config.Digest{SMTP: "nohostport", To: []string{"a@b"}, From: "c@d"}, "", m); !errors.Is(err, ErrConfig) {
		t.Errorf("bad smtp setting: got %v, want ErrConfig", err)
	}
}

// closedAddr returns a loopback address nothing listens on: port 1
// (tcpmux) is unused on any machine that runs these tests.
func closedAddr(t *testing.T) string { return "127.0.0.1:1" }

func TestWriteMessageDryRun(t *testing.T) {
	m, err := Message(sampleDigest(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteMessage(&buf, m); err != nil {
		t.Fatal(err)
	}
	p := parseMessage(t, buf.Bytes())
	if !strings.Contains(p.header.Get("To"), dryRunTo) {
		t.Errorf("dry run To %q", p.header.Get("To"))
	}
}
