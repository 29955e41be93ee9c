//go:build !nerbio

package ner

// The tagger's internal labels are BIOES: B-X begins, I-X continues, E-X ends a multi-word
// entity of type X, S-X is a one-word entity. The finer labels let a linear model learn how
// entities end and how long they are; they are decoded to BIO for output (E-X → I-X,
// S-X → B-X). Label l > 0 has type (l−1)/4 and position (l−1)%4 (0 B, 1 I, 2 E, 3 S).
var labelNames = []string{"O",
	"B-PERS", "I-PERS", "E-PERS", "S-PERS",
	"B-LOC", "I-LOC", "E-LOC", "S-LOC",
	"B-ORG", "I-ORG", "E-ORG", "S-ORG",
	"B-MISC", "I-MISC", "E-MISC", "S-MISC"}

const nL = 17

// bioOf maps an internal label to its BIO label index (in bioNames).
var bioOf = func() (m [nL]int8) {
	for l := 1; l < nL; l++ {
		t, pos := (l-1)/4, (l-1)%4
		m[l] = int8(1 + 2*t)
		if pos == 1 || pos == 2 {
			m[l]++
		}
	}
	return
}()

// encodeLabels converts a sentence's BIO labels to internal BIOES labels. An I-X that continues
// nothing starts an entity (conlleval), so the result always obeys the decoding constraints.
func encodeLabels(labels []string) []int8 {
	out := make([]int8, len(labels))
	types := make([]int, len(labels)) // type+1, 0 for O
	begins := make([]bool, len(labels))
	for j, l := range labels {
		b := labelIndex(l)
		if b == 0 {
			continue
		}
		types[j] = (b-1)/2 + 1
		begins[j] = b%2 == 1 || j == 0 || types[j-1] != types[j]
	}
	for j := range labels {
		if types[j] == 0 {
			continue
		}
		last := j+1 == len(labels) || types[j+1] != types[j] || begins[j+1]
		pos := 1 // I
		switch {
		case begins[j] && last:
			pos = 3
		case begins[j]:
			pos = 0
		case last:
			pos = 2
		}
		out[j] = int8(1 + 4*(types[j]-1) + pos)
	}
	return out
}

// allowed reports whether label cur may follow prev (prev == nL means sentence start): after
// O, E-X, S-X or the start come O, B-Y or S-Y; after B-X or I-X come I-X or E-X.
var allowed = func() (a [nL + 1][nL]bool) {
	for p := 0; p <= nL; p++ {
		open := p > 0 && p < nL && (p-1)%4 < 2
		for c := range nL {
			cont := c > 0 && ((c-1)%4 == 1 || (c-1)%4 == 2)
			if open {
				a[p][c] = cont && (c-1)/4 == (p-1)/4
			} else {
				a[p][c] = !cont
			}
		}
	}
	return
}()

// allowedEnd reports whether a sentence may end with a label: not inside an open entity.
var allowedEnd = func() (a [nL]bool) {
	for c := range nL {
		a[c] = c == 0 || (c-1)%4 >= 2
	}
	return
}()
