package corpus

// holdout17Dir holds the eighteenth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout17Dir = SetDir("holdout17")

// init adds holdout17 to the checked sets. Go runs init functions in
// file-name order, so holdout17 lands after holdout16 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout17", dir: holdout17Dir,
		minArticles: 60, minJA: 32, minMulti: 17, cross: 6, maxGroup: 4, strict: true})
}
