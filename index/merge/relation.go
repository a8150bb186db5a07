package merge

// victimRel is how the victims of two articles relate.
type victimRel int

const (
	// relNone: at most one article has a victim, and the other does not
	// name it near its start.
	relNone victimRel = iota
	// relSame: a shared key or one name spelt two ways (see namesAgree).
	relSame
	// relLoose: one key begins or ends the other (Sony, ソニー・インタラクティブ).
	relLoose
	// relMentioned: one article's title names the other's victim, or an
	// article whose own victim is missing or absent from its title names the
	// other's victim near its start: extraction picked the wrong name.
	relMentioned
	// relMutual: each article names the other's victim near its start (a
	// service and the organisation that runs it); weaker than relMentioned.
	relMutual
	// relDifferent: both have victims and nothing ties them.
	relDifferent
)

// victimRelation relates the victims of p and q; it is symmetric.
func (p *Prepared) victimRelation(q *Prepared) victimRel {
	pv, qv := len(p.victims) > 0, len(q.victims) > 0
	if pv && qv {
		switch {
		case sharedVictim(p.victims, q.victims) || namesAgree(p.doc.Victims, q.doc.Victims):
			return relSame
		case looseVictim(p.victims, q.victims):
			return relLoose
		}
	}
	if p.namesVictimOf(q) || q.namesVictimOf(p) {
		return relMentioned
	}
	if pv && qv && namedIn(p.doc.Victims, q.opening) && namedIn(q.doc.Victims, p.opening) {
		return relMutual
	}
	if pv && qv {
		return relDifferent
	}
	return relNone
}

// namesVictimOf reports whether q names p's victim where it says what it is
// about: in its title, or near its start when q's own victim is missing or
// not in its title.
func (p *Prepared) namesVictimOf(q *Prepared) bool {
	if len(p.doc.Victims) == 0 {
		return false
	}
	if q.sure {
		return namedIn(p.doc.Victims, q.doc.Title)
	}
	return namedIn(p.doc.Victims, q.opening)
}
