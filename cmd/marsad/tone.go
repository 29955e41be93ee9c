package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/arabic"
	"marsad/input"
	"marsad/tone"
)

func init() {
	var explain, asJSON bool
	var format string
	cmd := &cobra.Command{
		Use:   "tone [flags] FILE|-...",
		Short: "Print the GDELT-style tone of each document and of its sentences",
		Long: `Tone prints, for every document, its tone (positive − negative), the percentages of
positive and negative words, their sum (polarity) and the word count, then the same for each
sentence. With --explain it lists the words that scored, the lexicon entry behind each, and
whether a negator flipped it. With --json it prints one JSON object per document.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lex := tone.Default()
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			for it := range input.Read(cmd.Context(), args, cmd.InOrStdin(), input.Options{Format: format}) {
				if it.Err != nil {
					return fmt.Errorf("tone: %s: %w", it.Origin, it.Err)
				}
				doc := toneDoc(lex, it.Article, explain)
				if asJSON {
					if err := enc.Encode(doc); err != nil {
						return fmt.Errorf("tone: write: %w", err)
					}
					continue
				}
				writeTone(w, doc, explain)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&explain, "explain", false, "list the words that scored in each sentence")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per document")
	cmd.Flags().StringVar(&format, "input", "text", `input format: "text" (whole files) or "jsonl"`)
	rootCmd.AddCommand(cmd)
}

type toneHit struct {
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Entry   string  `json:"entry"`
	Score   float64 `json:"score"`
	Negated bool    `json:"negated,omitempty"`
}

type toneSentence struct {
	marsad.Span
	Text string      `json:"text"`
	Tone marsad.Tone `json:"tone"`
	Hits []toneHit   `json:"hits,omitempty"`
}

type toneDocument struct {
	ID        string         `json:"id"`
	Tone      marsad.Tone    `json:"tone"`
	Sentences []toneSentence `json:"sentences"`
}

func toneDoc(lex *tone.Lexicon, a marsad.Article, explain bool) toneDocument {
	doc := toneDocument{ID: a.ID}
	var all []arabic.Token
	for _, sp := range arabic.Sentences(a.Text) {
		span := marsad.Span{Start: sp.Start, End: sp.End}
		text := marsad.SliceRunes(a.Text, span)
		toks := arabic.AppendTokens(nil, text, sp.Start)
		all = append(all, toks...)
		s := toneSentence{Span: span, Text: text, Tone: lex.Score(toks)}
		if explain {
			for _, h := range lex.Words(toks) {
				first, last := toks[h.TokStart], toks[h.TokEnd-1]
				hs := marsad.Span{Start: first.Start, End: last.End}
				s.Hits = append(s.Hits, toneHit{Text: marsad.SliceRunes(a.Text, hs), Start: hs.Start, End: hs.End,
					Entry: h.Entry, Score: h.Score, Negated: h.Negated})
			}
		}
		doc.Sentences = append(doc.Sentences, s)
	}
	doc.Tone = lex.Score(all)
	return doc
}

func writeTone(w *bufio.Writer, d toneDocument, explain bool) {
	fmt.Fprintf(w, "%s\ttone %+.2f\tpositive %.2f\tnegative %.2f\tpolarity %.2f\twords %d\n",
		d.ID, d.Tone.Tone, d.Tone.Positive, d.Tone.Negative, d.Tone.Polarity, d.Tone.WordCount)
	for i, s := range d.Sentences {
		fmt.Fprintf(w, "[%d]\t%+.2f\t%s\n", i, s.Tone.Tone, s.Text)
		if !explain {
			continue
		}
		for _, h := range s.Hits {
			neg := ""
			if h.Negated {
				neg = " (negated)"
			}
			fmt.Fprintf(w, "\t\t%+.1f\t%s\t← %s%s\n", h.Score, h.Text, strings.ReplaceAll(h.Entry, "+", " + "), neg)
		}
	}
	fmt.Fprintln(w)
}
