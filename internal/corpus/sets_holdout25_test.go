package corpus

// holdout25Dir holds the twenty-sixth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout25Dir = SetDir("holdout25")

// init adds holdout25 to the checked sets. Go runs init functions in
// file-name order, so holdout25 lands after holdout24 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout25", dir: holdout25Dir,
		minArticles: 64, minJA: 30, minMulti: 21, cross: 6, maxGroup: 4, strict: true})
}
