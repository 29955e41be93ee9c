package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"marsad/event/cameo"
)

func init() {
	var shared, out string
	cmd := &cobra.Command{
		Use:   "cameo",
		Short: "Rebuild the embedded CAMEO/Goldstein/PLOVER table from ../shared/data/cameo",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var buf bytes.Buffer
			if err := cameo.Build(shared, &buf); err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("train cameo: %w", err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s\n", out)
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "shared data directory")
	cmd.Flags().StringVar(&out, "out", "event/cameo/data/cameo.tsv", "output file")
	trainCmd.AddCommand(cmd)
}
