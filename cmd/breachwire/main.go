// Command breachwire crawls security news, advisories and press releases,
// extracts who was breached, how many records and who is behind it, merges
// the coverage of one incident into one story, and serves it to analysts.
//
// Usage:
//
//	breachwire COMMAND [flags]
//
// The commands, flags, exit statuses and JSON shapes are described in the
// README. This package only wires flags to the packages that do the work.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit statuses shared by the commands (sysexits.h values where one fits).
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitUnavailable = 69 // EX_UNAVAILABLE: the mail server could not be reached
	exitTempFail    = 75 // EX_TEMPFAIL: another process holds the data dir
)

// command is one subcommand.
type command struct {
	name, usage, summary string
	run                  func(ctx context.Context, env *env, args []string) int
}

// Usage lines of the commands.
const (
	usageCrawl   = "crawl [--config FILE] [--data DIR] [--actors FILE]... [--source NAME]... [--quiet]"
	usageStories = "stories --json [--since DURATION|DATE]"
	usageSearch  = "search [--json] [--limit N] [--offset N] [--sort relevance|date] QUERY"
	usageSources = "sources [--json]"
	usageExtract = "extract --json [--actors FILE]... [--lang en|ja] [--content SELECTOR] URL|FILE"
	usageDigest  = "digest [--dry-run] [--out FILE.eml] [--since DURATION|DATE]"
	usageServe   = "serve [--addr HOST:PORT] [--actors FILE]..."
)

var commands []command

func init() {
	commands = []command{
		{"crawl", usageCrawl, "one pass over every source: fetch, extract, merge into stories, index", runCrawl},
		{"stories", usageStories, "every story as JSON Lines, newest first", runStories},
		{"search", usageSearch, "stories ranked for a query", runSearch},
		{"sources", usageSources, "each source's health", runSources},
		{"extract", usageExtract, "one page through the extraction crawl uses", runExtract},
		{"digest", usageDigest, "the digest e-mail of new and updated stories", runDigest},
		{"serve", usageServe, "web UI, JSON API and crawl scheduler", runServe},
	}
}

// env is what every command gets: where to write, and the process environment.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
}

func main() {
	ctx, stop := notifySignals(context.Background())
	code := run(ctx, &env{stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:])
	stop()
	os.Exit(code)
}

// interrupted is the cause of a command's context ending on a signal.
type interrupted struct{ sig os.Signal }

func (e interrupted) Error() string { return "interrupted by " + signalName(e.sig) }

// notifySignals returns a copy of parent that is cancelled, with an
// interrupted cause naming the signal, when the process gets SIGINT or
// SIGTERM; stop lets go of the signals.
func notifySignals(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-ch:
			cancel(interrupted{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(nil)
	}
}

// signalled returns the signal err says stopped a command, if any.
func signalled(err error) (os.Signal, bool) {
	var in interrupted
	if errors.As(err, &in) {
		return in.sig, true
	}
	return nil, false
}

// signalName is the name a user knows sig by: SIGINT, SIGTERM.
func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// exitForSignal is the status of a command stopped by sig, as a shell
// reports a process killed by it: 128 + its number (130 SIGINT, 143 SIGTERM).
func exitForSignal(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFailure
}

func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "breachwire: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: breachwire COMMAND [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "common flags: --config FILE (default sources.yaml), --data DIR (default $BREACHWIRE_DATA, else ./data)")
	fmt.Fprintln(w, "run 'breachwire COMMAND --help' for a command's flags")
}

// errUsage marks a command-line mistake already reported to the user.
var errUsage = errors.New("usage")
