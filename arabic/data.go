package arabic

import (
	"bytes"
	_ "embed"
	"log/slog"
	"sync"
)

// The embedded data; data/README.md tells where each file comes from and how to rebuild it.
var (
	//go:embed data/lexicon.tsv.gz
	lexiconGz []byte
	//go:embed data/stopwords-ar.txt
	stopwordsTxt string
	//go:embed data/exceptions.txt
	exceptionsTxt string
)

var (
	defaultLexOnce sync.Once
	defaultLex     *Lexicon
)

// DefaultLexicon returns the embedded lexicon (word frequencies of the SaudiNewsNet corpus),
// decoded once. Freq(Key(w)) tells how common a word is.
func DefaultLexicon() *Lexicon {
	defaultLexOnce.Do(func() {
		l, err := ReadLexicon(bytes.NewReader(lexiconGz))
		if err != nil {
			// Only a broken build can get here; segment without frequencies rather than panic.
			slog.Error("arabic: embedded lexicon unreadable", "err", err)
			l = &Lexicon{freq: map[string]uint32{}}
		}
		defaultLex = l
	})
	return defaultLex
}
