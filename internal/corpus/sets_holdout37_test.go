package corpus

// holdout37Dir holds the thirty-eighth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout37Dir = SetDir("holdout37")

// init adds holdout37 to the checked sets. Go runs init functions in
// file-name order, so holdout37 lands after holdout36 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout37", dir: holdout37Dir,
		minArticles: 60, minJA: 30, minMulti: 20, cross: 8, maxGroup: 4, strict: true})
}
