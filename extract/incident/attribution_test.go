package incident

import (
	"testing"
	"time"

	"github.com/breachwire/breachwire/extract/actors"
)

// attributionCatalogue holds the groups the hand-written cases below name.
func attributionCatalogue() *actors.Catalogue {
	return actors.New([]actors.Group{
		{Name: "APT38", Aliases: []string{"BlueNoroff", "Sapphire Sleet"}, Kind: "apt"},
		{Name: "Lazarus Group", Aliases: []string{"Lazarus"}, Kind: "apt"},
		{Name: "KelvinSecurity", Aliases: []string{"KelvinSec"}, Kind: "crime"},
		{Name: "Scattered Spider", Aliases: []string{"Octo Tempest"}, Kind: "crime"},
		{Name: "RansomHub", Kind: "ransomware"},
		{Name: "LockBit", Kind: "ransomware"},
		{Name: "Akira", Kind: "ransomware"},
	})
}

// TestAttributionCases checks how strongly a group is tied to the
// article's incident, on invented wording.
func TestAttributionCases(t *testing.T) {
	x := New(attributionCatalogue())
	tests := []struct {
		name      string
		doc       Doc
		actors    []string
		mentioned []string
	}{
		{
			name: "poster's handle is the claimant",
			doc: Doc{Lang: "en", Title: "Fenwick Mart looks into forum post offering customer data",
				Text: "Fenwick Mart is investigating a forum listing that offers what it says is the retailer's customer database. The listing, by a seller who goes by KelvinSec, includes 300 sample rows."},
			actors: []string{"KelvinSecurity"},
		},
		{
			name: "umbrella family is only mentioned",
			doc: Doc{Lang: "en", Title: "How the Ozark Coin theft unfolded",
				Text: "Ozark Coin lost $40 million in ether in March. We attribute the theft with high confidence to BlueNoroff, the unit that several vendors file under the wider Lazarus umbrella."},
			actors: []string{"APT38"}, mentioned: []string{"Lazarus Group"},
		},
		{
			name: "a claim said to be unrelated",
			doc: Doc{Lang: "en", Title: "Harbor Mutual confirms vendor breach",
				Text: "Harbor Mutual said a breach at a file-transfer vendor exposed policy documents. The disclosure is unrelated to a claim by a crew calling itself RansomHub that it had broken into Harbor Mutual."},
			mentioned: []string{"RansomHub"},
		},
		{
			name: "advisory headline naming a group targeting a sector",
			doc: Doc{Lang: "en", Title: "Warning: Octo Tempest now targeting regional insurers",
				Text: "The national cyber agency urged insurers to verify callers before resetting passwords and to watch for unusual sign-ins."},
			actors: []string{"Scattered Spider"},
		},
		{
			name: "suspicion pointing back at the group named before",
			doc: Doc{Lang: "en", Title: "Dunmore Air says customer records were taken from a contact-centre tool",
				Text: "Dunmore Air said an intruder copied customer records from a tool used by its contact centre. A week before, officials warned that Octo Tempest had begun calling airline help desks. Dunmore Air named no culprit, but a responder said the phone-based approach matched the group's known methods."},
			actors: []string{"Scattered Spider"},
		},
		{
			name: "a later sentence on the group without a hedge adds nothing",
			doc: Doc{Lang: "en", Title: "Dunmore Air says customer records were taken from a contact-centre tool",
				Text: "Dunmore Air said an intruder copied customer records from a tool used by its contact centre. Officials have long warned about Octo Tempest and similar crews. The group is known for long phone calls with help desks."},
			mentioned: []string{"Scattered Spider"},
		},
		{
			name: "ja deed before the name",
			doc: Doc{Lang: "ja", Title: "ミナト精工にランサムウェア攻撃",
				Text: "ミナト精工は、社内サーバーのファイルが暗号化される被害を受けたと発表した。同社のデータをリークサイトに公開したのは攻撃グループ「Akira」だ。"},
			actors: []string{"Akira"},
		},
		{
			name: "ja successor of a group is not the group",
			doc: Doc{Lang: "ja", Title: "製造業のランサムウェア被害、半年で2割増",
				Text: "調査会社の集計によると、上半期の被害は前年同期から2割増えた。リークサイトの掲載を見ると、LockBitの後継を名乗るグループによる被害が目立った。"},
			mentioned: []string{"LockBit"},
		},
		{
			name: "ja attack years ago on a neighbour",
			doc: Doc{Lang: "ja", Title: "北山町、住民情報システムに不正アクセス",
				Text: "北山町は、住民情報システムに不正アクセスがあったと発表した。県内では3年前にも、隣の南川村がLockBitによる攻撃を受けている。"},
			mentioned: []string{"LockBit"},
		},
		{
			name: "ja claim last year about this attack",
			doc: Doc{Lang: "ja", Title: "ハルカ物産、顧客情報流出の調査結果を公表",
				Text: "ハルカ物産は、サーバーへの不正アクセスで顧客情報が流出したと公表した。この攻撃を巡っては、昨年11月に攻撃グループ「Akira」が同社のデータを盗んだとする声明を出していた。"},
			actors: []string{"Akira"},
		},
		{
			name: "ja group said to have attacked the subsidiary",
			doc: Doc{Lang: "ja", Title: "ツバサ電工の子会社にランサム攻撃",
				Text: "ツバサ電工は、子会社のサーバーがランサムウェアに感染したと発表した。海外の調査会社によると、RansomHubが同子会社を攻撃したとの声明を出している。"},
			actors: []string{"RansomHub"},
		},
		{
			name: "ja vendor judges the group behind it",
			doc: Doc{Lang: "ja", Title: "化学メーカーへの標的型攻撃を分析",
				Text: "セキュリティ企業は、国内の化学メーカーを狙った一連の侵入を分析し、Lazarusによるものと結論づけた。"},
			actors: []string{"Lazarus Group"},
		},
		{
			name: "ja activity matching a cluster seen elsewhere",
			doc: Doc{Lang: "ja", Title: "クラウド会計サービスに不正アクセス",
				Text: "カガリ会計は、管理画面に不正アクセスがあったと発表した。調査会社は今回の活動が、他の事業者を狙ったScattered Spiderの手口と一致するとしている。"},
			actors: []string{"Scattered Spider"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(tt.doc)
			if got := f.ActorNames(); !sameSet(got, tt.actors) {
				t.Errorf("actors = %v, want %v (%+v)", got, tt.actors, f.Actors)
			}
			for _, m := range tt.mentioned {
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

// TestAttributionOtherContexts checks the classes of false attribution:
// a group named for another incident, in a trend or statistic, in a drill
// or an explainer with no incident of its own, as a code base, or with the
// link denied; and that claims and reported suspicions still count.
func TestAttributionOtherContexts(t *testing.T) {
	x := New(attributionCatalogue())
	tests := []struct {
		name   string
		doc    Doc
		actors []string
	}{
		{
			name: "an earlier incident at the same company",
			doc: Doc{Lang: "en", Title: "Quillon Pumps investigates intrusion at its Chilean plant",
				Text: "Quillon Pumps said on Monday that an intruder had accessed servers at its plant near Santiago. In June, its Polish unit said files on 9,000 staff had been stolen in a RansomHub attack. The company said there was no sign the two incidents were connected."},
		},
		{
			name: "weeks after an earlier intrusion linked to a group",
			doc: Doc{Lang: "en", Title: "Akira claims attack on Dorvel Outdoor",
				Text: "The Akira ransomware gang has claimed an attack on Dorvel Outdoor, listing the retailer on its leak site. The attack comes five weeks after the retailer disclosed a phishing intrusion that analysts linked to Scattered Spider."},
			actors: []string{"Akira"},
		},
		{
			name: "no group linked to this incident, a group suspected for another",
			doc: Doc{Lang: "en", Title: "Marlow Tiles says Austrian subsidiary breached",
				Text: "Marlow Tiles Austria said attackers had reached its order system. Analysts believe LockBit may be behind the Lisbon case; no group has been linked to the Austrian incident so far."},
		},
		{
			name: "code lineage is not the actor",
			doc: Doc{Lang: "en", Title: "Akira claims Pellow Vets data",
				Text: "Akira claimed on its leak site that it had stolen files from Pellow Vets. Analysts noted similarities between its encryptor and the leaked LockBit builder."},
			actors: []string{"Akira"},
		},
		{
			name: "a statistic naming a rival",
			doc: Doc{Lang: "en", Title: "RansomHub lists Tarvey Dental",
				Text: "RansomHub listed Tarvey Dental on its leak site on Friday. Researchers who follow leak sites say RansomHub has posted 40 dental practices this year, more than any group except LockBit."},
			actors: []string{"RansomHub"},
		},
		{
			name: "a question about a past campaign, answered no",
			doc: Doc{Lang: "en", Title: "Eastbrook water utility says billing data exposed",
				Text: "Eastbrook Water said billing records of 2,000 customers were exposed. A trustee asked whether the intrusion was connected to the 2022 attacks in which hackers linked to North Korea, calling themselves Lazarus, hit several banks. The utility said there was no sign of that."},
		},
		{
			name: "no incident, a group in a survey",
			doc: Doc{Lang: "en", Title: "Cyber premiums fall as small-firm claims rise",
				Text: "Premiums for cyber cover fell 6% in the year, a broker said on Tuesday. Akira and RansomHub appeared most often in the claims the broker reviewed, together behind a quarter of them."},
		},
		{
			name: "a tabletop exercise",
			doc: Doc{Lang: "en", Title: "Port authority rehearses ransomware response",
				Text: "Staff at the Tamsey port authority took part in a tabletop exercise on Wednesday. In the scenario, a gang modelled on LockBit encrypted the cargo system and demanded payment."},
		},
		{
			name: "ja drill scenario",
			doc: Doc{Lang: "ja", Title: "市と事業者がランサムウェア対応訓練",
				Text: "市と地元事業者20社は、ランサムウェア被害を想定した訓練を行った。架空の運送会社のサーバーが暗号化され、「LockBit」を名乗る集団から脅迫文が届いたという設定で、参加者は初動対応を確認した。"},
		},
		{
			name: "ja explainer with a past example",
			doc: Doc{Lang: "ja", Title: "そもそもランサムウェアとは　被害事例から学ぶ対策",
				Text: "ランサムウェアは、データを暗号化して身代金を要求する不正プログラムです。近年は暗号化の前にデータを盗み、公開すると脅す手口が増えています。2023年には大手物流会社がシステム停止に追い込まれ、「LockBit」が犯行声明を出しました。"},
		},
		{
			name: "ja earlier case at a neighbour in a year-topic sentence",
			doc: Doc{Lang: "ja", Title: "市民病院でランサムウェア被害　電子カルテ停止",
				Text: "鷹取市民病院は、ランサムウェア攻撃を受けて電子カルテが停止したと発表した。2022年には別の県の公立病院が「LockBit」による攻撃で診療を制限した。"},
		},
		{
			name: "ja earlier incident of the same company",
			doc: Doc{Lang: "ja", Title: "堀端工業、タイ子会社に不正アクセス",
				Text: "堀端工業は、タイの子会社のサーバーに不正アクセスがあったと発表した。同社では6月にも欧州の子会社が攻撃を受けた。このときは「RansomHub」が犯行声明を出したが、今回の件との関連は確認されていないという。"},
		},
		{
			name: "ja trend context in a company's results news",
			doc: Doc{Lang: "ja", Title: "南浜銀行、セキュリティ投資を倍増",
				Text: "南浜銀行は中間決算の会見で、サイバー対策に5年で30億円を投じると表明した。国内ではランサムウェア集団「LockBit」などによる被害が相次いでいる。同行に被害は確認されていない。"},
		},
		{
			name: "ja leak-site claim still counts",
			doc: Doc{Lang: "ja", Title: "樫野精機にランサムウェア攻撃",
				Text: "樫野精機は、ランサムウェア攻撃を受けたと発表した。ランサムウェアグループ「RansomHub」がリークサイトで犯行声明を出している。"},
			actors: []string{"RansomHub"},
		},
		{
			name: "a reported suspicion still counts",
			doc: Doc{Lang: "en", Title: "Hollin Freight hit by cyberattack",
				Text: "Hollin Freight said a cyberattack had disrupted its booking systems. Two people familiar with the investigation said the attack was believed to be the work of Akira."},
			actors: []string{"Akira"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(tt.doc)
			if got := f.ActorNames(); !sameSet(got, tt.actors) {
				t.Errorf("actors = %v, want %v (%+v)", got, tt.actors, f.Actors)
			}
		})
	}
}

// TestAttributionThisCampaign checks a vendor's own assessment of the
// campaign it reports, whose reasons recall the group's earlier attacks.
func TestAttributionThisCampaign(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "ja", Title: "国内物流業を狙う攻撃キャンペーンの分析",
		Text: "当社は、国内の物流業を狙った攻撃キャンペーンを確認しました。バックドアの特徴とC2サーバーの構成が、過去にLazarusによるものと報告された攻撃と高い一致を示していることから、当社は本キャンペーンをLazarusによるものと評価しています。"}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"Lazarus Group"}) {
		t.Errorf("actors = %v, want [Lazarus Group]", got)
	}
}

// TestAttributionCampaignHeadline checks that an advisory or research post
// on one group's campaign names it as the actor, and that a headline over a
// trend or over two groups does not.
func TestAttributionCampaignHeadline(t *testing.T) {
	x := New(attributionCatalogue())
	body := "Over the last two months our responders handled intrusions by RansomHub affiliates at manufacturers. Access came through exposed remote desktop gateways; the operators then disabled backups before encryption."
	for _, tt := range []struct {
		title string
		want  []string
	}{
		{"RansomHub affiliates: tactics and indicators from recent intrusions", []string{"RansomHub"}},
		{"#StopRansomware: RansomHub", []string{"RansomHub"}},
		{"RansomHub activity falls for a second quarter", nil},
		{"RansomHub and LockBit tactics compared", nil},
		{"New group targeting manufacturers looks like a RansomHub offshoot", nil},
	} {
		got := x.Extract(Doc{Lang: "en", Title: tt.title, Text: body}).ActorNames()
		if !sameSet(got, tt.want) {
			t.Errorf("%q: actors = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestAttributionCampaignLineage checks that a Japanese headline about a
// new group likened to a known one does not make the known one the actor.
func TestAttributionCampaignLineage(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "ja", Title: "ランサムウェア「LockBit」の後継か、新グループが国内企業を相次ぎ標的に",
		Text: "セキュリティ企業は、新たなランサムウェアグループが国内の製造業など少なくとも9社を攻撃したとする分析を公表した。同グループの手口はLockBitと類似しているという。"}
	if got := x.Extract(d).ActorNames(); len(got) != 0 {
		t.Errorf("actors = %v, want none", got)
	}
}

// TestAttributionLikenedToPast checks that a Japanese report likening an
// attack to a group's earlier ones reads as suspicion, unless the likeness
// is conceded before naming another group.
func TestAttributionLikenedToPast(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "ja", Title: "会計クラウド「ベルノート」に不正アクセス",
		Text: "会計クラウド「ベルノート」を運営するベルノート社は、管理画面に不正アクセスを受けたと公表した。調査会社は、使われたドメインが「ラザルス(Lazarus)」のこれまでの活動と一致するとして、同グループの関与を疑っている。"}
	f := x.Extract(d)
	if got := f.ActorNames(); !sameSet(got, []string{"Lazarus Group"}) {
		t.Fatalf("actors = %v, want [Lazarus Group] (%+v)", got, f.Actors)
	}
	if f.Actors[0].Strength != Suspected {
		t.Errorf("strength = %s, want suspected", f.Actors[0].Strength)
	}
	d.Text = "会計クラウド「ベルノート」を運営するベルノート社は、管理画面に不正アクセスを受けたと公表した。使われたツールはLazarusの過去の活動と類似した点がありますが、調査会社はKelvinSecによるものと判断しています。"
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"KelvinSecurity"}) {
		t.Errorf("conceded likeness: actors = %v, want [KelvinSecurity]", got)
	}
}

// TestAttributionDenied checks that a link denied after the name leaves
// the group mentioned only.
func TestAttributionDenied(t *testing.T) {
	x := New(attributionCatalogue())
	for _, d := range []Doc{
		{Lang: "ja", Title: "鶴見通販にランサムウェア攻撃", Text: "鶴見通販は、ランサムウェア攻撃を受けたと発表した。同社は春にもカード情報の流出を公表しており、この件はLockBitとの関連が指摘されていたが、同社は今回の攻撃とは無関係としている。"},
		{Lang: "en", Title: "Corran Ferries hit by cyberattack", Text: "Corran Ferries said a cyberattack had disrupted bookings. RansomHub, which was named on a forum, denied any involvement in a message to reporters."},
		// A forum seller's attribution, doubted in the next sentence.
		{Lang: "en", Title: "Halden Books resets passwords after account takeovers", Text: "Halden Books reset 40,000 passwords after attackers logged in with reused credentials. A forum seller offered the data and attributed it to Akira. Analysts who examined a sample said the seller had no known connection to that group."},
		{Lang: "ja", Title: "ハルデン書店で不正ログイン", Text: "ハルデン書店は、会員4万人分のアカウントに不正ログインがあったと発表した。ハッカーフォーラムでは「Akira」によるものとしてデータが売りに出されていたが、調査した研究者は同集団との関係は確認できないとしている。"},
		// An earlier incident's group, set apart by its month.
		{Lang: "ja", Title: "ハルデン書店に標的型攻撃 2月の被害とは別", Published: time.Date(2026, 10, 20, 0, 0, 0, 0, time.UTC), Text: "ハルデン書店は、社内ネットワークに不正アクセスがあったと発表した。\n2月の事案では、会員情報が流出した恐れがあり、攻撃グループ「LockBit」が犯行声明を出していた。"},
	} {
		if got := x.Extract(d).ActorNames(); len(got) != 0 {
			t.Errorf("%s: actors = %v, want none", d.Title, got)
		}
	}
}

// TestAttributionTrackedAs checks that an advisory describing activity by
// an actor "tracked as" a named group attributes it to that group.
func TestAttributionTrackedAs(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Joint advisory: state-sponsored actor targeting payment networks",
		Text: "Partner agencies are releasing this advisory on ongoing activity by a state-sponsored actor tracked in industry reporting as BlueNoroff. The actor targets payment switches and has stolen funds from banks."}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"APT38"}) {
		t.Errorf("actors = %v, want [APT38]", got)
	}
	// The industry's several names for one actor, and the ransomware its
	// partners deploy named for context.
	d = Doc{Lang: "en", Title: "Joint advisory: access brokers exploit edge devices",
		Text: "Partner agencies are releasing this advisory to warn defenders about state-backed cyber actors, tracked in industry as BlueNoroff, Sapphire Sleet and TA444, who exploit VPN gateways. The agencies have observed the actors working with affiliates who deployed LockBit and Akira payloads."}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"APT38"}) {
		t.Errorf("tracked-as list: actors = %v, want [APT38]", got)
	}
}

// TestAttributionMoreDeeds checks deeds that tie a group to the main
// incident: the victim blaming it, a ransom note bearing its name, a
// vendor matching this activity to a cluster seen at other firms, and a
// group lying hidden in the victim's network.
func TestAttributionMoreDeeds(t *testing.T) {
	x := New(attributionCatalogue())
	tests := []struct {
		doc  Doc
		want []string
	}{
		{Doc{Lang: "en", Title: "Perrow Gyms confirms member data theft", Text: "Perrow Gyms said member records were copied from a cloud database. The company blamed Scattered Spider, which boasted of the theft on a chat channel."}, []string{"Scattered Spider"}},
		{Doc{Lang: "ja", Title: "霜月町でランサム被害　脅迫文に「LockBit」", Text: "霜月町は、庁内のサーバーがランサムウェアに感染したと発表した。"}, []string{"LockBit"}},
		{Doc{Lang: "ja", Title: "米SaaS「Tallwick」でトークン悪用", Text: "Tallwickは、連携アプリのトークンが悪用されたと発表した。調査会社は、今回の活動が他の事業者でも見られたクラスター「Octo Tempest」と一致するとしている。"}, []string{"Scattered Spider"}},
		{Doc{Lang: "ja", Title: "精密機器メーカーに「Lazarus」が1年潜伏", Text: "米セキュリティ企業は、精密機器メーカーのネットワークに攻撃者が長期間潜んでいたと報告した。"}, []string{"Lazarus Group"}},
	}
	for _, tt := range tests {
		if got := x.Extract(tt.doc).ActorNames(); !sameSet(got, tt.want) {
			t.Errorf("%s: actors = %v, want %v", tt.doc.Title, got, tt.want)
		}
	}
}

// TestAttributionLinkedIt checks "linked it to X" as a reported suspicion.
func TestAttributionLinkedIt(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Corvel Books finds skimmer on checkout page", Text: "Corvel Books said a card skimmer had been planted on its checkout page. Researchers who found the code linked it to Scattered Spider."}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"Scattered Spider"}) {
		t.Errorf("actors = %v, want [Scattered Spider]", got)
	}
}

// TestAttributionEarlierReports checks that a group named in a sentence
// about earlier reports on another organisation is only mentioned.
func TestAttributionEarlierReports(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Card skimmer found on Larchmont Co-op's web store",
		Text: "Larchmont Co-op said card-stealing code had been found on its online checkout. The earlier reports concerned Larchmont Mills, a flour maker that disclosed a ransomware attack claimed by the Akira gang."}
	if got := x.Extract(d).ActorNames(); len(got) != 0 {
		t.Errorf("actors = %v, want none", got)
	}
}

// TestAttributionReportedInvolvement checks 「X」の関与を報じた as a
// reported suspicion, kept when the sentence points back at the company
// though its name was not read.
func TestAttributionReportedInvolvement(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "ja", Title: "米病院大手、ランサム被害の影響は約120万人",
		Text: "米国の病院大手が、5月のランサムウェア攻撃で約120万人の個人情報が流出した可能性があると当局に報告した。同社は攻撃者を公表していないが、米メディアは関係者の話としてランサムウェア集団「Akira」の関与を報じていた。"}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"Akira"}) {
		t.Errorf("actors = %v, want [Akira]", got)
	}
}

// TestAttributionCodeAndPitch checks that a group's code reused by others
// and a vendor's pitch naming groups leave the group mentioned only.
func TestAttributionCodeAndPitch(t *testing.T) {
	x := New(attributionCatalogue())
	for _, d := range []Doc{
		{Lang: "en", Title: "Brisk Logistics hit by ransomware", Text: "Brisk Logistics said ransomware had encrypted its warehouse systems. The encryptor was a modified version of LockBit, whose builder leaked in 2022 and has been reused by many crews."},
		{Lang: "en", Title: "Ferrow Dental confirms data theft", Text: "Ferrow Dental said patient files were copied from a server. \"Our platform stops groups like RansomHub and Akira before they reach the data,\" said a spokesperson for a security vendor."},
		{Lang: "ja", Title: "丸栄運輸にランサム攻撃", Text: "丸栄運輸は、ランサムウェア攻撃を受けたと発表した。使われた暗号化プログラムは、流出した「LockBit」のビルダーで作られたものだった。"},
	} {
		if got := x.Extract(d).ActorNames(); len(got) != 0 {
			t.Errorf("%s: actors = %v, want none", d.Title, got)
		}
	}
}

// TestAttributionTally checks that groups ranked in a count — in a
// headline or a sentence — are only mentioned.
func TestAttributionTally(t *testing.T) {
	x := New(attributionCatalogue())
	for _, d := range []Doc{
		{Lang: "en", Title: "Akira and RansomHub dominate third-quarter leak-site tally", Text: "Leak-site postings rose 12% in the third quarter, a threat-intelligence firm said on Monday, with manufacturers the most frequent targets."},
		{Lang: "en", Title: "Ransomware claims rise again", Text: "Posts on leak sites rose for a third quarter running, a tracking firm said. RansomHub accounted for 14% of the claims it counted."},
		{Lang: "ja", Title: "上半期のランサム被害、過去2番目の多さ", Text: "警察庁によると、上半期に報告されたランサムウェア被害は116件だった。手口別ではLockBitによる被害が最多だった。"},
	} {
		if got := x.Extract(d).ActorNames(); len(got) != 0 {
			t.Errorf("%s: actors = %v, want none", d.Title, got)
		}
	}
}

// TestAttributionNoIncidentHeadline checks that a group named in the
// headline of an arrest, a takedown or an explainer is only mentioned.
func TestAttributionNoIncidentHeadline(t *testing.T) {
	x := New(attributionCatalogue())
	for _, d := range []Doc{
		{Lang: "en", Title: "Police arrest suspected LockBit affiliate in Kraków", Text: "Polish police have arrested a man suspected of deploying LockBit ransomware against companies in three countries, prosecutors said on Friday."},
		{Lang: "en", Title: "What is Scattered Spider? The crew behind the help-desk attacks", Text: "Scattered Spider is a loose group of mostly young English-speaking hackers who phone help desks to reset passwords."},
		{Lang: "ja", Title: "ランサムウェア集団「LockBit」とは　手口と対策を解説", Text: "LockBitは、2019年ごろから活動するランサムウェア集団で、多くの企業を攻撃してきた。"},
	} {
		if got := x.Extract(d).ActorNames(); len(got) != 0 {
			t.Errorf("%s: actors = %v, want none", d.Title, got)
		}
	}
}

// TestAttributionMonthLead checks that a sentence opening at a month
// still attributes when it points back at this attack.
func TestAttributionMonthLead(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Gorsey Freight still restoring systems after ransomware attack",
		Text: "Gorsey Freight said most of its depots were running again. In March, the RansomHub gang claimed the attack and listed the company on its leak site."}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"RansomHub"}) {
		t.Errorf("actors = %v, want [RansomHub]", got)
	}
}

// TestAttributionOwnNotice checks that a victim's notice speaking of "our
// customers" still attributes a claim.
func TestAttributionOwnNotice(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Notice of a data security incident",
		Text: "Pell Rowan Insurance discovered that an unauthorised party accessed our customer files. The RansomHub group has claimed it took our customers' records and listed them on its leak site."}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"RansomHub"}) {
		t.Errorf("actors = %v, want [RansomHub]", got)
	}
}

// TestAttributionJaCountSentence checks that a sentence giving this
// incident's count beside the group still attributes.
func TestAttributionJaCountSentence(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "ja", Title: "杉並精工にランサム攻撃", Text: "杉並精工は、ランサムウェア攻撃を受けたと発表した。「LockBit」による攻撃で流出した件数が約3万件に上るという。"}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"LockBit"}) {
		t.Errorf("actors = %v, want [LockBit]", got)
	}
}

// TestAttributionWeeksAfterThisAttack checks that "two weeks after the
// attack" opening a claim about this attack still attributes.
func TestAttributionWeeksAfterThisAttack(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Wendle Foods confirms ransomware attack",
		Text: "Wendle Foods said a ransomware attack had halted its packing lines. Two weeks after the attack, the RansomHub gang listed the company on its leak site."}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"RansomHub"}) {
		t.Errorf("actors = %v, want [RansomHub]", got)
	}
}

// TestAttributionJaPastDescription checks that a group described by its
// past deeds is still tied to this incident by the clause after it.
func TestAttributionJaPastDescription(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "ja", Title: "梅ヶ丘電機にランサムウェア攻撃", Text: "梅ヶ丘電機は、ランサムウェア攻撃を受けたと発表した。過去に多くの製造業を攻撃してきた「RansomHub」が、同社への攻撃について犯行声明を出した。"}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"RansomHub"}) {
		t.Errorf("actors = %v, want [RansomHub]", got)
	}
}

// TestMalwareFamilyIsNotTheActor checks that a ransomware family named as
// the strain a gang used is not attributed alongside the gang.
func TestMalwareFamilyIsNotTheActor(t *testing.T) {
	x := New(nil)
	for _, tt := range []struct{ lang, title, text, want string }{
		{"ja", "コープさざなみにランサムウェア攻撃", "生活協同組合コープさざなみは、ランサムウェア攻撃を受けたと発表した。関係者によると、サーバーからは「Phobos」系統のランサムウェアが見つかり、ハッカー集団「8Base」がリークサイトに同生協の名前を掲載していた。", "8Base"},
		{"en", "Dairy co-op hit by ransomware", "Westvale Dairy Co-op said ransomware encrypted its servers. Investigators found a variant of Phobos on the servers, and the 8Base gang listed the co-op on its leak site.", "8Base"},
	} {
		got := x.Extract(Doc{Lang: tt.lang, Title: tt.title, Text: tt.text}).ActorNames()
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: actors = %q, want [%s]", tt.lang, got, tt.want)
		}
	}
}

// TestGroupsRuledOutOrListed checks that a group a researcher rules out, or
// one listed after another as context, is not attributed.
func TestGroupsRuledOutOrListed(t *testing.T) {
	x := New(nil)
	for _, tt := range []struct{ title, text, want string }{
		{"Inside an intrusion at a policy institute", "In May, Quarrystone Labs responded to an intrusion at the Halvard Institute. We attribute the intrusion with high confidence to Kimsuky. Some infrastructure overlapped with APT37, but we do not assess APT37 involvement.", "Kimsuky"},
		{"Rhysida claims attack on Fenmore Hospital", "The Rhysida gang claimed the attack on Fenmore Hospital. An advisory counted Rhysida among groups likely to target hospitals, alongside groups such as LockBit and ALPHV.", "Rhysida"},
	} {
		got := x.Extract(Doc{Lang: "en", Title: tt.title, Text: tt.text}).ActorNames()
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: actors = %q, want [%s]", tt.title, got, tt.want)
		}
	}
}

// TestBackReferenceToTheTiedGroup checks that "the crew" further on points
// back at the group the text tied to the incident, not at groups named
// after it for context.
func TestBackReferenceToTheTiedGroup(t *testing.T) {
	x := New(nil)
	text := "The extortion crew ShinyHunters posted on its leak site that it had stolen Harrowby customer data. " +
		"Researchers say the group often works alongside former members of Lapsus$ and Scattered Spider. " +
		"The crew's post also boasts of infostealer logs, suggesting it may have had help getting in."
	got := x.Extract(Doc{Lang: "en", Title: "Hackers hit Harrowby, claim customer records", Text: text}).ActorNames()
	if len(got) != 1 || got[0] != "ShinyHunters" {
		t.Errorf("actors = %q, want [ShinyHunters]", got)
	}
}

// TestAttributionDescribedGroup checks that a group named only in a clause
// describing the suspected group is context, not a second suspect.
func TestAttributionDescribedGroup(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Marrowby Outdoor says help-desk call led to theft of 40,000 customer records",
		Text: "A voice-phishing call to the help desk gave attackers access to customer records at Marrowby Outdoor, the retailer said. Responders told us the technique matches that of RansomHub, the extortion crew that has claimed a string of data thefts since June and that often overlaps with people associated with Scattered Spider."}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"RansomHub"}) {
		t.Errorf("actors = %v, want [RansomHub]", got)
	}
}

// TestAttributionSuspectedWithHabits checks a group suspected for the
// incident and described by its habits (not by other incidents), and one
// described by earlier attacks it was behind, which a rumour blames.
func TestAttributionSuspectedWithHabits(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Quillmore Books finds card skimmer on its web store",
		Text: "Quillmore Books said malicious code on its checkout page captured card details typed in by 2,310 shoppers. " +
			"Researchers who examined the script said they suspect LockBit, a crew known for hiding its code inside fake widgets."}
	if got := x.Extract(d).ActorNames(); !sameSet(got, []string{"LockBit"}) {
		t.Errorf("actors = %v, want [LockBit]", got)
	}
	d.Text = "Quillmore Books said malicious code on its checkout page captured card details typed in by 2,310 shoppers. " +
		"Early speculation on social media blamed RansomHub, the group behind a run of attacks on booksellers in 2023."
	if got := x.Extract(d).ActorNames(); len(got) != 0 {
		t.Errorf("actors = %v, want none", got)
	}
}

// TestAttributionRansomNoteAndSameBody checks a group named in the ransom
// note of the incident, and one tied to it by 同会 / 同社も in an article
// whose victim extraction may miss.
func TestAttributionRansomNoteAndSameBody(t *testing.T) {
	x := New(nil) // the embedded catalogue, which knows アキラ
	for _, tc := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Lang: "ja", Title: "東浜中央病院にサイバー攻撃　電子カルテ停止、外来を制限",
			Text: "東浜中央病院は20日、サイバー攻撃を受け電子カルテが停止したと発表した。\n\n脅迫文には「LockBit」と記されていたという。\n\nロックビットは昨年から欧米を中心に被害が相次ぐランサムウェア攻撃集団で、病院は県警に被害を相談した。"},
			[]string{"LockBit"}},
		{Doc{Lang: "ja", Title: "英フォワーダーにランサム攻撃　日系荷主の英国内配送に遅れ",
			Text: "英国の物流会社がランサムウェア攻撃を受け、配送に遅れが出ている。\n\nランサムウェアグループ「アキラ」が犯行声明を出しており、同社も従業員向けの説明でアキラによる攻撃だと認めた。"},
			[]string{"Akira"}},
	} {
		if got := x.Extract(tc.doc).ActorNames(); !sameSet(got, tc.want) {
			t.Errorf("%s: actors = %v, want %v", tc.doc.Title, got, tc.want)
		}
	}
}

// TestAttributionOtherVictimHitBy checks that a group named as the
// attacker of another organisation ("X, a housing association nearby, was
// hit by the LockBit gang") is only mentioned for this incident.
func TestAttributionOtherVictimHitBy(t *testing.T) {
	x := New(attributionCatalogue())
	d := Doc{Lang: "en", Title: "Bramwell Housing Trust tenants warned of scam calls after breach",
		Text: "Bramwell Housing Trust said an unauthorised party accessed its housing management database on October 3. " +
			"Information about current and former tenants may have been copied, the trust said. " +
			"Repairs reporting was moved to phone-only for a week while systems were rebuilt. " +
			"The attack comes six months after Copley Homes, a housing association in the neighbouring county, was hit by the LockBit ransomware gang."}
	f := x.Extract(d)
	if got := f.ActorNames(); len(got) != 0 {
		t.Errorf("actors = %v, want none", got)
	}
}

// TestAttributionContextGroups checks groups a report names for context:
// several named together for a sector, one whose deed was against another
// organisation, one whose leaked builder made the malware, and one whose
// involvement is left open.
func TestAttributionContextGroups(t *testing.T) {
	x := New(attributionCatalogue())
	for _, d := range []Doc{
		{Lang: "en", Title: "St. Edmund Medical Center reports hacking incident affecting 14,230 patients",
			Text: "St. Edmund Medical Center said an unauthorized party accessed its network in May. " +
				"No group has claimed the attack. Several ransomware operations have targeted hospitals this year; LockBit and Akira have each listed regional health systems since January."},
		{Lang: "en", Title: "Phished login exposed records of 8,900 Larchmont students",
			Text: "Hackers breached Larchmont Unified School District's student information system with a phished staff login and downloaded reports on 8,900 students. " +
				"It comes months after LockBit operators hit Pinecrest Valley Joint Union, a separate district, and leaked its payroll files."},
		{Lang: "ja", Title: "かえで台中央病院、患者情報約3万人分流出の恐れ　ランサム被害",
			Text: "かえで台中央病院は、ランサムウェア攻撃を受け、患者約3万人分の情報が流出した恐れがあると発表した。\n\n" +
				"捜査関係者によると、使われたランサムウェアは犯行グループ「LockBit」から2022年に流出した作成ツールで作られた亜種とみられる。" +
				"ただ、この作成ツールは多くの犯罪者が入手しており、LockBit自体が関与したかどうかは分かっていない。"},
	} {
		if got := x.Extract(d).ActorNames(); len(got) != 0 {
			t.Errorf("%s: actors = %v, want none", d.Title, got)
		}
	}
}

// TestAttributionSession8: a group naming itself, a group likened to the
// incident in Japanese and under investigation, a technique named after a
// group, and a second group named only for comparison; invented wording.
func TestAttributionSession8(t *testing.T) {
	cat := actors.New([]actors.Group{
		{Name: "Play", Kind: "ransomware", Ambiguous: []string{"Play"}},
		{Name: "Qilin", Aliases: []string{"キーリン"}, Kind: "ransomware"},
		{Name: "MirrorFace", Aliases: []string{"ミラーフェイス"}, Kind: "apt"},
		{Name: "APT10", Kind: "apt"},
		{Name: "Magecart", Aliases: []string{"マジカート"}, Kind: "crime"},
	})
	x := New(cat)
	for _, c := range []struct {
		name              string
		doc               Doc
		actors, mentioned []string
	}{
		{"a group that calls itself by an everyday word",
			Doc{Lang: "en", Title: "Alder Freight's CISO on the ransomware attack",
				Text: "Alder Freight was hit by ransomware in October that encrypted 300 servers.\n\nQ: Who was behind it?\n\nA: The group that calls itself Play. They left a note on every server."},
			[]string{"Play"}, nil},
		{"a group calling itself so lists the hospital, dated in the hospital's own third notice (ja)",
			Doc{Lang: "ja", Title: "ランサムウェア被害による患者情報の流出について（第3報）", Published: time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC),
				Text: "当院の電子カルテシステムがランサムウェアに感染した件について、第3報をお知らせいたします。\n\n8月8日、「キーリン」と名乗る攻撃グループが、ダークウェブ上の自らのサイトに当院の名称を掲載し、窃取したと称するデータの一部を公開していることを確認しました。\n\n浜岬医科大学病院"},
			[]string{"Qilin"}, nil},
		{"a campaign advisory: a group sending spear-phishing since a month (ja)",
			Doc{Lang: "ja", Title: "研究者等を狙った標的型メールについて（注意喚起）", Published: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC),
				Text: "1 概要\n\n令和8年8月頃から、サイバー攻撃グループ「ミラーフェイス」が、我が国の研究者、報道関係者等を標的として、実在する組織をかたった標的型メールを送信していることを確認しています。"},
			[]string{"MirrorFace"}, nil},
		{"attackers named themselves in the ransom note",
			Doc{Lang: "en", Title: "Harlen Gearworks restores production after IT attack",
				Text: "Harlen Gearworks restored production nine days after a cyber attack encrypted its servers. The attackers identified themselves in the ransom note as Qilin."},
			[]string{"Qilin"}, nil},
		{"attackers identified themselves",
			Doc{Lang: "en", Title: "Panel report on Hollin Chemical ransomware attack",
				Text: "Hollin Chemical's systems were encrypted in May. Attackers identified themselves as Qilin, the panel says; the company did not pay."},
			[]string{"Qilin"}, nil},
		{"likened and under police investigation (ja)",
			Doc{Lang: "ja", Title: "海洋研究所に不正アクセス",
				Text: "浜田海洋研究所は、VPN機器の脆弱性を突かれ、内部ネットワークに不正アクセスを受けたと発表した。関係者によると、侵入の手口がハッカー集団「ミラーフェイス」のものと似ており、警察が関連を調べている。"},
			[]string{"MirrorFace"}, nil},
		{"a second group named only for comparison",
			Doc{Lang: "en", Title: "Ocean institute breach linked to MirrorFace",
				Text: "Investigators say the techniques used against the Hamada Ocean Institute match those of MirrorFace. Some researchers have noted tooling overlaps between MirrorFace and APT10, though most track the two separately."},
			[]string{"MirrorFace"}, []string{"APT10"}},
		{"a technique called after a group (ja)",
			Doc{Lang: "ja", Title: "通販サイトでカード情報流出",
				Text: "工具メーカーの北浜工機は、通販サイトが不正アクセスを受け、カード情報1200件が流出した可能性があると発表した。手口は「マジカート」と呼ばれる攻撃の手法と似ているという。"},
			nil, []string{"Magecart"}},
	} {
		f := x.Extract(c.doc)
		if got := f.ActorNames(); !sameSet(got, c.actors) {
			t.Errorf("%s: actors = %v, want %v (%+v)", c.name, got, c.actors, f.Actors)
		}
		for _, m := range c.mentioned {
			found := false
			for _, a := range f.Actors {
				found = found || a.Name == m && a.Strength == Mentioned
			}
			if !found {
				t.Errorf("%s: %s not reported as mentioned only: %+v", c.name, m, f.Actors)
			}
		}
	}
}
