// Package config reads sources.yaml: the crawl settings, the list of sources
// and the digest settings. Load parses and validates the file once; callers
// then pass the plain values down.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"go.yaml.in/yaml/v3"
)

// Config is the whole of sources.yaml.
type Config struct {
	Crawl   Crawl
	Sources []Source
	// Digest is nil when the file has no digest: section.
	Digest *Digest
}

// Crawl holds the crawler's politeness and safety settings.
type Crawl struct {
	// UserAgent is sent with every request.
	UserAgent string
	// Delay is the pause between two requests to one host. Default 1s.
	Delay time.Duration
	// Parallelism is how many hosts are fetched at once. Default 4.
	Parallelism int
	// Timeout bounds one whole request, body included. Default 20s.
	Timeout time.Duration
	// MaxBody is the largest body read, after decompression; larger ones are
	// cut off and reported. Default 5 MB.
	MaxBody int64
}

// Default crawl settings, used for every key the file leaves out.
const (
	DefaultUserAgent   = "breachwire/0.1 (+https://github.com/breachwire/breachwire)"
	DefaultDelay       = time.Second
	DefaultParallelism = 4
	DefaultTimeout     = 20 * time.Second
	DefaultMaxBody     = 5 << 20
	DefaultInterval    = time.Hour
)

// Source types.
const (
	TypeFeed = "feed"
	TypePage = "page"
)

// Source is one entry of sources:.
type Source struct {
	// Name is unique across the file.
	Name string
	// Type is TypeFeed or TypePage.
	Type string
	// URL is the feed or listing page.
	URL string
	// Interval is how often serve crawls the source. Default 1h.
	Interval time.Duration
	// Links is the CSS selector of article links on a page source.
	Links string
	// Content is an optional CSS selector of the article body; it wins over
	// automatic extraction.
	Content string
	// Lang is an optional language hint ("en", "ja").
	Lang string
	// Line is the line of the entry in the file, for messages.
	Line int
}

// Digest holds the digest e-mail settings.
type Digest struct {
	To        []string
	From      string
	SMTP      string
	TLS       string // starttls | tls | none
	User      string
	Time      string // HH:MM local time
	BaseURL   string
	SkipEmpty bool
	Watch     []string
	Line      int
}

// Error is a problem in sources.yaml, with the place it was found.
type Error struct {
	File   string
	Line   int
	Source string // the source's name, when the problem is in one
	Err    error
}

// Error gives the file, the line and the source, then the problem.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Source != "" {
		fmt.Fprintf(&b, ": source %q", e.Source)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

// Unwrap returns the problem, which wraps ErrInvalid for a validation error.
func (e *Error) Unwrap() error { return e.Err }

// ErrInvalid is wrapped by every validation error.
var ErrInvalid = errors.New("config: invalid")

// Load reads and validates the file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(data, path)
}

// Parse parses and validates the contents of a sources file; name is used in
// messages.
func Parse(data []byte, name string) (*Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, &Error{File: name, Line: yamlLine(err), Err: fmt.Errorf("%w: %v", ErrInvalid, err)}
	}
	p := parser{file: name}
	cfg := p.config(&root)
	if p.err != nil {
		return nil, p.err
	}
	if err := cfg.Validate(name); err != nil {
		return nil, err
	}
	return cfg, nil
}

// Validate checks what a single key cannot: required keys, unique names and
// that a page source has a links selector.
func (c *Config) Validate(file string) error {
	if len(c.Sources) == 0 {
		return &Error{File: file, Err: fmt.Errorf("%w: no sources", ErrInvalid)}
	}
	seen := map[string]int{}
	for _, s := range c.Sources {
		bad := func(format string, a ...any) error {
			return &Error{File: file, Line: s.Line, Source: s.Name, Err: fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, a...)...)}
		}
		switch {
		case s.Name == "":
			return bad("missing name")
		case s.URL == "":
			return bad("missing url")
		case s.Type != TypeFeed && s.Type != TypePage:
			return bad("type must be %q or %q, not %q", TypeFeed, TypePage, s.Type)
		case s.Type == TypePage && s.Links == "":
			return bad("a page source needs a links selector")
		}
		// url.Parse lowers the scheme: URL schemes are case-insensitive.
		if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return bad("url %q is not an http or https URL", s.URL)
		}
		if line, dup := seen[s.Name]; dup {
			return bad("duplicate name (first at line %d)", line)
		}
		seen[s.Name] = s.Line
		if s.Lang != "" && s.Lang != "en" && s.Lang != "ja" {
			return bad("lang must be en or ja, not %q", s.Lang)
		}
	}
	if d := c.Digest; d != nil {
		switch d.TLS {
		case "starttls", "tls", "none":
		default:
			return &Error{File: file, Line: d.Line, Err: fmt.Errorf("%w: digest tls must be starttls, tls or none, not %q", ErrInvalid, d.TLS)}
		}
		if d.Time != "" {
			if _, err := time.Parse("15:04", d.Time); err != nil {
				return &Error{File: file, Line: d.Line, Err: fmt.Errorf("%w: digest time %q is not HH:MM", ErrInvalid, d.Time)}
			}
		}
	}
	return nil
}

// parser walks the YAML tree, rejecting unknown keys with their line. It
// records the first error and then does nothing more.
type parser struct {
	file string
	err  error
}

func (p *parser) fail(n *yaml.Node, source, format string, a ...any) {
	if p.err == nil {
		line := 0
		if n != nil {
			line = n.Line
		}
		p.err = &Error{File: p.file, Line: line, Source: source, Err: fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, a...)...)}
	}
}

// mapping calls f for each key of a mapping node, and fails on keys f does not know.
func (p *parser) mapping(n *yaml.Node, what, source string, f func(key string, v *yaml.Node) bool) {
	if n.Kind != yaml.MappingNode {
		p.fail(n, source, "%s must be a mapping", what)
		return
	}
	for i := 0; i+1 < len(n.Content) && p.err == nil; i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !f(k.Value, v) {
			p.fail(k, source, "unknown key %q in %s", k.Value, what)
		}
	}
}

func (p *parser) config(root *yaml.Node) *Config {
	cfg := &Config{Crawl: Crawl{
		UserAgent:   DefaultUserAgent,
		Delay:       DefaultDelay,
		Parallelism: DefaultParallelism,
		Timeout:     DefaultTimeout,
		MaxBody:     DefaultMaxBody,
	}}
	if root.Kind == 0 || len(root.Content) == 0 {
		return cfg
	}
	p.mapping(root.Content[0], "sources file", "", func(key string, v *yaml.Node) bool {
		switch key {
		case "crawl":
			p.crawl(v, &cfg.Crawl)
		case "sources":
			if v.Kind != yaml.SequenceNode {
				p.fail(v, "", "sources must be a list")
				return true
			}
			for _, n := range v.Content {
				cfg.Sources = append(cfg.Sources, p.source(n))
			}
		case "digest":
			cfg.Digest = p.digest(v)
		default:
			return false
		}
		return true
	})
	return cfg
}

func (p *parser) crawl(n *yaml.Node, c *Crawl) {
	p.mapping(n, "crawl", "", func(key string, v *yaml.Node) bool {
		switch key {
		case "user_agent":
			c.UserAgent = p.str(v, "")
		case "delay":
			c.Delay = p.duration(v, "")
		case "parallelism":
			c.Parallelism = p.positive(v, "")
		case "timeout":
			c.Timeout = p.duration(v, "")
			if c.Timeout <= 0 {
				p.fail(v, "", "timeout must be positive")
			}
		case "max_body":
			c.MaxBody = p.size(v)
		default:
			return false
		}
		return true
	})
}

func (p *parser) source(n *yaml.Node) Source {
	s := Source{Line: n.Line, Interval: DefaultInterval}
	if n.Kind == yaml.MappingNode {
		// Find the name first so that every message about this entry names it.
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "name" {
				s.Name = n.Content[i+1].Value
			}
		}
	}
	p.mapping(n, "source", s.Name, func(key string, v *yaml.Node) bool {
		switch key {
		case "name":
			s.Name = p.str(v, s.Name)
		case "type":
			s.Type = p.str(v, s.Name)
		case "url":
			s.URL = p.str(v, s.Name)
		case "interval":
			s.Interval = p.duration(v, s.Name)
			if s.Interval <= 0 {
				p.fail(v, s.Name, "interval must be positive")
			}
		case "links":
			s.Links = p.selector(v, s.Name, key)
		case "content":
			s.Content = p.selector(v, s.Name, key)
		case "lang":
			s.Lang = p.str(v, s.Name)
		default:
			return false
		}
		return true
	})
	return s
}

func (p *parser) digest(n *yaml.Node) *Digest {
	d := &Digest{TLS: "starttls", Time: "07:00", Line: n.Line}
	p.mapping(n, "digest", "", func(key string, v *yaml.Node) bool {
		switch key {
		case "to":
			d.To = p.strs(v)
		case "from":
			d.From = p.str(v, "")
		case "smtp":
			d.SMTP = p.str(v, "")
		case "tls":
			d.TLS = p.str(v, "")
		case "user":
			d.User = p.str(v, "")
		case "time":
			d.Time = p.str(v, "")
		case "base_url":
			d.BaseURL = strings.TrimRight(p.str(v, ""), "/")
		case "skip_empty":
			d.SkipEmpty = p.boolean(v)
		case "watch":
			d.Watch = p.strs(v)
		case "password":
			p.fail(v, "", "the SMTP password is read only from $BREACHWIRE_SMTP_PASSWORD, never from the file")
		default:
			return false
		}
		return true
	})
	return d
}

func (p *parser) str(v *yaml.Node, source string) string {
	if v.Kind != yaml.ScalarNode {
		p.fail(v, source, "expected a single value")
		return ""
	}
	return strings.TrimSpace(v.Value)
}

// selector reads a CSS selector and checks it, so that one that does not
// parse fails the file at its line instead of the source at crawl time.
func (p *parser) selector(v *yaml.Node, source, key string) string {
	sel := p.str(v, source)
	if sel != "" {
		if err := CheckSelector(sel); err != nil {
			p.fail(v, source, "%s %v", key, err)
		}
	}
	return sel
}

// CheckSelector reports whether sel is a CSS selector the crawler can use:
// it compiles it as the crawler's listing reader and goquery do, with
// cascadia.
func CheckSelector(sel string) error {
	if _, err := cascadia.Compile(sel); err != nil {
		return fmt.Errorf("selector %q is not valid CSS: %v", sel, err)
	}
	return nil
}

func (p *parser) strs(v *yaml.Node) []string {
	if v.Kind == yaml.ScalarNode {
		if s := strings.TrimSpace(v.Value); s != "" {
			return []string{s}
		}
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		p.fail(v, "", "expected a list")
		return nil
	}
	var out []string
	for _, e := range v.Content {
		if s := p.str(e, ""); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) duration(v *yaml.Node, source string) time.Duration {
	d, err := time.ParseDuration(p.str(v, source))
	if err != nil {
		p.fail(v, source, "%q is not a duration such as 1s, 500ms or 2h", v.Value)
	}
	return d
}

func (p *parser) positive(v *yaml.Node, source string) int {
	n, err := strconv.Atoi(p.str(v, source))
	if err != nil || n < 1 {
		p.fail(v, source, "%q is not a positive whole number", v.Value)
	}
	return n
}

func (p *parser) boolean(v *yaml.Node) bool {
	b, err := strconv.ParseBool(p.str(v, ""))
	if err != nil {
		p.fail(v, "", "%q is not true or false", v.Value)
	}
	return b
}

// size parses a byte size such as 5MB, 512KB, 1GiB or 1048576.
func (p *parser) size(v *yaml.Node) int64 {
	n, err := ParseSize(p.str(v, ""))
	if err != nil {
		p.fail(v, "", "%v", err)
	}
	return n
}

// ParseSize parses a byte size such as "5MB", "512KiB" or "1048576". KB, MB
// and GB are taken as powers of 1024, as most users mean them for a limit.
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f <= 0 || f*float64(mult) > 1<<40 {
		return 0, fmt.Errorf("%q is not a size such as 5MB", s)
	}
	return int64(f * float64(mult)), nil
}

// yamlLine digs the line number out of a yaml syntax error, 0 if none.
func yamlLine(err error) int {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if i := strings.Index(msg, "line "); i >= 0 {
		rest := msg[i+5:]
		j := 0
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(rest[:j])
		return n
	}
	return 0
}
