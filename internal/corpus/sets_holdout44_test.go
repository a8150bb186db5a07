package corpus

// holdout44Dir holds the forty-fifth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout44Dir = SetDir("holdout44")

// init adds holdout44 to the checked sets. Go runs init functions in
// file-name order, so holdout44 lands after holdout43 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout44", dir: holdout44Dir,
		minArticles: 60, minJA: 31, minMulti: 20, cross: 9, maxGroup: 4, strict: true})
}
