// Package cputime reads the CPU time the process has used. Benchmarks report work per CPU
// second beside work per wall second because the machines they run on are shared: wall time
// measures the load of the other processes too, CPU time only ours.
package cputime

import "time"

// Used returns the CPU time (user + system) the process has used so far, or 0 where the system
// does not say (the benchmarks then report wall time only).
func Used() time.Duration { return used() }
