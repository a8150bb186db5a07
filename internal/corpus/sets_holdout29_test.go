package corpus

// holdout29Dir holds the thirtieth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout29Dir = SetDir("holdout29")

// init adds holdout29 to the checked sets. Go runs init functions in
// file-name order, so holdout29 lands after holdout28 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout29", dir: holdout29Dir,
		minArticles: 45, minJA: 21, minMulti: 15, cross: 6, maxGroup: 4, strict: true})
}
