package e2e

import (
	"math"
	"testing"
)

func TestBCubed(t *testing.T) {
	gold := map[string]string{"a": "x", "b": "x", "c": "y", "d": "z"}
	tests := []struct {
		name    string
		pred    map[string]string
		p, r, f float64
	}{
		{"perfect", map[string]string{"a": "1", "b": "1", "c": "2", "d": "3"}, 1, 1, 1},
		{"all apart", map[string]string{"a": "1", "b": "2", "c": "3", "d": "4"}, 1, 0.75, 6.0 / 7},
		{"all together", map[string]string{"a": "1", "b": "1", "c": "1", "d": "1"}, 0.375, 1, 0.375 * 2 / 1.375},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, r, f := BCubed(tc.pred, gold)
			if math.Abs(p-tc.p) > 1e-9 || math.Abs(r-tc.r) > 1e-9 || math.Abs(f-tc.f) > 1e-9 {
				t.Errorf("BCubed = %.4f %.4f %.4f, want %.4f %.4f %.4f", p, r, f, tc.p, tc.r, tc.f)
			}
		})
	}
}

func TestPR(t *testing.T) {
	var p PR
	p.Add([]string{"APT32", "Lazarus Group"}, []string{"APT32"})
	p.Add(nil, []string{"LockBit"})
	p.Add(nil, nil)
	if p != (PR{TP: 1, FP: 1, FN: 1}) || p.Precision() != 0.5 || p.Recall() != 0.5 {
		t.Errorf("PR = %+v, precision %v, recall %v", p, p.Precision(), p.Recall())
	}
	var r Ratio
	r.Add(true)
	r.Add(false)
	if r.Value() != 0.5 || (Ratio{}).Value() != 1 {
		t.Errorf("Ratio = %+v", r)
	}
}
