package corpus

// holdout47Dir holds the forty-eighth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout47Dir = SetDir("holdout47")

// init adds holdout47 to the checked sets. Go runs init functions in
// file-name order, so holdout47 lands after holdout46 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout47", dir: holdout47Dir,
		minArticles: 60, minJA: 30, minMulti: 20, cross: 10, maxGroup: 4, strict: true})
}
