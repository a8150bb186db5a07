package incident

import (
	"regexp"
	"strings"
)

// platforms are well-known third-party services and products that
// organisations run their work on. An article about "X's Slack" or "the
// Salesforce instance of X" is about X: the platform is the system that was
// entered, not the victim. A platform is the victim only when it is the
// subject of its own breach ("Okta confirms breach of its support system").
var platforms = wordSet(`slack salesforce snowflake microsoft365 office365 m365 okta github gitlab
googleworkspace gsuite aws amazonwebservices azure microsoftazure zendesk moveit moveittransfer confluence
jira servicenow box dropbox citrix citrixnetscaler netscaler fortinet fortigate fortios ivanti sharepoint
teams microsoftteams zoom wordpress shopify magento adobecommerce elasticsearch kibana mongodb firebase
amazons3 s3 redis postgresql mysql opensearch cassandra couchdb`)

// isPlatform reports whether a name is a well-known third-party platform.
func isPlatform(name string) bool {
	if hasJapanese(name) {
		return false
	}
	return platforms[latinKey(name)]
}

var (
	// enOwnerPossRe finds "X's (internal) Slack".
	enOwnerPossRe = regexp.MustCompile(`(N\d+) 's (?:[a-z\-]+ ){0,2}?(N\d+)`)
	// enOwnerOfRe finds "the Salesforce instance of X".
	enOwnerOfRe = regexp.MustCompile(`(N\d+) (?:[a-z\-]+ )?(?:accounts?|workspaces?|instances?|tenants?|environments?|repositor(?:y|ies)|org|organi[sz]ation|portal|servers?|deployment|channels?|sites?) (?:of|at|belonging to|used by|run by|operated by|owned by) (?:the )?(N\d+)`)
	// enOwnerSaysRe finds "X says / confirms Slack breach".
	enOwnerSaysRe = regexp.MustCompile(`(N\d+) ` + enAppos + `(?:(?:has|have|had|also|now) )*(?:says|said|confirms|confirmed|discloses|disclosed|reports|reported|admits|admitted|reveals|revealed|announces|announced|investigates|investigating|probes|suffers|suffered|hit by|notifies|notified|warns|warned) ` +
		`(?:that )?(?:a |an |the |its |their )?(?:[a-z\-]+ ){0,2}?(N\d+) (?:[a-z\-]+ )?(?:breach|breaches|hack|compromise|incident|intrusion|attack|leak|account|accounts|workspace|instance|tenant)\b`)
	// enOwnedRe finds a pronoun's platform: "its internal Slack workspace".
	enOwnedRe = regexp.MustCompile(`\b(?:its|their|our|the company 's|the firm 's) (?:[a-z\-]+ ){0,2}?(N\d+)`)
)

// englishPlatformOwners finds platforms an article speaks of as some
// organisation's systems (owned, by canonical key) and cues at their owners.
func englishPlatformOwners(ss []enSentence) (owned map[string]bool, hits []cueHit) {
	owned = map[string]bool{}
	for _, s := range ss {
		name := func(ref string) string {
			k := nameIndexes(ref)
			if len(k) != 1 || k[0] >= len(s.names) {
				return ""
			}
			return s.names[k[0]].text
		}
		pair := func(owner, platform string, weight float64) {
			o, p := name(owner), name(platform)
			if o == "" || p == "" || !isPlatform(p) || isPlatform(o) {
				return
			}
			owned[latinKey(p)] = true
			hits = append(hits, cueHit{mention: o, weight: weight, evidence: s.text, title: s.title, idx: s.idx})
		}
		breach := enBreachRe.MatchString(s.shape)
		for _, m := range enOwnerPossRe.FindAllStringSubmatch(s.shape, -1) {
			if breach {
				pair(m[1], m[2], 3)
			}
		}
		for _, m := range enOwnerOfRe.FindAllStringSubmatch(s.shape, -1) {
			if breach {
				pair(m[2], m[1], 3)
			}
		}
		for _, m := range enOwnerSaysRe.FindAllStringSubmatch(s.shape, -1) {
			pair(m[1], m[2], 4)
		}
		for _, m := range enOwnedRe.FindAllStringSubmatch(s.shape, -1) {
			if p := name(m[1]); p != "" && isPlatform(p) {
				owned[latinKey(p)] = true
			}
		}
	}
	return owned, hits
}

var (
	// jaOwnerPossRe finds 「Xの業務用Slack」, 「Xが業務で利用するSlack」.
	jaOwnerPossRe = regexp.MustCompile(`(N\d+) (?:の|が)(?:業務用|社内|社用|業務で|社内で)?(?:利用|使用|導入)?(?:する|している|中の)?[^。、N]{0,12}?「?(N\d+) `)
	// jaOwnedRe finds a platform the article's subject uses: 同社のSlack.
	jaOwnedRe = regexp.MustCompile(`(?:同社|当社|弊社|同行|当行|同院|当院|同大|本学|同市|本市|同法人|当法人)(?:の|が|で)(?:業務用|社内|社用|業務で|社内で)?(?:利用|使用|導入)?(?:する|している|中の)?[^。、N]{0,12}?「?(N\d+) `)
)

// japanesePlatformOwners is englishPlatformOwners for Japanese sentences.
func japanesePlatformOwners(js []jaSentence) (owned map[string]bool, hits []cueHit) {
	owned = map[string]bool{}
	for _, s := range js {
		name := func(ref string) string {
			k := nameIndexes(ref)
			if len(k) != 1 || k[0] >= len(s.names) {
				return ""
			}
			return s.names[k[0]].text
		}
		breach := jaBreachRe.MatchString(s.text)
		for _, m := range jaOwnerPossRe.FindAllStringSubmatch(s.shape, -1) {
			o, p := name(m[1]), name(m[2])
			if o == "" || p == "" || !isPlatform(p) || isPlatform(o) {
				continue
			}
			owned[latinKey(p)] = true
			if breach {
				hits = append(hits, cueHit{mention: o, weight: 4, evidence: s.text, title: s.title, idx: s.idx})
			}
		}
		for _, m := range jaOwnedRe.FindAllStringSubmatch(s.shape, -1) {
			if p := name(m[1]); p != "" && isPlatform(p) {
				owned[latinKey(p)] = true
			}
		}
	}
	return owned, hits
}

// ownedPlatform reports whether a victim name is a platform the article
// speaks of as another organisation's system.
func ownedPlatform(owned map[string]bool, name string) bool {
	return isPlatform(name) && owned[latinKey(strings.TrimSpace(name))]
}
