package cputime

import (
	"runtime"
	"testing"
)

func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no CPU time here")
	}
	before := Used()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if after := Used(); after <= before || x < 0 {
		t.Errorf("CPU time did not grow: %v then %v", before, after)
	}
}
