package sqlite

import (
	"strings"

	"github.com/ncruces/go-sqlite3/ext/fts5"

	"marsad/store/internal/textsearch"
)

// TokenizerName is the name of the FTS5 tokenizer registered on every connection.
const TokenizerName = "marsad_ar"

// tokenizer is the FTS5 tokenizer "marsad_ar". Documents are analysed by textsearch.Analyze:
// each word gives its keys, the first as a token and the rest colocated with it. Queries are
// written by textsearch.Query.FTS5 and are already analysed: words separated by spaces, the keys
// of one word separated by |, which become colocated alternatives.
type tokenizer struct{}

func (tokenizer) Tokenize(flags fts5.TokenizeFlag, text, _ string, emit fts5.TokenCallback) error {
	if flags&fts5.TOKENIZE_QUERY != 0 {
		pos := 0
		for _, word := range strings.Fields(text) {
			start := strings.Index(text[pos:], word) + pos
			pos = start + len(word)
			var f fts5.TokenFlag
			for _, key := range strings.Split(word, "|") {
				if key == "" {
					continue
				}
				if err := emit(f, key, start, pos); err != nil {
					return err
				}
				f = fts5.TOKEN_COLOCATED
			}
		}
		return nil
	}
	for _, t := range textsearch.Analyze(text) {
		for i, key := range t.Keys {
			var f fts5.TokenFlag
			if i > 0 {
				f = fts5.TOKEN_COLOCATED
			}
			if err := emit(f, key, t.ByteStart, t.ByteEnd); err != nil {
				return err
			}
		}
	}
	return nil
}
