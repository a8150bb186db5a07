// Package digesttest runs a real SMTP server on loopback for tests of code
// that sends the digest, as net/http/httptest does for HTTP: it speaks the
// protocol through go-smtp and keeps what it receives.
package digesttest

import (
	"bytes"
	"errors"
	"io"
	"net"
	"sync"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// MailServer is an SMTP server on loopback that keeps the messages it
// accepts. It is safe for concurrent use.
type MailServer struct {
	// Addr is the HOST:PORT the server listens on.
	Addr string
	// user and password, when set, are required (AUTH PLAIN).
	user, password string

	mu       sync.Mutex
	reject   bool
	messages [][]byte
	rcpts    []string
}

// NewMailServer starts a server that requires user and password when user
// is set; it stops when the test ends. It accepts plain connections only
// (no STARTTLS) and PLAIN authentication without TLS.
func NewMailServer(t testing.TB, user, password string) *MailServer {
	t.Helper()
	ms := &MailServer{user: user, password: password}
	s := smtp.NewServer(backend{ms})
	s.Domain = "localhost"
	s.AllowInsecureAuth = true
	s.MaxMessageBytes = 10 << 20
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ms.Addr = l.Addr().String()
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	return ms
}

// Received returns the messages accepted so far, oldest first.
func (ms *MailServer) Received() [][]byte {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return append([][]byte{}, ms.messages...)
}

// Recipients returns every RCPT TO address given so far.
func (ms *MailServer) Recipients() []string {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return append([]string{}, ms.rcpts...)
}

// SetReject makes the server refuse every message at DATA (554), or accept
// them again.
func (ms *MailServer) SetReject(v bool) {
	ms.mu.Lock()
	ms.reject = v
	ms.mu.Unlock()
}

// backend hands each connection a session of ms.
type backend struct{ ms *MailServer }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{ms: b.ms}, nil }

type session struct {
	ms     *MailServer
	authed bool
}

func (s *session) AuthMechanisms() []string {
	if s.ms.user == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != s.ms.user || password != s.ms.password {
			return errors.New("invalid credentials")
		}
		s.authed = true
		return nil
	}), nil
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if s.ms.user != "" && !s.authed {
		return smtp.ErrAuthRequired
	}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.ms.mu.Lock()
	s.ms.rcpts = append(s.ms.rcpts, to)
	s.ms.mu.Unlock()
	return nil
}

func (s *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.ms.mu.Lock()
	defer s.ms.mu.Unlock()
	if s.ms.reject {
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "message refused by policy"}
	}
	s.ms.messages = append(s.ms.messages, bytes.Clone(b))
	return nil
}

func (s *session) Reset()        {}
func (s *session) Logout() error { return nil }
