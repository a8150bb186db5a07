package fetch

import (
	"errors"
	"fmt"
	"net/http"
)

// Errors returned by Fetch; test with errors.Is.
var (
	// ErrRobotsDisallowed means robots.txt forbids the URL to our user agent.
	ErrRobotsDisallowed = errors.New("fetch: disallowed by robots.txt")
	// ErrTooManyRedirects means the redirect chain was longer than MaxRedirects.
	ErrTooManyRedirects = errors.New("fetch: too many redirects")
	// ErrRedirectLoop means a redirect led back to a URL already visited.
	ErrRedirectLoop = errors.New("fetch: redirect loop")
	// ErrRedirectSkipped means Request.SkipRedirect declined to follow a
	// redirect.
	ErrRedirectSkipped = errors.New("fetch: redirect not followed")
	// ErrRateLimited means the host asked us (429 Retry-After) to wait
	// longer than MaxRetryAfter.
	ErrRateLimited = errors.New("fetch: rate limited by the server")
	// ErrBadURL means the URL is not an absolute http or https URL.
	ErrBadURL = errors.New("fetch: not an http(s) URL")
)

// StatusError is an HTTP answer that is neither success, redirect nor 304.
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch: %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Permanent reports whether retrying the URL later is pointless: the page is
// gone (404, 410) or refused to us for good (401, 403, 451).
func (e *StatusError) Permanent() bool {
	switch e.Code {
	case http.StatusNotFound, http.StatusGone, http.StatusUnauthorized,
		http.StatusForbidden, http.StatusUnavailableForLegalReasons:
		return true
	}
	return false
}

// retryable reports whether an HTTP status is worth another attempt.
func retryable(code int) bool {
	return code >= 500 || code == http.StatusTooManyRequests || code == http.StatusRequestTimeout
}
