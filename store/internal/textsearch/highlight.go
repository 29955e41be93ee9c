package textsearch

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"marsad"
)

// MaxHighlights bounds the highlight spans returned for one text.
const MaxHighlights = 200

// Highlight returns the spans of text, in code points, where the wanted phrases of the query
// occur: whole words, a phrase as one span, sorted and without overlaps.
func (q Query) Highlight(text string) []marsad.Span {
	return q.HighlightTerms(Analyze(text))
}

// HighlightTerms is Highlight over an already analysed text.
func (q Query) HighlightTerms(terms []Term) []marsad.Span {
	var spans []marsad.Span
	for _, g := range q.Groups {
		for _, p := range g.Must {
			n := len(p.Words)
			if n == 0 {
				continue
			}
		next:
			for i := 0; i+n <= len(terms); i++ {
				for k, keys := range p.Words {
					if !Match(keys, terms[i+k].Keys) {
						continue next
					}
				}
				spans = append(spans, marsad.Span{Start: terms[i].Start, End: terms[i+n-1].End})
			}
		}
	}
	if len(spans) == 0 {
		return nil
	}
	slices.SortFunc(spans, func(a, b marsad.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.Start < last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	if len(out) > MaxHighlights {
		out = out[:MaxHighlights]
	}
	return slices.Clip(out)
}

// Snippet returns a stretch of about width code points of text around the first highlight (the
// start of the text when there is none), cut at spaces.
func Snippet(text string, highlights []marsad.Span, width int) marsad.Span {
	rs := []rune(text)
	n := len(rs)
	if n <= width {
		return marsad.Span{Start: 0, End: n}
	}
	start := 0
	if len(highlights) > 0 {
		start = max(0, highlights[0].Start-width/4)
	}
	end := min(n, start+width)
	if end == n {
		start = max(0, n-width)
	}
	if start > 0 {
		for k := start; k < min(n, start+20); k++ {
			if unicode.IsSpace(rs[k]) {
				start = k + 1
				break
			}
		}
	}
	if end < n {
		for k := end; k > max(start, end-20); k-- {
			if unicode.IsSpace(rs[k-1]) {
				end = k - 1
				break
			}
		}
	}
	return marsad.Span{Start: start, End: end}
}

// Tsvector position limits of PostgreSQL.
const (
	maxPos          = 16383
	maxLexemePoints = 256
	// maxTSVectorBytes keeps the literal, and so the stored tsvector, under PostgreSQL's 1 MB.
	maxTSVectorBytes = 900_000
)

// TSVector renders the terms of a title and a text as a PostgreSQL tsvector literal: every key
// of a word at the word's position, the title first, the text after a gap. Positions past
// PostgreSQL's limit of 16383 are clamped (there phrases no longer match, single words still do).
func TSVector(title, text string) string {
	pos := map[string][]int{}
	var order []string
	p := 1
	add := func(terms []Term) {
		for _, t := range terms {
			for _, k := range t.Keys {
				have, ok := pos[k]
				if !ok {
					order = append(order, k)
				}
				if len(have) < maxLexemePoints && (len(have) == 0 || have[len(have)-1] != min(p, maxPos)) {
					pos[k] = append(have, min(p, maxPos))
				}
			}
			p++
		}
	}
	add(Analyze(title))
	p += 2
	add(Analyze(text))
	var sb strings.Builder
	for i, k := range order {
		if sb.Len() > maxTSVectorBytes {
			break // PostgreSQL refuses tsvectors over 1 MB: the rest of a huge text goes unindexed
		}
		if i > 0 {
			sb.WriteByte(' ')
		}
		writeLexeme(&sb, k)
		sb.WriteByte(':')
		for j, x := range pos[k] {
			if j > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Itoa(x))
		}
	}
	return sb.String()
}
