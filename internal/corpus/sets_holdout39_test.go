package corpus

// holdout39Dir holds the fortieth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout39Dir = SetDir("holdout39")

// init adds holdout39 to the checked sets. Go runs init functions in
// file-name order, so holdout39 lands after holdout38 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout39", dir: holdout39Dir,
		minArticles: 55, minJA: 26, minMulti: 18, cross: 9, maxGroup: 4, strict: true})
}
