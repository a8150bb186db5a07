package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// attempts sends one request (no redirect following), retrying network
// errors, 5xx, 408 and 429 up to Retries times (not a timed-out attempt). It returns the last
// HTTP answer whatever its status, or an error when none was received.
func (f *Fetcher) attempts(ctx context.Context, u *url.URL, req Request, max int64) (*Response, error) {
	backoff := f.cfg.Backoff
	for try := 0; ; try++ {
		res, retryAfter, err := f.once(ctx, u, req, max)
		last := try >= f.cfg.Retries || ctx.Err() != nil
		switch {
		case err == nil && !retryable(res.Status):
			return res, nil
		case errors.Is(err, ErrRateLimited):
			return nil, fmt.Errorf("%s: %w", u, err)
		case err != nil && !transient(err):
			return nil, err
		case err != nil && timedOut(err) && ctx.Err() == nil:
			// A host that let one attempt run out its whole Timeout is
			// tried again on a later run, not at once: trying three
			// times would hold the pass for three Timeouts on a dead
			// link.
			return nil, err
		case last && err != nil:
			return nil, err
		case last:
			return res, nil
		}
		wait := backoff
		backoff *= 2
		if res != nil && res.Status == http.StatusTooManyRequests && retryAfter > 0 {
			if retryAfter > f.cfg.MaxRetryAfter {
				return nil, fmt.Errorf("%s: %w (Retry-After %s)", u, ErrRateLimited, retryAfter)
			}
			// The gate already keeps the host back until then.
			wait = 0
		}
		if err != nil {
			f.log.Info("retrying", "url", u.String(), "error", err, "wait", wait)
		} else {
			f.log.Info("retrying", "url", u.String(), "status", res.Status, "wait", wait)
		}
		if wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return nil, ctx.Err()
			}
		}
	}
}

// once sends a single request and reads its body within the Timeout. For a
// 429 it returns the Retry-After wait, which it has also applied to the host.
func (f *Fetcher) once(ctx context.Context, u *url.URL, req Request, max int64) (*Response, time.Duration, error) {
	release, err := f.gate.acquire(ctx, u.Host)
	if err != nil {
		return nil, 0, err
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	hr.Header.Set("User-Agent", f.cfg.UserAgent)
	hr.Header.Set("Accept-Encoding", "gzip, deflate")
	accept := req.Accept
	if accept == "" {
		accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
	}
	hr.Header.Set("Accept", accept)
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(hr)
	if err != nil {
		return nil, 0, fmt.Errorf("fetch: %s: %w", u, err)
	}
	defer resp.Body.Close()
	res := &Response{URL: u.String(), Status: resp.StatusCode, Header: resp.Header}
	var retryAfter time.Duration
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		if retryAfter > 0 {
			f.gate.backOff(u.Host, time.Now().Add(retryAfter))
		}
	}
	// Only a 2xx body is of use; the others are closed unread.
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		return res, retryAfter, nil
	}
	res.Body, res.Truncated, err = readBody(resp.Body, resp.Header.Get("Content-Encoding"), max)
	if err != nil {
		return nil, 0, fmt.Errorf("fetch: %s: reading body: %w", u, err)
	}
	return res, 0, nil
}

// transient reports whether a failed attempt may succeed if tried again.
func transient(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, ErrBadURL) {
		return false
	}
	var se *StatusError
	if errors.As(err, &se) {
		return retryable(se.Code)
	}
	// A name that does not resolve and a body that cannot be decoded will
	// not get better; timeouts, resets and refused connections may.
	var dns *net.DNSError
	if errors.As(err, &dns) && dns.IsNotFound {
		return false
	}
	return !errors.Is(err, errUndecodable)
}

// timedOut reports whether an attempt failed by running out its Timeout.
func timedOut(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// parseRetryAfter reads a Retry-After value in seconds or as an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0
		}
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
