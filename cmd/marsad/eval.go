package main

import "github.com/spf13/cobra"

// evalCmd groups the scorers.
var evalCmd = &cobra.Command{
	Use:   "eval",
	Short: "Score Marsad against gold data",
}

func init() { rootCmd.AddCommand(evalCmd) }
