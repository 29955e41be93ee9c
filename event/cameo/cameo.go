// Package cameo holds the CAMEO event taxonomy: every event code with its name, Goldstein score,
// QuadClass, and PLOVER category, mode and context.
//
// The table is compiled from the CAMEO codebook, GDELT's Goldstein scale and the PLOVER
// CAMEO→PLOVER conversion table into data/cameo.tsv (see data/README.md), embedded in the binary.
// PLOVER drops CAMEO roots 01 and 02 (comments and appeals): their codes have no PLOVER category.
package cameo

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Code is one CAMEO event code.
type Code struct {
	Code      string   // "044"
	Name      string   // "Meet at a third location"
	Goldstein float64  // -10 … +10
	Quad      int      // QuadClass 1..4
	Plover    string   // PLOVER category, "" for roots 01 and 02
	Mode      string   // PLOVER mode, may be ""
	Context   []string // PLOVER contexts, may be empty
}

// Root returns the two-digit root of the code.
func (c Code) Root() string { return c.Code[:2] }

// Base returns the three-digit base code (a root stays a root).
func (c Code) Base() string {
	if len(c.Code) > 3 {
		return c.Code[:3]
	}
	return c.Code
}

//go:embed data/cameo.tsv
var tableTSV string

var (
	loadOnce sync.Once
	table    map[string]Code
	loadErr  error
)

func load() {
	table, loadErr = Parse(tableTSV)
}

// Lookup returns the taxonomy entry for a CAMEO code.
func Lookup(code string) (Code, bool) {
	loadOnce.Do(load)
	c, ok := table[code]
	return c, ok
}

// MustLookup is Lookup for codes written in the program's own pattern files; it panics on an
// unknown code, which is a programming error caught by tests.
func MustLookup(code string) Code {
	c, ok := Lookup(code)
	if !ok {
		panic("cameo: unknown code " + strconv.Quote(code))
	}
	return c
}

// Valid reports whether code is a CAMEO event code.
func Valid(code string) bool {
	_, ok := Lookup(code)
	return ok
}

// All returns every code in code order.
func All() []Code {
	loadOnce.Do(load)
	out := make([]Code, 0, len(table))
	for _, c := range table {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Err reports a problem with the embedded table (nil when it loaded).
func Err() error {
	loadOnce.Do(load)
	return loadErr
}

// Parse reads the table format: a header line, then
// code<TAB>name<TAB>goldstein<TAB>quad<TAB>plover<TAB>mode<TAB>context (contexts joined by ",").
func Parse(tsv string) (map[string]Code, error) {
	m := make(map[string]Code, 320)
	for n, line := range strings.Split(strings.TrimRight(tsv, "\n"), "\n") {
		if n == 0 || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("cameo: line %d: want 7 fields, got %d", n+1, len(f))
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("cameo: line %d: goldstein: %w", n+1, err)
		}
		q, err := strconv.Atoi(f[3])
		if err != nil || q < 1 || q > 4 {
			return nil, fmt.Errorf("cameo: line %d: bad quad class %q", n+1, f[3])
		}
		c := Code{Code: f[0], Name: f[1], Goldstein: g, Quad: q, Plover: f[4], Mode: f[5]}
		if f[6] != "" {
			c.Context = strings.Split(f[6], ",")
		}
		if _, dup := m[c.Code]; dup {
			return nil, fmt.Errorf("cameo: line %d: duplicate code %s", n+1, c.Code)
		}
		m[c.Code] = c
	}
	return m, nil
}
