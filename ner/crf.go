package ner

import (
	"math"
	"math/rand/v2"
)

// crfTrainer fits a linear-chain CRF (the same features, transitions and BIO constraints as the
// perceptron) by per-sentence AdaGrad on the negative log-likelihood, with an L2 penalty on the
// parameters a sentence touches.
type crfTrainer struct {
	rows, dim int
	w, g2     []float64 // rows*nL
	dw, dg2   []float64 // nSlots*dim*nL
	tw, tg2   [nL + 1][nL]float64
	eta, l2   float64

	grad  map[int32]*[nL]float64
	pool  []*[nL]float64
	dgrad []float64
}

func newCRFTrainer(rows, dim int, eta, l2 float64) *crfTrainer {
	return &crfTrainer{rows: rows, dim: dim, w: make([]float64, rows*nL), g2: make([]float64, rows*nL),
		dw: make([]float64, nSlots*dim*nL), dg2: make([]float64, nSlots*dim*nL), eta: eta, l2: l2,
		grad: map[int32]*[nL]float64{}, dgrad: make([]float64, nSlots*dim*nL)}
}

const negInf = -1e300

func logSumExp(xs []float64) float64 {
	m := negInf
	for _, x := range xs {
		m = max(m, x)
	}
	if m <= negInf {
		return negInf
	}
	var s float64
	for _, x := range xs {
		s += math.Exp(x - m)
	}
	return m + math.Log(s)
}

// epoch runs one AdaGrad pass in a shuffled order and returns the summed negative
// log-likelihood.
func (t *crfTrainer) epoch(seqs []trainSeq, rng *rand.Rand) float64 {
	var nll float64
	var em, alpha, beta [][nL]float64
	tmp := make([]float64, nL)
	for _, si := range rng.Perm(len(seqs)) {
		s := seqs[si]
		n := len(s.gold)
		if n == 0 {
			continue
		}
		if cap(em) < n {
			em, alpha, beta = make([][nL]float64, n), make([][nL]float64, n), make([][nL]float64, n)
		}
		em, alpha, beta = em[:n], alpha[:n], beta[:n]
		for i := range s.feats {
			em[i] = s.emission(i, t.w, t.dw, t.dim)
		}
		// forward
		for c := range nL {
			alpha[0][c] = negInf
			if allowed[nL][c] {
				alpha[0][c] = t.tw[nL][c] + em[0][c]
			}
		}
		for i := 1; i < n; i++ {
			for c := range nL {
				for p := range nL {
					tmp[p] = negInf
					if allowed[p][c] {
						tmp[p] = alpha[i-1][p] + t.tw[p][c]
					}
				}
				alpha[i][c] = logSumExp(tmp) + em[i][c]
			}
		}
		for c := range nL {
			beta[n-1][c] = 0
			if !allowedEnd[c] {
				beta[n-1][c] = negInf
			}
		}
		for i := n - 2; i >= 0; i-- {
			for p := range nL {
				for c := range nL {
					tmp[c] = negInf
					if allowed[p][c] {
						tmp[c] = t.tw[p][c] + em[i+1][c] + beta[i+1][c]
					}
				}
				beta[i][p] = logSumExp(tmp)
			}
		}
		last := alpha[n-1]
		for c := range nL {
			if !allowedEnd[c] {
				last[c] = negInf
			}
		}
		z := logSumExp(last[:])
		gold := t.tw[nL][s.gold[0]]
		for i := range n {
			gold += em[i][s.gold[i]]
			if i > 0 {
				gold += t.tw[s.gold[i-1]][s.gold[i]]
			}
		}
		nll += z - gold
		// gradients
		clear(t.grad)
		t.pool = t.pool[:0]
		clear(t.dgrad)
		var tgrad [nL + 1][nL]float64
		for i := range n {
			var g [nL]float64
			for l := range nL {
				g[l] = math.Exp(alpha[i][l] + beta[i][l] - z)
			}
			g[s.gold[i]]--
			for _, r := range s.feats[i] {
				acc, ok := t.grad[r]
				if !ok {
					acc = &[nL]float64{}
					t.grad[r] = acc
				}
				for l := range nL {
					acc[l] += g[l]
				}
			}
			for sl, v := range s.vecs[i] {
				for k, q := range v {
					x := float64(q) * denseScale
					base := (sl*t.dim + k) * nL
					for l := range nL {
						t.dgrad[base+l] += x * g[l]
					}
				}
			}
			if i == 0 {
				for c := range nL {
					if allowed[nL][c] {
						tgrad[nL][c] += math.Exp(alpha[0][c] + beta[0][c] - z)
					}
				}
				tgrad[nL][s.gold[0]]--
				continue
			}
			for p := range nL {
				for c := range nL {
					if allowed[p][c] {
						tgrad[p][c] += math.Exp(alpha[i-1][p] + t.tw[p][c] + em[i][c] + beta[i][c] - z)
					}
				}
			}
			tgrad[s.gold[i-1]][s.gold[i]]--
		}
		// AdaGrad steps
		for r, acc := range t.grad {
			base := int(r) * nL
			for l := range nL {
				gi := acc[l] + t.l2*t.w[base+l]
				if gi == 0 {
					continue
				}
				t.g2[base+l] += gi * gi
				t.w[base+l] -= t.eta * gi / (math.Sqrt(t.g2[base+l]) + 1e-8)
			}
		}
		for i, gi := range t.dgrad {
			if gi == 0 {
				continue
			}
			gi += t.l2 * t.dw[i]
			t.dg2[i] += gi * gi
			t.dw[i] -= t.eta * gi / (math.Sqrt(t.dg2[i]) + 1e-8)
		}
		for p := range nL + 1 {
			for c := range nL {
				if gi := tgrad[p][c]; gi != 0 {
					t.tg2[p][c] += gi * gi
					t.tw[p][c] -= t.eta * gi / (math.Sqrt(t.tg2[p][c]) + 1e-8)
				}
			}
		}
	}
	return nll
}

// weights returns the model, keeping only non-zero rows.
func (t *crfTrainer) weights(keys []uint64) *weights {
	m := &weights{index: map[uint64]int32{}}
	for r := 0; r < t.rows; r++ {
		var row [nL]float32
		nz := false
		for l := range nL {
			v := float32(t.w[r*nL+l])
			if math.Abs(float64(v)) > 1e-4 {
				row[l], nz = v, true
			}
		}
		if nz {
			m.index[keys[r]] = int32(len(m.w) / nL)
			m.w = append(m.w, row[:]...)
		}
	}
	for p := range nL + 1 {
		for c := range nL {
			m.trans[p][c] = float32(t.tw[p][c])
			if !allowed[p][c] {
				m.trans[p][c] = -1e4
			}
		}
	}
	if t.dim > 0 {
		m.dim = t.dim
		m.dense = make([]float32, len(t.dw))
		for i, v := range t.dw {
			m.dense[i] = float32(v)
		}
	}
	return m
}
