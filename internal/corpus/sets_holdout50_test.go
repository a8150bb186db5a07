package corpus

// holdout50Dir holds the fifty-first labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout50Dir = SetDir("holdout50")

// init adds holdout50 to the checked sets. Go runs init functions in
// file-name order, so holdout50 lands after holdout49 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout50", dir: holdout50Dir,
		minArticles: 62, minJA: 33, minMulti: 19, cross: 10, maxGroup: 4, strict: true})
}
