package actors

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// MaxFileSize is the largest actor file Load reads, in bytes.
const MaxFileSize = 256 << 20

// Errors returned by Load, wrapped with detail.
var (
	// ErrFormat means the input is not a catalogue Load understands or is
	// malformed.
	ErrFormat = errors.New("actors: unrecognised or malformed actor file")
	// ErrTooLarge means the input is larger than MaxFileSize.
	ErrTooLarge = errors.New("actors: actor file too large")
)

// Load reads a list of groups. It recognises three formats: a MISP galaxy
// cluster file (threat-actor.json, ransomware.json), a STIX 2.x bundle such
// as MITRE ATT&CK's (its intrusion-set objects; revoked and deprecated ones
// are left out), and this package's own format, a JSON array of Group.
func Load(r io.Reader) ([]Group, error) {
	return load(r, MaxFileSize)
}

// load is Load with the size limit as a parameter.
func load(r io.Reader, limit int64) ([]Group, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("actors: reading actor file: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	data = bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(data) == 0 {
		return nil, fmt.Errorf("%w: empty input", ErrFormat)
	}
	if data[0] == '[' {
		return loadNative(data)
	}
	var top struct {
		Type    string            `json:"type"`
		Values  []json.RawMessage `json:"values"`
		Objects []json.RawMessage `json:"objects"`
	}
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	switch {
	case top.Type == "bundle" && top.Objects != nil:
		return loadSTIX(top.Objects)
	case top.Values != nil:
		return loadMISP(top.Type, top.Values)
	}
	return nil, fmt.Errorf("%w: neither a MISP galaxy cluster (\"values\") nor a STIX bundle (\"type\": \"bundle\")", ErrFormat)
}

// LoadFile reads a list of groups from the file at path; see Load.
func LoadFile(path string) ([]Group, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return nil, fmt.Errorf("%w: %s is %d MB", ErrTooLarge, path, st.Size()>>20)
	}
	gs, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return gs, nil
}

func loadNative(data []byte) ([]Group, error) {
	var gs []Group
	if err := json.Unmarshal(data, &gs); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	for i := range gs {
		if strings.TrimSpace(gs[i].Name) == "" {
			return nil, fmt.Errorf("%w: group %d has no name", ErrFormat, i)
		}
	}
	return gs, nil
}

// mispValue is one cluster of a MISP galaxy file.
type mispValue struct {
	Value string `json:"value"`
	Meta  struct {
		Synonyms     []string `json:"synonyms"`
		Country      any      `json:"country"`
		StateSponsor any      `json:"cfr-suspected-state-sponsor"`
	} `json:"meta"`
}

func loadMISP(galaxy string, values []json.RawMessage) ([]Group, error) {
	kind := ""
	if galaxy == "ransomware" {
		kind = "ransomware"
	}
	out := make([]Group, 0, len(values))
	for i, raw := range values {
		var v mispValue
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, fmt.Errorf("%w: values[%d]: %w", ErrFormat, i, err)
		}
		if strings.TrimSpace(v.Value) == "" {
			return nil, fmt.Errorf("%w: values[%d]: no \"value\"", ErrFormat, i)
		}
		g := Group{Name: v.Value, Aliases: v.Meta.Synonyms, Kind: kind, Country: firstString(v.Meta.Country)}
		if kind == "" && firstString(v.Meta.StateSponsor) != "" {
			g.Kind = "apt"
		}
		out = append(out, g)
	}
	return out, nil
}

// firstString returns v when it is a string, or the first string of a list;
// MISP writes some meta fields either way.
func firstString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// stixObject holds the fields of a STIX object Load uses.
type stixObject struct {
	Type       string   `json:"type"`
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Revoked    bool     `json:"revoked"`
	Deprecated bool     `json:"x_mitre_deprecated"`
}

func loadSTIX(objects []json.RawMessage) ([]Group, error) {
	var out []Group
	for i, raw := range objects {
		var probe struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal(raw, &probe); err != nil {
			return nil, fmt.Errorf("%w: objects[%d]: %w", ErrFormat, i, err)
		}
		if probe.Type != "intrusion-set" {
			continue
		}
		var o stixObject
		if err := json.Unmarshal(raw, &o); err != nil {
			return nil, fmt.Errorf("%w: objects[%d]: %w", ErrFormat, i, err)
		}
		if o.Revoked || o.Deprecated || strings.TrimSpace(o.Name) == "" {
			continue
		}
		out = append(out, Group{Name: o.Name, Aliases: o.Aliases})
	}
	if out == nil {
		out = []Group{}
	}
	return out, nil
}
