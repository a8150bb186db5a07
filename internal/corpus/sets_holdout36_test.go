package corpus

// holdout36Dir holds the thirty-seventh labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout36Dir = SetDir("holdout36")

// init adds holdout36 to the checked sets. Go runs init functions in
// file-name order, so holdout36 lands after holdout35 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout36", dir: holdout36Dir,
		minArticles: 60, minJA: 30, minMulti: 20, cross: 11, maxGroup: 4, strict: true})
}
