//go:build !nerbio

package ner

import "math"

// viterbiFast is viterbi for tagging BIOES labels, with the same scores and the same choice
// among equal ones (the first predecessor in label order). Its steps are written out for the
// BIOES constraints: O, B-X and S-X follow the nine closed labels (O, E-Y, S-Y), I-X and E-X
// follow B-X and I-X; each closed label's score and transition row is loaded once, the nine
// running maxima stay in registers, and labels no path reaches are skipped.
func viterbiFast(trans *[nL + 1][nL]float32, em [][nL]float32, back []int8, out []int8) {
	n := len(em)
	if n == 0 {
		return
	}
	neg := float32(math.Inf(-1))
	var prev [nL]float32
	for c := range nL {
		if allowed[nL][c] {
			prev[c] = trans[nL][c] + em[0][c]
		} else {
			prev[c] = neg
		}
	}
	back = back[:n*nL]
	for i := 1; i < n; i++ {
		// Targets O, B-X and S-X of the four types, from the closed labels in order.
		b0, b1, b4, b5, b8, b9, b12, b13, b16 := neg, neg, neg, neg, neg, neg, neg, neg, neg
		var a0, a1, a4, a5, a8, a9, a12, a13, a16 int8
		for _, p := range [...]int8{0, 3, 4, 7, 8, 11, 12, 15, 16} {
			pp := prev[p]
			if pp == neg {
				continue // pp + t is −∞ and beats nothing
			}
			r := &trans[p]
			if s := pp + r[0]; s > b0 {
				b0, a0 = s, p
			}
			if s := pp + r[1]; s > b1 {
				b1, a1 = s, p
			}
			if s := pp + r[4]; s > b4 {
				b4, a4 = s, p
			}
			if s := pp + r[5]; s > b5 {
				b5, a5 = s, p
			}
			if s := pp + r[8]; s > b8 {
				b8, a8 = s, p
			}
			if s := pp + r[9]; s > b9 {
				b9, a9 = s, p
			}
			if s := pp + r[12]; s > b12 {
				b12, a12 = s, p
			}
			if s := pp + r[13]; s > b13 {
				b13, a13 = s, p
			}
			if s := pp + r[16]; s > b16 {
				b16, a16 = s, p
			}
		}
		e, b := &em[i], (*[nL]int8)(back[i*nL:])
		var cur [nL]float32
		cur[0], cur[1], cur[4], cur[5], cur[8] = b0+e[0], b1+e[1], b4+e[4], b5+e[5], b8+e[8]
		cur[9], cur[12], cur[13], cur[16] = b9+e[9], b12+e[12], b13+e[13], b16+e[16]
		b[0], b[1], b[4], b[5], b[8], b[9], b[12], b[13], b[16] = a0, a1, a4, a5, a8, a9, a12, a13, a16
		// Targets I-X and E-X, from B-X and I-X.
		for bx := 1; bx < nL; bx += 4 {
			ix, ex := bx+1, bx+2
			pb, pi := prev[bx], prev[ix]
			bi, ai, be, ae := neg, int8(0), neg, int8(0)
			if s := pb + trans[bx][ix]; s > bi {
				bi, ai = s, int8(bx)
			}
			if s := pi + trans[ix][ix]; s > bi {
				bi, ai = s, int8(ix)
			}
			if s := pb + trans[bx][ex]; s > be {
				be, ae = s, int8(bx)
			}
			if s := pi + trans[ix][ex]; s > be {
				be, ae = s, int8(ix)
			}
			cur[ix], cur[ex] = bi+e[ix], be+e[ex]
			b[ix], b[ex] = ai, ae
		}
		prev = cur
	}
	best, arg := neg, 0
	for c := range nL {
		if allowedEnd[c] && prev[c] > best {
			best, arg = prev[c], c
		}
	}
	out[n-1] = int8(arg)
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*nL+int(out[i])]
	}
}
