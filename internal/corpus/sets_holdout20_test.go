package corpus

// holdout20Dir holds the twenty-first labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout20Dir = SetDir("holdout20")

// init adds holdout20 to the checked sets. Go runs init functions in
// file-name order, so holdout20 lands after holdout19 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout20", dir: holdout20Dir,
		minArticles: 62, minJA: 36, minMulti: 19, cross: 7, maxGroup: 4, strict: true})
}
