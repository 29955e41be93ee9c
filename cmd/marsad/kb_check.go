package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"marsad/actor"
)

// kbCheckCmd validates the embedded actor knowledge base; CI runs it.
var kbCheckCmd = &cobra.Command{
	Use:   "check",
	Short: "Check the embedded actor knowledge base (exit status 1 if it has problems)",
	Long: `Check loads the actor knowledge base embedded in the binary (actor/data) and prints every
problem: files that do not parse, duplicate ids, missing fields, malformed codes and dates, roles
with unknown offices, countries or organisations, overlapping holders of a single-seat office, and
full names shared by records with different codes.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		kb := actor.Default()
		ps := kb.Check()
		out := cmd.OutOrStdout()
		for _, p := range ps {
			fmt.Fprintln(out, p)
		}
		if len(ps) > 0 {
			return fmt.Errorf("kb check: %d problems", len(ps))
		}
		fmt.Fprintf(out, "kb check: %d records, no problems\n", len(kb.Actors()))
		return nil
	},
}

func init() { kbCmd.AddCommand(kbCheckCmd) }
