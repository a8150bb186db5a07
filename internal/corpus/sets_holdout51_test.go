package corpus

// holdout51Dir holds the fifty-second labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout51Dir = SetDir("holdout51")

// init adds holdout51 to the checked sets. Go runs init functions in
// file-name order, so holdout51 lands after holdout50 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout51", dir: holdout51Dir,
		minArticles: 62, minJA: 33, minMulti: 19, cross: 10, maxGroup: 4, strict: true})
}
