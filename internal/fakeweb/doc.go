// Package fakeweb serves the labelled corpus as a small web of fake sites for
// end-to-end tests: an English news site (RSS 2.0), a re-posting blog (Atom,
// gzip), a vendor and advisory hub (JSON Feed), a Japanese press-release
// newsroom crawled as a listing page (Shift_JIS) and a Japanese news site
// with an RDF feed (EUC-JP).
//
// Each site is its own httptest server, so sites are distinct hosts. Pages
// carry realistic boilerplate (menus, cookie banners, related stories with
// other articles' titles, comments, ads, footers) so that main-text
// extraction is really exercised. One site's robots.txt forbids a path that a
// feed links to, one feed item 404s, one feed link redirects, and feeds and
// listing pages answer conditional requests with 304. Every request is
// recorded so tests can check politeness.
//
// Typical use:
//
//	w := fakeweb.New(t, fakeweb.Options{})
//	os.WriteFile(cfgPath, []byte(w.Config()), 0o644)
//	// run the crawler, then compare with w.Pages(), w.Forbidden(), w.Requests()
package fakeweb
