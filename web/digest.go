package web

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/breachwire/breachwire/digest"
	"github.com/breachwire/breachwire/index"
)

// errNoDigest is answered when the server was built without WithDigest.
var errNoDigest = errors.New("web: the digest is not available in this server")

// digestTimeout bounds one digest request: building it, and a send that
// waits on the mail server (go-mail gives up after 30 seconds), which the
// server's write timeout, meant for pages, might cut short.
const digestTimeout = 3 * time.Minute

// digestJSON is the answer of POST /api/digest. Status is "dry_run",
// "sent", "skipped" (empty, and skip_empty is set) or "not_sent" (with
// Error); Message is the whole MIME message whenever one was built.
type digestJSON struct {
	Status     string `json:"status"`
	New        int    `json:"new"`
	Updated    int    `json:"updated"`
	Recipients int    `json:"recipients"`
	Message    string `json:"message,omitempty"`
	Error      string `json:"error,omitempty"`
}

// apiDigest runs the digest: POST /api/digest with the form or query
// parameters dry_run (a boolean) and since (a duration or date, as for
// /api/stories). A dry run builds the message and records nothing; without
// it the digest is sent with the server's own settings and marked sent only
// once the mail server accepted it. Errors answer 422 for the digest
// settings, 502 when the mail server could not be reached or refused, both
// with nothing marked sent.
func (s *Server) apiDigest(w http.ResponseWriter, r *http.Request) {
	if s.digest == nil {
		s.apiError(w, r, errNoDigest)
		return
	}
	if !s.digestAllowed(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="breachwire"`)
		writeJSONError(w, http.StatusUnauthorized, "a digest needs serve's token from the data dir, as \"Authorization: Bearer TOKEN\"")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := r.ParseForm(); err != nil {
		writeJSONError(w, http.StatusBadRequest, "form: "+err.Error())
		return
	}
	req := digest.Request{Now: s.now()}
	var err error
	if v := r.Form.Get("dry_run"); v != "" {
		if req.DryRun, err = strconv.ParseBool(v); err != nil {
			writeJSONError(w, http.StatusBadRequest, "dry_run: want true or false")
			return
		}
	}
	if req.Since, err = index.ParseSince(r.Form.Get("since"), req.Now); err != nil {
		writeJSONError(w, http.StatusBadRequest, err.Error())
		return
	}
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(digestTimeout))
	ctx, cancel := context.WithTimeout(r.Context(), digestTimeout)
	defer cancel()
	res, err := s.digest(ctx, req)
	out := newDigestJSON(res, req.DryRun)
	status := http.StatusOK
	if err != nil {
		status, out.Error = errorStatus(err)
		if status == http.StatusInternalServerError {
			s.log.Error("digest failed", "err", err)
			out.Error = "internal error: " + err.Error()
		}
		if out.Status != "sent" { // sent, but not recorded: say so
			out.Status = "not_sent"
		}
	}
	writeJSON(w, status, out)
}

// newDigestJSON describes a digest run's result on the wire.
func newDigestJSON(res *digest.Result, dryRun bool) digestJSON {
	var out digestJSON
	switch {
	case res == nil:
		out.Status = "not_sent"
		return out
	case dryRun:
		out.Status = "dry_run"
	case res.Sent:
		out.Status = "sent"
	case res.Skipped:
		out.Status = "skipped"
	default:
		out.Status = "not_sent"
	}
	out.Recipients, out.Message = res.Recipients, string(res.Message)
	if res.Digest != nil {
		out.New, out.Updated = res.Digest.NewCount, res.Digest.UpdatedCount
	}
	return out
}

// digestAllowed reports whether r carries the digest token, in constant
// time so that timing tells nothing of it.
func (s *Server) digestAllowed(r *http.Request) bool {
	if s.digestToken == "" {
		return true
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.digestToken)) == 1
}
