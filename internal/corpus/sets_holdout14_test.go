package corpus

// holdout14Dir holds the fifteenth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout14Dir = SetDir("holdout14")

// init adds holdout14 to the checked sets. Go runs init functions in
// file-name order, so holdout14 lands after holdout13 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout14", dir: holdout14Dir,
		minArticles: 48, minJA: 24, minMulti: 14, cross: 6, maxGroup: 5, strict: true})
}
