package corpus

// holdout15Dir holds the sixteenth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout15Dir = SetDir("holdout15")

// init adds holdout15 to the checked sets. Go runs init functions in
// file-name order, so holdout15 lands after holdout14 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout15", dir: holdout15Dir,
		minArticles: 62, minJA: 46, minMulti: 15, cross: 5, maxGroup: 5, strict: true})
}
