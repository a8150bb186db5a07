package corpus

// holdout18Dir holds the nineteenth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout18Dir = SetDir("holdout18")

// init adds holdout18 to the checked sets. Go runs init functions in
// file-name order, so holdout18 lands after holdout17 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout18", dir: holdout18Dir,
		minArticles: 52, minJA: 27, minMulti: 15, cross: 5, maxGroup: 4, strict: true})
}
