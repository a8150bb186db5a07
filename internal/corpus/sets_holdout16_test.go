package corpus

// holdout16Dir holds the seventeenth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout16Dir = SetDir("holdout16")

// init adds holdout16 to the checked sets. Go runs init functions in
// file-name order, so holdout16 lands after holdout15 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout16", dir: holdout16Dir,
		minArticles: 56, minJA: 25, minMulti: 16, cross: 4, maxGroup: 5, strict: true})
}
