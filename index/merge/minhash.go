package merge

import (
	"fmt"
	"math"
)

// permutations are the multipliers and offsets of the MinHash hash family
// h_i(s) = a_i·s + b_i (mod 2^64), a_i odd. Shingle hashes are already well
// mixed, so these bijections act as independent random permutations. They are
// derived from fixed seeds: keys stored in an index stay valid across runs.
var permA, permB = func() ([]uint64, []uint64) {
	n := params.bands * params.rows
	a, b := make([]uint64, n), make([]uint64, n)
	for i := range n {
		a[i] = mix64(uint64(2*i+1)*0x9e3779b97f4a7c15) | 1
		b[i] = mix64(uint64(2*i+2) * 0x9e3779b97f4a7c15)
	}
	return a, b
}()

// signature returns the MinHash signature of a shingle set; nil for a set
// too small to be trusted.
func signature(set []uint64) []uint64 {
	if len(set) < params.minShingles {
		return nil
	}
	sig := make([]uint64, len(permA))
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, s := range set {
		for i, a := range permA {
			if v := a*s + permB[i]; v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// bandKeys cuts a signature into bands and names each band by its index and
// a 32-bit hash of its rows, e.g. "b03:9f2c61a0".
func bandKeys(sig []uint64) []string {
	if sig == nil {
		return nil
	}
	keys := make([]string, 0, params.bands)
	for b := range params.bands {
		h := uint64(fnvOffset) ^ uint64(b)
		for _, v := range sig[b*params.rows : (b+1)*params.rows] {
			h = mix64(h ^ v)
		}
		keys = append(keys, fmt.Sprintf("b%02d:%08x", b, uint32(h>>32)))
	}
	return keys
}

// Keys returns the LSH band keys of the MinHash signature of d's text (word
// shingles for English, character shingles after NFKC for Japanese): two
// near-duplicate articles share at least one key with high probability. The
// keys are short ASCII strings safe for a keyword field; a text too short to
// judge gets none.
func Keys(d Doc) []string {
	return bandKeys(signature(shingleSet(docText(d))))
}
