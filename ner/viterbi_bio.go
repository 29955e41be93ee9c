//go:build nerbio

package ner

import "math"

// successors lists, for each label, the labels that may follow it (allowed), in order; nSucc
// counts them.
var successors, nSucc = func() (s [nL][nL]int8, n [nL]int) {
	for p := range nL {
		for c := range nL {
			if allowed[p][c] {
				s[p][n[p]] = int8(c)
				n[p]++
			}
		}
	}
	return
}()

// viterbiFast is viterbi for tagging, with the same scores and the same choice among equal
// ones (the first predecessor in label order): it walks the predecessors in the outer loop, so
// each previous score and transition row is loaded once, and skips labels that no path reaches.
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
		var best [nL]float32
		var arg [nL]int8
		for c := range best {
			best[c] = neg
		}
		for p := range nL {
			pp := prev[p]
			if pp == neg {
				continue // pp + t is −∞ and beats nothing
			}
			row := &trans[p]
			for _, c := range successors[p][:nSucc[p]] {
				if s := pp + row[c]; s > best[c] {
					best[c], arg[c] = s, int8(p)
				}
			}
		}
		e, b := &em[i], back[i*nL:i*nL+nL]
		for c := range nL {
			prev[c] = best[c] + e[c]
			b[c] = arg[c]
		}
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
