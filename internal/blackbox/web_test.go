package blackbox

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// hit is one request a fake host answered.
type hit struct {
	host    string // the site's label
	uri     string // path and query as requested
	at      time.Time
	ua      string
	inm     string // If-None-Match
	ims     string // If-Modified-Since
	status  int
	runHits int // the crawl run the request belongs to
}

// recorder keeps every request every fake host received.
type recorder struct {
	mu   sync.Mutex
	hits []hit
	run  int
}

func (r *recorder) setRun(n int) {
	r.mu.Lock()
	r.run = n
	r.mu.Unlock()
}

func (r *recorder) all() []hit {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]hit(nil), r.hits...)
}

// inRun returns the requests of one run.
func (r *recorder) inRun(n int) []hit {
	var out []hit
	for _, h := range r.all() {
		if h.runHits == n {
			out = append(out, h)
		}
	}
	return out
}

// statusGaveUp records a request the client abandoned before any answer.
const statusGaveUp = 499

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (r *recorder) wrap(label string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		at := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, req)
		if sw.status == 0 {
			sw.status = http.StatusOK
			if req.Context().Err() != nil {
				sw.status = statusGaveUp
			}
		}
		r.mu.Lock()
		r.hits = append(r.hits, hit{
			host: label, uri: req.URL.RequestURI(), at: at,
			ua: req.Header.Get("User-Agent"), inm: req.Header.Get("If-None-Match"),
			ims: req.Header.Get("If-Modified-Since"), status: sw.status, runHits: r.run,
		})
		r.mu.Unlock()
	})
}

// site is one fake host.
type site struct {
	label string
	base  string // http://127.0.0.N:port
	mux   *http.ServeMux
	srv   *httptest.Server
}

// newSite listens on its own loopback address when the system allows it, so
// that each site is a different host name, as on the real web.
func newSite(t *testing.T, label, ip string) *site {
	t.Helper()
	ln, err := net.Listen("tcp", ip+":0")
	if err != nil {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("listen: %v", err)
		}
	}
	s := &site{label: label, base: "http://" + ln.Addr().String(), mux: http.NewServeMux()}
	s.srv = httptest.NewUnstartedServer(nil)
	s.srv.Listener.Close()
	s.srv.Listener = ln
	return s
}

func (s *site) start(t *testing.T, rec *recorder) {
	s.srv.Config.Handler = rec.wrap(s.label, s.mux)
	s.srv.Start()
	t.Cleanup(s.srv.Close)
}

// page serves fixed bytes with a Content-Type.
func page(ctype string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		_, _ = w.Write(body)
	}
}

// resource is a document that answers conditional requests; either validator
// may be unset.
type resource struct {
	mu      sync.Mutex
	ctype   string
	body    []byte
	etag    string
	lastMod time.Time
}

func (res *resource) set(body []byte, etag string, lastMod time.Time) {
	res.mu.Lock()
	res.body, res.etag, res.lastMod = body, etag, lastMod
	res.mu.Unlock()
}

func (res *resource) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	res.mu.Lock()
	body, etag, lastMod := res.body, res.etag, res.lastMod
	res.mu.Unlock()
	if etag != "" {
		w.Header().Set("ETag", etag)
	}
	if !lastMod.IsZero() {
		w.Header().Set("Last-Modified", lastMod.UTC().Format(http.TimeFormat))
	}
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		if etag != "" && strings.Contains(inm, etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else if ims := r.Header.Get("If-Modified-Since"); ims != "" && !lastMod.IsZero() {
		if t, err := http.ParseTime(ims); err == nil && !lastMod.Truncate(time.Second).After(t) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("Content-Type", res.ctype)
	_, _ = w.Write(body)
}

// slow answers after wait unless the client gives up first; it records how
// long the client stayed.
type slow struct {
	wait   time.Duration
	mu     sync.Mutex
	stayed []time.Duration
}

func (s *slow) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	select {
	case <-time.After(s.wait):
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(slowArticle))
	case <-r.Context().Done():
	}
	s.mu.Lock()
	s.stayed = append(s.stayed, time.Since(start))
	s.mu.Unlock()
}

// hang holds a request until released or the test ends; entered is closed
// when the first request arrives.
type hang struct {
	once    sync.Once
	entered chan struct{}
	release chan struct{}
}

func newHang() *hang { return &hang{entered: make(chan struct{}), release: make(chan struct{})} }

func (h *hang) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.once.Do(func() { close(h.entered) })
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	select {
	case <-h.release:
	case <-ctx.Done():
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	_, _ = w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>held</title><link>http://held.example/</link><description>x</description></channel></rss>`))
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

// fakeWeb is the whole invented web the crawl reads.
type fakeWeb struct {
	rec                            *recorder
	news, blog, vendor, jp, cert   *site
	newsFeed, blogFeed, jpFeed     *resource
	vendorList, certList           *resource
	slowPage                       *slow
	jaNoticeSJIS                   []byte
	newsFeedItems                  []string
	feedRun2Items                  []string
	urls                           map[string]string // role → URL as linked
	canon                          map[string]string // role → canonical URL expected
	feedPaths, listPaths           map[string]string // site label → path
	disallowed                     string            // robots-disallowed path
	fetchOnce                      []string          // roles whose pages must be fetched at most once over both runs
	slowPath, missingPath, redirFr string
}

// Fixed dates of the invented incidents (the machine's clock does not matter).
var (
	newsFeedMod = time.Date(2026, 12, 2, 9, 30, 0, 0, time.UTC)
	blogFeedMod = time.Date(2026, 12, 3, 8, 12, 0, 0, time.UTC)
	jpFeedMod   = time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
)

func startFakeWeb(t *testing.T) *fakeWeb {
	t.Helper()
	fw := &fakeWeb{rec: &recorder{}, urls: map[string]string{}, canon: map[string]string{}}
	fw.news = newSite(t, "news", "127.0.0.11")
	fw.blog = newSite(t, "blog", "127.0.0.12")
	fw.vendor = newSite(t, "vendor", "127.0.0.13")
	fw.jp = newSite(t, "jp", "127.0.0.14")
	fw.cert = newSite(t, "cert", "127.0.0.15")

	fw.buildNews(t)
	fw.buildBlog(t)
	fw.buildVendor(t)
	fw.buildJapan(t)
	fw.buildCERT(t)

	for _, s := range []*site{fw.news, fw.blog, fw.vendor, fw.jp, fw.cert} {
		s.start(t, fw.rec)
	}
	return fw
}

func (fw *fakeWeb) buildNews(t *testing.T) {
	n := fw.news
	r := strings.NewReplacer("{{BASE}}", n.base)
	fw.disallowed = "/premium/2026/12/01/insider-briefing-japan-manufacturing/"
	n.mux.Handle("GET /robots.txt", page("text/plain", []byte("# The Breach Ledger\nUser-agent: *\nDisallow: /premium/\nDisallow: /wp-admin/\n\nSitemap: "+n.base+"/sitemap.xml\n")))

	yamase := "/2026/12/02/yamase-electric-breach-blacktech/"
	fw.urls["news-yamase"] = n.base + yamase + "?utm_source=rss&utm_medium=feed&utm_campaign=latest#comments"
	fw.canon["news-yamase"] = n.base + yamase
	n.mux.Handle("GET "+yamase, page("text/html; charset=utf-8", []byte(r.Replace(newsYamase))))

	older := "/2026/05/14/ransomware-halts-yamase-electric-penang-plant/"
	fw.urls["news-ransom"] = n.base + older
	fw.canon["news-ransom"] = n.base + older
	n.mux.Handle("GET "+older, page("text/html; charset=utf-8", []byte(r.Replace(newsRansom))))

	fw.redirFr = "/r/8841"
	school := "/2026/11/30/fallowmere-county-schools-breach-students/"
	fw.urls["news-school"] = n.base + fw.redirFr
	fw.canon["news-school"] = n.base + school
	n.mux.HandleFunc("GET "+fw.redirFr, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, school+"?utm_source=rss&utm_medium=redirect", http.StatusMovedPermanently)
	})
	n.mux.Handle("GET "+school, page("text/html; charset=utf-8", []byte(r.Replace(newsSchool))))

	fw.missingPath = "/2026/11/20/cloud-provider-outage-postmortem/"
	n.mux.HandleFunc("GET "+fw.missingPath, http.NotFound)
	fw.slowPath = "/2026/11/25/analysis-why-breach-notices-arrive-late/"
	fw.slowPage = &slow{wait: 6 * time.Second}
	n.mux.Handle("GET "+fw.slowPath, fw.slowPage)
	n.mux.Handle("GET /premium/", page("text/html", []byte("<html><body>members only</body></html>")))

	skim := "/2026/12/05/oakhurst-outfitters-card-skimming/"
	fw.urls["news-skim"] = n.base + skim
	fw.canon["news-skim"] = n.base + skim
	n.mux.Handle("GET "+skim, page("text/html; charset=utf-8", []byte(r.Replace(newsSkim))))

	fw.newsFeedItems = []string{
		rssItem("Yamase Electric says hackers stole data on 2.4 million customers; researchers point to BlackTech",
			fw.urls["news-yamase"], "Tue, 02 Dec 2026 09:15:00 +0000",
			"The Japanese electronics maker says a warranty-registration server was breached.", "Data breach"),
		rssItem("Fallowmere County Schools says breach exposed records of 58,000 students",
			fw.urls["news-school"], "Sun, 30 Nov 2026 16:40:00 +0000",
			"The district says an attacker copied its student information system.", "Education"),
		rssItem("Insider briefing: what Japan's manufacturers are telling their boards",
			n.base+fw.disallowed, "Mon, 01 Dec 2026 07:00:00 +0000",
			"For subscribers only.", "Premium"),
		rssItem("Why breach notices arrive late: an analysis of 400 filings",
			n.base+fw.slowPath, "Tue, 25 Nov 2026 12:00:00 +0000",
			"We read every filing so you do not have to.", "Analysis"),
		rssItem("Cloud provider outage post-mortem",
			n.base+fw.missingPath, "Thu, 20 Nov 2026 10:00:00 +0000",
			"The provider published its account of the outage.", "Cloud"),
		rssItem("Ransomware halts production at Yamase Electric plant in Malaysia",
			fw.urls["news-ransom"], "Thu, 14 May 2026 08:05:00 +0000",
			"Production lines in Penang stood idle for a third day.", "Ransomware"),
	}
	fw.feedRun2Items = append([]string{rssItem("Card skimmer on Oakhurst Outfitters checkout exposed 12,400 payment cards",
		fw.urls["news-skim"], "Sat, 05 Dec 2026 11:20:00 +0000",
		"The outdoor retailer found malicious code on its checkout page.", "Retail")}, fw.newsFeedItems...)

	fw.newsFeed = &resource{ctype: "application/rss+xml; charset=utf-8"}
	fw.newsFeed.set([]byte(rssFeed(n.base, fw.newsFeedItems)), `"bl-feed-7a1c"`, newsFeedMod)
	n.mux.Handle("GET /feeds/latest.rss", fw.newsFeed)
	fw.feedPaths = map[string]string{"news": "/feeds/latest.rss"}
	fw.fetchOnce = []string{"news-yamase", "news-ransom", "news-school"}
}

// publishSecondRun changes the news feed as a live site would between two
// cron runs: one new item on top.
func (fw *fakeWeb) publishSecondRun() {
	fw.newsFeed.set([]byte(rssFeed(fw.news.base, fw.feedRun2Items)), `"bl-feed-7a1d"`,
		time.Date(2026, 12, 5, 11, 25, 0, 0, time.UTC))
}

func rssItem(title, link, date, desc, cat string) string {
	return "<item><title>" + xmlEscape(title) + "</title><link>" + xmlEscape(link) + "</link>" +
		"<guid isPermaLink=\"false\">bl-" + xmlEscape(title[:12]) + "</guid><pubDate>" + date + "</pubDate>" +
		"<dc:creator><![CDATA[Dana Whitcombe]]></dc:creator><category><![CDATA[" + cat + "]]></category>" +
		"<description><![CDATA[<p>" + desc + "</p>]]></description></item>\n"
}

func rssFeed(base string, items []string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>The Breach Ledger</title>
<link>` + base + `/</link>
<atom:link href="` + base + `/feeds/latest.rss" rel="self" type="application/rss+xml"/>
<description>Breaches, leaks and the people behind them.</description>
<language>en-us</language>
<lastBuildDate>Tue, 02 Dec 2026 09:30:00 +0000</lastBuildDate>
` + strings.Join(items, "") + `</channel>
</rss>
`
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

func (fw *fakeWeb) buildBlog(t *testing.T) {
	b := fw.blog
	r := strings.NewReplacer("{{BASE}}", b.base, "{{NEWS}}", fw.news.base)
	repost := "/2026/12/03/repost-blacktech-blamed-yamase-electric-breach/"
	fw.urls["blog-repost"] = b.base + repost
	fw.canon["blog-repost"] = b.base + repost
	b.mux.Handle("GET "+repost, page("text/html; charset=UTF-8", []byte(r.Replace(blogRepost))))
	homelab := "/2026/11/29/dns-filtering-homelab-notes/"
	fw.urls["blog-homelab"] = b.base + homelab
	fw.canon["blog-homelab"] = b.base + homelab
	b.mux.Handle("GET "+homelab, page("text/html; charset=UTF-8", []byte(r.Replace(blogHomelab))))
	b.mux.HandleFunc("GET /old-rss.xml", http.NotFound)

	feed := `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title type="text">Kettle &amp; Firewall</title>
  <subtitle type="text">One defender's notes on breaches, home labs and tea</subtitle>
  <updated>2026-12-03T08:12:00Z</updated>
  <link rel="alternate" type="text/html" href="` + b.base + `/"/>
  <id>` + b.base + `/feed/atom/</id>
  <link rel="self" type="application/atom+xml" href="` + b.base + `/feed/atom/"/>
  <generator uri="https://wordpress.example/" version="6.7">WordPress</generator>
  <entry>
    <author><name>Priya Lindqvist</name><uri>` + b.base + `/</uri></author>
    <title type="html"><![CDATA[Repost: BlackTech blamed as Yamase Electric admits breach of 2.4M customer records]]></title>
    <link rel="alternate" type="text/html" href="` + fw.urls["blog-repost"] + `"/>
    <id>` + b.base + `/?p=812</id>
    <updated>2026-12-03T08:12:00Z</updated>
    <published>2026-12-03T08:10:00Z</published>
    <category scheme="` + b.base + `" term="Breaches"/>
    <summary type="html"><![CDATA[Several of you asked about the Yamase Electric news. Reposting the best write-up, with permission. [&#8230;]]]></summary>
  </entry>
  <entry>
    <author><name>Priya Lindqvist</name></author>
    <title type="html"><![CDATA[DNS filtering in the home lab: six months of notes]]></title>
    <link rel="alternate" type="text/html" href="` + fw.urls["blog-homelab"] + `"/>
    <id>` + b.base + `/?p=806</id>
    <updated>2026-11-29T19:02:00Z</updated>
    <published>2026-11-29T19:00:00Z</published>
    <summary type="html"><![CDATA[What blocking ads and trackers at the resolver taught me. [&#8230;]]]></summary>
  </entry>
</feed>
`
	fw.blogFeed = &resource{ctype: "application/atom+xml; charset=UTF-8"}
	fw.blogFeed.set([]byte(feed), `W/"812-1764749520"`, time.Time{})
	b.mux.Handle("GET /feed/atom/", fw.blogFeed)
	fw.feedPaths["blog"] = "/feed/atom/"
	fw.fetchOnce = append(fw.fetchOnce, "blog-repost", "blog-homelab")
}

func (fw *fakeWeb) buildVendor(t *testing.T) {
	v := fw.vendor
	r := strings.NewReplacer("{{BASE}}", v.base)
	paths := map[string]string{
		"vendor-notice":  "/newsroom/2026/corvane-networks-notice-of-data-security-incident",
		"vendor-launch":  "/newsroom/2026/corvane-launches-edgeguard-7",
		"vendor-partner": "/newsroom/2026/corvane-and-tidewater-logistics-partnership",
	}
	for role, p := range paths {
		fw.urls[role] = v.base + p
		fw.canon[role] = v.base + p
		fw.fetchOnce = append(fw.fetchOnce, role)
	}
	v.mux.Handle("GET "+paths["vendor-notice"], page("text/html; charset=utf-8", []byte(r.Replace(vendorNotice))))
	v.mux.Handle("GET "+paths["vendor-launch"], page("text/html; charset=utf-8", []byte(r.Replace(vendorLaunch))))
	v.mux.Handle("GET "+paths["vendor-partner"], page("text/html; charset=utf-8", []byte(r.Replace(vendorPartner))))
	fw.vendorList = &resource{ctype: "text/html; charset=utf-8"}
	fw.vendorList.set([]byte(r.Replace(vendorListing)), `"nr-2026-11-26"`, time.Date(2026, 11, 26, 14, 0, 0, 0, time.UTC))
	v.mux.Handle("GET /newsroom/", fw.vendorList)
	fw.listPaths = map[string]string{"vendor": "/newsroom/"}
}

func (fw *fakeWeb) buildJapan(t *testing.T) {
	j := fw.jp
	notice := "/ja/news/2026/20261201_01.html"
	product := "/ja/news/2026/20261118_02.html"
	fw.urls["jp-notice"] = j.base + notice
	fw.canon["jp-notice"] = j.base + notice
	fw.urls["jp-product"] = j.base + product
	fw.canon["jp-product"] = j.base + product
	fw.fetchOnce = append(fw.fetchOnce, "jp-notice", "jp-product")
	r := strings.NewReplacer("{{BASE}}", j.base)
	fw.jaNoticeSJIS = encode(t, japanese.ShiftJIS, r.Replace(jpNotice))
	// Like many Japanese corporate servers, no charset in the header: only the page's meta says Shift_JIS.
	j.mux.Handle("GET "+notice, page("text/html", fw.jaNoticeSJIS))
	j.mux.Handle("GET "+product, page("text/html; charset=Shift_JIS", encode(t, japanese.ShiftJIS, r.Replace(jpProduct))))

	rdf := `<?xml version="1.0" encoding="EUC-JP"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="ja">
<channel rdf:about="` + j.base + `/ja/news/index.rdf">
<title>ヤマセ電機株式会社 ニュースリリース</title>
<link>` + j.base + `/ja/news/</link>
<description>ヤマセ電機のニュースリリース一覧です。</description>
<dc:language>ja</dc:language>
<items><rdf:Seq>
<rdf:li rdf:resource="` + fw.urls["jp-notice"] + `"/>
<rdf:li rdf:resource="` + fw.urls["jp-product"] + `"/>
</rdf:Seq></items>
</channel>
<item rdf:about="` + fw.urls["jp-notice"] + `">
<title>不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ</title>
<link>` + fw.urls["jp-notice"] + `</link>
<description>当社サーバーへの不正アクセスについてお知らせいたします。</description>
<dc:date>2026-12-01T15:00:00+09:00</dc:date>
<dc:subject>重要なお知らせ</dc:subject>
</item>
<item rdf:about="` + fw.urls["jp-product"] + `">
<title>空気清浄機「エアリス AP-900」を発売</title>
<link>` + fw.urls["jp-product"] + `</link>
<description>花粉の季節に向けた新製品を発売いたします。</description>
<dc:date>2026-11-18T11:00:00+09:00</dc:date>
<dc:subject>製品</dc:subject>
</item>
</rdf:RDF>
`
	fw.jpFeed = &resource{ctype: "application/rdf+xml"}
	fw.jpFeed.set(encode(t, japanese.EUCJP, rdf), "", jpFeedMod)
	j.mux.Handle("GET /ja/news/index.rdf", fw.jpFeed)
	fw.feedPaths["jp"] = "/ja/news/index.rdf"
}

func (fw *fakeWeb) buildCERT(t *testing.T) {
	c := fw.cert
	r := strings.NewReplacer("{{BASE}}", c.base)
	a42 := "/advisories/ax-2026-0042.html"
	a41 := "/advisories/ax-2026-0041.html"
	fw.urls["cert-42"] = c.base + a42
	fw.canon["cert-42"] = c.base + a42
	fw.urls["cert-41"] = c.base + a41
	fw.canon["cert-41"] = c.base + a41
	fw.fetchOnce = append(fw.fetchOnce, "cert-42", "cert-41")
	c.mux.Handle("GET "+a42, page("text/html; charset=utf-8", []byte(r.Replace(cert42))))
	c.mux.Handle("GET "+a41, page("text/html; charset=utf-8", []byte(r.Replace(cert41))))
	fw.certList = &resource{ctype: "text/html; charset=utf-8"}
	fw.certList.set([]byte(r.Replace(certListing)), "", time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC))
	c.mux.Handle("GET /advisories/", fw.certList)
	fw.listPaths["cert"] = "/advisories/"
}
