package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/crawl"
	"github.com/breachwire/breachwire/datadir"
	"github.com/breachwire/breachwire/digest"
	"github.com/breachwire/breachwire/index"
	"github.com/breachwire/breachwire/schedule"
	"github.com/breachwire/breachwire/web"
)

func runServe(ctx context.Context, e *env, args []string) int {
	fs, c := newFlags(e, "serve", usageServe)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	if _, err := parseArgs(fs, args); err != nil {
		return exitFor(err)
	}
	cfg, ok := loadConfig(e, c)
	if !ok {
		return exitFailure
	}
	x, err := newExtractor(c)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	defer ln.Close()
	d, code := lockData(e, c, "serve", ln.Addr().String())
	if d == nil {
		return code
	}
	defer d.Release()
	p, code := openPipeline(e, d, cfg.Crawl, x, true)
	if p == nil {
		return code
	}
	defer p.close()

	metrics := web.NewMetrics()
	dg := &digester{ix: p.ix, logPath: d.Path(datadir.DigestLog), cfg: cfg.Digest, password: e.getenv(passwordEnv)}
	token, err := writeToken(d)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	defer os.Remove(d.Path(datadir.ServeToken))
	sched, err := newScheduler(cfg, p, dg, metrics, log)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	var base string
	if cfg.Digest != nil {
		base = cfg.Digest.BaseURL
	}
	srv := web.New(p.ix,
		web.WithSources(func(context.Context) ([]web.SourceHealth, error) { return sourceHealth(cfg.Sources, p.state) }),
		web.WithCrawlTrigger(sched.Trigger),
		web.WithDigest(dg.run, token),
		web.WithLogger(log), web.WithMetrics(metrics), web.WithBaseURL(base))
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	log.Info("serving", "addr", "http://"+ln.Addr().String(), "data", c.data, "sources", len(cfg.Sources))
	schedDone := make(chan error, 1)
	go func() { schedDone <- sched.Run(ctx) }()
	httpDone := make(chan error, 1)
	go func() { httpDone <- hs.Serve(ln) }()

	select {
	case <-ctx.Done():
	case err := <-httpDone:
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	log.Info("shutting down")
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	hs.Shutdown(shutCtx)
	if err := <-schedDone; err != nil && !errors.Is(err, context.Canceled) {
		log.Warn("scheduler", "err", err)
	}
	return exitOK
}

// newScheduler plans each source's crawls, and the digest when one is
// configured with a time.
func newScheduler(cfg *config.Config, p *pipeline, dg *digester, m *web.Metrics, log *slog.Logger) (*schedule.Scheduler, error) {
	byName := map[string]config.Source{}
	var plan []schedule.Source
	for _, s := range cfg.Sources {
		byName[s.Name] = s
		plan = append(plan, schedule.Source{Name: s.Name, Interval: s.Interval})
	}
	crawlFn := func(ctx context.Context, names []string) error {
		var sources []config.Source
		for _, n := range names {
			sources = append(sources, byName[n])
		}
		start := time.Now()
		sum, err := p.crawl(ctx, sources)
		m.CrawlDone(time.Since(start))
		m.Indexed(p.added)
		m.PagesFetched("all", sum.Pages)
		log.Info("crawl", "summary", p.summaryLine(sum))
		if err != nil {
			return err
		}
		var errs []error
		for _, f := range sum.Failures {
			m.FetchError(f.Source)
			errs = append(errs, &schedule.SourceError{Source: f.Source, Err: f.Err})
		}
		return errors.Join(errs...)
	}
	opts := []schedule.Option{schedule.WithLogger(log)}
	if dc := cfg.Digest; dc != nil && dc.Time != "" && dc.SMTP != "" {
		opts = append(opts, schedule.WithDaily("digest", dc.Time, nil, func(ctx context.Context) error {
			res, err := dg.run(ctx, digest.Request{Now: time.Now()})
			if res != nil && res.Sent {
				log.Info("digest sent", "new", res.Digest.NewCount, "updated", res.Digest.UpdatedCount)
			}
			return err
		}))
	}
	return schedule.New(crawlFn, plan, opts...)
}

// sourceHealth lists every configured source's health, never-crawled ones included.
func sourceHealth(sources []config.Source, st *crawl.State) ([]web.SourceHealth, error) {
	hs, err := st.Sources()
	if err != nil {
		return nil, err
	}
	byName := map[string]crawl.Health{}
	for _, h := range hs {
		byName[h.Name] = h
	}
	out := make([]web.SourceHealth, 0, len(sources))
	for _, s := range sources {
		h := byName[s.Name]
		out = append(out, web.SourceHealth{Name: s.Name, URL: s.URL, LastSuccess: h.LastSuccess, Failures: h.Failures, LastError: h.LastError, Articles: h.Articles,
			LastAttempt: h.LastAttempt, LastNew: h.LastNew, Deferred: h.Deferred, Truncated: h.Truncated})
	}
	return out, nil
}

// digester runs serve's digests, the daily one and those asked for over
// HTTP, one at a time: two at once would send the same stories twice. It is
// safe for concurrent use.
type digester struct {
	mu       sync.Mutex
	ix       *index.Index
	logPath  string
	cfg      *config.Digest
	password string
}

// run runs one digest over serve's index and digest log; a dry run opens
// the log read-only.
func (g *digester) run(ctx context.Context, req digest.Request) (*digest.Result, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	openLog := digest.OpenLog
	if req.DryRun {
		openLog = digest.OpenLogReadOnly
	}
	log, err := openLog(g.logPath)
	if err != nil {
		return nil, err
	}
	defer log.Close()
	return digest.Run(ctx, g.ix, log, g.cfg, g.password, req)
}

// writeToken puts a fresh random token in d, readable by its owner only,
// for the commands that ask serve to send the digest.
func writeToken(d *datadir.Dir) (string, error) {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand)
	token := hex.EncodeToString(b)
	err := writeFile(d.Path(datadir.ServeToken), func(f *os.File) error { // CreateTemp: mode 0600
		_, err := f.WriteString(token + "\n")
		return err
	})
	if err != nil {
		return "", fmt.Errorf("writing serve's token: %w", err)
	}
	return token, nil
}
