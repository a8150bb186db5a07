package incident

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	jaName1 = `(N\d+) `
	jaList  = `(N\d+ 」?(?:\(N\d+ \))?(?:(?:、|と|や|および|及び)「?N\d+ 」?)*)`
	// jaAside is a bracket after a name that says more than its other
	// spelling: (Coralee Energy、本社パース).
	jaAside = `(?:\([^)]{0,60}\))?`
)

var jaBreachRe = regexp.MustCompile(`(?:情報|データ)[^。]{0,40}?(?:公開され|売りに出|販売され|掲載され|売買され|で販売(?:$|\s|、|中))|(?:販売|売買|公開)されて(?:いた|いる)(?:データ|情報|ファイル)|掲示板|ダークウェブ|不正送金|不正に送金|不正アクセス|サイバー攻撃|ランサムウェア|ランサム|漏えい|漏洩|漏れ|流出|情報漏|不正ログイン|侵入|感染|暗号化|窃取|盗まれ|盗難|被害|攻撃|マルウェア|ウイルス|ハッキング|不正に|閲覧された|脅迫|身代金|インシデント|乗っ取|改ざん|不正利用|侵害|閲覧できる(?:状態|設定)|閲覧可能な(?:状態|設定)|閲覧可能に|閲覧可能(?:と|に)なって|誤公開|誤って公開|誤送信|設定不備|外部公開|不正(?:な)?持ち出|無断(?:で)?持ち出|名簿業者|誤って[^。]{0,12}?(?:送信|送付|封入|発送|郵送|配布|配付|掲載)|誤送付|誤配送|誤交付|誤掲載|誤封入|誤発送|紛失|置き忘れ|誤廃棄`)

// The words in which a fund, a club or an association, and a temple or shrine speak of
// themselves in their own notices, shared by the tests of a first-person
// notice (jaFirstPersonRe, ownBreachJaRe, jaSelfWords).
const (
	jaFundSelf   = `当基金|本基金|当共済|本共済`
	jaClubSelf   = `当球団|当チーム|本連合会|当連合会|本協議会|当協議会|本連盟|当連盟|当クラブ|本クラブ|当後援会|本後援会|当友の会|本友の会`
	jaTempleSelf = `当山|当寺|当宮|当神社|当教会`
)

var jaFirstPersonRe = regexp.MustCompile(jaFundSelf + `|` + jaClubSelf + `|` + jaTempleSelf + `|当自治会|本自治会|当町内会|本町内会|当管理組合|本管理組合|当同窓会|本同窓会|当後援会|当クラブ|当教室|本教室|当塾|本塾|当園|本園|当サロン|当クリニック|当薬局|当医院|当JA|本JA|本生協|当生協|本学園|当学園|当店|弊店|当ＪＡ|当社|本企業団|本金庫|本組合|本法人|本機構|本財団|本事務所|当団体|当金庫|当企業団|当事務所|当所|当財団|当大学|当病院|弊社|当行|当院|本学|当法人|当機構|当組合|当館|当団体|弊行|弊学|本市|当市|本町|当町|本村|当村|本県|当県|本区|当区|当協会|本協会|当会|本会|当校|本校|弊団体|弊法人|当センター`)

// jaCountermeasureRe finds a breach word naming the defence against it,
// not a breach: ランサム対策需要, サイバー攻撃対策, 不正アクセス防止.
var jaCountermeasureRe = regexp.MustCompile(`(?:ランサムウェア|ランサム|サイバー攻撃|不正アクセス|情報漏えい|情報漏洩|漏えい|漏洩|マルウェア|ウイルス|攻撃)(?:対策|防止|防御|防護|予防|訓練|保険|対応製品|検知)`)

// jaSpeaksOfBreach reports a sentence shape that speaks of a breach, not
// only of the defences against one, and does not deny it.
func jaSpeaksOfBreach(shape string) bool {
	shape = jaCountermeasureRe.ReplaceAllString(shape, "")
	return jaBreachRe.MatchString(shape) && !jaDeniedRe.MatchString(shape)
}

func jaCue(weight float64, needsBreach bool, pattern string) cue {
	return cue{re: regexp.MustCompile(pattern), weight: weight, needsBreach: needsBreach}
}

// jaOthersDamageRe follows damage that befell others the sentence goes on
// to name in general (〇〇は、ランサムウェア被害に遭った中小企業向けに…),
// or damage as a topic (〇〇は、ランサムウェア被害の最新動向を解説する), or
// damage that befell another name (〇〇、ランサムウェア被害を受けた△△の
// 復旧支援を完了).
var jaOthersDamageRe = regexp.MustCompile(`^(?:に遭っ|にあっ|を受け)?た(?:[^。N]{0,12}?(?:企業|組織|会社|団体|病院|医療機関|自治体|事業者|顧客|お客様|向け|方々)|N\d+ |[^。、]{2,24}?(?:に対し|への支援|を支援|の復旧))|^の(?:最新|動向|傾向|実態|現状|状況|対策|防止|調査|分析|事例|特徴|手口|予防|未然)`)

// jaCueRest is jaCue with a pattern that, matching the text after the
// cue, drops it.
func jaCueRest(weight float64, needsBreach bool, pattern string, rest *regexp.Regexp) cue {
	c := jaCue(weight, needsBreach, pattern)
	c.notBefore = rest
	return c
}

// jaElsewhereSourceRe names, after a place where data was found, the body
// it came from: 同生協から流出した, 当社から.
var jaElsewhereSourceRe = regexp.MustCompile(`(?:同(?:社|生協|組合|市|町|村|県|大学|大|院|病院|行|機構|法人|グループ|協会)|当社|弊社|当院|本学|本市|当組合)(?:から|より)`)

// jaCueInside is jaCue with a pattern that, matching the cue's own words
// after its name, drops it.
func jaCueInside(weight float64, needsBreach bool, pattern string, inside *regexp.Regexp) cue {
	c := jaCue(weight, needsBreach, pattern)
	c.notInside = inside
	return c
}

var jaVictimCues = []cue{
	// ホテル運営会社マリソル・ホテル・グループ(Marisol Hotel Group)は…
	// と確認した: a katakana name the dictionary did not join, glossed
	// in Latin letters.
	jaCue(3, true, `[ァ-ヶー・]{2,}\((N\d+) \)(?:は|が)、?(?:[^。N]|N\d+ [^はが])*?(?:発表|公表|明らかに|お知らせ|報告|判明|確認|認め|届け出|謝罪|お詫び|公開し|説明|通知)`),
	// 〇〇は…と発表した
	jaCue(3, true, jaList+jaAside+`(?:は|が|では|も|として)(?:[^。N]|N\d+ [^はが])*?(?:発表|公表|明らかに|お知らせ|報告|判明|確認|認め|届け出|謝罪|お詫び|公開し|説明|通知)`),
	// 〇〇において、…USBメモリを紛失する事案が発生しました, 〇〇において、
	// …データベースが…閲覧可能な状態となっていた: where the incident
	// happened.
	jaCue(3, true, jaList+`において、?[^。]{0,60}?(?:事案|事故|事態|インシデント)(?:が)?(?:発生|判明)`),
	// (Not a name in quotes, a service's — クラウドサービス「X」において —
	// nor a place data turned up that came from another named body:
	// アプリのXにおいて、同生協から流出したとみられるデータが….)
	jaCueInside(3, true, `(?:^|[^「])`+jaList+`において、?[^。]{0,80}?(?:閲覧(?:可能な|できる)状態|公開状態|不正アクセス|流出|漏えい|漏洩|暗号化)(?:と|に)?(?:なって|され|を受け|が発生|が判明|した|して|し、|の可能性)`, jaElsewhereSourceRe),
	// 同サイトを運営する〇〇によれば、…改ざんされた: the company running
	// the site the story is about, in a sentence on the breach (not the
	// file-sharing site where the data turned up, 同サイトを運営する〇〇社は
	// ファイルを削除した).
	jaCue(4, true, `(?:同|当該)(?:通販|EC|予約|会員)?(?:サイト|ショップ|ストア|サービス|アプリ)を(?:運営|運用|提供|管理)(?:する|している)`+jaName1),
	// 〇〇は、昨年受けたランサムウェア攻撃で…
	jaCue(4, false, jaList+`(?:は|が|では|も)、?[^。]{0,20}?受け(?:た|ている)(?:ランサムウェア|サイバー)?攻撃`),
	// 「Akira」は、〇〇をリークサイトに掲載し…: a gang lists its victim.
	jaCue(4, false, jaList+`を(?:自らの|自身の|自らが運営する|同グループの|同集団の)?(?:リークサイト|暴露サイト|ダークウェブ上のサイト|犯行声明サイト)(?:上)?に(?:掲載|追加|公開|名前を)`),
	// 個人情報保護委員会は、情報を漏えいさせた〇〇に対し指導した: a
	// regulator acts on the organisation that leaked.
	jaCue(4, false, `を(?:漏えい|漏洩|流出)させた`+jaName1),
	jaCue(3, true, jaList+jaAside+`(?:に対し(?:て)?、?|へ)[^。]{0,40}?(?:指導|勧告|命令|行政処分|是正)`),
	// 個人情報保護委員会は、…株式会社〇〇に対し、法第147条に基づく指導を
	// 行った: the regulator's own page on its action, a breach's sequel.
	jaCue(4, false, `(?:個人情報保護委員会|委員会|当委員会|金融庁|総務省|経済産業省|厚生労働省)(?:は|が)、?[^。]{0,12}?`+jaList+`(?:に対し(?:て)?、?|へ)[^。]{0,50}?(?:法律|法)[^。]{0,20}?(?:に基づく|による)(?:指導|勧告|命令|行政処分|報告徴収|立入検査)`),
	jaCue(4, false, `^`+jaList+`に対する[^。]{0,40}?(?:指導|勧告|命令|行政処分|行政上の対応)`),
	// 攻撃を受けたのは一般財団法人〇〇。: a cleft naming the one hit.
	jaCue(5, false, `(?:攻撃|被害|不正アクセス|サイバー攻撃|ランサムウェア攻撃|侵入|標的)(?:を受けた|に遭った|となった|にされた)のは、?`+jaName1+`(?:。|$|で|だ|です)`),
	// 5月に被害を公表した〇〇, 不正アクセスを受けた〇〇は
	jaCue(4, false, `(?:被害|不正アクセス|サイバー攻撃|ランサムウェア攻撃|攻撃|情報流出|情報漏え?い|漏えい)(?:を|に)(?:公表し|発表し|受け|遭っ)た(?:N\d+ の)?`+jaName1),
	// 〇〇が、攻撃グループ「MirrorFace」による不正アクセスを受けていた:
	// the one attacked, with its attacker named on the way.
	jaCue(4, false, jaList+jaAside+`(?:が|は|も)、?(?:[^。N「が]|「N\d+ 」|「[^」N]{0,20}」){0,40}?(?:(?:による|からの)(?:不正アクセス|不正なアクセス|サイバー攻撃|ランサムウェア攻撃|攻撃|侵入)|(?:ランサムウェア|マルウェア|ウイルス)の(?:サイバー)?攻撃)(?:を受け|の被害を受け|の被害に遭)`),
	// 〇〇に不正アクセス, 〇〇へのサイバー攻撃
	jaCue(4, false, jaList+`(?:に|へ)(?:の|対する|対して)?(?:大規模な|外部からの|第三者による|悪意のある第三者による|海外からの)?(?:不正アクセス|サイバー攻撃|ランサムウェア攻撃|ランサムウェア|ランサム攻撃|攻撃|侵入|ハッキング)`),
	// 〇〇がランサムウェア被害, 〇〇で情報漏えい
	jaCueRest(4, false, jaList+`(?:が|は|で|も|、|,|:| )[^。N]{0,16}?(?:[^。N]{0,12}?(?:とみられる|と見られる|とされる))?(?:不正アクセス|不正に?アクセス|不正なアクセス|サイバー攻撃|ランサムウェア|マルウェア|ウイルス|情報漏え?い|情報漏洩|情報流出|漏えい|漏洩|流出)(?:攻撃)?(?:の)?(?:被害|を受け|に遭|に感染|感染|が発生|があ|の可能性|か|事案|事故|が判明|を確認)`, jaOthersDamageRe),
	// 〇〇で、予約管理システムに第三者が不正にアクセスし: at the
	// organisation, someone broke in.
	jaCue(4, false, jaList+`(?:で|では)、?[^。N]{0,24}?(?:第三者|外部の第三者|外部|何者か|攻撃者|ハッカー|犯人)(?:が|による|から)[^。N]{0,12}?(?:不正に?アクセス|不正なアクセス|侵入|不正ログイン)`),
	// 〇〇の仙台市内の拠点で、業務で扱う顧客情報を不正に持ち出し: data
	// taken out of the organisation's site, by an insider or anyone (not
	// 警視庁の発表では, which says who tells).
	jaCue(4, false, jaList+jaAside+`(?:の[^。、N]{0,16}?(?:拠点|事業所|工場|店舗|センター|支店|営業所|本社|本店|倉庫|施設|システム|サーバー?|部門|部署))?(?:で|では)、?[^。N]{0,30}?(?:情報|データ)を(?:不正に|無断で|外部に)?(?:持ち出|流出させ|漏えいさせ|漏洩させ|盗み|盗ん|売却|売っ|転売)`),
	// 「しらかば住宅」に勤めていた去年9月ごろ、…情報を持ち出し: an
	// insider takes the data of the organisation that employed them.
	jaCue(4, false, jaName1+`(?:」|』)?(?:に勤めていた|に勤務していた|に勤めている|に勤務している|に勤務する|で働いていた|の元社員|の元従業員|の元職員|の元派遣社員|の社員|の従業員|の職員)[^。]{0,60}?(?:持ち出|売却|売っ|転売|流出|漏えい|漏洩|盗ん|不正に)`),
	// 〇〇は「ご迷惑をおかけし、深くお詫び申し上げます」とコメント: the
	// organisation apologises for its breach.
	jaCue(3, true, jaName1+`(?:は|が)、?「[^」]{0,80}?(?:お詫び|おわび|申し訳|ご迷惑|ご心配)[^」]{0,80}」(?:と|との)(?:コメント|話し|話す|述べ|説明|謝罪)`),
	// 〇〇から…が流出, 〇〇のウォレットから…を窃取
	// …, not 〇〇から…盗まれた可能性があるとの報告を受けた: there 〇〇 reports.
	jaCueRest(4, false, jaList+`(?:の[^。、N]{0,12}?)?から[^。]{0,30}?(?:流出|盗まれ|盗難|窃取|盗ん|抜き取|不正に(?:送金|引き出|出金|持ち出|取得))`, jaReportedRe),
	// 〇〇のサーバーに対する第三者からの不正アクセス, 〇〇のファイルサーバーが
	// 不正アクセスを受け: a break-in into the organisation's systems.
	jaCue(4, false, jaList+jaAside+`(?:の|が運営する|が管理する|が運用する)[^。、N]{0,15}?(?:サーバー?|システム|ネットワーク|社内|パソコン|PC|端末|ウェブサイト|サイト|データベース)(?:群|等|など)?(?:(?:に|へ)、[^。N]{0,40}?(?:不正に?アクセス|不正なアクセス|侵入)|(?:に|へ)(?:の|対する|対して)?(?:[^。、N]{0,12}?(?:から|による)の?)?(?:不正アクセス|不正に?アクセス|不正なアクセス|サイバー攻撃|ランサムウェア攻撃|ランサムウェア|侵入|ハッキング)|が[^。、N]{0,12}?(?:不正アクセス|サイバー攻撃|ランサムウェア攻撃|ランサムウェア)(?:(?:による|の)(?:サイバー)?攻撃)?(?:を受け|の被害|に感染|に遭))`),
	// 〇〇のサーバーに…
	jaCue(2, true, jaList+`(?:の|が運営する|が管理する|が運用する|社の)[^。、]{0,15}?(?:サーバー?|システム|ネットワーク|社内|顧客|個人情報|会員|情報|パソコン|PC|端末|ウェブサイト|サイト|データ|通販|オンラインショップ)`),
}

var jaTitleCues = []cue{
	// 新潟の〇〇にランサム攻撃: a place before the name.
	jaCue(3, true, `^(?:【[^】]*】)?(?:[^、。N「]{0,15}?「|[^、。N「]{1,8}?の)?`+jaList+`(?:、|,|が|は|に|で|の|:| |へ|から)`),
	// 米SaaS「Ledgerly」、…: a kind written as a word before the quoted name.
	jaCue(3, true, `^(?:【[^】]*】)?[^、。N「]{0,6}?N\d+ 「`+jaName1+`」(?:、|,|が|は|に|で|:| )`),
}

// jaIssuerCues name the organisation a press release speaks for.
var jaIssuerCues = []cue{
	jaCue(6, false, jaName1+`\([^)]{0,120}?以下[「"]?(?:当社|弊社|当行|当院|本学|当法人|当機構|当組合|弊行|同社)`),
	// 〇〇株式会社(本社:東京都港区、代表取締役社長:…)は
	jaCue(5, false, jaName1+`\((?:本社|本店|所在地|代表)[^)]{0,120}?\)(?:は|では|が)`),
}

var jaRoleCues = []cue{
	jaCue(1, false, jaList+`(?:によると|によれば|の調査によると|の調べ|の調査|の研究者|のアナリスト|の分析|が報じ|の報道|は指摘|のリサーチャー|が調査|が分析|のレポート|の報告書)`),
	jaCue(1, false, `(?:セキュリティ企業|セキュリティ会社|セキュリティベンダー|調査会社|研究者|専門家|報道機関|新聞社)(?:の|である)?[米英豪独仏中韓露加蘭伊印台]?`+jaList),
	// A vendor that says what it sells: サイバーセキュリティ事業を展開する〇〇.
	jaCue(1, false, `(?:セキュリティ|サイバーセキュリティ|情報セキュリティ)(?:事業|サービス|製品|対策|ソリューション)を(?:展開|提供|手がけ|手掛け|開発)(?:する|る|ている)`+jaList),
	// A contractor the text names as such was the way in, not the
	// victim of a story about its client: 保守委託事業者である株式会社〇〇.
	jaCue(1, false, `(?:委託先|委託事業者|委託業者|業務委託先|保守委託先|保守委託事業者|保守事業者|保守業者|運用委託先|委託会社|委託している事業者|委託していた事業者)(?:の|である|であった|、)?`+jaList),
	// …に利用している、米国のチケット販売システム提供会社〇〇: the vendor
	// whose service the writer uses.
	jaCue(1, false, `(?:当社|弊社|当劇場|当館|当院|本学|本市|当店|当法人|当協会|当組合)[^。N]{0,30}?(?:利用している|利用していた|導入している|導入していた|採用している)[^。N]{0,30}?(?:提供会社|提供元|事業者|ベンダー|会社|企業)`+jaList),
	// The parent named as such speaks for the company breached.
	jaCue(1, false, `親会社(?:である|の|、)?[米英豪独仏中韓]?`+jaList),
}

// jaContractorCue finds the contractor a client names in its own account
// of the breach: 作成を委託している市内の情報処理会社「X」.
var jaContractorCue = jaCue(1, false, `委託(?:している|していた|する|した)[^。、N]{0,16}?(?:会社|業者|事業者|企業|センター)「?`+jaList)

// jaSubjectElsewhere reports whether a sentence other than the i-th has
// the name as a clause's topic (ミナセ印刷は2月6日に…を確認し): an article
// that follows the contractor's own account is about the contractor, not
// only about its client's share.
func jaSubjectElsewhere(ss []jaSentence, name string, i int) bool {
	for j, s := range ss {
		if j == i || s.title {
			continue
		}
		for _, m := range jaTopicRe.FindAllStringSubmatch(s.shape, -1) {
			if k, err := strconv.Atoi(m[1]); err == nil && k < len(s.names) && stripLegalJapanese(s.names[k].text) == stripLegalJapanese(name) {
				return true
			}
		}
	}
	return false
}

// jaTopicRe finds a name a clause opens with as its topic: ミナセ印刷は,
// 一方、ミナセ印刷（本社・同市）も.
var jaTopicRe = regexp.MustCompile(`(?:^|、)N(\d+) (?:\([^)]*\) )?(?:は|も)`)

// jaDefinitionRe finds the parenthesis that defines a short form after a
// name, 株式会社〇〇(以下「〇〇」), which cues read past.
var jaDefinitionRe = regexp.MustCompile(`\((?:[^()N]{1,24}?[、,] ?)?以下[、,]?[「"]?N\d+ [」"]?(?:という。?|といいます。?)?\)`)

// jaGlossRe finds a gloss in brackets right after a term, as papers
// explain one (ランサムウェア(身代金要求型ウイルス)の攻撃): cues read past
// it. Brackets after a name (N0 (本社・東京都)) are left to the cues.
var jaGlossRe = regexp.MustCompile(`([^\sN0-9])\([^()N]{1,30}?\)`)

// jaMatchCues applies cues to a Japanese sentence; a short form's
// definition does not stand between a name and its cue.
func jaMatchCues(js jaSentence, cues []cue, breach bool) []cueHit {
	es := enSentence{sentence: js.sentence, shape: js.cueShape}
	for _, n := range js.names {
		es.names = append(es.names, enName{text: n.text})
	}
	return matchCues(es, cues, breach)
}

// jaDeniedRe finds a sentence denying an attack: 障害はサイバー攻撃による
// ものではないと説明した.
var jaDeniedRe = regexp.MustCompile(`(?:攻撃|不正アクセス|侵入|ランサムウェア)(?:による|の)?(?:もの|影響)?では(?:ない|なく|ありません)`)

// japaneseVictimHits scores the organisation names of a Japanese article.
func japaneseVictimHits(ss []jaSentence) (hits, roles []cueHit) {
	titleBreach, firstPerson := false, false
	lastSelf := -10 // the index of the last sentence speaking of 当社's own systems
	for i, s := range ss {
		breach := jaSpeaksOfBreach(s.shape) || incidentNamed(s)
		if s.title && breach {
			titleBreach = true
		}
		// What a quote says is the speaker's view, not the notice's own
		// account (当社代表は「…攻撃を受けても…」と述べた).
		own := jaQuoteRe.ReplaceAllString(s.shape, "「」")
		self := (jaFirstPersonRe.MatchString(own) || jaPublicSelfRe.MatchString(own)) && !jaServiceSelfRe.MatchString(own) && !jaResearchSelfRe.MatchString(own)
		if breach && jaBreachRe.MatchString(own) && self {
			firstPerson = true
		}
		if breach && !s.title && i-lastSelf <= 2 && !strings.Contains(own, "N") {
			// 当社のシステムに障害が発生し…。調査の結果、外部からの不正
			// アクセスにより…: the account goes on without a subject.
			firstPerson = true
		}
		if self && !s.title && jaOwnSystemsRe.MatchString(own) {
			lastSelf = i
		}
	}
	if titleBreach && len(ss) > 0 && ss[0].title && jaNoticeTitleRe.MatchString(ss[0].text) {
		// 〇〇への不正アクセスについてのご報告とお詫び: an apology for a
		// breach is its issuer's own notice.
		firstPerson = true
	}
	if len(ss) > 0 && ss[0].title && jaLaunchTitleRe.MatchString(ss[0].text) && !jaBreachTitleRe.MatchString(ss[0].text) {
		// A launch or an advisory speaks of others' incidents in its
		// own voice (当社の調べでは…漏えい…).
		firstPerson = false
	}
	if !firstPerson && len(ss) > 0 && ss[0].title && jaNoticeEndRe.MatchString(ss[0].text) && !jaProductRe.MatchString(ss[0].text) && (!jaLaunchTitleRe.MatchString(ss[0].text) || jaBreachTitleRe.MatchString(ss[0].text)) {
		// 〇〇への不正アクセスについて, then an account without a subject
		// (…に対し、外部から不正なアクセスがあり): a body's own notice,
		// whose issuer stands in its header.
		for _, s := range ss[1:] {
			if s.idx > 8 {
				break
			}
			if jaSpeaksOfBreach(s.shape) && !strings.Contains(s.shape, "N") && utf8.RuneCountInString(s.text) >= 30 {
				firstPerson = true
				break
			}
		}
	}
	for i, s := range ss {
		breach := jaSpeaksOfBreach(s.shape) || titleBreach && s.idx < 3
		here := jaMatchCues(s, jaVictimCues, breach)
		for _, h := range jaMatchCues(s, []cue{jaContractorCue}, true) {
			if !jaSubjectElsewhere(ss, h.mention, i) {
				// The client's account of its contractor's breach:
				// what befell the contractor here is told for the
				// client's share.
				roles = append(roles, h)
				here = slices.DeleteFunc(here, func(o cueHit) bool { return o.mention == h.mention })
			}
		}
		hits = append(hits, here...)
		if s.title {
			hits = append(hits, jaMatchCues(s, jaTitleCues, breach)...)
		}
		roles = append(roles, jaMatchCues(s, jaRoleCues, true)...)
		if !firstPerson {
			continue
		}
		hits = append(hits, jaMatchCues(s, jaIssuerCues, true)...)
		// A hospital's or a school's letterhead names the corporation
		// that runs it, then the facility on the next line: the facility
		// is the issuer (医療法人社団〇〇会 / ひばりが原中央病院).
		if i > 0 && s.idx >= 0 && (s.idx < 6 || i >= len(ss)-8) && headerLine(s.text) && headerLine(ss[i-1].text) &&
			len(ss[i-1].names) == 1 && corporationForm(ss[i-1].names[0].text) {
			facility := ""
			if len(s.names) == 1 && jaInstitutionEnd(s.names[0].text) {
				facility = s.names[0].text
			} else if line := strings.TrimSpace(s.text); len(s.names) == 0 && !strings.ContainsAny(line, " 　") && utf8.RuneCountInString(line) <= 20 && (jaFacilityEndRe.MatchString(line) || jaInstitutionEnd(line)) {
				// やまぼうし歯科クリニック, a name the dictionary did not
				// read as one, alone on its line under the corporation.
				facility = line
			}
			if facility != "" {
				hits = append(hits, cueHit{mention: facility, weight: 5, evidence: s.text, idx: 99})
			}
		}
		// A release's header and signature name its issuer with a legal
		// form; a breadcrumb, the headline and the date may stand above
		// the header.
		if s.idx >= 0 && (s.idx < 5 || i >= len(ss)-5) && headerLine(s.text) {
			for _, n := range issuerNames(s.names) {
				hits = append(hits, cueHit{mention: n, weight: 4, evidence: s.text, idx: 99})
			}
		}
		// A signature may have a site's footer lines below it (行事予定,
		// 事務局の連絡先).
		if s.idx >= 0 && (s.idx < 5 || i >= len(ss)-8) && headerLine(s.text) {
			if n := signatureIssuer(s.text); n != "" {
				hits = append(hits, cueHit{mention: n, weight: 4, evidence: s.text, idx: 99})
			}
		}
	}
	if firstPerson {
		hits = demoteIssuerForSubsidiary(ss, hits)
	}
	return hits, roles
}

// jaOwnSubsidiaryRe finds the issuer introducing its own subsidiary:
// 当社の連結子会社である株式会社〇〇.
var jaOwnSubsidiaryRe = regexp.MustCompile(`(?:` + jaSelfWords + `)の?(?:連結|完全|100%)?子会社(?:である|の|、)?「?(N\d+) `)

// demoteIssuerForSubsidiary weakens the header's and the signature's
// issuer when the notice says the attack befell a subsidiary it names: a
// parent's notice on its subsidiary's breach (当社の連結子会社である〇〇の
// サーバーが不正アクセスを受け) is about the subsidiary, which a brand of
// its own keeps apart from the parent (see jaBrandParent for one that
// shares the parent's).
func demoteIssuerForSubsidiary(ss []jaSentence, hits []cueHit) []cueHit {
	subs := map[string]bool{}
	stated := false
	for _, s := range ss {
		for _, m := range jaOwnSubsidiaryRe.FindAllStringSubmatch(s.shape, -1) {
			if k := nameIndexes(m[1]); len(k) == 1 && k[0] < len(s.names) {
				subs[s.names[k[0]].text] = true
				if !s.title && jaSpeaksOfBreach(s.shape) && jaBreachRe.MatchString(s.shape) && ownBrand(s.names[k[0]].text, hits) {
					// 当社の連結子会社であるX(以下「X」)において…ランサム
					// ウェアによる不正アクセス: the sentence that introduces
					// the subsidiary tells of its breach.
					stated = true
					hits = append(hits, cueHit{mention: s.names[k[0]].text, weight: 4, evidence: s.text, idx: s.idx})
				}
			}
		}
	}
	for _, h := range hits {
		if h.weight >= 4 && h.idx != 99 && subs[h.mention] && !sharesBrand(h.mention, hits) {
			stated = true
		}
	}
	if !stated {
		return hits
	}
	for i := range hits {
		if hits[i].idx == 99 && !subs[hits[i].mention] {
			hits[i].weight = 2
		}
	}
	return hits
}

// sharesBrand reports whether a subsidiary's name, written in Japanese,
// opens with the first two characters of one of the issuer's names
// (東雲ロジスティクス under 東雲ファインケミカル): a unit under the parent's
// brand, which the parent's name stands for.
func sharesBrand(sub string, hits []cueHit) bool {
	core := []rune(stripLegalJapanese(sub))
	if len(core) < 2 || !hasJapanese(string(core)) {
		return false
	}
	return !ownBrand(sub, hits)
}

// ownBrand reports whether a subsidiary's name, written in Japanese, opens
// with none of the issuer's names (ツバメ旅行 under ほしぞらホールディングス,
// not ハヤテ精機ベトナム under ハヤテ精機); a Latin name is not judged.
func ownBrand(sub string, hits []cueHit) bool {
	core := []rune(stripLegalJapanese(sub))
	if len(core) < 2 || !hasJapanese(string(core)) {
		return false
	}
	for _, h := range hits {
		if h.idx != 99 || stripLegalJapanese(h.mention) == string(core) {
			continue
		}
		p := []rune(stripLegalJapanese(h.mention))
		if len(p) >= 2 && p[0] == core[0] && p[1] == core[1] {
			return false
		}
	}
	return true
}

// jaResearchSelfRe finds an organisation's first person speaking of its
// research, not its systems: 当社の調べでは, 当サイトの集計では.
var jaResearchSelfRe = regexp.MustCompile(`(?:当社|弊社|当サイト|当センター|当機構|当協会)(?:の|が)(?:調べ|調査|集計|観測|把握|分析)`)

// jaLaunchTitleRe finds the headline of a launch, an advisory (on a
// product's flaw: 「〇〇における複数の脆弱性について」, not 「…の脆弱性を悪用
// した不正アクセスについて」) or an event (a seminar on breaches is about
// others').
var jaLaunchTitleRe = regexp.MustCompile(`提供開始|(?:における|の)(?:複数の)?(?:[^\s、。]{0,12}の)?脆弱性(?:について|に関する(?:お知らせ|注意喚起|情報)|のお知らせ)$|提供を開始|発売|販売開始|新サービス|新製品|サービスを開始|注意喚起|をリリース|セミナー|ウェビナー|講演会|シンポジウム|勉強会|研修会|参加者募集|受講者募集|` + jaReportLaunch)

// jaBreachTitleRe finds a headline on an organisation's own breach,
// which a launch's headline is not: 不正アクセスに関するお知らせ.
var jaBreachTitleRe = regexp.MustCompile(`(?:不正アクセス|漏えい|漏洩|流出|ランサムウェア被害|サイバー攻撃)(?:に関する|についての|の)?(?:お知らせ|お詫び|ご報告)`)

// jaNoticeEndRe ends the headline of a notice: 〇〇について, 〇〇に関する
// お知らせ, 〇〇のお詫び, with a bracketed 第2報 after it.
var jaNoticeEndRe = regexp.MustCompile(`(?:について|に関するお知らせ|についてのお知らせ|のお知らせ|お詫び|おわび|ご報告)(?:[（(][^）)]*[）)])?$`)

// jaOwnSystemsRe finds a sentence speaking of an organisation's own
// systems: 当社の配車管理システムに障害が発生し.
var jaOwnSystemsRe = regexp.MustCompile(`システム|サーバ|ネットワーク|障害|パソコン|端末|アカウント|メール|ウェブサイト|ホームページ|通販サイト`)

// jaPublicSelfRe finds a public body's notice speaking of itself by its
// kind alone: 県が運用する電子申請システム, 町では直ちに…, 町の業務システム.
var jaPublicSelfRe = regexp.MustCompile(`(?:^|[、。「(])(?:県|市|町|村|区)(?:が|は|では|で|として|の(?:業務|情報|電子|基幹|システム|ネットワーク|サーバ|職員|ホームページ|ウェブサイト|公式))`)

// jaReportedRe follows what someone reported (…との報告を受けた).
var jaReportedRe = regexp.MustCompile(`^[^。]{0,40}?(?:との|という|旨の)(?:報告|連絡|通知|指摘|申し出)`)

// jaQuoteRe finds a quotation of a sentence or more, not a quoted name.
var jaQuoteRe = regexp.MustCompile(`「[^」]{12,}」`)

// jaServiceSelfRe finds a vendor speaking of its own service work on an
// attack (当社のインシデント対応チームは攻撃発覚の翌日に…), which is no
// notice of a breach of its own.
var jaServiceSelfRe = regexp.MustCompile(`(?:当社|弊社)(?:の|が|は)?(?:インシデント対応|インシデントレスポンス|セキュリティ(?:専門|チーム|サービス|製品)|フォレンジック|調査チーム|専門チーム|専門家|SOC|CSIRT|エンジニア|アナリスト|研究)`)

// jaContactLabelRe opens a contact line before the issuer's name:
// 問い合わせ先　大鷹町 総務課.
var jaContactLabelRe = regexp.MustCompile(`^[【\[]?(?:本件に関する)?(?:お?問い?合わ?せ先?|お問合せ先?|連絡先|担当(?:課|部署)?|発信元|発表者|発表元|発行元?|編集|文責|提供元?)[】\]]?[:：\s]*`)

// jaCommenters are Japanese authorities, vendors and media that comment on
// incidents.
var jaCommenters = wordSet(`警察庁 警視庁 県警 警察 個人情報保護委員会 JPCERT/CC JPCERT IPA 情報処理推進機構 NISC
内閣サイバーセキュリティセンター 総務省 経済産業省 金融庁 厚生労働省 文部科学省 内閣府 デジタル庁 トレンドマイクロ ラック
カスペルスキー マカフィー 共同通信 日本経済新聞 日経 朝日新聞 読売新聞 毎日新聞 NHK 時事通信 ITmedia 産経新聞 日本 東京
当社 弊社 同社 政府 日本政府 セキュリティ 連邦捜査局 FBI 米連邦捜査局`)

// isJapaneseCommenter reports whether a canonical name is a known commenter.
func isJapaneseCommenter(name string) bool {
	return jaCommenters[name] || strings.HasSuffix(name, "警察") || strings.HasSuffix(name, "県警") || jaResearchTeamRe.MatchString(name)
}

// jaResearchTeamRe finds the name of a security vendor's research or
// analysis team (〇〇脅威分析チーム, 〇〇リサーチチーム), which reports on
// others' incidents.
var jaResearchTeamRe = regexp.MustCompile(`(?:脅威|分析|リサーチ|インテリジェンス|セキュリティ)\S{0,6}(?:チーム|ラボ)$`)

// issuerNames picks the names of a release's header or signature line that
// can be its issuer: those with a legal form or ending as an institution
// (大学, 病院). A school or medical corporation written before the
// institution it runs (学校法人東都学園 東都医療大学) gives way to it.
func issuerNames(names []jaName) []string {
	var out []string
	for k, n := range names {
		if !n.legal && !jaInstitutionEnd(n.text) && !jaInstitutionEnd(stripJaDepartment(n.text)) && stripJaDepartment(n.text) == n.text {
			continue
		}
		if k+1 < len(names) && jaInstitutionEnd(names[k+1].text) && corporationForm(n.text) {
			continue
		}
		out = append(out, n.text)
	}
	return out
}

// corporationForm reports a name written with a 〇〇法人 legal form, the
// body that runs a school, hospital or care home.
func corporationForm(name string) bool {
	for _, f := range jaLegalForms {
		if strings.HasSuffix(f, "法人") && strings.HasPrefix(name, f) {
			return true
		}
	}
	return false
}

// headerLine reports a short line that is not a sentence, as a release's
// date, issuer and signature lines are.
func headerLine(text string) bool {
	return !strings.ContainsAny(text, "。、") && utf8.RuneCountInString(text) <= 60
}

// jaSignatureRes read the issuer off a notice's signature line by its
// shape, where the dictionary may cut the name apart: a head's title after
// a town (三河原町長 堀田雅之), a prefecture or city before its department
// (白峰県 総務部 デジタル推進課).
var jaSignatureRes = []*regexp.Regexp{
	regexp.MustCompile(`^(\S{1,12}?[市町村区])長(?:\s|$)`),
	regexp.MustCompile(`^(\S{1,12}?[都道府県])知事(?:\s|$)`),
	regexp.MustCompile(`^(\S{1,12}?(?:[都道府県市町村区]|企業団|組合|金庫|協会|機構|財団|会議所|商工会|公社|協議会|連合会))(?:役場|役所|庁)?\s+\S{1,12}?(?:部|課|局|室|係)(?:\s|$)`),
	// A body under its legal form, a department after it (社会福祉法人
	// 葦原福祉会, 医療法人社団 〇〇会 法人本部): the dictionary may not
	// know the name.
	regexp.MustCompile(`^(?:社会福祉法人|社会医療法人|医療法人社団|医療法人財団|医療法人|学校法人|一般社団法人|公益社団法人|一般財団法人|公益財団法人|特定非営利活動法人|NPO法人|国立大学法人|公立大学法人|国立研究開発法人|地方独立行政法人|独立行政法人|税理士法人|弁護士法人|株式会社|有限会社|合同会社)\s*([^\s（(]{2,20}?)(?:\s+\S{1,12}?(?:部|課|局|室|係|本部|事務局))?$`),
	// A body's name alone on the signature line, by its kind
	// (ひかり電機企業年金基金, 〇〇健康保険組合).
	regexp.MustCompile(`^(\S{2,20}(?:基金|健康保険組合|共済組合|共済会|連合会|協議会|研究所|事業団))$`),
	// An inn's, a shop's or a clinic's name before its manager's post
	// (湯元 月見荘　支配人　山口 健).
	regexp.MustCompile(`^(\S{1,10}(?:\s\S{1,10})?(?:荘|亭|庵|館|屋|旅館|ホテル|医院|クリニック|歯科|薬局|店|園))\s+(?:支配人|女将|若女将|店長|院長|園長|館長|館主|オーナー|代表)(?:\s|$)`),
	// An association's name before its head's post and name
	// (みずほ台市PTA連合会 会長 大河内 修).
	regexp.MustCompile(`^(\S{2,20}(?:連合会|協議会|協会|連盟|組合|自治会|町内会|PTA|後援会|同窓会|保存会|振興会|友の会|クラブ|倶楽部))\s+(?:会長|副会長|理事長|代表理事|代表|委員長|組合長|支部長)(?:\s|$)`),
	// A temple or a shrine under its religious corporation, the
	// temple's mountain name first (宗教法人 瑠璃光山 慈恩寺).
	regexp.MustCompile(`^宗教法人\s*(?:\S{1,8}山\s+)?(\S{2,12}?(?:寺|院|神社|宮|大社|教会))$`),
}

// jaDeskLineRe reads a company's name before its customer desk on the
// contact line (ハマユウ旅行　お客様窓口　0120-…).
var jaDeskLineRe = regexp.MustCompile(`^([^\s0-9０-９:：]{2,20}?)\s+(?:(?:お客様|お客さま)(?:窓口|相談窓口|相談室|センター|サポートセンター|ダイヤル)|カスタマーセンター|カスタマーサポート)(?:\s|$)`)

// deskIssuer returns the company a contact line names before its
// customer desk, or "".
func deskIssuer(line string) string {
	line = contactLine(line)
	if m := jaDeskLineRe.FindStringSubmatch(line); m != nil && utf8.RuneCountInString(m[1]) >= 3 && !jaFirstPersonRe.MatchString(m[1]) {
		return m[1]
	}
	return ""
}

// deskIssuerHit names the issuer of a first-person notice that names it
// nowhere else by the contact line's customer desk (ハマユウ旅行　お客様窓口),
// when one name the dictionary reads as a name stands before a desk in the
// closing lines; two desks (the shop's and its card company's) name no one.
func deskIssuerHit(ss []jaSentence) []cueHit {
	var hit []cueHit
	for i, s := range ss {
		if s.idx < 0 || i < len(ss)-8 || !headerLine(s.text) {
			continue
		}
		n := deskIssuer(s.text)
		if n == "" {
			continue
		}
		named := false
		for _, sn := range s.names {
			named = named || sn.text == n
		}
		if !named && (strings.ContainsFunc(n, func(r rune) bool { return unicode.Is(unicode.Hiragana, r) }) || jaGeneric[n]) || len(hit) > 0 {
			// (本件に関する　お客様窓口 names no one.)
			return nil
		}
		hit = append(hit, cueHit{mention: n, weight: 4, evidence: s.text, idx: 99})
	}
	return hit
}

// contactLine is a signature or contact line without its label
// (お問い合わせ先：).
func contactLine(line string) string {
	return strings.TrimSpace(jaContactLabelRe.ReplaceAllString(strings.TrimSpace(line), ""))
}

// signatureIssuer returns the public body a signature line names, or "".
func signatureIssuer(line string) string {
	line = contactLine(line)
	for _, re := range jaSignatureRes {
		if m := re.FindStringSubmatch(line); m != nil && utf8.RuneCountInString(m[1]) >= 3 && !jaFirstPersonRe.MatchString(m[1]) {
			return m[1]
		}
	}
	return ""
}

// incidentNamed reports a sentence whose katakana run the dictionary took
// for a name is an incident's: サイバーセキュリティインシデント.
func incidentNamed(s jaSentence) bool {
	for _, n := range s.names {
		if strings.HasSuffix(n.text, "インシデント") || strings.HasSuffix(n.text, "アタック") || strings.HasSuffix(n.text, "ハッキング") {
			return true
		}
	}
	return false
}
