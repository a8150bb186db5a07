// Package fetch downloads web pages politely and safely for the crawler.
//
// A Fetcher obeys robots.txt for every URL it is asked for and for every hop
// of a redirect, waits a delay between two requests to one host, keeps at
// most a configured number of requests (and so hosts) in flight, bounds every
// request with a deadline that covers the body, reads at most MaxBody bytes
// after decompression, retries timeouts, 5xx and 429 (honouring Retry-After
// up to a bound) but never other 4xx, follows at most MaxRedirects redirects
// and detects redirect loops. Conditional GET (ETag, Last-Modified) is
// supported; a 304 is returned as a Response with NotModified set.
//
// The body is returned exactly as the server sent it, decompressed but not
// decoded: the caller decodes it with the Content-Type header (and, for HTML,
// the page's own meta charset and BOM).
//
// Why not colly: colly v2.3.0 was the first choice but does several things
// this crawler must not. Its MaxBodySize limit is applied before its own gzip
// decompression (a gzip bomb is inflated without bound) and truncation is
// silent; it does not decode deflate; its LimitRule wait channel and Delay
// are shared by every host the rule's glob matches rather than kept per
// host; robots.txt is fetched outside the limits with an unbounded read and
// redirect targets are not checked against robots.txt; after too many
// redirects it silently returns the last 3xx; it rewrites the body to UTF-8
// from the header charset while leaving the header as it was, which makes
// a later decoder decode twice; and it has no retries, Retry-After or 304
// handling. Each of these is a few lines on top of net/http, so the fetcher
// is built on net/http directly, with github.com/temoto/robotstxt (the
// robots.txt parser colly itself uses) for robots.txt.
//
// A Fetcher is safe for concurrent use.
package fetch
