package incident

import (
	"reflect"
	"testing"

	"github.com/breachwire/breachwire/extract/actors"
)

// testCatalogue is a small catalogue for attribution tests.
func testCatalogue() *actors.Catalogue {
	return actors.New([]actors.Group{
		{Name: "APT32", Aliases: []string{"OceanLotus"}, Kind: "apt"},
		{Name: "LockBit", Aliases: []string{"LockBit 3.0"}, Kind: "ransomware"},
		{Name: "BlackSuit", Kind: "ransomware"},
		{Name: "Cl0p", Aliases: []string{"Clop"}, Kind: "ransomware"},
	})
}

func TestExtractCases(t *testing.T) {
	x := New(testCatalogue())
	tests := []struct {
		name          string
		doc           Doc
		victims       []string
		records       *int64
		actors        []string
		mentionedOnly []string
	}{
		{
			name: "en subsidiary and suspected actor",
			doc: Doc{Lang: "en", Title: "Toyota says hackers may have accessed data of 3.1 million customers",
				Text: "Japanese carmaker Toyota said on Friday that attackers breached servers at Toyota Tokyo Sales Holdings, a Toyota subsidiary. " +
					"The servers stored information on up to 3.1 million customers. Security researchers believe the attack was carried out by OceanLotus, a Vietnamese group. " +
					"Toyota has more than 370,000 employees worldwide."},
			victims: []string{"Toyota"}, records: ptr(3100000), actors: []string{"APT32"},
		},
		{
			name: "ja town notice, past-five-years residents are the toll",
			doc: Doc{Lang: "ja", Title: "本村の住民情報システムへの不正アクセスについて",
				Text: "本村の住民情報システムに不正アクセスがあり、個人情報が外部に流出したことが確認されました。\n\n■流出が確認された情報\n\n住民の方、及び過去3年以内に転出された方 計8,215人分の氏名、住所。\n\n二ツ森村長　山岸 大介"},
			victims: []string{"二ツ森村"}, records: ptr(8215),
		},
		{
			name: "ja registered users are the customer base",
			doc: Doc{Lang: "ja", Title: "暗号資産交換所ZETAXから約20億円相当が流出",
				Text: "暗号資産交換所ZETAXは、ホットウォレットから約20億円相当の暗号資産が不正に送金されたと発表した。同社の登録ユーザーは約12万人。"},
			victims: []string{"ZETAX"}, records: nil,
		},
		{
			name: "en charity supporters counted",
			doc: Doc{Lang: "en", Title: "We were the target of a cyber attack",
				Text: "On 2 May someone used a stolen password to copy our supporter database. The copy held the names and addresses of 6,240 supporters.\n\nAlex Rowe, Chief Executive, Brightwater Relief"},
			victims: []string{"Brightwater Relief"}, records: ptr(6240),
		},
		{
			name: "en stated ransomware claim, vendor quoted",
			doc: Doc{Lang: "en", Title: "Acme Logistics confirms ransomware attack",
				Text: "Acme Logistics Inc. confirmed that a ransomware attack disrupted its systems last week. The LockBit gang claimed responsibility for the attack and listed Acme on its leak site. " +
					"According to Emsisoft, groups like Cl0p have hit hundreds of companies this year. Data of 12,500 employees was stolen."},
			victims: []string{"Acme Logistics"}, records: ptr(12500), actors: []string{"LockBit"}, mentionedOnly: []string{"Cl0p"},
		},
		{
			name: "en other incident figure ignored",
			doc: Doc{Lang: "en", Title: "Hackers breach Globex customer portal",
				Text: "Hackers breached the customer portal of Globex, the company said. It did not say how many people were affected. " +
					"The incident comes two years after Facebook's 533 million users leak."},
			victims: []string{"Globex"}, records: nil,
		},
		{
			name: "en no incident",
			doc: Doc{Lang: "en", Title: "Five tips for stronger passwords",
				Text: "Use a password manager. Turn on multi-factor authentication. Groups such as LockBit keep targeting weak passwords."},
			victims: nil, records: nil, mentionedOnly: []string{"LockBit"},
		},
		{
			name: "en notice issuer with short form",
			doc: Doc{Lang: "en", Title: "Notice of Data Security Incident",
				Text: "Brookfield Dental Group (\"Brookfield\") is providing notice of an incident that may have affected some patients. " +
					"We detected unusual activity in our network and engaged a forensic firm. The files held information on 4,210 individuals."},
			victims: []string{"Brookfield Dental Group"}, records: ptr(4210),
		},
		{
			name: "en possessive servers cue",
			doc: Doc{Lang: "en", Title: "Data of 20,000 shoppers exposed",
				Text: "Attackers gained access to Orbisco's servers and copied the data of 20,000 shoppers, the retailer said in a statement."},
			victims: []string{"Orbisco"}, records: ptr(20000),
		},
		{
			name: "ja quoted name rescanned in the body",
			doc: Doc{Lang: "ja", Title: "ポイントアプリに不正ログイン",
				Text: "ポイントアプリ「はなまるポイント」を運営するはなまるポイントは、会員データベースが不正アクセスを受け、約12万件の会員情報が流出した可能性があると発表した。"},
			victims: []string{"はなまるポイント"}, records: ptr(120000),
		},
		{
			name: "ja head office in brackets marks the name",
			doc: Doc{Lang: "ja", Title: "運送会社に不正アクセス",
				Text: "みどり運送サービス(名古屋市)は、配送管理システムが不正アクセスを受け、顧客4500人分の情報が流出した可能性があると発表した。"},
			victims: []string{"みどり運送サービス"}, records: ptr(4500),
		},
		{
			name: "ja signature names the school, not its corporation; Latin name with a space",
			doc: Doc{Lang: "ja", Title: "本学メールアカウントへの不正ログインについて",
				Text: "本学職員のメールアカウントが第三者に不正ログインされ、学生320人分の個人情報が閲覧された可能性があります。\n" +
					"深くお詫び申し上げます。\n学校法人青葉学園 青葉看護大学 学長 山田 一郎"},
			victims: []string{"青葉看護大学"}, records: ptr(320),
		},
		{
			name: "ja abbreviation and Latin name with a space",
			doc: Doc{Lang: "ja", Title: "青葉看護大、不正ログイン被害",
				Text: "青葉看護大学は、職員のメールアカウントが不正アクセスを受けたと発表した。同大によれば、学生320人分の情報が閲覧された可能性がある。委託先の株式会社KAZE Systemsが調査している。"},
			victims: []string{"青葉看護大学"}, records: ptr(320),
		},
		{
			name: "en initialism defined in brackets",
			doc: Doc{Lang: "en", Title: "Notice to our customers",
				Text: "Honda Motor Philippines, Inc. (HMP) wishes to inform customers that HMP was the target of a cyber attack. We are investigating with external experts."},
			victims: []string{"Honda"},
		},
		{
			name: "en separately branded unit named as the attacked company",
			doc: Doc{Lang: "en", Title: "Northgate Health confirms ransom payment",
				Text: "Northgate Health Group said it paid the criminals who breached its Pillarpoint Claims subsidiary in April. Northgate Health said the attack disrupted claims processing."},
			victims: []string{"Pillarpoint Claims"},
		},
		{
			name: "en vendor advisory names no victim",
			doc: Doc{Lang: "en", Title: "FileRelay Server Critical Vulnerability",
				Text: "Bluestone Software has discovered a vulnerability in FileRelay Server that could allow an unauthenticated attacker to gain access to FileRelay's database. " +
					"Customers should apply the patch. Bluestone Software disclosed a second flaw on Monday."},
			victims: nil,
		},
		{
			name: "en first-person notice: issuer opens the letter, vendor flaw ignored",
			doc: Doc{Lang: "en", Title: "Important information about a data security incident",
				Text: "Larkspur Mutual Insurance serves policyholders in three states. We are writing about an incident involving a file transfer tool we use.\n" +
					"Bluestone Software announced a critical vulnerability in the tool. A criminal group exploited it and downloaded files from our server. The files held data on 52,300 policyholders."},
			victims: []string{"Larkspur Mutual Insurance"}, records: ptr(52300),
		},
		{
			name: "en letter signed by a department",
			doc: Doc{Lang: "en", Title: "A message to our customers",
				Text: "Dear customer,\nWe have confirmed that an unauthorised party copied some customer information from our systems.\nWe are very sorry.\nCorvane Energy Customer Care"},
			victims: []string{"Corvane Energy"},
		},
		{
			name: "en numbered roundup has no single incident",
			doc: Doc{Lang: "en", Title: "Five things from this week in security",
				Text: "Here is what mattered.\n1. Harbor Freightways confirmed a breach after LockBit listed it on its leak site, and the company is restoring systems.\n" +
					"2. Pinecrest Clinics said attackers accessed patient data of 8,000 people in a phishing attack last month.\n" +
					"3. A new OceanLotus campaign targets car makers in Asia with fake job offers, researchers warned this week."},
			victims: nil, records: nil, mentionedOnly: []string{"LockBit", "APT32"},
		},
		{
			name: "en trend report names groups without attribution",
			doc: Doc{Lang: "en", Title: "Ransomware in the first half: leak-site postings up again",
				Text: "LockBit was responsible for one in four postings, followed by Cl0p and BlackSuit. The three groups hit more than 600 organisations between them."},
			victims: nil, mentionedOnly: []string{"LockBit", "Cl0p", "BlackSuit"},
		},
		{
			name: "en actor of an aside about another attack",
			doc: Doc{Lang: "en", Title: "Quillon Foods confirms cyberattack",
				Text: "Quillon Foods confirmed that hackers breached its ordering systems and claimed by LockBit on its leak site. " +
					"Elsewhere, Cl0p was blamed for an attack on a Dutch logistics firm."},
			victims: []string{"Quillon Foods"}, actors: []string{"LockBit"}, mentionedOnly: []string{"Cl0p"},
		},
		{
			name: "ja actor as the subject of an intrusion",
			doc: Doc{Lang: "ja", Title: "米当局、ハッカー集団が重要インフラに侵入と警告",
				Text: "米当局は、中国系のハッカー集団「OceanLotus」が複数の組織のネットワークに侵入していたと発表した。"},
			actors: []string{"APT32"},
		},
		{
			name: "ja press release issuer",
			doc: Doc{Lang: "ja", Title: "当社サーバーへの不正アクセスに関するお詫びとお知らせ",
				Text: "株式会社サンプル商事（本社：東京都港区、代表取締役社長：山田太郎、以下「当社」）は、当社サーバーが第三者による不正アクセスを受けたことを確認しました。\n" +
					"流出した可能性のある個人情報は、お客様の氏名、住所など合計約2万5千件です。うちクレジットカード情報は1,200件です。\n" +
					"株式会社サンプル商事"},
			victims: []string{"サンプル商事"}, records: ptr(25000),
		},
		{
			name: "ja news with known company",
			doc: Doc{Lang: "ja", Title: "トヨタ、販売子会社に不正アクセス　最大約310万人分の顧客情報流出か",
				Text: "トヨタ自動車は29日、子会社のトヨタ東京販売ホールディングスなどのサーバーに不正アクセスがあったと発表した。" +
					"最大約310万人分の顧客情報が流出した可能性がある。ベトナム系のハッカー集団「OceanLotus」の関与が疑われている。"},
			victims: []string{"Toyota"}, records: ptr(3100000), actors: []string{"APT32"},
		},
		{
			name: "ja ransomware stated",
			doc: Doc{Lang: "ja", Title: "KADOKAWA、ランサムウェア被害　25万4241人の個人情報が漏えい",
				Text: "KADOKAWAは、ランサムウェアを含む大規模なサイバー攻撃を受けたと発表した。ロシア系とされるBlackSuitが犯行声明を出した。" +
					"同社によると、25万4241人分の個人情報が漏えいした。"},
			victims: []string{"Kadokawa"}, records: ptr(254241), actors: []string{"BlackSuit"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(tt.doc)
			if got := f.VictimNames(); !sameSet(got, tt.victims) {
				t.Errorf("victims = %v, want %v (%+v)", got, tt.victims, f.Victims)
			}
			if got := f.RecordCount(); !reflect.DeepEqual(got, tt.records) {
				t.Errorf("records = %v, want %v (%+v)", deref(got), deref(tt.records), f.Records)
			}
			if got := f.ActorNames(); !sameSet(got, tt.actors) {
				t.Errorf("actors = %v, want %v (%+v)", got, tt.actors, f.Actors)
			}
			for _, m := range tt.mentionedOnly {
				found := false
				for _, a := range f.Actors {
					if a.Name == m {
						found = a.Strength == Mentioned
					}
				}
				if !found {
					t.Errorf("%s should be found as mentioned only: %+v", m, f.Actors)
				}
			}
		})
	}
}

func TestReading(t *testing.T) {
	pairs := [][2]string{
		{"トヨタ", "toyota"}, {"Toyota", "toyota"}, {"トヨタ自動車株式会社", "toyota"}, {"本田技研工業", "honda"},
		{"AT&T Inc.", "att"}, {"株式会社サンリオ", "sanrio"}, {"ＫＡＤＯＫＡＷＡ", "kadokawa"}, {"ニコン", "nikon"},
	}
	for _, p := range pairs {
		t.Run(p[0], func(t *testing.T) {
			if got := Reading(p[0]); got != p[1] {
				t.Errorf("Reading(%q) = %q, want %q", p[0], got, p[1])
			}
		})
	}
}

func ptr(n int64) *int64 { return &n }

func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[foldName(s)]++
	}
	for _, s := range b {
		m[foldName(s)]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}
