package incident

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// itemRe opens a numbered or bulleted item of a roundup: "1. ", "2) ",
// "- ", "• ", "・", "①".
var itemRe = regexp.MustCompile(`^\s*(?:\d{1,2}[.)]\s|[-•*]\s|[▶■◆●□◇]|・|[①-⑳])`)

// updateNumberRe finds the number of an organisation's own update
// ("Cybersecurity Incident Update #3", "Notice #2"), which is no digest's
// issue number.
var updateNumberRe = regexp.MustCompile(`(?i)\b(?:update|notice|statement|bulletin|letter|message|post)\s*(?:no\.?\s*)?#\s*\d+`)

// withoutUpdateNumber drops an update's number from a headline, so that
// only a digest's "#12" reads as an issue.
func withoutUpdateNumber(title string) string {
	return updateNumberRe.ReplaceAllString(title, "")
}

// roundupTitleRe marks a headline of a digest or statistics piece, or of a
// report on a period (Q2 2025, 上半期).
var roundupTitleRe = regexp.MustCompile(`(?i)(?:^|\s)(?:issue |no\. ?|vol\. ?)?#\d+\b|^in other news\b|\b(?:roundup|round-up|weekly|week in \w+|this week|digest|newsletter|briefing|recap|wrap-?up|report Q[1-4]|quarterly|annual report|trends?|statistics|#\d+|Q[1-4] (?:19|20)\d\d|(?:19|20)\d\d Q[1-4]|H[12] (?:19|20)\d\d|(?:first|second) half of (?:19|20)\d\d|^(?:the )?(?:\d+|three|four|five|six|seven|eight|nine|ten|twelve) (?:[\w-]+ ){0,2}?(?:breaches|incidents|attacks|hacks|leaks|lessons|cases)\b|half-year(?:ly)?|leak-site report)\b|まとめ|週間|月報|四半期|上半期|下半期|年次|統計|動向|件数|ニュース一覧|ウィークリー|情勢|傾向|過去最多|相次ぐ|相次いで|続発|多発|前年比|被害(?:報告|件数|報告件数)?は[0-9０-９,]+件|[上下]期|白書|` + jaReportLaunch)

// listedItems counts the items of a text's numbered or bulleted list that
// run to a sentence or more, as a roundup's entries do (a notice's list of
// exposed data types has short items), and that tell of a breach or give
// advice: a settlement's terms ("Delete student data it no longer needs…",
// "Encrypt student data at rest") list no incidents, and neither do the
// items under a story's own heading of lessons or advice ("Key Takeaways
// for Healthcare Providers", "What to do").
func listedItems(text string) int {
	n := 0
	advice := false // under a heading such as "Key Takeaways"
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !itemRe.MatchString(line) {
			advice = adviceHeadingRe.MatchString(strings.TrimSpace(line))
			continue
		}
		if advice {
			// "Key Takeaways for Healthcare Providers" over "• Enforce
			// multi-factor authentication…": the story's advice, no
			// other incidents.
			continue
		}
		if firstPersonItemRe.MatchString(line) {
			// "- We attribute the activity to MirrorFace": a write-up's
			// own points in its own voice, no roundup's items.
			continue
		}
		if utf8.RuneCountInString(line) >= 60 &&
			(enBreachRe.MatchString(strings.ToLower(line)) && !orderTermRe.MatchString(line) || jaBreachRe.MatchString(line) || adviceItemRe.MatchString(line)) {
			n++
		}
	}
	return n
}

// namedItems counts the paragraphs of a roundup that each open with the
// name of an organisation and a colon and tell of a breach or give a
// figure: "Harrowby Savings: … a ransomware attack claimed by LockBit."
// Distinct names only.
func namedItems(text string) int {
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		m := namedItemRe.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil || utf8.RuneCountInString(line) < 60 || itemLabelWords[strings.ToLower(m[1])] {
			continue
		}
		if enBreachRe.MatchString(strings.ToLower(line)) || itemFigureRe.MatchString(line) {
			seen[m[1]] = true
		}
	}
	return len(seen)
}

// itemFigureRe finds a figure of thousands in a roundup's item: "puts the
// number of affected workers at 28,431".
var itemFigureRe = regexp.MustCompile(`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)? (?:million|thousand)`)

// namedItemRe finds a paragraph opening with a capitalised name of one to
// six words ("Town of Ellsmere") and a colon.
var namedItemRe = regexp.MustCompile(`^(\p{Lu}[\p{L}&'’.\-]*(?: (?:of|and|the|for|de|&|\p{Lu}[\p{L}&'’.\-]*)){0,5}): \S`)

// itemLabelWords are labels, not names, that open a paragraph with a
// colon.
var itemLabelWords = wordSet(`update note correction clarification q a source sources photo image summary background timeline
contact contacts disclaimer editor's note what happened why it matters bottom line the bottom line tl;dr tldr warning important
news provided by about`)

// firstPersonItemRe finds a list item in the writer's own voice: "we
// responded", "our analysts".
var firstPersonItemRe = regexp.MustCompile(`(?i)\b(?:we|our)\b`)

// adviceHeadingRe is a short heading over a story's list of advice or
// lessons: "Key Takeaways for Healthcare Providers", "What to do",
// "Mitigations", 対策のポイント.
var adviceHeadingRe = regexp.MustCompile(`(?i)^(?:[▌■#*\s]*)(?:(?:key |main )?takeaways?\b|lessons(?: learned)?\b|what (?:you|to|organi[sz]ations|defenders|businesses|customers|users|patients) (?:should |can )?(?:do|check|know)\b|how to (?:protect|stay safe|defend|respond)\b|recommendations?\b|mitigations?\b|(?:security |protection )?tips\b|best practices\b|(?:対策|注意)の?(?:ポイント|方法)|推奨(?:される)?対策|利用者が(?:できる|すべき)こと)[^.。!?]{0,60}$`)

// listBullet opens a numbered or bulleted list item: "1. ", "- ", "• ",
// "・".
const listBullet = `(?:\d{1,2}[.)]\s|[-•*]\s|・)`

// orderTermRe opens a list item that is a term of a settlement or an
// order: "Encrypt student data at rest", "Maintain a security program".
var orderTermRe = regexp.MustCompile(`(?i)^\s*` + listBullet + `\s*(?:encrypt|delete|maintain|obtain|implement|conduct|develop|adopt|provide|submit|retain|designate|establish|destroy|limit|refrain)\b`)

// adviceItemRe finds a list item that tells the reader what to do: "1.
// Limit exports.", "- Hang up and call…", "• Never pay by gift card".
var adviceItemRe = regexp.MustCompile(`(?i)^\s*` + listBullet + `\s*(?:[\w' ]{1,30}:\s*)?(?:hang up|never|always|don't|do not|call|report|place|minimi[sz]e|treat|limit|watch|prepare|enable|use|check|review|change|update|freeze|monitor|turn on|be|avoid|keep|set up|consider|contact|ask|verify|make sure|rotate|block|install|disable|look out|beware|reset|sign up|enrol|enroll|read|back up|you can|you should|if you)\b`)

// singleIncident reports whether an article is about one main incident:
// a roundup (several long list items, or a digest headline) is not,
// unless its headline names the victim. A headline that calls the
// article a digest (週刊まとめ, "The Breach Digest", "… and more") says so
// even when it names one of its items.
func singleIncident(title, text string, victims []Victim) bool {
	if len(victims) == 0 || reportLaunchTitleRe.MatchString(title) {
		return false
	}
	title = withoutSiteName(title)
	if storySummaryTitleRe.MatchString(title) || oneTopicSummaryRe.MatchString(title) && mentionsVictim(title, victims) {
		// 〇〇流出、利用者の反応まとめ, 〇〇の不正アクセスについてまとめてみた:
		// one incident's summary.
		return true
	}
	if digestTitle(title) && !(summaryLabelRe.MatchString(title) && mentionsVictim(title, victims)) {
		// (【まとめ】家具通販〇〇で最大4万6千件の個人情報漏えい sums up
		// one incident it names.)
		return false
	}
	if statisticsTitleRe.MatchString(title) && !mentionsVictim(title, victims) {
		// 2025年上半期におけるランサムウェア被害の動向について: a report on
		// a period's incidents, however a notice's ending it has.
		return false
	}
	return mentionsVictim(title, victims) || noticeTitleRe.MatchString(title) || !roundup(title, text)
}

// statisticsTitleRe finds the headline of a report on a period's or a
// field's incidents: trends, statistics, a half year.
var statisticsTitleRe = regexp.MustCompile(`(?i)上半期|下半期|四半期|年次|統計|動向|傾向|情勢|白書|\btrends?\b|\bstatistics\b|\bquarterly\b|\bannual report\b|\b(?:H[12]|Q[1-4]) (?:19|20)\d\d\b|\b(?:19|20)\d\d (?:H[12]|Q[1-4])\b`)

// jaReportLaunch are the words of a Japanese headline announcing a report on
// many incidents: 「〇〇被害レポート」を公開, 調査結果を発表, 白書を公開.
const jaReportLaunch = `(?:レポート|実態調査|意識調査|動向調査|白書)(?:[0-9０-９]{2,4}(?:年版?)?)?」?を(?:公開|発表|発行)|調査結果を(?:公開|発表)`

// reportLaunchTitleRe marks a headline announcing a report on many
// incidents: 「〇〇被害レポート」を公開, "publishes its Q3 ransomware report".
var reportLaunchTitleRe = regexp.MustCompile(`(?i)` + jaReportLaunch + `|\b(?:publishes|released?|releases|launches|unveils) (?:its |the |a )?(?:[\w-]+ ){0,4}(?:report|survey|study|index)\b`)

// storySummaryTitleRe marks the headline of a summary of one story: the
// reactions to it, its timeline, what is known so far.
var storySummaryTitleRe = regexp.MustCompile(`(?i)(?:反応|経緯|時系列|わかっていること|分かっていること|現状|続報|最新情報|声)(?:の)?まとめ|\b(?:what we know|timeline|everything we know|reactions?)\b`)

// summaryLabelRe finds a label calling the article a summary: 【まとめ】.
var summaryLabelRe = regexp.MustCompile(`^[【\[［〔(（]まとめ[】\]］〕)）]`)

// oneTopicSummaryRe marks a headline that sums up one topic it names:
// 〇〇についてまとめてみた, 〇〇の件をまとめました.
var oneTopicSummaryRe = regexp.MustCompile(`(?:について|に関して|の件を?|を)(?:の)?まとめ(?:て|た|ました|てみた|てみました)?$`)

// siteNameSuffixRe finds the site's name a page's title ends with: " -
// ニュースまとめアンテナ", " | The Breach Ledger".
var siteNameSuffixRe = regexp.MustCompile(`\s+[-|｜–—]\s+([^-|｜–—]{1,30})$|｜([^｜]{1,30})$`)

// withoutSiteName drops the site's name after a headline, unless the part
// after the bar speaks of a breach itself.
func withoutSiteName(title string) string {
	m := siteNameSuffixRe.FindStringSubmatchIndex(title)
	if m == nil || m[0] == 0 {
		return title
	}
	if titleBreachRe.MatchString(title[m[0]:]) {
		return title
	}
	return strings.TrimSpace(title[:m[0]])
}

// digestTitleRe marks a headline that presents its article as a digest of
// several items.
var digestTitleRe = regexp.MustCompile(`(?i)\b(?:roundup|round-up|digest|newsletter|week in (?:review|security|breaches|ransomware)|recap|wrap-?up|and more)\b|まとめ|ダイジェスト|週刊|ウィークリー|週報|月報|メルマガ|メールマガジン|(?:Vol|vol|VOL)\.?\s?\d+|第\d+号|(?:公表|発表|判明|流出|攻撃|被害|漏えい|漏洩)\s?ほか$`)

// newsletterBreachRe finds a headline on a breach of a newsletter's
// service (メールマガジン配信サービスへの不正アクセス, "newsletter platform
// breach"), which is no newsletter issue.
var newsletterBreachRe = regexp.MustCompile(`(?i)(?:メルマガ|メールマガジン|newsletter)[^、。]{0,14}?(?:不正アクセス|不正ログイン|漏えい|漏洩|流出|誤送信|\bbreach|\bhack|\bleak|\bcompromise|\bincident)`)

// digestTitle reports the headline of a digest or a newsletter issue.
func digestTitle(title string) bool {
	return digestTitleRe.MatchString(title) && !newsletterBreachRe.MatchString(title)
}

// noticeTitleRe finds an organisation's own notice, whose numbered sections
// (1. Overview, 2. Impact) are one incident's parts, not a digest's items.
var noticeTitleRe = regexp.MustCompile(`(?i)^(?:\[[^\]]*\] ?)?(?:notice|announcement|statement) (?:regarding|of|on|concerning|about)\b|\b(?:cyber ?security|cyber|security|data security|data|privacy|network|it|systems?) (?:incident|event|breach)(?: (?:update|notice|notification|information)|: (?:update|notice|what [\w ]+))?$|^update (?:on|regarding|about) (?:the |our |a )?(?:recent )?(?:[\w-]+ ){0,2}?(?:incident|event|breach|outage)$|(?:に関する|についての)お知らせ|について(?:（[^）]*）)?$|(?:お詫び|おわび|ご報告|お知らせ)(?:（[^）]*）|\([^)]*\))?$|第[0-9０-９一二三四五六七八九]+報|^【(?:重要|お詫び|おわび)`)

// roundup reports a digest: several long list items or a digest headline.
func roundup(title, text string) bool {
	return listedItems(text) >= 3 || namedItems(text) >= 3 || tableRows(text) >= minTableRows || roundupTitleRe.MatchString(withoutUpdateNumber(title)) || roundupIntroRe.MatchString(text[:min(len(text), 800)])
}

// roundupIntroRe finds a digest's introduction of itself: "a weekly
// cybersecurity roundup", "Here are this week's stories:", "Here's what
// crossed our desk", or a newsletter's masthead "The Friday Patch — issue
// #212" as its first line.
var roundupIntroRe = regexp.MustCompile(`(?i)\b(?:weekly|monthly|fortnightly) (?:[a-z]+ ){0,2}?(?:roundup|round-up|recap|round up|wrap-?up)\b|\bhere (?:are|is) (?:this|last|the) (?:week|month)'?s? (?:stories|news|roundup|headlines|top stories)\b|\bin (?:this|today's|this week's) (?:issue|edition|roundup)\b|\bhere['’]?s what (?:crossed our desks?|caught our eyes?|we(?:['’]re| are| were) reading|you (?:missed|might have missed))\b|\A[^\n]{0,60}\b(?:issue|edition|no\.) ?#\d+[ \t]*(?:\n|$)`)

// minTableRows is how many rows of a table make a page a listing of many
// incidents (a regulator's monthly table of breach notices).
const minTableRows = 4

// tableRows counts the rows of a table with three columns or more (cells
// parted by | or tabs, as extraction writes them) whose first cell reads
// as an organisation's name (two capitalised words or more, or a legal
// form) and that hold a figure: a listing's rows, one organisation each.
// Distinct first cells only: a table of one hospital's services and dates
// is no listing of incidents.
func tableRows(text string) int {
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		cells := strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '\t' })
		if len(cells) < 3 || !strings.ContainsAny(line, "0123456789") {
			continue
		}
		first := strings.TrimSpace(cells[0])
		if orgLikeCell(first) {
			seen[first] = true
		}
	}
	return len(seen)
}

// orgLikeCell reports a table cell that reads as an organisation's name:
// no figures, two or more capitalised words ("Harrow & Kline CPAs",
// "Quarry Hill Credit Union") or a Japanese legal form.
func orgLikeCell(cell string) bool {
	if cell == "" || strings.ContainsAny(cell, "0123456789") {
		return false
	}
	if strings.Contains(cell, "株式会社") || strings.Contains(cell, "法人") {
		return true
	}
	caps := 0
	for _, w := range strings.Fields(cell) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 2
}

// demote rates every attribution as a mention: the article has no single
// incident to attribute.
func demote(as []Attribution) []Attribution {
	for i := range as {
		as[i].Strength = Mentioned
	}
	return as
}

// trackedAsEvidenceRe finds an advisory's naming of its actor.
var trackedAsEvidenceRe = regexp.MustCompile(`(?i)\btracked (?:[\w-]+ ){0,4}?as\b|\bknown in (?:the )?industry as\b`)

// statistics reports an article naming many groups, which without a
// victim is a trend report or a tally whose actors belong to no one
// incident. An advisory on one actor "tracked in industry as …" names the
// ransomware its partners deploy, and a responder's write-up of one
// client's intrusion names, besides the group in its headline (writeUp),
// the groups whose tooling it resembles: one group tied among a few others
// is then no statistic.
func statistics(as []Attribution, writeUp map[string]bool) bool {
	tied, tracked, headlined := 0, false, false
	for _, a := range as {
		if a.Strength != Mentioned {
			tied++
			tracked = trackedAsEvidenceRe.MatchString(a.Evidence)
			headlined = writeUp[a.Name]
		}
	}
	return len(as) >= 5 || len(as) >= 3 && !(tied == 1 && (tracked || headlined))
}
