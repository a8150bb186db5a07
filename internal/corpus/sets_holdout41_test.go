package corpus

// holdout41Dir holds the forty-second labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout41Dir = SetDir("holdout41")

// init adds holdout41 to the checked sets. Go runs init functions in
// file-name order, so holdout41 lands after holdout40 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout41", dir: holdout41Dir,
		minArticles: 60, minJA: 29, minMulti: 18, cross: 9, maxGroup: 4, strict: true})
}
