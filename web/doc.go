// Package web is breachwire's analysts' workbench: the server-rendered web UI
// (search, story and sources pages), the JSON API, the Atom feed of the newest
// stories, /healthz and the Prometheus /metrics endpoint that `serve` exposes.
//
// Everything shown comes from scraped pages and is treated as hostile: text is
// escaped by html/template, outbound links are only rendered for http and
// https URLs, highlighted fragments are sanitised down to <mark>, and every
// response carries a strict Content-Security-Policy. The UI needs no
// JavaScript.
//
// Typical use:
//
//	srv := web.New(ix,
//		web.WithSources(state.Sources),
//		web.WithCrawlTrigger(sched.Trigger),
//		web.WithMetrics(metrics))
//	http.ListenAndServe(addr, srv.Handler())
package web
