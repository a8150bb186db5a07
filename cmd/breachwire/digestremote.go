package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/breachwire/breachwire/datadir"
	"github.com/breachwire/breachwire/digest"
)

// remoteDigestTimeout bounds asking serve for a digest; serve's own limit
// (web.digestTimeout) is shorter, so serve answers first.
const remoteDigestTimeout = 4 * time.Minute

// digestServeError is an error serve answered, carrying the digest error its
// status stands for so that the exit status is the one a local run gives.
type digestServeError struct {
	msg  string
	kind error // digest.ErrDelivery, digest.ErrConfig or nil
}

func (e *digestServeError) Error() string { return "serve: " + e.msg }
func (e *digestServeError) Unwrap() error { return e.kind }

// digestFromServe has the serve process at base run the digest with its own
// index, digest log and settings, and returns what it did. serve wants the
// token it keeps in the data dir, which only who may read the dir can show.
func digestFromServe(ctx context.Context, c *common, base string, req digest.Request, rawSince string) (*digest.Result, error) {
	tokenPath := filepath.Join(c.data, datadir.ServeToken)
	token, err := os.ReadFile(tokenPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("serve at %s holds the data dir but wrote no %s (a serve of an earlier version?); restart it to have it send digests", base, tokenPath)
	case err != nil:
		return nil, fmt.Errorf("serve at %s holds the data dir and sends the digest, but its token is unreadable (%w); run the digest as the user serve runs as", base, err)
	}
	form := url.Values{}
	if req.DryRun {
		form.Set("dry_run", "true")
	}
	if rawSince != "" {
		form.Set("since", rawSince)
	}
	ctx, cancel := context.WithTimeout(ctx, remoteDigestTimeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/digest", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	hreq.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(token)))
	resp, err := http.DefaultClient.Do(hreq)
	if err != nil {
		// serve may have sent it before the answer was lost.
		return nil, fmt.Errorf("asking serve at %s: %w; see serve's log for whether the digest went out", base, err)
	}
	defer resp.Body.Close()
	var out struct {
		Status         string
		New, Updated   int
		Recipients     int
		Message, Error string
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err == nil {
		err = json.Unmarshal(body, &out)
	}
	if err != nil {
		return nil, fmt.Errorf("asking serve at %s: %s: %w", base, resp.Status, err)
	}
	res := &digest.Result{
		Digest:     &digest.Digest{NewCount: out.New, UpdatedCount: out.Updated},
		Sent:       out.Status == "sent",
		Skipped:    out.Status == "skipped",
		Recipients: out.Recipients,
	}
	if out.Message != "" {
		res.Message = []byte(out.Message)
	}
	if resp.StatusCode == http.StatusOK {
		return res, nil
	}
	rerr := &digestServeError{msg: printable(out.Error)}
	switch resp.StatusCode {
	case http.StatusBadGateway:
		rerr.kind = digest.ErrDelivery
	case http.StatusUnprocessableEntity:
		rerr.kind = digest.ErrConfig
	}
	if rerr.msg == "" {
		rerr.msg = resp.Status
	}
	return res, rerr
}

// printable drops control characters from text another process sent, before
// it reaches the terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}
