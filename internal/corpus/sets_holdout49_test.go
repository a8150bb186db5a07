package corpus

// holdout49Dir holds the fiftieth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout49Dir = SetDir("holdout49")

// init adds holdout49 to the checked sets. Go runs init functions in
// file-name order, so holdout49 lands after holdout48 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout49", dir: holdout49Dir,
		minArticles: 60, minJA: 33, minMulti: 19, cross: 10, maxGroup: 4, strict: true})
}
