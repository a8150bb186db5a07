package corpus

// holdout24Dir holds the twenty-fifth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout24Dir = SetDir("holdout24")

// init adds holdout24 to the checked sets. Go runs init functions in
// file-name order, so holdout24 lands after holdout23 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout24", dir: holdout24Dir,
		minArticles: 48, minJA: 18, minMulti: 16, cross: 4, maxGroup: 4, strict: true})
}
