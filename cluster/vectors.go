package cluster

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// Embeddings are unit-length word vectors quantised to int8 (value/127), keyed by Key.
type Embeddings struct {
	Dim   int
	Words []string
	Data  []int8 // len(Words)*Dim
	index map[string]int32
}

// NewEmbeddings quantises unit-normalised copies of vectors for the vocabulary words.
func NewEmbeddings(vocab *Vocab, vecs *Vectors) *Embeddings {
	e := &Embeddings{Dim: vecs.Dim, Words: vocab.Words, Data: make([]int8, len(vocab.Words)*vecs.Dim)}
	row := make([]float32, vecs.Dim)
	for i := range vocab.Words {
		copy(row, vecs.Row(i))
		normalize(row)
		for d, x := range row {
			e.Data[i*vecs.Dim+d] = int8(math.Round(float64(max(-1, min(1, x))) * 127))
		}
	}
	e.buildIndex()
	return e
}

func (e *Embeddings) buildIndex() {
	e.index = make(map[string]int32, len(e.Words))
	for i, w := range e.Words {
		e.index[w] = int32(i)
	}
}

// LookupKey returns the quantised vector of a normalised key.
func (e *Embeddings) LookupKey(k string) ([]int8, bool) {
	if e == nil {
		return nil, false
	}
	i, ok := e.index[k]
	if !ok {
		return nil, false
	}
	return e.Data[int(i)*e.Dim : int(i+1)*e.Dim], true
}

// Write writes the embeddings gzip-compressed: dim and count as uvarints, then each word
// (uvarint length + bytes) followed by its Dim int8 values.
func (e *Embeddings) Write(w io.Writer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	put(uint64(e.Dim))
	put(uint64(len(e.Words)))
	for i, word := range e.Words {
		put(uint64(len(word)))
		bw.WriteString(word)
		for _, v := range e.Data[i*e.Dim : (i+1)*e.Dim] {
			bw.WriteByte(byte(v))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cluster: write embeddings: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("cluster: write embeddings: %w", err)
	}
	return nil
}

// ReadEmbeddings reads embeddings written by Write.
func ReadEmbeddings(r io.Reader) (*Embeddings, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("cluster: read embeddings: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	dim, err := binary.ReadUvarint(br)
	if err != nil || dim == 0 || dim > 4096 {
		return nil, fmt.Errorf("cluster: read embeddings: bad dimension")
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("cluster: read embeddings: bad count")
	}
	e := &Embeddings{Dim: int(dim), Words: make([]string, n), Data: make([]int8, int(n)*int(dim))}
	raw := make([]byte, dim)
	for i := range int(n) {
		l, err := binary.ReadUvarint(br)
		if err != nil || l > 1<<16 {
			return nil, fmt.Errorf("cluster: read embeddings: word %d: bad length", i)
		}
		wb := make([]byte, l)
		if _, err := io.ReadFull(br, wb); err != nil {
			return nil, fmt.Errorf("cluster: read embeddings: word %d: %w", i, err)
		}
		e.Words[i] = string(wb)
		if _, err := io.ReadFull(br, raw); err != nil {
			return nil, fmt.Errorf("cluster: read embeddings: word %d: %w", i, err)
		}
		for d, b := range raw {
			e.Data[i*int(dim)+d] = int8(b)
		}
	}
	e.buildIndex()
	return e, nil
}

// EmbeddingsFrom wraps quantised vectors (len(words)*dim values) for lookup.
func EmbeddingsFrom(dim int, words []string, data []int8) (*Embeddings, error) {
	if dim <= 0 || len(data) != len(words)*dim {
		return nil, fmt.Errorf("cluster: embeddings: %d values for %d words of dimension %d", len(data), len(words), dim)
	}
	e := &Embeddings{Dim: dim, Words: words, Data: data}
	e.buildIndex()
	return e, nil
}
