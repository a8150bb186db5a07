package corpus

// holdout40Dir holds the forty-first labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout40Dir = SetDir("holdout40")

// init adds holdout40 to the checked sets. Go runs init functions in
// file-name order, so holdout40 lands after holdout39 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout40", dir: holdout40Dir,
		minArticles: 58, minJA: 30, minMulti: 20, cross: 9, maxGroup: 4, strict: true})
}
