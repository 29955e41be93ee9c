package actor

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"marsad/arabic"
	"marsad/corpus"
	"marsad/internal/shareddata"
)

func dumpMention(w *bufio.Writer, m Mention, ind string) {
	id := ""
	if m.Actor != nil {
		id = m.Actor.ID
	}
	fmt.Fprintf(w, "%s%d %d %d %d %q %s %s %s %s %s %s %v %v\n", ind, m.Start, m.End, m.TokStart, m.TokEnd, m.Text, m.Code, id, m.Country, m.Sector, m.Office, m.Type, m.Confidence, m.conj)
	for _, g := range m.Group {
		dumpMention(w, g, ind+"  ")
	}
}

func TestZZGoldenDump(t *testing.T) {
	out := os.Getenv("ACTOR_GOLDEN")
	if out == "" {
		t.Skip()
	}
	f, _ := os.Create(out)
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	kb := Default()
	n := 0
	sents := 0
	for d, err := range corpus.SaudiNewsNet(shareddata.MustPath(t, "data", "news", "saudinewsnet")) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if n > 6000 {
			break
		}
		date, _ := time.Parse("2006-01-02", d.Date)
		text := d.Title + "\n\n" + d.Content
		runes := []rune(text)
		doc := kb.NewDoc(date)
		doc2 := kb.NewDoc(date)
		fmt.Fprintf(w, "# %s\n", d.URL)
		for _, sp := range arabic.Sentences(text) {
			s := string(runes[sp.Start:sp.End])
			toks := arabic.AppendTokens(nil, s, sp.Start)
			sents++
			for _, m := range doc.Sentence(s, toks) {
				dumpMention(w, m, "")
			}
			// whole text with tokens of the document (as the example benchmark passes it)
			if n%5 == 0 {
				for _, m := range doc2.Sentence(text, toks) {
					dumpMention(w, m, "W ")
				}
			}
		}
	}
	// fuzz-ish: shuffled words
	_ = strings.Fields
	t.Logf("articles %d sentences %d", n, sents)
}
