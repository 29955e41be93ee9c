package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"marsad/geo"
)

func init() {
	cmd := &cobra.Command{
		Use:   "geo",
		Short: "Compile the embedded gazetteer (geo/data/gazetteer.tsv.gz) from ../shared/data/geo",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			shared, _ := cmd.Flags().GetString("shared")
			out, _ := cmd.Flags().GetString("out")
			if shared == "" || out == "" {
				return usageError{fmt.Errorf("train geo: --shared and --out are required")}
			}
			var buf bytes.Buffer
			st, err := geo.Build(shared, &buf)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return fmt.Errorf("train geo: %w", err)
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("train geo: write %s: %w", out, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%d bytes): %d entries (%d countries, %d admin1, %d regions, %d capitals, %d cities, %d districts), %d names (%d common words, %d place words); dropped %d names, %d entries; %d hand corrections\n",
				out, buf.Len(), st.Entries(), st.Countries, st.Admin1, st.Regions, st.Capitals, st.Cities, st.Districts,
				st.Names, st.CommonNames, st.PlaceWords, st.DroppedNames, st.DroppedEntries, st.Corrected)
			return nil
		},
	}
	cmd.Flags().String("shared", "../shared", "the shared data directory")
	cmd.Flags().String("out", "geo/data/gazetteer.tsv.gz", "where to write the compiled gazetteer")
	trainCmd.AddCommand(cmd)
}
