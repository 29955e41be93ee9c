package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"marsad/geo"
)

func init() {
	cmd := &cobra.Command{
		Use:   "geocode TEXT",
		Short: "Find the places of an Arabic text and show what each resolves to",
		Long: `geocode finds the place mentions of TEXT (all arguments joined), resolves them with the
embedded gazetteer using the whole text as context, and prints one line per mention: the words,
their code-point span, and the place (name, country, admin1, precision, coordinates, Wikidata).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			country, _ := cmd.Flags().GetString("country")
			if country != "" && len(country) != 3 {
				return usageError{fmt.Errorf("kb geocode: --country wants an ISO3 code, got %q", country)}
			}
			text := strings.Join(args, " ")
			g := geo.Default()
			out := cmd.OutOrStdout()
			n := 0
			for s, places := range g.ResolveText(text, geo.Options{SourceCountry: strings.ToUpper(country)}) {
				for _, p := range places {
					n++
					fmt.Fprintf(out, "%d\t%q\t[%d,%d)\t%s (%s)\t%s\t%s\t%s\t%.4f,%.4f\t%s\n", s, p.Text, p.Start, p.End,
						p.Name, p.NameAr, p.Country, dash(p.Admin1), p.Precision, p.Lat, p.Lon, dash(p.Wikidata))
				}
			}
			if n == 0 {
				fmt.Fprintln(out, "no places found")
			}
			return nil
		},
	}
	cmd.Flags().String("country", "", "ISO3 code of the outlet's country, a weak prior (e.g. SAU)")
	kbCmd.AddCommand(cmd)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
