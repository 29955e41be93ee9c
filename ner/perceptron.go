package ner

import (
	"math"
	"math/rand/v2"
)

// weights is a linear model over hashed features: one row of nL scores per known feature and a
// label transition matrix (row nL is the sentence start).
type weights struct {
	index map[uint64]int32
	w     []float32
	trans [nL + 1][nL]float32
	// dense holds the weights of the word-vector features: nSlots*dim rows of nL.
	dim   int
	dense []float32
}

// Word-vector slots: the token, the previous and the next token.
const nSlots = 3

// denseScale maps int8 vector components to feature values (unit vectors, so |x| ≤ 1).
const denseScale = 2.0 / 127

// slotVecs returns the vectors of the token i and its neighbours (nil where missing).
func slotVecs(t []tokInfo, i int) (v [nSlots][]int8) {
	v[0] = t[i].vec
	if i > 0 {
		v[1] = t[i-1].vec
	}
	if i+1 < len(t) {
		v[2] = t[i+1].vec
	}
	return v
}

// addDense adds the word-vector part of the scores.
func addDense(dense []float32, dim int, vecs *[nSlots][]int8, em *[nL]float32) {
	for s, v := range vecs {
		if v == nil {
			continue
		}
		base := s * dim * nL
		for d, q := range v {
			x := float32(q) * denseScale
			row := dense[base+d*nL : base+d*nL+nL]
			for l := range nL {
				em[l] += x * row[l]
			}
		}
	}
}

// predecessors lists, for each label, the labels that may precede it (allowed), in order.
var predecessors = func() (ps [nL][]int8) {
	for c := range nL {
		for p := range nL {
			if allowed[p][c] {
				ps[c] = append(ps[c], int8(p))
			}
		}
	}
	return
}()

// viterbi finds the best label sequence under the label constraints (allowed, allowedEnd). em
// holds n rows of nL scores; back is scratch of n*nL; out receives label indices.
func viterbi(trans *[nL + 1][nL]float32, em [][nL]float32, back []int8, out []int8) {
	n := len(em)
	if n == 0 {
		return
	}
	neg := float32(math.Inf(-1))
	var prev, cur [nL]float32
	for c := range nL {
		if allowed[nL][c] {
			prev[c] = trans[nL][c] + em[0][c]
		} else {
			prev[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		for c := range nL {
			best, arg := neg, int8(0)
			for _, p := range predecessors[c] {
				if s := prev[p] + trans[p][c]; s > best {
					best, arg = s, p
				}
			}
			cur[c] = best + em[i][c]
			back[i*nL+c] = arg
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

// trainSeq is a training sentence as feature row ids per token.
type trainSeq struct {
	feats [][]int32
	vecs  [][nSlots][]int8
	gold  []int8
	// mask, if set, makes the gold partial: token i may take any label whose bit is set, and
	// the gold path is the best path those masks allow under the current weights.
	mask   []uint32
	weight float64 // update size (0 means 1)
}

// emission scores token i's labels under training weights w (rows of nL) and dense weights dw
// (nSlots*dim rows of nL): what the perceptron and the CRF trainer both decode with.
func (s *trainSeq) emission(i int, w, dw []float64, dim int) [nL]float64 {
	var e [nL]float64
	for _, r := range s.feats[i] {
		row := w[int(r)*nL : int(r)*nL+nL]
		for l := range nL {
			e[l] += row[l]
		}
	}
	for sl, v := range s.vecs[i] {
		for k, q := range v {
			x := float64(q) * denseScale
			row := dw[(sl*dim+k)*nL : (sl*dim+k)*nL+nL]
			for l := range nL {
				e[l] += x * row[l]
			}
		}
	}
	return e
}

// trainer is an averaged structured perceptron (Collins 2002).
type trainer struct {
	rows   int
	dim    int
	w, u   []float64
	dw, du []float64 // dense weights, nSlots*dim*nL
	tw, tu [nL + 1][nL]float64
	c      float64
}

func newTrainer(rows, dim int) *trainer {
	return &trainer{rows: rows, dim: dim, w: make([]float64, rows*nL), u: make([]float64, rows*nL),
		dw: make([]float64, nSlots*dim*nL), du: make([]float64, nSlots*dim*nL), c: 1}
}

func (t *trainer) update(feats []int32, vecs *[nSlots][]int8, label int, d float64) {
	for _, r := range feats {
		i := int(r)*nL + label
		t.w[i] += d
		t.u[i] += t.c * d
	}
	for s, v := range vecs {
		for k, q := range v {
			i := (s*t.dim+k)*nL + label
			x := d * float64(q) * denseScale
			t.dw[i] += x
			t.du[i] += t.c * x
		}
	}
}

// epoch runs one pass over the sequences in a shuffled order.
func (t *trainer) epoch(seqs []trainSeq, rng *rand.Rand) (errs int) {
	order := rng.Perm(len(seqs))
	var em, cem [][nL]float32
	var back, pred, latent []int8
	var trans [nL + 1][nL]float32
	for _, si := range order {
		s := seqs[si]
		n := len(s.gold)
		if cap(em) < n {
			em, cem = make([][nL]float32, n), make([][nL]float32, n)
			back = make([]int8, n*nL)
			pred, latent = make([]int8, n), make([]int8, n)
		}
		em, cem, back, pred, latent = em[:n], cem[:n], back[:n*nL], pred[:n], latent[:n]
		for i := range s.feats {
			e := s.emission(i, t.w, t.dw, t.dim)
			for l := range nL {
				em[i][l] = float32(e[l])
			}
		}
		for p := range nL + 1 {
			for c := range nL {
				trans[p][c] = float32(t.tw[p][c])
			}
		}
		viterbi(&trans, em, back, pred)
		gold := s.gold
		if s.mask != nil {
			for i := range n {
				for l := range nL {
					cem[i][l] = em[i][l]
					if s.mask[i]&(1<<l) == 0 {
						cem[i][l] = -1e30
					}
				}
			}
			viterbi(&trans, cem, back, latent)
			gold = latent
		}
		d := s.weight
		if d == 0 {
			d = 1
		}
		for i := range n {
			if pred[i] != gold[i] {
				errs++
				t.update(s.feats[i], &s.vecs[i], int(gold[i]), d)
				t.update(s.feats[i], &s.vecs[i], int(pred[i]), -d)
			}
			gp, pp := nL, nL
			if i > 0 {
				gp, pp = int(gold[i-1]), int(pred[i-1])
			}
			if gp != pp || gold[i] != pred[i] {
				t.tw[gp][gold[i]] += d
				t.tu[gp][gold[i]] += t.c * d
				t.tw[pp][pred[i]] -= d
				t.tu[pp][pred[i]] -= t.c * d
			}
		}
		t.c++
	}
	return errs
}

// average returns the averaged weights, keeping only non-zero rows. keys[r] is the feature
// hash of row r.
func (t *trainer) average(keys []uint64) *weights {
	m := &weights{index: map[uint64]int32{}}
	for r := 0; r < t.rows; r++ {
		var row [nL]float32
		nz := false
		for l := range nL {
			i := r*nL + l
			v := float32(t.w[i] - t.u[i]/t.c)
			if math.Abs(float64(v)) > 1e-4 {
				row[l] = v
				nz = true
			}
		}
		if nz {
			m.index[keys[r]] = int32(len(m.w) / nL)
			m.w = append(m.w, row[:]...)
		}
	}
	for p := range nL + 1 {
		for c := range nL {
			m.trans[p][c] = float32(t.tw[p][c] - t.tu[p][c]/t.c)
		}
	}
	if t.dim > 0 {
		m.dim = t.dim
		m.dense = make([]float32, len(t.dw))
		for i := range t.dw {
			m.dense[i] = float32(t.dw[i] - t.du[i]/t.c)
		}
	}
	return m
}
