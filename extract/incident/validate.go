package incident

import (
	"github.com/ikawaha/kagome/v2/tokenizer"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the one check every victim candidate passes, whichever
// route found it (a cue, the headline's subject, a notice's issuer, a
// Latin spelling): a name that reads as a document's heading, a law, a
// programme, an advisory, a place, a legislature or a generic phrase is
// no organisation that was breached. Doubt means no victim.

// enDocumentWords make up the headings and labels of filings, notices and
// advisories: "Current Report", "Material Cybersecurity Incidents",
// "Explanatory Note". A name made only of them is a heading.
var enDocumentWords = wordSet(`current annual quarterly interim periodic report reports material
cybersecurity cyber security incident incidents explanatory note notes forward looking forward-looking
statement statements signature signatures exhibit exhibits item items form forms press release releases
notice notices notification notifications update updates summary overview frequently asked questions
background disclosure disclosures important information additional resources contact contacts
data breach breaches privacy event events what happened we are doing you can do for more details
sector alert alerts advisory advisories bulletin bulletins guidance recommendations mitigations
mitigation executive key findings methodology appendix table of contents introduction conclusion
risk factors legal proceedings subsequent other`)

// enDocumentEnds end the names of documents and legal texts rather than of
// organisations: "HC3 Sector Alert", "Data Protection Act".
var enDocumentEnds = wordSet(`alert alerts advisory advisories bulletin bulletins report notice
statement act acts bill rule rules regulation regulations directive laws guideline guidelines framework program programme scheme amendment amendments ordinance
statute treaty transcript webcast agenda minutes index barometer scorecard whitepaper`)

// callKinds say what kind of call a name ending in "Call" is.
var callKinds = wordSet(`earnings conference investor investors results analyst analysts quarterly annual`)

// systemEnds end the names of systems and sites rather than of
// organisations.
var systemEnds = wordSet(`portal portals app apps website websites database databases dashboard intranet extranet webmail`)

// enLaws are laws and rules written as initialisms: a text cites them, they
// are never breached.
var enLaws = wordSet(`hipaa hitech gdpr ccpa cpra ferpa glba coppa sox pci pci-dss fisma pipeda
bipa appi nis nis2 dora cmmc hitrust fcra tcpa ndb act acts regulation regulations code ordinance statute directive`)

// enKindNouns name a kind of organisation a headline puts after a place
// to describe one it does not name ("Ohio insurer", "Montana CU").
var enKindNouns = wordSet(`cu cus firm company insurer retailer lender carrier utility provider dealer chain maker
automaker carmaker chipmaker drugmaker telco operator startup fintech`)

// postOfRe finds a post over a field rather than over a named body:
// "Superintendent of Schools", "Director of Operations".
var postOfRe = regexp.MustCompile(`(?i) of (?:schools?|college|education|operations|technology|communications|finance|marketing|security|information|human resources|student services|public safety|the board|admissions|compliance|privacy|legal|it)$`)

// placelessBoardRe finds a governing board named without its place.
var placelessBoardRe = regexp.MustCompile(`(?i)^(?:the )?(?:board of (?:county )?(?:commissioners|supervisors|selectmen|aldermen|trustees|directors|education)|(?:county|city|town|village) (?:council|commission|board)|board of health|school board)$`)

// genericBodies are kinds of organisation a notice capitalises when it
// means itself ("the Company", "the Board", "the Trust"), and the people a
// letter addresses ("Dear Families and Staff").
var genericBodies = wordSet(`company companies corporation firm board trust agency department school schools college
hospital clinic practice library campus institute foundation association society union
families parents guardians students staff patients customers clients members employees residents community
colleagues partners shareholders stakeholders`)

// forumRanks end the rank a forum shows under a poster's name.
var forumRanks = wordSet(`admin administrator moderator mod staff`)

// enOfficeInitialisms are the initialisms of business functions, posts,
// documents and kinds of data or system that a text writes in capitals
// like an organisation's short name.
var enOfficeInitialisms = wordSet(`hr it pr ir ceo cfo cto ciso cio coo nda ndas vpn vpns mfa 2fa sso api apis pii phi
ssn ssns kyc aml ai ml saas iot ot ics scada erp crm pos ehr emr dns smb rdp cve cves ioc iocs ttps faq faqs
q&a rfp sla db dbs pc pcs nas sns ec os cms sql ssh usb sms qr pdf csv url urls ssl tls vm vms paas iaas waf edr xdr siem soc noc lan wan wifi`)

// enLegislatures are bodies that debate or comment on breaches: a name
// ending in one is no victim unless a cue says outright it was breached.
var enLegislatures = wordSet(`senate congress parliament legislature assembly committee subcommittee
caucus diet bundestag`)

// enPlaces are countries, US states and regions a headline or dateline
// uses as a subject ("Texas says…"), never an organisation's whole name.
var enPlaces = wordSet(`afghanistan albania algeria argentina armenia australia austria azerbaijan
bahrain bangladesh belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china
colombia croatia cuba cyprus czechia denmark ecuador egypt estonia ethiopia finland france georgia
germany ghana greece hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
jordan kazakhstan kenya korea kuwait latvia lebanon lithuania luxembourg malaysia malta mexico moldova
mongolia morocco myanmar nepal netherlands nigeria norway oman pakistan panama paraguay peru
philippines poland portugal qatar romania russia serbia singapore slovakia slovenia spain sweden
switzerland syria taiwan thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam
yemen zambia zimbabwe britain england scotland wales europe asia africa america oceania
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
virginia washington wisconsin wyoming ontario quebec alberta manitoba saskatchewan tokyo osaka london
paris berlin sydney melbourne toronto singapore
midwest mid-atlantic midlands northeast northwest southeast southwest appalachia scandinavia caribbean
balkans baltics benelux nordics`)

// enPlacePairs are two-word places.
var enPlacePairs = wordSet(`new_york new_jersey new_mexico new_hampshire north_carolina south_carolina
north_dakota south_dakota west_virginia rhode_island united_states united_kingdom south_korea
north_korea new_zealand south_africa saudi_arabia hong_kong sri_lanka costa_rica puerto_rico
los_angeles san_francisco new_south_wales british_columbia new_england east_coast west_coast gulf_coast
pacific_northwest latin_america middle_east`)

// enUSStates match the state after a city in a dateline or address:
// "Scranton, Pennsylvania", "Olathe, Kan.", "Austin, TX".
const enUSStates = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|N\.C\.|N\.D\.|Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Va\.|Vt\.|Wash\.|Wis\.|Wyo\.|A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]`

// periodNameRe finds a period written like a name: Q3, H1 2025, FY2024,
// mid-August, early 2025.
var periodNameRe = regexp.MustCompile(`^(?:Q[1-4]|H[12]|FY ?\d{2,4}|CY ?\d{2,4})(?: (?:19|20)\d\d)?$|^(?i:mid|early|late)[- ](?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d\ds?|year|week|month|quarter)$`)

// enNameConnectors may stand in lower case inside a name: "Bank of
// Ireland", "Marks and Spencer".
var enNameConnectors = wordSet(`of and & for the de du la le von van der den da di y on at upon in`)

// idLikeRe finds an identifier: capitals and digits in hyphenated or
// numbered parts, one of them with two digits or more.
var idLikeRe = regexp.MustCompile(`^[A-Z]*[#-]?(?:[A-Z0-9]*[#-])+[A-Z0-9]*\d{2,}[A-Z0-9]*$|^[A-Z]+[#-][A-Z]*\d{2,}`)

// plausibleVictim reports whether a candidate's name can name a breached
// organisation in text, the article's whole text; strong says a cue states
// outright that the name was breached ("the Senate's email system was
// hacked"), which lets a legislature through.
func plausibleVictim(name, text string, ja, strong bool) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	if ja && !isLatinName(name) {
		return plausibleJapaneseVictim(name, strong)
	}
	words := strings.Fields(stripLegalEnglish(name))
	if len(words) == 0 || periodNameRe.MatchString(name) || rankNameRe.MatchString(name) {
		return false
	}
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(strings.Trim(w, ".,:;'\"()"))
	}
	if len(words) > 1 {
		// "Water authority": a generic phrase a headline capitalises only
		// because it opens the sentence.
		for _, w := range words[1:] {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) && !enNameConnectors[strings.ToLower(w)] {
				return false
			}
		}
	}
	if !strings.ContainsFunc(name, unicode.IsUpper) && strings.ContainsFunc(name, unicode.IsDigit) {
		// "30-day", "24-hour": a figure's adjective, no brand.
		return false
	}
	if allIn(lower, enDocumentWords) || documentLabel(name) {
		return false
	}
	if placelessBoardRe.MatchString(name) {
		// "Board of County Commissioners": a governing board named
		// without its place stands for the body the page is about.
		return false
	}
	if len(words) == 1 && (institutionHeads[lower[0]] || genericBodies[lower[0]]) {
		// "the District", "the Company": a body's kind, capitalised as a
		// defined term, names none by itself (its notice's publisher is
		// found from the page).
		return false
	}
	if len(words) == 1 && idLikeRe.MatchString(words[0]) {
		// "CDCC-AA25-261A", "JVNVU#91234567": a document's identifier.
		return false
	}
	if len(words) == 1 && timeZones[lower[0]] {
		// "5:40 p.m. MT": a time zone.
		return false
	}
	if len(words) == 1 && allIn(strings.FieldsFunc(lower[0], func(r rune) bool { return r == '-' || r == '/' }), enOfficeInitialisms) {
		// "HR files", "the IT team", "PII", "SSL-VPN": a function, a
		// kind of data or of technology, written in capitals, no
		// organisation.
		return false
	}
	if len(words) <= 3 && forumRanks[lower[len(lower)-1]] {
		// "Site Admin", "Global Moderator": a forum post's rank.
		return false
	}
	if n := len(lower); n >= 2 && (lower[n-1] == "board" && lower[n-2] == "editorial" || newsroomTails[lower[n-1]]) {
		// "The Sentinel Editorial Board", "Valley News Staff": an
		// outlet's byline.
		return false
	}
	if len(lower) >= 2 && allIn(lower, tableHeadWords) {
		// "Date Time Event": a table's header row.
		return false
	}
	if jobTitleName(name, lower) {
		// "Chief Information Security Officer", "Dean of Students": a
		// post, capitalised as a title.
		return false
	}
	if titledPerson(words, lower) {
		// "District Attorney Maureen Castellanos", "Mayor Linda Park": a
		// person under the title of an office.
		return false
	}
	if len(words) <= 3 && enJobTitleRe.MatchString(name) && (!strings.Contains(strings.ToLower(name), " of ") || postOfRe.MatchString(name)) {
		// "Superintendent", "Chief Executive": a signature's post.
		return false
	}
	last := lower[len(lower)-1]
	if len(words) > 1 && enDocumentEnds[last] {
		return false
	}
	if n := len(lower); n > 1 && last == "call" && callKinds[lower[n-2]] {
		// "Q2 FY2026 Earnings Call": a results call, not a company
		// ("Tsubame Call" is one).
		return false
	}
	if len(words) > 1 && systemEnds[last] {
		// "the Ocean Data Portal", "Harbour Pay App": a system the
		// organisation runs, named for what it does; the breach is its
		// owner's.
		return false
	}
	if len(words) == 1 && enLaws[last] {
		return false
	}
	if !strong && enLegislatures[last] {
		return false
	}
	if len(words) == 1 && enPlaces[last] || len(words) == 2 && enPlacePairs[lower[0]+"_"+lower[1]] {
		return false
	}
	if len(words) == 2 && enPlaces[lower[0]] && enKindNouns[last] {
		// "Montana CU notifies 58,000": a headline's description of the
		// victim by its place and kind, not its name.
		return false
	}
	return !placeInText(name, text)
}

// datelineRe finds a dateline opening a line: "CELAYA, Guanajuato —",
// "ZANESVILLE, Ohio (WKVT) —", "MILLBROOK —", a wire's "SAN JOSE,
// Calif.--(BUSINESS WIRE)--".
var datelineRe = regexp.MustCompile(`(?m)^([A-Z][A-Za-z .'-]{1,30}?)(?:, [A-Z][\w .'-]{1,30}?)?(?:(?: \([^)]{1,20}\))? [—–-] |--\([^)]{1,40}\)--)`)

// legalFormDatelineRe finds a legal form where a dateline's region would
// stand: "Caskwell, Inc. — Notice of …" is a letterhead.
var legalFormDatelineRe = regexp.MustCompile(`(?i)^[^,]+, (?:inc|llc|llp|ltd|limited|corp|corporation|co|plc|gmbh|ag|sa|s\.a|nv|bv|k\.k|pty)\b`)

// datelinePlace reports whether a one-word name is the place of a line's
// dateline, written in capitals or not.
func datelinePlace(name, text string) bool {
	for _, m := range datelineRe.FindAllStringSubmatch(text[:min(len(text), 2000)], 3) {
		place := strings.TrimSpace(m[1])
		// A dateline writes its place in capitals or gives its region
		// ("Celaya, Guanajuato"); "Acme — press release" is no dateline.
		if strings.EqualFold(place, name) && !legalFormDatelineRe.MatchString(m[0]) && (strings.ToUpper(place) == place || strings.Contains(m[0], ", ")) {
			return true
		}
	}
	return false
}

// placeInText reports whether the text writes a one-word name as a place:
// a city before its state ("Scranton, Pa."), "Scranton-based", "the city
// of Scranton", "Scranton County".
func placeInText(name, text string) bool {
	if text == "" {
		return false
	}
	if strings.ContainsAny(name, " ") {
		// "SAN JOSE, Calif.--" is a place; "DARROW COUNTY, Ind. —" is
		// the county's own dateline and the county may be the victim.
		f := strings.Fields(strings.ToLower(name))
		return !institutionHeads[f[len(f)-1]] && !orgWords[f[len(f)-1]] && datelinePlace(name, text)
	}
	if datelinePlace(name, text) {
		return true
	}
	if !strings.Contains(text, name) {
		return false
	}
	q := regexp.QuoteMeta(name)
	re, err := regexp.Compile(`\b` + q + `, (?:` + enUSStates + `)(?:\s|$|[,.;)])|\b` + q + `-based\b|\b(?:city|town|village|county|borough) of ` + q + `\b|\b` + q + ` County\b|\b(?:in|near|outside) ` + q + `(?:,|\.|$| on | last | this | earlier )|\b` + q + ` (?:man|woman|men|women|teen|teenager|teens|boy|girl|couple|resident|residents|native|youth)\b|\b` + q + `(?: region| prefecture| province| peninsula| coast|'s? region)\b|, \d{1,3}, of ` + q + `\b|\b(?:[A-Z][a-z]+ ){1,2}of ` + q + `,? (?:said|says|whose|who)\b`)
	if err != nil {
		return false
	}
	// Read only around the name's first occurrences: a long text with
	// many candidate names must not be scanned whole for each.
	return anyOccurrence(text, name, 20, func(i, end int) bool {
		lo, hi := max(0, i-40), min(len(text), end+40)
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		return re.MatchString(text[lo:hi])
	})
}

// jaDocumentEnds end the names of laws, programmes, advisories and
// documents: 個人情報保護法, 国民健康保険, 注意喚起, 報告書, 納税通知書,
// 通知物, 帳票.
var jaDocumentEnds = []string{"法", "条例", "規則", "保険", "制度", "事業", "計画", "注意喚起", "書", "速報", "通知", "通知物", "お知らせ", "案内", "ガイドライン", "基準", "要綱", "書類", "帳票"}

// jaSocialInsuranceRe finds the public insurance schemes, programmes a
// notice names, not insurers: 国民健康保険, 介護保険, 雇用保険.
var jaSocialInsuranceRe = regexp.MustCompile(`(?:健康|介護|雇用|社会|労災|労働者災害補償|年金|医療)保険$`)

// jaLegislatures are councils and assemblies, which debate a breach.
var jaLegislatures = []string{"議会", "国会", "委員会", "参議院", "衆議院"}

// jaEventEnds end nouns of what happened, which a headline may list after
// the victim's name (OAuthトークン悪用, 設定ミス), and nouns of a kind of
// business (EC加盟店, 中小企業), never one organisation's name.
var jaEventEnds = []string{"加盟店", "利用者", "各社", "中小企業", "悪用", "攻撃", "流出", "被害", "漏えい", "漏洩", "感染", "侵害", "詐欺", "障害", "設定ミス", "不備", "乗っ取り"}

// jaInstitutionKinds are kinds of institution written without a name.
var jaInstitutionKinds = wordSet(`小学校 中学校 高等学校 高校 中等教育学校 特別支援学校 幼稚園 保育園 保育所 こども園 大学 短期大学 大学院 専門学校
病院 診療所 クリニック 薬局 市役所 役場 支所 図書館 公民館 本社 支店 営業所 工場 事業所 本部
総合病院 私立大学 国立大学 公立大学 地方銀行 信用金庫 信用組合`)

// jaNeverNames are words a headline lists beside a name that never name an
// organisation: 地方の総合病院、ランサムで….
var jaNeverNames = wordSet(`ランサム ランサムウェア マルウェア ウイルス サイバー攻撃 不正アクセス 通信販売 通販 ネット通販 小売 卸売 製造 販売`)

// rankNameRe finds a rank or a class written like a name ("Tier-1",
// "Fortune 500", "Level 3"): "a Tier-1 aerostructures maker" describes
// the victim without naming it.
var rankNameRe = regexp.MustCompile(`(?i)^(?:tier|level|grade|class|phase|stage|category|type|fortune|global|top)[- ]?\d+$`)

// plausibleJapaneseVictim is plausibleVictim for a Japanese name.
func plausibleJapaneseVictim(name string, strong bool) bool {
	if jaNeverNames[name] {
		return false
	}
	if allKinds := strings.FieldsFunc(name, func(r rune) bool { return r == '・' || r == '、' }); len(allKinds) > 0 {
		generic := true
		for _, k := range allKinds {
			if !jaInstitutionKinds[k] {
				generic = false
			}
		}
		if generic {
			// 中学校・高等学校: kinds of institution, no name.
			return false
		}
	}
	if strings.HasSuffix(name, "氏") && name != "氏" {
		// 佐伯里美氏: a person, named with a title of address. (A
		// brand may end in さん or ちゃん; no organisation ends in 氏.)
		return false
	}
	for _, e := range []string{"委託先", "委託業者", "委託事業者", "委託会社", "取引先", "関係先", "提携先", "外注先", "再委託先"} {
		if strings.HasSuffix(name, e) {
			// コールセンター委託先: a contractor described by its role,
			// no name.
			return false
		}
	}
	for _, p := range []string{"本社", "本店", "所在地", "本部"} {
		if strings.HasPrefix(name, p) {
			// (本社・同市港町): an address in brackets after a name.
			return false
		}
	}
	for _, e := range jaEventEnds {
		if strings.HasSuffix(name, e) {
			return false
		}
	}
	for _, e := range jaDocumentEnds {
		if strings.HasSuffix(name, e) && name != e {
			if e == "保険" && !jaSocialInsuranceRe.MatchString(name) {
				// 〇〇生命保険, 〇〇少額短期保険: an insurer without its
				// legal form; only a public scheme is a programme.
				continue
			}
			return false
		}
		if name == e {
			return false
		}
	}
	if commonNounService(name) {
		return false
	}
	if !strong && !strings.HasSuffix(name, "協議会") && !strings.HasSuffix(name, "評議会") {
		// 社会福祉協議会 and 評議会 are bodies of their own, not
		// assemblies that debate a breach.
		for _, e := range jaLegislatures {
			if strings.HasSuffix(name, e) {
				return false
			}
		}
	}
	return true
}

// jaServiceEnds end the description of a service or a system.
var jaServiceEnds = []string{"サービス", "システム", "クラウド", "アプリ", "サイト", "ツール", "プラットフォーム", "ポータル", "ソフト"}

// jaTechWords are common loanwords of services and systems.
var jaTechWords = strings.NewReplacer("クラウド", "", "オンライン", "", "ウェブ", "", "Web", "", "WEB", "", "デジタル", "",
	"ネット", "", "モバイル", "", "データ", "", "メール", "", "ポイント", "", "サービス", "", "システム", "", "アプリ", "",
	"サイト", "", "ツール", "", "プラットフォーム", "", "ポータル", "", "ソフト", "", "ストレージ", "", "サーバー", "", "サーバ", "")

// commonNounService reports a name that only describes a service by what
// it does (学習支援クラウドサービス, 予約管理システム): verbal nouns and
// common loanwords, ending in a service word. A plain noun makes a name
// (さくら旅行サービス).
func commonNounService(name string) bool {
	ends := false
	for _, e := range jaServiceEnds {
		ends = ends || strings.HasSuffix(name, e)
	}
	tk := japaneseTokenizer()
	if !ends || tk == nil {
		return false
	}
	// Loanwords the dictionary does not know as such (it cuts クラウド
	// into クラ|ウド) are common words all the same.
	rest := jaTechWords.Replace(name)
	if rest == "" {
		return true
	}
	for _, t := range tk.Tokenize(rest) {
		f := t.Features()
		if t.Class != tokenizer.KNOWN || len(f) < 2 || f[0] != "名詞" || f[1] != "サ変接続" {
			return false
		}
	}
	return true
}

// validVictims drops the victims no organisation's name can be, and
// lengthens a name cut from a longer one the text writes.
func validVictims(vs []Victim, text string, ja bool) []Victim {
	var out []Victim
	for _, v := range vs {
		if !plausibleVictim(v.Name, text, ja, enStatedBreachRe.MatchString(v.Evidence)) && !(ja && isLatinName(v.Name) && stripJaLegalForms(v.Mention) != strings.TrimSpace(v.Mention)) {
			// (株式会社SORAIRO Apps: a legal form marks a company's
			// name in Latin letters, whatever its last word.)
			continue
		}
		if !ja || isLatinName(v.Name) {
			v.Name = fullInstitutionName(dropCountryUnit(dropHoldings(v.Name)), text)
		} else {
			v.Name = dropJaCountryUnit(v.Name)
		}
		out = append(out, v)
	}
	return out
}

// enStatedBreachRe finds a sentence that says outright something was
// breached, which lets a legislature be the victim.
var enStatedBreachRe = regexp.MustCompile(`(?i)\b(?:was|were|been|is being) (?:hacked|breached|attacked|compromised|hit|targeted)\b|不正アクセスを受け|被害を受け|感染`)

// enModifierRe finds a one-word name used as a modifier of a description
// that stands for the organisation ("the Scranton foundry group", "the
// Leeds logistics firm"): the name is a place or a sector, the
// organisation is unnamed there.
const enModifierTail = ` (?:[a-z\-]+ ){1,2}(?:group|company|firm|maker|manufacturer|chain|operator|provider|retailer|business|supplier|insurer|lender|utility|district|network)\b`

// modifierOnly reports whether evidence uses a one-word mention only as a
// modifier of a description of the organisation.
func modifierOnly(mention, evidence string) bool {
	if strings.ContainsAny(mention, " ") || mention == "" {
		return false
	}
	re, err := regexp.Compile(`\bthe ` + regexp.QuoteMeta(mention) + enModifierTail)
	return err == nil && re.MatchString(evidence)
}

// notVictimName applies plausibleVictim to a cue's name, remembering the
// verdict by name and strength in memo; a one-word name a cue's sentence
// uses only as a modifier is no victim there.
func notVictimName(memo map[string]bool, name string, h cueHit, text string, ja bool) bool {
	strong := h.weight >= 4
	k := name
	if strong {
		k += "\x00s"
	}
	bad, ok := memo[k]
	if !ok {
		bad = !plausibleVictim(name, text, ja, strong)
		memo[k] = bad
	}
	return bad || !ja && modifierOnly(h.mention, h.evidence)
}

// joinedText joins the sentences' texts, one a line.
func joinedText(ss []sentence) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// registrantLineRe finds the caption a filing's cover sets under its
// registrant's name: "(Exact name of registrant as specified in its
// charter)".
var registrantLineRe = regexp.MustCompile(`(?i)^\(\s*(?:exact )?name of (?:the )?registrant\b`)

// joinRegistrantLines joins a filing cover's caption to the line above it,
// the registrant's name, so that the caption's cue reads the name; ss is
// left as it is.
func joinRegistrantLines(ss []sentence) []sentence {
	var out []sentence
	for i := 0; i+1 < len(ss); i++ {
		if !registrantLineRe.MatchString(ss[i+1].text) || ss[i].title || registrantLineRe.MatchString(ss[i].text) {
			continue
		}
		if out == nil {
			out = append([]sentence(nil), ss...)
		}
		out[i].text += " " + ss[i+1].text
	}
	if out == nil {
		return ss
	}
	return out
}

// dropHoldings names a holding company by the group it holds: "Tarrow
// Castings Holdings" is Tarrow Castings, as coverage writes it. A
// one-word stem keeps the word ("Marrow Holdings"): alone it would name
// too much.
func dropHoldings(name string) string {
	words := strings.Fields(name)
	if n := len(words); n > 2 && !strings.EqualFold(words[0], "the") {
		if l := strings.ToLower(words[n-1]); l == "holdings" || l == "holding" {
			return strings.Join(words[:n-1], " ")
		}
	}
	return name
}

// institutionTailRe follows a body's short name where the text writes its
// full name: "Brookhollow Unified" is "Brookhollow Unified School District".
const institutionTail = ` (?:Unified School District|School District|Public Schools|County Schools|Schools|School|County|Medical Center|Medical Centre|Hospital|Health System|Health|University|College|Community College|Credit Union|Housing Trust|Trust)\b`

// fullInstitutionName returns the full name the text writes for a body
// it also calls by a shorter one, or name itself.
func fullInstitutionName(name, text string) string {
	if name == "" || len(strings.Fields(name)) > 4 {
		return name
	}
	re, err := regexp.Compile(`\b` + regexp.QuoteMeta(name) + `(` + institutionTail + `)`)
	if err != nil {
		return name
	}
	if m := re.FindStringSubmatch(text); m != nil {
		return name + m[1]
	}
	return name
}

// countryUnitWords end the name of a company's unit in one country or
// region: "Umezawa Seiko America", "Osterholt Japan", "Kestrel Foods UK".
var countryUnitWords = wordSet(`america usa us u.s. uk u.k. japan europe emea asia apac australia canada deutschland
germany france india china korea mexico méxico brasil brazil italia italy españa spain nederland netherlands
singapore taiwan vietnam thailand philippines indonesia malaysia ireland nordic benelux`)

// dropCountryUnit names a company's unit in one country by the company,
// as subsidiaries carrying the parent's name go under the parent brand
// ("Umezawa Seiko America" is Umezawa Seiko). The name must keep two words
// ("Air Japan", "Bank of America" stay as they are).
func dropCountryUnit(name string) string {
	words := strings.Fields(name)
	n := len(words)
	if n < 3 || !countryUnitWords[strings.ToLower(words[n-1])] {
		return name
	}
	if prev := strings.ToLower(words[n-2]); enNameConnectors[prev] || prev == "north" || prev == "south" || prev == "latin" {
		return name
	}
	return strings.Join(words[:n-1], " ")
}

// dropJaCountryUnit does the same for a katakana name: オスターホルト・ジャパン
// is Osterholt's unit in Japan.
func dropJaCountryUnit(name string) string {
	for _, suf := range []string{"・ジャパン", "ジャパン", "・アメリカ", "・ヨーロッパ"} {
		rest, ok := strings.CutSuffix(name, suf)
		rest = strings.TrimRight(rest, "・")
		if ok && utf8.RuneCountInString(rest) >= 3 && isKatakanaName(rest) {
			return rest
		}
	}
	return name
}

// isKatakanaName reports a name written in katakana (with ・ and ー).
func isKatakanaName(s string) bool {
	for _, r := range s {
		if !unicode.In(r, unicode.Katakana) && r != 'ー' && r != '・' {
			return false
		}
	}
	return s != ""
}

// jaHonorifics end a name a letter or a vendor's case study addresses
// politely: 丸山フーズ様, 総務部御中, 〇〇殿.
var jaHonorifics = []string{"御中", "様", "さま", "殿", "各位"}

// stripJaHonorific drops a polite ending from a name.
func stripJaHonorific(s string) string {
	for _, h := range jaHonorifics {
		if t := strings.TrimSuffix(s, h); t != s && utf8.RuneCountInString(t) >= 2 {
			return t
		}
	}
	return s
}

// personalTitleRe opens a name with the title of an office or a form of
// address that stands before a person's name.
var personalTitleRe = regexp.MustCompile(`^(?:(?:assistant |deputy |acting )?(?:district|state's|county|u\.s\.|us|state) attorney|attorney general|judge|justice|sheriff|mayor|governor|gov|senator|sen|rep|representative|congressman|congresswoman|councilman|councilwoman|councillor|councilor|detective|det|officer|sergeant|sgt|lieutenant|lt|captain|capt|commissioner|superintendent|president|prime minister|minister|secretary|dr|mr|mrs|ms|prof|professor|sir|dame|lord|lady|pastor|reverend|rev|father|fr|rabbi|imam|bishop|deacon|elder|chaplain|coach|principal|dean)$`)

// titledPerson reports a name made of a personal title and then only a
// person's name: two or three capitalised words, none an organisation's.
func titledPerson(words, lower []string) bool {
	for k := 1; k <= 4 && k < len(words); k++ {
		if !personalTitleRe.MatchString(strings.TrimSuffix(strings.Join(lower[:k], " "), ".")) {
			continue
		}
		rest := lower[k:]
		if len(rest) < 2 || len(rest) > 3 {
			return false
		}
		for _, w := range rest {
			if orgWords[w] || institutionHeads[w] || enKindNouns[w] || genericBodies[w] {
				return false
			}
		}
		return true
	}
	return false
}

// newsroomTails end the bylines an outlet signs as a body.
var newsroomTails = wordSet(`editors editorial newsroom staff desk`)

// jobNouns end the name of a post.
var jobNouns = wordSet(`officer officers director directors manager managers president secretary counsel chancellor provost
coordinator administrator superintendent principal engineer analyst specialist treasurer controller comptroller registrar
dean chair chairman chairwoman chairperson ceo cfo cto cio ciso coo`)

// jobOfRe finds a post named by what it heads: "Dean of Students",
// "Director of Information Technology", "Head of Security".
var jobOfRe = regexp.MustCompile(`(?i)^(?:(?:associate|assistant|deputy|vice|senior|executive|interim|acting) )*(?:dean|director|head|vice president|chief|manager|provost|officer) (?:of|for) (?:the )?(?:student|students|student affairs|admissions|operations|technology|information technology|information services|it|security|information security|cybersecurity|communications|finance|human resources|hr|compliance|privacy|risk|marketing|academic affairs|enrollment|facilities|legal|data|engineering|infrastructure)$`)

// jobTitleName reports a name that is a post, however long: the title
// words of enJobTitleRe ending in a post's noun ("Chief Information
// Security Officer"), or a post named by what it heads.
func jobTitleName(name string, lower []string) bool {
	if jobOfRe.MatchString(name) {
		return true
	}
	if len(lower) < 2 || len(lower) > 6 || !enJobTitleRe.MatchString(name) || !jobNouns[lower[len(lower)-1]] {
		return false
	}
	for _, w := range lower {
		if orgWords[w] || institutionHeads[w] {
			return false
		}
	}
	return true
}

// tableHeadWords are the words a table's header row is made of.
var tableHeadWords = wordSet(`date time event events status description type name details action actions notes impact summary
step steps phase owner result results category severity item items version versions component product products
affected fixed cve id score timeline update updates when what who where`)
