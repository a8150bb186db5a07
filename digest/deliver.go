package digest

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/index"
)

// Request asks for one run of the digest.
type Request struct {
	// Now is the digest's time; zero means time.Now().
	Now time.Time
	// Since, when set, replaces "since the last digest" (see Options.Since).
	Since index.Since
	// DryRun builds the message and neither sends nor records it.
	DryRun bool
}

// Result is what one run of the digest built and did.
type Result struct {
	// Digest is what the message lists.
	Digest *Digest
	// Message is the whole MIME message, sent or not; nil when none was
	// built.
	Message []byte
	// Sent reports that the mail server accepted the message.
	Sent bool
	// Skipped reports an empty digest that cfg.SkipEmpty kept from being
	// sent.
	Skipped bool
	// Recipients counts the addresses the message was sent to.
	Recipients int
}

// Run builds the digest from ix and log and, unless req.DryRun, sends it
// through the server in cfg and records it in the log. With cfg.SkipEmpty an
// empty digest is built but neither sent nor recorded. On a send error
// nothing is recorded, so the next run sends the same stories, and the
// result so far comes back with the error. ix may be nil when nothing was
// ever indexed; for a dry run log and cfg may be nil too (no digest sent
// yet; placeholder addresses).
func Run(ctx context.Context, ix *index.Index, log *Log, cfg *config.Digest, password string, req Request) (*Result, error) {
	if req.Now.IsZero() {
		req.Now = time.Now()
	}
	if !req.DryRun && cfg == nil {
		return nil, fmt.Errorf("%w: sending needs a digest: section in sources.yaml", ErrConfig)
	}
	var watch []string
	if cfg != nil {
		watch = cfg.Watch
	}
	d, err := Build(ctx, ix, log, Options{Now: req.Now, Since: req.Since, Watch: watch})
	if err != nil {
		return nil, err
	}
	res := &Result{Digest: d}
	m, err := Message(d, cfg)
	if err != nil {
		return res, err
	}
	var buf bytes.Buffer
	if err := WriteMessage(&buf, m); err != nil {
		return res, fmt.Errorf("digest: %w", err)
	}
	res.Message = buf.Bytes()
	switch {
	case req.DryRun:
		return res, nil
	case d.Empty() && cfg.SkipEmpty:
		res.Skipped = true
		return res, nil
	}
	if err := Send(ctx, cfg, password, m); err != nil {
		return res, err
	}
	res.Sent, res.Recipients = true, len(cfg.To)
	if err := log.MarkSent(d, req.Now); err != nil {
		return res, fmt.Errorf("digest: sent, but recording it failed: %w", err)
	}
	return res, nil
}

// Deliver builds the digest since the last one, sends it through the server
// in cfg and records it in the log, as Run does. It returns the digest and
// whether it was sent.
func Deliver(ctx context.Context, ix *index.Index, log *Log, cfg *config.Digest, password string, now time.Time) (*Digest, bool, error) {
	if cfg == nil {
		return nil, false, ErrConfig
	}
	res, err := Run(ctx, ix, log, cfg, password, Request{Now: now})
	if res == nil {
		return nil, false, err
	}
	return res.Digest, res.Sent, err
}
