package corpus

// holdout13Dir holds the fourteenth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout13Dir = SetDir("holdout13")

// init adds holdout13 to the checked sets. Go runs init functions in
// file-name order, so holdout13 lands after holdout12 (when that file is
// present) and TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout13", dir: holdout13Dir,
		minArticles: 50, minJA: 27, minMulti: 15, cross: 6, maxGroup: 4, strict: true})
}
