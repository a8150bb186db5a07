package crawl

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
)

// progress reports a pass as it goes: a redrawn line on a terminal, log
// lines elsewhere.
type progress struct {
	tty   io.Writer // nil when not a terminal
	log   *slog.Logger
	total int

	mu                       sync.Mutex
	sources, pages, articles int
	failed                   int
}

func newProgress(w io.Writer, log *slog.Logger, total int) *progress {
	p := &progress{log: log, total: total}
	if isTerminal(w) {
		p.tty = w
	}
	return p
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || f == nil {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progress) page() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pages++
	p.draw()
}

func (p *progress) source(name string, r sourceResult) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sources++
	p.articles += r.stored
	if r.err != nil {
		p.failed++
	}
	switch {
	case p.tty != nil && r.err != nil:
		fmt.Fprintf(p.tty, "\r\033[K%s: %v\n", name, r.err)
	case r.err != nil:
		p.log.Warn("source failed", "source", name, "url", r.url, "error", r.err)
	case p.tty != nil:
		// The progress line says it.
	default:
		p.log.Info("source crawled", "source", name, "pages", r.pages, "unchanged", r.notModified == 1,
			"new_articles", r.stored, "skipped", r.skipped, "article_errors", r.articleErrors, "deferred", r.deferred)
	}
	p.draw()
}

// draw redraws the progress line; p.mu is held.
func (p *progress) draw() {
	if p.tty == nil {
		return
	}
	fmt.Fprintf(p.tty, "\r\033[Kcrawl: %d/%d sources, %d pages, %d new articles, %d failed", p.sources, p.total, p.pages, p.articles, p.failed)
}

func (p *progress) done(s Summary) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty != nil {
		fmt.Fprint(p.tty, "\r\033[K")
	}
}
