package corpus

// holdout42Dir holds the forty-third labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout42Dir = SetDir("holdout42")

// init adds holdout42 to the checked sets. Go runs init functions in
// file-name order, so holdout42 lands after holdout41 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout42", dir: holdout42Dir,
		minArticles: 58, minJA: 29, minMulti: 19, cross: 8, maxGroup: 4, strict: true})
}
