// Package cluster learns word clusters from unlabeled Arabic news and looks them up.
//
// Clusters are built in two steps: skip-gram word vectors with negative sampling (word2vec,
// written here in Go) are trained on tokenised news text, then the unit-length vectors are
// grouped by hierarchical spherical k-means. Each word gets a path of cluster ids, one per level
// (coarse to fine), so a tagger can use several granularities as features, the way Brown-cluster
// path prefixes are used.
//
// Words are looked up by Key, a frozen normalisation (diacritics and tatweel removed, alef, ya
// and ta marbuta forms unified, digits mapped to 0). It is deliberately private to this package's
// file format so that a committed cluster file keeps its meaning when other packages change
// their normalisation.
package cluster

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Levels is the number of granularities in a cluster path.
const Levels = 3

// Path is a word's cluster ids from the coarsest level to the finest. Ids at level l are unique
// across the whole level (not only within the parent). Zero is never a valid id, so a zero Path
// means "unknown word".
type Path [Levels]uint16

// Clusters maps normalised words to cluster paths.
type Clusters struct {
	m map[string]Path
}

// Len returns the number of words with a cluster.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.m)
}

// Lookup returns the cluster path of a word (any surface form; it is normalised with Key).
func (c *Clusters) Lookup(word string) (Path, bool) {
	return c.LookupKey(Key(word))
}

// LookupKey returns the cluster path of an already normalised key.
func (c *Clusters) LookupKey(key string) (Path, bool) {
	if c == nil {
		return Path{}, false
	}
	p, ok := c.m[key]
	return p, ok
}

// New builds Clusters from a map of keys to paths.
func New(m map[string]Path) *Clusters { return &Clusters{m: m} }

// Write writes clusters as gzip-compressed text, one "key<TAB>id1<TAB>id2<TAB>id3" line per
// word, sorted by key so the file is reproducible.
func (c *Clusters) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("cluster: write: %w", err)
	}
	bw := bufio.NewWriter(zw)
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		if k != "" && !strings.ContainsAny(k, "\t\n") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := c.m[k]
		bw.WriteString(k)
		for _, id := range p {
			bw.WriteByte('\t')
			bw.WriteString(strconv.Itoa(int(id)))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cluster: write: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("cluster: write: %w", err)
	}
	return nil
}

// Read reads clusters written by Write.
func Read(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("cluster: read: %w", err)
	}
	defer zr.Close()
	m := make(map[string]Path, 1<<16)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != Levels+1 || f[0] == "" {
			return nil, fmt.Errorf("cluster: read line %d: want %d fields, got %d", line, Levels+1, len(f))
		}
		var p Path
		for i := range Levels {
			v, err := strconv.ParseUint(f[i+1], 10, 16)
			if err != nil || v == 0 {
				return nil, fmt.Errorf("cluster: read line %d: bad id %q", line, f[i+1])
			}
			p[i] = uint16(v)
		}
		m[f[0]] = p
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cluster: read: %w", err)
	}
	return &Clusters{m: m}, nil
}

// Key returns the normalised lookup form of a word: Arabic diacritics, tatweel and bidi marks
// removed; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; every decimal digit (ASCII, Arabic-Indic,
// Persian) → 0; Latin letters lower-cased.
func Key(word string) string {
	// Fast path: nothing to change.
	clean := true
	for _, r := range word {
		if mapRune(r) != r {
			clean = false
			break
		}
	}
	if clean {
		return word
	}
	var b strings.Builder
	b.Grow(len(word))
	for _, r := range word {
		if m := mapRune(r); m >= 0 {
			b.WriteRune(m)
		}
	}
	return b.String()
}

// mapRune returns the normalised rune, or -1 to drop it.
func mapRune(r rune) rune {
	switch {
	case r < 0x80:
		if r >= '0' && r <= '9' {
			return '0'
		}
		if r >= 'A' && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, superscript alef, tatweel
		return -1
	case r == 0x200E, r == 0x200F, r == 0x200C, r == 0x200D, r == 0xFEFF, r == 0x061C:
		return -1
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == 'ؤ':
		return 'و'
	case r == 'ئ':
		return 'ي'
	case r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
		return '0'
	case unicode.IsUpper(r):
		return unicode.ToLower(r)
	}
	return r
}

// Tokenize splits running text into tokens the way the ANERcorp CoNLL files are tokenised:
// on white space, with punctuation peeled off the ends of words as separate tokens. Clitics are
// not split.
func Tokenize(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		// leading punctuation
		for f != "" {
			r, n := utf8.DecodeRuneInString(f)
			if !isPunct(r) {
				break
			}
			out = append(out, f[:n])
			f = f[n:]
		}
		var tail []string
		for f != "" {
			r, n := utf8.DecodeLastRuneInString(f)
			if !isPunct(r) {
				break
			}
			tail = append(tail, f[len(f)-n:])
			f = f[:len(f)-n]
		}
		if f != "" {
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

func isPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r) || r == '،' || r == '؛' || r == '؟'
}

// Map returns the underlying key → path map (not a copy; do not modify it).
func (c *Clusters) Map() map[string]Path {
	if c == nil {
		return nil
	}
	return c.m
}
