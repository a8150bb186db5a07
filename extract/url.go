package extract

import (
	"net/url"
	"strings"
)

// trackingParams are query keys that identify a campaign or a click, never
// the page itself; they are removed by CleanURL.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_hsenc": true, "_hsmi": true, "hsctatracking": true,
	"mkt_tok": true, "_ga": true, "_gl": true, "ref_src": true, "ref_url": true,
	"oly_anon_id": true, "oly_enc_id": true, "vero_id": true, "vero_conv": true,
	"wickedid": true, "rb_clickid": true, "s_cid": true, "cmpid": true,
	"ncid": true, "sr_share": true, "spm": true,
}

// trackingPrefixes are key prefixes of whole families of tracking parameters.
var trackingPrefixes = []string{"utm_", "pk_", "mtm_", "ga_", "hmb_", "__hs"}

// CleanURL returns the canonical form of raw: lower-case scheme and host,
// no default port, no fragment, no tracking parameters and no empty query;
// a string that does not parse as an absolute URL is returned trimmed.
func CleanURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if port := u.Port(); (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		u.Host = strings.TrimSuffix(u.Host, ":"+port)
	}
	u.Fragment, u.RawFragment = "", ""
	u.RawQuery = cleanQuery(u.RawQuery)
	u.ForceQuery = false
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// cleanQuery drops tracking parameters from a raw query, keeping the order and
// the encoding of the others.
func cleanQuery(raw string) string {
	if raw == "" {
		return ""
	}
	var kept []string
	for _, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		key, _, _ := strings.Cut(part, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if isTrackingParam(strings.ToLower(key)) {
			continue
		}
		kept = append(kept, part)
	}
	return strings.Join(kept, "&")
}

func isTrackingParam(key string) bool {
	if trackingParams[key] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// canonicalURL returns the cleaned URL the article should be known by: the
// page's own rel=canonical or og:url when it is on the same site as the page,
// else the page URL. Syndicated copies often point their canonical at the
// original outlet; keeping their own URL keeps them distinct articles.
func canonicalURL(pageURL string, candidates ...string) string {
	base, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil {
		base = nil
	}
	for _, c := range candidates {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		ref, err := url.Parse(c)
		if err != nil {
			continue
		}
		if base != nil {
			ref = base.ResolveReference(ref)
		}
		if ref.Scheme != "http" && ref.Scheme != "https" {
			continue
		}
		if base == nil || base.Host == "" || sameSite(base.Hostname(), ref.Hostname()) {
			return CleanURL(ref.String())
		}
	}
	return CleanURL(pageURL)
}

// sameSite reports whether two host names are the same site, ignoring case
// and a leading "www.".
func sameSite(a, b string) bool {
	norm := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	return a != "" && norm(a) == norm(b)
}
