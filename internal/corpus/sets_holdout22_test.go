package corpus

// holdout22Dir holds the twenty-third labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout22Dir = SetDir("holdout22")

// init adds holdout22 to the checked sets. Go runs init functions in
// file-name order, so holdout22 lands after holdout21 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout22", dir: holdout22Dir,
		minArticles: 62, minJA: 34, minMulti: 19, cross: 8, maxGroup: 4, strict: true})
}
