package corpus

// holdout31Dir holds the thirty-second labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout31Dir = SetDir("holdout31")

// init adds holdout31 to the checked sets. Go runs init functions in
// file-name order, so holdout31 lands after the earlier holdouts and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout31", dir: holdout31Dir,
		minArticles: 58, minJA: 28, minMulti: 19, cross: 8, maxGroup: 4, strict: true})
}
