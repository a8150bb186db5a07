package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl"
	"github.com/breachwire/breachwire/datadir"
	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/index"
	"github.com/breachwire/breachwire/web"
)

func runCrawl(ctx context.Context, e *env, args []string) int {
	fs, c := newFlags(e, "crawl", usageCrawl)
	var only listFlag
	fs.Var(&only, "source", "crawl only the source with this `name`; repeatable")
	quiet := fs.Bool("quiet", false, "no progress or log lines, only the summary")
	if _, err := parseArgs(fs, args); err != nil {
		return exitFor(err)
	}
	cfg, ok := loadConfig(e, c)
	if !ok {
		return exitFailure
	}
	sources, err := pickSources(cfg.Sources, only)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	// Lock first: a second crawl must say so at once, before the extractor
	// loads the actor catalogue.
	d, code := lockData(e, c, "crawl", "")
	if d == nil {
		return code
	}
	defer d.Release()
	x, err := newExtractor(c)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	p, code := openPipeline(e, d, cfg.Crawl, x, *quiet)
	if p == nil {
		return code
	}
	defer p.close()
	// While the pass runs, search, stories and sources from other
	// processes are answered by this one.
	defer serveReaders(d, p, cfg.Sources)()
	sum, err := p.crawl(ctx, sources)
	for _, f := range sum.Failures {
		fmt.Fprintf(e.stderr, "breachwire: failed: %v\n", f)
	}
	line := p.summaryLine(sum)
	sig, stopped := signalled(err)
	if stopped {
		line += fmt.Sprintf("; interrupted by %s, %d of %d sources unfinished",
			signalName(sig), len(sources)-sum.SourcesOK-sum.SourcesFailed, len(sources))
	}
	fmt.Fprintln(e.stdout, line)
	switch {
	case stopped:
		// Not 1, which says the config or data dir is bad: a shell's
		// status for a process the signal ended.
		fmt.Fprintf(e.stderr, "breachwire: crawl interrupted by %s; what it stored is kept, the next crawl fetches the rest\n", signalName(sig))
		return exitForSignal(sig)
	case err != nil:
		fmt.Fprintf(e.stderr, "breachwire: crawl: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// serveReaders answers the read-only JSON API on a loopback port for as long
// as a writing command holds d, and writes the port in d's holder note, so
// that reading commands run meanwhile ask it rather than wait. Without a
// loopback interface readers simply wait, as datadir describes. The
// returned func withdraws the note and stops the server.
func serveReaders(d *datadir.Dir, p *pipeline, sources []config.Source) (stop func()) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return func() {}
	}
	srv := web.New(p.ix, web.WithSources(func(context.Context) ([]web.SourceHealth, error) {
		return sourceHealth(sources, p.state)
	}))
	all := srv.Handler()
	readOnly := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Only what the reading commands ask: no pages, no triggers.
		if r.Method != http.MethodGet || !(strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz") {
			http.NotFound(w, r)
			return
		}
		all.ServeHTTP(w, r)
	})
	hs := &http.Server{Handler: readOnly, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: time.Minute}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = hs.Serve(ln)
	}()
	d.SetAddr(ln.Addr().String())
	return func() {
		d.SetAddr("")
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if hs.Shutdown(ctx) != nil {
			_ = hs.Close() // requests still running must not outlive the index
		}
		<-done
	}
}

// pickSources returns the sources named by --source, or all of them.
func pickSources(all []config.Source, names []string) ([]config.Source, error) {
	if len(names) == 0 {
		return all, nil
	}
	var out []config.Source
	for _, n := range names {
		found := false
		for _, s := range all {
			if s.Name == n {
				out, found = append(out, s), true
			}
		}
		if !found {
			return nil, fmt.Errorf("no source named %q in the config", n)
		}
	}
	return out, nil
}

// pipeline is crawl → extract → index over one locked data dir; serve keeps
// one for its lifetime, crawl for one pass.
type pipeline struct {
	state   *crawl.State
	ix      *index.Index
	crawler *crawl.Crawler
	added   index.AddResult
}

func openPipeline(e *env, d *datadir.Dir, cc config.Crawl, x *extract.Extractor, quiet bool) (*pipeline, int) {
	st, err := crawl.OpenState(d.Path(datadir.CrawlState))
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return nil, exitFailure
	}
	ix, code := openIndex(e, d)
	if ix == nil {
		st.Close()
		return nil, code
	}
	var opts []crawl.Option
	if !quiet {
		opts = append(opts, crawl.WithLogger(slog.New(slog.NewTextHandler(e.stderr, nil))))
		if f, ok := e.stderr.(*os.File); ok {
			opts = append(opts, crawl.WithProgress(f))
		}
	}
	return &pipeline{state: st, ix: ix, crawler: crawl.New(cc, x, st, opts...)}, exitOK
}

// crawl runs one pass over sources, storing what it finds.
func (p *pipeline) crawl(ctx context.Context, sources []config.Source) (crawl.Summary, error) {
	p.added = index.AddResult{}
	return p.crawler.Run(ctx, sources, func(ctx context.Context, arts []extract.Article) error {
		r, err := p.ix.Add(ctx, arts)
		if err != nil {
			return err
		}
		p.added = p.added.Then(r)
		return nil
	})
}

func (p *pipeline) summaryLine(s crawl.Summary) string {
	line := fmt.Sprintf("crawl: %d sources ok, %d failed; %d pages fetched (%d not modified); %d new articles; %d new stories, %d updated",
		s.SourcesOK, s.SourcesFailed, s.Pages, s.NotModified, p.added.Articles, p.added.NewStories(), p.added.UpdatedStories())
	if s.ArticleErrors > 0 {
		// Articles that could not be fetched or read are logged one by
		// one; the summary says how many there were.
		noun := "articles"
		if s.ArticleErrors == 1 {
			noun = "article"
		}
		line += fmt.Sprintf("; %d %s failed", s.ArticleErrors, noun)
	}
	if s.Deferred > 0 {
		// A source listed more new links than one pass takes; the next
		// crawl takes the next ones.
		line += fmt.Sprintf("; %d links deferred to the next crawl", s.Deferred)
	}
	if s.Truncated > 0 {
		// Responses over max_body were read only up to it.
		line += fmt.Sprintf("; %d responses cut off at max_body", s.Truncated)
	}
	return line
}

func (p *pipeline) close() {
	p.ix.Close()
	p.state.Close()
}
