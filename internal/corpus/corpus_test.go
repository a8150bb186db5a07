package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeArticle(t *testing.T, dir, name, body string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

const good = `{"id": "a", "url": "https://x.example/a", "source": "X", "lang": "en",
 "published": "2019-03-29T09:00:00Z", "kind": "news", "title": "T", "text": "body",
 "labels": {"victims": ["Toyota"], "records": 3100000, "actors": ["APT32"], "incident": null}}`

func TestLoadRejectsMalformedFiles(t *testing.T) {
	cases := []struct {
		name, file, body, want string
	}{
		{"id differs from file name", "b.json", good, "does not match"},
		{"unknown key", "a.json", strings.Replace(good, `"kind"`, `"kindd"`, 1), "unknown field"},
		{"bad lang", "a.json", strings.Replace(good, `"en"`, `"fr"`, 1), "lang"},
		{"unknown kind", "a.json", strings.Replace(good, `"news"`, `"blog"`, 1), "kind"},
		{"records as text", "a.json", strings.Replace(good, `3100000`, `"3.1 million"`, 1), "records"},
		{"negative records", "a.json", strings.Replace(good, `3100000`, `-1`, 1), "not positive"},
		{"missing victims list", "a.json", strings.Replace(good, `"victims": ["Toyota"], `, ``, 1), "must be lists"},
		{"duplicate actor", "a.json", strings.Replace(good, `["APT32"]`, `["APT32", "APT32"]`, 1), "duplicate"},
		{"not json", "a.json", `{"id": "a",`, "unexpected EOF"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeArticle(t, dir, c.file, c.body)
			_, err := Load(dir)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Load error = %v, want ErrInvalid mentioning %q", err, c.want)
			}
		})
	}
}

func TestLoadReadsNullsAndRejectsEmptyDir(t *testing.T) {
	dir := t.TempDir()
	writeArticle(t, dir, "a.json", strings.Replace(good, `3100000`, `null`, 1))
	arts, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if arts[0].Labels.Records != nil || arts[0].Labels.Incident != "" {
		t.Errorf("null records/incident read as %v/%q", arts[0].Labels.Records, arts[0].Labels.Incident)
	}
	if got := len(Incidents(arts)); got != 0 {
		t.Errorf("Incidents grouped %d incidents for an article with none", got)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(sub); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load of an empty dir = %v, want os.ErrNotExist", err)
	}
}
