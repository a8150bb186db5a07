package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"
)

// readBody decodes the Content-Encoding of r and reads at most max bytes of
// the result; truncated says the body was longer and was cut off. The limit
// applies after decompression, so a small gzip bomb cannot fill memory; the
// compressed input is bounded too, since a stream that inflates to little
// could otherwise be read for ever.
func readBody(r io.Reader, contentEncoding string, max int64) (body []byte, truncated bool, err error) {
	raw := &countingLimit{r: r, n: 2*max + 64<<10}
	dec, err := decoder(raw, contentEncoding)
	if err != nil {
		return nil, false, err
	}
	body, err = io.ReadAll(io.LimitReader(dec, max+1))
	if int64(len(body)) > max {
		return body[:max], true, nil
	}
	if err != nil && raw.hit && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)) {
		// The compressed input ran over its own bound mid-stream.
		return body, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	return body, raw.hit, nil
}

// errUndecodable is wrapped by errors about a body's Content-Encoding.
var errUndecodable = errors.New("fetch: body cannot be decoded")

// decoder returns a reader that undoes the given Content-Encoding.
func decoder(r io.Reader, contentEncoding string) (io.Reader, error) {
	switch ce := strings.ToLower(strings.TrimSpace(contentEncoding)); ce {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %v", errUndecodable, err)
		}
		return zr, nil
	case "deflate":
		// "deflate" should be zlib-wrapped (RFC 9110), but many servers
		// send raw DEFLATE; tell them apart by the zlib header.
		br := bufio.NewReader(r)
		if h, err := br.Peek(2); err == nil && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("%w: deflate: %v", errUndecodable, err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	default:
		return nil, fmt.Errorf("%w: unsupported Content-Encoding %q", errUndecodable, ce)
	}
}

// countingLimit reads at most n bytes of r and remembers whether it stopped
// because of the limit.
type countingLimit struct {
	r   io.Reader
	n   int64
	hit bool
}

func (l *countingLimit) Read(p []byte) (int, error) {
	if l.n <= 0 {
		l.hit = true
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}
