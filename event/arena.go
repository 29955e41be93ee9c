package event

import (
	"sync"

	"marsad/doc"
)

// arena holds the per-token working arrays of a document's sentences (sent), and their
// mentions, in a few slices reused from document to document: coding allocates them once per process, not per sentence.
// Nothing of it outlives Code: the results hold copies (mentions, tokens, strings), never a
// sent or its arrays.
type arena struct {
	sents []sent
	keys  slab[string]
	ta    slab[bool]
	wi    slab[*wordInfo]
	wix   slab[int32]
	flags slab[wordFlags]
	ints  slab[int]
	ments slab[doc.Mention]
	look  lookScratch
}

var arenas = sync.Pool{New: func() any { return new(arena) }}

// getArena returns an arena with room for the sentences of d (so that pointers into its
// sentences stay valid).
func getArena(d *doc.Doc) *arena {
	ar := arenas.Get().(*arena)
	n := 0
	for i := range d.Sentences {
		n += len(d.Sentences[i].Tokens)
	}
	if cap(ar.sents) < len(d.Sentences) {
		ar.sents = make([]sent, 0, len(d.Sentences))
	}
	ar.keys.reset(n)
	ar.ta.reset(n)
	ar.wi.reset(n)
	ar.wix.reset(n)
	ar.flags.reset(n)
	ar.ints.reset(3 * n)
	m := 0
	for i := range d.Sentences {
		m += len(d.Sentences[i].Mentions) + len(d.Sentences[i].Places)
	}
	ar.ments.reset(m)
	return ar
}

// putArena clears what the arena refers to (the document's sentences and words) and returns it
// to the pool.
func putArena(ar *arena) {
	clear(ar.sents)
	ar.sents = ar.sents[:0]
	ar.keys.release()
	ar.wi.release()
	ar.ments.release()
	arenas.Put(ar)
}

// slab hands out consecutive slices of one backing array.
type slab[T any] struct {
	buf  []T
	used int
}

// reset makes room for n elements in all, and hands out from the start again.
func (b *slab[T]) reset(n int) {
	if cap(b.buf) < n {
		b.buf = make([]T, n)
	}
	b.buf = b.buf[:cap(b.buf)]
	b.used = 0
}

// take returns the next n elements, zeroed, with no room to grow into the next slice.
func (b *slab[T]) take(n int) []T {
	s := b.buf[b.used : b.used+n : b.used+n]
	b.used += n
	clear(s)
	return s
}

// release zeroes what was handed out, so that the pool does not keep it alive.
func (b *slab[T]) release() {
	clear(b.buf[:b.used])
	b.used = 0
}
