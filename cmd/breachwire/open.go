package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/datadir"
	"github.com/breachwire/breachwire/extract"
	"github.com/breachwire/breachwire/extract/actors"
	"github.com/breachwire/breachwire/extract/incident"
	"github.com/breachwire/breachwire/index"
)

// loadConfig reads the sources file, reporting a bad one on stderr.
func loadConfig(e *env, c *common) (*config.Config, bool) {
	cfg, err := config.Load(c.config)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return nil, false
	}
	return cfg, true
}

// newExtractor builds the extractor crawl and extract share: the embedded
// actor catalogue merged with any --actors files.
func newExtractor(c *common) (*extract.Extractor, error) {
	if len(c.actors) == 0 {
		return extract.New(extract.WithIncident(incident.New(actors.Embedded()))), nil
	}
	embedded, err := actors.EmbeddedGroups()
	if err != nil {
		return nil, err
	}
	lists := [][]actors.Group{embedded}
	for _, path := range c.actors {
		groups, err := actors.LoadFile(path)
		if err != nil {
			return nil, fmt.Errorf("--actors %s: %w", path, err)
		}
		lists = append(lists, groups)
	}
	return extract.New(extract.WithIncident(incident.New(actors.New(lists...)))), nil
}

// lockData takes the data dir for a writing command. On failure it reports
// and returns the exit status to use.
func lockData(e *env, c *common, command, addr string) (*datadir.Dir, int) {
	d, err := datadir.Acquire(c.data, command, addr)
	var busy *datadir.BusyError
	switch {
	case errors.As(err, &busy):
		// One line, for cron mail and log scrapers.
		fmt.Fprintf(e.stderr, "breachwire: %v%s\n", busy, busyHint(command, busy.Holder))
		return nil, exitTempFail
	case err != nil:
		fmt.Fprintf(e.stderr, "breachwire: unusable data dir: %v\n", err)
		return nil, exitFailure
	}
	return d, exitOK
}

// busyHint says what to do instead when the writer h holds the data dir
// that command wanted: ask a serve for what command would do, or try again.
func busyHint(command string, h datadir.Holder) string {
	if h.Command != "serve" || h.Addr == "" {
		return "; try again when it has finished"
	}
	switch command {
	case "crawl":
		return fmt.Sprintf("; ask it to crawl instead: curl -X POST http://%s/api/sources/NAME/crawl", h.Addr)
	case "serve":
		return fmt.Sprintf("; it already serves this data dir at http://%s", h.Addr)
	}
	return "; try again when it answers at http://" + h.Addr
}

// openIndex opens the index in a locked data dir.
func openIndex(e *env, d *datadir.Dir) (*index.Index, int) {
	ix, err := index.Open(d.Path(datadir.IndexDir))
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		if errors.Is(err, index.ErrLocked) {
			return nil, exitTempFail
		}
		return nil, exitFailure
	}
	return ix, exitOK
}

// exists reports whether path names an existing file or directory.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// dirOf returns the directory part of path, "." for a bare name.
func dirOf(path string) string { return filepath.Dir(path) }
