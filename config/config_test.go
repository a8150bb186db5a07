package config

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const example = `
crawl:
  user_agent: "breachwire-test/1.0"
  delay: 250ms
  parallelism: 2
  timeout: 5s
  max_body: 2MB
sources:
  - name: ZDNet Security
    type: feed
    url: https://www.zdnet.com/topic/security/rss.xml
    interval: 30m
  - name: Toyota newsroom (ja)
    type: page
    url: https://global.toyota/jp/newsroom/
    links: "a.news-link"
    content: "div.release"
    lang: ja
digest:
  to: ["soc@example.org"]
  from: "breachwire <breachwire@example.org>"
  smtp: "smtp.example.org:587"
  tls: starttls
  user: "breachwire"
  time: "07:00"
  base_url: "https://breachwire.example.org/"
  skip_empty: true
  watch: ["actor:APT32", "victim:Toyota", "ransomware"]
`

func TestParseExample(t *testing.T) {
	cfg, err := Parse([]byte(example), "sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c := cfg.Crawl
	if c.UserAgent != "breachwire-test/1.0" || c.Delay != 250*time.Millisecond || c.Parallelism != 2 || c.Timeout != 5*time.Second || c.MaxBody != 2<<20 {
		t.Errorf("crawl = %+v", c)
	}
	if len(cfg.Sources) != 2 {
		t.Fatalf("got %d sources", len(cfg.Sources))
	}
	z, ty := cfg.Sources[0], cfg.Sources[1]
	if z.Type != TypeFeed || z.Interval != 30*time.Minute || z.Line != 9 {
		t.Errorf("feed source = %+v", z)
	}
	if ty.Type != TypePage || ty.Links != "a.news-link" || ty.Content != "div.release" || ty.Lang != "ja" || ty.Interval != DefaultInterval {
		t.Errorf("page source = %+v", ty)
	}
	d := cfg.Digest
	if d == nil || d.SMTP != "smtp.example.org:587" || !d.SkipEmpty || len(d.Watch) != 3 || d.BaseURL != "https://breachwire.example.org" {
		t.Errorf("digest = %+v", d)
	}
}

func TestDefaults(t *testing.T) {
	cfg, err := Parse([]byte("sources:\n  - {name: a, type: feed, url: 'http://x/feed'}\n"), "s.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := Crawl{UserAgent: DefaultUserAgent, Delay: DefaultDelay, Parallelism: DefaultParallelism, Timeout: DefaultTimeout, MaxBody: DefaultMaxBody}
	if cfg.Crawl != want {
		t.Errorf("crawl = %+v, want %+v", cfg.Crawl, want)
	}
	if cfg.Digest != nil {
		t.Errorf("digest = %+v, want nil", cfg.Digest)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		line       int
		source     string
		msg        string
	}{
		{"unknown source key", "sources:\n  - name: a\n    type: feed\n    url: http://x/\n    colour: red\n", 5, "a", `unknown key "colour"`},
		{"unknown top key", "sources:\n  - {name: a, type: feed, url: 'http://x/'}\nsauces: 1\n", 3, "", `unknown key "sauces"`},
		{"missing url", "sources:\n  - name: a\n    type: feed\n  - name: b\n    type: feed\n    url: http://x/\n", 2, "a", "missing url"},
		{"page without links", "sources:\n  - name: a\n    type: feed\n    url: http://x/\n  - name: p\n    type: page\n    url: http://x/list\n", 5, "p", "links selector"},
		{"duplicate name", "sources:\n  - {name: a, type: feed, url: 'http://x/'}\n  - {name: a, type: feed, url: 'http://y/'}\n", 3, "a", "duplicate name"},
		{"bad type", "sources:\n  - {name: a, type: blog, url: 'http://x/'}\n", 2, "a", "type must be"},
		{"bad delay", "crawl:\n  delay: soon\nsources:\n  - {name: a, type: feed, url: 'http://x/'}\n", 2, "", "not a duration"},
		{"bad size", "crawl:\n  max_body: lots\nsources:\n  - {name: a, type: feed, url: 'http://x/'}\n", 2, "", "not a size"},
		{"password in file", "sources:\n  - {name: a, type: feed, url: 'http://x/'}\ndigest:\n  password: hunter2\n", 4, "", "BREACHWIRE_SMTP_PASSWORD"},
		{"syntax", "sources:\n  - name: a\n    type: [\n", -1, "", "yaml"},
		{"no sources", "crawl:\n  delay: 1s\n", 0, "", "no sources"},
		{"bad links selector", "sources:\n  - name: p\n    type: page\n    url: http://x/list\n    links: 'a['\n", 5, "p", `links selector "a["`},
		{"bad content selector", "sources:\n  - name: f\n    type: feed\n    url: http://x/feed\n    content: 'div['\n", 5, "f", `content selector "div["`},
		{"bad selector in flow mapping", "sources:\n  - {name: p, type: page, url: 'http://x/', links: 'a.news-link, ul >'}\n", 2, "p", "links selector"},
		{"not http", "sources:\n  - {name: a, type: feed, url: 'ftp://x/feed'}\n", 2, "a", "not an http or https URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.yaml), "s.yaml")
			var ce *Error
			if !errors.As(err, &ce) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("got %v, want a config error", err)
			}
			if tc.line == -1 && ce.Line > 0 {
				tc.line = ce.Line // a syntax error: yaml decides which line it blames
			}
			if ce.Line != tc.line || ce.Source != tc.source {
				t.Errorf("line %d source %q, want line %d source %q (%v)", ce.Line, ce.Source, tc.line, tc.source, err)
			}
			if !strings.Contains(err.Error(), tc.msg) || !strings.HasPrefix(err.Error(), "s.yaml") {
				t.Errorf("message %q does not say %q", err, tc.msg)
			}
		})
	}
}

// TestSelectorsAndSchemes: valid CSS selectors pass, and a URL scheme is
// matched without regard to case, as URLs define it.
func TestSelectorsAndSchemes(t *testing.T) {
	yaml := "sources:\n" +
		"  - {name: a, type: page, url: 'HTTPS://x.example/list', links: 'ul.news > li a[href^=\"/news/\"], h2 a', content: 'article div.body:not(.ad)'}\n" +
		"  - {name: b, type: feed, url: 'Http://y.example/feed'}\n"
	cfg, err := Parse([]byte(yaml), "s.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Sources) != 2 {
		t.Errorf("got %d sources", len(cfg.Sources))
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"5MB": 5 << 20, "512KB": 512 << 10, "1GiB": 1 << 30, "1048576": 1 << 20, "1.5 MB": 3 << 19} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1MB", "MB", "10TB0"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) accepted", in)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(example))
	f.Add([]byte("sources: [{name: a}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse(data, "fuzz.yaml")
		if err == nil && len(cfg.Sources) == 0 {
			t.Fatal("a config without sources was accepted")
		}
	})
}

// TestBundledSources checks the sources.yaml that ships with breachwire.
func TestBundledSources(t *testing.T) {
	cfg, err := Load("../sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Sources) < 30 {
		t.Errorf("sources.yaml has %d sources, want at least 30", len(cfg.Sources))
	}
	langs := map[string]int{}
	for _, s := range cfg.Sources {
		langs[s.Lang]++
	}
	if langs["ja"] < 5 {
		t.Errorf("only %d Japanese sources", langs["ja"])
	}
}
