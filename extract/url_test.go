package extract

import "testing"

func TestCleanURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"utm and fragment", "https://www.zdnet.com/article/x/?utm_source=rss&utm_medium=feed#ftag=RSS", "https://www.zdnet.com/article/x/"},
		{"case and default port", "HTTPS://Example.COM:443/Path/A", "https://example.com/Path/A"},
		{"http default port", "http://example.com:80/a", "http://example.com/a"},
		{"other port kept", "http://example.com:8080/a", "http://example.com:8080/a"},
		{"click ids", "https://ex.com/a?id=7&fbclid=IwAR0&gclid=x&mc_cid=1&mc_eid=2&_hsenc=p2&_hsmi=9", "https://ex.com/a?id=7"},
		{"order of kept params", "https://ex.com/a?b=2&utm_campaign=x&a=1", "https://ex.com/a?b=2&a=1"},
		{"trailing question mark", "https://ex.com/a?", "https://ex.com/a"},
		{"trailing hash", "https://ex.com/a#", "https://ex.com/a"},
		{"only tracking", "https://ex.com/a?utm_source=x", "https://ex.com/a"},
		{"empty path", "https://ex.com", "https://ex.com/"},
		{"encoded kept", "https://ex.com/s?q=%E3%83%88%E3%83%A8%E3%82%BF", "https://ex.com/s?q=%E3%83%88%E3%83%A8%E3%82%BF"},
		{"relative left alone", "/a/b?utm_source=x", "/a/b?utm_source=x"},
		{"spaces trimmed", "  https://ex.com/a  ", "https://ex.com/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanURL(tt.in); got != tt.want {
				t.Fatalf("CleanURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCanonicalURL(t *testing.T) {
	page := "https://blog.example.org/2019/04/toyota/?utm_source=tw"
	tests := []struct {
		name, canonical, ogURL, want string
	}{
		{"same host", "https://blog.example.org/2019/04/toyota/", "", "https://blog.example.org/2019/04/toyota/"},
		{"www differs", "https://www.blog.example.org/p/42?utm_medium=x", "", "https://www.blog.example.org/p/42"},
		{"relative", "/p/42", "", "https://blog.example.org/p/42"},
		{"syndicated elsewhere", "https://www.zdnet.com/article/toyota/", "", "https://blog.example.org/2019/04/toyota/"},
		{"og url when canonical foreign", "https://www.zdnet.com/article/toyota/", "https://blog.example.org/p/42", "https://blog.example.org/p/42"},
		{"none", "", "", "https://blog.example.org/2019/04/toyota/"},
		{"not http", "javascript:void(0)", "", "https://blog.example.org/2019/04/toyota/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := canonicalURL(page, tt.canonical, tt.ogURL); got != tt.want {
				t.Fatalf("canonicalURL = %q, want %q", got, tt.want)
			}
		})
	}
	if got := canonicalURL("", "https://ex.com/a?utm_source=x"); got != "https://ex.com/a" {
		t.Errorf("local file with canonical: got %q", got)
	}
}
