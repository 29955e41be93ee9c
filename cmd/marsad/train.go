package main

import "github.com/spf13/cobra"

// trainCmd groups the commands that rebuild embedded models and data files from ../shared.
var trainCmd = &cobra.Command{
	Use:   "train",
	Short: "Rebuild embedded models and data files from the shared corpora",
}

func init() { rootCmd.AddCommand(trainCmd) }
