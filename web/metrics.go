package web

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/breachwire/breachwire/index"
)

// metricPrefix begins the name of every metric /metrics exposes.
const metricPrefix = "breachwire_"

// Metrics are breachwire's Prometheus metrics, all named breachwire_*. The
// crawl wiring records fetches, errors, indexing and crawl durations; the
// server records search latency. A nil *Metrics records nothing. It is safe
// for concurrent use.
type Metrics struct {
	reg             *prometheus.Registry
	pagesFetched    *prometheus.CounterVec
	fetchErrors     *prometheus.CounterVec
	articlesIndexed prometheus.Counter
	storiesIndexed  *prometheus.CounterVec
	crawlDuration   prometheus.Histogram
	searchLatency   prometheus.Histogram
}

// NewMetrics returns Metrics in a registry of their own, which also holds
// the Go runtime and process collectors under the same prefix
// (breachwire_go_goroutines, breachwire_process_resident_memory_bytes): an
// operator watching a long-running serve wants its memory, goroutines and
// file descriptors, and every name the process exposes is breachwire_*.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		pagesFetched: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "breachwire_pages_fetched_total",
			Help: "Pages (feeds, listings, articles) fetched, by source.",
		}, []string{"source"}),
		fetchErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "breachwire_fetch_errors_total",
			Help: "Fetches that failed, by source.",
		}, []string{"source"}),
		articlesIndexed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "breachwire_articles_indexed_total",
			Help: "Articles stored in the index.",
		}),
		storiesIndexed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "breachwire_stories_indexed_total",
			Help: "Stories created (change=new) or changed (change=updated) by indexing.",
		}, []string{"change"}),
		crawlDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "breachwire_crawl_duration_seconds",
			Help:    "Duration of one crawl pass.",
			Buckets: prometheus.ExponentialBuckets(0.5, 2, 14),
		}),
		searchLatency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "breachwire_search_duration_seconds",
			Help:    "Latency of index searches made by the web UI and API.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
	}
	m.reg.MustRegister(m.pagesFetched, m.fetchErrors, m.articlesIndexed, m.storiesIndexed,
		m.crawlDuration, m.searchLatency)
	prometheus.WrapRegistererWithPrefix(metricPrefix, m.reg).MustRegister(
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// PagesFetched counts n pages fetched for source.
func (m *Metrics) PagesFetched(source string, n int) {
	if m != nil && n > 0 {
		m.pagesFetched.WithLabelValues(source).Add(float64(n))
	}
}

// FetchErrors counts n failed fetches for source.
func (m *Metrics) FetchErrors(source string, n int) {
	if m != nil && n > 0 {
		m.fetchErrors.WithLabelValues(source).Add(float64(n))
	}
}

// Indexed records what one index.Add did.
func (m *Metrics) Indexed(r index.AddResult) {
	if m == nil {
		return
	}
	m.articlesIndexed.Add(float64(r.Articles))
	m.storiesIndexed.WithLabelValues("new").Add(float64(r.NewStories()))
	m.storiesIndexed.WithLabelValues("updated").Add(float64(r.UpdatedStories()))
}

// CrawlDone records the duration of one crawl pass.
func (m *Metrics) CrawlDone(d time.Duration) {
	if m != nil {
		m.crawlDuration.Observe(d.Seconds())
	}
}

// SearchDone records the latency of one search.
func (m *Metrics) SearchDone(d time.Duration) {
	if m != nil {
		m.searchLatency.Observe(d.Seconds())
	}
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// FetchError counts one failed fetch for source.
func (m *Metrics) FetchError(source string) { m.FetchErrors(source, 1) }
