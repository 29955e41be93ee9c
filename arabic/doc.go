// Package arabic holds the text primitives every later stage of Marsad builds on: normalisation
// with a map back to the original text, sentence splitting, tokenisation, clitic segmentation,
// light stemming, a corpus-derived word-frequency lexicon and the sniffing and decoding of legacy
// encodings.
//
// Everything here is a pure function over strings (the lexicon is embedded with go:embed), safe
// for concurrent use, and never panics on bad input. Every offset is a count of Unicode code points
// (runes) into the ORIGINAL text handed in, as Go counts them: an invalid UTF-8 byte is one code
// point (and reads as U+FFFD).
//
// The package imports nothing else from Marsad.
package arabic
