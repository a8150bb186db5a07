// Package e2e holds breachwire's end-to-end tests: they build cmd/breachwire,
// crawl the fake web of internal/fakeweb twice as cron would, and judge the
// result only through the outside contract (commands, exit statuses, JSON):
// politeness, main text, victim/records/actor per article and per story,
// story merging, search, digest and the web UI. The non-test code is the
// scoring arithmetic the tests report with.
package e2e
