package corpus

// holdout26Dir holds the twenty-seventh labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout26Dir = SetDir("holdout26")

// init adds holdout26 to the checked sets. Go runs init functions in
// file-name order, so holdout26 lands after holdout25 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout26", dir: holdout26Dir,
		minArticles: 52, minJA: 28, minMulti: 17, cross: 7, maxGroup: 4, strict: true})
}
