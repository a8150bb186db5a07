// Package crawl runs one incremental pass over the configured sources: it
// fetches feeds (RSS 2.0, Atom 1.0, RDF/RSS 1.0, JSON Feed) and HTML listing
// pages, finds the article links in them, fetches each article not seen
// before, extracts it with the extract package and hands the articles in
// batches to a Sink (the index).
//
// Politeness and safety (robots.txt, per-host delay, parallelism, timeouts,
// body limits, retries, redirects) live in the fetch subpackage. This
// package keeps the crawl State in a bbolt file: the article URLs already
// stored, the URLs that failed, the feeds' ETag and Last-Modified validators
// for conditional GET, and each source's health.
//
// A run is crash-safe: an article URL is recorded as known only after the
// Sink accepted the article, and a feed's validators only once every item
// of it was dealt with (stored, or recorded as failed), so a process killed
// at any moment refetches on the next run exactly what was not stored. A
// link as the feed or listing gives it (tracking parameters removed) is
// recorded as known beside the article's final and canonical URLs, also
// when it only redirects to an article stored from another link; a redirect
// to an article already stored or taken by the run is not followed. An
// article that failed in a way that may go away (a timeout, a 5xx) is
// tried again on the next runs from the state, a few times, even when its
// feed answers 304.
//
// Typical use, once per cron run:
//
//	st, err := crawl.OpenState(filepath.Join(dataDir, "crawl.db"))
//	...
//	defer st.Close()
//	c := crawl.New(cfg.Crawl, extract.New(), st, crawl.WithLogger(slog.Default()), crawl.WithProgress(os.Stderr))
//	sum, err := c.Run(ctx, cfg.Sources, func(ctx context.Context, a []extract.Article) error {
//		_, err := ix.Add(ctx, a)
//		return err
//	})
package crawl
