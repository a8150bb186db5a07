package corpus

// holdout27Dir holds the twenty-eighth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout27Dir = SetDir("holdout27")

// init adds holdout27 to the checked sets. Go runs init functions in
// file-name order, so holdout27 lands after holdout26 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout27", dir: holdout27Dir,
		minArticles: 56, minJA: 27, minMulti: 17, cross: 8, maxGroup: 4, strict: true})
}
