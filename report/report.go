// Package report prints analyses for people: the events table, quotes and entities of an
// article as aligned plain text.
package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"marsad"
)

// Summary writes a readable summary of one analysis: a header line, the events table (code,
// name, source → target, location, modality, evidence snippet), then quotes with speakers.
func Summary(w io.Writer, a *marsad.Analysis) error {
	date := a.Date
	if date == "" {
		date = "no date"
	}
	fmt.Fprintf(w, "== %s (%s): %d sentences, %d entities, %d events, %d quotes\n", a.ID, date, len(a.Sentences), len(a.Entities), len(a.Events), len(a.Quotes))
	for _, warn := range a.Warnings {
		fmt.Fprintf(w, "   warning: %s\n", warn)
	}
	if a.Tone != nil {
		fmt.Fprintf(w, "   tone %.2f (positive %.1f%%, negative %.1f%%, %d words)\n", a.Tone.Tone, a.Tone.Positive, a.Tone.Negative, a.Tone.WordCount)
	}
	fmt.Fprintln(w)
	if len(a.Events) > 0 {
		fmt.Fprintln(w, "EVENTS")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "code\tname\tsource → target\tlocation\tmodality\tevidence")
		for _, e := range a.Events {
			loc := "-"
			if e.Location != nil {
				loc = e.Location.Country
				if e.Location.Name != "" {
					loc += " (" + e.Location.Name + ")"
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s → %s\t%s\t%s\t«%s»\n", e.Code, clip(e.Name, 34), who(e.Source), who(e.Target), loc, e.Modality, clip(a.Slice(e.Evidence), 70))
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintln(w, "QUOTES")
		for _, q := range a.Quotes {
			fmt.Fprintf(w, "  %s: «%s»\n", who(q.Speaker), clip(q.Text, 90))
		}
		fmt.Fprintln(w)
	}
	return nil
}

func who(p *marsad.Participant) string {
	if p == nil {
		return "-"
	}
	name := p.Name
	if name == "" {
		name = p.Text
	}
	if p.Code == "" {
		return clip(name, 30)
	}
	if name == "" {
		return p.Code
	}
	return p.Code + " (" + clip(name, 30) + ")"
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
