package arabic

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
)

// Lexicon holds word frequencies: how often each Key form was seen as a word in a corpus.
// A Lexicon is immutable once built and safe for concurrent use.
type Lexicon struct {
	freq  map[string]uint32
	total uint64
}

// Freq returns the number of times the key (a Key form) was seen, 0 if never or if l is nil.
func (l *Lexicon) Freq(key string) int {
	if l == nil {
		return 0
	}
	return int(l.freq[key])
}

// freqB is Freq for a key held in bytes, without allocating.
func (l *Lexicon) freqB(key []byte) int {
	if l == nil {
		return 0
	}
	return int(l.freq[string(key)])
}

// Len returns the number of distinct keys.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.freq)
}

// Total returns the sum of all counts.
func (l *Lexicon) Total() uint64 {
	if l == nil {
		return 0
	}
	return l.total
}

// All yields every key with its count, most frequent first (ties in key order).
func (l *Lexicon) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		if l == nil {
			return
		}
		for _, k := range l.sortedKeys() {
			if !yield(k, int(l.freq[k])) {
				return
			}
		}
	}
}

func (l *Lexicon) sortedKeys() []string {
	keys := make([]string, 0, len(l.freq))
	for k := range l.freq {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(l.freq[b], l.freq[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return keys
}

// BuildLexicon counts the Key forms of the Word tokens of texts and keeps those seen at least
// minCount times.
func BuildLexicon(texts iter.Seq[string], minCount int) *Lexicon {
	counts := make(map[string]uint32, 1<<16)
	var toks []Token
	for text := range texts {
		toks = AppendTokens(toks[:0], text, 0)
		for i := range toks {
			if toks[i].Kind != Word {
				continue
			}
			k := toks[i].Norm
			if c, ok := counts[k]; ok {
				if c < ^uint32(0) {
					counts[k] = c + 1
				}
				continue
			}
			// Clone: Norm may point into the text, which the caller may reuse.
			counts[strings.Clone(k)] = 1
		}
	}
	l := &Lexicon{freq: make(map[string]uint32, len(counts)/4)}
	for k, c := range counts {
		if int(c) >= minCount {
			l.freq[k] = c
			l.total += uint64(c)
		}
	}
	return l
}

// lexiconHeader starts the file format.
const lexiconHeader = "# marsad arabic lexicon v1: key<TAB>count, most frequent first"

// WriteTo writes the lexicon in its file format: gzip-compressed UTF-8 lines "key<TAB>count",
// most frequent first, after a "#" header line. It returns the number of compressed bytes written.
func (l *Lexicon) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("lexicon: write: %w", err)
	}
	bw := bufio.NewWriterSize(zw, 64<<10)
	bw.WriteString(lexiconHeader)
	bw.WriteByte('\n')
	var num []byte
	for k, c := range l.All() {
		bw.WriteString(k)
		bw.WriteByte('\t')
		num = strconv.AppendInt(num[:0], int64(c), 10)
		bw.Write(num)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("lexicon: write: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("lexicon: write: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ErrLexiconFormat is returned (wrapped) for a malformed lexicon file.
var ErrLexiconFormat = errors.New("malformed lexicon")

// ReadLexicon reads a lexicon written by WriteTo. Plain (uncompressed) text is accepted too;
// blank lines and lines starting with "#" are skipped. Keys are re-normalised with Key, so a
// hand-written list may use any spelling; counts of keys that fold together add up.
func ReadLexicon(r io.Reader) (*Lexicon, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var src io.Reader = br
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("lexicon: read: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	sc := bufio.NewScanner(src)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	l := &Lexicon{freq: make(map[string]uint32, 1<<16)}
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimRight(sc.Bytes(), "\r")
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		tab := bytes.LastIndexByte(b, '\t')
		if tab <= 0 {
			return nil, fmt.Errorf("lexicon: line %d: %w: want key<TAB>count", line, ErrLexiconFormat)
		}
		c, err := strconv.ParseUint(string(b[tab+1:]), 10, 32)
		if err != nil {
			return nil, fmt.Errorf("lexicon: line %d: %w: %v", line, ErrLexiconFormat, err)
		}
		k := Key(string(b[:tab]))
		if k == "" {
			continue
		}
		sum := uint64(l.freq[k]) + c
		if sum > uint64(^uint32(0)) {
			sum = uint64(^uint32(0))
		}
		l.total += sum - uint64(l.freq[k])
		l.freq[k] = uint32(sum)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: read line %d: %w", line+1, err)
	}
	return l, nil
}
