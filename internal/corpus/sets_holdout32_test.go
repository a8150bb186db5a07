package corpus

// holdout32Dir holds the thirty-third labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout32Dir = SetDir("holdout32")

// init adds holdout32 to the checked sets. Go runs init functions in
// file-name order, so holdout32 lands after holdout31 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout32", dir: holdout32Dir,
		minArticles: 60, minJA: 27, minMulti: 19, cross: 7, maxGroup: 4, strict: true})
}
