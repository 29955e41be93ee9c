package ner

// The second pass looks up, for every token, the features of the first-pass labels around it:
// the token's label with its neighbours' (labelFeatures), the labels two places away and the
// document's majority label. Their value sets are small, so compile sums their pass-2 weights
// for every combination once: the tagger then adds four rows instead of looking up seven
// features. The sums are integer sums of the same quantised weights, so the scores are exactly
// those of looking up each feature (TestLabelSums, TestFastSameLabels).

// The first pass likewise sums the features of a token's shape with its neighbours' (and its
// position at the start or end of the sentence) from shapeSums: two rows instead of two to
// four lookups per token.

// nShape is the number of shape values (0 for a missing neighbour, then shapeArabic..shapeOther).
const nShape = shapeOther + 1

// shapeSums holds sums of shapeFeatures for every pass: before[prev][cur][first] those of the
// token's shape with the previous one's (and fFirst), after[cur][next][last] those with the next
// one's (and fLast).
type shapeSums struct {
	before, after [nShape][nShape][2][2][nL]int32
}

// newShapeSums sums the shape features of every pass of c.
func newShapeSums(c *compiled) *shapeSums {
	ss := new(shapeSums)
	var rows []int32
	for a := range uint64(nShape) {
		for b := range uint64(nShape) {
			for e := range 2 {
				f := shapeFeatures(nil, a, b, 0, e == 1, false)
				rows = c.sumRows(append(f[:1], f[2:]...), 0, &ss.before[a][b][e], rows)
				f = shapeFeatures(nil, 0, a, b, false, e == 1)
				rows = c.sumRows(append(f[1:2], f[2:]...), 0, &ss.after[a][b][e], rows)
			}
		}
	}
	return ss
}

// add adds to acc the tabled shape sums of token i, and reports false (adding nothing) if a
// shape is outside the tables.
func (ss *shapeSums) add(t []tokInfo, i int, acc *[2][nL]int32) bool {
	var prev, next uint64
	if i > 0 {
		prev = t[i-1].shape
	}
	if i+1 < len(t) {
		next = t[i+1].shape
	}
	cur := t[i].shape
	if prev >= nShape || cur >= nShape || next >= nShape {
		return false
	}
	b := &ss.before[prev][cur][boolInt(i == 0)]
	a := &ss.after[cur][next][boolInt(i+1 == len(t))]
	for p := range acc {
		for l := range nL {
			acc[p][l] += b[p][l] + a[p][l]
		}
	}
	return true
}

// nP1 is the number of first-pass label values (tokInfo.p1: 0, or label + 1).
const nP1 = nL + 1

// labelSums holds pass-2 sums by first-pass label values; index nP1 of prev and next stands for
// the sentence start and end.
type labelSums struct {
	tri    [nP1 + 1][nP1][nP1 + 1][nL]int32 // labelFeatures(prev, cur, next)
	p2, n2 [nP1][nL]int32                   // the labels two places before and after
	maj    [nBIO + 1][nL]int32              // the document's majority label + 1 (0: none)
}

// newLabelSums sums the label features of the second pass (pass index 1) of c.
func newLabelSums(c *compiled) *labelSums {
	ls := new(labelSums)
	var feats []uint64
	var rows []int32
	sum := func(dst *[nL]int32, feats []uint64) {
		var acc [2][nL]int32
		rows = c.sumRows(feats, 1, &acc, rows)
		*dst = acc[0]
	}
	for p := range nP1 + 1 {
		for cur := range nP1 {
			for n := range nP1 + 1 {
				prev, next := uint64(p), uint64(n)
				if p == nP1 {
					prev = 0
				}
				if n == nP1 {
					next = 0
				}
				feats = labelFeatures(feats[:0], prev, uint64(cur), next, p == nP1, n == nP1)
				sum(&ls.tri[p][cur][n], feats)
			}
		}
	}
	for v := range nP1 {
		sum(&ls.p2[v], []uint64{feat(fP1P2, uint64(v))})
		sum(&ls.n2[v], []uint64{feat(fP1N2, uint64(v))})
	}
	for v := range nBIO + 1 {
		sum(&ls.maj[v], []uint64{feat(fDocMaj, uint64(v))})
	}
	return ls
}

// add adds to acc the tabled pass-2 sums of token i, and reports false (adding nothing) if a
// value is outside the tables.
func (ls *labelSums) add(t []tokInfo, i int, acc *[nL]int32) bool {
	n := len(t)
	prev, next, p2, n2 := uint64(nP1), uint64(nP1), uint64(0), uint64(0)
	if i > 0 {
		prev = t[i-1].p1
	}
	if i > 1 {
		p2 = t[i-2].p1
	}
	if i+1 < n {
		next = t[i+1].p1
	}
	if i+2 < n {
		n2 = t[i+2].p1
	}
	cur, maj := t[i].p1, uint64(t[i].doc>>16)
	if cur >= nP1 || prev > nP1 || next > nP1 || (i > 0 && prev == nP1) || (i+1 < n && next == nP1) ||
		p2 >= nP1 || n2 >= nP1 || maj > nBIO {
		return false
	}
	tri, a, b, m := &ls.tri[prev][cur][next], &ls.p2[p2], &ls.n2[n2], &ls.maj[maj]
	for l := range nL {
		acc[l] += tri[l] + a[l] + b[l] + m[l]
	}
	return true
}
