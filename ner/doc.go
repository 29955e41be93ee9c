package ner

// DocWindow is how many sentences before and after a sentence form its document context: the
// second pass sees how the first pass labelled the same word there. A window (rather than the
// whole article) keeps training, CoNLL evaluation (which has no document boundaries) and
// run-time tagging consistent.
const DocWindow = 30

// docCounts counts first-pass labels (as BIO labels) per clitic-stripped key over a window of sentences.
type docCounts map[uint64][nBIO]uint16

func (d docCounts) add(inf []tokInfo, labels []int8, sign int) {
	for j := range inf {
		c := d[inf[j].alt]
		b := bioOf[labels[j]]
		c[b] = uint16(int(c[b]) + sign)
		d[inf[j].alt] = c
	}
}

// mark sets the doc field of each token from the window counts, leaving out the token itself:
// bit l for every BIO label l seen elsewhere, and the majority label + 1 in bits 16 and up.
func (d docCounts) mark(inf []tokInfo, labels []int8) {
	for j := range inf {
		c := d[inf[j].alt]
		c[bioOf[labels[j]]]--
		inf[j].doc = docMask(&c)
	}
}

// docMask is the doc field for window counts c that already leave the token itself out.
func docMask(c *[nBIO]uint16) uint32 {
	var m uint32
	best, arg, total := uint16(0), -1, 0
	for l, n := range c {
		if n == 0 {
			continue
		}
		total += int(n)
		m |= 1 << l
		if n > best {
			best, arg = n, l
		}
	}
	if total > 0 {
		m |= uint32(arg+1) << 16
	}
	return m
}

// markDocs sets the doc field of every token of a sequence of sentences (in text order) from
// first-pass labels, with a window of DocWindow sentences on each side.
func markDocs(infos [][]tokInfo, labels [][]int8) {
	d := docCounts{}
	n := len(infos)
	for i := 0; i < min(DocWindow+1, n); i++ {
		d.add(infos[i], labels[i], 1)
	}
	for i := range n {
		d.mark(infos[i], labels[i])
		if j := i + DocWindow + 1; j < n {
			d.add(infos[j], labels[j], 1)
		}
		if j := i - DocWindow; j >= 0 {
			d.add(infos[j], labels[j], -1)
		}
	}
}

// markDocsFast is markDocs for tagging, with the same results: it numbers the document's
// distinct clitic-stripped keys once (one map lookup per token instead of three) and keeps the
// window counts in a slice by number.
func markDocsFast(infos [][]tokInfo, labels [][]int8) {
	total := 0
	for _, inf := range infos {
		total += len(inf)
	}
	ids := make([]int32, total)
	off := make([]int, len(infos)+1)
	index := make(map[uint64]int32, total/2)
	at := 0
	for i, inf := range infos {
		off[i] = at
		for j := range inf {
			id, ok := index[inf[j].alt]
			if !ok {
				id = int32(len(index))
				index[inf[j].alt] = id
			}
			ids[at] = id
			at++
		}
	}
	off[len(infos)] = at
	counts := make([][nBIO]uint16, len(index))
	add := func(i, sign int) {
		for j, id := range ids[off[i]:off[i+1]] {
			c := &counts[id]
			b := bioOf[labels[i][j]]
			c[b] = uint16(int(c[b]) + sign)
		}
	}
	n := len(infos)
	for i := 0; i < min(DocWindow+1, n); i++ {
		add(i, 1)
	}
	for i := range n {
		inf := infos[i]
		for j, id := range ids[off[i]:off[i+1]] {
			c := counts[id]
			c[bioOf[labels[i][j]]]--
			inf[j].doc = docMask(&c)
		}
		if j := i + DocWindow + 1; j < n {
			add(j, 1)
		}
		if j := i - DocWindow; j >= 0 {
			add(j, -1)
		}
	}
}
