// Package wordhash holds what the word caches of geo and tone share: one hash of word keys for
// the life of the process, the tag a table slot keeps of it, and a one-hash Bloom filter over a
// set of keys.
package wordhash

import (
	"hash/maphash"
	"iter"
)

var seed = maphash.MakeSeed()

// String hashes a word key.
func String(k string) uint64 { return maphash.String(seed, k) }

// Bytes hashes a word key held in bytes; Bytes(b) == String(string(b)).
func Bytes(b []byte) uint64 { return maphash.Bytes(seed, b) }

// Tag is what a table slot keeps of a key's hash to tell keys apart: its high bits, never 0, so
// that 0 marks an empty slot.
func Tag(h uint64) uint32 { return uint32(h>>32) | 1 }

// Filter is a one-hash Bloom filter over a set of keys: a key it does not have is not in the
// set. Most candidate words are in no set; a filter small enough to stay in the processor's
// cache rules them out without a probe into a map, whose memory is cold. The zero Filter has
// every key.
type Filter struct {
	bits uint
	set  []uint64
}

// NewFilter builds a filter of 2^bits bits over keys.
func NewFilter(bits uint, keys iter.Seq[string]) Filter {
	f := Filter{bits: bits, set: make([]uint64, 1<<bits/64)}
	for k := range keys {
		h := String(k) >> (64 - bits)
		f.set[h/64] |= 1 << (h % 64)
	}
	return f
}

// Has reports whether the key whose hash is h may be in the set.
func (f Filter) Has(h uint64) bool {
	if len(f.set) == 0 {
		return true
	}
	h >>= 64 - f.bits
	return f.set[h/64]&(1<<(h%64)) != 0
}
