package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/breachwire/breachwire/crawl"
	"github.com/breachwire/breachwire/datadir"
	"github.com/breachwire/breachwire/index"
)

// reader is the read side of a data dir: the local index when the dir is
// free, or the HTTP API of the serve process that holds it.
type reader struct {
	dir   *datadir.Dir
	ix    *index.Index
	serve string // base URL of the serve process holding the dir
}

// openReader opens the data dir for reading. A dir that does not exist yet
// reads as empty (nil reader, exitOK). Readers share the dir with each
// other; an index that must first be created or rebuilt is opened the way a
// writer opens it, once, and read-only from then on.
func openReader(e *env, c *common, command string) (*reader, int) {
	if !exists(c.data) {
		return nil, exitOK
	}
	d, serve, code := lockForReading(e, c, command)
	switch {
	case serve != "":
		return &reader{serve: serve}, exitOK
	case d == nil:
		return nil, code
	}
	ix, err := index.OpenReadOnly(d.Path(datadir.IndexDir))
	if errors.Is(err, index.ErrNoIndex) || errors.Is(err, index.ErrOutdated) {
		if errors.Is(err, index.ErrOutdated) {
			fmt.Fprintln(e.stderr, "breachwire: the index was built by an earlier version; rebuilding it first (this can take a while)")
		}
		d.Release()
		if d, code = lockData(e, c, command, ""); d == nil {
			return nil, code
		}
		var ix *index.Index
		if ix, code = openIndex(e, d); ix == nil {
			d.Release()
			return nil, code
		}
		return &reader{dir: d, ix: ix}, exitOK
	}
	if err != nil {
		d.Release()
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		if errors.Is(err, index.ErrLocked) {
			return nil, exitTempFail
		}
		return nil, exitFailure
	}
	return &reader{dir: d, ix: ix}, exitOK
}

// lockForReading takes the data dir for a reading command, shared with
// other readers. When a writer that answers the JSON API (serve, or a crawl
// in progress) holds it, it returns that writer's base URL instead, to be
// asked over HTTP; when another writer holds it past datadir.Wait, or it is
// unusable, it reports that and returns the exit status to use.
func lockForReading(e *env, c *common, command string) (d *datadir.Dir, serve string, code int) {
	d, err := datadir.AcquireShared(c.data, command)
	var busy *datadir.BusyError
	// A crawl may end between reading its note and asking it; then the
	// dir is free again, or another writer has it.
	for try := 0; try < 3 && errors.As(err, &busy) && busy.Holder.Addr != ""; try++ {
		base := "http://" + busy.Holder.Addr
		if answers(base) {
			return nil, base, exitOK
		}
		d, err = datadir.AcquireShared(c.data, command)
	}
	switch {
	case errors.As(err, &busy):
		fmt.Fprintf(e.stderr, "breachwire: %v; try again when it has finished\n", busy)
		return nil, "", exitTempFail
	case err != nil:
		fmt.Fprintf(e.stderr, "breachwire: unusable data dir: %v\n", err)
		return nil, "", exitFailure
	}
	return d, "", exitOK
}

// answers reports whether the writer at base answers its health check.
func answers(base string) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/healthz", nil)
	if err != nil {
		return false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

func (r *reader) close() {
	if r.ix != nil {
		r.ix.Close()
	}
	r.dir.Release()
}

// getJSON asks the serve process holding the data dir.
func (r *reader) getJSON(ctx context.Context, path string, q url.Values, v any) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", r.serve+path+"?"+q.Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("asking serve: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return fmt.Errorf("asking serve: %w", err)
	}
	if resp.StatusCode == http.StatusBadRequest {
		var e struct{ Error string }
		json.Unmarshal(body, &e)
		return badQuery(e.Error)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("asking serve: %s", resp.Status)
	}
	return json.Unmarshal(body, v)
}

// remoteError is an error serve reported: its message is serve's own, and
// it wraps the sentinel that message stands for.
type remoteError struct {
	msg string
	err error
}

// Error returns serve's message as it is.
func (e *remoteError) Error() string { return e.msg }

// Unwrap returns the sentinel the message stands for.
func (e *remoteError) Unwrap() error { return e.err }

// badQuery is the index.ErrBadQuery that serve reported with msg. Serve's
// message is the index's, which already begins with the sentinel's; it is
// added only to a message without it.
func badQuery(msg string) error {
	if !strings.HasPrefix(msg, index.ErrBadQuery.Error()) {
		msg = index.ErrBadQuery.Error() + ": " + msg
	}
	return &remoteError{msg: msg, err: index.ErrBadQuery}
}

func (r *reader) stories(ctx context.Context, since index.Since, raw string) ([]index.Story, error) {
	if r.ix != nil {
		return r.ix.StoriesSince(ctx, since)
	}
	var out struct{ Stories []index.Story }
	q := url.Values{}
	if raw != "" {
		q.Set("since", raw)
	}
	err := r.getJSON(ctx, "/api/stories", q, &out)
	return out.Stories, err
}

func (r *reader) search(ctx context.Context, req index.SearchRequest) (*index.SearchResult, error) {
	if r.ix != nil {
		return r.ix.Search(ctx, req)
	}
	var out index.SearchResult
	q := url.Values{"q": {req.Query}, "limit": {strconv.Itoa(req.Limit)}, "offset": {strconv.Itoa(req.Offset)}}
	if req.Sort != "" {
		q.Set("sort", req.Sort)
	}
	err := r.getJSON(ctx, "/api/search", q, &out)
	return &out, err
}

func runStories(ctx context.Context, e *env, args []string) int {
	fs, c := newFlags(e, "stories", usageStories)
	fs.Bool("json", true, "JSON Lines output (the only format)")
	sinceFlag := fs.String("since", "", "only stories updated since a `DURATION` ago (24h, 7d) or a DATE")
	if _, err := parseArgs(fs, args); err != nil {
		return exitFor(err)
	}
	since, err := index.ParseSince(*sinceFlag, time.Now())
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitUsage
	}
	r, code := openReader(e, c, "stories")
	if r == nil {
		return code
	}
	defer r.close()
	stories, err := r.stories(ctx, since, *sinceFlag)
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for i := range stories {
		if err := enc.Encode(&stories[i]); err != nil {
			return exitFailure
		}
	}
	return exitOK
}

func runSearch(ctx context.Context, e *env, args []string) int {
	fs, c := newFlags(e, "search", usageSearch)
	asJSON := fs.Bool("json", false, "print the result as one JSON object")
	limit := fs.Int("limit", 20, "at most `N` stories")
	offset := fs.Int("offset", 0, "skip the first `N` stories")
	sort := fs.String("sort", "relevance", "relevance or date")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return exitFor(err)
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		fs.Usage()
		return exitUsage
	}
	if *limit < 1 || *offset < 0 || (*sort != "relevance" && *sort != "date") {
		fmt.Fprintln(e.stderr, "breachwire: --limit must be at least 1, --offset at least 0, --sort relevance or date")
		return exitUsage
	}
	req := index.SearchRequest{Query: query, Limit: *limit, Offset: *offset, Sort: *sort, Facets: *asJSON}
	r, code := openReader(e, c, "search")
	if r == nil {
		if code == exitOK && !exists(c.data) {
			return printSearch(e, &index.SearchResult{Stories: []index.Hit{}}, *asJSON)
		}
		return code
	}
	defer r.close()
	res, err := r.search(ctx, req)
	if errors.Is(err, index.ErrBadQuery) {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return exitFailure
	}
	return printSearch(e, res, *asJSON)
}

func printSearch(e *env, res *index.SearchResult, asJSON bool) int {
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if res.Stories == nil {
			res.Stories = []index.Hit{}
		}
		enc.Encode(res)
		return exitOK
	}
	if len(res.Stories) == 0 {
		fmt.Fprintln(e.stdout, "no stories found")
		return exitOK
	}
	var tb table
	tb.add("FIRST SEEN", "VICTIMS", "RECORDS", "ACTORS", "ARTICLES", "TITLE")
	for _, h := range res.Stories {
		tb.add(h.FirstSeen.Format("2006-01-02"), clip(strings.Join(h.Victims, ", "), 30),
			formatRecords(h.Records), clip(strings.Join(h.Actors, ", "), 24), strconv.Itoa(len(h.Articles)), clip(h.Title, 80))
		if f := plainFragment(h.Fragment); f != "" {
			tb.add("", "", "", "", "", "  "+clip(f, 100))
		}
	}
	tb.print(e.stdout)
	fmt.Fprintf(e.stdout, "%d of %d stories\n", len(res.Stories), res.Total)
	return exitOK
}

// plainFragment turns an HTML fragment with <mark> highlights into terminal
// text with the matches in [brackets].
func plainFragment(s string) string {
	r := strings.NewReplacer("<mark>", "[", "</mark>", "]", "&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'", "&quot;", `"`, "\n", " ")
	return strings.Join(strings.Fields(r.Replace(s)), " ")
}

func formatRecords(n *int64) string {
	if n == nil {
		return "-"
	}
	return strconv.FormatInt(*n, 10)
}

func runSources(ctx context.Context, e *env, args []string) int {
	fs, c := newFlags(e, "sources", usageSources)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parseArgs(fs, args); err != nil {
		return exitFor(err)
	}
	cfg, ok := loadConfig(e, c)
	if !ok {
		return exitFailure
	}
	health := map[string]crawl.Health{}
	if exists(c.data) {
		hs, code := readHealth(ctx, e, c)
		if hs == nil && code != exitOK {
			return code
		}
		for _, h := range hs {
			health[h.Name] = h
		}
	}
	rows := make([]crawl.Health, 0, len(cfg.Sources))
	for _, s := range cfg.Sources {
		h := health[s.Name]
		h.Name = s.Name
		rows = append(rows, h)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.Encode(map[string]any{"sources": rows})
		return exitOK
	}
	var tb table
	tb.add("SOURCE", "LAST SUCCESS", "FAILURES", "ARTICLES", "DEFERRED", "LAST ERROR")
	for _, h := range rows {
		last := "never"
		if !h.LastSuccess.IsZero() {
			last = h.LastSuccess.Local().Format("2006-01-02 15:04")
		}
		tb.add(clip(h.Name, 40), last, strconv.Itoa(h.Failures), strconv.Itoa(h.Articles), strconv.Itoa(h.Deferred), clip(h.LastError, 80))
	}
	tb.print(e.stdout)
	return exitOK
}

// readHealth reads the sources' health from the crawl state, or from serve.
func readHealth(ctx context.Context, e *env, c *common) ([]crawl.Health, int) {
	d, serve, code := lockForReading(e, c, "sources")
	if serve != "" {
		var out struct{ Sources []crawl.Health }
		if err := (&reader{serve: serve}).getJSON(ctx, "/api/sources", url.Values{}, &out); err != nil {
			fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
			return nil, exitFailure
		}
		return out.Sources, exitOK
	}
	if d == nil {
		return nil, code
	}
	defer d.Release()
	if !exists(d.Path(datadir.CrawlState)) {
		return nil, exitOK
	}
	st, err := crawl.OpenStateReadOnly(d.Path(datadir.CrawlState))
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return nil, exitFailure
	}
	defer st.Close()
	hs, err := st.Sources()
	if err != nil {
		fmt.Fprintf(e.stderr, "breachwire: %v\n", err)
		return nil, exitFailure
	}
	return hs, exitOK
}
