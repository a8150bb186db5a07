package incident

import (
	"regexp"
	"slices"
	"strings"

	"github.com/breachwire/breachwire/extract/actors"
)

var (
	enSuspectedRe = regexp.MustCompile(`(?i)\b(?:suspect\w*|believed?|believes|likely|possibl[ey]|may have|might have|may be|might be|could be|could have|linked to|tied to|(?:linked|tied|connected) (?:it|them|this|the (?:[\w-]+ ){0,2}?(?:attack|breach|intrusion|incident|hack|skimmer|code|malware|activity|campaign|tools?|tooling|infrastructure)(?: (?:found|used|seen|observed|discovered|deployed|recovered|planted) (?:on|in|at|during|by) [^.;,]{1,50}?)?) to|associated with|connected to|hallmarks|calling card|assumption that [^.]{0,80}?(?:behind|responsible|involved|carried out)|assumed to (?:be|have been) (?:behind|responsible)|working (?:theory|hypothesis) (?:is )?that [^.]{0,80}?(?:behind|responsible|involved|carried out)|consistent with|points? to|pointed to|confidence|thought to|alleged\w*|reportedly|appears? to|appeared to|seems? to|resembl\w*|similarit\w*|match(?:es|ed)|overlaps?|potentially|probably|assess\w*|speculat\w*|unconfirmed|not (?:yet )?(?:been )?(?:confirmed|verified)|could not (?:be )?(?:confirmed|verified)|attributed with)\b`)
	enStatedRe    = regexp.MustCompile(`(?i)\b(?:(?:ransom|extortion) (?:notes?|e-?mails?|letters?|demands?|messages?) (?:was |were )?signed|signed by|claim\w*|blamed|blames|blaming|bragged|boasted|took credit|taken credit|takes credit|attributed|attribution|carried out|conducted|perpetrated|orchestrated|(?:was|is|were|are) behind|responsible|leak site|leak blog|data leak|extortion (?:site|portal|blog)|dark web (?:site|blog|portal)|listed|added|posted|published|(?:hit|attacked|breached|hacked|targeted|compromised|struck|infected|encrypted|extorted) (?:by|with)|victim of|deployed|ransomware attack|behind (?:the|this) (?:attack|breach|hack|intrusion|incident|cyberattack)|(?:gang|group|hackers|operators|affiliates?|actors?|crew) (?:breached|hit|stole|attacked|compromised|leaked|published|claimed|targeted|encrypted|deployed|infiltrated|demanded|threatened)|says it (?:has |had )?(?:breached|hacked|broken into|stolen|attacked|hit|compromised|encrypted|taken))\b`)
	// A name in a list or comparison is only mentioned: "groups such as
	// LockBit", "like Cl0p before it".
	// enListGoesOnRe finds a list of groups going on before a name:
	// "groups such as LockBit and ", "like Akira, Play and ".
	enListGoesOnRe = regexp.MustCompile(`(?i)\b(?:like|such as|including|alongside|as well as|besides|similar to)\s+(?:the\s+)?(?-i:[A-Z0-9])[\w.-]*(?:\s+(?-i:[A-Z0-9])[\w.-]*)?(?:,\s*(?:the\s+)?(?-i:[A-Z0-9])[\w.-]*(?:\s+(?-i:[A-Z0-9])[\w.-]*)?)*,?\s+(?:and|or)\s+(?:the\s+)?$`)
	enListBeforeRe = regexp.MustCompile(`(?i)\b(?:like|such as|including|similar to|unlike|as well as|rivals?|except|other than|besides|behind only|second only to|other (?:groups?|gangs?|actors?)|e\.g\.|alongside|followed by|compared (?:to|with))\s*(?:the\s+)?$|(?:^|\s)(?-i:[A-Z0-9])[\w.-]*,\s*(?:and|or)\s*(?:the\s+)?$`)
	enOtherRe      = regexp.MustCompile(`(?i)\b(?:elsewhere|(?:attacks?|breach|breaches|hacks?|intrusions?|campaigns?) (?:on|against|at|targeting) (?:a|an|another|other|several|multiple|two|three|dozens|hundreds|\d+)\b|no (?:group|gang|actor|one) has (?:yet )?(?:been linked|been named|claimed)|last year|in 20\d\d|earlier this year|previously|in the past|before it|known for|(?:often|usually|typically|commonly|generally|widely) (?:attributed|linked|associated|blamed|tied)|also (?:hit|targeted|attacked|breached)|rebrand\w*|successor|most active|most often|most frequently|most common|top (?:groups|gangs)|trend|statistics|unrelated|separate claim)\b`)
	// enMonthLeadRe opens a sentence at another time ("In August, its
	// German unit disclosed…"): another incident unless the sentence
	// names the victim or points back at this attack.
	enMonthLeadRe = regexp.MustCompile(`^In (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?: \d{4})?,`)
	// enOtherBeforeRe, before a name, turns to another incident than the
	// article's: "five weeks after the retailer disclosed an intrusion
	// linked to X", "the 2022 attacks in which X", "the second incident
	// at the publisher in five months, after the X gang stole…".
	enOtherBeforeRe = regexp.MustCompile(`(?i)\b(?:weeks|months|days|years) (?:after|before) (?:the |its |a |an )?(?:[\w-]+ ){0,3}?(?:disclosed|reported|revealed|announced|suffered|confirmed|was hit|had been hit)\b|\b(?:weeks|months|years) earlier\b|\b(?:the|an|those|these) (?:earlier|previous|prior|other) (?:reports?|coverage|stor(?:y|ies)|headlines?|case|cases)\b|\b(?:earlier|previous|prior|separate|unrelated) (?:\w+ )?(?:incident|attack|breach|intrusion|hack|compromise)\b|\bthe (?:20\d\d|earlier|previous|prior|past) (?:\w+ )?(?:attacks|breaches|incidents|campaigns?|intrusions|hacks)\b|\b(?:some|many|several|most|one|two|three|few|all|none) of (?:those|these|the|such) (?:\w+ )?(?:attacks|breaches|incidents|cases|intrusions|hacks)\b|\b(?:second|third|fourth|another) (?:[\w-]+ ){0,2}?(?:incident|breach|attack|intrusion|hack|compromise)\b[^.;]{0,80}?\b(?:after|following) (?:the |a |an )?$`)
	// enDeniedAfterRe, after a name, says no group is tied to this
	// incident: the name belongs to another one.
	enDeniedAfterRe = regexp.MustCompile(`(?i)\bno (?:group|gang|actor|one|threat actor) has (?:yet |so far )?(?:been (?:linked|tied|connected|named|identified)|claimed|taken credit)|\bnothing (?:[\w'’-]+ ){0,6}?(?:points|pointed|ties|tied|links|linked) (?:it |the (?:attack|incident|breach) )?to any (?:particular |specific |known )?(?:group|gang|crew|actor)|\b(?:denied|denies|denying|disclaimed) (?:any )?(?:involvement|responsibility|a role|being behind)|\b(?:were|was|are|is) not (?:working|acting|operating|cooperating) (?:together|with (?:them|it|that group|the group))\b|\b` + noLinkToGroup + `\b`)
	// jaDeniedAfterRe, after a name, denies the link to this incident:
	// 今回の攻撃とは無関係, 関連は確認されていない, 関与を否定, 同社は特定
	// のグループによる犯行とはしていない.
	jaDeniedAfterRe = regexp.MustCompile(`(?:重複|関連|関係|共通点|つながり)(?:は|が)?(?:見られ|確認され|認められ|見つかって)(?:ない|ず|ませんでした|ていない|なかった)|無関係|関連は(?:確認されて|ない|なか)|関係は(?:ない|なか)|関与を否定|関与していない|による(?:犯行|攻撃)と(?:は|も)?(?:していない|しておらず|していません|断定して(?:いない|おらず|いません)|特定して(?:いない|おらず|いません)|認めて(?:いない|おらず|いません)|見て(?:いない|おらず|いません))`)
	// enCodeRe: the group's code, not the group: "the leaked X builder".
	// "the technique widely called X": a method named after a group.
	enCodeBeforeRe = regexp.MustCompile(`(?i)\b(?:leaked|fork of|forked from|modified version of|based on|derived from|built on|reused|(?:a |an )?(?:variant|strain|version) of)\s+(?:the\s+)?(?:leaked\s+)?$|\b(?:technique|method|tactic|approach|style|scheme|trick)s? (?:[\w-]+ ){0,5}?(?:called|known as|dubbed|named)\s+$|\b(?:technique|method|tactic|approach|playbook|trick)s? (?:[\w-]+ ){0,3}?(?:associated with|linked to|made famous by|popularised by|popularized by|favou?red by|borrowed from|used by)\s+(?:the\s+)?$`)
	jaCodeAfterRe  = regexp.MustCompile(`^[）)」』]*(?:と呼ばれる|という|型の|式の)(?:攻撃|犯行)?の?(?:手法|手口)|^[）)」』]*の?(?:流出した|漏えいした)?(?:ソースコード|ビルダー)|^[）)」』]*(?:系統|系列|亜種|ファミリー|型|風|スタイル)|^[）)」』]*の(?:系統|系列|亜種|ファミリー|派生)|^[）)」』]*(?:[（(][^）)]{0,20}[）)])?[」』]*から[^。]{0,20}?(?:流出|漏えい|リーク)した(?:作成ツール|ビルダー|ソースコード|暗号化ツール)`)
	// enVendorPitchRe: a vendor's pitch names groups its product stops.
	enVendorPitchRe = regexp.MustCompile(`(?i)\b(?:protect\w*|defend\w*|safeguard\w*|shield\w*|block\w*|stop\w*) (?:\w+ ){0,4}?(?:against|from) (?:\w+ ){0,4}?(?:threats?|groups?|gangs?|attacks?|ransomware)\b|\bour (?:platform|products?|solutions?|services?|technology|tools?) (?:stops?|blocks?|detects?|protects?|prevents?|defends?|catches|caught|stopped|blocked|detected)\b`)
	enCodeAfterRe   = regexp.MustCompile(`(?i)^(?:'s)?\s+(?:\d[\d.]*\s+)?(?:builder|source code|source|codebase|code base)\b|^-(?:based|derived|like|style|type|esque)\b|^\s+(?:ransomware\s+)?(?:variant|strain|family)\b|^\s+(?:style|type|skimmers?|skimming|scripts?|kits?|playbook|tactics|techniques)\b`)
	// enNotRealRe: an exercise, a scenario or a question is no report of
	// an incident.
	enNotRealRe = regexp.MustCompile(`(?i)\b(?:tabletop|exercises?|drills?|scenarios?|simulated|simulation|fictional|hypothetical|mock attack|asked (?:whether|if)|wondered (?:whether|if))\b`)
	// jaTallyRe: a group ranked in a count: 最多, 上位, 割合.
	jaTallyRe = regexp.MustCompile(`最多|上位|割合|[0-9０-９.]+[%％]を占め|ランキング`)
	// enTallyRe: a group ranked in a count of many incidents.
	enTallyRe   = regexp.MustCompile(`(?i)\bmore than\b[^.;]{0,60}\bcombined\b|\b(?:most often|most frequently|most common(?:ly)?|more than any (?:other )?(?:group|gang)|most (?:active|prolific)|dominat\w+|topped|tops the|leaderboard|league table|accounted for (?:about |around |nearly |roughly |some )?\d[\d.]*\s?(?:%|per ?cent)|\d[\d.]*\s?(?:%|per ?cent) of (?:all )?(?:the )?(?:attacks|incidents|victims|claims|cases|leak-site posts|postings))`)
	jaNotRealRe = regexp.MustCompile(`訓練|演習|という想定|想定し|想定した|想定で|という設定|設定で|架空の|シナリオ`)
	// jaOtherBeforeRe, before a name, sets the clause in another time:
	// このときは, 2021年には, 2023年に北汐ガスが, 6月にも (not 2025年10月に).
	jaOtherBeforeRe = regexp.MustCompile(`このとき|その際|当時|その時|前回|[0-9０-９]{4}年(?:には|にも|に[^0-9０-９月])|[0-9０-９]{1,2}月にも|昨年|以前に|過去に|別の|他の`)
	// jaSameCoRe points at the victim by 同社 and a particle of its role.
	jaSameCoRe = regexp.MustCompile(`同(?:社|院|行|法人|大学|市|町|村|県|病院)(?:へ|に|を|の|から)`)

	// The actor as the subject of a breach verb: "Midnight Blizzard broke
	// into", "the ShinyHunters name, posted a sample".
	enActorVerbRe = regexp.MustCompile(`(?i)^\W*(?:, [^,]{1,140}, )?(?:(?:told|tells|has told) (?:[\w'-]+\W+){1,6}?(?:that )?(?:it|they) (?:had |has |have )?(?:stolen|stole|taken|took|lifted|obtained|exfiltrated|breached|hacked|accessed|copied|downloaded)\b|(?:which |who |that )?(?:[\w'-]+\W+){0,3}?(?:has |have |had |then |also )?(?:breached|hacked|broke into|broke in|got in|compromised|infiltrated|stole|exfiltrated|accessed|gained access|gained entry|broken into|broken in|attacked|targeted|encrypted|leaked|published|posted|offered|advertised|demanded|sold|is selling|was selling|listed|added|deployed|lists|posts|publishes|leaks|sells|offers|dumps|adds|targeting|attacking|hitting)\b)`)
	// enRejectedRe marks a group considered and set aside, or named as
	// another group's forerunner: "we considered APT29 ... but found no
	// overlap", "former members of the Conti operation".
	enRejectedRe = regexp.MustCompile(`(?i)\b(?:considered|ruled out|rules out|rule out|found no|no (?:technical )?overlap|(?:did|does|do) not overlap|(?:didn't|doesn't|don't) overlap|(?:are|is|were|was) tracked (?:separately|as (?:separate|distinct))|rather than|instead of|not (?:behind|responsible|involved)|dismiss\w*|unlikely|(?:we|i) (?:[^.;,]{0,60}? and )?(?:do|did) not (?:assess|attribute|believe|think|see|suspect)|no (?:evidence|sign|indication) (?:of|that)|declined to (?:make an? )?attribut\w*|(?:the )?(?:link|connection|tie) (?:has|had|have) not been (?:confirmed|established|proven)|nothing (?:that |to )?(?:supports|support|backs|corroborates) (?:that|it|this|the claim)|no (?:information|evidence|indication) (?:that )?(?:supports|support|backs|corroborates) (?:those|these|the|that|such|any) claims?|no evidence (?:that )?(?:supports|backs|corroborates))\b`)
	// enFalseClaimAfterRe, after a name, says the claim that named it is
	// wrong: "claiming that X was behind the incident are not correct".
	enFalseClaimAfterRe = regexp.MustCompile(`(?i)^[^.;:]{0,80}?\b(?:are|is|were|was) (?:not correct|not true|not accurate|incorrect|false|untrue|inaccurate|unfounded|baseless|mistaken)\b`)
	enLineageBeforeRe   = regexp.MustCompile(`(?i)\b(?:former members of|members of|offshoot of|splinter of|emerged from|spun off from|rebrand of|successor to|remnants of|ex-|works? (?:alongside|with))\s*(?:the\s+)?(?:(?-i:[A-Z0-9])[\w.$-]*(?:\s+(?-i:[A-Z0-9])[\w.$-]*)?,?\s+(?:and|or)\s+(?:the\s+)?)?$|\b(?:the )?defunct\s+$`)
	// jaSelfRefRe finds a notice speaking of its issuer (当院, 当社):
	// a dated sentence of the issuer's own notice tells of its incident.
	jaSelfRefRe = regexp.MustCompile(jaSelfWords)
	// jaOngoingRe finds what has gone on since a date and goes on still:
	// 8月頃から…送信していることを確認しています.
	jaOngoingRe   = regexp.MustCompile(`から[^。]*(?:ている|ています|ております|続いて|継続)`)
	jaStatedRe    = regexp.MustCompile(`^[^。、]{0,30}?[」』)]*(?:が|は)、?[^。]{0,90}?(?:標的型メールを送信|標的として|を標的に|を狙(?:った|って|い)|攻撃を(?:仕掛|行って|継続))|^[^。、]{0,30}?[」』)]*(?:により|によって)|^[^。、]{0,30}?[」』)]*(?:が|は)[^。]{0,40}?(?:侵入|不正アクセスし|窃取|盗み出|盗ん|奪っ|暗号化し|侵害し|潜伏|潜入)|犯行声明|による犯行|による(?:サイバー)?攻撃|から(?:の)?攻撃|に攻撃され|の攻撃を受け|リークサイト|暴露サイト|を名乗|と名乗|が犯行|が声明|主張|に感染|による被害|が関与した|の仕業|が(?:公開|掲載)|が(?:同社|同院|同校|同大学?|同組合|同法人|同市|同町|同村|同県|同行|同金庫|当社|当院|当行)を(?:[^。]{0,12}?に)?(?:公開|掲載)|とする声明|との声明|声明を(?:出|発表|公表|掲載)|を攻撃した|によるもの|と断定|と判断し|と結論`)
	jaSuspectedRe = regexp.MustCompile(`関与か|関与を疑|と重な|関与の疑い|関与の見方|関与の可能性|の犯行か|関与を(?:報じ|伝え|指摘|示唆)|疑い|疑われ|とみられ|と見られ|可能性|推定|指摘|関連が|関与が|とされる|とみて|と考えられ|と推測|類似|との見方|関連性|のものと同じ|と同一|と一致|(?:と|に)似て|酷似|似通|(?:関連|関与|関係)を(?:調べ|捜査|調査)`)
	jaListAfterRe = regexp.MustCompile(`^[」』"]?(?:など|といった|のような|をはじめ|や|、|と(?:[^のはしみ見さ呼一同名称]|$)|同様|のほか)`)
	// jaLineageAfterRe: 「X」の後継を名乗るグループ speaks of another group.
	jaLineageAfterRe = regexp.MustCompile(`^[）)」』]*の(?:後継|派生|分派|元メンバー|流れをくむ|流れを汲む)`)
	// jaCleftBeforeRe: 掲載したのは「X」だ — the deed comes before the name.
	jaCleftBeforeRe = regexp.MustCompile(`(?:掲載|公開|犯行声明を出|攻撃|侵入|暗号化|窃取|盗み出|関与)[^。]{0,12}のは[^。]{0,30}$`)
	// enHandleBeforeRe: the name a poster or claimant goes by.
	enHandleBeforeRe = regexp.MustCompile(`(?i)\b(?:goes by|going by|go by|calling (?:itself|himself|herself|themselves)|calls (?:itself|himself|herself|themselves)|call themselves|identif(?:y|ies|ied|ying) (?:itself|himself|herself|themselves) (?:[\w-]+ ){0,4}?as|(?:signed|signs) (?:the |its |their )?(?:ransom )?(?:note|demand|message) as|under the (?:handle|alias|moniker|username|name)|using the (?:handle|alias|moniker|username|name)|by the (?:handle|alias|moniker|username)|tracked (?:[\w-]+ ){0,4}?as|(?:track|tracks) (?:it |them )?as)\s*(?:the\s+)?["'“‘]?$`)
	// enTrackedAsRe: "actors tracked in industry as X, Y and Z" — the
	// industry's names of one actor follow.
	enTrackedAsRe = regexp.MustCompile(`(?i)\b(?:tracked (?:[\w-]+ ){0,4}?as|(?:track|tracks) (?:it |them )?as|known in (?:the )?industry as)\s*["'“‘]?$`)
	// enUmbrellaRe: "the broader Lazarus umbrella" names a loose family, not
	// the group attributed.
	// enUnrelatedRe: "unrelated to a claim by X" sets the group apart.
	enUnrelatedRe      = regexp.MustCompile(`(?i)\b(?:unrelated to|separate from|not (?:connected|linked|related) to|distinct from)\b`)
	enUmbrellaAfterRe  = regexp.MustCompile(`^(?:'s)?\s*umbrella\b`)
	enUmbrellaBeforeRe = regexp.MustCompile(`(?i)\bumbrella (?:of|group|term)\s+(?:the\s+)?$`)
	// jaMainRefRe points back at the article's own incident or victim:
	// この攻撃を巡っては, 今回の活動, 同社から.
	// jaThisRe names the article's own incident anywhere in a sentence:
	// 今回の活動が「X」と一致.
	jaThisRe = regexp.MustCompile(`(?:今回の|本件の?|当該|本|この)(?:攻撃|事案|件|被害|インシデント|侵害|活動|事件|不正アクセス|侵入|キャンペーン|攻撃キャンペーン|作戦)`)
	// jaNoteBeforeRe: the ransom note carried the name: 脅迫文に「X」.
	jaNoteBeforeRe = regexp.MustCompile(`(?:脅迫文|脅迫状|身代金要求文|ランサムノート)(?:に|には|で|の中で|に記された)[^。、]{0,10}$`)
	jaMainRefRe    = regexp.MustCompile(`^[^。]{0,6}(?:この|本|今回の|当該)(?:攻撃|事案|件|被害|インシデント|侵害|活動|事件)|同(?:社|院|金庫|法人|大学|市|町|村|県|子会社|企業団|組合|病院|会|学園|機構|協会|団体|生協|財団)(?:から|を|に|の|が|は|へ|も)`)
	jaOtherRe      = regexp.MustCompile(`過去|昨年|以前|これまで|別の|他の|トレンド|統計|活発|相次|多発|急増|[0-9０-９]{4}年(?:には|にも)|[0-9０-９一二三四五六七八九十数]+(?:年|か月|カ月|ヶ月|週間)前`)
)

// noLinkToGroup denies any link between the incident and the group named
// just before: "no evidence whatsoever linking the attack to that group".
const noLinkToGroup = `no (?:evidence|sign|indication)(?: whatsoever| at all| yet)?["”']? (?:linking|tying|connecting|that links|that ties) (?:(?:the (?:attack|incident|breach|intrusion) |it |them )?(?:to|with) (?:that|the|this) (?:group|gang|crew|actor|network|outfit|collective)|(?:that|the|this) (?:group|gang|crew|actor|network|outfit|collective) (?:to|with) (?:the|this|its) (?:attack|incident|breach|intrusion|hack|theft))`

var (
	// enDoubtBackRe finds a sentence doubting the group just named: "the
	// seller had no known connection to that group".
	enDoubtBackRe = regexp.MustCompile(`(?i)\b(?:(?:found|find|finds|saw|see|sees|has|have|had) (?:nothing|no evidence|no sign) to (?:support|back up|confirm|corroborate) (?:that|this|it|the claim|those claims|the posts?)|(?:i'?m|i am|we are|we're|i remain|we remain) (?:not|un)convinced|nothing (?:in [^.;]{1,60}? )?points? (?:there|that way|to (?:that|the) (?:group|gang|crew|actor))|no (?:group|gang|actor) has (?:yet )?(?:come forward|claimed)|no (?:known |apparent |clear )?(?:connection|link|links|ties?|affiliation) (?:to|with) (?:that|the|this) (?:group|gang|crew|actor|outfit)|(?:could|can|did) not (?:confirm|verify|establish|corroborate) (?:any |a |the )?(?:connection|link|tie|involvement)|(?:not|never) (?:been )?(?:linked|connected|tied) to (?:that|the|this) (?:group|gang|crew)|` + noLinkToGroup + `)\b`)
	// jaDoubtRe finds a doubt about a group's link: 同集団との関係は確認
	// できない.
	// 同グループと結びつける根拠はない does too, and so does a link some
	// point to and the writer finds no support for (研究者はXとの関連を
	// 指摘していますが、…それを裏付ける材料は確認されていません).
	jaDoubtRe = regexp.MustCompile(`同(?:集団|グループ|組織)(?:と|との)(?:関係|関連|関与|つながり)(?:は|が|を)?(?:確認でき(?:ない|なかった|ず)|確認されていない|ない|不明|否定)|同(?:集団|グループ|組織)(?:と|に)(?:結びつける|結び付ける|関連付ける|関連づける|結びつく|つながる)(?:根拠|証拠|情報)(?:は|が|も)(?:今のところ|現時点では?|現在|まだ|いまだ)?(?:ない|なし|見つかっていない|確認されていない|得られていない)|同(?:集団|グループ|組織)(?:の関与を示す|による犯行と断定する|の犯行と断定する|の関与を裏付ける)(?:根拠|証拠)(?:は|が|も)(?:今のところ|現時点では?|現在|まだ|いまだ)?(?:ない|なし|見つかっていない|確認されていない|得られていない)|との(?:関連|関係|関与)を(?:指摘|示唆)[^。]{0,30}?が、[^。]{0,30}?(?:それ|これ|その関連|その関与)を裏付ける(?:材料|根拠|証拠|情報)(?:は|が|も)(?:今のところ|現時点では?|現在|まだ|いまだ)?(?:ない|なし|ありません|見つかって(?:いない|いません|おりません)|確認されて(?:いない|いません|おりません)|得られて(?:いない|いません))`)
)

var (
	// enNegatedBeforeRe ends the words that rule out the group named
	// next: "no indication that", "no evidence of", "do not believe".
	enNegatedBeforeRe = regexp.MustCompile(`(?i)\bno (?:evidence|sign|signs|indication|suggestion)(?: whatsoever| at all| yet)? (?:that|of) (?:the )?$|\b(?:(?:do|does|did) not|don't|doesn't|didn't|no longer) (?:believe|think|suspect|consider)(?: that)? (?:the )?$`)
	// enNoLinkBeforeRe ends the words that deny a link to the group
	// named next, whatever follows it: "no evidence linking the
	// intrusion to", "found nothing tying it to", "has not been linked
	// to", "no known link to".
	enNoLinkBeforeRe = regexp.MustCompile(`(?i)\b(?:no (?:evidence|sign|signs|indication|suggestion)|nothing)(?: whatsoever| at all| yet)? (?:linking|tying|connecting) [^.;]{1,60}? (?:to|with) (?:the )?$|\bno (?:evidence|sign|signs|indication)(?: whatsoever| at all| yet)? (?:pointing|that points) (?:to|at) (?:the )?$|\b(?:has|have|had) not (?:(?:yet|publicly|definitively|officially|conclusively|formally) )*been (?:(?:publicly|definitively|officially|conclusively|formally) )?(?:linked|tied|connected|attributed) to (?:the )?$|\b(?:hasn't|haven't|hadn't) (?:yet )?been (?:linked|tied|connected|attributed) to (?:the )?$|\b(?:has|have) yet to be (?:linked|tied|connected|attributed) to (?:the )?$|\b(?:was|were|is|are) not (?:linked|tied|connected|attributed) to (?:the )?$|\bno (?:known |apparent |clear )?(?:link|links|connection|ties?) (?:to|with) (?:the )?$`)
	// enInvolvedAfterRe follows the group so ruled out: "was involved",
	// "had any role", "'s involvement".
	enInvolvedAfterRe = regexp.MustCompile(`(?i)^(?:'s| ransomware| gang| group| crew)?(?: (?:was|were|is|are|had|has|have))?(?: been)? (?:involved|behind|responsible|linked|connected|tied|any (?:role|part|hand)|a (?:role|part|hand))\b|^(?:'s)? (?:involvement|role|participation)\b`)
	// enNegatedAfterRe follows a group ruled out: "was not involved",
	// "has not claimed the attack".
	enNegatedAfterRe = regexp.MustCompile(`(?i)^(?: ransomware| gang| group| crew)? (?:(?:was|were|is|are) not (?:(?:thought|believed|understood|considered|said) to (?:be|have been) )?(?:involved|behind|responsible)|(?:has|have|had) not (?:(?:yet|publicly|definitively|officially|conclusively|formally) )*been (?:linked|tied|connected|attributed)|(?:hasn't|haven't|hadn't) (?:yet )?been (?:linked|tied|connected|attributed)|(?:has|have) yet to be (?:linked|tied|connected|attributed)|(?:was|were|is|are) not (?:linked|tied|connected|suspected|blamed)|(?:has|have|had|did) not (?:yet )?(?:claimed|claim|taken credit|take credit|taken responsibility|take responsibility)|(?:hasn't|haven't|hadn't|didn't) (?:yet )?(?:claimed|claim|taken credit|take credit))\b`)
)

// enVictimDeniesRe finds the victim or its people saying what they have
// (not) seen: "Brindlecombe told us it had seen no evidence", "the company
// said it had found no sign".
var enVictimDeniesRe = regexp.MustCompile(`(?i)\b(?:told|tells|said|says|stated|insisted|maintains|maintained|repeated|repeats|reiterated|reiterates)\b[^.;]{0,30}\b(?:it|we|they|the company|the firm)\b[^.;]{0,20}\b(?:had|has|have)? ?(?:seen|found|identified|observed) (?:no|nothing)\b`)

// negatedGroup reports whether a sentence rules out the group it names as
// alias: "no indication that Scattered Spider was involved". The whole
// sentence's mentions of the group then count as mentions: one that
// recalls its other attacks is context for the one ruled out.
func negatedGroup(text, alias string) bool {
	if alias == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], alias)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(alias)
		rest := text[end:]
		if rc := enDescribingClauseRe.FindStringIndex(rest); rc != nil {
			// "Scattered Spider, which pioneered the trick, is not
			// thought to be involved": the predicate follows the clause.
			rest = " " + rest[rc[1]:]
		}
		after := rest[:min(len(rest), 60)]
		before := text[max(0, i-90):i]
		if enNegatedBeforeRe.MatchString(before) && enInvolvedAfterRe.MatchString(after) || enNegatedAfterRe.MatchString(after) || enNoLinkBeforeRe.MatchString(before) {
			return true
		}
		from = end
	}
}

// enNotInvolvedAfterRe follows a group said to have had no part in this
// breach, to the end of the clause: "was involved at Brenford", "was
// behind the attack" (not "was involved in the phishing campaign against
// its customers last year", another incident, nor "has not claimed").
var enNotInvolvedAfterRe = regexp.MustCompile(`(?i)^(?: ransomware| gang| group| crew)?(?: (?:was|were|is|are|had been|has been))? (?:involved|behind|responsible)(?: (?:at|in|with|for|behind) (?:the |this )?[^,.;]{0,40}?)?\s*(?:[,.;]|$)`)

// enOtherCampaignRe finds the words that set a denial on another
// incident than the article's.
var enOtherCampaignRe = regexp.MustCompile(`(?i)\b(?:campaign|last year|previous|earlier|prior|in (?:19|20)\d\d)\b`)

// notInvolvedHere reports whether text denies, of the group named by
// alias, any part in the incident itself: "There is no indication that
// Volt Typhoon was involved at Brenford".
func notInvolvedHere(text, alias string) bool {
	i := strings.Index(text, alias)
	if i < 0 {
		return false
	}
	after := text[i+len(alias):]
	m := enNotInvolvedAfterRe.FindString(after)
	return m != "" && enNegatedBeforeRe.MatchString(text[max(0, i-90):i]) && !enOtherCampaignRe.MatchString(m)
}

// enAliasIntroRe ends the words that give another name of a group just
// named: "FIN7, the financially motivated group also known as".
var enAliasIntroRe = regexp.MustCompile(`(?i)\b(?:also known as|otherwise known as|a\.?k\.?a\.?|also tracked as|also called|also dubbed|also referred to as|sometimes called|tracked by others as|known (?:elsewhere|to others) as)\s*(?:the\s+)?["“'‘]?\s*$`)

// otherGroupAlias reports whether match m is introduced as another name of
// a different group matched earlier in the same sentence, within a short
// clause.
func otherGroupAlias(text string, m actors.Match, ms []actors.Match) bool {
	if !enAliasIntroRe.MatchString(text[:m.Start]) {
		return false
	}
	for _, o := range ms {
		if o.Group != nil && o.Group != m.Group && o.End <= m.Start && m.Start-o.End <= 80 && !strings.ContainsAny(text[o.End:m.Start], ".;") {
			return true
		}
	}
	return false
}

// otherNewsHeadingRe finds the heading over a newsletter's or a news
// page's other items: "Elsewhere", "In other news", その他のニュース.
var otherNewsHeadingRe = regexp.MustCompile(`(?i)^(?:▌|■|#+ )?\s*(?:elsewhere|in other news|other news|also (?:this week|in the news|in this issue|in this episode|noteworthy)|in brief|news in brief|briefly|quick hits|more news|other stories|around the web|the rest of the news|その他のニュース|その他の話題|そのほかのニュース|こちらもおすすめ)\s*[:.：]?$`)

// attribute rates every catalogue match of the article and returns one
// attribution per group with its strongest rating.
func attribute(cat *actors.Catalogue, ss []sentence, ja bool, victims []Victim) []Attribution {
	if cat == nil {
		return nil
	}
	var out []Attribution
	index := map[string]int{}
	parentOf := map[string]string{}
	var prev, prevTied []string
	prevIdx := 0
	elsewhere := false
	for _, s := range ss {
		var here, tied []string
		if !s.title && otherNewsHeadingRe.MatchString(strings.TrimSpace(s.text)) {
			elsewhere = true
		}
		ms := cat.Find(s.text)
		for _, m := range ms {
			if m.Group == nil || m.Start < 0 || m.End > len(s.text) || m.Start > m.End {
				continue
			}
			st := rateMatch(s, m, ja, victims)
			if !ja && negatedGroup(s.text, m.Alias) {
				// "…though there is no indication that Scattered
				// Spider was involved": whatever else the sentence
				// says of the group, it is ruled out here.
				st = Mentioned
				if i, ok := index[m.Group.Name]; ok && s.idx-prevIdx <= 2 && slices.Contains(prev, m.Group.Name) &&
					(enVictimDeniesRe.MatchString(s.text) || notInvolvedHere(s.text, m.Alias) && (mentionsVictim(s.text, victims) || pointsBack(s.text, ja))) {
					// "…has already decided that Scattered Spider is
					// behind it. Brindlecombe told us it had seen no
					// evidence pointing to Scattered Spider": the
					// victim denies what was said just before. "…
					// attributed early exploitation to Volt Typhoon.
					// There is no indication that Volt Typhoon was
					// involved at Brenford": the text itself does.
					out[i].Strength = Mentioned
				}
			}
			if !ja && otherGroupAlias(s.text, m, ms) {
				// "FIN7, the group also known as Carbanak": the text
				// gives another name of the group it just named, one
				// the catalogue keeps apart; one group is meant.
				st = Mentioned
			}
			if elsewhere && !mentionsVictim(s.text, victims) {
				// Under a newsletter's "Elsewhere" the items are other
				// incidents: their groups are not this one's.
				st = Mentioned
			}
			here = append(here, m.Group.Name)
			if st != Mentioned {
				tied = append(tied, m.Group.Name)
			}
			a := Attribution{Name: m.Group.Name, Alias: m.Alias, Strength: st, Evidence: s.text}
			if i, ok := index[a.Name]; ok {
				if rank(st) > rank(out[i].Strength) {
					out[i] = a
				}
				continue
			}
			index[a.Name] = len(out)
			out = append(out, a)
		}
		if len(ms) == 0 && len(prev) > 0 && s.idx-prevIdx <= 2 && (enDoubtBackRe.MatchString(s.text) || jaDoubtRe.MatchString(s.text)) {
			// "…attributed it to ShinyHunters. Researchers said the
			// seller had no known connection to that group.": the
			// attribution just made is doubted.
			for _, name := range prev {
				if i, ok := index[name]; ok {
					out[i].Strength = Mentioned
				}
			}
		}
		if len(ms) == 0 && len(prev) > 0 && s.idx-prevIdx <= 3 {
			// "... matched the group's methods": a suspicion about the
			// group named just before.
			if st := rateBackReference(s, ja, victims); st != Mentioned {
				// "the crew" further on means a group the text tied to
				// the incident before one it named for context.
				target := prev
				if len(prevTied) > 0 {
					target = prevTied
				}
				for _, name := range target {
					if i, ok := index[name]; ok && rank(st) > rank(out[i].Strength) {
						out[i].Strength, out[i].Evidence = st, s.text
					}
				}
			}
		}
		if child, parent := subCluster(s.text, ms, prev, ja); parent != "" {
			parentOf[child] = parent
		}
		if len(here) > 0 {
			prev, prevIdx = here, s.idx
		}
		if len(tied) > 0 {
			prevTied = tied
		}
	}
	return foldSubClusters(out, index, parentOf)
}

var (
	enGroupRefRe = regexp.MustCompile(`(?i)\b(?:the|that|this) (?:same |loose |shadowy |notorious |prolific |criminal |hacking |ransomware |extortion )?(?:group|gang|crew|collective|actor|threat actor|operators?)(?:'s)?\b`)
	jaGroupRefRe = regexp.MustCompile(`同(?:集団|グループ|組織)`)
)

// rateBackReference rates a sentence that names no group but points back
// at "the group" named before: suspected when it hedges ("matched the
// group's methods"), stated when it claims, about the main incident only.
func rateBackReference(s sentence, ja bool, victims []Victim) string {
	if !mainIncident(s, ja, victims) {
		return Mentioned
	}
	if ja {
		loc := jaGroupRefRe.FindStringIndex(s.text)
		if loc == nil || jaOtherRe.MatchString(s.text) {
			return Mentioned
		}
		if jaSuspectedRe.MatchString(s.text[loc[0]:]) {
			return Suspected
		}
		return Mentioned
	}
	if !enGroupRefRe.MatchString(s.text) || enOtherRe.MatchString(s.text) || enRejectedRe.MatchString(s.text) {
		return Mentioned
	}
	if enSuspectedRe.MatchString(s.text) {
		return Suspected
	}
	return Mentioned
}

var (
	enPartOfRe = regexp.MustCompile(`(?i)\b(?:part of|a (?:sub-?group|subgroup|cluster|unit|faction|division|team|arm|sub-?cluster) (?:of|within)|within the wider|under the umbrella of|belonging to)\b`)
	jaPartOfRe = regexp.MustCompile(`の一部|傘下|配下|下部組織|の一派`)
)

// enTrackedApartRe and jaTrackedApartRe find a writer keeping apart a
// group that others count as part of another.
var (
	enTrackedApartRe = regexp.MustCompile(`(?i)\b(?:tracks?|tracked|treats?|treated|consider|considers) (?:it|them|the group|this group|the cluster|this cluster) (?:as )?(?:separately|apart|as (?:a )?(?:separate|distinct|independent) (?:group|cluster|actor|set))\b|\b(?:we|our team) (?:do not|don't|does not) (?:share|agree with|accept) (?:that|this) (?:view|assessment)\b`)
	jaTrackedApartRe = regexp.MustCompile(`(?:別の|独立した|独自の)(?:グループ|集団|組織|クラスター)として(?:追跡|扱|分類)|区別して(?:追跡|扱)`)
)

// subCluster finds "X, part of the wider Y" (or 「Y」と呼ばれるグループの一部
// after a sentence naming X) and returns the child X and the parent Y.
func subCluster(text string, ms []actors.Match, prev []string, ja bool) (child, parent string) {
	re := enPartOfRe
	if ja {
		re = jaPartOfRe
	}
	loc := re.FindStringIndex(text)
	if loc == nil || !ja && enTrackedApartRe.MatchString(text) || ja && jaTrackedApartRe.MatchString(text) {
		// "Some researchers regard it as a subgroup of APT10; we track
		// it separately": the writer does not fold one into the other.
		return "", ""
	}
	for _, m := range ms {
		if m.Group == nil {
			continue
		}
		if ja && m.End <= loc[0] || !ja && m.Start >= loc[1] {
			parent = m.Group.Name
		}
	}
	if parent == "" {
		return "", ""
	}
	for _, m := range ms {
		if m.Group != nil && m.Group.Name != parent {
			child = m.Group.Name
		}
	}
	if child == "" {
		for _, p := range prev {
			if p != parent {
				child = p
			}
		}
	}
	return child, parent
}

// foldSubClusters credits a parent group with what was said of its
// sub-cluster; the sub-cluster itself is kept as mentioned.
func foldSubClusters(out []Attribution, index map[string]int, parentOf map[string]string) []Attribution {
	for child, parent := range parentOf {
		ci, ok1 := index[child]
		pi, ok2 := index[parent]
		if child == "" || !ok1 || !ok2 {
			continue
		}
		if rank(out[ci].Strength) > rank(out[pi].Strength) {
			out[pi].Strength, out[pi].Evidence = out[ci].Strength, out[ci].Evidence
		}
		out[ci].Strength = Mentioned
	}
	return out
}

func rank(strength string) int {
	switch strength {
	case Stated:
		return 2
	case Suspected:
		return 1
	}
	return 0
}

// rateMatch rates one match: stated or suspected only for the main
// incident, a hedge winning over a claim in the same sentence.
func rateMatch(s sentence, m actors.Match, ja bool, victims []Victim) string {
	before, after := s.text[:m.Start], s.text[m.End:]
	if ja {
		if s.past && !jaThisRe.MatchString(s.text) && !jaSelfRefRe.MatchString(s.text) && !jaOngoingRe.MatchString(s.text) {
			// 2月の事案では…「キリン」が犯行声明を出していた: an earlier
			// incident's group.
			return Mentioned
		}
		if jaNoteBeforeRe.MatchString(before) && !jaNotRealRe.MatchString(s.text) {
			// 脅迫文には「SafePay」と記されていた: the ransom note of this
			// incident names its sender.
			if jaSuspectedRe.MatchString(after) {
				return Suspected
			}
			return Stated
		}
		if jaUnknownAfterRe.MatchString(after) {
			// LockBit自体が関与したかどうかは分かっていない: whether it
			// was involved is open.
			return Mentioned
		}
		if jaNotRealRe.MatchString(s.text) || jaTallyRe.MatchString(s.text) || jaDeniedAfterRe.MatchString(after) || jaDoubtRe.MatchString(after) || jaCodeAfterRe.MatchString(after) || jaOtherBeforeRe.MatchString(before) && !jaMainRefRe.MatchString(before) && !jaThisRe.MatchString(before) && !mentionsVictim(before, victims) && !jaClauseIsMain(after, victims) {
			return Mentioned
		}
		// A clause conceded before a contrast (…類似した点がありますが、)
		// says nothing of the group named after it.
		clause := s
		if i := strings.LastIndex(before, "が、"); i >= 0 {
			clause.text = s.text[i+len("が、"):]
		}
		if jaListAfterRe.MatchString(after) || jaLineageAfterRe.MatchString(after) || !mainIncident(clause, ja, victims) && !jaClauseIsMain(after, victims) || jaOtherRe.MatchString(clause.text) && !mentionsVictim(s.text, victims) && !jaMainRefRe.MatchString(s.text) && !jaThisRe.MatchString(s.text) && !jaClauseIsMain(after, victims) {
			return Mentioned
		}
		if jaCleftBeforeRe.MatchString(before) || jaNoteBeforeRe.MatchString(before) {
			if jaSuspectedRe.MatchString(after) {
				return Suspected
			}
			return Stated
		}
		// The Japanese predicate follows the name: read from the match on.
		from := s.text[m.Start:]
		switch {
		case jaSuspectedRe.MatchString(from):
			return Suspected
		case jaStatedRe.MatchString(from):
			return Stated
		}
		return Mentioned
	}
	if enTrackedAsRe.MatchString(before) && !enOtherRe.MatchString(s.text) && !otherIncidentBefore(before, victims) {
		// "actors, tracked in industry as Pioneer Kitten, Lemon
		// Sandstorm and UNC757": the names that follow are one actor's,
		// however many.
		return Stated
	}
	other := enOtherRe.MatchString(s.text)
	if other && enAppositiveRe.MatchString(after) && !enOtherRe.MatchString(before) && !enPastDeedRe.MatchString(after) &&
		(!enKnownForRe.MatchString(after) || enSuspectedRe.MatchString(before) || enStatedRe.MatchString(before)) {
		// "they suspect Magecart Group 12, a crew known for …": the
		// words of other incidents describe the group, the sentence
		// names it for this one.
		other = false
	}
	// A relative clause right after the group ("CyberAv3ngers, which
	// agencies have previously linked to…,") tells of its past when it
	// holds the words of other incidents.
	clause := enRelativeClauseRe.FindStringIndex(after)
	pastClause := clause != nil && enOtherRe.MatchString(after[:clause[1]])
	if other && clause != nil && !enOtherRe.MatchString(before) && !enOtherRe.MatchString(after[clause[1]:]) {
		// "CyberAv3ngers, which agencies have previously linked to the
		// IRGC, claimed responsibility": the clause recalls the group's
		// past; the sentence says what it did here.
		other = false
	}
	if other && !enOtherRe.MatchString(before) && describedOnly(after) {
		// "bears the hallmarks of APT32, the Vietnam-linked group also
		// tracked as OceanLotus, which has targeted carmakers since
		// 2018": what tells of other incidents describes the group.
		other = false
	}
	if enUnclearLinkRe.MatchString(before) {
		// "It is unclear whether the incident is connected to last
		// week's intrusion at the parent, which researchers linked to
		// X": the group is the other intrusion's.
		return Mentioned
	}
	if enListBeforeRe.MatchString(before) || enListGoesOnRe.MatchString(before) || !mainIncident(s, ja, victims) || other && !mentionsVictim(s.text, victims) {
		return Mentioned
	}
	if enMonthLeadRe.MatchString(s.text) && !mentionsVictim(s.text, victims) && !enMainRefRe.MatchString(s.text) {
		return Mentioned
	}
	if s.past && !enThisEventRe.MatchString(s.text) && (s.recalled || !mentionsVictim(s.text, victims) && !kindReference(s.text, victims)) {
		// "In March, the company disclosed … an attack researchers
		// attributed to APT32", two months and more before the news:
		// the group of an earlier incident (unless the sentence names
		// the victim, as a late disclosure tells its own attack: "In
		// March, the Akira gang breached X's network").
		return Mentioned
	}
	if enGroupListAfterRe.MatchString(after) && !mentionsVictim(s.text, victims) && !enMainRefRe.MatchString(s.text) {
		// "BlackSuit and Interlock have each listed regional health
		// systems": groups named together for the sector, not for this
		// victim.
		return Mentioned
	}
	if otherVictimAfter(after, victims) {
		// "Medusa operators hit Pinecrest Valley Joint Union, a separate
		// district": the group's deed against another organisation.
		return Mentioned
	}
	if enNotRealRe.MatchString(s.text) || enTallyRe.MatchString(s.text) || enVendorPitchRe.MatchString(s.text) || enOtherBeforeRe.MatchString(before) || enDeniedAfterRe.MatchString(after) || enCodeBeforeRe.MatchString(before) || enCodeAfterRe.MatchString(after) {
		return Mentioned
	}
	if otherIncidentBefore(before, victims) || enLineageBeforeRe.MatchString(before) || enNameOriginRe.MatchString(before) || otherVictimBefore(before, victims) || enRejectedRe.MatchString(s.text) && !enStatedRe.MatchString(before) {
		return Mentioned
	}
	if enFalseClaimAfterRe.MatchString(after) {
		return Mentioned
	}
	if loc := enContrastRe.FindStringIndex(after); loc != nil && enRejectedRe.MatchString(after[loc[0]:]) {
		// "forums initially blamed X, but researchers said there was no
		// sign of its involvement": the blame is taken back.
		return Mentioned
	}
	if enUmbrellaAfterRe.MatchString(after) || enUmbrellaBeforeRe.MatchString(before) || enUnrelatedRe.MatchString(before) || enDescribedByRe.MatchString(before) || enComparedWithRe.MatchString(before) {
		return Mentioned
	}
	judged := s.text
	if pastClause {
		// What a clause says of the group's past ("which agencies have
		// previously linked to the IRGC") does not hedge what it did
		// here; a clause on this incident ("which claimed the attack")
		// is read with the rest.
		judged = before + " " + after[clause[1]:]
	}
	switch {
	case enSuspectedRe.MatchString(judged):
		return Suspected
	case enStatedRe.MatchString(judged) || enActorVerbRe.MatchString(after) || enHandleBeforeRe.MatchString(before):
		return Stated
	}
	return Mentioned
}

// kindReference reports whether text speaks of a victim by the kind its
// name ends in: "posted the district's name" of Millbrook Valley School
// District.
func kindReference(text string, victims []Victim) bool {
	lt := strings.ToLower(text)
	for _, v := range victims {
		f := strings.Fields(strings.ToLower(v.Name))
		if len(f) < 2 {
			continue
		}
		kind := f[len(f)-1]
		if len(kind) < 4 || !referenceKinds[kind] {
			continue
		}
		if containsWord(lt, "the "+kind) {
			return true
		}
	}
	return false
}

// referenceKinds are the last words of names that a text uses alone for
// the body: "the district", "the hospital".
var referenceKinds = wordSet(`district hospital university college school council county city town village authority trust
clinic museum library airport port railway utility cooperative co-op bank insurer`)

// enUnclearLinkRe, before a group, leaves open whether the incident is tied
// to another one: "It is unclear whether the incident is connected to …".
var enUnclearLinkRe = regexp.MustCompile(`(?i)\b(?:unclear|not clear|not known|unknown|did not say|would not say|declined to say|no word on) (?:whether|if) [^.;]{0,160}\b(?:connected|linked|related|tied)\b`)

// describedOnly reports whether the words after a group's name are all a
// description of it: an appositive, then perhaps a relative clause to the
// end of the sentence (", the X-linked group also tracked as Y, which has
// targeted …").
func describedOnly(after string) bool {
	loc := enDescribingClauseRe.FindStringIndex(after)
	if loc == nil {
		return false
	}
	rest := strings.TrimSpace(after[loc[1]:])
	return strings.HasPrefix(rest, "which ") || strings.HasPrefix(rest, "who ")
}

// enNameOriginRe, before a name, tells where another group's name comes
// from: "a crew whose very name borrows from Scattered Spider, Lapsus$
// and" names groups for their words, not for the deed. The name is a
// noun there ("whose name", "its moniker"): "did not name the group,
// which combined …" is no origin.
var enNameOriginRe = regexp.MustCompile(`(?i)\b(?:whose|its|their|the|the group's|the gang's|the crew's)(?: very| own)? (?:name|moniker|handle|branding)\b[^.;:–—()]{0,40}?\b(?:borrow(?:s|ed|ing)? from|combin(?:es|ed|ing)|nods? to|a nod to|riff(?:s|ed|ing)? on|deriv(?:es|ed|ing) from|draw(?:s|n|ing)? (?:on|from)|a (?:mash-?up|portmanteau|blend|combination|merger) of|echo(?:es|ing)|evok(?:es|ing)|pays? homage to|tak(?:es|en|ing) (?:after|from))\b[^.;:–—()]{0,80}$`)

// enPassiveOtherRe ends on another organisation's passive deed just
// before a group: "Kestrel Ridge Credit Union, which is based in the same
// town, was listed by the" — the group's victim is that organisation.
var enPassiveOtherRe = regexp.MustCompile(`\b([A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and|&))*)(?:,[^,;.]{1,80},)? (?:was|were|had been|has been|have been) (?:listed|hit|attacked|breached|hacked|targeted|claimed|named|struck|compromised|extorted|posted)(?: [a-z]+){0,4}? by (?:the )?$`)

// otherVictimBefore reports an organisation other than the victim, named
// in two or more words, as the passive object of the group's deed just
// before it.
func otherVictimBefore(before string, victims []Victim) bool {
	m := enPassiveOtherRe.FindStringSubmatch(before)
	if m == nil || len(victims) == 0 {
		return false
	}
	words := strings.Fields(m[1])
	if len(words) < 2 || strings.Contains(" "+m[1]+" ", " and ") || commonWords[strings.ToLower(words[0])] {
		// "It was hit by", "Districts in Ohio and Indiana were hit
		// by": no one organisation named.
		return false
	}
	return !sameOrganisation(m[1], victims)
}

// sameOrganisation reports whether name is one of the victims, in full or
// by a name the one contains of the other; unlike mentionsVictim it does
// not take a shared first word (Kestrel Ridge Credit Union is not Kestrel
// Ridge Unified School District).
func sameOrganisation(name string, victims []Victim) bool {
	ln := strings.ToLower(name)
	for _, v := range victims {
		for _, n := range append([]string{v.Name, v.Mention}, v.Units...) {
			ln2 := strings.ToLower(n)
			if ln2 != "" && (strings.Contains(ln, ln2) || strings.Contains(ln2, ln)) {
				return true
			}
		}
		if isInitialism(name) && initials(v.Name) == name {
			return true // KRUSD for Kestrel Ridge Unified School District
		}
	}
	return false
}

// enComparedWithRe, before a name, sets it beside the group of the
// incident: "tooling overlaps between MirrorFace and X", "similarities
// with Y and X", "some of its members overlap with the community known
// as X" — the second group is named to compare.
var enComparedWithRe = regexp.MustCompile(`(?i)\b(?:overlaps?|similarit(?:y|ies)|resemblances?|links?|ties|connections?|parallels) (?:between|with) [^.;]{1,60}?\s(?:and|or)\s+(?:the\s+)?$|\b(?:members|operators|affiliates) (?:overlap|overlaps|overlapped) with (?:[\w-]+ ){0,6}?(?:known as |called |dubbed |tracked as )?$`)

// enContrastRe opens a clause that turns against what came before it.
var enContrastRe = regexp.MustCompile(`(?i)\b(?:but|however|yet|though|although)\b`)

// enPastDeedRe finds a description of a group by what it did before: "the
// group behind a run of attacks on schools in 2022".
var enPastDeedRe = regexp.MustCompile(`(?i)\b(?:19|20)\d\d\b|\bbehind\b|\bresponsible for\b`)

// enGroupNoun is the word a text may put between a group's name and what
// describes it: "the Scattered Spider collective, which …".
const enGroupNoun = `(?:\s+(?:collective|gang|group|crew|outfit|syndicate|cartel|operation))?`

// enRelativeClauseRe finds a relative clause describing a group right
// after its name, up to the comma that closes it or to the end of the
// sentence ("investigators suspect the X collective, which is known for
// …").
var enRelativeClauseRe = regexp.MustCompile(`^(?:'s)?` + enGroupNoun + `,\s+(?:which|who|whose)\s(?:[^,;.]{1,160}?,\s|[^;]{1,200}$)`)

// enDescribingClauseRe finds a relative clause or an appositive after a
// group's name, up to the comma that closes it: "ShinyHunters, an
// extortion group that has claimed thefts from other retailers, has not
// been linked".
var enDescribingClauseRe = regexp.MustCompile(`^(?:'s)?,\s+(?:which|who|whose|a|an|the)\s[^,;.]{1,160}?,\s`)

// enKnownForRe opens an appositive telling what a group is known for,
// which tells of this incident only when the words before the name
// attribute it: "investigators suspect the X collective, known for …", not
// "Separately, the X gang, known for …, claimed an attack on Harbor Bank".
var enKnownForRe = regexp.MustCompile(`^(?:'s)?` + enGroupNoun + `,\s+(?:known|best known|also known)\s`)

// enAppositiveRe finds a description of a group right after its name.
var enAppositiveRe = regexp.MustCompile(`^(?:'s)?` + enGroupNoun + `,\s+(?:a|an|the|known|best known|also known)\s`)

// enGroupListAfterRe follows the first of several groups named together.
var enGroupListAfterRe = regexp.MustCompile(`^(?:'s)?(?:,\s*[A-Z][\w.$-]*(?: [A-Z][\w.$-]*)?)*,?\s+(?:and|or|&)\s+[A-Z]`)

// enActiveOtherRe finds a group's deed against a named organisation right
// after the group's name: "operators hit Pinecrest Valley Joint Union".
var enActiveOtherRe = regexp.MustCompile(`^(?:'s)?(?:\s+(?:ransomware|gang|group|crew|operators?|affiliates?|hackers?|actors?))*\s+(?:has |have |had )?(?:hit|attacked|breached|hacked|targeted|struck|compromised)\s+(?:the\s+)?([A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|of|and))*)`)

// enClaimedOtherRe finds a group's claim of a named organisation's attack
// right after its name: "Everest, a ransomware and extortion group, has
// claimed the Quillfeather attack".
var enClaimedOtherRe = regexp.MustCompile(`^(?:'s)?(?:\s+(?:ransomware|gang|group|crew|operators?))*(?:,[^,.;]{1,60},)?\s+(?:has |have |had )?(?:claimed|took credit for|taken credit for) (?:responsibility for )?(?:the )?([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4})(?:'s)? (?:attack|breach|hack|intrusion|incident|cyberattack|ransomware attack)\b`)

// otherVictimAfter reports a group's deed right after its name against an
// organisation that is not the victim, or its claim of that
// organisation's attack.
func otherVictimAfter(after string, victims []Victim) bool {
	m := enActiveOtherRe.FindStringSubmatch(after)
	if m == nil {
		m = enClaimedOtherRe.FindStringSubmatch(after)
	}
	if m == nil || len(victims) == 0 {
		return false
	}
	first := strings.ToLower(strings.Fields(m[1])[0])
	return !commonWords[first] && !neverNames[first] && first != "may" && !mentionsVictim(m[1], victims)
}

// jaUnknownAfterRe follows a group whose involvement is left open.
var jaUnknownAfterRe = regexp.MustCompile(`^[」』]?(?:自体)?(?:が|の)?[^。]{0,12}?(?:かどうか(?:は)?(?:分かって|わかって|明らかになって|確認されて)いない|かどうかは不明|は不明|は確認されていない)`)

// enDescribedByRe finds a group named inside a clause that describes
// another: "ShinyHunters, the extortion crew that often overlaps with
// people associated with Scattered Spider" suspects ShinyHunters only.
var enDescribedByRe = regexp.MustCompile(`(?i),\s+(?:the|a|an)\s[^,;]{0,80}?\b(?:that|which|who|whose)\b[^,;]{0,120}?\b(?:overlaps? with|associated with|linked to|tied to|affiliated with|connected to|related to|aligned with|compared to|likened to)\s+(?:[\w-]+\s+){0,3}$`)

// jaClauseIsMain reports whether the clause after a name, up to a
// contrast (が、), is about this incident: 過去に多くの企業を攻撃したX
// が同社への攻撃で犯行声明を出した.
func jaClauseIsMain(after string, victims []Victim) bool {
	// The name's own subject marker (「X」が、…) opens the clause.
	after = strings.TrimLeft(after, "」』)）")
	after = strings.TrimPrefix(strings.TrimPrefix(after, "が"), "、")
	conceded := false
	if i := strings.Index(after, "が、"); i >= 0 {
		after, conceded = after[:i], true
	}
	// A likeness conceded before a contrast (…と類似した特徴を持ちますが、
	// …) gives way to what follows it.
	return jaThisRe.MatchString(after) || jaSameCoRe.MatchString(after) || mentionsVictim(after, victims) || !conceded && jaLikenedRe.MatchString(after)
}

// jaLikenedRe follows a group whose earlier attacks this one is likened to,
// or whose part in it is suspected by name (「X」の過去の攻撃と重なるとして、
// 同グループの関与を疑っている): the comparison is about this incident.
var jaLikenedRe = regexp.MustCompile(`^(?:[(（][^)）]{0,40}[)）])?(?:の(?:過去の|これまでの|以前の)?(?:攻撃|活動|手口|インフラ|ツール)(?:と|に)(?:重な|一致|類似|酷似|共通)|[^。]{0,60}?同(?:グループ|集団|組織)の関与を(?:疑|指摘|示唆))`)

// enThisEventRe names the article's own incident in a sentence set at an
// earlier month: "this attack", "the latest breach".
var enThisEventRe = regexp.MustCompile(`(?i)\b(?:this|the latest|the current|the new|the recent|this week's|today's) (?:attack|breach|incident|intrusion|hack|compromise|cyberattack|ransomware attack)\b`)

var enMainRefRe = regexp.MustCompile(`(?i)\b(?:the|this) (?:attack|breach|incident|hack|intrusion|compromise|campaign|leak|cyberattack|ransomware attack|intrusions|operation)\b|\bthe (?:company|firm|carmaker|automaker|retailer|bank|hospital|insurer|provider|organi[sz]ation|victim)\b|\b(?:its|their) (?:systems|servers|network|data)\b`)

// mainIncident reports whether a sentence speaks of the article's own
// incident: its headline, a sentence naming the victim, or one referring
// back to "the attack".
func mainIncident(s sentence, ja bool, victims []Victim) bool {
	if s.title || mentionsVictim(s.text, victims) {
		return true
	}
	if ja {
		// Japanese drops the subject once it is known: a sentence that
		// does not name another incident speaks of this one.
		return !jaOtherRe.MatchString(s.text) || jaMainRefRe.MatchString(s.text) || jaThisRe.MatchString(s.text) || jaSameCoRe.MatchString(s.text)
	}
	// With a known victim, a sentence that does not recall another incident
	// (checked by the caller) speaks of this one; without one, only
	// sentences pointing back at "the attack" do.
	return len(victims) > 0 || s.idx < 3 || enMainRefRe.MatchString(s.text)
}

// enOtherAttackRe finds a named organisation's incident: "the MGM Resorts
// attack", "the attack on Globex", "Marlpit Homes, a housing association,
// was hit by".
var enOtherAttackRe = regexp.MustCompile(`\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})(?:'s)? (?:[a-z-]+ )?(?:attack|breach|hack|intrusion|incident|compromise|outage)\b|\b(?:attack|breach|hack|intrusion|compromise) (?:on|at|against) (?:the )?([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})|\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})(?:, [^,]{1,80},)? (?:was|were|had been|has been) (?:hit|attacked|breached|hacked|targeted|struck)\b`)

// otherIncidentBefore reports whether the words before an actor's name
// turn to another organisation's incident after the last mention of the
// victim: "Scattered Spider, the crew tied to the MGM Resorts attack, where
// ALPHV ransomware was deployed" credits ALPHV to MGM, not this victim.
func otherIncidentBefore(before string, victims []Victim) bool {
	if len(victims) == 0 {
		return false
	}
	ms := enOtherAttackRe.FindAllStringSubmatchIndex(before, -1)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		name := ""
		if m[2] >= 0 {
			name = before[m[2]:m[3]]
			if strings.HasPrefix(before[m[3]:m[1]], " the ") {
				// "told CyberLedger the intrusion bears…": the name
				// closes a clause; the intrusion is this one.
				continue
			}
		} else if m[4] >= 0 {
			name = before[m[4]:m[5]]
		} else if m[6] >= 0 {
			name = before[m[6]:m[7]]
		}
		first := strings.ToLower(strings.Fields(name + " x")[0])
		// (A namesake is another organisation: Calderbrook Water is not
		// Calderbrook Borough Council.)
		if name == "" || commonWords[first] || neverNames[first] || nationalities[first] || sameOrganisation(name, victims) {
			continue
		}
		return !mentionsVictim(before[m[1]:], victims)
	}
	return false
}
