package ner

import "marsad/arabic"

// Tag returns one BIO label per token of a sentence (O, B-PERS, I-PERS, B-LOC, I-LOC, B-ORG,
// I-ORG, B-MISC, I-MISC). Features use only each token's Text, so tokens from arabic.Tokenize
// and tokens built from CoNLL lines are treated alike. It is safe for concurrent use.
func (t *Tagger) Tag(tokens []arabic.Token) []string {
	return t.TagWords(tokenTexts(tokens))
}

// Entities returns the entities of a sentence as token spans with types PER, ORG, LOC, MISC.
func (t *Tagger) Entities(tokens []arabic.Token) []Span {
	return EntitiesOf(t.Tag(tokens))
}

// TagDocumentTokens tags the sentences of one article in text order, with cross-sentence
// consistency (see TagDocument).
func (t *Tagger) TagDocumentTokens(sents [][]arabic.Token) [][]string {
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = tokenTexts(s)
	}
	return t.TagDocument(words)
}

func tokenTexts(tokens []arabic.Token) []string {
	w := make([]string, len(tokens))
	for i, tk := range tokens {
		w[i] = tk.Text
	}
	return w
}
