// Package shareddata locates the read-only shared data directory (../shared beside the
// repository) for tests, training commands and CI. The product never needs it at run time.
package shareddata

import (
	"errors"
	"os"
	"path/filepath"
)

// ErrMissing is returned when the shared data directory cannot be found.
var ErrMissing = errors.New("shared data not found: set MARSAD_SHARED or place it at ../shared beside the repository")

// Dir returns the shared data directory: $MARSAD_SHARED if set, else the first directory named
// "shared" that sits beside the repository root (the directory holding go.mod), searched upward
// from the working directory.
func Dir() (string, error) {
	if d := os.Getenv("MARSAD_SHARED"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
		return "", ErrMissing
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(d), "shared")
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand, nil
			}
		}
		if filepath.Dir(d) == d {
			return "", ErrMissing
		}
	}
}

// Path joins elements onto the shared data directory.
func Path(elem ...string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(append([]string{d}, elem...)...), nil
}

// TB is the part of testing.TB that MustPath needs.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
}

// MustPath is Path for tests: it fails the test when the shared data is missing (CI has it, so a
// missing directory is an error, not a reason to skip).
func MustPath(t TB, elem ...string) string {
	t.Helper()
	p, err := Path(elem...)
	if err != nil {
		t.Fatalf("%v", err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("shared data: %v", err)
	}
	return p
}
