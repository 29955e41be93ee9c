package ner

import "math"

// compiled is the tagging form of a model: one open-addressing table from feature hash to a
// row that holds the feature's scores for every pass side by side, so each feature is looked
// up once per token even with two passes.
type compiled struct {
	passes int
	stride int      // passes*nL
	mask   uint64   // len(slots)-1
	slots  []uint64 // fingerprint<<32 | row+1; 0 is empty
	w      []int16  // rows*stride, weight = w * scale[pass]
	scale  []float32
	trans  [][nL + 1][nL]float32
	dim    int
	dense  [][]float32
}

func fingerprint(f uint64) uint64 { return f>>32 | 1 }

func compile(passes []*weights) *compiled {
	c := &compiled{passes: len(passes), stride: len(passes) * nL}
	n := 0
	for _, p := range passes {
		n += len(p.index)
	}
	size := 1
	for size < 2*n+16 {
		size <<= 1
	}
	c.mask = uint64(size - 1)
	c.slots = make([]uint64, size)
	rows := 0
	for pi, p := range passes {
		var maxAbs float32
		for _, v := range p.w {
			maxAbs = max(maxAbs, v, -v)
		}
		scale := maxAbs / 32767
		if scale == 0 {
			scale = 1
		}
		c.scale = append(c.scale, scale)
		for f, r := range p.index {
			row, ok := c.lookup(f)
			if !ok {
				row = int32(rows)
				rows++
				c.insert(f, row)
				c.w = append(c.w, make([]int16, c.stride)...)
			}
			dst := c.w[int(row)*c.stride+pi*nL:]
			for l, v := range p.w[int(r)*nL : int(r)*nL+nL] {
				dst[l] = int16(math.Round(float64(v / scale)))
			}
		}
		c.trans = append(c.trans, p.trans)
		c.dense = append(c.dense, p.dense)
		c.dim = p.dim
	}
	return c
}

func (c *compiled) insert(f uint64, row int32) {
	fp := fingerprint(f)
	for i := f & c.mask; ; i = (i + 1) & c.mask {
		if c.slots[i] == 0 {
			c.slots[i] = fp<<32 | uint64(row+1)
			return
		}
	}
}

func (c *compiled) lookup(f uint64) (int32, bool) {
	fp := fingerprint(f)
	for i := f & c.mask; ; i = (i + 1) & c.mask {
		s := c.slots[i]
		if s == 0 {
			return 0, false
		}
		if s>>32 == fp {
			return int32(s&0xffffffff) - 1, true
		}
	}
}

// addRows adds, for each feature, its scores for pass `from` onwards: em[p-from] gets pass p.
// rows is scratch for the resolved rows of one token's features.
func (c *compiled) addRows(feats []uint64, from int, em [][nL]float32, rows []int32) []int32 {
	var acc [2][nL]int32
	// Resolve every feature first: the probes are independent loads the CPU can overlap.
	rows = rows[:0]
	for _, f := range feats {
		if r, ok := c.lookup(f); ok {
			rows = append(rows, r)
		}
	}
	for _, r := range rows {
		row := c.w[int(r)*c.stride : int(r+1)*c.stride]
		for p := from; p < c.passes; p++ {
			a := &acc[p-from]
			x := row[p*nL : p*nL+nL]
			for l := range nL {
				a[l] += int32(x[l])
			}
		}
	}
	for p := from; p < c.passes; p++ {
		e, a, sc := &em[p-from], &acc[p-from], c.scale[p]
		for l := range nL {
			e[l] += float32(a[l]) * sc
		}
	}
	return rows
}
