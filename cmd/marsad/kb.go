package main

import "github.com/spf13/cobra"

// kbCmd groups the knowledge-base commands (check, lookup).
var kbCmd = &cobra.Command{
	Use:   "kb",
	Short: "Inspect and validate the actor knowledge base and gazetteer",
}

func init() { rootCmd.AddCommand(kbCmd) }
