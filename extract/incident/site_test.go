package incident

import "testing"

// TestSiteOrganisation checks which page publishers read as an
// organisation that may issue its own notice, and which are news sites
// and release hubs that tell of others' incidents.
func TestSiteOrganisation(t *testing.T) {
	for _, tt := range []struct {
		site string
		ja   bool
		want string
	}{
		{"ニュースリリース配信センター", true, ""},
		{"セキュリティ速報", true, ""},
		{"みなと新報", true, ""},
		{"共同通信PRワイヤー", true, ""},
		{"ITmedia NEWS", true, ""},
		{"PR TIMES", true, ""},
		{"Advisory & Press Hub", false, ""},
		{"Business Wire", false, ""},
		{"Harbour Valley Courier", false, ""},
		{"株式会社サンプル", true, "サンプル"},
		{"大浜市教育委員会", true, "大浜市"},
		{"Acme Corp Newsroom", false, "Acme"},
		{"Tallow County, Oregon", false, "Tallow County"},
		{"City of Marlow Springs — News Flash", false, "City of Marlow Springs"},
		{"Brookhollow University Information Technology Services", false, "Brookhollow University"},
		{"Stratavault Trust Center", false, "Stratavault"},
	} {
		if got := siteOrganisation(tt.site, tt.ja); got != tt.want {
			t.Errorf("siteOrganisation(%q, ja=%v) = %q, want %q", tt.site, tt.ja, got, tt.want)
		}
	}
}
