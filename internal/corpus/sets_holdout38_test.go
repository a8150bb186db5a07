package corpus

// holdout38Dir holds the thirty-ninth labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout38Dir = SetDir("holdout38")

// init adds holdout38 to the checked sets. Go runs init functions in
// file-name order, so holdout38 lands after holdout37 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout38", dir: holdout38Dir,
		minArticles: 60, minJA: 19, minMulti: 21, cross: 7, maxGroup: 4, strict: true})
}
