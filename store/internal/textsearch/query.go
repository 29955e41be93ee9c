package textsearch

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// ErrEmpty is returned by Parse for a query with no searchable word, or with a group made only
// of exclusions. ErrTooLong for a query of more than MaxWords words.
var (
	ErrEmpty   = errors.New("query has no searchable word")
	ErrTooLong = fmt.Errorf("query has more than %d words", MaxWords)
)

// MaxWords bounds the words of one query.
const MaxWords = 64

// Query is a parsed search: groups joined by OR.
type Query struct {
	Groups []Group
}

// Group is a conjunction: every phrase of Must and none of Not.
type Group struct {
	Must []Phrase
	Not  []Phrase
}

// Phrase is a run of consecutive words; a single word is a phrase of one.
type Phrase struct {
	Words [][]string // the keys of each word
}

// Parse reads a user's search text. Words are ANDed, "double quotes" make a phrase (an
// unterminated quote runs to the end), a leading - or ! excludes, and OR or | between two groups
// gives either. Words are analysed as Analyze does; punctuation inside a word splits it into a
// phrase (وزير-الخارجية). Parse never fails on syntax: its only errors are ErrEmpty and
// ErrTooLong.
func Parse(text string) (Query, error) {
	var q Query
	var g Group
	words := 0
	endGroup := func() {
		if len(g.Must) > 0 || len(g.Not) > 0 {
			q.Groups = append(q.Groups, g)
		}
		g = Group{}
	}
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		if r == '|' {
			endGroup()
			i++
			continue
		}
		neg := false
		if r == '-' || r == '!' || r == '−' {
			neg = true
			i++
			if i >= len(rs) {
				break
			}
		}
		var item string
		if rs[i] == '"' || rs[i] == '«' || rs[i] == '“' {
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '»' && rs[j] != '”' {
				j++
			}
			item = string(rs[i+1 : min(j, len(rs))])
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' && rs[j] != '|' {
				j++
			}
			item = string(rs[i:j])
			i = j
			if item == "OR" && !neg {
				endGroup()
				continue
			}
		}
		terms := Analyze(item)
		if len(terms) == 0 {
			continue
		}
		words += len(terms)
		if words > MaxWords {
			return Query{}, ErrTooLong
		}
		p := Phrase{Words: make([][]string, len(terms))}
		for k, t := range terms {
			p.Words[k] = t.Keys
		}
		if neg {
			g.Not = append(g.Not, p)
		} else {
			g.Must = append(g.Must, p)
		}
	}
	endGroup()
	if len(q.Groups) == 0 {
		return Query{}, ErrEmpty
	}
	for _, g := range q.Groups {
		if len(g.Must) == 0 {
			return Query{}, ErrEmpty
		}
	}
	return q, nil
}

// FTS5 renders the query for an FTS5 MATCH whose tokenizer reads query strings as this package
// writes them: words separated by spaces, the keys of a word separated by |. Every phrase is a
// quoted string, so no user text reaches FTS5 syntax.
func (q Query) FTS5() string {
	var sb strings.Builder
	for gi, g := range q.Groups {
		if gi > 0 {
			sb.WriteString(" OR ")
		}
		sb.WriteString("((")
		for i, p := range g.Must {
			if i > 0 {
				sb.WriteString(" AND ")
			}
			p.fts5(&sb)
		}
		sb.WriteString(")")
		for _, p := range g.Not {
			sb.WriteString(" NOT ")
			p.fts5(&sb)
		}
		sb.WriteString(")")
	}
	return sb.String()
}

func (p Phrase) fts5(sb *strings.Builder) {
	sb.WriteByte('"')
	for i, keys := range p.Words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		for k, key := range keys {
			if k > 0 {
				sb.WriteByte('|')
			}
			sb.WriteString(strings.ReplaceAll(key, `"`, `""`))
		}
	}
	sb.WriteByte('"')
}

// TSQuery renders the query as a PostgreSQL tsquery literal over the lexemes TSVector writes:
// a word is the OR of its keys, a phrase joins words with <->.
func (q Query) TSQuery() string {
	var sb strings.Builder
	for gi, g := range q.Groups {
		if gi > 0 {
			sb.WriteString(" | ")
		}
		sb.WriteString("(")
		for i, p := range g.Must {
			if i > 0 {
				sb.WriteString(" & ")
			}
			p.tsquery(&sb)
		}
		for _, p := range g.Not {
			sb.WriteString(" & !")
			p.tsquery(&sb)
		}
		sb.WriteString(")")
	}
	return sb.String()
}

func (p Phrase) tsquery(sb *strings.Builder) {
	sb.WriteString("(")
	for i, keys := range p.Words {
		if i > 0 {
			sb.WriteString(" <-> ")
		}
		sb.WriteString("(")
		for k, key := range keys {
			if k > 0 {
				sb.WriteString(" | ")
			}
			writeLexeme(sb, key)
		}
		sb.WriteString(")")
	}
	sb.WriteString(")")
}

// writeLexeme writes a quoted tsvector/tsquery lexeme.
func writeLexeme(sb *strings.Builder, key string) {
	sb.WriteByte('\'')
	for _, r := range key {
		if r == '\'' || r == '\\' {
			sb.WriteRune(r)
		}
		sb.WriteRune(r)
	}
	sb.WriteByte('\'')
}
