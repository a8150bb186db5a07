package corpus

// holdout21Dir holds the twenty-second labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout21Dir = SetDir("holdout21")

// init adds holdout21 to the checked sets. Go runs init functions in
// file-name order, so holdout21 lands after holdout20 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout21", dir: holdout21Dir,
		minArticles: 62, minJA: 36, minMulti: 18, cross: 7, maxGroup: 4, strict: true})
}
