package index

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ErrBadSince is wrapped by ParseSince for a value that is neither a
// duration nor a date.
var ErrBadSince = errors.New("index: since is neither a duration nor a date")

// Since is a parsed --since value: a point in time, and whether it was
// given as a duration back from now.
type Since struct {
	Time time.Time
	// Relative is set for a duration ("24h", "7d"): the user asks what came
	// in during that time, not about the dates of the coverage.
	Relative bool
}

// ParseSince reads a --since value: a duration back from now ("36h", "90m",
// or days as "7d") or a date ("2019-03-01", RFC 3339; dates without a zone
// are UTC). An empty value means the beginning of time.
func ParseSince(v string, now time.Time) (Since, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return Since{}, nil
	}
	if days, ok := strings.CutSuffix(v, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n >= 0 && n <= 100000 {
			return Since{Time: now.AddDate(0, 0, -n), Relative: true}, nil
		}
	}
	if d, err := time.ParseDuration(v); err == nil && d >= 0 {
		return Since{Time: now.Add(-d), Relative: true}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, v, time.UTC); err == nil {
			return Since{Time: t}, nil
		}
	}
	return Since{}, fmt.Errorf("%w: %q (want e.g. 24h, 7d or 2019-03-01)", ErrBadSince, v)
}

// StoriesSince returns the stories a --since value selects, newest first. A
// date selects by the coverage's dates, as Stories does ("incidents reported
// since March"); a duration selects what breachwire added or changed in that
// time, as ChangedStories does ("what came in today"), which for live news
// is the same and for an archive crawled today is what the user means.
func (ix *Index) StoriesSince(ctx context.Context, s Since) ([]Story, error) {
	if !s.Relative {
		return ix.Stories(ctx, s.Time)
	}
	stories, err := ix.ChangedStories(ctx, s.Time)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(stories, func(i, j int) bool { return stories[i].Updated.After(stories[j].Updated) })
	return stories, nil
}
