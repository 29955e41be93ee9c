package ner

import "strings"

// The output label set, as in the ANERcorp CoNLL files (BIO).
var bioNames = []string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// nBIO is the number of BIO labels (bioNames).
const nBIO = 9

// outName returns the BIO name of an internal label.
func outName(l int8) string { return bioNames[bioOf[l]] }

// labelIndex returns the BIO label index of a BIO label name (0 for O or unknown).
func labelIndex(s string) int {
	for i, l := range bioNames {
		if l == s {
			return i
		}
	}
	return 0
}

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
