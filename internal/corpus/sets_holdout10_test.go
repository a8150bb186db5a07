package corpus

// holdout10Dir holds the eleventh labelled set, written without sight of the
// extraction, actor-matching or merging rules; see its README.
var holdout10Dir = SetDir("holdout10")

// init adds holdout10 to the checked sets. It lives in its own file so that
// the set can be added while another set is being added to sets_test.go;
// appending at init time keeps it after every set in the table, so
// TestSetsAreDisjoint compares it with all of them.
func init() {
	sets = append(sets, labelledSet{name: "holdout10", dir: holdout10Dir,
		minArticles: 48, minJA: 25, minMulti: 14, cross: 5, maxGroup: 4, strict: true})
}
