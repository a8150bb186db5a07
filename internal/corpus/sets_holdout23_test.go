package corpus

// holdout23Dir holds the twenty-fourth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout23Dir = SetDir("holdout23")

// init adds holdout23 to the checked sets. Go runs init functions in
// file-name order, so holdout23 lands after holdout22 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout23", dir: holdout23Dir,
		minArticles: 61, minJA: 28, minMulti: 20, cross: 6, maxGroup: 4, strict: true})
}
