package incident

import (
	"regexp"
	"strings"
)

// countCandidate is a number phrase judged as a possible record count.
type countCandidate struct {
	count Count
	score float64
	order int
	// section numbers the notice's section the figure stands in.
	section int
	// card marks a count of payment cards, which a notice's count of
	// people or personal records includes.
	card bool
	// claim marks a figure an attacker claims.
	claim bool
	// total marks a line that totals the items above it.
	total bool
}

// enMonthsButMay are the English month names and their short forms, but
// May, which is also a verb.
const enMonthsButMay = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

// jaRosterNouns count the people a body has on its rolls (taxpayers,
// residents, pupils, the insured): a base beside a figure, the toll when
// what comes before says they were affected (流出した被保険者数).
const jaRosterNouns = `納税(?:義務)?者数|(?:市|町|村|区|県|都|府|住)民数|(?:児童)?生徒数|児童数|園児数|被保険者数|受給者数`

var (
	// enGroupClaimRe finds a figure in what an extortion group says it
	// took: "the crew posted that it had stolen "9.2 million rows"". A
	// victim's own count elsewhere is the one to report.
	enGroupClaimRe = regexp.MustCompile(`(?i)\b(?:post|posting|listing|leak site|leak-site|advert|advertisement)\b[^.;]{0,30}?\b(?:advertis\w*|claim\w*|offer\w*|boast\w*)\b[^.;]{0,30}$|\b(?:group|gang|crew|hackers?|threat actors?|extortionists?|attackers?|criminals|operation|operators?|outfit|collective|syndicate|persona|actor|sellers?|brokers?)\b[^.;]{0,60}?\b(?:claim(?:s|ed|ing)?|boast\w*|posted|describ\w* (?:it|them|the (?:file|data|database|dump|archive)) as|says? (?:it|they) (?:had |has |have )?(?:stolen|taken)|says? (?:it|they) (?:holds?|hold|has|have|possess(?:es)?|obtained|exfiltrated)|said (?:it|they) had (?:stolen|taken)|alleg\w*|advertis\w*|what it called)\b[^.;]{0,60}$|^\W*(?:hackers?|gang|group|crew)\b[^.;]{0,40}\bclaim\w*\s+$|\b(?:claims?|claimed|posts|posted|advertises|advertised|boasts|boasted|touts|touted)\s*['"“‘]\s*$`)
	// enMonthAfterRe follows a day written before its month: "11
	// September", "3rd of May" (not the verb: "28 may have had").
	enMonthAfterRe = regexp.MustCompile(`(?i)^(?:st|nd|rd|th)?(?:\s+of)?\s+(?:(?:` + enMonthsButMay + `)\b|may\b(?:\s+\d|\s*[,.]|\s*$))`)
	// enDayBeforeRe ends with a month, or a month's day and a dash, before
	// a figure that is then a day: "May 13 – 16", "on March 16".
	enDayBeforeRe = regexp.MustCompile(`(?i)\b(?:may|` + enMonthsButMay + `)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|to|through)\s*)?$`)
	// enProductVersionRe precedes a number that is part of a product's
	// name.
	// jaDisruptionRe and enDisruptionRe find an outage's effect on a
	// service: flights cancelled, trains halted, appointments postponed.
	jaDisruptionRe = regexp.MustCompile(`欠航|運休|遅延|運行(?:を)?(?:停止|見合わせ)|休診|診療(?:を)?(?:停止|制限)|受付(?:を)?停止|延期|見合わせ|利用できな|ご利用いただけな`)
	enDisruptionRe = regexp.MustCompile(`(?i)\b(?:cancel(?:s|l?ed|l?ing|lations?)?|delay(?:ed|s)?|grounded|diverted|postponed|rescheduled|stranded|could not (?:check in|board|travel|pay|book))\b`)
	// jaImpactAfterRe follows the people an outage upset: …名のお客様に影響.
	jaImpactAfterRe = regexp.MustCompile(`^[^。]{0,12}?に(?:影響|ご迷惑|ご不便|支障)`)
	// jaDataWordsRe and enDataWordsRe name personal data.
	jaDataWordsRe = regexp.MustCompile(`個人情報|情報|データ|氏名|住所|記録`)
	enDataWordsRe = regexp.MustCompile(`(?i)\b(?:data|information|records?|details|personal|names|addresses|numbers|files)\b`)
	// enAffectedWholeRe follows a whole that is itself the toll: "Of our
	// 12,400 affected members, 3,100 had…".
	enAffectedWholeRe = regexp.MustCompile(`(?i)^[^,.;]{0,30}?\b(?:affected|impacted|notified|exposed|whose)\b`)
	// enOutOfRe precedes the whole a figure before it is part of: "8,914
	// of our 15,302 backers", "3 out of the 40 stores", or a sentence
	// that opens on the whole to say which part of it was touched: "Of
	// our 1.4 million members, only those who joined before 2021…".
	enOutOfRe = regexp.MustCompile(`(?i)\d[\d,.]*(?:\s?(?:million|thousand|k|m))?\s+(?:\w+\s+)?(?:of|out of) (?:our|its|their|the|all|all of (?:our|its|the))\s+(?:(?:total|roughly|about|around|approximately|some)\s+)?$|^(?:Of|Out of) (?:our|its|their|the company's|the firm's) (?:(?:total|roughly|about|around|approximately|some|more than|over|nearly) )?$`)
	// enTimeSpanRe finds a span of time counted back ("trip history for
	// the previous 90 days") or counted from the story's own attack
	// ("letters went out three months after the attack was discovered"),
	// which speaks of no earlier incident.
	enTimeSpanRe = regexp.MustCompile(`(?i)\b(?:the )?(?:previous|prior|past|preceding) (?:\d+|two|three|four|five|six|seven|ten|twelve) (?:days|weeks|months|years|hours)\b|\b(?:days|weeks|months) after (?:the|this) (?:attack|breach|incident|intrusion|hack|compromise) (?:was|had been) (?:discovered|detected|found|first detected|identified)\b`)
	// enReferenceNumberRe precedes the number of a provision or a
	// document: "Regulation 30", "Section 8(b)", "Item 1.05".
	enReferenceNumberRe = regexp.MustCompile(`(?i)\b(?:regulations?|sections?|articles?|rules?|clauses?|chapters?|parts?|schedules?|forms?|items?|annex|appendix|paragraphs?|para|sec|reg|exhibits?|title|docket|case no|no|bug|issue|ticket|case|incident|advisory|bulletin|request|release|build|job|order|invoice|report number|report)\.?\s*#?\s*$`)
	// enInCirculationRe follows a figure of everything there is:
	// "cards in circulation", "devices in use".
	enInCirculationRe  = regexp.MustCompile(`(?i)^\s*(?:[\w-]+\s+){0,2}(?:in circulation|in use|on issue|issued to date|in service)\b`)
	enProductVersionRe = regexp.MustCompile(`\b(?:Microsoft|Office|Windows|Exchange|SharePoint|Dynamics|Workspace|iOS|iPadOS|macOS|Android|Java|Python|PHP|FortiOS|PAN-OS|Acrobat|Word|Excel|Outlook|Teams|Copilot)\s+$`)
	// enRecentRe finds a time that places the incident itself, not an
	// earlier one: "earlier this month".
	enRecentRe = regexp.MustCompile(`(?i)\bearlier this (?:month|week)\b`)
	// enVictimKindRe finds the victim called by its kind, as a story does
	// once it has named it: "the district's student information system".
	enVictimKindRe = regexp.MustCompile(`(?i)\b(?:the|its) (?:school )?(?:district|company|firm|hospital|school|college|university|bank|city|county|council|town|retailer|insurer|agency|organi[sz]ation|business|practice|clinic|charity|utility|authority)(?:'s)?\b`)
	// enSoftwareRe finds a software service, whose tenants are customers'
	// workspaces.
	enSoftwareRe = regexp.MustCompile(`(?i)\b(?:saas|cloud|platform|software|workspaces?|console|api|app|tenancy|instances?)\b|\b\d+(?:\.\d+)? ?(?:tb|gb)\b`)
	// enClaimAfterRe follows a figure that is someone's claim: "2.3M
	// claim", "2.3 million people claimed by the crew".
	enClaimAfterRe = regexp.MustCompile(`(?i)^(?:\s*[\w'’-]+)?\s*(?:claim|boast)\b|^(?:\s*[\w'’-]+){0,3}?\s*(?:claimed|alleged|touted|boasted|advertised) by\b`)
	// enDisputeRe finds the victim disputing a claimed figure before its own.
	enDisputeRe = regexp.MustCompile(`(?i)\b(?:exaggerat\w*|inflated|overstat\w*|disput\w*|inaccurate|not accurate|lower than (?:claimed|reported|alleged))\b`)
	// enDeniedFigureRe follows a figure the text goes on to deny.
	enDeniedFigureRe = regexp.MustCompile(`(?i)^[^.;]{0,120}?\b(?:not true|untrue|false|exaggerat\w*|inflated|overstat\w*|disput\w*|denied|denies|rejected|dismissed|recycled|old data|from an earlier|from a previous|previously leaked|bogus|fake)\b`)
	// enCorrectionRe introduces a figure given as the true one.
	enCorrectionRe = regexp.MustCompile(`(?i)\b(?:true|actual|real|correct|accurate|verified) (?:figure|number|count|total|tally) (?:is|was|stands at|came to)\s+(?:about |around |roughly |nearly |some |approximately )?$|\b(?:in fact|actually|in reality) (?:covers?|covered|contains?|contained|holds?|held|includes?|included|affects?|affected|involves?|involved|relates? to|related to|comprises?|comprised)\s+(?:data (?:on|of|for) |records (?:of|for) |details (?:of|for) )?(?:about |around |roughly |nearly |some |approximately |only |just )?$`)
	// jaGroupClaimAfterRe follows a figure an attacker claims: 「920万件」と主張,
	// 「210万件」には異議 (the victim disputes it).
	jaGroupClaimAfterRe = regexp.MustCompile(`^[件人分行」』]*(?:(?:に|には|について|については)(?:は)?(?:異議|反論)|と(?:主張|称|うた)|を盗んだと主張|(?:の[^。、]{0,8})?を(?:保有|入手|窃取|販売|所持)(?:している|した|する)?と(?:する|される|称する|主張))`)
	// cardCountRe marks a figure of payment cards.
	cardCountRe = regexp.MustCompile(`(?i)card|カード`)
)

var (
	enDataContextRe = regexp.MustCompile(`(?i)breach|hack|leak|expos|stolen|stole|steal|compromis|accessed|affect|impact|exfiltrat|dump|scrap|for sale|sold|sell|posted|published|notif|notice|letters|tally|total|personal|information|data|records|ransomware|attack|incident|unauthori[sz]ed|intrusion|theft|credentials|details|names|dates of birth|addresses|numbers|contained|files|logged in|signed in|log-?ins?\b|taken over|takeover|hijack|exported|tokens\b|api keys|\b(?:documents|stored|uploaded|photos|scans|selfies)\b`)
	jaDataContextRe = regexp.MustCompile(`^\s*(?:[（(]?[0-9０-９]+[）)]|[0-9０-９]+[.．、])?\s*(?:漏えい|漏洩|流出|対象|該当)?(?:件数|人数)\s*(?:[:：]|\s)|情報|データ|メールアドレス|アカウント|カード|顧客|会員|お客様|お客さま|氏名|住所|電話番号|ID|パスワード|個人|利用者|ユーザー|患者|従業員|職員|学生|生徒|対象`)
	// A population describes a company, not an incident: "serves 10
	// million customers", "employs 370,000 people".
	// enServedForRe ends the words before the people an organisation
	// serves: "manages … treatment for around", "processes pay for about".
	enServedForRe = regexp.MustCompile(`(?i)\b(?:manages?|managing|processe?s|processing|handles|handling|provides|providing|supplies|supplying|delivers|delivering|operates|runs|serves|serving|prints|printing|mails|mailing|produces|producing|hosts|hosting|maintains|maintaining|administers|administering|builds|building|designs|designing|performs|performing)\b[^.;]{0,100}\bfor (?:about |around |roughly |some |more than |nearly |over |approximately |an estimated )?$`)
	// enRemedyForRe ends the words before the people a response reaches:
	// "training for all", "credit monitoring for every".
	enRemedyForRe = regexp.MustCompile(`(?i)\b(?:training|trainings|courses?|sessions?|multi-factor authentication|mfa|password resets?|licen[cs]es|laptops|devices|workshops?)\b[^.;]{0,30}\bfor (?:all|every|each|our|its|the)(?: (?:of (?:our|its|the) )?)?\s*(?:approximately |about |roughly |some )?$`)
	// enDataAboutRe ends the words before a count of people whose data
	// was involved: "information about", "data of", "records for".
	enDataAboutRe = regexp.MustCompile(`(?i)\b(?:information|data|records|details|files)(?: (?:about|of|on|for|belonging to|relating to|related to))? (?:approximately |about |roughly |up to |more than |nearly |some |around |an estimated )?$`)
	// placeSizeRe ends with an appositive giving a place's size: "a city
	// of about", "a county of some".
	placeSizeRe = regexp.MustCompile(`(?i)\b(?:a|an|the) (?:[a-z\-]+ ){0,2}?(?:city|town|village|county|borough|municipality|community|island|state|country|region|nation|prefecture|suburb|district) of (?:about |around |roughly |nearly |some |more than |over |approximately |almost |just over |just under )?$`)
	// enOwnWorkforceRe ends the words before an organisation's own
	// headcount: "to its approximately", "all of our".
	enOwnWorkforceRe = regexp.MustCompile(`(?i)\b(?:all (?:of )?)?(?:its|our|their|the company's|the firm's) (?:approximately |about |around |roughly |some |nearly |more than |over |almost |an estimated )?$`)
	// enWorkforceHitRe finds, after a headcount, that the breach touched
	// those people: "whose data", "were affected".
	enWorkforceHitRe = regexp.MustCompile(`^[^.;]{0,40}\b(?:whose|affected|impacted|exposed|stolen|compromised|accessed|taken|involved|personal|information|data)\b`)
	enPopulationRe   = regexp.MustCompile(`(?i)\b(?:serves|serving|served|employs|employing|employed|boasts|boasting|has|have|had|with|counts|totals?|base of|workforce of|user base of|community of|(?:network|chain|fleet) of(?: (?:about|around|some|roughly|approximately|more than|over|almost))?|nearly|which has|that has)\s+$`)
	enOtherEventRe   = regexp.MustCompile(`(?i)\b(?:last year|previous(?:ly)?|prior|earlier breach|earlier incident|similar|like the|such as the|compared|in contrast|another|unrelated|separate|recalls?|reminiscent|history of (?:\w+ )?(?:breach|attack|hack|incident|leak)\w*|back in|years ago|(?:years|months) after|comes? (?:\w+ )?(?:weeks? |months? |days? |years? )?after|in 20\d\d,|in 19\d\d|record-breaking|largest ever|of all time|unlike|compared? (?:that |this )?(?:with|to)|(?:days|weeks|months) earlier|earlier this (?:month|year))\b`)
	jaWorkforceRe    = regexp.MustCompile(`(?:従業員|社員|職員|教職員|スタッフ)(?:数)?(?:は|が|:)?(?:約|およそ|計)?\s*$`)
	jaCountRe        = regexp.MustCompile(`\d|[一二三四五六七八九十百千万億]+(?:件|人|名)`)
	// jaBreakdownRe finds a subset of a count given before: 計3万人のうち,
	// 内訳, そのうち. お客様のうち、…のお客様 selects who is affected and is
	// no subset of another figure.
	jaBreakdownRe = regexp.MustCompile(`[0-9一二三四五六七八九十百千万億]\s*(?:件|人|名|人分|件分)[^。]{0,8}うち|内訳|(?:上記|前記|前述|これら|それら)[^。、0-9０-９]{0,10}?の?うち`)
	// jaThisOfRe is このうち/そのうち, a subset of whatever came before: of
	// a count (約3万人…このうち) a part, of attempts (約210万回…このうち)
	// the count itself.
	jaThisOfRe = regexp.MustCompile(`(?:その|この)うち`)
	// jaSubsetOpenRe opens a sentence on a part of what came before.
	jaSubsetOpenRe = regexp.MustCompile(`^\s*(?:(?:その|この)うち[、,]?|うち[、,])`)
	jaPeopleRe     = regexp.MustCompile(`[0-9一二三四五六七八九十百千万億]\s*(?:件|人|名|人分|件分)`)
	jaPopulationRe = regexp.MustCompile(`^[^、。]{0,12}(?:を抱え|を擁|が利用する|が在籍|の従業員を|規模)|^[件人名]?の(?:利用者|会員|ユーザー)?登録(?:があ|がござい|をいただい|を頂い)|^[^、。]{0,8}?(?:お客(?:様|さま)|顧客|会員|利用者|ご家庭|世帯)(?:に|へ)[^。]{0,20}?(?:お届け|届け|供給|提供|販売|ご利用いただ)|^[^、。]{0,6}?(?:に上り|にのぼり|を超え)[^。]{0,30}?(?:ご不便|ご利用|ご愛顧)`)
	// enContentIncludesRe says what the data taken holds, not a part of
	// a total given elsewhere: "the copied data includes records of
	// about 5,100 customers", "The Settlement Class includes the
	// approximately 1,270,113 individuals".
	enContentIncludesRe = regexp.MustCompile(`(?i)\b(?:data|information|files|material|database|dump|archive|class)\s+(?:\w+\s+){0,2}?includ(?:es|ed|e)\s+(?:\w+\s+){0,2}$`)
	enBreakdownRe       = regexp.MustCompile(`(?i)(?:\b(?:of which|of whom|of them|among them|including|includes)|(?:,|\band) for|^\s*for)\s+(?:\w+\s+){0,2}$`)
	// jaAffectedCountRe finds, before a headcount word, that it counts
	// those the incident touched: 流出が確認された会員数, 対象となる顧客数.
	jaAffectedCountRe = regexp.MustCompile(`(?:流出|漏えい|漏洩|閲覧|被害)(?:が|の)?(?:確認された|判明した|した|された|を受けた|可能性のある|のおそれがある|のあった)?(?:顧客数|会員数|組合員数|利用者数|ユーザー数|登録者数|登録利用者(?:数)?|登録会員(?:数)?|契約者数|加入者数|` + jaRosterNouns + `)(?:は|が|:)?(?:約|およそ)?\s*$|対象となる(?:顧客数|会員数|利用者数|ユーザー数|登録者数|契約者数|加入者数)(?:は|が|:)?(?:約|およそ)?\s*$`)
	// jaPopulationBeforeRe ends the words before a body's size: 会員数は,
	// 同社の利用者は約… (a service's user base, not its breach's toll).
	jaPopulationBeforeRe = regexp.MustCompile(`(?:同社|同サイト|同サービス|同アプリ|同行|同店|同取引所|同グループ|当社|当サイト)の(?:利用者|会員|顧客|ユーザー|登録者|契約者|加入者)は(?:約|およそ|計)?\s*$|(?:登録利用者|登録会員|会員登録者)(?:数(?:は|が|:)?|は|が)(?:約|およそ)?\s*$|(?:顧客数|会員数|組合員数|従業員数|利用者数|ユーザー数|登録ユーザー|登録者数|契約者数|加入者数|社員数|職員数|学生数|世帯数|人口|口座開設数|開設数|取引先数|店舗数|在籍(?:者)?数|` + jaRosterNouns + `)(?:は|が|:)?(?:約|およそ)?\s*$`)
	// jaRateBeforeRe precedes a rate, not a count: 1日平均の外来患者は約1100人.
	// jaAffectedHeadingRe is a notice's heading over whom the incident
	// touched: ■対象となる方, 対象者数, 影響を受けたお客様, a numbered
	// （２）件数.
	jaAffectedHeadingRe = regexp.MustCompile(`対象(?:となる|となった|の)?(?:方|者|お客様|お客さま|人数|件数|範囲)|影響を受けた|影響範囲|該当する(?:方|お客様)|^\s*(?:[（(]?[0-9０-９]+[）)]|[0-9０-９]+[.．、])?\s*(?:件数|人数|対象件数|対象人数)\s*$`)
	// jaAnnualProductRe names a yearly product, whose holders are
	// counted, not a yearly rate: 年間パスポート会員5,291名.
	jaAnnualProductRe = regexp.MustCompile(`年間(?:パスポート|パス|会員|契約|購読|プラン|ライセンス|保守)[^、。]{0,8}$`)
	jaRateBeforeRe    = regexp.MustCompile(`(?:(?:^|[^0-9０-９月十])(?:1日|一日|1か月|1カ月)|ひと月|年間|月間|毎日|毎月)(?:平均|あたり|当たり)?の?[^、。]{0,10}(?:は|が)?(?:約|およそ|平均)?\s*$|平均[^、。]{0,10}(?:は|が)?(?:約|およそ)?\s*$`)
	// jaNationalSubsetRe precedes the national part of a count: 日本人会員,
	// 日本国内在住の.
	jaNationalSubsetRe = regexp.MustCompile(`(?:日本人|日本国内|国内在住|日本在住|うち日本|うち国内)[^、。]{0,8}$`)
	// jaDomesticBeforeRe precedes a figure for the home country: 国内の…
	// Not after a country's name (ドイツ国内の従業員 is all a foreign firm
	// counts there; 日本国内の is jaNationalSubsetRe's). jaWorldwideRe
	// finds a worldwide figure (流出したのは全世界で約340万人分), a total,
	// unless it is a vendor's over all its clients (同社は、世界全体で…).
	jaDomesticBeforeRe = regexp.MustCompile(`(?:^|[^ァ-ヶー一-龥])国内の[^。]{0,24}$`)
	jaWorldwideRe      = regexp.MustCompile(`(?:全世界|世界全体|世界中)で?[^。、]{0,6}$`)
	// jaTallyBeforeRe ends the words before a total over many
	// incidents: 集計では…合計は約, 〇〇サイトにのぼり、漏えい件数の合計は.
	jaTallyBeforeRe = regexp.MustCompile(`(?:集計では|の調べでは|調査では)[^。]*(?:合計|累計|総数)(?:は|で)?(?:約|およそ)?\s*$|(?:件数|総数)の(?:合計|累計)(?:は|が)?(?:約|およそ)?\s*$`)
	// jaStaffParenRe ends a bracketed description of a firm before its
	// staff count: (愛知県安城市、従業員約.
	// jaTeamBeforeRe ends with a team or a department before a head
	// count: 情報システム部門の, 担当者, 対応チームの.
	jaTeamBeforeRe = regexp.MustCompile(`(?:部門|部署|チーム|班|担当者|担当|スタッフ|技術者|要員|エンジニア|対策本部|委員会)の?(?:約|およそ)?\s*$`)
	// jaPeopleDataAfterRe follows a head count of people whose data is
	// meant: 14人分, 14人の情報, 14人の個人情報.
	jaPeopleDataAfterRe = regexp.MustCompile(`^[^、。]{0,2}?(?:分|の(?:個人)?情報|の氏名|のデータ)`)
	// jaWholeVendorRe ends with the words that make a figure a vendor's
	// total over all its clients, in a sentence on the vendor (同社は、
	// 世界全体で約…).
	jaWholeVendorRe = regexp.MustCompile(`(?:世界全体|全世界|世界中)で?(?:は|の)?(?:約|およそ|合計)?\s*$`)
	jaStaffParenRe  = regexp.MustCompile(`[(（][^)）]{0,30}(?:従業員|社員|職員)(?:数)?(?:は)?(?:約|およそ)?\s*$`)
	// jaMembershipParenRe finds a body's membership in brackets after
	// its name: コープ〇〇(組合員約48万人).
	jaMembershipParenRe = regexp.MustCompile(`([^\s(（。、]{2})[(（](?:[^)）]{0,20}[、,])?(?:組合員|会員|顧客|利用者|ユーザー|加入者|契約者|登録者|学生|生徒|児童|人口|世帯)(?:数)?(?:は|:)?(?:約|およそ)?\s*$`)
	// jaMessagesBeforeRe ends the words before a count of messages sent:
	// 迷惑メール約2万1000件が送信.
	jaMessagesBeforeRe = regexp.MustCompile(`(?:迷惑|不審な?|なりすまし|スパム|フィッシング)(?:メール|メッセージ|SMS)?(?:を|が)?(?:約|およそ|計|合計|最大)?\s*$`)
	// jaAttendanceAfterRe follows the people who came to an event, the
	// clause ending there (約80人が参加した。), not a clause describing the
	// people whose data leaked (約3000人が受講した講座の受講者の氏名).
	jaAttendanceAfterRe = regexp.MustCompile(`^(?:以上|超|余り|ほど)?(?:の方)?(?:が|も)(?:参加|出席|受講|来場|聴講)(?:した|しました|している|しています)(?:。|、|$)|^(?:以上|超|余り|ほど)?(?:の方)?(?:が|も)集ま(?:った|りました)(?:。|、|$)`)
	// jaMessagesAfterRe follows a count of e-mails sent or received.
	jaMessagesAfterRe = regexp.MustCompile(`^[件通]?(?:の|もの)?(?:迷惑|不審な?|なりすまし|スパム|フィッシング|大量の)?(?:メール(?:[^ア]|$)|メッセージ|SMS)`)
	// jaExcludedBaseRe follows a base a notice excludes from its count:
	// お客様約18万件のうち、上記以外のお客様の情報は含まれておりません.
	jaExcludedBaseRe = regexp.MustCompile(`^[件人名]?のうち[^。]*(?:対象外|含まれ(?:ておりません|ません|ていません|ない)|以外)`)
	// jaCaseCountBeforeRe precedes a count of incidents, not of records:
	// 警察に報告された被害116件, 相談件数は約3千件.
	jaCaseCountBeforeRe = regexp.MustCompile(`(?:被害|事案|事件|相談|攻撃|インシデント|不正送金|発生)(?:件数)?(?:は|が)?(?:約|およそ|計)?\s*$|(?:開示|公表)(?:は|が|件数は)[^、。]{0,15}$`)
	// jaCareRe finds a sentence about the care a hospital goes on giving
	// (入院患者約300人の診療は紙のカルテで続けている), whose figure counts
	// patients treated, not records lost.
	jaCareRe = regexp.MustCompile(`(?:診療|治療)(?:は|を|に|が)[^。]{0,10}?(?:続け|継続|制限|停止|延期|再開)|受け入れ(?:を)?(?:停止|制限|再開)|休診|手術(?:を|は)?延期|紙のカルテ`)
	// enGroupTallyRe ends the words before the victims a group lists.
	enGroupTallyRe     = regexp.MustCompile(`(?i)\b(?:listing|listed|lists|claiming|claimed|claims|posting|posted|posts|naming|named|names|adding|added|adds)\s+(?:more than |over |nearly |at least |about |around |some |roughly |almost )?$`)
	enClaimTallyRe     = regexp.MustCompile(`(?i)\b(?:has|have) (?:claimed|hit|listed|attacked|targeted)\s+(?:\w+\s+){0,3}$`)
	enPopulationNearRe = regexp.MustCompile(`(?i)\b(?:has|have|employs|employing|boasts|serves|serving|with|enrolls|enrols|enrolling|educates|educating|insures|insuring|treats|treating|cares for|caring for)\b`)
	enAffectWordRe     = regexp.MustCompile(`(?i)affect|impact|expos|stole|stolen|steal|access|compromis|leak|notif|breach|hack|taken|obtain|exfiltrat|includ|identif|confirm|determin|establish|discover|verif|found|writing to|contact|alert|inform`)
	jaOtherEventRe     = regexp.MustCompile(`昨年|前年(?:[^度]|$)|過去(?:[^0-9一二三四五六七八九十数]|$)|(?:^|[^年月日度0-9０-９])以前|別の|同様の|類似|に続き|に続く|年前|をめぐっては|ばかり|年に発覚|事件は|でも`)
	// enUsedByRe ends the words before the people who use a service;
	// enUserBaseRe, after the figure, calls them a base the breach touched
	// only a part of ("so roughly a third of its user base has been caught
	// up in the leak").
	enUserBaseRe = regexp.MustCompile(`(?i)\b(?:user|customer|member|subscriber|player|reader) ?base\b|\b(?:a|one) (?:third|quarter|half|fifth|tenth) of (?:its|their|the) (?:users|members|customers|players)\b`)
	enUsedByRe   = regexp.MustCompile(`(?i)\b(?:is|are|was|were|has been|have been)\s+(?:(?:now|still|already|widely|currently)\s+)?(?:used|relied on|relied upon|trusted|downloaded|installed|played|visited|read|watched)\s+by\s+$`)
	// enSeparateStoreRe finds a place data is kept apart in, which says
	// nothing of another incident: "stored in a separate index".
	enSeparateStoreRe = regexp.MustCompile(`(?i)\b(?:in|on|from) (?:a|an|the) separate (?:index|table|database|server|bucket|file|folder|instance|cluster|storage|directory|spreadsheet|collection)\b`)
	// enAttendanceAfterRe follows the people who came to an event: "about
	// 80 people attended the seminar" (not "patients who attended the
	// clinic", whose records may be the count).
	enAttendanceAfterRe = regexp.MustCompile(`(?i)^\s*(?:people |participants |delegates |guests |visitors |residents |students )?(?:attended|took part in|turned up for|showed up for|packed) (?:the |a |an |this |last |its )?(?:[a-z\-]+ ){0,2}?(?:seminar|event|session|workshop|conference|webinar|meeting|briefing|course|training|talk|lecture|forum|summit|hearing|rally|concert|match|game|festival|fair)s?\b`)
	enTotalAfterRe      = regexp.MustCompile(`(?i)^\s*(?:[a-z\-]+ ){0,2}?(?:in all|in total|altogether|all told|combined)\b`)
	// enTotalOfRe ends the words before a stated total: "for a total of up
	// to", "totalling about", "put the number of affected members at".
	enTotalOfRe = regexp.MustCompile(`(?i)\b(?:(?:a|the) total of|totall?ing|bringing the (?:total|tally|count) to|the (?:total|tally|count) (?:is|was|now stands at|stands at|rose to|came to)|put (?:the|its) (?:number|figure|total|tally|count)(?: of (?:[\w'’-]+ ){1,3}?)? at)\s+(?:up to |about |around |roughly |approximately |more than |over |nearly |some |at least |almost )?$`)
	// enNumberOfPeopleRe ends the words that give a figure's unit before
	// it: "put the number of affected members at", "the count of
	// notified patients rose to".
	enNumberOfPeopleRe = regexp.MustCompile(`(?i)\b(?:number|count|tally|total) of (?:affected |impacted |exposed |notified |breached )?(?:people|persons|individuals|members|customers|patients|users|employees|students|accounts|records|residents|clients|policyholders|victims)\b(?: (?:affected|impacted|involved))?(?: (?:by|in) [^.;]{1,80}?)? (?:(?:has |have )?(?:risen|climbed|grown|increased|jumped) to|(?:now )?stands at|rose to|came to|climbed to|grew to|at|to|was|is)\s+(?:up to |about |around |roughly |approximately |more than |over |nearly |some |at least |almost )?$`)
	// enPartOfAffectedRe follows a part of those affected: "roughly 31,000
	// of the affected members had applied for auto loans".
	enPartOfAffectedRe = regexp.MustCompile(`(?i)^\s*(?:of|among) (?:the|those|these) (?:affected|impacted|exposed|notified)\b`)
	// jaPageViewsBeforeRe ends the words before a count of page views or
	// access attempts: この間の閲覧は約1,300件, アクセス件数は.
	jaPageViewsBeforeRe = regexp.MustCompile(`(?:閲覧|アクセス|ログイン試行)(?:数|件数|回数)?(?:は|が)(?:約|およそ|計)?\s*$`)
	enTotalRe           = regexp.MustCompile(`(?i)\b(?:in total|total|combined|overall|altogether|all told|in all|cumulative)\b`)
	jaTotalRe           = regexp.MustCompile(`合計|総数|総計|累計|計約|(?:^|[、。・\s]|情報|データ|の)計\s*[0-9０-９約]|全体|あわせて|合わせて|延べ|のべ`)
	// jaSizeClassAfterRe follows a figure that sizes a class of firms:
	// 従業員300人以下の企業, 社員50名未満の事業者.
	jaSizeClassAfterRe = regexp.MustCompile(`^(?:人|名)(?:以下|未満|以上|超|前後|規模)の(?:企業|会社|事業者|組織|中小企業|団体|事業所|法人|病院|自治体)`)
	// jaSectionNumRe opens a numbered section heading: 2. , 3．, (1), not
	// a figure (12,406アカウント, 1.5万件, 十万人).
	jaSectionNumRe = regexp.MustCompile(`^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:[.．、)]|\s)|\(\d{1,2}\))\s*(?:[^0-9０-９.,，．、\s]|$)`)
	// enYearListRe ends the words before the second year of a list or a
	// span: "in 2023 and 2024", "from 2019 to 2021".
	enYearListRe    = regexp.MustCompile(`\b(?:19|20)\d\d\s*(?:,|and|or|to|through|until|-|–|—)\s*$`)
	enYearPrefixRe  = regexp.MustCompile(`(?i)\b(?:in|since|during|of|by|from|until|till|early|late|mid|before|after|around|circa|summer|spring|autumn|fall|winter|year|fiscal)\s+$`)
	enIncidentRefRe = regexp.MustCompile(`(?i)\b(?:the (?:company|firm|retailer|carmaker|automaker|bank|hospital|insurer|provider|breach|attack|incident|hack|leak)|its|this)\b`)
	// jaAlsoBeforeRe tells of what also happened at an earlier date:
	// 同社は2025年2月にも…と公表していた, unless the sentence ends on
	// what is to come (3月にも…公表する, "as soon as March").
	jaAlsoBeforeRe = regexp.MustCompile(`[0-9０-９](?:月|年)にも`)
	// jaFutureEndRe ends a sentence on what is still to come: 公表する,
	// 公表する予定だ, 再開する見通し.
	jaFutureEndRe = regexp.MustCompile(`(?:する|します|予定|見通し|方針|見込み|意向|考え|目指す)(?:だ|です|である|としている)?[。」]*$`)
	// jaPastMembersRe describes who the figure counts, not an earlier
	// event: 過去に脱退された方, 過去に利用登録された方.
	jaPastMembersRe = regexp.MustCompile(`過去に(?:[^、。]{0,6}?)(?:脱退|退会|解約|在籍|利用|登録|購入|契約|取引|加入|受診|応募|入会)`)
	// jaEarlierReportRe ends the words before a figure an earlier report
	// gave (第1報では最大約, 当初は); jaRevisedLaterRe follows it with the
	// revision; jaSupersededRe follows a figure the notice reports it has
	// revised: 約1万2千人とお知らせしましたが、調査の結果….
	jaEarlierReportRe = regexp.MustCompile(`(?:第[0-9一二三四五]報|前回(?:の)?(?:お知らせ|発表|報告|公表)?|前報|当初|先の(?:お知らせ|発表|公表))(?:で|では|において|は|に|の時点では)、?[^。、]{0,10}$`)
	jaRevisedLaterRe  = regexp.MustCompile(`^[^。]{0,60}?が、[^。]{0,40}?(?:調査の結果|確定|判明|精査|修正|訂正)`)
	jaSupersededRe    = regexp.MustCompile(`^[^。]{0,6}?と(?:お知らせ|発表|公表|説明|報告|公表|推計|見込んで|して)(?:いた)?(?:し)?(?:ていました|ておりました|ました|ていた|た|いた)?が`)
	// enSupersededRe precedes a figure an article reports was revised:
	// "initially put the number at 12,000", "earlier estimate of".
	enSupersededRe  = regexp.MustCompile(`(?i)\b(?:initially|originally|previously|earlier|first) (?:said|reported|estimated|put|disclosed|believed|thought|stated|counted|notified)\b[^.;]{0,40}$|\b(?:initial|earlier|original|previous|first) (?:estimate|figure|count|tally|report|notice)s? (?:of|had|was|put|said)\b[^.;]{0,25}$`)
	jaIncidentRefRe = regexp.MustCompile(`同社|当社|弊社|当行|当院|本学|今回|本件|同行|同院`)
)

// countUndisclosed reports whether the text says the count of the main
// incident is not given or not known: "did not say how many people were
// affected", "the number of customers affected remains unknown",
// 影響を受けた人数…明らかにしていない.
func countUndisclosed(ss []sentence, ja bool) bool {
	for _, s := range ss {
		if ja && jaCountUndisclosedRe.MatchString(s.text) || !ja && enCountUndisclosedRe.MatchString(s.text) {
			return true
		}
	}
	return false
}

// earlierTime reports a sentence set at an earlier time than the news:
// "In March, the company disclosed", 3月には, 昨年.
func earlierTime(sentence string, ja bool) bool {
	if ja {
		return jaEarlierTimeRe.MatchString(sentence)
	}
	return enEarlierTimeRe.MatchString(sentence)
}

// enAttemptsAfterRe follows a count of tries ("login attempts");
// enAttemptVerbRe ends the words before one ("tried around") and
// enLoginsAfterRe follows it there ("logins").
var (
	enAttemptsAfterRe = regexp.MustCompile(`(?i)^\s*(?:(?:failed|fraudulent|malicious|automated|unauthori[sz]ed) )?(?:(?:login|log-in|sign-in|password|access) )?(?:attempts|tries)\b`)
	enAttemptVerbRe   = regexp.MustCompile(`(?i)\b(?:tried|attempted|tries|attempts|trying)\s+(?:around |about |roughly |some |nearly |more than |over |almost |approximately |an estimated )?$`)
	enLoginsAfterRe   = regexp.MustCompile(`(?i)^\s*(?:logins|log-ins|sign-ins|passwords)\b`)
)

// enHowManyOfRe ends the words before a whole that a count not given is
// part of: "how many of its".
var enHowManyOfRe = regexp.MustCompile(`(?i)\bhow many of (?:its|their|the|our|his|her|those|these) (?:approximately |about |around |roughly |some |nearly |more than |over |almost )?$`)

// enCountUndisclosedRe and jaCountUndisclosedRe find a sentence saying the
// main incident's count is not given; enEarlierTimeRe and jaEarlierTimeRe
// find a sentence set at an earlier time than the news ("In March, the
// company disclosed …", 3月には).
var (
	enCountUndisclosedRe = regexp.MustCompile(`(?i)\b(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|would not|wouldn't|declined to|refused to|could not|couldn't|was unable to|is unable to|not yet)\s+(?:immediately\s+)?(?:say|disclose|reveal|confirm|specify|state|indicate|provide|share|give|determine|know|said|disclosed|revealed|confirmed|specified)\b[^.;]{0,60}?\bhow many (?:people|customers|users|patients|records|individuals|accounts|members|employees|students|clients|residents|victims)\b|\b(?:how many|the number of) (?:people|customers|users|patients|records|individuals|accounts|members|employees|students|clients)\b[^.;]{0,40}\b(?:is|was|remains|remained|are|were) (?:still )?(?:unknown|unclear|not (?:yet )?(?:known|clear|disclosed))`)
	jaCountUndisclosedRe = regexp.MustCompile(`(?:(?:影響を受けた|対象となった|対象となる|流出した|被害を受けた|被害に遭った|漏えいした)[^。、]{0,6}?(?:人数|件数|人の数)|被害(?:の)?(?:規模|範囲)|影響(?:の)?範囲)(?:や[^。]{0,20})?(?:について|に関して)?(?:は|を)?[^。]{0,10}?(?:明らかにしていない|明らかにしておらず|公表していない|公表しておらず|明らかになっていない|分かっていない|わかっていない|判明していない|明らかにされていない|公表されていない)`)
	enEarlierTimeRe      = regexp.MustCompile(`(?i)^(?:in|back in|earlier in|last) (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d|year)\b|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)(?:,? (?:19|20)\d\d)?,? (?:the company|the firm|it|the group|[A-Z][\w-]+) (?:had )?(?:disclosed|reported|announced|revealed)\b|\b(?:previous|prior|earlier|separate|another) (?:breach|incident|attack|hack|intrusion)`)
	jaEarlierTimeRe      = regexp.MustCompile(`[0-9０-９]{1,2}月(?:には|にも)|[0-9０-９]{4}年(?:には|にも)|昨年[0-9０-９]{0,2}月?(?:には|にも)|前回`)
)

// recordCount picks the record count of the main incident: a figure next
// to a noun counting records or people, in a sentence about the breach,
// preferring the headline and lead, sentences naming the victim and stated
// totals, and the largest figure among equals.
func recordCount(ss []sentence, ja bool, victims []Victim) *Count {
	var best *countCandidate
	var all []countCandidate
	partOf := map[int64]int{} // a figure given as part of another: its whole's index in all
	order := 0
	heading := ""
	section := 0
	prev := "" // the line before, for a figure standing alone
	prevBody, lastBody := "", ""
	for _, s := range ss {
		if !s.title {
			prevBody, lastBody = lastBody, s.text
		}
		if !s.title && (ja && headerLine(s.text) && jaTopSectionRe.MatchString(s.text) || !ja && englishHeading(s.text)) {
			section++
		}
		if !s.title && !bareFigureRe.MatchString(s.text) {
			// What a figure alone on the next line counts (a heading
			// such as 対象となるお客さま included).
			prev = s.text
		}
		if ja && !s.title && headerLine(s.text) && !bareFigureRe.MatchString(s.text) {
			// A notice's section heading (■流出した可能性のある情報, 2.
			// 流出のおそれがある情報) says what the lines under it list; one
			// that gives a figure (最大191万件) gives their total.
			numbered := jaSectionNumRe.MatchString(s.text)
			if !jaCountRe.MatchString(jaSectionNumRe.ReplaceAllString(s.text, "")) {
				heading = s.text
				continue
			}
			if numbered {
				heading = s.text
			}
		}
		if !ja && !s.title && englishHeading(s.text) {
			// "Who is affected", "What information was involved": the
			// lines under a notice's heading answer it.
			heading = s.text
			continue
		}
		s.heading = heading
		from := 0
		if bareFigureRe.MatchString(s.text) && prev != "" {
			// 対象となるお客さま / 4万3,552件: a figure alone on its
			// line counts what the line above names (and is no
			// numbered heading of its own: 12,068件 is not "12.").
			from = len(prev) + 1
			s.text = prev + " " + s.text
		}
		var phrases []numPhrase
		if ja {
			phrases = scanJapanese(s.text)
		} else {
			phrases = scanEnglish(s.text)
		}
		for _, p := range phrases {
			if p.end <= from {
				continue
			}
			order++
			c, ok := judgeCount(s, p, ja, victims, prevBody)
			if t, items := totalLine(s, p, all, section); items && (!ok || t.score > c.score) {
				// 合計 / 約4万2千件 under the items it totals: the
				// total, however the count rules rated the line.
				c, ok = t, true
			}
			if !ok {
				continue
			}
			c.order, c.section = order, section
			if ja && len(all) > 0 && jaSubsetOpenRe.MatchString(s.text) && !jaPeopleRe.MatchString(s.text[:p.start]) {
				// お客様4,105名 / このうち、カード決済の1,892名: the
				// sentence opens on a part of the figure just before.
				if last := all[len(all)-1]; last.count.Value > c.count.Value && last.score > 0 && jaPeopleRe.MatchString(last.count.Evidence) {
					c.score -= 2
					partOf[c.count.Value] = len(all) - 1
				}
			}
			all = append(all, c)
			if best == nil || c.score > best.score || c.score == best.score && c.count.Value > best.count.Value {
				cc := c
				best = &cc
			}
		}
	}
	if t := statedTotal(ss, ja, all); t != nil {
		// "put the number at 42,316 — 40,988 senders and recipients
		// and 1,328 employees": the figure its parts add up to.
		all = append(all, *t)
		if best == nil || t.score >= best.score {
			best = &all[len(all)-1]
		}
	}
	if denied := deniedFigures(ss, ja); len(denied) > 0 && best != nil && denied[best.count.Value] {
		// "The 3.4 million figure claimed by the group is not accurate":
		// a figure the text disputes is no count, wherever it stands.
		best = nil
		for i := range all {
			if denied[all[i].count.Value] {
				continue
			}
			if best == nil || all[i].score > best.score || all[i].score == best.score && all[i].count.Value > best.count.Value {
				best = &all[i]
			}
		}
	}
	if best != nil && earlierTime(best.count.Evidence, ja) && countUndisclosed(ss, ja) {
		// "It did not say how many people were affected. … In March,
		// the company disclosed that … up to 3.1 million customers":
		// the figure it recalls is an earlier incident's; only one
		// told otherwise can be this one's.
		best = nil
		for i := range all {
			if earlierTime(all[i].count.Evidence, ja) {
				continue
			}
			if best == nil || all[i].score > best.score || all[i].score == best.score && all[i].count.Value > best.count.Value {
				best = &all[i]
			}
		}
	}
	if sub := includedItems(ss); len(sub) > 0 && best != nil {
		// ※(1)のお客様は(2)に含まれます: item (1) is a subset of item
		// (2), so the larger list item is the total.
		best = nil
		for i := range all {
			if m := jaItemNumRe.FindStringSubmatch(all[i].count.Evidence); m != nil && sub[m[1]] {
				all[i].score -= 3
			}
			if best == nil || all[i].score > best.score || all[i].score == best.score && all[i].count.Value > best.count.Value {
				best = &all[i]
			}
		}
	}
	if best == nil || best.score <= 0 {
		return nil
	}
	if ja && !jaBreachRe.MatchString(best.count.Evidence) && jaAccountsRe.MatchString(best.count.Evidence) && noPersonalDataLost(ss) {
		// 約38万口座のお客様には…順次お知らせいたします in a notice
		// that says 個人情報の流出は確認されておりません: the customers
		// told of a theft of funds, not people whose data was taken.
		return nil
	}
	if i, ok := partOf[best.count.Value]; ok && all[i].score > 0 {
		// 最大2417件 in the headline, 顧客9880人分…このうち2417人分は
		// カード番号を含む in the text: the headline's figure is a part,
		// the whole is the count.
		best = &all[i]
	}
	if best.claim {
		// "after an extortion crew claims 1.4M records" in a headline
		// over the victim's own 388,207: the claim gives way to any
		// figure that is no one's claim.
		for i := range all {
			if c := &all[i]; !c.claim && c.score > 0 && (mentionsVictim(c.count.Evidence, victims) || confirmedFigureRe.MatchString(c.count.Evidence)) && (best.claim || c.score > best.score) {
				best = c
			}
		}
	}
	if best.card {
		// カード情報1万2905件 beside 個人情報2万6377件: the cards are a
		// part of the personal records, and the total is the count. A
		// headline may give the cards alone; the text then gives both in
		// one sentence.
		restated := map[string]bool{}
		for _, c := range all {
			if c.card && c.count.Value == best.count.Value {
				restated[c.count.Evidence] = true
			}
		}
		for i := range all {
			if c := &all[i]; !c.card && c.count.Value > best.count.Value && c.score > 0 && (c.score >= best.score-5 || restated[c.count.Evidence]) {
				best = c
			}
		}
	}
	c := preciseFigure(*best, all).count
	return &c
}

// confirmedFigureRe finds a figure its victim or an authority gives:
// confirmed, notified, affected.
var confirmedFigureRe = regexp.MustCompile(`(?i)\bconfirm\w*|\bnotif\w*|\baffected\b|\bimpacted\b|\bletters?\b|\b(?:say|says|said|stated|told)\b|確認|判明|公表|発表|対象`)

// bareFigureRe finds a line that is only a figure: "4万3,552件",
// "12,408 individuals".
var bareFigureRe = regexp.MustCompile(`(?i)^[\s:：・]*(?:最大で?約?|約|計)?\s*[0-9][0-9,.]*(?:[万千百][0-9,.]*)*\s*(?:件|名|人|名様|名分|人分|件分|individuals|people|persons|records|customers|patients|accounts)[\s.。)）]*$`)

// jaTopSectionRe opens a notice's top-level section heading (1. 概要,
// ■流出した情報, 【対象】), not a list item's number ((1), ①).
var jaTopSectionRe = regexp.MustCompile(`^(?:[0-9]{1,2}(?:[.、]|\s+[^\s0-9])|[■□◆◇●【]|第[0-9一二三四五六七八九十]+[章節])`)

// jaStoredAfterRe follows a figure of what a system holds: 約18万人の患者の
// 情報が登録されていて.
var jaStoredAfterRe = regexp.MustCompile(`^[人名件]?(?:分)?の?[^、。]{0,10}?(?:情報|データ)?が(?:登録|保存|保管|格納)されて(?:いて|おり|いる|いた)`)

// jaLeakOpenRe says whether anything leaked is still being looked into:
// 流出したかどうか調べている, 流出の有無を確認中.
var jaLeakOpenRe = regexp.MustCompile(`(?:流出|漏えい|漏洩)(?:した|の)?(?:かどうか|か否か|有無)`)

// totalLineRe finds a line that only totals the list above it: "合計
// 12万7,092名分", "Total: 127,092 individuals".
var totalLineRe = regexp.MustCompile(`(?i)^[\s:：・（(]*(?:合計|総計|総数|計|total|in total|overall)[\s:：・]*(?:最大で?約?|約|およそ|approximately|about|up to)?\s*[0-9]`)

// totalLine makes a count of a line that totals the list items above it
// in the same numbered section (or, before any, the few just above) — the
// items taken as counts, and up to three times their sum for items the count
// rules turned down; it scores above
// them, being their sum. ok is false for any other line.
func totalLine(s sentence, p numPhrase, all []countCandidate, section int) (countCandidate, bool) {
	if !totalLineRe.MatchString(s.text) || len(all) == 0 {
		return countCandidate{}, false
	}
	// Outside a numbered section (a list right under the lead), only the
	// items just above are totalled.
	floor := 0
	if section == 0 {
		floor = max(0, len(all)-8)
	}
	var item *countCandidate
	sum := int64(0)
	for i := len(all) - 1; i >= floor && all[i].section == section; i-- {
		sum += all[i].count.Value
		if item == nil || all[i].score > item.score {
			item = &all[i]
		}
	}
	// (Items the count rules turned down, such as お取引先ご担当者様：約1万
	// 2千件 without a word for people, still stand in the list: the total
	// may be well above the items taken.)
	if item == nil || p.value < item.count.Value || sum > 0 && p.value > sum*3 {
		return countCandidate{}, false
	}
	c := *item
	c.count.Value, c.count.Evidence, c.score, c.total = p.value, s.text, item.score+2, true
	if p.qualifier != "" {
		c.count.Qualifier = p.qualifier // 合計 最大21万8,406件
	}
	return c, true
}

// enFigureDisputedRe finds a sentence disputing a figure it gives: "the
// 3.4 million figure claimed by the group is not accurate", "the claim of
// 3.4 million customers is recycled data".
var enFigureDisputedRe = regexp.MustCompile(`(?i)\b(?:figure|number|claim|count|total)\b[^.;]{0,60}\b(?:is|was|are|were)\s+(?:not accurate|inaccurate|not true|untrue|false|wrong|incorrect|exaggerated|inflated|overstated|recycled|bogus|fake|old data|not (?:our|its) data)\b`)

// deniedFigures returns the values the text disputes as counts.
func deniedFigures(ss []sentence, ja bool) map[int64]bool {
	if ja {
		return nil
	}
	var out map[int64]bool
	for _, s := range ss {
		loc := enFigureDisputedRe.FindStringIndex(s.text)
		if loc == nil {
			continue
		}
		for _, p := range scanEnglish(s.text) {
			// Only a figure the dispute is about, before it: "the bank
			// said the figure was exaggerated and that 27,000 were
			// affected" gives the true count after.
			if p.end > loc[1] {
				continue
			}
			if out == nil {
				out = map[int64]bool{}
			}
			out[p.value] = true
		}
	}
	return out
}

// preciseFigure prefers, among figures within 5% of the chosen one, the
// most precise: a headline's "254,000" or 「25万人超」 is a rounding of the
// body's 254,241.
func preciseFigure(best countCandidate, all []countCandidate) countCandidate {
	if best.total {
		return best // 合計 113,060名 over its items, however round
	}
	rounded, atLeast := best.count.Value, best.count.Qualifier == AtLeast
	var gap int64 = -1
	for _, c := range all {
		if c.score <= 0 || c.count.Value == rounded {
			continue
		}
		lo, hi := min(c.count.Value, rounded), max(c.count.Value, rounded)
		tolerance := 0.05
		if significant(rounded) == 1 {
			// 「2万件超」 over the body's 計2万1560件: one significant
			// digit rounds more coarsely.
			tolerance = 0.1
		}
		// "More than 1.1 million" is the body's 1,184,302 cut short, which
		// may lie a whole unit above it ("more than 1 million" at most half
		// a unit: 1,740,000 is more than that rounding says).
		cutShort := atLeast && c.count.Value > rounded && truncatesTo(c.count.Value, rounded) && (significant(rounded) >= 2 || c.count.Value*2 <= rounded*3)
		if (float64(hi-lo) <= tolerance*float64(hi) || cutShort) && significant(c.count.Value) > significant(rounded) && roundsTo(c.count.Value, rounded) && (gap < 0 || hi-lo < gap) {
			// The closest precise figure: 42,000 in a headline is the
			// 42,316 of the text, not its part 40,988.
			best.count.Value, best.count.Evidence, gap = c.count.Value, c.count.Evidence, hi-lo
			if q := best.count.Qualifier; q == AtLeast || q == About {
				// "more than"/"about" said how the rounding went; the
				// precise figure says its own.
				best.count.Qualifier = c.count.Qualifier
			}
		}
	}
	return best
}

// roundsTo reports whether rounded is n written to fewer digits, rounded,
// cut or raised: 398,740 is "400,000", 1,249,000 "more than 1.2 million",
// 212,406 "nearly 213,000"; 6,118 is no rounding of 6,330.
func roundsTo(n, rounded int64) bool {
	unit := int64(1)
	for r := rounded; r > 0 && r%10 == 0; r /= 10 {
		unit *= 10
	}
	if unit == 1 {
		return false
	}
	return (n+unit/2)/unit*unit == rounded || n/unit*unit == rounded || (n+unit-1)/unit*unit == rounded
}

// truncatesTo reports whether n cut to the significant digits of rounded
// is rounded: 1,184,302 to 1,100,000.
func truncatesTo(n, rounded int64) bool {
	unit := int64(1)
	for r := rounded; r > 0 && r%10 == 0; r /= 10 {
		unit *= 10
	}
	return unit > 1 && n/unit*unit == rounded
}

// significant counts the significant digits of n.
func significant(n int64) int {
	for n > 0 && n%10 == 0 {
		n /= 10
	}
	d := 0
	for ; n > 0; n /= 10 {
		d++
	}
	return d
}

// judgeCount decides whether phrase p of sentence s counts records or
// people of the incident, and scores it. prevBody is the body sentence
// before s, whose words a quote in s may go on from.
func judgeCount(s sentence, p numPhrase, ja bool, victims []Victim, prevBody string) (countCandidate, bool) {
	if p.money || p.value < 10 {
		// A handful (教員1名, two employees) is who did something, not a
		// breach's toll.
		return countCandidate{}, false
	}
	before := s.text[:p.start]
	score := 1.0
	claim := false
	if s.past {
		score -= 4
	}
	if ja {
		if jaOutOfScopeRe.MatchString(s.text[p.end:]) || jaCumulativeRe.MatchString(before) {
			// 累計来場者数は延べ120万人を超えておりますが、…本件の対象では
			// ございません: a total the notice says its incident did not
			// touch.
			return countCandidate{}, false
		}
		breach := jaBreachRe.MatchString(s.text) || jaBreachRe.MatchString(s.heading) || jaAffectedHeadingRe.MatchString(s.heading)
		if p.unit == "" || p.kanjiOnly && p.value < 100 || !breach && !jaDataContextRe.MatchString(s.text) {
			return countCandidate{}, false
		}
		if !breach && !strings.Contains(s.text, "対象") && !strings.Contains(s.text, "可能性") {
			score -= 0.5
		}
		if jaSizeClassAfterRe.MatchString(s.text[p.end:]) {
			// 従業員300人以下の企業: a class of firms by size.
			return countCandidate{}, false
		}
		if jaWorkforceRe.MatchString(before) && !jaBreachRe.MatchString(s.text) && !strings.Contains(s.text, "影響を受け") && !jaBreachRe.MatchString(s.heading) && !jaAffectedHeadingRe.MatchString(s.heading) && !strings.HasPrefix(s.text, "対象") {
			// 従業員は約3200人: the size of the firm (対象者:学生・教職員
			// 2,967名 under 流出した個人情報 counts those touched).
			return countCandidate{}, false
		}
		if jaPopulationBeforeRe.MatchString(before) && !jaAffectedCountRe.MatchString(before) || jaExcludedBaseRe.MatchString(s.text[p.end:]) || jaRateBeforeRe.MatchString(before) && !jaAnnualProductRe.MatchString(before) {
			return countCandidate{}, false
		}
		if jaDomesticBeforeRe.MatchString(before) {
			// 国内の顧客企業37社の従業員、約2万8000人: a part that may be
			// all a domestic firm has, or the local share of a foreign
			// one's worldwide total.
			score--
		}
		if jaNationalSubsetRe.MatchString(before) {
			// 日本人会員41万人: the part of a foreign company's count that
			// lives here; the total, when given, is the count.
			score -= 3
		}
		if p.unit == "records" && jaCaseCountBeforeRe.MatchString(before) {
			return countCandidate{}, false
		}
		if jaResearchSelfRe.MatchString(before) || jaTallyBeforeRe.MatchString(before) {
			// 当社の調べでは…合計約21万件: a statistic over many
			// incidents.
			return countCandidate{}, false
		}
		if jaStaffParenRe.MatchString(before) || membershipParen(before, s.text[p.end:]) {
			// 丸辰工業(愛知県安城市、従業員約180人): the firm's size;
			// コープ〇〇(組合員約48万人): its membership.
			return countCandidate{}, false
		}
		if p.unit == "people" && p.value < 100 && jaTeamBeforeRe.MatchString(before) && !jaPeopleDataAfterRe.MatchString(s.text[p.end:]) {
			// 情報システム部門の14人と外部の支援チーム: the people who
			// did the work, not whose data was touched.
			return countCandidate{}, false
		}
		vendorWide := jaWholeVendorRe.MatchString(before) && strings.HasPrefix(s.text, "同社")
		if vendorWide {
			// 同社は、世界全体で約1,200万件の顧客記録が…: the vendor's
			// total over all its clients, not this notice's.
			score -= 4
		}
		if jaDisruptionRe.MatchString(s.text) && jaImpactAfterRe.MatchString(s.text[p.end:]) && !jaDataWordsRe.MatchString(s.text) {
			// 46便が欠航となり、約8,300名のお客様に影響: people whose
			// travel or care the outage upset, not whose data it touched.
			return countCandidate{}, false
		}
		if jaPageViewsBeforeRe.MatchString(before) {
			// この間の閲覧は約1,300件: views of a page, not records.
			return countCandidate{}, false
		}
		if jaAttendanceAfterRe.MatchString(s.text[p.end:]) {
			// 約80人が参加した: those who came to a seminar.
			return countCandidate{}, false
		}
		if jaMessagesAfterRe.MatchString(s.text[p.end:]) || jaMessagesBeforeRe.MatchString(before) {
			// 約4200件の迷惑メールが送信された: messages sent, no records.
			return countCandidate{}, false
		}
		if !breach && jaCareRe.MatchString(s.text) {
			return countCandidate{}, false
		}
		if jaOtherEventRe.MatchString(jaPastMembersRe.ReplaceAllString(s.text, "")) || jaAlsoBeforeRe.MatchString(s.text) && !jaFutureEndRe.MatchString(s.text) {
			score -= 4
		}
		if jaSupersededRe.MatchString(s.text[p.end:]) || jaEarlierReportRe.MatchString(before) && jaRevisedLaterRe.MatchString(s.text[p.end:]) {
			// 第1報では最大約1万件…とお知らせいたしましたが、調査の結果
			// …8,764件であることが確定: the first report's estimate.
			score -= 5
		}
		if jaBreakdownRe.MatchString(before) || jaThisOfRe.MatchString(before) && jaPeopleRe.MatchString(before) {
			score -= 2
		}
		if jaPopulationRe.MatchString(s.text[p.end:]) {
			return countCandidate{}, false
		}
		if jaStoredAfterRe.MatchString(s.text[p.end:]) && jaLeakOpenRe.MatchString(s.text[p.end:]) {
			// 電子カルテには約18万人の患者の情報が登録されていて、流出した
			// かどうか調べている: what the system holds while no one knows
			// whether any of it left.
			return countCandidate{}, false
		}
		if jaTotalRe.MatchString(s.text[:min(len(s.text), p.end)]) || s.heading == s.text && inBrackets(s.text, p) || jaWorldwideRe.MatchString(before) && !vendorWide {
			score += 2
		}
		if jaIncidentRefRe.MatchString(s.text) {
			score++
		}
		if jaGroupClaimAfterRe.MatchString(s.text[p.end:]) {
			score -= 3
			claim = true
		}
	} else {
		if p.plainFour && p.value >= 1900 && p.value <= 2100 && (enYearPrefixRe.MatchString(before) || enYearListRe.MatchString(before) || p.unit == "") {
			return countCandidate{}, false
		}
		if p.unitEnd > p.end && p.unitEnd <= len(s.text) && strings.Contains(strings.ToLower(s.text[p.end:p.unitEnd]), "tenant") && enSoftwareRe.MatchString(s.text) {
			// "all 1,140 tenants" of a cloud service are its customer
			// organisations, not people who rent their homes.
			return countCandidate{}, false
		}
		if p.value <= 31 && enMonthAfterRe.MatchString(s.text[p.end:]) {
			// "On 11 September we told residents": a day, the month
			// after it.
			return countCandidate{}, false
		}
		if (p.value <= 31 || p.plainFour && p.value >= 1900 && p.value <= 2100) && enDayBeforeRe.MatchString(before) {
			// "May 13 - 16 - notifications sent", "on March 16 customers
			// were told", "since 1 August 2025": a day or a year.
			return countCandidate{}, false
		}
		if enUsedByRe.MatchString(before) && p.unit != "records" && p.unit != "accounts" && (!enBreachRe.MatchString(strings.ToLower(s.text[p.end:])) || enUserBaseRe.MatchString(s.text[p.end:])) {
			// "HopPass is used by about 1.1 million people": those who
			// use a service, whatever the sentence says of its leak.
			return countCandidate{}, false
		}
		if enAttendanceAfterRe.MatchString(s.text[p.end:]) {
			// "about 80 people attended the seminar": an audience.
			return countCandidate{}, false
		}
		if enDisruptionRe.MatchString(s.text) && !enDataWordsRe.MatchString(s.text) {
			// "46 flights were cancelled, affecting 8,300 passengers":
			// people the outage upset, not whose data it touched.
			return countCandidate{}, false
		}
		if enOutOfRe.MatchString(before) && !enAffectedWholeRe.MatchString(s.text[p.end:min(len(s.text), p.end+60)]) {
			// "8,914 of our 15,302 backers": the whole the part is
			// counted from.
			return countCandidate{}, false
		}
		if enReferenceNumberRe.MatchString(before) {
			// "Regulation 30", "Section 5", "Form 8-K item 1": a
			// provision's or a document's number.
			return countCandidate{}, false
		}
		if enInCirculationRe.MatchString(s.text[p.end:]) {
			// "most of the roughly 140,000 cards in circulation": all
			// there are, not those affected.
			return countCandidate{}, false
		}
		if emergencyNumbers[p.value] && enEmergencyLineRe.MatchString(s.text[p.end:]) {
			// "911 non-emergency lines", "999 calls": a telephone
			// number, no count.
			return countCandidate{}, false
		}
		if enProductVersionRe.MatchString(before) {
			// "Microsoft 365 credentials", "Windows 11 devices": a
			// product's number, no count.
			return countCandidate{}, false
		}
		form := enFormCountRe.MatchString(before)
		if p.unit == "" && !form && !unitlessCount(s.text, p) && !enNumberOfPeopleRe.MatchString(before) || enThresholdRe.MatchString(s.text) {
			return countCandidate{}, false
		}
		if form {
			score += 4
		}
		if !enDataContextRe.MatchString(s.text) && !enDataContextRe.MatchString(s.heading) && !enCorrectionRe.MatchString(before) {
			if !quotedSize(s.text, p, prevBody) {
				return countCandidate{}, false
			}
			// "…may have copied personal information belonging to
			// most of its members. 'We're talking about roughly
			// thirty-eight thousand people,' the chief executive
			// said": the quote sizes what the sentence before lost.
			score--
		}
		if p.unit != "records" && p.unit != "credentials" && p.unit != "accounts" && enPopulationRe.MatchString(before) && !enBreachRe.MatchString(strings.ToLower(s.text)) && !takenWith(before) {
			return countCandidate{}, false
		}
		if p.unit == "employees" && enOwnWorkforceRe.MatchString(before) && !enWorkforceHitRe.MatchString(strings.ToLower(s.text[p.end:])) {
			// "issued an internal communication to its approximately
			// 2,900 employees regarding the incident": the workforce.
			return countCandidate{}, false
		}
		if p.qualifier == Exact && enPopulationRe.MatchString(before) && (p.unit == "employees" || p.unit == "customers" || p.unit == "users") && !enBreachRe.MatchString(strings.ToLower(s.text[p.end:])) {
			score -= 2
		}
		if otherEventClause(before, victims) {
			if !sinceOwnTheft(before, victims) {
				return countCandidate{}, false
			}
			// "Juniper & Vale … had recovered, three months after
			// hackers stole data on about 2.3 million members": the
			// victim's own theft, told from later (the time words
			// still cost it, below, against a figure given elsewhere).
		}
		if (enOtherEventRe.MatchString(enSeparateStoreRe.ReplaceAllString(enTimeSpanRe.ReplaceAllString(s.text, ""), "")) || weeksAfterOther(s.text)) && !((mentionsVictim(before, victims) || enVictimKindRe.MatchString(before)) && enRecentRe.MatchString(s.text)) || otherOwner(before, victims) || otherSpeaker(before, s.text, victims) {
			// ("X said … when ransomware hit its servers earlier this
			// month": the victim's own incident, recent.)
			score -= 4
		}
		if enGroupTallyRe.MatchString(before) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(s.text[p.end:])), "victims") {
			// "listing more than 70 victims on its leak site": the
			// organisations a group claims, no people's records.
			return countCandidate{}, false
		}
		if enBreakdownRe.MatchString(before) && !enContentIncludesRe.MatchString(before) {
			// A subset ("including 2,906 employees"): the total is
			// given elsewhere, or the subset is all the text gives.
			score -= 3
		} else if enClaimTallyRe.MatchString(before) {
			score -= 2
		}
		if after := s.text[p.end:]; enAttemptsAfterRe.MatchString(after) || enAttemptVerbRe.MatchString(before) && enLoginsAfterRe.MatchString(after) {
			// "tried around 330,000 logins", "2.1 million login
			// attempts": tries, not accounts broken into.
			return countCandidate{}, false
		}
		if enHowManyOfRe.MatchString(before) {
			// "say how many of its 1.4 million customers are affected":
			// the whole the unknown count is part of.
			return countCandidate{}, false
		}
		if placeSizeRe.MatchString(before) {
			// "Hanamizuki, a city of about 124,000 people": the size
			// of the place, not a count of the breach.
			return countCandidate{}, false
		}
		if describesPopulation(lastWords(before, 8)) && p.unit != "records" && p.unit != "credentials" && p.unit != "accounts" {
			return countCandidate{}, false
		}
		if loc := enServedForRe.FindStringIndex(before); loc != nil && p.unit != "records" && p.unit != "credentials" && p.unit != "accounts" && !enBreachRe.MatchString(strings.ToLower(clauseTail(before[:loc[0]]))) {
			// "manages wastewater treatment for around 640,000 residents",
			// "processes pay for about 1.9 million workers": whom the
			// organisation serves (not after "hackers accessed a cluster
			// hosting order histories for" in the same clause, whose data
			// was reached).
			return countCandidate{}, false
		}
		if enRemedyForRe.MatchString(before) {
			// "phishing training for all 1,300 employees": the response
			// reaches them, the breach need not have.
			return countCandidate{}, false
		}
		if enDataAboutRe.MatchString(before) && !enOtherEventRe.MatchString(s.text) && !weeksAfterOther(s.text) {
			// "information about 18,903 current and former students".
			score++
		}
		if enTotalRe.MatchString(s.text) {
			score += 2
		}
		if enPartOfAffectedRe.MatchString(s.text[p.end:]) {
			score -= 3
		}
		if enTotalOfRe.MatchString(before) {
			// "15,102 people … and 8,316 employees, for a total of up
			// to 23,418 people": the sentence's total words belong to
			// this figure, not to its parts.
			score += 2
		}
		if p.end <= len(s.text) && enTotalAfterRe.MatchString(s.text[p.end:]) {
			// "22,716 members and 38 employees — 22,754 people in
			// all": the figure the total words follow is the whole.
			score += 2
		}
		if enSupersededRe.MatchString(before) {
			score -= 5
		}
		if enStatisticRe.MatchString(before) {
			score -= 4
		}
		if enGroupClaimRe.MatchString(before) {
			score -= 3
			claim = true
		}
		if enDeniedFigureRe.MatchString(s.text[p.end:]) {
			// "…'more than 300,000 clients' — a figure the president
			// called 'simply not true'": a claim the victim denies.
			score -= 4
		}
		claimed := enClaimAfterRe.MatchString(s.text[p.end:])
		if claimed {
			claim = true
			// "disputes hackers' 2.3M claim", "the 2.3 million people
			// claimed by the crew": the figure is the claim.
			score -= 3
		}
		if enDisputeRe.MatchString(before) && !enGroupClaimRe.MatchString(before) && !claimed {
			// "The bank said the figure was exaggerated and that 31,000
			// customers were affected": the victim's answer to a claim.
			score += 3
		}
		if enCorrectionRe.MatchString(before) {
			// "Caskwell says the true figure is about 38,600 people":
			// the victim corrects a claimed count.
			score += 3
		}
		if enIncidentRefRe.MatchString(s.text) {
			score++
		}
	}
	switch {
	case s.title:
		score += 4
	case s.idx < 3 && (s.heading == "" || s.heading == s.text):
		// Lines listed under one heading are parallel: the first is not
		// the lead.
		score += 2
	}
	if mentionsVictim(s.text, victims) {
		score += 2
	}
	unit := p.unit
	if unit == "" {
		unit = "records"
	}
	near := before[max(0, len(before)-24):]
	card := cardCountRe.MatchString(near) || cardCountRe.MatchString(s.text[p.end:min(len(s.text), p.end+12)])
	return countCandidate{count: Count{Value: p.value, Qualifier: p.qualifier, Unit: unit, Evidence: s.text}, score: score, card: card, claim: claim}, true
}

// describesPopulation reports whether the words before a figure describe
// the organisation's size ("which has 12 subsidiaries and roughly") rather
// than what the breach touched.
func describesPopulation(before string) bool {
	// Only the figure's own clause: "told the exchange that more than"
	// does not describe a population.
	if i := strings.LastIndex(before, " that "); i >= 0 {
		before = before[i+len(" that "):]
	}
	loc := enPopulationNearRe.FindAllStringIndex(before, -1)
	if loc == nil || takenWith(before[:loc[len(loc)-1][1]]) || enFiledWithRe.MatchString(before[:loc[len(loc)-1][1]]) {
		return false
	}
	rest := before[loc[len(loc)-1][1]:]
	if m := enAuxParticipleRe.FindStringSubmatch(rest); m != nil && !enSizeParticiples[strings.ToLower(m[1])] && enAuxWords[strings.ToLower(before[loc[len(loc)-1][0]:loc[len(loc)-1][1]])] && enClauseThenDataRe.MatchString(rest[len(m[0]):]) {
		// "the information Edvantry has provided, the records relate
		// to": "has" is an auxiliary in a clause that has ended, no
		// one's size ("has provided its network of 3,400 agents" is).
		return false
	}
	if enRiseRe.MatchString(rest) {
		// "The number of people affected … has risen to": "has" is
		// the verb's, the figure is the toll's.
		return false
	}
	// "A filing with the attorney general lists 1,930 people": a verb
	// after "with" starts the clause that gives the count.
	return !enAffectWordRe.MatchString(rest) && !enCountVerbRe.MatchString(rest)
}

// enFiledWithRe ends on the "with" of a filing: "according to a filing
// with the Maine attorney general, 184,306 individuals" names whom the
// filing was made to, no organisation's size.
var enFiledWithRe = regexp.MustCompile(`(?i)\b(?:filing|notice|notification|report|disclosure|submission|letter|document|complaint|lawsuit|statement)s? (?:(?:filed|submitted|lodged|made|sent|posted) )?with$`)

// enAuxParticipleRe opens on a past participle after an auxiliary "has":
// "has provided", "has been".
var enAuxParticipleRe = regexp.MustCompile(`^\s+(?:(?:already|since|also|now) )?([a-z]+ed|been|given|shown|told|known|seen|made|written|taken|sent|shared)\b`)

// enClauseThenDataRe finds a comma closing a clause, then the data the
// figure counts: ", the copied records relate to".
var enClauseThenDataRe = regexp.MustCompile(`(?i),[^,]*\b(?:records?|data|information|files|details)\b`)

// enAuxWords are the auxiliaries "has", "have" and "had".
var enAuxWords = wordSet(`has have had`)

// enSizeParticiples, after "has", still tell a size: "has employed 1,200".
var enSizeParticiples = wordSet(`employed served hired enrolled insured treated`)

// enRiseRe opens on the participle after an auxiliary "has": a figure
// that rose or reached.
var enRiseRe = regexp.MustCompile(`^\s+(?:now |since |again )?(?:risen|climbed|grown|increased|reached|topped|passed|exceeded|jumped|doubled|tripled|surged|swelled|ballooned)\b`)

// enTakenWithRe ends on the "with" of a theft: thieves "made off with"
// or "walked away with" what they took, which an organisation does not
// have "with" its customers.
var enTakenWithRe = regexp.MustCompile(`(?i)\b` + enOffWith)

// takenWith reports whether the last "with" of before closes a theft
// ("crooks made off with the details of").
func takenWith(before string) bool {
	locs := enTakenWithRe.FindAllStringIndex(before, -1)
	if locs == nil {
		return false
	}
	return !enPopulationNearRe.MatchString(before[locs[len(locs)-1][1]:])
}

// quotedSize reports whether figure p of s stands inside a quotation that
// opens the sentence, counts people or accounts (a unit, not records),
// and follows a sentence telling of data taken in a breach.
func quotedSize(s string, p numPhrase, prevBody string) bool {
	if p.unit == "" || p.unit == "records" || !strings.HasPrefix(s, `"`) {
		return false
	}
	end := strings.IndexByte(s[1:], '"')
	if end < 0 || p.end > end+1 {
		return false
	}
	return enBreachRe.MatchString(strings.ToLower(prevBody)) && enDataContextRe.MatchString(prevBody)
}

// enCountVerbRe finds a verb that reports a count, or the letters that
// tell it ("has started mailing letters to 61,904 members").
var enCountVerbRe = regexp.MustCompile(`(?i)\b(?:lists|listed|shows|showed|says|said|reports|reported|puts|put|counts|counted|notes|noted|gives|gave|cites|cited|states|stated|mailing|mailed|mails|sending|sent|sends|letters?|notices?|warned|warning|alerted|alerting|told|telling|contacted|contacting|emailed|emailing|notified|notifying|written|wrote|writes|writing)\b`)

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ") + " "
}

var enAffectBeforeRe = regexp.MustCompile(`(?i)\b(?:affect|affected|affecting|impact|impacted|impacting|expos|exposed|exposing|compromis|compromised|leak|leaked|stole|stolen|notif|notified|notifying)\w*\s*:?\s+(?:\w+\s+){0,3}$`)

// enFormCountRe is a notice form's count field: "Number of Residents
// Affected: 3,116", "Total number of persons notified: 812".
var enFormCountRe = regexp.MustCompile(`(?i)^(?:total )?(?:number of )?(?:[\w-]+ ){0,3}(?:affected|impacted|notified|involved)(?: [\w-]+){0,2}(?: \([^)]*\))?\s*:\s*$`)

// emergencyNumbers are the emergency telephone numbers a notice about a
// dispatch centre's outage writes as numerals.
var emergencyNumbers = map[int64]bool{911: true, 999: true, 112: true, 311: true}

// enEmergencyLineRe follows an emergency number used as one: "911 calls",
// "999 non-emergency lines", "112 dispatch".
var enEmergencyLineRe = regexp.MustCompile(`(?i)^\s*(?:non-?emergency |emergency |)(?:calls?|call-?takers?|call cent(?:er|re)s?|dispatch\w*|lines?|operators?|systems?|services?|centers?|centres?|numbers?|emergenc(?:y|ies))\b`)

// enStatisticRe marks a figure that sums up many incidents: "the median
// retail filing listed 3,900 affected people".
var enStatisticRe = regexp.MustCompile(`(?i)\b(?:median|average|mean|typical)\b`)

// enThresholdRe marks a legal threshold, not a count: "must notify the
// Attorney General when a breach requires notice to more than 500
// residents".
var enThresholdRe = regexp.MustCompile(`(?i)\b(?:must (?:notify|report|inform)|(?:are|is) required to (?:notify|report)|requires? notice to|threshold|notification obligation)\b`)

// unitlessCount accepts a bare figure such as "affected 3.1 million." when
// a breach verb leads to it and nothing follows.
func unitlessCount(text string, p numPhrase) bool {
	if !p.multiplied && p.value < 1000 {
		return false
	}
	rest := strings.TrimSpace(text[p.end:])
	if rest != "" && !strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ";") {
		return false
	}
	return enAffectBeforeRe.MatchString(text[:p.start])
}

var otherOwnerRe = regexp.MustCompile(`\b([A-Z][A-Za-z0-9&\-]+)'s\s+(?:\w+\s+)?$`)

// otherOwner reports a figure owned by a named party ("Facebook's 533
// million users"); such figures usually recall another incident.
func otherOwner(before string, victims []Victim) bool {
	m := otherOwnerRe.FindStringSubmatch(before)
	return m != nil && !mentionsVictim(m[1], victims)
}

// otherSpeakerRe finds a sentence opened by a named organisation telling
// a figure: "Brightmoor Insurance disclosed that", "Halden Bank said on
// Friday that about".
var otherSpeakerRe = regexp.MustCompile(`^([A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|of|&)){0,5}) (?:(?:has|had|have|also|now|later|then|separately) )*(?:disclosed|said|says|confirmed|confirms|reported|reports|revealed|reveals|announced|announces|admitted|estimated|told (?:\w+ ){1,2})(?: (?:on|this|last|late|early) \w+)?(?: that)? (?:about |roughly |approximately |nearly |more than |over |some |up to |almost )?$`)

// otherSpeaker reports a figure told by an organisation that the sentence
// names as its subject and that is not the victim: another incident's
// tally, as a newsletter's other items give them. (A person's name, the
// victim's spokesperson, is no such subject; nor is a parent company in a
// sentence that names the victim: "UnitedHealth Group said about 190
// million people were affected by the Change Healthcare breach".)
func otherSpeaker(before, sentence string, victims []Victim) bool {
	m := otherSpeakerRe.FindStringSubmatch(before)
	if m == nil || len(victims) == 0 || mentionsVictim(sentence, victims) {
		return false
	}
	first, _, _ := strings.Cut(m[1], " ")
	return !genericSubjects[strings.ToLower(first)] && orgLike(m[1])
}

// genericSubjects open a sentence without naming anyone: "The company
// said", "It confirmed".
var genericSubjects = wordSet(`the a an this that these those it its they their we our he she officials police investigators researchers`)

var (
	// enLaterThanRe opens a clause dating this incident by another one:
	// "barely seven weeks after a phishing run exposed …".
	enLaterThanRe = regexp.MustCompile(`(?i)\b(?:(?:days|weeks|months|years) (?:after|before)|on the heels of|hard on the heels of)\b`)
	// enOwnedIncidentRe names another party's incident: "Northgate's 2019
	// breach touched …".
	// enOtherOrgIncidentRe names another, set-apart incident of a named
	// organisation: "the larger breach at Quillon Benefits", "a
	// separate attack on Tarrow Mills".
	enOtherOrgIncidentRe = regexp.MustCompile(`\b(?:larger|smaller|separate|earlier|unrelated|other|previous|prior|bigger|different) (?:[a-z-]+ )?(?:breach|incident|attack|hack|intrusion|cyberattack) (?:at|of|on|against|involving) (?:the )?([A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|of|and|&)){0,5})`)
	enOwnedIncidentRe    = regexp.MustCompile(`\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})'s ((?:19|20)\d\d |earlier |previous |own )?(?:[a-z-]+ )?(?:breach|hack|attack|leak|incident|intrusion)\b`)
)

// sinceTheftRe ends a clause that dates a later moment by the theft
// itself: "three months after hackers stole data on".
var sinceTheftRe = regexp.MustCompile(`(?i)\b(?:days|weeks|months) after (?:the |unknown |criminal )?(?:hackers|attackers|criminals|intruders|thieves|cybercriminals) (?:stole|took|copied|exfiltrated|accessed|lifted) (?:[\w'-]+ ){0,4}?(?:on|of|from|for)? ?(?:about |roughly |nearly |more than |over |some |around |approximately )?$`)

// sinceOwnTheft reports a figure in a clause dating a later moment by the
// theft itself, in a sentence that names the victim before it.
func sinceOwnTheft(before string, victims []Victim) bool {
	loc := sinceTheftRe.FindStringIndex(before)
	return loc != nil && mentionsVictim(before[:loc[0]], victims)
}

// otherEventClause reports a figure inside a clause about another
// incident: after "weeks after" with no comma closing that clause, or after
// a named party's dated breach that is not the victim's.
func otherEventClause(before string, victims []Victim) bool {
	if locs := enLaterThanRe.FindAllStringIndex(before, -1); locs != nil {
		rest := before[locs[len(locs)-1][1]:]
		if !strings.ContainsAny(rest, ",;") && !mentionsVictim(rest, victims) {
			return true
		}
	}
	if m := enOtherOrgIncidentRe.FindStringSubmatch(before); m != nil && !mentionsVictim(m[1], victims) {
		// "does not touch the larger breach at Quillon Benefits
		// Administration, …, which reported … 61,207": another
		// organisation's incident, set apart.
		return true
	}
	ms := enOwnedIncidentRe.FindAllStringSubmatchIndex(before, -1)
	if ms == nil {
		return false
	}
	m := ms[len(ms)-1]
	name, rest := before[m[2]:m[3]], before[m[1]:]
	if mentionsVictim(name, victims) || mentionsVictim(rest, victims) || strings.ContainsAny(rest, ",;") {
		return false
	}
	dated := m[4] >= 0
	return dated || len(victims) > 0
}

// mentionsVictim reports whether text names one of the victims, in full
// or by the first word of a Latin name ("Velora" for Velora Telecom) — the
// mention's too, where the name is kept in Japanese (Toa Institute for
// Maritime Policy for 東亜海洋政策研究所).
func mentionsVictim(text string, victims []Victim) bool {
	lt := strings.ToLower(text)
	for _, v := range victims {
		for _, n := range append([]string{v.Name, v.Mention, shortName(v.Name), shortName(v.Mention)}, v.Units...) {
			if n != "" && strings.Contains(lt, strings.ToLower(n)) {
				return true
			}
		}
	}
	return false
}

// shortName returns the first word of a Latin name of several words when
// it is distinctive enough to stand for the whole (not "Royal", "First").
func shortName(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 || len(f[0]) < 4 || hasJapanese(name) {
		return ""
	}
	if lw := strings.ToLower(f[0]); commonWords[lw] || nationalities[lw] || genericFirstWords[lw] {
		return ""
	}
	return f[0]
}

// genericFirstWords start many organisations' names and do not stand for
// one on their own.
var genericFirstWords = wordSet(`royal national united general american british first city county state
central eastern western northern southern pacific atlantic global international bank university
saint santa`)

// inBrackets reports a figure written in brackets, as a heading gives the
// total of the lines under it: 流出のおそれがある個人情報(最大191万件).
func inBrackets(text string, p numPhrase) bool {
	open := strings.LastIndexAny(text[:p.start], "(（")
	return open >= 0 && !strings.ContainsAny(text[open:p.start], ")）") && strings.ContainsAny(text[p.end:], ")）")
}

// jaItemNumRe opens a numbered list item: (1), （2）, ①.
var jaItemNumRe = regexp.MustCompile(`^\s*[※]?\s*[(（]([0-9０-９])[)）]`)

// jaIncludedRe finds a note that one list item is contained in another:
// ※(1)のお客様は(2)に含まれます, (1)は(2)の内数です.
var jaIncludedRe = regexp.MustCompile(`[(（]([0-9０-９])[)）][^。()（）]{0,12}?(?:は|も)[(（][0-9０-９][)）](?:に含まれ|の内数|の一部)`)

// includedItems returns the numbers of the list items a note says are
// contained in another item.
func includedItems(ss []sentence) map[string]bool {
	var sub map[string]bool
	for _, s := range ss {
		for _, m := range jaIncludedRe.FindAllStringSubmatch(s.text, -1) {
			if sub == nil {
				sub = map[string]bool{}
			}
			sub[m[1]] = true
		}
	}
	return sub
}

// englishHeading reports a line that reads as a notice's section heading:
// a few words, no figure and no closing stop.
func englishHeading(line string) bool {
	line = strings.TrimSpace(line)
	n := len(strings.Fields(line))
	return n > 0 && n <= 6 && !strings.ContainsAny(line, "0123456789") && !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ",")
}

// breakdownOpen opens the breakdown a total is followed by: a dash, a
// colon, a bracket, "of whom", "including".
const breakdownOpen = `(?:—|–|-{1,2}|:|\(|, (?:of whom|including|comprising|made up of|consisting of)\b)`

// totalBreakdownRe finds a breakdown opening right after a figure.
var totalBreakdownRe = regexp.MustCompile(`^\s*(?:people|persons|individuals)?\s*` + breakdownOpen)

var (
	// enWeeksAfterRe finds "weeks after", which may tie a figure to
	// another incident ("about five weeks after Toyota Australia
	// reported an attempted attack") or to the incident's own course.
	enWeeksAfterRe = regexp.MustCompile(`(?i)\bweeks after\b`)
	// enWeeksAfterOwnRe finds the incident's own course after it: the
	// attackers' claim, the attack, the breach, the notice.
	enWeeksAfterOwnRe = regexp.MustCompile(`(?i)\bweeks after (?:the |a |its |their )?(?:crooks|criminals|hackers|attackers|intruders|gang|group|crew|ransomware|attack|breach|incident|intrusion|listing|claim|it|they|first)\b`)
)

// weeksAfterOther reports "weeks after" that ties a sentence to another
// event than the incident's own course (see enWeeksAfterOwnRe).
func weeksAfterOther(s string) bool {
	return enWeeksAfterRe.MatchString(s) && !enWeeksAfterOwnRe.MatchString(s)
}

// figureBreakdownRe finds a figure followed by what opens a breakdown, a
// cheap test before the sentence's figures are read.
var figureBreakdownRe = regexp.MustCompile(`\d\s*(?:people|persons|individuals|million|thousand)?\s*` + breakdownOpen)

// statedTotal finds a figure an English sentence breaks down into parts
// that add up to it, the parts judged counts of the incident: the total
// is the count, scored above its best part. It returns nil when there is
// none.
func statedTotal(ss []sentence, ja bool, all []countCandidate) *countCandidate {
	if ja {
		return nil
	}
	for _, s := range ss {
		if !figureBreakdownRe.MatchString(s.text) {
			continue // no figure here is followed by a breakdown
		}
		ps := scanEnglish(s.text)
		for i, p := range ps {
			if p.money || p.value < 10 || !totalBreakdownRe.MatchString(s.text[p.end:]) {
				continue
			}
			for n := 2; n <= 3 && i+n < len(ps); n++ {
				var sum int64
				var part *countCandidate
				for _, q := range ps[i+1 : i+1+n] {
					sum += q.value
					for k := range all {
						if all[k].count.Value == q.value && all[k].count.Evidence == s.text && (part == nil || all[k].score > part.score) {
							part = &all[k]
						}
					}
				}
				if sum != p.value || part == nil || part.score <= 0 {
					continue
				}
				c := *part
				c.count.Value, c.score, c.total = p.value, part.score+2, true
				if p.qualifier != "" {
					c.count.Qualifier = p.qualifier
				}
				return &c
			}
		}
	}
	return partsOfStatedTotal(ss, all)
}

// partsOfStatedTotal finds a sentence whose two or three figures, judged
// counts of the incident, add up to a count another sentence gives ("…
// of 31,500 people was stolen." then "the data of 27,800 students and
// 3,700 staff members"): the total is the count. It returns nil when
// there is none.
func partsOfStatedTotal(ss []sentence, all []countCandidate) *countCandidate {
	for _, s := range ss {
		ps := scanEnglish(s.text)
		for i := range ps {
			for n := 2; n <= 3 && i+n <= len(ps); n++ {
				var sum int64
				var part *countCandidate
				ok := true
				for _, q := range ps[i : i+n] {
					if q.money || q.value < 10 {
						ok = false
						break
					}
					sum += q.value
					for k := range all {
						if all[k].count.Value == q.value && all[k].count.Evidence == s.text && (part == nil || all[k].score > part.score) {
							part = &all[k]
						}
					}
				}
				if !ok || part == nil || part.score <= 0 {
					continue
				}
				for k := range all {
					if t := all[k]; t.count.Value == sum && t.count.Evidence != s.text && t.score > 0 {
						t.score, t.total = max(t.score, part.score)+2, true
						return &t
					}
				}
			}
		}
	}
	return nil
}

var (
	// jaOutOfScopeRe finds a notice saying what a figure counts was not
	// part of its incident: 本件の対象ではございません, 対象外です.
	jaOutOfScopeRe = regexp.MustCompile(`(?:本件|今回)の?対象(?:では(?:ござい|あり)?ませ|ではない|外)`)
	// jaCumulativeRe finds a running total of a business's visitors,
	// members or sales written before a figure (累計来場者数は延べ…); a
	// breach's own total may be written 累計 too (累計で約3万件が流出).
	jaCumulativeRe = regexp.MustCompile(`(?:累計|延べ|のべ)[^、。]{0,4}?(?:来場者|入場者|参加者|利用者|会員|登録者|受講者|受診者|ダウンロード|販売|出荷|発行)`)
)

// membershipParen reports a count in brackets right after a body's name
// that sizes the body (コープ〇〇（組合員約48万人）), not one closing a
// sentence on the breach (…と発表した（顧客約3万2000人分）).
func membershipParen(before, after string) bool {
	m := jaMembershipParenRe.FindStringSubmatch(before)
	if m == nil || strings.HasPrefix(after, "分") {
		return false
	}
	for _, end := range []string{"した", "された", "れた", "った", "いる", "いた", "ある", "です", "ます", "ない", "だ"} {
		if strings.HasSuffix(m[1], end) {
			return false
		}
	}
	return true
}

// clauseTail returns the words of s after its last comma, semicolon or
// dash: the clause a phrase at its end belongs to.
func clauseTail(s string) string {
	if i := strings.LastIndexAny(s, ",;—–"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// jaNoPersonalDataRe finds a notice's word that no personal data was lost.
var jaNoPersonalDataRe = regexp.MustCompile(`(?:お客様の|お客さまの)?個人情報(?:の|が)?(?:流出|漏えい|漏洩|外部流出)(?:は|も)?(?:現時点で(?:は)?|現在)?(?:確認されて(?:おりません|いません|いない)|ございません|ありません|ない|認められ(?:ません|ない))|個人情報への影響は(?:ございません|ありません|ない|確認されて(?:おりません|いません|いない))`)

// jaAccountsRe finds customers counted by their accounts (約38万口座), as a
// theft of funds counts those it tells.
var jaAccountsRe = regexp.MustCompile(`[0-9０-９万千]+\s*口座`)

// noPersonalDataLost reports a text that says no personal data was lost,
// as a notice of stolen funds does.  A notice that may yet find some
// (現時点で…確認されておりませんが、引き続き調査) says so too, which is why
// the caller asks for a count of accounts besides.
func noPersonalDataLost(ss []sentence) bool {
	for _, s := range ss {
		if jaNoPersonalDataRe.MatchString(s.text) {
			return true
		}
	}
	return false
}
