package corpus

// holdout48Dir holds the forty-ninth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout48Dir = SetDir("holdout48")

// init adds holdout48 to the checked sets. Go runs init functions in
// file-name order, so holdout48 lands after holdout47 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout48", dir: holdout48Dir,
		minArticles: 57, minJA: 29, minMulti: 18, cross: 8, maxGroup: 4, strict: true})
}
