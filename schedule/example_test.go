package schedule_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/breachwire/breachwire/schedule"
)

// The crawl function reports which sources failed; the scheduler backs off
// from those alone. A daily job sends the digest at 07:00 local time.
func ExampleNew() {
	crawl := func(ctx context.Context, sources []string) error {
		var errs []error
		for _, name := range sources {
			if name == "Flaky feed" {
				errs = append(errs, &schedule.SourceError{Source: name, Err: errors.New("HTTP 503")})
			}
		}
		return errors.Join(errs...)
	}
	digest := func(ctx context.Context) error { return nil }
	s, err := schedule.New(crawl,
		[]schedule.Source{{Name: "ZDNet Security", Interval: time.Hour}, {Name: "Flaky feed"}},
		schedule.WithDaily("digest", "07:00", nil, digest))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Trigger("ZDNet Security"))
	fmt.Println(errors.Is(s.Trigger("nope"), schedule.ErrUnknownSource))

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println(s.Run(ctx))
	// Output:
	// <nil>
	// true
	// <nil>
}
