package corpus

// holdout35Dir holds the thirty-sixth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout35Dir = SetDir("holdout35")

// init adds holdout35 to the checked sets. Go runs init functions in
// file-name order, so holdout35 lands after holdout34 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout35", dir: holdout35Dir,
		minArticles: 58, minJA: 29, minMulti: 20, cross: 8, maxGroup: 4, strict: true})
}
