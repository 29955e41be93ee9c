package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one sentence of a CoNLL file: tokens and their BIO labels (labels may be nil for
// unlabeled text).
type Sentence struct {
	Words  []string
	Labels []string
}

// ReadCoNLL reads "token LABEL" lines (space or tab separated; the label is the last field),
// with a blank line between sentences. A UTF-8 BOM, CR line ends and U+200E marks are ignored.
// Lines with only a token get the label "O".
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		line = strings.TrimSpace(strings.ReplaceAll(line, "\u200e", ""))
		if line == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
				cur = Sentence{}
			}
			continue
		}
		f := strings.Fields(line)
		word, label := f[0], "O"
		if len(f) > 1 {
			label = f[len(f)-1]
		}
		if label != "O" && !(strings.HasPrefix(label, "B-") || strings.HasPrefix(label, "I-")) {
			return nil, fmt.Errorf("ner: conll line %d: bad label %q", n, label)
		}
		cur.Words = append(cur.Words, word)
		cur.Labels = append(cur.Labels, label)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: conll line %d: %w", n, err)
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// ReadCoNLLFile reads a CoNLL file from disk.
func ReadCoNLLFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	s, err := ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("ner: read %s: %w", path, err)
	}
	return s, nil
}
