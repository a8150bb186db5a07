package crawl

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/breachwire/breachwire/config"
)

func TestWorthTrying(t *testing.T) {
	now := time.Date(2019, 4, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		f    failure
		want bool
	}{
		{"never failed", failure{}, true},
		{"404 an hour ago", failure{Attempts: 1, Permanent: true, LastTry: now.Add(-time.Hour)}, false},
		{"404 yesterday", failure{Attempts: 1, Permanent: true, LastTry: now.Add(-24 * time.Hour)}, true},
		{"404 three times", failure{Attempts: 3, Permanent: true, LastTry: now.Add(-48 * time.Hour)}, false},
		{"500 a minute ago", failure{Attempts: 2, LastTry: now.Add(-time.Minute)}, true},
		{"500 five times", failure{Attempts: 5, LastTry: now.Add(-time.Minute)}, false},
	} {
		if got := c.f.worthTrying(now); got != c.want {
			t.Errorf("%s: worthTrying = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestHealthRecordsAndJSON(t *testing.T) {
	st := openTestState(t, t.TempDir())
	defer st.Close()
	src := config.Source{Name: "JPCERT", URL: "https://jp.example/rss"}
	never := config.Source{Name: "Never", URL: "https://n.example/"}
	t0 := time.Date(2019, 3, 29, 9, 0, 0, 0, time.UTC)
	steps := []struct {
		err    error
		stored int
	}{{nil, 4}, {errors.New("timeout"), 0}, {errors.New("HTTP 500"), 0}}
	for i, s := range steps {
		if err := st.recordRun(src, s.err, s.stored, 0, 0, t0.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	hs, err := st.SourcesFor([]config.Source{src, never})
	if err != nil {
		t.Fatal(err)
	}
	h := hs[0]
	if h.Failures != 2 || h.LastError != "HTTP 500" || !h.LastSuccess.Equal(t0) || h.Articles != 4 {
		t.Errorf("health = %+v", h)
	}
	data, _ := json.Marshal(hs[1])
	for _, key := range []string{`"name":"Never"`, `"last_success":null`, `"failures":0`, `"last_error":""`, `"articles":0`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("%s lacks %s", data, key)
		}
	}
	data, _ = json.Marshal(h)
	if !strings.Contains(string(data), `"last_success":"2019-03-29T09:00:00Z"`) {
		t.Errorf("%s", data)
	}
	if err := st.recordRun(src, nil, 1, 0, 0, t0.Add(5*time.Hour)); err != nil {
		t.Fatal(err)
	}
	all, _ := st.Sources()
	if len(all) != 1 || all[0].Failures != 0 || all[0].LastError != "" || all[0].Articles != 5 {
		t.Errorf("after a success: %+v", all)
	}
}
