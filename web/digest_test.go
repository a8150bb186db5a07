package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/digest"
	"github.com/breachwire/breachwire/digest/digesttest"
)

const testToken = "s3cret-token"

// digestServer serves a real index with a real digest log, sending through
// a real SMTP server with cfg; cfg's SMTP is set to that server's address
// when empty.
func digestServer(t *testing.T, cfg *config.Digest) (*httptest.Server, *digesttest.MailServer) {
	t.Helper()
	ix := testIndex(t, 0)
	ms := digesttest.NewMailServer(t, "", "")
	if cfg != nil && cfg.SMTP == "" {
		cfg.SMTP = ms.Addr
	}
	logPath := filepath.Join(t.TempDir(), "digest.db")
	run := func(ctx context.Context, req digest.Request) (*digest.Result, error) {
		open := digest.OpenLog
		if req.DryRun {
			open = digest.OpenLogReadOnly
		}
		log, err := open(logPath)
		if err != nil {
			return nil, err
		}
		defer log.Close()
		return digest.Run(ctx, ix, log, cfg, "", req)
	}
	return serve(t, New(ix, WithDigest(run, testToken))), ms
}

func digestConfig() *config.Digest {
	return &config.Digest{To: []string{"soc@example.org"}, From: "breachwire@example.org", TLS: "none"}
}

// postDigest posts form to /api/digest with header and decodes the answer.
func postDigest(t *testing.T, ts *httptest.Server, form string, header http.Header) (int, digestJSON, string) {
	t.Helper()
	req, err := http.NewRequest("POST", ts.URL+"/api/digest", strings.NewReader(form))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+testToken)
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var raw json.RawMessage
	var out digestJSON
	json.NewDecoder(resp.Body).Decode(&raw)
	json.Unmarshal(raw, &out)
	return resp.StatusCode, out, string(raw)
}

func TestAPIDigestDryRunAndSend(t *testing.T) {
	ts, ms := digestServer(t, digestConfig())

	status, out, body := postDigest(t, ts, "dry_run=true&since=2019-01-01", nil)
	if status != http.StatusOK || out.Status != "dry_run" || out.New == 0 || !strings.Contains(out.Message, "Subject:") {
		t.Fatalf("dry run = %d %+v", status, out)
	}
	if strings.Contains(body, "<script>") || !strings.Contains(out.Message, "alert(1)") {
		t.Error("the hostile title is not escaped in the JSON answer, or missing from the message")
	}
	if len(ms.Received()) != 0 {
		t.Fatal("a dry run sent mail")
	}

	status, out, _ = postDigest(t, ts, "", nil)
	if status != http.StatusOK || out.Status != "sent" || out.Recipients != 1 || out.New == 0 {
		t.Fatalf("send = %d %+v", status, out)
	}
	if len(ms.Received()) != 1 {
		t.Fatalf("mail server received %d messages, want 1", len(ms.Received()))
	}
	status, out, _ = postDigest(t, ts, "dry_run=1", nil)
	if status != http.StatusOK || out.New != 0 || out.Updated != 0 {
		t.Errorf("after the send: %d %+v; want nothing new", status, out)
	}
}

func TestAPIDigestErrors(t *testing.T) {
	ts, ms := digestServer(t, digestConfig())
	cross := http.Header{"Sec-Fetch-Site": {"cross-site"}, "Origin": {"https://evil.example"}}
	for _, c := range []struct {
		name, form string
		header     http.Header
		status     int
	}{
		{"no token", "", http.Header{"Authorization": nil}, http.StatusUnauthorized},
		{"wrong token", "", http.Header{"Authorization": {"Bearer " + testToken + "x"}}, http.StatusUnauthorized},
		{"another site's form", "", cross, http.StatusForbidden},
		{"bad dry_run", "dry_run=maybe", nil, http.StatusBadRequest},
		{"bad since", "since=yesterdayish", nil, http.StatusBadRequest},
	} {
		if status, _, body := postDigest(t, ts, c.form, c.header); status != c.status {
			t.Errorf("%s: %d %s, want %d", c.name, status, body, c.status)
		}
	}
	if resp, _ := get(t, ts, "/api/digest"); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /api/digest = %d, want 405", resp.StatusCode)
	}
	if len(ms.Received()) != 0 {
		t.Fatal("a refused request sent mail")
	}

	ms.SetReject(true)
	status, out, _ := postDigest(t, ts, "", nil)
	if status != http.StatusBadGateway || out.Status != "not_sent" || !strings.Contains(out.Error, "refused") {
		t.Errorf("refused by the mail server: %d %+v, want 502", status, out)
	}
	ms.SetReject(false)
	if status, out, _ := postDigest(t, ts, "dry_run=1", nil); out.New == 0 {
		t.Errorf("after a refused send: %d %+v; want the stories still new", status, out)
	}
}

func TestAPIDigestSettings(t *testing.T) {
	ts, _ := digestServer(t, nil)
	if status, out, _ := postDigest(t, ts, "", nil); status != http.StatusUnprocessableEntity || !strings.Contains(out.Error, "digest: section") {
		t.Errorf("send without settings: %d %+v, want 422", status, out)
	}
	if status, out, _ := postDigest(t, ts, "dry_run=1", nil); status != http.StatusOK || !strings.Contains(out.Message, "analysts@localhost") {
		t.Errorf("dry run without settings: %d %+v, want placeholder addresses", status, out)
	}
	bad := digestConfig()
	bad.Watch = []string{`"unterminated`}
	ts, _ = digestServer(t, bad)
	if status, _, body := postDigest(t, ts, "dry_run=1", nil); status != http.StatusUnprocessableEntity {
		t.Errorf("a watch query that does not parse: %d %s, want 422", status, body)
	}
	ts = serve(t, New(testIndex(t, 0)))
	if status, _, _ := postDigest(t, ts, "", nil); status != http.StatusServiceUnavailable {
		t.Errorf("server without a digest: %d, want 503", status)
	}
}
