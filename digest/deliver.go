package digest

import (
	"context"
	"time"

	"github.com/breachwire/breachwire/config"
	"github.com/breachwire/breachwire/index"
)

// Deliver builds the digest since the last one, sends it through the server
// in cfg and records it in the log. With cfg.SkipEmpty a digest with nothing
// new is neither sent nor recorded. On a send error nothing is recorded, so
// the next run sends the same stories. It returns the digest and whether it
// was sent.
func Deliver(ctx context.Context, ix *index.Index, log *Log, cfg *config.Digest, password string, now time.Time) (*Digest, bool, error) {
	if cfg == nil {
		return nil, false, ErrConfig
	}
	d, err := Build(ctx, ix, log, Options{Now: now, Watch: cfg.Watch})
	if err != nil {
		return nil, false, err
	}
	if d.Empty() && cfg.SkipEmpty {
		return d, false, nil
	}
	m, err := Message(d, cfg)
	if err != nil {
		return d, false, err
	}
	if err := Send(ctx, cfg, password, m); err != nil {
		return d, false, err
	}
	return d, true, log.MarkSent(d, now)
}
