package e2e

// Ratio counts how many of a number of cases came out right.
type Ratio struct{ Hit, Total int }

// Add counts one case.
func (r *Ratio) Add(ok bool) {
	r.Total++
	if ok {
		r.Hit++
	}
}

// Value is the fraction right; 1 when there were no cases.
func (r Ratio) Value() float64 {
	if r.Total == 0 {
		return 1
	}
	return float64(r.Hit) / float64(r.Total)
}

// PR counts true positives, false positives and false negatives of a set-valued field.
type PR struct{ TP, FP, FN int }

// Add compares one case's found names with the expected ones.
func (p *PR) Add(got, want []string) {
	w := map[string]bool{}
	for _, s := range want {
		w[s] = true
	}
	g := map[string]bool{}
	for _, s := range got {
		if g[s] {
			continue
		}
		g[s] = true
		if w[s] {
			p.TP++
		} else {
			p.FP++
		}
	}
	for s := range w {
		if !g[s] {
			p.FN++
		}
	}
}

// Precision is TP/(TP+FP); 1 when nothing was found.
func (p PR) Precision() float64 { return frac(p.TP, p.TP+p.FP) }

// Recall is TP/(TP+FN); 1 when nothing was expected.
func (p PR) Recall() float64 { return frac(p.TP, p.TP+p.FN) }

// F1 is the harmonic mean of Precision and Recall.
func (p PR) F1() float64 { return harmonic(p.Precision(), p.Recall()) }

func frac(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// BCubed scores a predicted clustering against a gold one. Both map every
// item to its cluster's id and must hold the same items; the result is the
// mean per-item precision and recall and their F1.
func BCubed(pred, gold map[string]string) (precision, recall, f1 float64) {
	if len(gold) == 0 {
		return 1, 1, 1
	}
	predSize, goldSize, both := map[string]int{}, map[string]int{}, map[[2]string]int{}
	for item, g := range gold {
		p := pred[item]
		predSize[p]++
		goldSize[g]++
		both[[2]string{p, g}]++
	}
	for item, g := range gold {
		p := pred[item]
		n := float64(both[[2]string{p, g}])
		precision += n / float64(predSize[p])
		recall += n / float64(goldSize[g])
	}
	precision /= float64(len(gold))
	recall /= float64(len(gold))
	return precision, recall, harmonic(precision, recall)
}
