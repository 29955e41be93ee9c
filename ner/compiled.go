package ner

import (
	"math"
	mbits "math/bits"
	"sync"

	"marsad/cluster"
)

// compiled is the tagging form of a model: one open-addressing table from feature hash to a
// row that holds the feature's scores for every pass side by side, so each feature is looked
// up once per token even with two passes.
type compiled struct {
	passes int
	stride int      // passes*nL
	mask   uint64   // len(slots)-1
	slots  []uint64 // fingerprint<<32 | row+1; 0 is empty
	filter []uint64 // one-hash Bloom filter over the features, 2 bits per slot (see has)
	fshift uint     // 64 - log2(filter bits)
	w      []int16  // rows*stride, weight = w * scale[pass]
	scale  []float32
	trans  [][nL + 1][nL]float32
	dim    int
	dense  [][]float32
	pad    [window][2][nL]int32 // cached sums of the missing neighbours (see cache.go)
	cache  *wordCache
	hot    *compiled // the features of smallFeatures that the model has
	clOnce sync.Once
	clSums map[cluster.Path]*clusterSums // see Tagger.clusterSum
	labels *labelSums                    // second-pass sums by first-pass labels (two passes only)
	shapes *shapeSums                    // sums of the shape features (see shapeFeatures)
}

func fingerprint(f uint64) uint64 { return f>>32 | 1 }

func compile(passes []*weights) *compiled {
	c := &compiled{passes: len(passes), stride: len(passes) * nL}
	n := 0
	for _, p := range passes {
		n += len(p.index)
	}
	c.makeSlots(n)
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
	c.cache = new(wordCache)
	c.hot = c.subset(smallFeatures())
	if c.passes > 1 {
		c.labels = newLabelSums(c)
	}
	c.shapes = newShapeSums(c)
	var scratch []int32
	for o := -2; o <= 2; o++ {
		if o != 0 {
			x := padding(o)
			scratch = c.sumRows(localFeatures(nil, &x, o), 0, &c.pad[o+2], scratch)
		}
	}
	return c
}

// makeSlots sizes an empty table for n features and its Bloom filter: for the ~200K features of
// the embedded model, 2^21 bits (256 KiB) that rule out about 90 % of absent features from the
// processor's cache, where a probe of the table itself (16 MiB with its rows) would mostly miss
// it. Most features of rare words and of word pairs are absent.
func (c *compiled) makeSlots(n int) {
	size := 16
	for size < 2*n+16 {
		size <<= 1
	}
	c.mask = uint64(size - 1)
	c.slots = make([]uint64, size)
	c.filter = make([]uint64, 2*size/64)
	c.fshift = uint(64 - mbits.Len(uint(2*size-1)))
}

// has reports whether the table may have feature f.
func (c *compiled) has(f uint64) bool {
	b := f >> c.fshift
	return c.filter[b/64]&(1<<(b%64)) != 0
}

func (c *compiled) insert(f uint64, row int32) {
	b := f >> c.fshift
	c.filter[b/64] |= 1 << (b % 64)
	fp := fingerprint(f)
	for i := f & c.mask; ; i = (i + 1) & c.mask {
		if c.slots[i] == 0 {
			c.slots[i] = fp<<32 | uint64(row+1)
			return
		}
	}
}

func (c *compiled) lookup(f uint64) (int32, bool) {
	if !c.has(f) {
		return 0, false
	}
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
	return c.addAcc(feats, from, &acc, em, rows)
}

// addAcc is addRows starting from the integer sums in acc (acc[p-from] for pass p), which it
// overwrites.
func (c *compiled) addAcc(feats []uint64, from int, acc *[2][nL]int32, em [][nL]float32, rows []int32) []int32 {
	rows = c.sumRows(feats, from, acc, rows)
	c.scores(from, acc, em)
	return rows
}

// scores adds the integer sums acc (acc[p-from] for pass p) to em as scores.
func (c *compiled) scores(from int, acc *[2][nL]int32, em [][nL]float32) {
	for p := from; p < c.passes; p++ {
		e, a, sc := &em[p-from], &acc[p-from], c.scale[p]
		for l := range nL {
			e[l] += float32(a[l]) * sc
		}
	}
}
