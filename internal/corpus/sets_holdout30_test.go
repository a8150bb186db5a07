package corpus

// holdout30Dir holds the thirty-first labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout30Dir = SetDir("holdout30")

// init adds holdout30 to the checked sets. Go runs init functions in
// file-name order, so holdout30 lands after holdout29 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout30", dir: holdout30Dir,
		minArticles: 60, minJA: 29, minMulti: 18, cross: 7, maxGroup: 4, strict: true})
}
