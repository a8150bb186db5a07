package main

import (
	"errors"
	"flag"
	"fmt"

	"strings"
)

// common are the flags every command accepts.
type common struct {
	config string
	data   string
	actors listFlag
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// newFlags returns the flag set of a command with the common flags on it.
func newFlags(e *env, name, usage string) (*flag.FlagSet, *common) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	c := &common{}
	data := e.getenv("BREACHWIRE_DATA")
	if data == "" {
		data = "data"
	}
	fs.StringVar(&c.config, "config", "sources.yaml", "the sources `file`")
	fs.StringVar(&c.data, "data", data, "the data `dir`ectory: index, crawl state, digest log")
	fs.Var(&c.actors, "actors", "a threat-actor catalogue `file` (MISP galaxy or ATT&CK STIX) merged with the embedded one; repeatable")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: breachwire %s\n\nflags:\n", usage)
		fs.PrintDefaults()
	}
	return fs, c
}

// parseArgs parses flags that may stand before, between or after the
// positional arguments, as users type them ("search toyota --json").
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// exitFor turns a flag-parsing error into an exit status.
func exitFor(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}
