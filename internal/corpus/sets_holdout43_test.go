package corpus

// holdout43Dir holds the forty-fourth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout43Dir = SetDir("holdout43")

// init adds holdout43 to the checked sets. Go runs init functions in
// file-name order, so holdout43 lands after holdout42 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout43", dir: holdout43Dir,
		minArticles: 57, minJA: 29, minMulti: 18, cross: 8, maxGroup: 4, strict: true})
}
