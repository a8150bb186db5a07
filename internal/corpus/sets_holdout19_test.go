package corpus

// holdout19Dir holds the twentieth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout19Dir = SetDir("holdout19")

// init adds holdout19 to the checked sets. Go runs init functions in
// file-name order, so holdout19 lands after holdout18 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout19", dir: holdout19Dir,
		minArticles: 57, minJA: 33, minMulti: 15, cross: 6, maxGroup: 4, strict: true})
}
