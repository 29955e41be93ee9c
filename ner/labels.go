package ner

import "strings"

// The label set, as in the ANERcorp CoNLL files.
var labelNames = []string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

const nL = 9

func labelIndex(s string) int {
	for i, l := range labelNames {
		if l == s {
			return i
		}
	}
	return 0
}

// allowed reports whether label cur may follow prev (prev == nL means sentence start): I-X only
// continues B-X or I-X.
var allowed = func() (a [nL + 1][nL]bool) {
	for p := 0; p <= nL; p++ {
		for c := range nL {
			if c%2 == 0 && c > 0 { // I-X
				a[p][c] = p < nL && (p == c || p == c-1)
			} else {
				a[p][c] = true
			}
		}
	}
	return
}()

// labelType returns the entity type of a BIO label ("" for O).
func labelType(l string) string {
	if len(l) > 2 && (l[0] == 'B' || l[0] == 'I') && l[1] == '-' {
		return l[2:]
	}
	return ""
}

// Span is an entity found by the tagger: tokens [TokStart, TokEnd) and a type, one of PER,
// ORG, LOC, MISC.
type Span struct {
	TokStart, TokEnd int
	Type             string
}

// spansOf extracts entities from BIO labels with the conlleval/seqeval conventions: an entity
// starts at B-X, or at I-X that does not continue an entity of type X, and ends before the next
// token that is not I-X. Types are returned as in the labels (PERS, not PER).
func spansOf(labels []string) []Span {
	var out []Span
	start, typ := -1, ""
	for i, l := range labels {
		t := labelType(l)
		begins := t != "" && (strings.HasPrefix(l, "B-") || t != typ)
		if start >= 0 && (t == "" || begins) {
			out = append(out, Span{start, i, typ})
			start, typ = -1, ""
		}
		if begins {
			start, typ = i, t
		}
	}
	if start >= 0 {
		out = append(out, Span{start, len(labels), typ})
	}
	return out
}

// EntitiesOf converts BIO labels to entity spans with types PER, ORG, LOC, MISC (PERS is mapped
// to PER), using the conlleval conventions.
func EntitiesOf(labels []string) []Span {
	s := spansOf(labels)
	for i := range s {
		if s[i].Type == "PERS" {
			s[i].Type = "PER"
		}
	}
	return s
}
