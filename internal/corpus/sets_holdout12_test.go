package corpus

// holdout12Dir holds the thirteenth labelled set, written without sight of
// the extraction, actor-matching or merging rules; see its README.
var holdout12Dir = SetDir("holdout12")

// init adds holdout12 to the checked sets. It lives in its own file like
// holdout10 and holdout11; Go runs init functions in file-name order, so
// holdout12 lands after holdout11 and TestSetsAreDisjoint compares it with
// every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout12", dir: holdout12Dir,
		minArticles: 52, minJA: 28, minMulti: 15, cross: 7, maxGroup: 4, strict: true})
}
