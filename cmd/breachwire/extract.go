package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl/fetch"
	"github.com/breachwire/breachwire/extract"
)

func runExtract(ctx context.Context, e *env, args []string) int {
	fs, c := newFlags(e, "extract", usageExtract)
	fs.Bool("json", true, "print one JSON object (the only format)")
	lang := fs.String("lang", "", "language hint (en or ja); otherwise detected")
	content := fs.String("content", "", "CSS `selector` of the article body, as a source's content key")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return exitFor(err)
	}
	if len(pos) != 1 {
		fs.Usage()
		return exitUsage
	}
	if *content != "" {
		if err := config.CheckSelector(*content); err != nil {
			fmt.Fprintf(e.stderr, "breachwire: --content %v\n", err)
			return exitUsage
		}
	}
	x, err := newExtractor(c)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	page, err := readPage(ctx, c, pos[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	page.Hints.Lang, page.Hints.Content = *lang, *content
	art, err := x.Extract(page)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %s: %v\n", pos[0], err)
		return exitFailure
	}
	if art.URL == "" {
		art.URL = fileURL(pos[0])
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(art); err != nil {
		return exitFailure
	}
	return exitOK
}

// readPage reads a page from a URL, with the crawler's fetcher and limits, or
// from a file.
func readPage(ctx context.Context, c *common, arg string) (extract.Page, error) {
	if isWebURL(arg) {
		cc := config.Crawl{UserAgent: config.DefaultUserAgent, Timeout: config.DefaultTimeout, MaxBody: config.DefaultMaxBody}
		if exists(c.config) {
			if cfg, err := config.Load(c.config); err == nil {
				cc = cfg.Crawl
			}
		}
		return fetchPage(ctx, cc, arg)
	}
	body, err := os.ReadFile(arg)
	if err != nil {
		return extract.Page{}, err
	}
	// No URL: the page's own canonical URL, if it has one, names it.
	return extract.Page{Body: body}, nil
}

// isWebURL reports whether arg is an http or https URL rather than a file
// name. Schemes are case-insensitive (HTTP://host/path is a URL), and
// url.Parse lowers them.
func isWebURL(arg string) bool {
	u, err := url.Parse(arg)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https")
}

// fileURL names a local file as a URL, for the article's url field.
func fileURL(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return "file://" + path
}

// fetchPage fetches one page with the crawler's fetcher: the same limits,
// redirect handling and robots.txt rules as a crawl.
func fetchPage(ctx context.Context, cc config.Crawl, u string) (extract.Page, error) {
	f := fetch.New(fetch.Config{UserAgent: cc.UserAgent, Timeout: cc.Timeout, MaxBody: cc.MaxBody, Parallelism: 1})
	resp, err := f.Fetch(ctx, fetch.Request{URL: u})
	if err != nil {
		return extract.Page{}, err
	}
	return extract.Page{URL: resp.URL, Body: resp.Body, ContentType: resp.Header.Get("Content-Type")}, nil
}
