package geo

import (
	"marsad"
	"marsad/arabic"
)

// Find returns the place mentions of a tokenized sentence, longest match first: at each token
// the longest gazetteer name starting there (with the token's proclitics stripped) is taken,
// and the search goes on after it. Candidates are every entry the name can denote, unranked.
func (g *Gazetteer) Find(tokens []arabic.Token) []Mention {
	s := getSentenceIndex()
	defer putSentenceIndex(s)
	g.indexSentence(s, tokens)
	return g.find(nil, tokens, s, true)
}

// Resolve finds and resolves the place mentions of a whole document, given as tokenized
// sentences, and returns the places of each sentence in order. Context is the document: the
// countries it names (by place, country name or demonym), places resolved in the same
// sentence, the outlet's country, the cue before each name, the entry type and population.
// Mentions that are common words with no cue and no word of their country are dropped.
func (g *Gazetteer) Resolve(sentences [][]arabic.Token, opt Options) [][]marsad.Place {
	return g.resolve(sentences, opt)
}

// ResolveText splits text into sentences, tokenizes it and resolves its places: Resolve for
// callers that hold plain text. Spans are code points into text.
func (g *Gazetteer) ResolveText(text string, opt Options) [][]marsad.Place {
	return g.Resolve(Sentences(text), opt)
}

// Sentences splits and tokenizes text the way ResolveText does, offsets into text.
func Sentences(text string) [][]arabic.Token {
	spans := arabic.Sentences(text)
	out := make([][]arabic.Token, 0, len(spans))
	for _, sp := range spans {
		out = append(out, arabic.AppendTokens(nil, marsad.SliceRunes(text, marsad.Span{Start: sp.Start, End: sp.End}), sp.Start))
	}
	return out
}
