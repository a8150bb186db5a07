package corpus

// holdout33Dir holds the thirty-fourth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout33Dir = SetDir("holdout33")

// init adds holdout33 to the checked sets. Go runs init functions in
// file-name order, so holdout33 lands after the earlier holdouts and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout33", dir: holdout33Dir,
		minArticles: 58, minJA: 28, minMulti: 20, cross: 9, maxGroup: 4, strict: true})
}
