//go:build nerbio

package ner

// BIO labels inside (the ablation of BIOES): build with -tags nerbio.
var labelNames = bioNames

const nL = 9

var bioOf = func() (m [nL]int8) {
	for l := range nL {
		m[l] = int8(l)
	}
	return
}()

func encodeLabels(labels []string) []int8 {
	out := make([]int8, len(labels))
	for j, l := range labels {
		g := labelIndex(l)
		prev := nL
		if j > 0 {
			prev = int(out[j-1])
		}
		if !allowed[prev][g] {
			g--
		}
		out[j] = int8(g)
	}
	return out
}

var allowed = func() (a [nL + 1][nL]bool) {
	for p := 0; p <= nL; p++ {
		for c := range nL {
			if c%2 == 0 && c > 0 { // I-X
				a[p][c] = p < nL && (p == c || p == c-1)
			} else {
				a[p][c] = true
			}
		}
	}
	return
}()

var allowedEnd = func() (a [nL]bool) {
	for c := range nL {
		a[c] = true
	}
	return
}()
