// Command marsad reads Arabic news and codes political events.
//
// Each subcommand lives in its own file and registers itself on rootCmd in an init function.
// This package only parses flags and wires packages together; logic lives in the packages.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

var (
	logLevel = new(slog.LevelVar)

	rootCmd = &cobra.Command{
		Use:   "marsad",
		Short: "Marsad codes political events from Arabic news",
		Long: `Marsad (مرصد) reads Arabic news and produces event data: who did what to whom, where and
when, in CAMEO and PLOVER codes, with the entities, actors, quotes, places and tone of each article,
and for every fact the span of the original text it came from.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			if verbose, _ := cmd.Flags().GetBool("verbose"); verbose {
				logLevel.Set(slog.LevelDebug)
			}
		},
	}
)

func init() {
	rootCmd.PersistentFlags().BoolP("verbose", "v", false, "log debug messages to stderr")
}

func main() {
	logLevel.Set(slog.LevelInfo)
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel})))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := rootCmd.ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "marsad:", err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// usageError marks errors caused by bad flags or arguments (exit status 2).
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }
