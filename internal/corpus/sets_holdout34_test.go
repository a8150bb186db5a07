package corpus

// holdout34Dir holds the thirty-fifth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout34Dir = SetDir("holdout34")

// init adds holdout34 to the checked sets. Go runs init functions in
// file-name order, so holdout34 lands after holdout33 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout34", dir: holdout34Dir,
		minArticles: 60, minJA: 29, minMulti: 19, cross: 8, maxGroup: 4, strict: true})
}
