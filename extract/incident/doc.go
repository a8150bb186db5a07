// Package incident finds the facts security analysts look for in an article
// about a breach: the victim (whose systems or data were breached), the record
// count (how many records or people were affected) and the threat actor said
// to be behind it, each with the sentence that supports it.
//
// Extraction is rule based and works on English and Japanese text. English
// sentences are read as a sequence of words in which runs of capitalised
// words stand for organisation names; cue patterns ("X confirmed a breach",
// "attack on X", "hackers breached X") score those names. Japanese text is
// tokenised once per article with kagome and the IPA dictionary, whose
// 名詞,固有名詞,組織 tag and legal forms such as 株式会社 mark organisation
// names; cues such as 「〇〇に不正アクセス」 or a press release's 「以下「当社」」
// score them. Names are canonicalised (legal suffixes and subsidiary words
// dropped, well-known Japanese companies mapped to their English names) and
// Reading gives a key that compares Japanese and Latin spellings.
//
// A foreign organisation Japanese news writes in katakana takes the Latin
// spelling its page gives, in its address or text, matched by sound, with
// generic loanwords (ヘルス, テレコム) translated; a spelling that only
// romanises the katakana is a Japanese name and keeps its katakana. An
// organisation's own notice that calls itself only 当社 or "we" is named
// by Doc.Site, the publisher the page names, or by a well-known company's
// web address.
//
// Record counts come from ParseCount-style number phrases ("up to 3.1
// million", 「最大約310万人」) next to a noun that counts records or people,
// in a sentence about the breach. Money, dates, percentages and figures from
// other incidents are left out. Files and documents are not counted: the
// contract's records field counts records or people.
//
// Threat actors come from an actors.Catalogue; each match is rated "stated",
// "suspected" or "mentioned" from the words around it, and only the first two
// count as attribution of the main incident.
package incident
