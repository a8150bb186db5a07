package merge

// Similarity returns the text similarity Same uses: the larger of the
// Jaccard similarity and the containment (the share of the smaller text's
// shingles found in the larger) of the two articles' shingle sets. It is 0
// when either text is too short to judge, and symmetric.
func Similarity(a, b Doc) float64 {
	return setSimilarity(shingleSet(docText(a)), shingleSet(docText(b)))
}

// setSimilarity is Similarity over sorted, distinct shingle hashes.
func setSimilarity(a, b []uint64) float64 {
	if len(a) < params.minShingles || len(b) < params.minShingles {
		return 0
	}
	inter := intersect(a, b)
	union := len(a) + len(b) - inter
	jaccard := float64(inter) / float64(union)
	small, large := min(len(a), len(b)), max(len(a), len(b))
	if small < params.minContain || float64(large) > params.maxContainRatio*float64(small) {
		return jaccard
	}
	return max(jaccard, float64(inter)/float64(small))
}

// intersect counts the common values of two sorted slices.
func intersect(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
