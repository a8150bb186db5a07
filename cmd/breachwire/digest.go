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
	send := !*dryRun && dcfg != nil
	if !*dryRun && *out == "" && dcfg == nil {
		fmt.Fprintf(e.stderr, "breachwire: %s has no digest: section; add one to send (see README), or use --dry-run or --out\n", c.config)
		return exitFailure
	}

	d, code := lockData(e, c, "digest", "")
	if d == nil {
		return code
	}
	defer d.Release()
	ix, code := openIndex(e, d)
	if ix == nil {
		return code
	}
	defer ix.Close()
	log, err := digest.OpenLog(d.Path(datadir.DigestLog))
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	defer log.Close()

	var watch []string
	if dcfg != nil {
		watch = dcfg.Watch
	}
	dg, err := digest.Build(ctx, ix, log, digest.Options{Now: now, Since: since, Watch: watch})
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	if dg.Empty() && send && dcfg.SkipEmpty && *out == "" {
		fmt.Fprintln(e.stdout, "digest: nothing new; not sent (skip_empty)")
		return exitOK
	}
	m, err := digest.Message(dg, dcfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	if *out != "" {
		if err := writeFile(*out, func(f *os.File) error { return digest.WriteMessage(f, m) }); err != nil {
			fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
			return exitFailure
		}
	}
	if *dryRun {
		if err := digest.WriteMessage(e.stdout, m); err != nil {
			return exitFailure
		}
		return exitOK
	}
	if !send {
		return exitOK
	}
	if err := digest.Send(ctx, dcfg, e.getenv(passwordEnv), m); err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v; nothing was marked sent\n", err)
		if errors.Is(err, digest.ErrDelivery) {
			return exitUnavailable
		}
		return exitFailure
	}
	if err := log.MarkSent(dg, now); err != nil {
		fmt.Fprintf(e.stderr, "breachwire: digest sent, but recording it failed: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(e.stdout, "digest: sent to %d recipients: %d new, %d updated\n", len(dcfg.To), dg.NewCount, dg.UpdatedCount)
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
