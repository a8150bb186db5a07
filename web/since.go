package web

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrBadSince is wrapped by ParseSince for a value that is neither a
// duration nor a date.
var ErrBadSince = errors.New("web: since is neither a duration nor a date")

// ParseSince turns a --since style value into a point in time: a duration
// back from now ("36h", "90m", or days as "7d"), or a date ("2019-03-01",
// RFC 3339). An empty value means the beginning of time.
func ParseSince(v string, now time.Time) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, nil
	}
	if days, ok := strings.CutSuffix(v, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n >= 0 && n <= 100000 {
			return now.AddDate(0, 0, -n), nil
		}
	}
	if d, err := time.ParseDuration(v); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, v, time.UTC); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: %q (want e.g. 24h, 7d or 2019-03-01)", ErrBadSince, v)
}
