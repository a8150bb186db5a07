package corpus

// holdout11Dir holds the twelfth labelled set, written without sight of the
// extraction, actor-matching or merging rules; see its README.
var holdout11Dir = SetDir("holdout11")

// init adds holdout11 to the checked sets. Like holdout10 it lives in its
// own file; Go runs init functions in file-name order, so holdout11 lands
// after holdout10 and TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout11", dir: holdout11Dir,
		minArticles: 50, minJA: 24, minMulti: 15, cross: 6, maxGroup: 4, strict: true})
}
