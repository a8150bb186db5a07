package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/datadir"
	"github.com/breachwire/breachwire/digest"
	"github.com/breachwire/breachwire/index"
)

// passwordEnv holds the SMTP password; it is never read from the file.
const passwordEnv = "BREACHWIRE_SMTP_PASSWORD"

// digestWait is how long a digest waits for a crawl (or another digest)
// that holds the data dir: a crawl takes minutes, and cron often starts
// both at the same minute. A variable so that tests can shorten it.
var digestWait = 15 * time.Minute

// digestPoll is how often a waiting digest tries the data dir again.
const digestPoll = time.Second

func runDigest(ctx context.Context, e *env, args []string) int {
	fs, c := newFlags(e, "digest", usageDigest)
	dryRun := fs.Bool("dry-run", false, "print the whole MIME message; send and record nothing")
	out := fs.String("out", "", "also write the message to `FILE.eml`")
	sinceFlag := fs.String("since", "", "list stories since a `DURATION` ago (24h, 7d) or a DATE instead of since the last digest")
	if _, err := parseArgs(fs, args); err != nil {
		return exitFor(err)
	}
	now := time.Now()
	since, err := index.ParseSince(*sinceFlag, now)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitUsage
	}
	var dcfg *config.Digest
	if cfg, err := config.Load(c.config); err == nil {
		dcfg = cfg.Digest
	} else if !*dryRun || exists(c.config) {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	if !*dryRun && *out == "" && dcfg == nil {
		fmt.Fprintf(e.stderr, "breachwire: %s has no digest: section; add one to send (see README), or use --dry-run or --out\n", c.config)
		return exitFailure
	}
	// Without sending there is nothing to record: a dry run, or --out
	// without a digest: section.
	req := digest.Request{Now: now, Since: since, DryRun: *dryRun || dcfg == nil}
	res, code, err := makeDigest(ctx, e, c, dcfg, req, *sinceFlag)
	if code != exitOK {
		return code
	}
	return finishDigest(e, res, err, *out, *dryRun)
}

// makeDigest runs the digest where the data dir allows: here when it is
// free, through serve when serve holds it, here after waiting when a crawl
// holds it. A code other than exitOK means that a problem was reported and
// nothing was built; err is the digest's own error, for finishDigest.
func makeDigest(ctx context.Context, e *env, c *common, dcfg *config.Digest, req digest.Request, rawSince string) (*digest.Result, int, error) {
	if req.DryRun && !exists(c.data) {
		// Nothing crawled yet: an empty digest, and no data dir made for it.
		res, err := digest.Run(ctx, nil, nil, dcfg, "", req)
		return res, exitOK, err
	}
	shared := req.DryRun
	for {
		d, serve, code := lockForDigest(ctx, e, c, shared)
		if serve != "" {
			res, err := digestFromServe(ctx, c, serve, req, rawSince)
			return res, exitOK, err
		}
		if d == nil {
			return nil, code, nil
		}
		res, code, err := digestHere(ctx, e, d, dcfg, req)
		d.Release()
		if !shared || !errors.Is(err, index.ErrOutdated) {
			return res, code, err
		}
		// Only a writer may rebuild an index of an earlier version.
		fmt.Fprintln(e.stderr, "breachwire: the index was built by an earlier version; rebuilding it first (this can take a while)")
		shared = false
	}
}

// lockForDigest takes the data dir for a digest, shared for a dry run. When
// serve holds it and answers, it returns serve's base URL instead; when
// another process holds it, it waits up to digestWait for it, saying so once.
func lockForDigest(ctx context.Context, e *env, c *common, shared bool) (d *datadir.Dir, serve string, code int) {
	deadline := time.Now().Add(digestWait)
	waiting := false
	for {
		var err error
		if shared {
			d, err = datadir.AcquireShared(c.data, "digest")
		} else {
			d, err = datadir.Acquire(c.data, "digest", "")
		}
		var busy *datadir.BusyError
		switch {
		case err == nil:
			return d, "", exitOK
		case !errors.As(err, &busy):
			fmt.Fprintf(e.stderr, "breachwire: unusable data dir: %v\n", err)
			return nil, "", exitFailure
		}
		if h := busy.Holder; h.Command == "serve" && h.Addr != "" && answers("http://"+h.Addr) {
			return nil, "http://" + h.Addr, exitOK
		}
		if time.Now().After(deadline) {
			fmt.Fprintf(e.stderr, "breachwire: %v; gave up waiting after %s; nothing was sent or marked sent, run the digest again later\n", busy, digestWait)
			return nil, "", exitUnavailable
		}
		if !waiting {
			fmt.Fprintf(e.stderr, "breachwire: %v; waiting up to %s for it to finish\n", busy, digestWait)
			waiting = true
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(e.stderr, "breachwire: interrupted while waiting for the data dir; nothing was sent or marked sent")
			return nil, "", exitUnavailable
		case <-time.After(digestPoll):
		}
	}
}

// digestHere runs the digest on a data dir this process holds: for a dry
// run, shared, over a read-only index and log that it never creates. On a
// shared hold it returns an index.ErrOutdated unreported, having done
// nothing: that index must be rebuilt first, by a writer.
func digestHere(ctx context.Context, e *env, d *datadir.Dir, dcfg *config.Digest, req digest.Request) (*digest.Result, int, error) {
	var ix *index.Index
	var err error
	if d.Shared() {
		ix, err = index.OpenReadOnly(d.Path(datadir.IndexDir))
		switch {
		case errors.Is(err, index.ErrOutdated):
			return nil, exitOK, err
		case errors.Is(err, index.ErrNoIndex):
			ix, err = nil, nil // nothing indexed yet: an empty digest
		}
	} else {
		ix, err = index.Open(d.Path(datadir.IndexDir))
	}
	if err != nil {
		// The contract gives a digest no status for a busy index (75 is
		// crawl's): nothing was sent, try again.
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		if errors.Is(err, index.ErrLocked) {
			return nil, exitUnavailable, nil
		}
		return nil, exitFailure, nil
	}
	if ix != nil {
		defer ix.Close()
	}
	openLog := digest.OpenLog
	if req.DryRun {
		openLog = digest.OpenLogReadOnly
	}
	log, err := openLog(d.Path(datadir.DigestLog))
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return nil, exitFailure, nil
	}
	defer log.Close()
	res, err := digest.Run(ctx, ix, log, dcfg, e.getenv(passwordEnv), req)
	return res, exitOK, err
}

// finishDigest writes --out, prints the message of a dry run or what was
// sent, and turns an error into the exit status the contract gives it.
func finishDigest(e *env, res *digest.Result, err error, out string, dryRun bool) int {
	if res != nil && res.Message != nil && out != "" {
		// Written even when sending failed: the file shows what would have gone out.
		werr := writeFile(out, func(f *os.File) error { _, err := f.Write(res.Message); return err })
		if werr != nil {
			fmt.Fprintf(e.stderr, "breachwire: %v\n", werr)
			if err == nil {
				return exitFailure
			}
		}
	}
	if err != nil {
		if errors.Is(err, digest.ErrDelivery) || errors.Is(err, digest.ErrConfig) {
			fmt.Fprintf(e.stderr, "breachwire: %v; nothing was marked sent\n", err)
		} else {
			fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		}
		if errors.Is(err, digest.ErrDelivery) {
			return exitUnavailable
		}
		return exitFailure
	}
	switch {
	case dryRun:
		if _, err := e.stdout.Write(res.Message); err != nil {
			return exitFailure
		}
	case res.Skipped:
		fmt.Fprintln(e.stdout, "digest: nothing new; not sent (skip_empty)")
	case res.Sent:
		fmt.Fprintf(e.stdout, "digest: sent to %d recipients: %d new, %d updated\n", res.Recipients, res.Digest.NewCount, res.Digest.UpdatedCount)
	}
	return exitOK
}

// writeFile writes a file through a temporary one, so a failed write never
// leaves half a file under the name.
func writeFile(path string, write func(*os.File) error) error {
	f, err := os.CreateTemp(dirOf(path), ".breachwire-*")
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}
