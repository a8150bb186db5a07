package corpus

// holdout45Dir holds the forty-sixth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout45Dir = SetDir("holdout45")

// init adds holdout45 to the checked sets. Go runs init functions in
// file-name order, so holdout45 lands after holdout44 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout45", dir: holdout45Dir,
		minArticles: 57, minJA: 28, minMulti: 18, cross: 8, maxGroup: 4, strict: true})
}
