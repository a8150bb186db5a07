package corpus

// holdout46Dir holds the forty-seventh labelled set, written without sight
// of the extraction, actor-matching or merging rules; see its README.
var holdout46Dir = SetDir("holdout46")

// init adds holdout46 to the checked sets. Go runs init functions in
// file-name order, so holdout46 lands after holdout45 and
// TestSetsAreDisjoint compares it with every earlier set.
func init() {
	sets = append(sets, labelledSet{name: "holdout46", dir: holdout46Dir,
		minArticles: 60, minJA: 29, minMulti: 18, cross: 8, maxGroup: 4, strict: true})
}
