//go:build unix

package event

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user + system) the process has used so far. Benchmarks report it
// per sentence beside ns/op because the machines they run on are shared: wall time measures the
// load of the other processes, CPU time only ours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
