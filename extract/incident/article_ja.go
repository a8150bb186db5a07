package incident

import "regexp"

// japaneseNameLists returns the names of every sentence for salience.
func japaneseNameLists(js []jaSentence) []sentenceNames {
	out := make([]sentenceNames, 0, len(js))
	for _, s := range js {
		sn := sentenceNames{title: s.title, idx: s.idx, other: otherIncident(s.text, true), text: s.text}
		for _, n := range s.names {
			sn.names = append(sn.names, n.text)
		}
		out = append(out, sn)
	}
	return out
}

// japaneseBreachArticle reports whether the headline or the first
// sentences speak of a breach.
func japaneseBreachArticle(js []jaSentence) bool {
	for _, s := range js {
		if !s.title && s.idx > 2 {
			break
		}
		if jaBreachRe.MatchString(s.shape) {
			return true
		}
	}
	return false
}

// jaProductRe finds the headline of a product launch or an advisory
// about a flaw.
var jaProductRe = regexp.MustCompile(`脆弱性|CVE-\d{4}-\d+|提供開始|提供を開始|発売|販売開始|リリース|新サービス|新製品|サービスを開始|注意喚起|アップデート|` + jaReportLaunch)

// japaneseProductArticle reports a product launch or an advisory.
func japaneseProductArticle(js []jaSentence) bool {
	for _, s := range js {
		if s.title {
			return jaProductRe.MatchString(s.text)
		}
	}
	return false
}
