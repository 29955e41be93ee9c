package ner

import (
	"fmt"
	"io"
	"sort"
)

// Counts are entity-level true positives, predicted and gold counts.
type Counts struct{ TP, Pred, Gold int }

// Precision, Recall and F1 are in [0, 1]; zero denominators give 0.
func (c Counts) Precision() float64 { return ratio(c.TP, c.Pred) }

// Recall is TP / Gold.
func (c Counts) Recall() float64 { return ratio(c.TP, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score holds per-type and micro-averaged entity counts, with the CoNLL/seqeval conventions: an
// entity is correct only with exact span and type.
type Score struct {
	ByType map[string]Counts
	Micro  Counts
}

// Add scores one sentence.
func (s *Score) Add(gold, pred []string) {
	if s.ByType == nil {
		s.ByType = map[string]Counts{}
	}
	g, p := spansOf(gold), spansOf(pred)
	gs := make(map[Span]bool, len(g))
	for _, e := range g {
		gs[e] = true
		c := s.ByType[e.Type]
		c.Gold++
		s.ByType[e.Type] = c
		s.Micro.Gold++
	}
	for _, e := range p {
		c := s.ByType[e.Type]
		c.Pred++
		s.Micro.Pred++
		if gs[e] {
			c.TP++
			s.Micro.TP++
		}
		s.ByType[e.Type] = c
	}
}

// Merge adds the counts of another score.
func (s *Score) Merge(o *Score) {
	if s.ByType == nil {
		s.ByType = map[string]Counts{}
	}
	for t, c := range o.ByType {
		a := s.ByType[t]
		s.ByType[t] = Counts{a.TP + c.TP, a.Pred + c.Pred, a.Gold + c.Gold}
	}
	s.Micro = Counts{s.Micro.TP + o.Micro.TP, s.Micro.Pred + o.Micro.Pred, s.Micro.Gold + o.Micro.Gold}
}

// Write prints a seqeval-style report.
func (s *Score) Write(w io.Writer) error {
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	if _, err := fmt.Fprintf(w, "%-8s %9s %9s %9s %8s %8s\n", "type", "precision", "recall", "f1", "gold", "pred"); err != nil {
		return err
	}
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-8s %9.2f %9.2f %9.2f %8d %8d\n", name, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold, c.Pred)
	}
	for _, t := range types {
		row(t, s.ByType[t])
	}
	row("micro", s.Micro)
	return nil
}

// Evaluate tags the sentences as one running text (TagDocument, so each sentence has the
// DocWindow sentences around it as context) and scores the result against the gold labels.
func (t *Tagger) Evaluate(sents []Sentence) *Score {
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Words
	}
	pred := t.TagDocument(words)
	s := &Score{}
	for i, sent := range sents {
		s.Add(sent.Labels, pred[i])
	}
	return s
}
