package digest

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"time"

	mail "github.com/wneessen/go-mail"

	"github.com/breachwire/breachwire/config"
)

// Errors returned by Send.
var (
	// ErrConfig is wrapped when the digest settings cannot make a message.
	ErrConfig = errors.New("digest: bad settings")
	// ErrDelivery is wrapped when the mail server could not be reached,
	// refused the login or refused the message. Nothing was delivered.
	ErrDelivery = errors.New("digest: not delivered")
)

// Placeholder addresses for a dry run without a digest: section.
const (
	dryRunFrom = "breachwire <breachwire@localhost>"
	dryRunTo   = "analysts@localhost"
)

// Message builds the digest e-mail: multipart/alternative with a plain-text
// and an HTML part, UTF-8, headers encoded by go-mail. cfg may be nil for a
// dry run.
func Message(d *Digest, cfg *config.Digest) (*mail.Msg, error) {
	from, to, base := dryRunFrom, []string{dryRunTo}, ""
	if cfg != nil {
		if cfg.From != "" {
			from = cfg.From
		}
		if len(cfg.To) > 0 {
			to = cfg.To
		}
		base = cfg.BaseURL
	}
	html, text, err := Render(d, base)
	if err != nil {
		return nil, fmt.Errorf("digest: render: %w", err)
	}
	m := mail.NewMsg(mail.WithNoDefaultUserAgent())
	if err := m.From(from); err != nil {
		return nil, fmt.Errorf("%w: from %q: %v", ErrConfig, from, err)
	}
	if err := m.To(to...); err != nil {
		return nil, fmt.Errorf("%w: to %q: %v", ErrConfig, to, err)
	}
	m.Subject(d.Subject())
	m.SetDateWithValue(d.Date)
	m.SetMessageIDWithValue(messageID())
	m.SetGenHeader(mail.HeaderXMailer, "breachwire")
	m.SetBodyString(mail.TypeTextPlain, text, mail.WithPartEncoding(mail.EncodingQP))
	m.AddAlternativeString(mail.TypeTextHTML, html, mail.WithPartEncoding(mail.EncodingQP))
	return m, nil
}

func messageID() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:]) + "@breachwire"
}

// WriteMessage writes the whole MIME message to w.
func WriteMessage(w io.Writer, m *mail.Msg) error {
	_, err := m.WriteTo(w)
	return err
}

// Send delivers m through the server in cfg, logging in as cfg.User with
// password when a user is set. Every failure wraps ErrDelivery and says
// why: connection refused, TLS, authentication or a refused message.
func Send(ctx context.Context, cfg *config.Digest, password string, m *mail.Msg) error {
	if cfg == nil || cfg.SMTP == "" || len(cfg.To) == 0 || cfg.From == "" {
		return fmt.Errorf("%w: sending needs digest.smtp, digest.from and digest.to in sources.yaml", ErrConfig)
	}
	host, portStr, err := net.SplitHostPort(cfg.SMTP)
	if err != nil {
		return fmt.Errorf("%w: smtp %q is not HOST:PORT", ErrConfig, cfg.SMTP)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return fmt.Errorf("%w: smtp %q is not HOST:PORT", ErrConfig, cfg.SMTP)
	}
	opts := []mail.Option{mail.WithPort(port), mail.WithTimeout(30 * time.Second), mail.WithHELO("breachwire.localhost"),
		mail.WithTLSConfig(&tls.Config{ServerName: host, MinVersion: tls.VersionTLS12})}
	switch cfg.TLS {
	case "tls":
		opts = append(opts, mail.WithSSL())
	case "none":
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	}
	if cfg.User != "" {
		auth := mail.SMTPAuthPlain
		if cfg.TLS == "none" {
			// The user chose a plain connection (a relay on localhost, say).
			auth = mail.SMTPAuthPlainNoEnc
		}
		opts = append(opts, mail.WithSMTPAuth(auth), mail.WithUsername(cfg.User), mail.WithPassword(password))
	}
	c, err := mail.NewClient(host, opts...)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if err := c.DialAndSendWithContext(ctx, m); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrDelivery, cfg.SMTP, err)
	}
	return nil
}
