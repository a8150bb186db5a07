package merge

import (
	"cmp"
	"slices"
)

// Edge is a pair of articles that Match found to be one incident.
type Edge struct {
	A, B     int
	Decision Decision
}

// Candidates returns the pairs (i < j) of docs that the index would compare:
// those sharing a band key, and those sharing a victim key (or campaign
// key) published within Window of each other (or without a date).
func Candidates(docs []*Prepared) [][2]int {
	seen := map[[2]int]bool{}
	var out [][2]int
	add := func(i, j int) {
		if i > j {
			i, j = j, i
		}
		if p := [2]int{i, j}; i != j && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	byKey := map[string][]int{}
	for i, p := range docs {
		for _, k := range bandKeys(signature(p.shingles)) {
			byKey[k] = append(byKey[k], i)
		}
		for _, k := range append(VictimKeys(p.doc), CampaignKeys(p.doc)...) {
			byKey["victim:"+k] = append(byKey["victim:"+k], i)
		}
	}
	for k, ids := range byKey {
		victim := len(k) > 7 && k[:7] == "victim:"
		for x, i := range ids {
			for _, j := range ids[x+1:] {
				if gap, known := timeGap(docs[i].doc.Published, docs[j].doc.Published); victim && known && gap > params.window {
					continue
				}
				add(i, j)
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	return out
}

// Cluster groups docs into stories the way the index does, in memory:
// candidates by shared keys, pairwise Match, then unions from the surest
// match down, skipping a union that would put two conflicting articles
// (see Conflict) into one story. The result does not depend on the order of
// docs beyond the indexes it reports: each group lists indexes into docs in
// ascending order, and groups are ordered by their first index.
func Cluster(docs []Doc) [][]int {
	prep := make([]*Prepared, len(docs))
	for i, d := range docs {
		prep[i] = Prepare(d)
	}
	var edges []Edge
	for _, c := range Candidates(prep) {
		if dec := prep[c[0]].Match(prep[c[1]]); dec.Same {
			edges = append(edges, Edge{A: c[0], B: c[1], Decision: dec})
		}
	}
	// Surest first; ties by the articles' identity, not by input position.
	slices.SortFunc(edges, func(x, y Edge) int {
		return cmp.Or(cmp.Compare(y.Decision.Score, x.Decision.Score),
			cmp.Compare(pairKey(docs, x), pairKey(docs, y)))
	})
	uf := newUnionFind(len(docs))
	for _, e := range edges {
		uf.unionUnlessConflict(e.A, e.B, prep)
	}
	return uf.groups()
}

// pairKey names an edge by its articles' identity (URL, then title and
// text), lower first.
func pairKey(docs []Doc, e Edge) string {
	a, b := identity(docs[e.A]), identity(docs[e.B])
	if b < a {
		a, b = b, a
	}
	return a + "\x00" + b
}

func identity(d Doc) string { return d.URL + "\x00" + d.Title + "\x00" + d.Text }

// unionFind is a disjoint-set forest that keeps each set's members.
type unionFind struct {
	parent  []int
	members map[int][]int
}

func newUnionFind(n int) *unionFind {
	uf := &unionFind{parent: make([]int, n), members: map[int][]int{}}
	for i := range uf.parent {
		uf.parent[i] = i
		uf.members[i] = []int{i}
	}
	return uf
}

func (uf *unionFind) find(i int) int {
	for uf.parent[i] != i {
		uf.parent[i] = uf.parent[uf.parent[i]]
		i = uf.parent[i]
	}
	return i
}

// unionUnlessConflict joins the sets of a and b unless some member of one
// conflicts with some member of the other; nil prep joins unconditionally.
func (uf *unionFind) unionUnlessConflict(a, b int, prep []*Prepared) bool {
	ra, rb := uf.find(a), uf.find(b)
	if ra == rb {
		return true
	}
	for _, x := range uf.members[ra] {
		for _, y := range uf.members[rb] {
			if prep != nil && prep[x].Conflicts(prep[y]) {
				return false
			}
		}
	}
	if len(uf.members[ra]) < len(uf.members[rb]) {
		ra, rb = rb, ra
	}
	uf.parent[rb] = ra
	uf.members[ra] = append(uf.members[ra], uf.members[rb]...)
	delete(uf.members, rb)
	return true
}

func (uf *unionFind) groups() [][]int {
	var out [][]int
	for _, m := range uf.members {
		g := slices.Clone(m)
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}
