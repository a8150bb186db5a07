package crawl

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// xmlDecl matches the encoding pseudo-attribute of an XML declaration.
var xmlDecl = regexp.MustCompile(`^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])([A-Za-z0-9._:-]*)(["'])`)

// weakLabels are charsets servers send by default rather than by knowledge;
// an XML declaration naming another charset wins over them.
var weakLabels = map[string]bool{"iso-8859-1": true, "us-ascii": true, "windows-1252": true, "latin1": true, "ascii": true}

// decodeFeed returns the feed as UTF-8 with its XML declaration, if any,
// saying so, so that gofeed neither misreads a Shift_JIS feed served with
// the charset in the header only nor decodes a second time one whose
// declaration names the charset it was in. The charset is taken from the
// BOM, else the Content-Type header (unless it is a server default and the
// declaration knows better, or says UTF-8 of bytes that are not), else the
// declaration, else UTF-8.
func decodeFeed(body []byte, contentType string) []byte {
	enc, body := feedEncoding(body, contentType)
	if enc != nil {
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			body = out
		}
	}
	if !utf8.Valid(body) {
		body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	head := body[:min(len(body), 512)]
	if m := xmlDecl.FindSubmatchIndex(head); m != nil {
		var b bytes.Buffer
		b.Grow(len(body))
		b.Write(body[:m[6]])
		b.WriteString("UTF-8")
		b.Write(body[m[7]:])
		body = b.Bytes()
	}
	return body
}

// feedEncoding picks the encoding of a feed body (nil for UTF-8) and returns
// the body without a UTF-8 BOM.
func feedEncoding(body []byte, contentType string) (encoding.Encoding, []byte) {
	switch {
	case bytes.HasPrefix(body, []byte("\xEF\xBB\xBF")):
		return nil, body[3:]
	case bytes.HasPrefix(body, []byte("\xFE\xFF")), bytes.HasPrefix(body, []byte("\xFF\xFE")):
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), body
	}
	header := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		header = strings.ToLower(strings.TrimSpace(params["charset"]))
	}
	declared := ""
	if m := xmlDecl.FindSubmatch(body[:min(len(body), 512)]); m != nil {
		declared = strings.ToLower(string(m[3]))
	}
	valid := utf8.Valid(body)
	label := header
	switch {
	case header == "" || (weakLabels[header] && declared != "" && !weakLabels[declared]):
		label = declared
	case isUTF8(header) && !valid && declared != "":
		label = declared
	}
	if label == "" || isUTF8(label) {
		if valid || label != "" {
			return nil, body
		}
		// No charset anywhere and not UTF-8: guess as browsers do.
		e, _, _ := charset.DetermineEncoding(body, "")
		return e, body
	}
	e, _ := charset.Lookup(label)
	return e, body
}

func isUTF8(label string) bool {
	return label == "utf-8" || label == "utf8"
}
