package corpus

// holdout28Dir holds the twenty-ninth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout28Dir = SetDir("holdout28")

// init adds holdout28 to the checked sets. Go runs init functions in
// file-name order, so holdout28 lands after holdout27 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout28", dir: holdout28Dir,
		minArticles: 58, minJA: 28, minMulti: 18, cross: 9, maxGroup: 4, strict: true})
}
