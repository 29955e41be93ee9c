package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestViterbiFast checks viterbiFast against viterbi on random scores, with many ties (scores
// on a coarse grid) and with labels that no path reaches (−∞ scores).
func TestViterbiFast(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 3000 {
		var trans [nL + 1][nL]float32
		grid := float32(1 + trial%3) // 1 and 2: many ties; 3: few
		for p := range trans {
			for c := range trans[p] {
				trans[p][c] = float32(rng.IntN(int(4*grid))) / grid
			}
		}
		n := 1 + rng.IntN(30)
		em := make([][nL]float32, n)
		for i := range em {
			for c := range em[i] {
				em[i][c] = float32(rng.IntN(int(6*grid))) / grid
				if trial%7 == 0 && rng.IntN(4) == 0 {
					em[i][c] = float32(math.Inf(-1))
				}
			}
		}
		want, got := make([]int8, n), make([]int8, n)
		viterbi(&trans, em, make([]int8, n*nL), want)
		viterbiFast(&trans, em, make([]int8, n*nL), got)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: viterbiFast %v, viterbi %v", trial, got, want)
		}
	}
}

func BenchmarkViterbi(b *testing.B) {
	tg := mustDefault(b)
	rng := rand.New(rand.NewPCG(1, 2))
	em := make([][nL]float32, 30)
	for i := range em {
		for c := range em[i] {
			em[i][c] = rng.Float32()*4 - 2
		}
	}
	back, out := make([]int8, len(em)*nL), make([]int8, len(em))
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			viterbi(&tg.fast.trans[0], em, back, out)
		}
	})
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			viterbiFast(&tg.fast.trans[0], em, back, out)
		}
	})
}
