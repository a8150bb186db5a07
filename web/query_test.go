package web

import (
	"testing"
)

func TestFacetClause(t *testing.T) {
	cases := []struct{ facet, term, want string }{
		{"actors", "APT32", "+actor:APT32"},
		{"sources", "ZDNet Security", `+source:"ZDNet Security"`},
		{"sources", "トヨタ　ニュース", `+source:"トヨタ　ニュース"`},
		{"sources", `The "Wire" \ Desk`, `+source:"The \"Wire\" \\ Desk"`},
		{"victims", `Acme "Widgets" (UK)`, `+victim:Acme\ \"Widgets\"\ \(UK\)`},
		{"languages", "ja", "+lang:ja"},
		{"months", "2019-03", `+month:2019\-03`},
		{"months", "March", ""},
		{"colours", "red", ""},
		{"actors", "", ""},
	}
	for _, c := range cases {
		if got := facetClause(c.facet, c.term); got != c.want {
			t.Errorf("facetClause(%q, %q) = %q, want %q", c.facet, c.term, got, c.want)
		}
	}
}

func TestToggleClause(t *testing.T) {
	cases := []struct {
		name, q, clause, want string
		active                bool
	}{
		{"narrow free text", "toyota breach", "+actor:APT32", "+toyota +breach +actor:APT32", false},
		{"keep operators", `-ransomware "data leak"`, "+lang:ja", `-ransomware +"data leak" +lang:ja`, false},
		{"remove", "+toyota +actor:APT32", "+actor:APT32", "+toyota", true},
		{"remove bare", "actor:APT32 toyota", "+actor:APT32", "toyota", true},
		{"longer clause is another", "+actor:APT320", "+actor:APT32", "+actor:APT320 +actor:APT32", false},
		{"escaped space", `+source:ZDNet\ Security`, `+source:ZDNet\ Security`, "", true},
		{"empty query", "", "+lang:ja", "+lang:ja", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, active := toggleClause(c.q, c.clause)
			if got != c.want || active != c.active {
				t.Fatalf("toggleClause(%q, %q) = %q, %v; want %q, %v", c.q, c.clause, got, active, c.want, c.active)
			}
		})
	}
}

// FuzzFacetClause checks that any facet value, however odd, becomes exactly
// one clause that the page recognises again.
func FuzzFacetClause(f *testing.F) {
	for _, s := range []string{"APT32", "ZDNet Security", `a"b\c`, "トヨタ　自動車", " x ", "\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, term string) {
		c := facetClause("victims", term)
		if term == "" {
			return
		}
		if parts := splitClauses(c); len(parts) != 1 || parts[0] != c {
			t.Fatalf("clause %q splits into %q", c, parts)
		}
		q, _ := toggleClause("toyota", c)
		back, active := toggleClause(q, c)
		if !active || back != "+toyota" {
			t.Fatalf("toggling %q off %q gave %q, %v", c, q, back, active)
		}
	})
}

func TestSafeFragment(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a <mark>Toyota</mark> breach", "a <mark>Toyota</mark> breach"},
		{`<mark onclick="x">t</mark><script>alert(1)</script>`, "<mark>t</mark>"},
		{`&#34;&gt;&lt;img src=x onerror=alert(2)&gt;`, `&#34;&gt;&lt;img src=x onerror=alert(2)&gt;`},
		{"<mark>open", "<mark>open</mark>"},
	}
	for _, c := range cases {
		if got := string(safeFragment(c.in)); got != c.want {
			t.Errorf("safeFragment(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for _, ok := range []string{"https://example.com/a?b=c", "http://例え.jp/記事"} {
		if _, safe := safeURL(ok); !safe {
			t.Errorf("safeURL(%q) refused", ok)
		}
	}
	for _, bad := range []string{"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example/x", "/relative", "ftp://x/y", "https:///nohost"} {
		if _, safe := safeURL(bad); safe {
			t.Errorf("safeURL(%q) accepted", bad)
		}
	}
}
